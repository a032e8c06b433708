#!/usr/bin/env bash
# A single-node Slurm on localhost for the Slurm test (../shared/slurm-single-node.md): Debian 12, root, no systemd.
# Usage: slurm-up.sh DIR. Writes DIR/slurm.conf; clients need SLURM_CONF=DIR/slurm.conf. slurm-down.sh DIR stops it.
set -euo pipefail
D=$1; H=$(hostname -s)
mkdir -p "$D"/{state,spool,log}
install -d -o munge -g munge -m 0755 /run/munge
[ -s /etc/munge/munge.key ] || { mungekey --create --force; chown munge:munge /etc/munge/munge.key; chmod 0400 /etc/munge/munge.key; }
if ! { [ -s /run/munge/munged.pid ] && kill -0 "$(cat /run/munge/munged.pid)" 2>/dev/null; }; then
  runuser -u munge -- /usr/sbin/munged
  touch "$D/munged.ours"
fi
munge -n | unmunge | grep -q 'STATUS: *Success'
CPUS=$(nproc); MEM=$(( $(awk '/MemTotal/{print $2}' /proc/meminfo) / 1024 - 512 ))
cat > "$D/slurm.conf" <<CONF
ClusterName=clustersim-test
SlurmctldHost=$H(127.0.0.1)
SlurmUser=root
SlurmctldPort=6817
SlurmdPort=6818
AuthType=auth/munge
StateSaveLocation=$D/state
SlurmdSpoolDir=$D/spool
SlurmctldPidFile=$D/slurmctld.pid
SlurmdPidFile=$D/slurmd.pid
SlurmctldLogFile=$D/log/slurmctld.log
SlurmdLogFile=$D/log/slurmd.log
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
JobAcctGatherType=jobacct_gather/none
AccountingStorageType=accounting_storage/none
SchedulerType=sched/backfill
SelectType=select/cons_tres
SelectTypeParameters=CR_CPU
MpiDefault=none
MailProg=/bin/true
ReturnToService=2
NodeName=$H NodeAddr=127.0.0.1 CPUs=$CPUS RealMemory=$MEM State=UNKNOWN
PartitionName=debug Nodes=$H Default=YES MaxTime=INFINITE State=UP
CONF
export SLURM_CONF="$D/slurm.conf"
/usr/sbin/slurmctld -f "$SLURM_CONF"
/usr/sbin/slurmd -f "$SLURM_CONF"
for i in $(seq 60); do [ "$(sinfo -h -N -o '%T' 2>/dev/null | head -1)" = idle ] && exit 0; sleep 0.5; done
echo "slurm-up: the node did not become idle in 30 s" >&2; sinfo >&2 || true; exit 1
