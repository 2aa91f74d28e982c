# Shared by scripts/app.sh and scripts/prometheus.sh (sourced, not run): finding the process a pid file names,
# waiting until a background process that was just started is ready, and stopping it by its pid.

# owned_pid PID_FILE MARK
# Prints the pid in PID_FILE when that process is alive and its command line contains MARK: after a crash or a
# reboot the pid may belong to an unrelated process, which must never be stopped.
owned_pid() {
  local pid_file=$1 mark=$2 pid
  [ -f "$pid_file" ] || return 1
  pid=$(cat "$pid_file")
  kill -0 "$pid" 2>/dev/null || return 1
  ps -o args= -p "$pid" 2>/dev/null | grep -qF -- "$mark" || return 1
  echo "$pid"
}

# port_busy HOST PORT: whether something accepts TCP connections there.
port_busy() { (exec 3<>"/dev/tcp/$1/$2") 2>/dev/null; }

# await_ready NAME PID URL LOG PID_FILE TIMEOUT_S
# Polls URL until it answers 2xx, printing a dot per try. Fails, forgetting the pid file, when the process exits
# (showing the end of LOG) or when TIMEOUT_S passes (stopping the process).
await_ready() {
  local name=$1 pid=$2 url=$3 log=$4 pid_file=$5 timeout=$6
  local deadline=$((SECONDS + timeout))
  until curl -fsS -o /dev/null "$url" 2>/dev/null; do
    if ! kill -0 "$pid" 2>/dev/null; then
      echo; echo "error: $name exited during start; last lines of $log:" >&2
      tail -n 20 "$log" >&2
      rm -f "$pid_file"
      return 1
    fi
    if [ $SECONDS -ge $deadline ]; then
      echo; echo "error: $name did not become ready within ${timeout}s; see $log" >&2
      kill "$pid" 2>/dev/null || true
      rm -f "$pid_file"
      return 1
    fi
    printf '.'
    sleep 0.5
  done
  echo
}

# stop_pid NAME PID PID_FILE
# SIGTERM, up to 10 s to exit, then SIGKILL; removes the pid file.
stop_pid() {
  local name=$1 pid=$2 pid_file=$3
  kill "$pid"
  for _ in $(seq 1 40); do
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.25
  done
  if kill -0 "$pid" 2>/dev/null; then
    echo "$name (pid $pid) did not stop on SIGTERM within 10s; killing it"
    kill -9 "$pid" 2>/dev/null || true
  fi
  rm -f "$pid_file"
  echo "$name stopped (pid $pid)"
}
