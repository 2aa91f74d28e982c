#!/usr/bin/env bash
# `make bench-hostile-sources`: time and peak heap of the real CLI `report` under a small heap while Prometheus
# answers every query of the catalog with a huge body (issue 11: 50 MB x 20 answers once peaked at 6.5 GB RSS and
# died with OutOfMemoryError under -Xmx1g). Two shapes: the length declared up front, and chunked without a length
# (the client must stop reading at QUERY_MAX_MIB). The report JVM runs with -XX:+ExitOnOutOfMemoryError, so a cap
# that does not hold fails this script.
#   ANSWER_MB    size of each Prometheus answer in MB (default 50)
#   REPORT_XMX   max heap of the report JVM (default 256m)
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/bench.sh

answer_mb="${ANSWER_MB:-50}"
report_xmx="${REPORT_XMX:-256m}"
[[ "$answer_mb" =~ ^[1-9][0-9]*$ ]] || { echo "error: ANSWER_MB must be a positive integer, got '$answer_mb'" >&2; exit 2; }

cp="$(bench_classpath)"
work=tmp/bench-hostile-sources
closed="http://127.0.0.1:9"
stub_pid=""
stop_stub() { [[ -z "$stub_pid" ]] || { kill "$stub_pid" 2>/dev/null || true; wait "$stub_pid" 2>/dev/null || true; stub_pid=""; }; }
trap stop_stub EXIT

rows=""
for shape in declared chunked; do
  dir="$work/$shape"
  rm -rf "$dir"
  mkdir -p "$dir"
  java -Xmx64m -cp "$cp" dev.stressgate.bench.HugeAnswerPrometheus "$dir/port" "$((answer_mb * 1000000))" "$shape" \
    >"$dir/stub.out" 2>&1 &
  stub_pid=$!
  for _ in $(seq 1 100); do [[ -f "$dir/port" ]] && break; sleep 0.1; done
  [[ -f "$dir/port" ]] || { echo "the Prometheus stub did not start; see $dir/stub.out" >&2; exit 1; }
  echo "==> report (-Xmx$report_xmx), Prometheus answering every query with $answer_mb MB ($shape length)"
  status=0
  out="$(java "-Xmx$report_xmx" -XX:+ExitOnOutOfMemoryError "$BENCH_QUIET_LOGGING" -cp "$cp" \
    dev.stressgate.bench.HostileSourcesBenchmark "$dir/artifacts" "report, $answer_mb MB answers, $shape length" \
    --no-ai --prom-url "http://127.0.0.1:$(cat "$dir/port")" --loki-url "$closed" --ollama-url "$closed" \
    --app-log-file "$dir/no-app-log.jsonl" 2>&1)" || status=$?
  stop_stub
  if [[ $status -ne 0 ]] || grep -q OutOfMemoryError <<<"$out"; then
    echo "$out" >&2
    echo "error: the report exited $status under -Xmx$report_xmx (OutOfMemoryError or failure): the size cap did not hold" >&2
    exit 1
  fi
  answered=$(grep -c '^answered' "$dir/stub.out" || true)
  echo "  report exit 0; $answered huge answers served"
  sed -n 's/^note: //p' <<<"$out" | sed 's/^/  /'
  grep -A 2 '"name" : "prometheus"' "$dir/artifacts/runs/"*/metrics.json | grep '"reason"' | sed 's/^ */  metrics.json prometheus: /' || true
  rows+="$out"$'\n'
done
echo
print_bench_rows <<<"$rows"
