import * as vscode from 'vscode';
import { TIMELINE_VIEW } from './ids';
import { makeNonce } from './nonce';
import { openPlace } from './places';
import type { Place, TimelineResult } from './protocol';
import { timelineHtml } from './timelineHtml';

/** The Timeline webview panel (`copydesk.timeline`): one at a time, redrawn when the desk changes. */
export class TimelinePanel implements vscode.Disposable {
  static readonly viewType = TIMELINE_VIEW;
  private static current: TimelinePanel | undefined;
  private places: readonly Place[] = [];
  private readonly disposables: vscode.Disposable[] = [];

  static show(fetch: () => Promise<TimelineResult | undefined>): TimelinePanel {
    if (TimelinePanel.current) {
      TimelinePanel.current.panel.reveal();
      void TimelinePanel.current.refresh();
      return TimelinePanel.current;
    }
    const panel = vscode.window.createWebviewPanel(TimelinePanel.viewType, 'Copydesk Timeline', vscode.ViewColumn.Beside, {
      // The page's one inline script (with a nonce) posts clicks back; it loads no resources at all.
      enableScripts: true,
      enableCommandUris: false,
      enableForms: false,
      localResourceRoots: [],
      enableFindWidget: true,
    });
    TimelinePanel.current = new TimelinePanel(panel, fetch);
    void TimelinePanel.current.refresh();
    return TimelinePanel.current;
  }

  /** Redraws the open panel, if any and visible (a hidden one is redrawn when shown). */
  static refreshIfOpen(): void {
    const p = TimelinePanel.current;
    if (p?.panel.visible) void p.refresh();
    else if (p) p.stale = true;
  }

  private stale = false;

  private constructor(private readonly panel: vscode.WebviewPanel, private readonly fetch: () => Promise<TimelineResult | undefined>) {
    this.disposables.push(
      panel.onDidDispose(() => this.dispose()),
      panel.onDidChangeViewState(() => {
        if (panel.visible && this.stale) void this.refresh();
      }),
      panel.webview.onDidReceiveMessage((message: unknown) => this.receive(message)),
    );
  }

  private async refresh(): Promise<void> {
    this.stale = false;
    const data = await this.fetch();
    if (!data) return;
    const page = timelineHtml(data, makeNonce());
    this.places = page.places;
    this.panel.webview.html = page.html;
  }

  /** Only an index into the places this panel drew is accepted: the page cannot name a URI. */
  private receive(message: unknown): void {
    const m = message as { type?: unknown; place?: unknown } | null;
    if (m?.type !== 'open' || typeof m.place !== 'number' || !Number.isInteger(m.place)) return;
    const place = this.places[m.place];
    if (place) void openPlace(place, vscode.ViewColumn.One);
  }

  dispose(): void {
    if (TimelinePanel.current === this) TimelinePanel.current = undefined;
    this.panel.dispose();
    while (this.disposables.length) this.disposables.pop()?.dispose();
  }
}
