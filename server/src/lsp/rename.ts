import {
  LSPErrorCodes, ResponseError,
  type AnnotatedTextEdit, type ChangeAnnotation, type TextDocumentEdit, type TextEdit as LspTextEdit, type WorkspaceEdit,
} from 'vscode-languageserver';
import { describeArticle, type TextEdit } from '../corpus';
import { prepareRename, renamePerson } from '../service/rename';
import { whenReady } from './cancel';
import type { Feature, ServerContext } from './context';

/**
 * Rename a person across the desk (F2): one edit per mention in every article naming them.
 * Where the editor supports change annotations, each other article's edits are annotated as
 * needing confirmation, so VS Code opens its refactor preview and the editor ticks off which
 * outlets' copy to change (rewriting a wire story is a choice, not a side effect).
 */
export const renameFeature: Feature = {
  capabilities: { renameProvider: { prepareProvider: true } },
  register(ctx) {
    ctx.connection.onPrepareRename(async ({ textDocument, position }, token) => {
      await whenReady(ctx, token);
      const offset = ctx.positions.offset(textDocument.uri, position);
      const r = offset === undefined ? null : prepareRename(ctx.desk, textDocument.uri, offset);
      if (!r) return null;
      if ('error' in r) throw new ResponseError(LSPErrorCodes.RequestFailed, r.error);
      return { range: ctx.positions.range(textDocument.uri, r.span), placeholder: r.placeholder };
    });
    ctx.connection.onRenameRequest(async ({ textDocument, position, newName }, token) => {
      await whenReady(ctx, token);
      const offset = ctx.positions.offset(textDocument.uri, position);
      if (offset === undefined) return null;
      const result = renamePerson(ctx.desk, textDocument.uri, offset, newName);
      if (result.error) throw new ResponseError(LSPErrorCodes.RequestFailed, result.error);
      return toWorkspaceEdit(ctx, textDocument.uri, result.edits, `Rename to "${newName.trim()}"`);
    });
  },
};

/** Core edits as a WorkspaceEdit, grouped by article, annotated for preview where the editor can. */
export function toWorkspaceEdit(ctx: ServerContext, current: string, edits: readonly TextEdit[], label: string): WorkspaceEdit {
  const byUri = new Map<string, TextEdit[]>();
  for (const e of edits) byUri.set(e.uri, [...(byUri.get(e.uri) ?? []), e]);
  const caps = ctx.clientCapabilities().workspace?.workspaceEdit;
  const lsp = (e: TextEdit): LspTextEdit => ({ range: ctx.positions.range(e.uri, e.span), newText: e.newText });
  if (!caps?.documentChanges || !caps.changeAnnotationSupport) {
    return { changes: Object.fromEntries([...byUri].map(([uri, list]) => [uri, list.map(lsp)])) };
  }
  const changeAnnotations: Record<string, ChangeAnnotation> = {};
  const documentChanges: TextDocumentEdit[] = [...byUri].map(([uri, list], i) => {
    const id = `copydesk-${i}`;
    const a = ctx.desk.article(uri);
    changeAnnotations[id] = { label, description: a ? describeArticle(a) : uri, needsConfirmation: uri !== current };
    const edits: AnnotatedTextEdit[] = list.map((e) => ({ ...lsp(e), annotationId: id }));
    return { textDocument: { uri, version: ctx.documents.get(uri)?.version ?? null }, edits };
  });
  return { documentChanges, changeAnnotations };
}
