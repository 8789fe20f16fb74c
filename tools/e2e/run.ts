// The editor tests' one runner, for two hosts (`npm run test:e2e`, built by tools/e2e/build.mjs):
//
//   --host server    (default) code-server's bundled VS Code server, installed offline by
//                    tools/e2e/install.sh, opened in Debian's Chromium by Playwright: first the
//                    extension-host suites (test/e2e/suite), then the UI smoke test (test/e2e/ui).
//   --host electron  @vscode/test-electron's runTests: downloads VS Code, runs the same suites
//                    (a developer machine; the UI smoke test needs the server host).
//
// Other flags: --only api|ui, --grep TEXT (suite tests), --no-install, --keep (leave the temp
// folder), --update-docs (copy the README's screenshots into docs/). Results, screenshots and logs
// go to test-results/e2e/; the last line is "e2e: N passed, N failed, N skipped".
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { makeFixture } from '../../test/e2e/fixture';
import { counts, writeResults, type RunResults, type TestResult } from '../../test/e2e/results';
import { uiSmoke, UI_SCREENSHOTS_FOR_DOCS } from '../../test/e2e/ui/smoke';
import { freePort, killAll, startServer, type Server } from './proc';

const ROOT = path.resolve(__dirname, '..', '..');
const RESULTS = path.join(ROOT, 'test-results', 'e2e');
const SUITES = path.join(ROOT, 'out', 'e2e', 'suite', 'index.js');
const VERSIONS = JSON.parse(readFileSync(path.join(ROOT, 'tools', 'e2e', 'versions.json'), 'utf8')) as { node: string; codeServer: string };
const CACHE = process.env['COPYDESK_E2E_CACHE'] ?? path.join(ROOT, '.cache', 'e2e');
const NODE_DIR = path.join(CACHE, `node-${VERSIONS.node}`);
const CODE_SERVER = path.join(CACHE, `code-server-${VERSIONS.codeServer}`, 'lib', 'node_modules', 'code-server');
const CHROMIUM = process.env['COPYDESK_E2E_CHROMIUM'] ?? '/usr/bin/chromium';
/** Deadlines, not sleeps: a run that exceeds them has hung. */
const API_DEADLINE_MS = 5 * 60_000;

interface Options {
  host: 'server' | 'electron';
  only: 'api' | 'ui' | undefined;
  grep: string | undefined;
  install: boolean;
  keep: boolean;
  updateDocs: boolean;
}

function parseArgs(argv: string[]): Options {
  const o: Options = { host: process.env['COPYDESK_E2E_HOST'] === 'electron' ? 'electron' : 'server', only: undefined, grep: undefined, install: true, keep: false, updateDocs: false };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i]!.split(/=(.*)/s) as [string, string | undefined];
    const value = () => inline ?? argv[++i] ?? usage(`${flag} needs a value`);
    if (flag === '--host') {
      const h = value();
      if (h !== 'server' && h !== 'electron') usage(`unknown host ${h}`);
      o.host = h;
    } else if (flag === '--only') {
      const v = value();
      if (v !== 'api' && v !== 'ui') usage(`--only takes api or ui`);
      o.only = v;
    } else if (flag === '--grep') o.grep = value();
    else if (flag === '--no-install') o.install = false;
    else if (flag === '--keep') o.keep = true;
    else if (flag === '--update-docs') o.updateDocs = true;
    else usage(`unknown argument ${argv[i]}`);
  }
  return o;
}

function usage(message: string): never {
  console.error(`e2e: ${message}\nusage: npm run test:e2e -- [--host server|electron] [--only api|ui] [--grep TEXT] [--no-install] [--keep] [--update-docs]`);
  process.exit(2);
}

