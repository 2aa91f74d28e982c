#!/usr/bin/env bash
# The monitoring stack of a load run:
#   scripts/stack.sh up    the embedded reference app (unless BASE_URL points elsewhere) and, when a prometheus
#                          binary is installed, a Prometheus server scraping BASE_URL; each readiness-checked
#   scripts/stack.sh down  stops what `up` started (each by its own pid file)
set -euo pipefail
cd "$(dirname "$0")/.."

APP_HOST=${APP_HOST:-127.0.0.1}
APP_PORT=${APP_PORT:-8375}
BASE_URL=${BASE_URL:-http://localhost:$APP_PORT}

embedded_target() {
  case "$BASE_URL" in
    "http://localhost:$APP_PORT"|"http://localhost:$APP_PORT/"|"http://127.0.0.1:$APP_PORT"|"http://127.0.0.1:$APP_PORT/") return 0 ;;
    *) return 1 ;;
  esac
}

case "${1:-}" in
  up)
    if embedded_target; then
      scripts/app.sh up
    else
      echo "target $BASE_URL is external: not starting the embedded reference app"
    fi
    scripts/prometheus.sh up
    ;;
  down)
    scripts/prometheus.sh down
    if embedded_target; then scripts/app.sh down; fi
    ;;
  *) echo "usage: $0 up|down" >&2; exit 2 ;;
esac
