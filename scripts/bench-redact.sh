#!/usr/bin/env bash
# `make bench-redact`: time of the log redactor on one 100 KB and one 1 MB line of several shapes (median of 7 runs
# after warm-up), to show its cost is linear in the line's length.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/bench.sh

java -Xmx512m "$BENCH_QUIET_LOGGING" -cp "$(bench_classpath)" dev.stressgate.bench.RedactorBenchmark
