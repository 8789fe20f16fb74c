// A crashed language server, as an editor lives it: the server process dies (killed here, as the
// kernel's OOM killer or a native fault would), the language client starts a new one, and the new
// one indexes the workspace again: hovers and warnings come back without the editor doing anything.
// Runs after every other suite (see index.ts), since it takes the server away for a while.
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { suite, suiteSetup, test } from 'mocha';
import * as vscode from 'vscode';
import { article, codeOf, hoverText, positionOf, readyHook, waitForDiagnostics } from './helpers';

/** This extension host's language servers: the client starts them with `--clientProcessId=<our pid>`. */
function serverPids(): number[] {
  const ps = execFileSync('ps', ['-eo', 'pid=,args='], { encoding: 'utf8' });
  return ps
    .split('\n')
    .filter((line) => line.includes('server.js') && line.includes(`--clientProcessId=${process.pid}`))
    .map((line) => Number(line.trim().split(/\s+/)[0]));
}

async function poll<T>(what: string, deadlineMs: number, probe: () => Promise<T | undefined> | T | undefined): Promise<T> {
  const until = Date.now() + deadlineMs;
  for (;;) {
    const got = await probe();
    if (got !== undefined) return got;
    if (Date.now() > until) throw new Error(`no ${what} within ${deadlineMs / 1000} s`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

suite('Recovery', () => {
  suiteSetup(readyHook());

  test('a language server killed mid-session is restarted by the client and indexes the workspace again', async function () {
    this.timeout(150_000);
    const before = serverPids();
    assert.equal(before.length, 1, `expected one Copydesk server of this extension host, found ${before.length}`);
    process.kill(before[0]!, 'SIGKILL');
    const after = await poll('restarted server', 60_000, () => {
      const now = serverPids();
      return now.length === 1 && now[0] !== before[0] ? now[0] : undefined;
    });
    assert.notEqual(after, before[0]);

    const uri = article('seeds/004_5b1f978478f94a9d.txt');
    const doc = await vscode.workspace.openTextDocument(uri);
    const at = positionOf(doc, 'De Mistura said he hoped', 4);
    await poll('hover from the restarted server', 90_000, async () => {
      const text = await hoverText(uri, at).catch(() => '');
      return /^\*\*Staffan de Mistura\*\*/.test(text) ? text : undefined;
    });
    // Warnings that need the whole desk (two articles) are back too.
    await waitForDiagnostics(article('desk/01-kelbourne-courier-bridge.txt'), (ds) => ds.some((d) => codeOf(d) === 'date-conflict'), 'date-conflict after the restart', 60_000);
  });
});