/** A private scratch folder: TMPDIR, HOME and the XDG folders of everything the run starts. */
function makeScratch(): { dir: string; env: NodeJS.ProcessEnv } {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'copydesk-e2e-'));
  const sub = (name: string) => {
    const p = path.join(dir, name);
    mkdirSync(p, { recursive: true });
    return p;
  };
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    TMPDIR: sub('tmp'),
    HOME: sub('home'),
    XDG_CONFIG_HOME: sub('xdg/config'),
    XDG_DATA_HOME: sub('xdg/data'),
    XDG_CACHE_HOME: sub('xdg/cache'),
    XDG_STATE_HOME: sub('xdg/state'),
    XDG_RUNTIME_DIR: sub('xdg/runtime'),
  };
  // Playwright makes its browser profile under os.tmpdir(): keep that private too.
  process.env['TMPDIR'] = env['TMPDIR'];
  return { dir, env };
}

/** Settings for every workbench the run opens: no welcome page, no updates, nothing from the network. */
const USER_SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'chat.disableAIFeatures': true,
  'security.workspace.trust.enabled': false,
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'update.mode': 'none',
  'telemetry.telemetryLevel': 'off',
  'editor.hover.delay': 200,
  'editor.minimap.enabled': false,
  'editor.wordWrap': 'on',
};

function writeUserSettings(userDataDir: string): void {
  for (const scope of ['User', 'Machine']) {
    mkdirSync(path.join(userDataDir, scope), { recursive: true });
    writeFileSync(path.join(userDataDir, scope, 'settings.json'), JSON.stringify(USER_SETTINGS, null, 2));
  }
}

async function launchBrowser(env: NodeJS.ProcessEnv): Promise<Browser> {
  if (!existsSync(CHROMIUM)) throw new Error(`no Chromium at ${CHROMIUM} (tools/e2e/install.sh installs Debian's)`);
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    env: env as Record<string, string>,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
  });
}

function nodeEnv(env: NodeJS.ProcessEnv, extra: Record<string, string>): NodeJS.ProcessEnv {
  return { ...env, ...extra, PATH: `${path.join(NODE_DIR, 'bin')}${path.delimiter}${env['PATH'] ?? ''}` };
}

/** Keeps the page's console (the extension host's output, the suites' among it) in a log file. */
function watchConsole(page: Page, logFile: string): void {
  const lines: string[] = [];
  const flush = () => writeFileSync(logFile, `${lines.join('\n')}\n`);
  page.on('console', (msg) => {
    void Promise.all(msg.args().map((a) => a.jsonValue().catch(() => '?')))
      .then((args: unknown[]) => {
        lines.push(`[${msg.type()}] ${formatConsole(args) || msg.text()}`);
        flush();
      })
      .catch(() => undefined);
  });
  page.on('pageerror', (e) => {
    lines.push(`[pageerror] ${e.message}`);
    flush();
  });
}

/** console.log's own formatting: %c takes a CSS argument (dropped), %s/%d/%o one value each. */
function formatConsole(args: unknown[]): string {
  const str = (v: unknown) => (typeof v === 'string' ? v : JSON.stringify(v));
  const [first, ...rest] = args;
  if (typeof first !== 'string') return args.map(str).join(' ');
  const text = first.replace(/%[csdifoO%]/g, (spec) => {
    if (spec === '%%') return '%';
    const v = rest.shift();
    return spec === '%c' ? '' : str(v);
  });
  return [text, ...rest.map(str)].join(' ').trim();
}

