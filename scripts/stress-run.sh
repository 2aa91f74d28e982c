#!/usr/bin/env bash
# One load run: scripts/stress-run.sh <profile> — runs `mvn gatling:test -Dprofile=<profile>` against BASE_URL
# into a fresh run directory under ARTIFACT_DIR and prints that directory at the end.
#   CONTINUE_ON_SLO_FAILURE=true  keep going when the profile's Gatling assertions fail (the report step judges)
set -euo pipefail
cd "$(dirname "$0")/.."

profile=${1:?usage: stress-run.sh <profile name or path>}
BASE_URL=${BASE_URL:-http://localhost:8375}
ARTIFACT_DIR=${ARTIFACT_DIR:-tmp/stress-runs}
continue_on_failure=${CONTINUE_ON_SLO_FAILURE:-false}

if ! curl -sS -o /dev/null --max-time 10 "$BASE_URL" 2>/dev/null; then
  echo "error: the target $BASE_URL does not answer." >&2
  echo "       Start the embedded reference app with 'make stress-stack-up' (or 'make app-up'), or set BASE_URL." >&2
  exit 1
fi

run_name=$(basename "$profile" .json)
newest_run() { { find "$ARTIFACT_DIR" -mindepth 1 -maxdepth 1 -type d -name "*-$run_name" 2>/dev/null || true; } | sort | tail -n 1; }
before=$(newest_run)
echo "==> load run: profile '$profile' against $BASE_URL (results under $ARTIFACT_DIR/<UTC time>-$run_name/)"
status=0
./mvnw -B gatling:test -Dprofile="$profile" -Drun.name="$run_name" -Dbase.url="$BASE_URL" \
  -Dartifact.dir="$ARTIFACT_DIR" -Dgatling.continueOnAssertionFailure="$continue_on_failure" || status=$?

run_dir=$(newest_run)
if [ -n "$run_dir" ] && [ "$run_dir" != "$before" ]; then
  echo "==> run directory: $run_dir"
  [ -n "${RUN_DIR_FILE:-}" ] && echo "$run_dir" >"$RUN_DIR_FILE"
else
  echo "error: the load run left no new run directory under $ARTIFACT_DIR" >&2
  [ $status -eq 0 ] && status=1
fi
exit $status
