import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';

// A one-node Slurm for the test tier, from Debian's slurm-wlm and munge: its own munged
// (own key and socket), slurmctld and slurmd as root with proctrack/linuxproc and
// task/none, a temporary SLURM_CONF, state and spool in one folder. `stop` ends exactly
// the daemons it started (by their pid files).

export interface Cluster {
  env: NodeJS.ProcessEnv;
  stop(): void;
  logs(): string;
}

function sh(command: string, args: string[], env: NodeJS.ProcessEnv) {
  const r = spawnSync(command, args, { env, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (${r.status}): ${r.stderr || r.stdout}`);
  return r.stdout;
}

export async function startCluster(dir: string): Promise<Cluster> {
  const node = hostname().split('.')[0]!;
  const port = 20000 + Math.floor(Math.random() * 20000);
  for (const sub of ['state', 'spool', 'munge']) mkdirSync(join(dir, sub), { recursive: true });
  const socket = join(dir, 'munge', 'munge.socket');
  const key = join(dir, 'munge', 'munge.key');
  writeFileSync(key, randomBytes(1024));
  chmodSync(key, 0o400);
  chmodSync(join(dir, 'munge'), 0o700);
  const conf = join(dir, 'slurm.conf');
  const cpus = Number(execFileSync('nproc', { encoding: 'utf8' }).trim());
  writeFileSync(
    conf,
    [
      'ClusterName=sourceline-test',
      `SlurmctldHost=${node}`,
      'SlurmUser=root',
      'SlurmdUser=root',
      `SlurmctldPort=${port}`,
      `SlurmdPort=${port + 1}`,
      `AuthInfo=socket=${socket}`,
      `StateSaveLocation=${join(dir, 'state')}`,
      `SlurmdSpoolDir=${join(dir, 'spool')}`,
      `SlurmctldPidFile=${join(dir, 'slurmctld.pid')}`,
      `SlurmdPidFile=${join(dir, 'slurmd.pid')}`,
      `SlurmctldLogFile=${join(dir, 'slurmctld.log')}`,
      `SlurmdLogFile=${join(dir, 'slurmd.log')}`,
      'ProctrackType=proctrack/linuxproc',
      'TaskPlugin=task/none',
      'SchedulerType=sched/builtin',
      'SelectType=select/cons_tres',
      'SelectTypeParameters=CR_CPU',
      'ReturnToService=2',
      'MpiDefault=none',
      'JobAcctGatherType=jobacct_gather/none',
      'AccountingStorageType=accounting_storage/none',
      'SlurmctldTimeout=30',
      'SlurmdTimeout=30',
      `NodeName=${node} CPUs=${cpus} State=UNKNOWN`,
      `PartitionName=test Nodes=${node} Default=YES MaxTime=INFINITE State=UP`,
      '',
    ].join('\n'),
  );
  const env = { ...process.env, SLURM_CONF: conf };
  const pids = { munged: join(dir, 'munge', 'munged.pid'), slurmctld: join(dir, 'slurmctld.pid'), slurmd: join(dir, 'slurmd.pid') };
  const stop = () => {
    for (const pidFile of [pids.slurmd, pids.slurmctld, pids.munged]) {
      if (!existsSync(pidFile)) continue;
      const pid = Number(readFileSync(pidFile, 'utf8').trim());
      try {
        if (pid > 0) process.kill(pid, 'SIGTERM');
      } catch {
        // already gone
      }
    }
  };
  try {
    sh('/usr/sbin/munged', ['--force', `--socket=${socket}`, `--key-file=${key}`, `--pid-file=${pids.munged}`, `--log-file=${join(dir, 'munge', 'munged.log')}`, `--seed-file=${join(dir, 'munge', 'munged.seed')}`], env);
    sh('/usr/sbin/slurmctld', ['-c'], env);
    sh('/usr/sbin/slurmd', ['-c'], env);
    const until = Date.now() + 60_000;
    for (;;) {
      const state = spawnSync('sinfo', ['-h', '-o', '%t'], { env, encoding: 'utf8' }).stdout.trim();
      if (state === 'idle' || state === 'mix') break;
      if (Date.now() > until) throw new Error(`the Slurm node did not become idle (state "${state}")`);
      await new Promise((r) => setTimeout(r, 500));
    }
  } catch (error) {
    stop();
    throw error;
  }
  const logs = () =>
    ['slurmctld.log', 'slurmd.log']
      .map((f) => join(dir, f))
      .filter(existsSync)
      .map((f) => `${f}:\n${readFileSync(f, 'utf8').split('\n').slice(-30).join('\n')}`)
      .join('\n');
  return { env, stop, logs };
}