/** The extension-host suites in the VS Code server bundled with code-server, driven from Chromium. */
async function apiOnServer(scratch: { dir: string; env: NodeJS.ProcessEnv }, workspace: string, o: Options): Promise<RunResults | Error> {
  const port = await freePort();
  const serverMain = path.join(CODE_SERVER, 'lib', 'vscode', 'out', 'server-main.js');
  const userData = path.join(scratch.dir, 'api', 'user-data');
  writeUserSettings(userData);
  let server: Server | undefined;
  let browser: Browser | undefined;
  try {
    server = await startServer(
      'vscode-server',
      path.join(NODE_DIR, 'bin', 'node'),
      [
        serverMain, '--host', '127.0.0.1', '--port', String(port), '--without-connection-token', '--accept-server-license-terms',
        '--disable-telemetry', '--disable-workspace-trust', '--enable-smoke-test-driver',
        '--user-data-dir', userData, '--server-data-dir', path.join(scratch.dir, 'api', 'server-data'), '--extensions-dir', path.join(scratch.dir, 'api', 'extensions'),
      ],
      {
        cwd: scratch.dir,
        // The extension host inherits these: the suites write their results where the runner reads them.
        env: nodeEnv(scratch.env, { COPYDESK_E2E_RESULTS: RESULTS, COPYDESK_E2E_HOST: 'vscode-server', ...(o.grep ? { COPYDESK_E2E_GREP: o.grep } : {}) }),
        logFile: path.join(RESULTS, 'logs', 'api-server.log'),
        ready: /Extension host agent listening on \d+/,
      },
    );
    browser = await launchBrowser(scratch.env);
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    watchConsole(page, path.join(RESULTS, 'logs', 'api-browser-console.log'));
    const exited = new Promise<number>((resolve) => {
      void page.exposeFunction('codeAutomationExit', (code: number, logs?: { relativePath: string; contents: string }[]) => {
        for (const l of logs ?? []) {
          const out = path.join(RESULTS, 'logs', 'api-workbench', l.relativePath.replace(/\.\.+/g, '_'));
          mkdirSync(path.dirname(out), { recursive: true });
          writeFileSync(out, l.contents);
        }
        resolve(code);
      });
    });
    const remote = (p: string) => `vscode-remote://127.0.0.1:${port}${p}`;
    const payload = [['extensionDevelopmentPath', remote(ROOT)], ['extensionTestsPath', remote(SUITES)]];
    const url = `http://127.0.0.1:${port}/?folder=${encodeURIComponent(workspace)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
    await page.goto(url);
    let timer: NodeJS.Timeout | undefined;
    const code = await Promise.race([exited, new Promise<'timeout'>((r) => (timer = setTimeout(() => r('timeout'), API_DEADLINE_MS)))]);
    clearTimeout(timer);
    if (code === 'timeout') {
      await page.screenshot({ path: path.join(RESULTS, 'api-timeout.png') }).catch(() => undefined);
      return new Error(`the extension-host suites did not finish within ${API_DEADLINE_MS / 60_000} min (see test-results/e2e/logs/)`);
    }
    return readSuiteResults(code);
  } catch (e) {
    return e instanceof Error ? e : new Error(String(e));
  } finally {
    await browser?.close().catch(() => undefined);
    await server?.stop();
  }
}

/** The same suites in the Electron build of VS Code that @vscode/test-electron downloads. */
async function apiOnElectron(scratch: { dir: string; env: NodeJS.ProcessEnv }, workspace: string, o: Options): Promise<RunResults | Error> {
  // Loaded only here: the server host never needs it.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { runTests } = require('@vscode/test-electron') as typeof import('@vscode/test-electron');
  let code = 0;
  try {
    code = await runTests({
      ...(process.env['COPYDESK_E2E_VSCODE_VERSION'] ? { version: process.env['COPYDESK_E2E_VSCODE_VERSION'] } : {}),
      extensionDevelopmentPath: ROOT,
      extensionTestsPath: SUITES,
      launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust', `--user-data-dir=${path.join(scratch.dir, 'electron', 'user-data')}`, `--extensions-dir=${path.join(scratch.dir, 'electron', 'extensions')}`],
      extensionTestsEnv: { COPYDESK_E2E_RESULTS: RESULTS, COPYDESK_E2E_HOST: 'electron', ...(o.grep ? { COPYDESK_E2E_GREP: o.grep } : {}) },
    });
  } catch (e) {
    // runTests rejects when the tests fail (exit code 1) as well as when VS Code cannot start.
    if (!existsSync(path.join(RESULTS, 'api.json'))) return e instanceof Error ? e : new Error(String(e));
    code = 1;
  }
  return readSuiteResults(code);
}

function readSuiteResults(exitCode: number): RunResults | Error {
  const file = path.join(RESULTS, 'api.json');
  if (!existsSync(file)) return new Error(`the extension host exited with code ${exitCode} and wrote no results (see test-results/e2e/logs/)`);
  const r = JSON.parse(readFileSync(file, 'utf8')) as RunResults;
  if (exitCode !== 0 && counts(r.tests).failed === 0) return new Error(`the extension host exited with code ${exitCode} although no test failed`);
  return r;
}

/** The UI smoke test: code-server with Copydesk installed in its extensions folder, as a user would have it. */
async function uiOnServer(scratch: { dir: string; env: NodeJS.ProcessEnv }, workspace: string): Promise<RunResults | Error> {
  const started = new Date();
  const port = await freePort();
  const userData = path.join(scratch.dir, 'ui', 'user-data');
  const extensions = path.join(scratch.dir, 'ui', 'extensions');
  writeUserSettings(userData);
  installPackagedExtension(scratch, extensions);
  let server: Server | undefined;
  let browser: Browser | undefined;
  try {
    server = await startServer(
      'code-server',
      path.join(NODE_DIR, 'bin', 'node'),
      [
        path.join(CODE_SERVER, 'out', 'node', 'entry.js'), '--auth', 'none', '--bind-addr', `127.0.0.1:${port}`, '--disable-telemetry',
        '--disable-update-check', '--disable-workspace-trust', '--disable-getting-started-override', '--user-data-dir', userData, '--extensions-dir', extensions,
      ],
      { cwd: scratch.dir, env: nodeEnv(scratch.env, {}), logFile: path.join(RESULTS, 'logs', 'ui-code-server.log'), ready: /HTTP server listening on/ },
    );
    browser = await launchBrowser(scratch.env);
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    watchConsole(page, path.join(RESULTS, 'logs', 'ui-browser-console.log'));
    await page.goto(`http://127.0.0.1:${port}/?folder=${encodeURIComponent(workspace)}`);
    const tests = await uiSmoke(page, RESULTS);
    return { name: 'ui', host: 'code-server', started: started.toISOString(), ms: Date.now() - started.getTime(), tests };
  } catch (e) {
    return e instanceof Error ? e : new Error(String(e));
  } finally {
    await browser?.close().catch(() => undefined);
    await server?.stop();
  }
}

