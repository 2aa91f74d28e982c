#!/usr/bin/env bash
# Starts and stops a local Prometheus server for load-test runs, when the prometheus binary is installed
# (Debian: apt-get install prometheus). Without it the report scrapes BASE_URL/metrics itself, so `up` only says so.
#   scripts/prometheus.sh up      write the runtime config, start on 127.0.0.1:PROM_PORT, wait for /-/ready
#   scripts/prometheus.sh down    stop exactly the process started by `up` (its pid file)
#   scripts/prometheus.sh status  say whether it runs
#   scripts/prometheus.sh config  write the runtime config only and print its path
# The runtime config is a copy of monitoring/prometheus.yml under PROM_STATE_DIR whose scrape target is the
# host:port of BASE_URL (localhost becomes 127.0.0.1, as the reference app binds IPv4), with the alert rules copied
# next to it. Settings (environment):
#   PROM_PORT          listen port on 127.0.0.1 (default 9090, the report's PROM_URL default)
#   BASE_URL           the target (default http://localhost:8375); its path prefix is kept before /metrics
#   PROM_ALERTS_FILE   rules file to load instead of monitoring/alerts.yml (tests use one with short `for:`)
#   PROM_STATE_DIR     config, pid file, log and storage (default tmp/prometheus)
#   PROMETHEUS_BIN     the binary (default: prometheus on the PATH)
#   PROM_READY_TIMEOUT seconds to wait for /-/ready (default 60)
#   INJECTOR_METRICS_PORT  the load injector's live /metrics port scraped as job "injector" (default 9464)
set -euo pipefail
# shellcheck source=lib/background.sh
source "$(dirname "$0")/lib/background.sh"

PROM_HOST=127.0.0.1
PROM_PORT=${PROM_PORT:-9090}
BASE_URL=${BASE_URL:-http://localhost:8375}
STATE_DIR=${PROM_STATE_DIR:-tmp/prometheus}
ALERTS_FILE=${PROM_ALERTS_FILE:-monitoring/alerts.yml}
PROMETHEUS_BIN=${PROMETHEUS_BIN:-prometheus}
READY_TIMEOUT=${PROM_READY_TIMEOUT:-60}
CONFIG_TEMPLATE=monitoring/prometheus.yml
CONFIG=$STATE_DIR/prometheus.yml
PID_FILE=$STATE_DIR/prometheus.pid
LOG=$STATE_DIR/prometheus.log

# The pid of our prometheus: alive and still running our config (a reused pid is not ours).
running_pid() { owned_pid "$PID_FILE" "--config.file=$CONFIG"; }

# Splits BASE_URL into scheme, host:port and path prefix; fails on anything that is not http(s)://host[:port][/path].
parse_base_url() {
  if [[ ! "$BASE_URL" =~ ^(https?)://([^/:]+)(:([0-9]+))?(/.*)?$ ]]; then
    echo "error: BASE_URL must look like http(s)://host[:port][/path], got: $BASE_URL" >&2
    return 1
  fi
  TARGET_SCHEME=${BASH_REMATCH[1]}
  local host=${BASH_REMATCH[2]} port=${BASH_REMATCH[4]} path=${BASH_REMATCH[5]:-}
  [ "$host" = localhost ] && host=127.0.0.1
  if [ -z "$port" ]; then
    if [ "$TARGET_SCHEME" = https ]; then port=443; else port=80; fi
  fi
  TARGET="$host:$port"
  METRICS_PATH="${path%/}/metrics"
}

write_config() {
  parse_base_url || return 1
  [ -f "$ALERTS_FILE" ] || { echo "error: alert rules file $ALERTS_FILE (PROM_ALERTS_FILE) does not exist" >&2; return 1; }
  grep -q '^ *- targets: \[' "$CONFIG_TEMPLATE" || {
    echo "error: $CONFIG_TEMPLATE has no '- targets: [...]' line to point at BASE_URL" >&2; return 1; }
  grep -q '^ *- 127\.0\.0\.1:9464$' "$CONFIG_TEMPLATE" || {
    echo "error: $CONFIG_TEMPLATE has no '- 127.0.0.1:9464' line to point at the injector's INJECTOR_METRICS_PORT" >&2; return 1; }
  mkdir -p "$STATE_DIR"
  local injector_port=${INJECTOR_METRICS_PORT:-9464}
  [[ "$injector_port" =~ ^[0-9]+$ ]] || injector_port=9464
  local edits=(-e "s|^\( *- targets: \)\[.*\]|\1[\"$TARGET\"]|" -e "0,/^ *metrics_path: /s|^\( *metrics_path: \).*|\1$METRICS_PATH|"
               -e "s|^\( *- \)127\.0\.0\.1:9464$|\1127.0.0.1:$injector_port|")
  [ "$TARGET_SCHEME" = https ] && edits+=(-e '0,/^ *metrics_path: /{/^ *metrics_path: /a\    scheme: https' -e '}')
  sed "${edits[@]}" "$CONFIG_TEMPLATE" >"$CONFIG"
  cp "$ALERTS_FILE" "$STATE_DIR/alerts.yml"
}

up() {
  if pid=$(running_pid); then
    echo "prometheus already running (pid $pid) on http://$(listen_address "$pid") (config: $CONFIG)"
    return 0
  fi
  if ! command -v "$PROMETHEUS_BIN" >/dev/null 2>&1; then
    echo "prometheus not installed: the report will use direct /metrics scrapes (install it with 'apt-get install prometheus' or set PROMETHEUS_BIN)"
    return 0
  fi
  if port_busy "$PROM_HOST" "$PROM_PORT"; then
    echo "error: port $PROM_PORT on $PROM_HOST is already in use by another process; stop it or choose PROM_PORT=<free port> (and PROM_URL to match)" >&2
    return 1
  fi
  write_config || return 1
  nohup "$PROMETHEUS_BIN" --config.file="$CONFIG" --storage.tsdb.path="$STATE_DIR/data" \
    --web.listen-address="$PROM_HOST:$PROM_PORT" >"$LOG" 2>&1 &
  local pid=$!
  echo "$pid" >"$PID_FILE"
  printf 'starting prometheus (pid %s, scraping %s%s) ' "$pid" "$TARGET" "$METRICS_PATH"
  await_ready prometheus "$pid" "http://$PROM_HOST:$PROM_PORT/-/ready" "$LOG" "$PID_FILE" "$READY_TIMEOUT" || return 1
  echo "prometheus ready on http://$PROM_HOST:$PROM_PORT (pid $pid, config: $CONFIG, rules: $ALERTS_FILE, log: $LOG)"
}

down() {
  local pid
  if ! pid=$(running_pid); then
    echo "prometheus not running"
    rm -f "$PID_FILE"
    return 0
  fi
  stop_pid prometheus "$pid" "$PID_FILE"
}

# The address the running process listens on (from its command line, so it holds whatever PROM_PORT `up` used).
listen_address() {
  ps -o args= -p "$1" | sed -n 's/.*--web.listen-address=\([^ ]*\).*/\1/p'
}

status() {
  if pid=$(running_pid); then echo "prometheus running (pid $pid) on http://$(listen_address "$pid")"; else echo "prometheus not running"; fi
}

case "${1:-}" in
  up) up ;;
  down) down ;;
  status) status ;;
  config) write_config && echo "$CONFIG" ;;
  *) echo "usage: $0 up|down|status|config" >&2; exit 2 ;;
esac
