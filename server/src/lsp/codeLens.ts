import { CodeLensRefreshRequest, type CodeLens } from 'vscode-languageserver';
import { quoteLenses } from '../service/codeLens';
import { whenReady } from './cancel';
import { COMMANDS } from './commands';
import type { Feature } from './context';

/**
 * Above each quotation other articles carry: `quoted in 3 articles · source: 000 (21 Apr 2017)`;
 * clicking it peeks every carrier (`copydesk.showReferences`, see `commands.ts`), which the
 * client asks for then, as references from where the lens stands.
 */

/**
 * VS Code draws `$(name)` in a lens title as an icon; an outlet called `$(alert) News` must read
 * as text. A backslash before `$(` is VS Code's own escape for that.
 */
export function escapeLensTitle(title: string): string {
  return title.replace(/\$\(/g, '\\$(').replace(/[\r\n]+/g, ' ');
}

const refreshTimers = new WeakMap<object, NodeJS.Timeout>();

export const codeLensFeature: Feature = {
  capabilities: { codeLensProvider: { resolveProvider: false } },
  register(ctx) {
    ctx.connection.onCodeLens(async ({ textDocument }, token): Promise<CodeLens[]> => {
      await whenReady(ctx, token);
      const uri = textDocument.uri;
      return quoteLenses(ctx.desk, uri).map((lens) => {
        const range = ctx.positions.range(uri, lens.span);
        return { range, command: { title: escapeLensTitle(lens.title), command: COMMANDS.showReferences, arguments: [uri, range.start] } };
      });
    });
  },
  deskChanged(ctx) {
    // Another article changing changes the counts here: ask the editor to re-ask, once edits settle.
    if (!ctx.clientCapabilities().workspace?.codeLens?.refreshSupport) return;
    clearTimeout(refreshTimers.get(ctx));
    const timer = setTimeout(() => void ctx.connection.sendRequest(CodeLensRefreshRequest.type).catch(() => undefined), 400);
    timer.unref?.();
    refreshTimers.set(ctx, timer);
  },
};
