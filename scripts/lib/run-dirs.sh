# Sourced by scripts that need a run directory without being given one, from the project root.
# The scripts' one copy of dev.stressgate.run.RunDirectory's default location (ARTIFACT_DIR unset) and of the
# pointer it writes there when a run starts (latest-run, holding the run directory's name).
RUN_DIRS_ARTIFACT_DIR="${ARTIFACT_DIR:-tmp/stress-runs}"

# Prints the run directory the latest run recorded; exits 2 with what to do when there is none.
recorded_run_dir() {
  local pointer="$RUN_DIRS_ARTIFACT_DIR/latest-run" dir
  [[ -f "$pointer" ]] || { echo "error: no run recorded in $pointer (a run writes it when it starts); run 'make stress-smoke' first or pass RUN_DIR=<dir>" >&2; exit 2; }
  dir="$RUN_DIRS_ARTIFACT_DIR/$(<"$pointer")"
  [[ -d "$dir" ]] || { echo "error: $pointer names $dir, which does not exist; pass RUN_DIR=<dir>" >&2; exit 2; }
  echo "$dir"
}
