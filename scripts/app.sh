#!/usr/bin/env bash
# Starts and stops the embedded reference social app as a background java process.
#   scripts/app.sh up     start on APP_PORT (default 8375), wait for /health/ready, print URL and log path
#   scripts/app.sh down   stop exactly the process started by `up` (its pid file)
#   scripts/app.sh status say whether it runs
# Needs the compiled classes and target/classpath.txt (`make build`).
set -euo pipefail
# shellcheck source=lib/background.sh
source "$(dirname "$0")/lib/background.sh"

APP_HOST=${APP_HOST:-127.0.0.1}
APP_PORT=${APP_PORT:-8375}
STATE_DIR=${APP_STATE_DIR:-tmp/socialapp}
APP_LOG_FILE=${APP_LOG_FILE:-$STATE_DIR/socialapp.log}
PID_FILE=$STATE_DIR/app.pid
CONSOLE=$STATE_DIR/console.out
READY_TIMEOUT=${APP_READY_TIMEOUT:-60}
export APP_HOST APP_PORT APP_LOG_FILE

MAIN_CLASS=dev.stressgate.socialapp.SocialAppMain

running_pid() { owned_pid "$PID_FILE" "$MAIN_CLASS"; }

up() {
  if pid=$(running_pid); then
    echo "reference app already running (pid $pid) on http://$APP_HOST:$APP_PORT (log: $APP_LOG_FILE)"
    return 0
  fi
  if port_busy "$APP_HOST" "$APP_PORT"; then
    echo "error: port $APP_PORT on $APP_HOST is already in use by another process; stop it or choose APP_PORT=<free port>" >&2
    return 1
  fi
  [ -f target/classpath.txt ] || { echo "error: target/classpath.txt missing; run 'make build' first" >&2; return 1; }
  mkdir -p "$STATE_DIR"
  nohup java ${APP_JAVA_OPTS:-} -cp "target/classes:$(cat target/classpath.txt)" \
    "$MAIN_CLASS" >"$CONSOLE" 2>&1 &
  echo $! >"$PID_FILE"
  local pid=$!
  printf 'starting reference app (pid %s) ' "$pid"
  await_ready "the reference app" "$pid" "http://$APP_HOST:$APP_PORT/health/ready" "$CONSOLE" "$PID_FILE" \
    "$READY_TIMEOUT" || return 1
  echo "reference app ready on http://$APP_HOST:$APP_PORT (pid $pid, log: $APP_LOG_FILE, console: $CONSOLE)"
}

down() {
  local pid
  if ! pid=$(running_pid); then
    echo "reference app not running"
    rm -f "$PID_FILE"
    return 0
  fi
  stop_pid "reference app" "$pid" "$PID_FILE"
}

status() {
  if pid=$(running_pid); then echo "reference app running (pid $pid) on http://$APP_HOST:$APP_PORT"; else echo "reference app not running"; fi
}

case "${1:-}" in
  up) up ;;
  down) down ;;
  status) status ;;
  *) echo "usage: $0 up|down|status" >&2; exit 2 ;;
esac
