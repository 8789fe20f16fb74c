// The Timeline command, as an editor sees it: a webview tab opens beside the editor.
import * as assert from 'node:assert/strict';
import { suite, suiteSetup, test } from 'mocha';
import * as vscode from 'vscode';
import { readyHook, waitForTab } from './helpers';

suite('Timeline', () => {
  suiteSetup(readyHook());

  test('"Copydesk: Show Timeline" opens the timeline webview', async () => {
    const isTimeline = (t: vscode.Tab) => t.input instanceof vscode.TabInputWebview && t.input.viewType.endsWith('copydesk.timeline');
    const opened = waitForTab(isTimeline, 'timeline webview tab');
    await vscode.commands.executeCommand('copydesk.showTimeline');
    const tab = await opened;
    assert.equal(tab.label, 'Copydesk Timeline');
    await vscode.window.tabGroups.close(tab);
  });
});
