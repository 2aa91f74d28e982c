#!/usr/bin/env bash
# `make diagnosis-matrix`: records every cell of src/test/resources/diagnosis/faults.json live against each target
# (the reference app; the Node-style, Go-style and Python-style fakes), reports each run and prints the matrix
# (target x cell -> top cause, expected, OK/MISMATCH). About 90 s per cell.
#   MATRIX_TARGETS  comma-separated subset of reference,node-style,go-style,python-style (default: all four)
#   MATRIX_CELLS    comma-separated cell ids (default: every cell)
#   MATRIX_RECORD   1 = also save every target's cells as committed fixtures (src/test/resources/diagnosis/runs)
#   MATRIX_JUDGE_RECORDED  1 = no live runs: judge the committed fixtures only (seconds)
# Exit 0 when every cell is OK, 1 when any is not.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/bench.sh

args=(--artifact-dir "tmp/diagnosis-matrix")
[[ -n "${MATRIX_TARGETS:-}" ]] && args+=(--targets "$MATRIX_TARGETS")
[[ -n "${MATRIX_CELLS:-}" ]] && args+=(--cells "$MATRIX_CELLS")
[[ "${MATRIX_RECORD:-}" == 1 ]] && args+=(--record-into src/test/resources/diagnosis/runs)
[[ "${MATRIX_JUDGE_RECORDED:-}" == 1 ]] && args+=(--judge-recorded)
for tool in node python3; do
  command -v "$tool" >/dev/null || echo "note: $tool is not on the PATH; its fake target's cells will fail to start" >&2
done

# The recording JVM runs from a copy of the classes, so a rebuild meanwhile cannot pull them from under it.
classes="$(mktemp -d)"
trap 'rm -rf "$classes"' EXIT
classpath="$(bench_classpath)"
cp -r target/classes target/test-classes "$classes/"
exec_classpath="$classes/test-classes:$classes/classes:${classpath#target/test-classes:target/classes:}"
java --add-opens=java.base/java.lang=ALL-UNNAMED $BENCH_QUIET_LOGGING -cp "$exec_classpath" \
  dev.stressgate.report.diagnosis.DiagnosisMatrix "${args[@]}"
