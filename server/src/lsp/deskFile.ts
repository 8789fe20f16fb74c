import * as path from 'node:path';
import { DiagnosticSeverity, DidChangeWatchedFilesNotification, type Diagnostic } from 'vscode-languageserver';
import { URI } from 'vscode-uri';
import { mergePins, parseDeskFile, type DeskFile } from '../corpus/deskFile';
import { LineIndex } from '../service/lines';
import type { Feature, ServerContext } from './context';

/**
 * Reads each workspace folder's desk file (pinned spellings, roles, different people), hands the
 * merged pins to the desk, and reports the file's own mistakes as diagnostics on the file.
 */
export const deskFileFeature: Feature = {
  async initialized(ctx) {
    await ctx.connection.client
      .register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: '**/*.json' }] })
      .catch(() => undefined);
    await load(ctx);
  },
  fileChanged(ctx, uri) {
    if (!isDeskFile(ctx, uri)) return false;
    void load(ctx);
    return true;
  },
  settingsChanged(ctx) {
    void load(ctx);
  },
  register() {},
};

function isDeskFile(ctx: ServerContext, uri: string): boolean {
  const file = URI.parse(uri).fsPath;
  return ctx.folders().some((folder) => path.join(folder, ctx.settings().deskFile) === file);
}

let shown = new Set<string>();

async function load(ctx: ServerContext): Promise<void> {
  const files: DeskFile[] = [];
  const now = new Set<string>();
  for (const folder of ctx.folders()) {
    const file = path.join(folder, ctx.settings().deskFile);
    now.add(URI.file(file).toString());
    const uri = URI.file(file).toString();
    const read = await ctx.readFile(file);
    if (!read.ok) {
      if (!/not found/.test(read.reason)) ctx.log(`Desk file ${file}: ${read.reason}`);
      void ctx.connection.sendDiagnostics({ uri, diagnostics: [] });
      continue;
    }
    const desk = parseDeskFile(read.text);
    files.push(desk);
    const lines = new LineIndex(read.text);
    const diagnostics: Diagnostic[] = desk.problems.map((p) => ({
      range: { start: lines.position(p.span.start), end: lines.position(p.span.end) },
      severity: DiagnosticSeverity.Error,
      source: 'copydesk',
      code: 'desk-file',
      message: p.message,
    }));
    void ctx.connection.sendDiagnostics({ uri, diagnostics });
  }
  // A desk file no longer used (the setting changed) keeps no stale errors.
  for (const old of shown) if (!now.has(old)) void ctx.connection.sendDiagnostics({ uri: old, diagnostics: [] });
  shown = now;
  ctx.publish(ctx.desk.setPins(mergePins(files.map((f) => f.pins))));
}
