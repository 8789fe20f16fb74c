// The result files the editor tests leave behind: JSON for the runner to read (mocha's console
// output reaches the browser page unformatted, so the runner never parses it) and JUnit XML for CI
// dashboards. Shared by the suites in the extension host and the runner; no `vscode` here.
import { mkdirSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';

export type TestState = 'passed' | 'failed' | 'pending';

export interface TestResult {
  /** The suite's title, then the test's. */
  readonly suite: string;
  readonly title: string;
  readonly state: TestState;
  readonly ms: number;
  readonly error?: { readonly message: string; readonly stack?: string };
}

export interface RunResults {
  /** `api` (the suites in the extension host) or `ui` (the workbench driven by Playwright). */
  readonly name: string;
  /** Where it ran: `vscode-server` (code-server's bundled VS Code server) or `electron`. */
  readonly host: string;
  readonly started: string;
  readonly ms: number;
  readonly tests: readonly TestResult[];
}

export function counts(tests: readonly TestResult[]): Record<TestState, number> {
  const c: Record<TestState, number> = { passed: 0, failed: 0, pending: 0 };
  for (const t of tests) c[t.state]++;
  return c;
}

/** Writes `<name>.json` and `<name>.junit.xml` into the folder. */
export function writeResults(dir: string, results: RunResults): void {
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, `${results.name}.json`), `${JSON.stringify(results, null, 2)}\n`);
  writeFileSync(path.join(dir, `${results.name}.junit.xml`), toJUnit(results));
}

export function toJUnit(r: RunResults): string {
  const c = counts(r.tests);
  const esc = (s: string) =>
    s.replace(/[&<>"]/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[ch]!)
      // XML 1.0 forbids most control characters; ANSI colour codes would make the file unreadable.
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '');
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="copydesk e2e" tests="${r.tests.length}" failures="${c.failed}" skipped="${c.pending}" time="${(r.ms / 1000).toFixed(3)}">`,
    `  <testsuite name="${esc(`${r.name} (${r.host})`)}" tests="${r.tests.length}" failures="${c.failed}" skipped="${c.pending}" time="${(r.ms / 1000).toFixed(3)}" timestamp="${esc(r.started)}">`,
  ];
  for (const t of r.tests) {
    const open = `    <testcase classname="${esc(`${r.name}.${t.suite}`)}" name="${esc(t.title)}" time="${(t.ms / 1000).toFixed(3)}"`;
    if (t.state === 'passed') lines.push(`${open}/>`);
    else if (t.state === 'pending') lines.push(`${open}><skipped/></testcase>`);
    else {
      lines.push(`${open}><failure message="${esc(t.error?.message ?? 'failed')}">${esc(t.error?.stack ?? t.error?.message ?? '')}</failure></testcase>`);
    }
  }
  lines.push('  </testsuite>', '</testsuites>', '');
  return lines.join('\n');
}
