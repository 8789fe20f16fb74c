import * as vscode from 'vscode';
import { STATUS_ITEM } from './ids';
import type { StatusResult } from './protocol';
import { statusView } from './statusText';

/** Articles indexed and conflicts found; a click opens the Problems view. */
export class StatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem(STATUS_ITEM, vscode.StatusBarAlignment.Left, 10);

  constructor() {
    this.item.name = 'Copydesk';
    this.show('indexing');
  }

  show(status: StatusResult | 'indexing' | 'stopped'): void {
    const view = statusView(status);
    this.item.text = view.text;
    this.item.tooltip = view.tooltip;
    this.item.command = status === 'stopped' ? 'copydesk.showOutput' : 'workbench.actions.view.problems';
    this.item.show();
  }

  dispose(): void {
    this.item.dispose();
  }
}
