/**
 * A preload (`node --require guard.cjs`) for the server process under test (issue 9): it wraps
 * every Node API that writes files, opens a network connection, resolves a name or starts a
 * process, and reports each call made (file writes outside `COPYDESK_GUARD_ALLOW`, the server's
 * storage folder) as a `COPYDESK-GUARD {json}` line on stderr. It only reports: the test fails on
 * any report. Loaded in worker threads too (they inherit `--require`).
 */
export const GUARD_SOURCE = String.raw`
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const allow = process.env.COPYDESK_GUARD_ALLOW ? path.resolve(process.env.COPYDESK_GUARD_ALLOW) : null;
const report = (kind, detail) => {
  try { fs.writeSync(2, 'COPYDESK-GUARD ' + JSON.stringify({ kind, detail: String(detail).slice(0, 300) }) + '\n'); } catch {}
};
const asPath = (p) => (p instanceof URL ? p.pathname : Buffer.isBuffer(p) ? p.toString() : typeof p === 'string' ? p : null);
const allowed = (p) => {
  const s = asPath(p);
  if (s === null) return typeof p === 'number'; // a descriptor: its opening was checked
  const abs = path.resolve(s);
  return !!allow && (abs === allow || abs.startsWith(allow + path.sep));
};
const WRITE = fs.constants.O_WRONLY | fs.constants.O_RDWR | fs.constants.O_CREAT | fs.constants.O_TRUNC | fs.constants.O_APPEND;
const writes = (flags) => flags != null && (typeof flags === 'number' ? (flags & WRITE) !== 0 : /[wa+]/.test(String(flags)));
const wrap = (obj, name, check) => {
  const orig = obj && obj[name];
  if (typeof orig !== 'function') return;
  obj[name] = function (...args) { check(...args); return orig.apply(this, args); };
};
for (const target of [fs, fs.promises]) {
  wrap(target, 'open', (p, flags) => { if (writes(flags) && !allowed(p)) report('write', p); });
  wrap(target, 'openSync', (p, flags) => { if (writes(flags) && !allowed(p)) report('write', p); });
  for (const name of ['writeFile', 'writeFileSync', 'appendFile', 'appendFileSync', 'createWriteStream', 'mkdir', 'mkdirSync', 'mkdtemp', 'mkdtempSync',
    'rm', 'rmSync', 'rmdir', 'rmdirSync', 'unlink', 'unlinkSync', 'truncate', 'truncateSync', 'chmod', 'chmodSync', 'chown', 'chownSync',
    'utimes', 'utimesSync', 'lutimes', 'symlink', 'symlinkSync', 'link', 'linkSync']) {
    wrap(target, name, (p) => { if (!allowed(p)) report('write', name + ' ' + asPath(p)); });
  }
  for (const name of ['rename', 'renameSync', 'copyFile', 'copyFileSync', 'cp', 'cpSync']) {
    wrap(target, name, (a, b) => { if (!allowed(a) || !allowed(b)) report('write', name + ' ' + asPath(a) + ' -> ' + asPath(b)); });
  }
}
const net = require('node:net');
wrap(net.Socket.prototype, 'connect', (...args) => report('network', 'connect ' + JSON.stringify(args[0])));
wrap(net, 'createServer', () => report('network', 'listen'));
for (const mod of ['node:http', 'node:https']) {
  const m = require(mod);
  wrap(m, 'request', (u) => report('network', mod + ' request ' + (u && (u.href || u.host || u))));
  wrap(m, 'get', (u) => report('network', mod + ' get ' + (u && (u.href || u.host || u))));
}
wrap(require('node:tls'), 'connect', () => report('network', 'tls connect'));
wrap(require('node:dgram'), 'createSocket', () => report('network', 'udp socket'));
const dns = require('node:dns');
for (const target of [dns, dns.promises]) for (const name of ['lookup', 'lookupService', 'resolve', 'resolve4', 'resolve6', 'resolveAny', 'reverse']) wrap(target, name, (h) => report('network', 'dns ' + name + ' ' + h));
if (typeof globalThis.fetch === 'function') wrap(globalThis, 'fetch', (u) => report('network', 'fetch ' + u));
const cp = require('node:child_process');
for (const name of ['spawn', 'spawnSync', 'exec', 'execSync', 'execFile', 'execFileSync', 'fork']) wrap(cp, name, (c) => report('process', name + ' ' + c));
`;

/** The reports in a guarded process's stderr. */
export function guardReports(stderr: string): { kind: string; detail: string }[] {
  return stderr.split('\n').filter((l) => l.startsWith('COPYDESK-GUARD ')).map((l) => JSON.parse(l.slice('COPYDESK-GUARD '.length)) as { kind: string; detail: string });
}
