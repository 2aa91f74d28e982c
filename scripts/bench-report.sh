#!/usr/bin/env bash
# `make bench-report`: time and peak heap of the Stressgate report on a large real simulation.log, next to the
# time Gatling takes to generate its own HTML report (-ro) from the same log. Each measurement runs in a fresh JVM.
#   BENCH_REQUESTS  requests in the generated log (default 1200000; Gatling 3.15.1 against a loopback server,
#                   about 4 minutes at ~5,000 requests/s). A log of that size under tmp/bench-report is reused.
#   BENCH_USERS     looping users that generate it (default 128)
#   BENCH_LOG       an existing simulation.log to measure instead (nothing is generated)
#   REPORT_XMX      max heap of the report JVM (default 512m); GATLING_XMX that of Gatling's (default 2g)
#   BENCH_INJECTORS N > 1: one report over a run shared by N injectors (docs/distributed.md), each with a log of
#                   1,202,400 requests (synthetic: 1 h at 334 requests/s, SyntheticSimulationLog, written in seconds
#                   instead of minutes of Gatling; BENCH_LOG to use another). Gatling's -ro reads one log, so it is
#                   not run then.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/bench.sh

requests="${BENCH_REQUESTS:-1200000}"
injectors="${BENCH_INJECTORS:-1}"
[[ "$injectors" =~ ^[1-9][0-9]*$ ]] || { echo "error: BENCH_INJECTORS must be a positive integer, got '$injectors'" >&2; exit 2; }
users="${BENCH_USERS:-128}"
report_xmx="${REPORT_XMX:-512m}"
gatling_xmx="${GATLING_XMX:-2g}"
work=tmp/bench-report
mkdir -p "$work"

cp="$(bench_classpath)"
opens="--add-opens=java.base/java.lang=ALL-UNNAMED"

log="${BENCH_LOG:-}"
if [[ -z "$log" && "$injectors" -gt 1 ]]; then
  log="$work/synthetic-1h-334rps/simulation.log"
  if [[ -f "$log" ]]; then
    echo "==> reusing $log (delete it to regenerate)"
  else
    echo "==> writing a synthetic simulation.log per injector: 1 h at 334 requests/s (1,202,400 requests)"
    java -cp "$cp" dev.stressgate.bench.SyntheticSimulationLog "$log" 1 334
  fi
elif [[ -z "$log" ]]; then
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
echo "==> report pipeline (-Xmx$report_xmx)$( [[ "$injectors" -gt 1 ]] && echo ", $injectors injectors")"
report_out="$(java "-Xmx$report_xmx" "$BENCH_QUIET_LOGGING" -cp "$cp" dev.stressgate.bench.ReportPipelineBenchmark \
  "$log" "$runs" smoke "$injectors")"
if [[ "$injectors" -gt 1 ]]; then
  echo
  sed -n 's/^note: /  /p' <<<"$report_out"
  echo
  print_bench_rows <<<"$report_out"
  exit 0
fi
echo "==> gatling -ro on the same log (-Xmx$gatling_xmx)"
gatling_out="$(java "-Xmx$gatling_xmx" "$BENCH_QUIET_LOGGING" "$opens" -cp "$cp" dev.stressgate.bench.GatlingReportBenchmark \
  "$(dirname "$(dirname "$log")")" "$(basename "$(dirname "$log")")")"

echo
sed -n 's/^note: /  /p' <<<"$report_out"
echo
printf '%s\n%s\n' "$report_out" "$gatling_out" | print_bench_rows
