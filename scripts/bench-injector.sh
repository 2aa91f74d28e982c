#!/usr/bin/env bash
# Injector benchmark: starts the reference app on a free loopback port (rate limits off), runs
# PostsHammerSimulation (64 closed-model users, GET /api/posts?limit=20, 60 s) with scripts/stress-run.sh, prints
# requests/s and the Gatling JVM's CPU seconds per 10,000 requests, and stops the app. Gatling's results go to
# tmp/bench-injector/, not ARTIFACT_DIR: a folder without run.json there would become the "latest run" of ai-report.
set -euo pipefail
cd "$(dirname "$0")/.."

./mvnw -B -q -DskipTests process-test-classes

work=tmp/bench-injector
mkdir -p "$work"
app_out="$work/socialapp.out"
APP_PORT=0 APP_HOST=127.0.0.1 APP_RATE_LIMIT_ENABLED=false APP_LOG_CONSOLE=false APP_LOG_FILE="$work/socialapp.log" \
  java -cp "target/classes:$(cat target/classpath.txt)" dev.stressgate.socialapp.SocialAppMain >"$app_out" 2>&1 &
app_pid=$!
trap 'kill "$app_pid" 2>/dev/null || true; wait "$app_pid" 2>/dev/null || true' EXIT

base_url=""
for _ in $(seq 1 100); do
  base_url=$(sed -n 's/^Stressgate reference app listening on \(http:\/\/[^ ]*\).*/\1/p' "$app_out")
  [ -n "$base_url" ] && break
  kill -0 "$app_pid" 2>/dev/null || { cat "$app_out" >&2; exit 1; }
  sleep 0.2
done
[ -n "$base_url" ] || { echo "reference app did not start" >&2; cat "$app_out" >&2; exit 1; }
echo "reference app at $base_url"

SIMULATION=dev.stressgate.simulations.PostsHammerSimulation RUN_NAME=bench-injector ARTIFACT_DIR="$work" \
  BASE_URL="$base_url" scripts/stress-run.sh smoke | tee "$work/gatling.out" | grep -E '^bench-injector:|^error'