/**
 * Packages the extension as a user gets it (`vsce package`, the .vsix `npm run package` builds) and
 * installs that .vsix with code-server's own `--install-extension`: the UI smoke test runs what
 * ships, so a file the .vsix leaves out fails here.
 */
function installPackagedExtension(scratch: { dir: string; env: NodeJS.ProcessEnv }, extensionsDir: string): void {
  const vsix = path.join(scratch.dir, 'copydesk.vsix');
  const vsce = path.join(ROOT, 'node_modules', '.bin', 'vsce');
  const packed = spawnSync(vsce, ['package', '--no-dependencies', '--allow-missing-repository', '--skip-license', '--no-rewrite-relative-links', '--out', vsix], { cwd: ROOT, encoding: 'utf8', env: scratch.env });
  if (packed.status !== 0) throw new Error(`vsce package failed:\n${packed.stdout}${packed.stderr}`);
  const installed = spawnSync(
    path.join(NODE_DIR, 'bin', 'node'),
    [path.join(CODE_SERVER, 'out', 'node', 'entry.js'), '--extensions-dir', extensionsDir, '--user-data-dir', path.join(scratch.dir, 'ui', 'install-data'), '--install-extension', vsix],
    { cwd: scratch.dir, encoding: 'utf8', env: nodeEnv(scratch.env, {}) },
  );
  const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { publisher: string; name: string; version: string };
  const dest = path.join(extensionsDir, `${pkg.publisher}.${pkg.name}-${pkg.version}`);
  if (installed.status !== 0 || !existsSync(path.join(dest, 'package.json'))) {
    throw new Error(`code-server --install-extension failed (exit ${installed.status}):\n${installed.stdout}${installed.stderr}`);
  }
  console.log(`e2e: installed copydesk.vsix (${(statSync(vsix).size / 1024).toFixed(0)} KB) with code-server --install-extension`);
}

function install(): void {
  const r = spawnSync('bash', [path.join(ROOT, 'tools', 'e2e', 'install.sh')], { stdio: 'inherit' });
  if (r.status !== 0) throw new Error('tools/e2e/install.sh failed');
}

