#!/usr/bin/env bash
# One load run on Kubernetes: N injector pods of one Indexed Job (deploy/kubernetes/, README there).
#   scripts/k8s-run.sh render <dir>  write the run's Kustomize overlay into <dir> (no cluster needed)
#   scripts/k8s-run.sh run           render into tmp/k8s/<run id>, apply, wait for the Job, copy the run directory
#                                    from the results volume into ARTIFACT_DIR (the report is the caller's step)
# Settings (environment): INJECTORS (1; make k8s-run passes its INJECTORS, 2), PROFILE (smoke: a name in profiles/ or a file), BASE_URL (the target as the
# pods reach it), IMAGE (stressgate:<version>, as pushed by ./mvnw -Pimage jib:build), RUN_NAME (the profile's file
# name), START_DELAY_S (120: time for every pod to be scheduled, pull the image and start before RUN_START_AT),
# WAIT_TIMEOUT_S (14400), POLL_S (10: how often the Job's state is read), K8S_WORK_DIR (tmp/k8s: where run overlays
# are written), ARTIFACT_DIR (tmp/stress-runs), RUN_DIR_FILE (also write the local run directory there).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/run-dirs.sh

JOB=stressgate-injector
READER=stressgate-results-reader

die() {
  echo "error: $*" >&2
  exit 1
}

settings() {
  injectors=${INJECTORS:-1}
  [[ $injectors =~ ^[1-9][0-9]*$ ]] || die "INJECTORS: expected a whole number >= 1, got '$injectors'"
  profile=${PROFILE:-smoke}
  if [ -f "$profile" ]; then
    profile_file=$profile
  elif [ -f "profiles/$profile.json" ]; then
    profile_file=profiles/$profile.json
  else
    die "PROFILE: no profiles/$profile.json and no file '$profile'; available: $(find profiles -maxdepth 1 -name '*.json' -printf '%f\n' | sed 's/\.json$//' | sort | tr '\n' ' ')"
  fi
  label=${RUN_NAME:-$(basename "$profile_file" .json)}
  [[ $label =~ ^[A-Za-z0-9._-]+$ ]] || die "RUN_NAME: '$label' cannot name a run directory; expected letters, digits, '.', '_' or '-'"
  base_url=${BASE_URL:-http://socialapp:8375}
  [[ $base_url =~ ^https?://[^[:space:]]+$ ]] || die "BASE_URL: expected an http(s) URL, got '$base_url'"
  if [[ $base_url =~ ^https?://(localhost|127\.[0-9.]+|\[::1\])([:/]|$) ]]; then
    die "BASE_URL $base_url is a loopback address: inside a pod it is the pod itself; set BASE_URL to the target as the pods reach it (e.g. http://<service>.<namespace>.svc:<port>)"
  fi
  image=${IMAGE:-stressgate:0.1.0-SNAPSHOT}
  image_name=${image%:*}
  image_tag=${image##*:}
  if [ "$image_name" = "$image" ] || [[ $image_tag == */* ]]; then
    image_name=$image
    image_tag=latest
  fi
  start_delay=${START_DELAY_S:-120}
  [[ $start_delay =~ ^[0-9]+$ ]] || die "START_DELAY_S: expected seconds, got '$start_delay'"
  now=$(date -u +%s)
  run_id=$(date -u -d "@$now" +%Y%m%dT%H%M%SZ)-$label
  start_at=$(date -u -d "@$((now + start_delay))" +%Y-%m-%dT%H:%M:%SZ)
}

render() {
  local out=$1 base
  mkdir -p "$out"
  base=$(realpath --relative-to="$out" deploy/kubernetes/base)
  cp "$profile_file" "$out/profile.json"
  sed -e "s|@BASE@|$base|" -e "s|@IMAGE_NAME@|$image_name|" -e "s|@IMAGE_TAG@|$image_tag|" \
    -e "s|@INJECTOR_COUNT@|$injectors|" -e "s|@RUN_ID@|$run_id|" -e "s|@RUN_START_AT@|$start_at|" \
    -e "s|@BASE_URL@|$base_url|" deploy/kubernetes/run/kustomization.yaml.template >"$out/kustomization.yaml"
  echo "$out"
}

require_cluster() {
  command -v kubectl >/dev/null ||
    die "kubectl is not installed; make k8s-run needs kubectl pointed at a cluster (KUBECONFIG). 'scripts/k8s-run.sh render <dir>' writes the manifests without one."
  kubectl version --request-timeout=10s >/dev/null 2>&1 ||
    die "no Kubernetes cluster answers (kubectl version failed: check KUBECONFIG and 'kubectl config current-context')."
}

job_state() {
  kubectl get job "$JOB" -o jsonpath='{range .status.conditions[?(@.status=="True")]}{.type}{" "}{end}'
}

run() {
  require_cluster
  local dir=${K8S_WORK_DIR:-tmp/k8s}/$run_id state="" waited=0 timeout=${WAIT_TIMEOUT_S:-14400} poll=${POLL_S:-10}
  [[ $poll =~ ^[1-9][0-9]*$ ]] || die "POLL_S: expected whole seconds >= 1, got '$poll'"
  render "$dir" >/dev/null
  echo "==> run $run_id: $injectors injector(s), profile $profile_file, target $base_url, start at $start_at"
  kubectl delete job "$JOB" --ignore-not-found --wait=true
  kubectl apply -k "$dir"
  until [[ $state == *Complete* || $state == *Failed* ]]; do
    [ "$waited" -lt "$timeout" ] || die "the Job did not finish within ${timeout} s (kubectl describe job $JOB)"
    sleep "$poll"
    waited=$((waited + poll))
    state=$(job_state) || state=""  # one failed kubectl get during a long wait is not the end of the run
  done
  echo "==> Job $JOB: $state; exit code per injector index (0 done, 2 done with failed SLO assertions):"
  kubectl get pods -l "job-name=$JOB" -o \
    jsonpath='{range .items[*]}{"    injector-"}{.metadata.annotations.batch\.kubernetes\.io/job-completion-index}{": "}{.status.containerStatuses[0].state.terminated.exitCode}{"\n"}{end}'

  mkdir -p "$dir/gather"
  cat >"$dir/gather/kustomization.yaml" <<YAML
apiVersion: kustomize.config.k8s.io/v1beta1
kind: Kustomization
resources:
  - $(realpath --relative-to="$dir/gather" deploy/kubernetes/gather)
images:
  - name: stressgate
    newName: $image_name
    newTag: "$image_tag"
YAML
  kubectl delete pod "$READER" --ignore-not-found --wait=true
  kubectl apply -k "$dir/gather"
  kubectl wait --for=condition=Ready "pod/$READER" --timeout=300s
  local artifacts=$RUN_DIRS_ARTIFACT_DIR
  mkdir -p "$artifacts"
  kubectl cp "$READER:/results/$run_id" "$artifacts/$run_id"
  kubectl delete pod "$READER" --wait=false
  echo "==> run directory: $artifacts/$run_id"
  [ -n "${RUN_DIR_FILE:-}" ] && echo "$artifacts/$run_id" >"$RUN_DIR_FILE"
  [[ $state == *Complete* ]] || echo "note: the Job failed (see the exit codes above); the report shows which injectors are missing" >&2
}

case "${1:-}" in
  render)
    settings
    render "${2:?usage: k8s-run.sh render <dir>}"
    ;;
  run)
    settings
    run
    ;;
  *)
    die "usage: scripts/k8s-run.sh render <dir> | run"
    ;;
esac
