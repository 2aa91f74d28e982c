#!/usr/bin/env bash
# CI performance gate: stack up -> load run -> report -> verdict. Exits 0 when the run passes, 1 on any failed
# SLO, critical alert or baseline regression, 2 when the results are unusable. junit.xml stays in the run
# directory for the CI system. Stops what it started, whatever the outcome.
#   scripts/perf-gate.sh <profile>
set -euo pipefail
cd "$(dirname "$0")/.."

profile=${1:?usage: perf-gate.sh <profile>}
cli=(java -cp "target/classes:$(cat target/classpath.txt)" dev.stressgate.report.cli.StressgateCli)

# An unusable profile fails here, in one line, before the stack starts.
scripts/stress-run.sh --check "$profile" >/dev/null || exit 2

scripts/stack.sh up
trap 'scripts/stack.sh down' EXIT

run_dir_file=$(mktemp)
run_status=0
CONTINUE_ON_SLO_FAILURE=true RUN_DIR_FILE="$run_dir_file" scripts/stress-run.sh "$profile" || run_status=$?
run_dir=$(cat "$run_dir_file")
rm -f "$run_dir_file"
if [ -z "$run_dir" ]; then
  echo "GATE UNUSABLE: the load run (exit $run_status) left no run directory to judge" >&2
  exit 2
fi
[ $run_status -ne 0 ] && echo "warning: the load run exited with $run_status; judging what it left in $run_dir" >&2

gate_status=0
"${cli[@]}" report --run-dir "$run_dir" && "${cli[@]}" gate --run-dir "$run_dir" || gate_status=$?
echo "==> junit.xml for the CI system: $run_dir/junit.xml"
exit $gate_status
