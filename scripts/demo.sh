#!/usr/bin/env bash
# The README's main command: start the embedded reference app (and Prometheus when installed), run the smoke
# profile against it, write the combined report, stop what was started, and print the path of report.html.
set -euo pipefail
cd "$(dirname "$0")/.."

cli=(java -cp "target/classes:$(cat target/classpath.txt)" dev.stressgate.report.cli.StressgateCli)

scripts/stack.sh up
trap 'scripts/stack.sh down' EXIT

run_dir_file=$(mktemp)
CONTINUE_ON_SLO_FAILURE=true RUN_DIR_FILE="$run_dir_file" scripts/stress-run.sh smoke
run_dir=$(cat "$run_dir_file")
rm -f "$run_dir_file"

"${cli[@]}" report --run-dir "$run_dir"
echo
echo "Report: $(cd "$run_dir" && pwd)/report.html"
echo "All runs: $(cd "$(dirname "$run_dir")" && pwd)/index.html"
