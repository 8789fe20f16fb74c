import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import * as path from 'node:path';

/**
 * A real PostgreSQL for the archive's tests and benchmark: Debian's package (installed with apt
 * when missing and we are root), a fresh cluster in a temporary folder, on a free loopback port,
 * password authentication over TCP. PostgreSQL refuses to run as root, so as root the cluster is
 * owned by and run as the `postgres` user the package creates.
 */
export interface TestPostgres {
  readonly port: number;
  readonly password: string;
  /** `postgres://postgres@127.0.0.1:PORT/DB` (no password in it: pass `password` separately). */
  url(db?: string): string;
  /** `postgres://postgres:PASSWORD@127.0.0.1:PORT/DB` */
  urlWithPassword(db?: string): string;
  createDatabase(name: string): void;
  /** Runs SQL through psql, returning its unaligned output. */
  psql(sql: string, db?: string): string;
  stop(mode?: 'fast' | 'immediate'): void;
  start(): void;
  destroy(): void;
}

const PASSWORD = 'archive-test-pw';

export function postgresBin(): string {
  const find = () => {
    const root = '/usr/lib/postgresql';
    if (!existsSync(root)) return null;
    const versions = readdirSync(root).filter((v) => existsSync(path.join(root, v, 'bin', 'initdb'))).sort((a, b) => Number(b) - Number(a));
    return versions[0] ? path.join(root, versions[0], 'bin') : null;
  };
  let bin = find();
  if (!bin && process.getuid?.() === 0) {
    // Debian's package, as the issue asks; -y and no prompts: CI has no standard input.
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    spawnSync('apt-get', ['update'], { stdio: 'ignore', env });
    try {
      execFileSync('apt-get', ['install', '-y', '--no-install-recommends', 'postgresql', 'postgresql-contrib'], { stdio: 'ignore', env });
    } catch (e) {
      // Without an init system the package's own service may fail to start; its programs are what we need.
      process.stderr.write(`apt-get install postgresql: ${e instanceof Error ? e.message : String(e)}\n`);
    }
    bin = find();
  }
  if (!bin) throw new Error('PostgreSQL is not installed (apt-get install postgresql) and could not be installed');
  return bin;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

/** `durable`: keep fsync on (the benchmark's load rate); tests turn it off for speed. */
export async function startPostgres(o: { durable?: boolean } = {}): Promise<TestPostgres> {
  const bin = postgresBin();
  const dir = mkdtempSync(path.join(tmpdir(), 'copydesk-pg-'));
  const data = path.join(dir, 'data');
  const asRoot = process.getuid?.() === 0;
  // As root: hand the folder to `postgres` and run the server's programs as that user.
  const run = (cmd: string, args: string[]) => {
    const [file, argv] = asRoot ? ['runuser', ['-u', 'postgres', '--', path.join(bin, cmd), ...args]] : [path.join(bin, cmd), args];
    return execFileSync(file, argv, { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' });
  };
  chmodSync(dir, 0o777);
  if (asRoot) execFileSync('chown', ['postgres', dir]);
  const pwfile = path.join(dir, 'pw');
  writeFileSync(pwfile, `${PASSWORD}\n`, { mode: 0o644 });
  run('initdb', ['-D', data, '-U', 'postgres', '--pwfile', pwfile, '--auth-local=trust', '--auth-host=scram-sha-256', '-E', 'UTF8', '--locale=C.UTF-8']);
  const port = await freePort();
  const log = path.join(dir, 'log');
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c max_connections=50 -c shared_buffers=256MB${o.durable ? '' : ' -c fsync=off -c full_page_writes=off'}`;
  const start = () => run('pg_ctl', ['-D', data, '-o', options, '-l', log, '-w', '-t', '60', 'start']);
  const stop = (mode: 'fast' | 'immediate' = 'fast') => {
    try {
      run('pg_ctl', ['-D', data, '-m', mode, '-w', 'stop']);
    } catch {
      // already stopped
    }
  };
  start();
  const psql = (sql: string, db = 'postgres') =>
    execFileSync(path.join(bin, 'psql'), ['-X', '-qAt', '-h', dir, '-p', String(port), '-U', 'postgres', '-d', db, '-v', 'ON_ERROR_STOP=1', '-c', sql], {
      encoding: 'utf8',
      env: { ...process.env, PGPASSWORD: PASSWORD },
    }).trim();
  return {
    port,
    password: PASSWORD,
    url: (db = 'postgres') => `postgres://postgres@127.0.0.1:${port}/${db}`,
    urlWithPassword: (db = 'postgres') => `postgres://postgres:${PASSWORD}@127.0.0.1:${port}/${db}`,
    createDatabase: (name) => void psql(`CREATE DATABASE "${name}"`),
    psql,
    stop,
    start,
    destroy: () => {
      stop('immediate');
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
