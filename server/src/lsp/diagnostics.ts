import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver';
import type { Finding, Severity } from '../corpus';
import type { Positions } from './convert';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/** Findings as LSP diagnostics, with related information pointing into the other articles. */
export function toDiagnostics(findings: readonly Finding[], positions: Positions): Diagnostic[] {
  return findings.map((f, index) => ({
    range: positions.range(f.uri, f.span),
    severity: SEVERITY[f.severity],
    code: f.code,
    source: 'copydesk',
    message: f.message,
    relatedInformation: f.related.map((r) => ({ location: { uri: r.uri, range: positions.range(r.uri, r.span) }, message: r.message })),
    data: { index },
  }));
}
