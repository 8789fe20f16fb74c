import * as path from 'node:path';
import { DiagnosticSeverity, DidChangeWatchedFilesNotification, type Diagnostic } from 'vscode-languageserver';
import { URI } from 'vscode-uri';
import { mergePins, parseDeskFile, type DeskFile } from '../corpus/deskFile';
import { LineIndex } from '../service/lines';
import type { Feature, ServerContext } from './context';

export const DESK_FILE = '.copydesk/desk.json';

/**
 * Reads each workspace folder's desk file (pinned spellings, roles, different people), hands the
 * merged pins to the desk, and reports the file's own mistakes as diagnostics on the file.
 */
export const deskFileFeature: Feature = {
  async initialized(ctx) {
    await ctx.connection.client
      .register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: `**/${DESK_FILE}` }] })
      .catch(() => undefined);
    await load(ctx);
  },
  fileChanged(ctx, uri) {
    if (!uri.endsWith(DESK_FILE)) return false;
    void load(ctx);
    return true;
  },
  register() {},
};

async function load(ctx: ServerContext): Promise<void> {
  const files: DeskFile[] = [];
  for (const folder of ctx.folders()) {
    const file = path.join(folder, DESK_FILE);
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
  ctx.publish(ctx.desk.setPins(mergePins(files.map((f) => f.pins))));
}
