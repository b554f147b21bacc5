#!/usr/bin/env bash
# Stops the RT started by start-rt.sh on $RT_PORT. Never kills by name: every PID is checked in
# /proc/PID/cmdline to be "rt-server ... --port $RT_PORT" first. RT_PURGE_STATE=1 also deletes the state dir.
set -uo pipefail
RT_PORT=${RT_PORT:-8099}
RT_STATE_DIR=${RT_STATE_DIR:-${TMPDIR:-/tmp}/rt-ci-$RT_PORT}
S=$RT_STATE_DIR
log() { echo "stop-rt: $*" >&2; }
ours() { [ -r "/proc/$1/cmdline" ] && tr '\0' ' ' < "/proc/$1/cmdline" | grep -q "rt-server.*--port $RT_PORT"; }
# the server was started with setsid, so its workers share the master's process group
group_members() { ps -eo pid=,pgid= | awk -v g="$1" '$2 == g { print $1 }'; }

if [ -f "$S/rt-server.pid" ]; then
  pid=$(cat "$S/rt-server.pid")
  if ours "$pid"; then
    log "stopping rt-server $pid"
    kill -TERM "$pid" 2>/dev/null
    for _ in $(seq 1 50); do ours "$pid" || break; sleep 0.1; done
  fi
  for sig in TERM KILL; do
    left=""
    for p in $(group_members "$pid"); do ours "$p" && { kill -$sig "$p" 2>/dev/null; left="$left $p"; }; done
    [ -z "$left" ] && break
    log "sent $sig to leftover workers:$left"
    sleep 1
  done
  rm -f "$S/rt-server.pid"
else
  log "no PID file in $S; nothing to stop"
fi
if [ "${RT_PURGE_STATE:-0}" = 1 ]; then rm -rf "$S"; log "removed $S"; fi
exit 0
