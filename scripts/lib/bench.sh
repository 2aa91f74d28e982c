# Sourced by the bench-*.sh scripts and compare-gatling.sh, from the project root.

# The test classpath (compiled on first use): the benchmarks' main classes live in the test tree.
bench_classpath() {
  [[ -f target/test-classpath.txt ]] || ./mvnw -B -q -DskipTests process-test-classes >&2
  echo "target/test-classes:target/classes:$(cat target/test-classpath.txt)"
}

# Keeps the benchmark JVMs' logging to warnings, so their output is the figures.
BENCH_QUIET_LOGGING="-Dlogback.configurationFile=$(pwd)/scripts/logback-bench.xml"

# Prints the BenchRow lines (row|label|seconds|peak MiB|-Xmx MiB) the benchmark JVMs wrote, given on stdin, as
# one aligned table.
print_bench_rows() {
  {
    echo "step|seconds|peak heap MiB|-Xmx MiB"
    sed -n 's/^row|//p'
  } | awk -F'|' '{ printf "%-58s %9s %15s %10s\n", $1, $2, $3, $4 }'
  echo "(peak heap: sum of the heap pools' peaks after a GC and reset, an upper bound of the true peak)"
}
