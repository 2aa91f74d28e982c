#!/usr/bin/env bash
# Injector benchmark: starts the reference app on a free loopback port (rate limits off), seeds one account whose
# feed holds 20 posts, then measures GET /api/posts?limit=20 with 64 concurrent clients on keep-alive connections,
# BENCH_SECONDS each (default 60), one after the other in the same session:
#   1. PostsHammerSimulation, a keep-alive connection per virtual user, live view off (INJECTOR_METRICS_PORT=off)
#   2. the same with the live view on (the injector's /metrics served and fed from simulation.log)
#   3. PostsHammerSimulation with Gatling's shareConnections, live view off
#   4. wrk (64 connections, 2 threads), when installed (apt-get install wrk)
# and prints requests/s, the injector's CPU seconds per 10,000 requests, and each Gatling variant as a share of wrk
# and of variant 1 (the live endpoint's cost). The app is warmed up first (BENCH_WARMUP_SECONDS of wrk, default 15,
# then one unrecorded Gatling round), and variants 1 and 2 alternate BENCH_ROUNDS times (default 2; their mean is
# printed), since a target still warming up favours whatever runs later.
# Gatling's results go to tmp/bench-injector/, not ARTIFACT_DIR.
set -euo pipefail
cd "$(dirname "$0")/.."

source scripts/lib/bench.sh
./mvnw -B -q -DskipTests process-test-classes

seconds=${BENCH_SECONDS:-60}
work=tmp/bench-injector
mkdir -p "$work"
start_bench_app "$work"
echo "reference app at $base_url; $seconds s per measurement"

name="bench$RANDOM$RANDOM"
token=$(curl -sS -X POST "$base_url/api/auth/signup" -H 'Content-Type: application/json' \
  -d "{\"username\":\"$name\",\"email\":\"$name@load.test\",\"password\":\"pw-$RANDOM$RANDOM\"}" |
  sed -n 's/.*"token" *: *"\([^"]*\)".*/\1/p')
[ -n "$token" ] || { echo "error: signup at $base_url gave no token" >&2; exit 1; }
for i in $(seq 1 20); do
  curl -sS -o /dev/null -X POST "$base_url/api/posts" -H 'Content-Type: application/json' \
    -H "Authorization: Bearer $token" -d "{\"title\":\"bench $i\",\"content\":\"seed post\",\"post_type\":\"text\"}"
done

# The app's JIT and pools warm up first, so the first measurement is not the cold one.
warmup=${BENCH_WARMUP_SECONDS:-15}
if command -v wrk >/dev/null; then
  echo "warming the app up for $warmup s with wrk"
  wrk -t2 -c64 -d"${warmup}s" -H "Authorization: Bearer $token" "$base_url/api/posts?limit=20" >/dev/null
fi

declare -A rps cpu
gatling() { # <label> <extra env...>
  local label=$1; shift
  local line
  line=$(env "$@" BENCH_SECONDS="$seconds" BENCH_TOKEN="$token" SIMULATION=dev.stressgate.simulations.PostsHammerSimulation \
    RUN_NAME=bench-injector ARTIFACT_DIR="$work" BASE_URL="$base_url" CONSOLE=live scripts/stress-run.sh smoke |
    tee "$work/$label.out" | grep -E '^bench-injector:' || true)
  [ -n "$line" ] || { echo "error: no result from $label (see $work/$label.out)" >&2; exit 1; }
  echo "$line"
  rps[$label]=$(sed -n 's/.* = \([0-9]*\) requests\/s.*/\1/p' <<<"$line")
  cpu[$label]=$(sed -n 's/.* = \([0-9.]*\) CPU s per 10,000 requests.*/\1/p' <<<"$line")
}
# The target keeps warming up for minutes (its JIT), which favours whatever runs later: one unrecorded Gatling
# round first, then live view off and on alternately BENCH_ROUNDS times, each variant's mean reported.
rounds=${BENCH_ROUNDS:-2}
[[ "$rounds" =~ ^[1-9][0-9]*$ ]] || { echo "error: BENCH_ROUNDS must be a positive integer, got '$rounds'" >&2; exit 2; }
echo "one unrecorded Gatling round to warm the target, then live view off/on alternately, $rounds round(s)"
gatling warmup INJECTOR_METRICS_PORT=off >/dev/null
for round in $(seq 1 "$rounds"); do
  gatling "keepalive-$round" INJECTOR_METRICS_PORT=off
  gatling "keepalive-live-$round" INJECTOR_METRICS_PORT=0
done
mean() { # <label prefix> <array name>: the mean of that figure over the rounds
  local -n values=$2
  for round in $(seq 1 "$rounds"); do echo "${values[$1-$round]}"; done | awk '{s += $1} END {printf "%.2f", s / NR}'
}
for label in keepalive keepalive-live; do
  rps[$label]=$(mean "$label" rps | awk '{printf "%.0f", $1}')
  cpu[$label]=$(mean "$label" cpu)
done
gatling shared INJECTOR_METRICS_PORT=off BENCH_SHARE_CONNECTIONS=true

wrk_rps=""
if command -v wrk >/dev/null; then
  wrk -t2 -c64 -d"${seconds}s" -H "Authorization: Bearer $token" -H 'Accept: application/json' \
    "$base_url/api/posts?limit=20" >"$work/wrk.out"
  wrk_rps=$(awk '/^Requests\/sec:/ {printf "%.0f", $2}' "$work/wrk.out")
  echo "wrk: 64 connections, 2 threads: $wrk_rps requests/s"
else
  echo "wrk not installed (apt-get install wrk): no comparison"
fi

echo
printf '%-44s %12s %18s %10s %14s\n' "client ($seconds s, 64 keep-alive clients; live off/on: mean of $rounds)" "requests/s" "CPU s/10k req" "vs wrk" "vs live off"
for label in keepalive keepalive-live shared; do
  vs_wrk="-"; [ -n "$wrk_rps" ] && vs_wrk=$(awk -v a="${rps[$label]}" -v b="$wrk_rps" 'BEGIN {printf "%.2f", a / b}')
  vs_off=$(awk -v a="${rps[$label]}" -v b="${rps[keepalive]}" 'BEGIN {printf "%+.1f %%", (a / b - 1) * 100}')
  case $label in
    keepalive) what="Gatling, connection per user, live off" ;;
    keepalive-live) what="Gatling, connection per user, live on" ;;
    shared) what="Gatling, shareConnections, live off" ;;
  esac
  printf '%-44s %12s %18s %10s %14s\n' "$what" "${rps[$label]}" "${cpu[$label]}" "$vs_wrk" "$vs_off"
done
[ -n "$wrk_rps" ] && printf '%-44s %12s %18s %10s %14s\n' "wrk" "$wrk_rps" "-" "1.00" "-"
exit 0
