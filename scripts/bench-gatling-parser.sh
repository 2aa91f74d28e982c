#!/usr/bin/env bash
# Benchmark for `make bench-report`: produce a large real simulation.log (Gatling 3.15.1 against a loopback
# server), parse it with dev.stressgate.report.gatling, then time Gatling's own report generation (-ro) on it.
#   scripts/bench-gatling-parser.sh [seconds=600] [users=128] [results-dir=tmp/bench-report]
# A log that already exists in results-dir is reused (delete the folder to regenerate).
set -euo pipefail
cd "$(dirname "$0")/.."

seconds="${1:-600}"
users="${2:-128}"
results="${3:-tmp/bench-report}"

./mvnw -B -q process-test-classes
cp="target/test-classes:target/classes:$(cat target/test-classpath.txt)"
opens="--add-opens=java.base/java.lang=ALL-UNNAMED"
quiet="-Dlogback.configurationFile=$(pwd)/scripts/logback-bench.xml"

log="$(find "$results" -name simulation.log 2>/dev/null | head -n 1 || true)"
if [[ -z "$log" ]]; then
  java -Xmx2g "$quiet" "$opens" -cp "$cp" dev.stressgate.report.gatling.fixture.GenerateLargeLog \
    "$results" "$seconds" "$users" | grep -E 'simulation.log:|request count|mean throughput'
  log="$(find "$results" -name simulation.log | head -n 1)"
fi

echo "== stressgate parser (-Xmx256m)"
java -Xmx256m -cp "$cp" dev.stressgate.report.gatling.ParseBenchmark "$log"
echo "== gatling reports-only"
java -Xmx2g "$quiet" "$opens" -cp "$cp" dev.stressgate.report.gatling.fixture.GatlingReportBenchmark \
  "$results" "$(basename "$(dirname "$log")")" | grep -E 'gatling -ro'
