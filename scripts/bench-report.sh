#!/usr/bin/env bash
# `make bench-report`: time and peak heap of the Stressgate report on a large real simulation.log, next to the
# time Gatling takes to generate its own HTML report (-ro) from the same log. Each measurement runs in a fresh JVM.
#   BENCH_REQUESTS  requests in the generated log (default 1200000; Gatling 3.15.1 against a loopback server,
#                   about 4 minutes at ~5,000 requests/s). A log of that size under tmp/bench-report is reused.
#   BENCH_USERS     looping users that generate it (default 128)
#   BENCH_LOG       an existing simulation.log to measure instead (nothing is generated)
#   REPORT_XMX      max heap of the report JVM (default 512m); GATLING_XMX that of Gatling's (default 2g)
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/bench.sh

requests="${BENCH_REQUESTS:-1200000}"
users="${BENCH_USERS:-128}"
report_xmx="${REPORT_XMX:-512m}"
gatling_xmx="${GATLING_XMX:-2g}"
work=tmp/bench-report
mkdir -p "$work"

cp="$(bench_classpath)"
opens="--add-opens=java.base/java.lang=ALL-UNNAMED"

log="${BENCH_LOG:-}"
if [[ -z "$log" ]]; then
  results="$work/log-$requests-requests"
  log="$(find "$results" -name simulation.log 2>/dev/null | head -n 1 || true)"
  if [[ -z "$log" ]]; then
    echo "==> generating a simulation.log of $requests requests ($users users, Gatling against a loopback server)"
    rm -rf "$results.partial"
    started=$SECONDS
    java -Xmx2g "$BENCH_QUIET_LOGGING" "$opens" -cp "$cp" dev.stressgate.report.gatling.fixture.GenerateLargeLog \
      "$results.partial" "$requests" "$users" >"$work/generate.out" 2>&1 \
      || { tail -n 30 "$work/generate.out" >&2; exit 1; }
    mv "$results.partial" "$results"
    log="$(find "$results" -name simulation.log | head -n 1)"
    echo "    generated in $((SECONDS - started)) s"
  else
    echo "==> reusing $log (delete $results to regenerate)"
  fi
fi
[[ -f "$log" ]] || { echo "no simulation.log at $log" >&2; exit 1; }

runs="$work/runs"
rm -rf "$runs"
mkdir -p "$runs"
echo "==> report pipeline (-Xmx$report_xmx)"
report_out="$(java "-Xmx$report_xmx" "$BENCH_QUIET_LOGGING" -cp "$cp" dev.stressgate.bench.ReportPipelineBenchmark "$log" "$runs")"
echo "==> gatling -ro on the same log (-Xmx$gatling_xmx)"
gatling_out="$(java "-Xmx$gatling_xmx" "$BENCH_QUIET_LOGGING" "$opens" -cp "$cp" dev.stressgate.bench.GatlingReportBenchmark \
  "$(dirname "$(dirname "$log")")" "$(basename "$(dirname "$log")")")"

echo
sed -n 's/^note: /  /p' <<<"$report_out"
echo
printf '%s\n%s\n' "$report_out" "$gatling_out" | print_bench_rows
