#!/usr/bin/env bash
# N injectors on this machine, one run: scripts/stress-distributed.sh <profile name or file>  (INJECTORS=N, default 2)
# The local stand-in for the Kubernetes Indexed Job (docs/distributed.md): it picks one RUN_ID and one RUN_START_AT
# a few seconds ahead, starts N injector JVMs through the very entry point and environment the pods use
# (GatlingLauncher with INJECTOR_COUNT, INJECTOR_INDEX, RUN_ID, RUN_START_AT, ARTIFACT_DIR), waits for all, says
# how each one ended, then reports the shared run directory ($ARTIFACT_DIR/<RUN_ID>/) and prints report.html's path.
#   INJECTORS=N             how many injector JVMs (each drives 1/N of every population; docs/distributed.md)
#   START_DELAY_S=S         how far ahead the common start is (default 10 + 3 per injector: JVM start, Gatling boot)
#   RUN_START_TOLERANCE_S   how late an injector may reach the start before it refuses to run (default 2)
#   INJECTOR_JAVA_OPTS      extra JVM options per injector, e.g. -Xmx512m
#   NO_AI=1                 report without asking the model
# Exit status: 0 all injectors ran and the report was written; 1 an injector failed (the report is still written
# when any injector left results, and names the failed ones); 2 nothing could start or be reported.
set -euo pipefail
cd "$(dirname "$0")/.."

profile=${1:?usage: stress-distributed.sh <profile name or path>  (INJECTORS=N)}
injectors=${INJECTORS:-2}
if ! [[ "$injectors" =~ ^[1-9][0-9]*$ ]]; then
  echo "error: INJECTORS: expected a whole number >= 1, got '$injectors'" >&2
  exit 2
fi
BASE_URL=${BASE_URL:-http://localhost:8375}
source scripts/lib/run-dirs.sh
ARTIFACT_DIR=$RUN_DIRS_ARTIFACT_DIR
start_delay=${START_DELAY_S:-$((10 + 3 * injectors))}
label=${RUN_NAME:-$(basename "$profile" .json)}
run_id="$(date -u +%Y%m%dT%H%M%SZ)-$label"
shared="$ARTIFACT_DIR/$run_id"

[ -f target/test-classpath.txt ] || ./mvnw -B -q -DskipTests process-test-classes
launcher=(java --add-opens=java.base/java.lang=ALL-UNNAMED ${INJECTOR_JAVA_OPTS:-}
  -cp "target/test-classes:target/classes:$(cat target/test-classpath.txt)"
  -Dprofile="$profile" -Dbase.url="$BASE_URL" dev.stressgate.simulations.GatlingLauncher)

# Every injector's share must be valid (and non-empty) before any of them starts.
for ((i = 0; i < injectors; i++)); do
  INJECTOR_COUNT=$injectors INJECTOR_INDEX=$i RUN_ID=$run_id "${launcher[@]}" --check >/dev/null || exit 2
done
if ! curl -sS -o /dev/null --max-time 10 "$BASE_URL" 2>/dev/null; then
  echo "error: the target $BASE_URL does not answer; start it ('make stress-stack-up') or set BASE_URL." >&2
  exit 2
fi

start_at=$(date -u -d "+${start_delay} seconds" +%Y-%m-%dT%H:%M:%SZ)
outputs="$shared/output"
mkdir -p "$outputs"
echo "==> run $run_id: $injectors injectors of profile '$profile' against $BASE_URL, common start $start_at"
pids=()
for ((i = 0; i < injectors; i++)); do
  INJECTOR_COUNT=$injectors INJECTOR_INDEX=$i RUN_ID=$run_id RUN_START_AT=$start_at ARTIFACT_DIR=$ARTIFACT_DIR \
    "${launcher[@]}" >"$outputs/$i.log" 2>&1 &
  pids+=($!)
done

failed=0
for ((i = 0; i < injectors; i++)); do
  status=0
  wait "${pids[$i]}" || status=$?
  case $status in
    0) echo "    injector $i: finished" ;;
    2) echo "    injector $i: finished; its share missed the profile's SLO assertions (the report judges the whole run)" ;;
    3) echo "    injector $i: FAILED: reached the common start too late and ran no load ($outputs/$i.log)"; failed=1 ;;
    *) echo "    injector $i: FAILED with exit status $status; last lines of $outputs/$i.log:"
       tail -n 5 "$outputs/$i.log" | sed 's/^/      /'
       failed=1 ;;
  esac
done

echo "==> report of the merged run $shared"
report_status=0
java -cp "target/classes:$(cat target/classpath.txt)" dev.stressgate.report.cli.StressgateCli report \
  --run-dir "$shared" ${NO_AI:+--no-ai} || report_status=$?
if [ $report_status -ne 0 ]; then
  echo "error: the report of $shared failed (exit $report_status)" >&2
  exit 2
fi
echo "==> report: $shared/report.html"
exit $failed
