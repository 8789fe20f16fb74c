// The editor suites' entry point, with @vscode/test-electron's `run()` contract: VS Code loads this
// module in the extension host (as `extensionTestsPath`) and waits on the promise. The same file
// serves both hosts — code-server's bundled VS Code server driven from Chromium here, and the
// Electron build that `runTests` downloads on a developer machine (tools/e2e/run.ts starts either).
//
// The results go to a file as well as to the console: in the browser host, mocha's console output
// reaches the page unformatted, so the runner reads COPYDESK_E2E_RESULTS/api.json instead.
import Mocha from 'mocha';
import { readdirSync } from 'node:fs';
import * as path from 'node:path';
import { writeResults, type TestResult } from '../results';

export function run(): Promise<void> {
  const started = new Date();
  const mocha = new Mocha({ ui: 'tdd', color: false, timeout: 60_000, reporter: 'spec' });
  // The bundler puts each suite beside this file; sorted, so the order is the same on every host,
  // with the recovery suite last (it kills the language server).
  const last = (n: string) => (n.startsWith('recovery.') ? 1 : 0);
  for (const f of readdirSync(__dirname).filter((n) => n.endsWith('.test.js')).sort((a, b) => last(a) - last(b) || a.localeCompare(b))) mocha.addFile(path.join(__dirname, f));
  const grep = process.env['COPYDESK_E2E_GREP'];
  if (grep) mocha.grep(grep);

  const tests: TestResult[] = [];
  const suiteOf = (t: Mocha.Runnable) => t.parent?.fullTitle() ?? '';
  return new Promise((resolve, reject) => {
    const runner = mocha.run((failures) => {
      const dir = process.env['COPYDESK_E2E_RESULTS'];
      try {
        if (dir) writeResults(dir, { name: 'api', host: process.env['COPYDESK_E2E_HOST'] ?? 'unknown', started: started.toISOString(), ms: Date.now() - started.getTime(), tests });
      } catch (e) {
        reject(e instanceof Error ? e : new Error(String(e)));
        return;
      }
      if (failures > 0) reject(new Error(`${failures} editor test(s) failed`));
      else resolve();
    });
    const { EVENT_TEST_PASS, EVENT_TEST_FAIL, EVENT_TEST_PENDING } = Mocha.Runner.constants;
    runner.on(EVENT_TEST_PASS, (t) => tests.push({ suite: suiteOf(t), title: t.title, state: 'passed', ms: t.duration ?? 0 }));
    runner.on(EVENT_TEST_PENDING, (t) => tests.push({ suite: suiteOf(t), title: t.title, state: 'pending', ms: 0 }));
    // Failing hooks arrive here too ("before all" hook: …), so a broken setup is never silent.
    runner.on(EVENT_TEST_FAIL, (t, err: Error) =>
      tests.push({ suite: suiteOf(t), title: t.title, state: 'failed', ms: t.duration ?? 0, error: { message: err.message, ...(err.stack ? { stack: err.stack } : {}) } }),
    );
  });
}
