import type { InlayHint } from 'vscode-languageserver';
import { dateHints } from '../service/inlayHints';
import { whenReady } from './cancel';
import type { Feature } from './context';

/**
 * `on Monday ‹Mon 24 Apr 2017›`: the resolved day after each relative date. On by default;
 * `copydesk.inlayHints: false` turns them off (the client is asked to refresh when it changes).
 * Labels and tooltips are plain strings, never Markdown, so article text cannot format them.
 */
export const inlayHintFeature: Feature = {
  capabilities: { inlayHintProvider: { resolveProvider: false } },
  register(ctx) {
    ctx.connection.languages.inlayHint.on(async ({ textDocument, range }, token): Promise<InlayHint[]> => {
      await whenReady(ctx, token);
      if (!ctx.settings().inlayHints) return [];
      const uri = textDocument.uri;
      const start = ctx.positions.offset(uri, range.start);
      const end = ctx.positions.offset(uri, range.end);
      if (start === undefined || end === undefined) return [];
      return dateHints(ctx.desk, uri, { start, end }).map((h) => ({
        position: ctx.positions.range(uri, { start: h.offset, end: h.offset }).start,
        label: `‹${h.label}›`,
        tooltip: h.tooltip,
        paddingLeft: true,
      }));
    });
  },
  settingsChanged(ctx) {
    if (ctx.clientCapabilities().workspace?.inlayHint?.refreshSupport) void ctx.connection.languages.inlayHint.refresh().catch(() => undefined);
  },
};
