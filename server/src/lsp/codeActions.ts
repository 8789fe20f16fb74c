import * as path from 'node:path';
import {
  CodeActionKind,
  type CodeAction, type CreateFile, type Diagnostic, type TextDocumentEdit, type WorkspaceEdit,
} from 'vscode-languageserver';
import { URI } from 'vscode-uri';
import type { Finding } from '../corpus';
import { codeActions, type CoreAction } from '../service/codeActions';
import type { DeskFileChange } from '../service/deskFileEdits';
import { LineIndex } from '../service/lines';
import { whenReady } from './cancel';
import type { Feature, ServerContext } from './context';
import { toDiagnostics } from './diagnostics';


/**
 * Quick fixes: the fixes the checks attach (majority spelling, the source's wording), a dateline
 * for an undated article, and "add to the desk file" (pin a spelling, mark two names as different
 * people). Every change goes through a WorkspaceEdit the editor applies; the desk file is
 * created (or minimally edited) the same way, and the server re-reads it when it changes.
 */
export const codeActionFeature: Feature = {
  capabilities: { codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, CodeActionKind.RefactorRewrite], resolveProvider: false } },
  register(ctx) {
    ctx.connection.onCodeAction(async ({ textDocument, range, context }, token) => {
      await whenReady(ctx, token);
      const uri = textDocument.uri;
      const start = ctx.positions.offset(uri, range.start);
      const end = ctx.positions.offset(uri, range.end);
      if (start === undefined || end === undefined) return [];
      const deskFile = await locateDeskFile(ctx, uri);
      const today = new Date().toISOString().slice(0, 10);
      const actions = codeActions(ctx.desk, uri, { start, end }, { today, deskFile: deskFile && { text: deskFile.text } });
      const wanted = context.only;
      return actions
        .filter((a) => !wanted || wanted.some((k) => a.kind === k || a.kind.startsWith(`${k}.`)))
        .map((a) => toCodeAction(ctx, a, context.diagnostics, deskFile))
        .filter((a): a is CodeAction => !!a);
    });
  },
};

interface DeskFileLocation {
  readonly uri: string;
  readonly text: string | null;
}

/** The desk file of the workspace folder holding the article (the first folder for an untitled one), and its text. */
async function locateDeskFile(ctx: ServerContext, articleUri: string): Promise<DeskFileLocation | null> {
  const folders = ctx.folders();
  const parsed = URI.parse(articleUri);
  const article = parsed.scheme === 'file' ? parsed.fsPath : null;
  const folder = article
    ? folders.filter((f) => article.startsWith(f.endsWith(path.sep) ? f : f + path.sep)).sort((a, b) => b.length - a.length)[0]
    : folders[0];
  if (!folder) return null;
  const file = path.join(folder, ctx.settings().deskFile);
  const uri = URI.file(file).toString();
  const open = ctx.documents.get(uri);
  if (open) return { uri, text: open.getText() };
  const read = await ctx.readFile(file);
  return { uri, text: read.ok ? read.text : null };
}

function diagnosticFor(ctx: ServerContext, finding: Finding, sent: readonly Diagnostic[]): Diagnostic {
  const [own] = toDiagnostics([finding], ctx.positions);
  const same = sent.find((d) => d.code === own!.code && d.range.start.line === own!.range.start.line && d.range.start.character === own!.range.start.character);
  return same ?? own!;
}

function toCodeAction(ctx: ServerContext, a: CoreAction, sent: readonly Diagnostic[], deskFile: DeskFileLocation | null): CodeAction | null {
  const caps = ctx.clientCapabilities().workspace?.workspaceEdit;
  let edit: WorkspaceEdit;
  if (a.deskFile) {
    if (!deskFile) return null;
    const e = deskFileEdit(deskFile, a.deskFile, !!caps?.documentChanges, !!caps?.resourceOperations?.includes('create'), ctx);
    if (!e) return null;
    edit = e;
  } else {
    const changes: Record<string, { range: ReturnType<ServerContext['positions']['range']>; newText: string }[]> = {};
    for (const e of a.edits) (changes[e.uri] ??= []).push({ range: ctx.positions.range(e.uri, e.span), newText: e.newText });
    edit = { changes };
  }
  return {
    title: a.title,
    kind: a.kind === 'quickfix' ? CodeActionKind.QuickFix : CodeActionKind.RefactorRewrite,
    ...(a.finding ? { diagnostics: [diagnosticFor(ctx, a.finding, sent)] } : {}),
    ...(a.preferred ? { isPreferred: true } : {}),
    edit,
  };
}

/** The desk file change as a WorkspaceEdit: a CreateFile and its text, or edits to the file as it is now. */
function deskFileEdit(loc: DeskFileLocation, change: DeskFileChange, documentChanges: boolean, canCreate: boolean, ctx: ServerContext): WorkspaceEdit | null {
  const version = ctx.documents.get(loc.uri)?.version ?? null;
  if ('create' in change) {
    if (!documentChanges || !canCreate) return null;
    const create: CreateFile = { kind: 'create', uri: loc.uri, options: { ignoreIfExists: true } };
    const fill: TextDocumentEdit = { textDocument: { uri: loc.uri, version: null }, edits: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText: change.create }] };
    return { documentChanges: [create, fill] };
  }
  const lines = new LineIndex(loc.text ?? '');
  const edits = change.edits.map((e) => ({ range: { start: lines.position(e.offset), end: lines.position(e.offset + e.length) }, newText: e.content }));
  return documentChanges ? { documentChanges: [{ textDocument: { uri: loc.uri, version }, edits }] } : { changes: { [loc.uri]: edits } };
}
