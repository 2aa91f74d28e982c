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

# Starts the reference app on a free loopback port, rate limit off, log in <work>/socialapp.log, with any further
# NAME=value settings (APP_PASSWORD_ITERATIONS=1000, ...); waits until it listens, sets base_url to its address and
# stops it when the calling script exits. Exits with its output when it does not start.
start_bench_app() {
  local work=$1 out
  shift
  out="$work/socialapp.out"
  : >"$out" # emptied here, not by the background job's redirection, so a previous run's address is never read
  env APP_PORT=0 APP_HOST=127.0.0.1 APP_RATE_LIMIT_ENABLED=false APP_LOG_CONSOLE=false \
    APP_LOG_FILE="$work/socialapp.log" "$@" \
    java -cp "$(bench_classpath)" dev.stressgate.socialapp.SocialAppMain >"$out" 2>&1 &
  bench_app_pid=$!
  trap 'kill "$bench_app_pid" 2>/dev/null || true; wait "$bench_app_pid" 2>/dev/null || true' EXIT
  base_url=""
  for _ in $(seq 1 100); do
    base_url=$(sed -n 's/^Stressgate reference app listening on \(http:\/\/[^ ]*\).*/\1/p' "$out")
    [ -n "$base_url" ] && return 0
    kill -0 "$bench_app_pid" 2>/dev/null || { cat "$out" >&2; exit 1; }
    sleep 0.2
  done
  echo "reference app did not start" >&2
  cat "$out" >&2
  exit 1
}
