#!/usr/bin/env bash
# Capacity benchmark at production shape: starts the reference app on a free loopback port (rate limits off, cheap
# password hashing so 10,000 signups measure the sockets, not PBKDF2), runs profiles/connected.json scaled by
# CAPACITY_USERS (default 10000 concurrent users, half of them realtime users holding their chat socket),
# CAPACITY_RAMP_S (120) and CAPACITY_HOLD_S (300) with the injector capped at -Xmx2g (INJECTOR_XMX), and prints the
# table of bench/CapacityFigures. Results go to tmp/bench-capacity/.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/bench.sh

users=${CAPACITY_USERS:-10000}
ramp_s=${CAPACITY_RAMP_S:-120}
hold_s=${CAPACITY_HOLD_S:-300}
injector_xmx=${INJECTOR_XMX:-2g}
realtime=$((users / 2))
auth=$((users / 10))
social=$((users - realtime - auth))

# Each process holds about one descriptor per user (HTTP keep-alive) plus one per socket, and a margin.
needed=$((users + realtime + 2048))
if [ "$(ulimit -n)" != unlimited ] && [ "$(ulimit -n)" -lt "$needed" ]; then
  hard=$(ulimit -Hn)
  if [ "$hard" != unlimited ] && [ "$hard" -lt "$needed" ]; then
    echo "error: $users users need about $needed open files per process; the hard limit is $hard." >&2
    echo "       Raise it (e.g. 'nofile' in /etc/security/limits.conf, or LimitNOFILE= for a service) or lower CAPACITY_USERS." >&2
    exit 1
  fi
  ulimit -n "$needed"
fi
echo "open-file limit: $(ulimit -n)"

classpath=$(bench_classpath)
work=tmp/bench-capacity
mkdir -p "$work"
profile="$work/connected-$users.json"
jq --argjson auth "$auth" --argjson social "$social" --argjson realtime "$realtime" \
   --argjson ramp "$ramp_s" --argjson hold "$hold_s" '
  .name = "bench-capacity"
  | .populations.auth.users = $auth | .populations.social.users = $social | .populations.realtime.users = $realtime
  | .phases.ramp_up_s = $ramp | .phases.hold_s = $hold | .max_duration_s = ($ramp + $hold + 60)' \
  profiles/connected.json >"$profile"

start_bench_app "$work" APP_PASSWORD_ITERATIONS=1000
echo "reference app at $base_url; $users users ($auth auth, $social social, $realtime realtime), ramp ${ramp_s} s, hold ${hold_s} s, injector -Xmx$injector_xmx"

run_dir_file="$work/run-dir.txt"
JAVA_TOOL_OPTIONS="-Xmx$injector_xmx" CONTINUE_ON_SLO_FAILURE=true RUN_DIR_FILE="$run_dir_file" ARTIFACT_DIR="$work" \
  BASE_URL="$base_url" scripts/stress-run.sh "$profile" >"$work/gatling.out" 2>&1 || {
  tail -30 "$work/gatling.out" >&2
  exit 1
}
app_sockets=$(curl -sS --max-time 5 "$base_url/metrics" | grep -E '^sanctum_(active_websockets|websocket_closes_total|websocket_backpressure_drops_total)' || true)
echo
java $BENCH_QUIET_LOGGING -cp "$classpath" dev.stressgate.bench.CapacityFigures "$(cat "$run_dir_file")"
echo "(reference app after the run:)"
echo "$app_sockets" | sed 's/^/  /'
echo "run directory: $(cat "$run_dir_file")"
