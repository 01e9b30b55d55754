import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';

/**
 * A PostgreSQL cluster of our own (Debian's pg_createcluster, run as root), so that stopping and restarting it
 * cannot disturb the main server on 5432 that other test suites use.
 */
export interface PgCluster {
  url: string;
  /** Stops the server like a crash (no clean shutdown), waits, and starts it again. */
  restart(downMs: number): Promise<void>;
  drop(): void;
}

const NAME = 'rtfaults';

export function canCreateCluster(): boolean {
  return process.getuid?.() === 0 && existsSync('/usr/bin/pg_createcluster') && existsSync('/etc/postgresql');
}

export function createCluster(port: number): PgCluster {
  const version = installedVersion();
  dropLeftover(version);
  run('pg_createcluster', [version, NAME, '-p', String(port), '--', '--auth=trust']);
  run('pg_ctlcluster', [version, NAME, 'start']);
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    async restart(downMs) {
      run('pg_ctlcluster', [version, NAME, 'stop', '-m', 'immediate']);
      await new Promise((resolve) => setTimeout(resolve, downMs));
      run('pg_ctlcluster', [version, NAME, 'start']);
    },
    drop: () => dropLeftover(version),
  };
}

function installedVersion(): string {
  const versions = readdirSync('/etc/postgresql').filter((v) => /^\d+$/.test(v)).sort((a, b) => Number(b) - Number(a));
  if (!versions.length) throw new Error('no PostgreSQL version under /etc/postgresql');
  return versions[0];
}

// A crashed earlier run can leave the cluster behind (and its port taken).
function dropLeftover(version: string): void {
  if (existsSync(`/etc/postgresql/${version}/${NAME}`)) run('pg_dropcluster', ['--stop', version, NAME]);
}

function run(command: string, args: string[]): void {
  execFileSync(command, args, { stdio: ['ignore', 'ignore', 'pipe'] });
}
