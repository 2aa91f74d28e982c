#!/usr/bin/env bash
# `make bench-long-run`: time and peak heap of the whole report for a day-long run, under a small heap. No machine
# here can record a 24-hour run, so a synthetic Gatling 3.15.1 simulation.log of that length is written first
# (SyntheticSimulationLog: steady requests, lognormal response times, 0.5 % random KO); the report then reads it
# like any other run.
#   BENCH_HOURS  length of the run (default 24)
#   BENCH_RATE   requests per second (default 20)
#   REPORT_XMX   max heap of the report JVM (default 64m)
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/bench.sh

hours="${BENCH_HOURS:-24}"
rate="${BENCH_RATE:-20}"
report_xmx="${REPORT_XMX:-64m}"
for value in "$hours" "$rate"; do
  [[ "$value" =~ ^[1-9][0-9]*$ ]] || { echo "error: BENCH_HOURS and BENCH_RATE must be positive integers, got '$value'" >&2; exit 2; }
done

cp="$(bench_classpath)"
work=tmp/bench-long-run
log="$work/synthetic-${hours}h-${rate}rps/simulation.log"

if [[ -f "$log" ]]; then
  echo "==> reusing $log (delete it to regenerate)"
else
  echo "==> writing a synthetic simulation.log: $hours h at $rate requests/s"
  java -cp "$cp" dev.stressgate.bench.SyntheticSimulationLog "$log" "$hours" "$rate"
fi
runs="$work/runs"
rm -rf "$runs"
mkdir -p "$runs"
echo "==> report pipeline (-Xmx$report_xmx)"
report_out="$(java "-Xmx$report_xmx" "$BENCH_QUIET_LOGGING" -cp "$cp" dev.stressgate.bench.ReportPipelineBenchmark "$log" "$runs" soak)" \
  || { echo "$report_out" >&2; echo "the report failed under -Xmx$report_xmx" >&2; exit 1; }
run_dir="$(find "$runs" -mindepth 1 -maxdepth 1 -type d | head -n 1)"

echo
sed -n 's/^note: /  /p' <<<"$report_out"
for artifact in summary.json report.html; do
  awk -v name="$artifact" -v bytes="$(stat -c %s "$run_dir/$artifact")" 'BEGIN { printf "  %s: %.1f MiB\n", name, bytes / 1048576 }'
done
echo
print_bench_rows <<<"$report_out"
