// Servers for the editor tests: each started in its own session and process group (setsid, via
// spawn's `detached`), its output teed to a log file, awaited on a line it prints, and stopped as
// a whole group — the VS Code server's extension host and Copydesk's language server with it.
import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import * as net from 'node:net';

const running = new Set<Server>();

export class Server {
  private exited: Promise<number | null>;

  constructor(readonly name: string, readonly child: ChildProcess) {
    this.exited = new Promise((resolve) => child.once('exit', (code) => resolve(code)));
  }

  get pid(): number {
    return this.child.pid!;
  }

  /** SIGTERM to the whole group, then SIGKILL to whatever of it is left after the grace period. */
  async stop(graceMs = 5_000): Promise<void> {
    running.delete(this);
    signalGroup(this.pid, 'SIGTERM');
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([this.exited, new Promise((r) => (timer = setTimeout(r, graceMs)))]);
    clearTimeout(timer);
    signalGroup(this.pid, 'SIGKILL');
  }
}

function signalGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch {
    // the group is gone already
  }
}

/** Last resort on the runner's own exit: no server outlives it. */
export function killAll(): void {
  for (const s of running) signalGroup(s.pid, 'SIGKILL');
  running.clear();
}

/**
 * Starts `command` in a new session, writing its output to `logFile`, and resolves once a line of
 * its output matches `ready`; rejects if it exits first or the deadline passes.
 */
export function startServer(
  name: string,
  command: string,
  args: readonly string[],
  opts: { env: NodeJS.ProcessEnv; cwd: string; logFile: string; ready: RegExp; deadlineMs?: number },
): Promise<Server> {
  const log = createWriteStream(opts.logFile);
  const child = spawn(command, args, { cwd: opts.cwd, env: opts.env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  const server = new Server(name, child);
  running.add(server);
  return new Promise((resolve, reject) => {
    let seen = '';
    let settled = false;
    const settle = (error?: Error) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      if (error) void server.stop().then(() => reject(error));
      else resolve(server);
    };
    const onData = (chunk: Buffer) => {
      log.write(chunk);
      if (settled) return;
      seen = (seen + chunk.toString()).slice(-4096);
      if (opts.ready.test(seen)) settle();
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('error', (e) => settle(e));
    child.once('exit', (code, signal) => settle(new Error(`${name} exited (${signal ?? code}) before it was ready; see ${opts.logFile}`)));
    const timer = setTimeout(() => settle(new Error(`${name} not ready within ${(opts.deadlineMs ?? 60_000) / 1000} s; see ${opts.logFile}`)), opts.deadlineMs ?? 60_000);
  });
}

/** A TCP port free on the loopback address right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}
