#!/usr/bin/env bash
# `make compare-gatling`: the report's p50/p75/p95/p99 of one run next to those of Gatling's own HTML report for
# the same simulation.log, regenerated several times (Gatling's t-digest breaks ties at random). Shows where the
# two agree exactly (populations of up to 40 samples), where Gatling's estimate is close, and where it is off.
#   RUN_DIR        run directory (default: the one the latest run recorded in $ARTIFACT_DIR/latest-run)
#   LOG            a simulation.log to compare instead (needed when a run has several injectors' logs)
#   REGENERATIONS  how many times Gatling regenerates its report (default 5)
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/bench.sh
source scripts/lib/run-dirs.sh

regenerations="${REGENERATIONS:-5}"
[[ "$regenerations" =~ ^[1-9][0-9]*$ ]] || { echo "error: REGENERATIONS must be a positive integer, got '$regenerations'" >&2; exit 2; }

log="${LOG:-}"
if [[ -z "$log" ]]; then
  run_dir="${RUN_DIR:-}"
  [[ -n "$run_dir" ]] || run_dir="$(recorded_run_dir)"
  mapfile -t logs < <(find "$run_dir/gatling" -name simulation.log 2>/dev/null | sort)
  case "${#logs[@]}" in
    0) echo "error: no simulation.log under $run_dir/gatling" >&2; exit 2 ;;
    1) log="${logs[0]}" ;;
    *) echo "error: $run_dir has ${#logs[@]} simulation.log files (one per injector); pass LOG=<one of them>" >&2; exit 2 ;;
  esac
fi
[[ -f "$log" ]] || { echo "error: no such simulation.log: $log" >&2; exit 2; }

cp="$(bench_classpath)"
work="tmp/compare-gatling"
rm -rf "$work"
mkdir -p "$work"

echo "==> $log"
echo "==> Gatling regenerates its report $regenerations times from a copy (Gatling's console output: $work/gatling.out)"
java -Xmx2g "$BENCH_QUIET_LOGGING" --add-opens=java.base/java.lang=ALL-UNNAMED \
  -cp "$cp" dev.stressgate.bench.GatlingPercentileComparison "$log" "$work/results" "$regenerations" \
  >"$work/gatling.out" || { rc=$?; tail -n 30 "$work/gatling.out" >&2; exit "$rc"; }
echo
sed -n 's/^cmp|//p' "$work/gatling.out"