function report(results: (RunResults | Error)[], skippedParts: string[], startedAt: number): number {
  const tests: TestResult[] = [];
  let broken = 0;
  console.log('');
  for (const r of results) {
    if (r instanceof Error) {
      broken++;
      console.log(`✗ ${r.message}`);
      continue;
    }
    console.log(`${r.name} (${r.host}, ${(r.ms / 1000).toFixed(1)} s):`);
    for (const t of r.tests) {
      const mark = t.state === 'passed' ? '✓' : t.state === 'failed' ? '✗' : '-';
      console.log(`  ${mark} ${t.suite ? `${t.suite}: ` : ''}${t.title}${t.state === 'passed' ? ` (${t.ms} ms)` : ''}`);
      if (t.error) console.log(`      ${(t.error.stack ?? t.error.message).split('\n').slice(0, 12).join('\n      ')}`);
      tests.push(t);
    }
  }
  for (const s of skippedParts) console.log(`- ${s}`);
  const c = counts(tests);
  const failed = c.failed + broken;
  console.log(`\nresults, screenshots and logs: ${path.relative(process.cwd(), RESULTS) || '.'}/ (${((Date.now() - startedAt) / 1000).toFixed(0)} s in all)`);
  // The closing line CI reads: keep it last.
  console.log(`e2e: ${c.passed} passed, ${failed} failed, ${c.pending} skipped`);
  return failed > 0 || c.passed === 0 ? 1 : 0;
}

async function main(): Promise<number> {
  const o = parseArgs(process.argv.slice(2));
  const t0 = Date.now();
  rmSync(RESULTS, { recursive: true, force: true });
  mkdirSync(path.join(RESULTS, 'logs'), { recursive: true });
  if (!existsSync(SUITES)) throw new Error(`${SUITES} is missing: build with node tools/e2e/build.mjs`);
  if (!existsSync(path.join(ROOT, 'client', 'out', 'extension.js'))) throw new Error('the extension is not built: npm run build');
  if (o.host === 'server' && o.install) install();

  const scratch = makeScratch();
  const cleanup = () => {
    killAll();
    if (!o.keep) rmSync(scratch.dir, { recursive: true, force: true });
  };
  process.once('exit', cleanup);
  for (const sig of ['SIGINT', 'SIGTERM'] as const) process.once(sig, () => process.exit(130));

  const workspace = makeFixture(ROOT, path.join(scratch.dir, 'api', 'newsroom'));
  console.log(`e2e: host ${o.host === 'server' ? `VS Code server of code-server ${VERSIONS.codeServer} on Node ${VERSIONS.node}, Chromium` : 'Electron (@vscode/test-electron)'}; fixture ${workspace}`);
  const results: (RunResults | Error)[] = [];
  const skipped: string[] = [];
  if (o.only !== 'ui') {
    console.log('e2e: extension-host suites…');
    results.push(o.host === 'server' ? await apiOnServer(scratch, workspace, o) : await apiOnElectron(scratch, workspace, o));
  }
  if (o.only !== 'api') {
    if (o.host === 'server') {
      console.log('e2e: UI smoke test in the workbench…');
      const ui = await uiOnServer(scratch, makeFixture(ROOT, path.join(scratch.dir, 'ui', 'newsroom')));
      if (!(ui instanceof Error)) writeResults(RESULTS, ui);
      results.push(ui);
    } else skipped.push('UI smoke test: needs the server host (--host server)');
  }
  if (o.updateDocs) {
    mkdirSync(path.join(ROOT, 'docs'), { recursive: true });
    for (const [shot, doc] of UI_SCREENSHOTS_FOR_DOCS) {
      const from = path.join(RESULTS, shot);
      if (existsSync(from)) copyFileSync(from, path.join(ROOT, 'docs', doc));
    }
  }
  return report(results, skipped, t0);
}

main().then(
  (status) => process.exit(status),
  (e: unknown) => {
    console.error(`e2e: ${e instanceof Error ? e.message : String(e)}`);
    console.log('e2e: 0 passed, 1 failed');
    process.exit(1);
  },
);
