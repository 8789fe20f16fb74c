import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { DiagnosticSeverity, type CodeDescription, type Diagnostic } from 'vscode-languageserver';
import { URI } from 'vscode-uri';
import type { Finding, FindingCode, Severity } from '../corpus';
import type { Positions } from './convert';

/**
 * Findings as LSP diagnostics.
 *
 * Severities: sources disagreeing (a date, a quotation's words or speaker, a name's spelling) is
 * a warning: the editor must look, but the article may be the one that is right. An undated
 * article is a hint; what the analysis could not do (a quotation mark never closed, a file cut)
 * is information. Each is configurable (`copydesk.checks`).
 *
 * Tags: none. `Unnecessary` fades text and `Deprecated` strikes it through, and both would tell
 * an editor to delete copy that is, at worst, disputed.
 *
 * `relatedInformation` points into the other articles: the source's wording, the other dates,
 * the spellings the other articles use. `codeDescription` links each code to its explanation in
 * the README that ships with Copydesk.
 *
 * Push, not pull: a change to one article changes the findings of closed articles that share a
 * person, a quotation or a happening with it. The desk knows exactly which (`Desk.upsert` returns
 * them), so the server pushes those and only those, deduplicated; pull diagnostics would need a
 * workspace-wide refresh on every keystroke, and push works in every editor listed in the README.
 */

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

let docs: Map<string, CodeDescription> | undefined;

/** The README beside the server (bundle: `server/out`; sources: `server/src/lsp`), each code's line in it. */
function codeDescriptions(): Map<string, CodeDescription> {
  if (docs) return docs;
  docs = new Map();
  let dir = __dirname;
  for (let i = 0; i < 4; i++, dir = path.dirname(dir)) {
    const readme = path.join(dir, 'README.md');
    if (!existsSync(readme)) continue;
    const uri = URI.file(readme).toString();
    readFileSync(readme, 'utf8').split(/\r?\n/).forEach((line, n) => {
      const code = /^\s*(?:[-*]|\|)\s*`([a-z-]+)`/.exec(line)?.[1];
      if (code && !docs!.has(code)) docs!.set(code, { href: `${uri}#L${n + 1}` });
    });
    break;
  }
  return docs;
}

export function codeDescription(code: FindingCode): CodeDescription | undefined {
  return codeDescriptions().get(code);
}

/** Findings as LSP diagnostics, with related information pointing into the other articles. */
export function toDiagnostics(findings: readonly Finding[], positions: Positions): Diagnostic[] {
  return findings.map((f, index) => {
    const description = codeDescription(f.code);
    return {
      range: positions.range(f.uri, f.span),
      severity: SEVERITY[f.severity],
      code: f.code,
      ...(description ? { codeDescription: description } : {}),
      source: 'copydesk',
      message: f.message,
      relatedInformation: f.related.map((r) => ({ location: { uri: r.uri, range: positions.range(r.uri, r.span) }, message: r.message })),
      data: { index },
    };
  });
}
