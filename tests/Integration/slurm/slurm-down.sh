#!/usr/bin/env bash
# Stops what slurm-up.sh DIR started, each daemon by the pid in its own pid file (munged only if slurm-up started it).
D=$1
pids=("$D/slurmd.pid" "$D/slurmctld.pid")
[ -e "$D/munged.ours" ] && pids+=(/run/munge/munged.pid)
for f in "${pids[@]}"; do
  [ -s "$f" ] || continue; p=$(cat "$f")
  kill -TERM "$p" 2>/dev/null && for i in $(seq 80); do kill -0 "$p" 2>/dev/null || break; sleep 0.1; done
  kill -0 "$p" 2>/dev/null && kill -KILL "$p"
done
exit 0
