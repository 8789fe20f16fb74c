import { DiagnosticSeverity, type Diagnostic, type Location, type Range } from 'vscode-languageserver';
import type { Severity } from '../corpus';
import { archiveUri, describeArchived, type Archive, type ArchivedRange } from '../corpus/archive';
import { archivedCarriers, archivedEntities, archivedSameEvents, archivedSource, type ArchiveFinding } from '../service/archive';
import { targetAt } from '../service/locate';
import type { ServerContext } from './context';
import { escapeMarkdown as esc, placeLink } from './markdown';

const SHOWN = 5;
const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error, warning: DiagnosticSeverity.Warning, information: DiagnosticSeverity.Information, hint: DiagnosticSeverity.Hint,
};

const link = (label: string, uri: string, r: ArchivedRange) => placeLink(label, uri, r.start.line, r.start.character);
const toRange = (r: ArchivedRange): Range => ({ start: { ...r.start }, end: { ...r.end } });

/** Markdown lines about the name, date or quotation under the cursor, from the archive; every one says so. */
export async function archiveHoverLines(ctx: ServerContext, archive: Archive, uri: string, offset: number, known: ReadonlySet<string>): Promise<{ lines: string[]; range: Range } | null> {
  const article = ctx.desk.article(uri);
  const target = article && targetAt(article, offset);
  if (!target) return null;
  const lines: string[] = [];
  let span = { start: offset, end: offset };
  if (target.kind === 'quote') {
    span = target.quote.span;
    const carriers = await archivedCarriers(archive, ctx.desk, uri, target.quote, known);
    const source = archivedSource(ctx.desk, uri, target.quote, carriers);
    if (source) lines.push(`**Archive — first ran in** ${link(source.label, source.uri, source.quote.range)}${source.alignment.changes.length ? ' (worded differently there)' : ''}`);
    if (carriers.length) {
      lines.push('', `**Archive — carried by ${carriers.length}${carriers.length >= 20 ? '+' : ''} archived ${carriers.length === 1 ? 'article' : 'articles'}:** ` +
        carriers.slice(0, SHOWN).map((c) => link(c.label, c.uri, c.quote.range)).join(' · '));
    }
  } else if (target.kind === 'entity') {
    span = target.mention.span;
    const we = ctx.desk.registry.entityOf(uri, target.entity.id);
    const records = await archivedEntities(archive, we?.name ?? target.entity.name, known);
    if (records.length) {
      lines.push(`**Archive — named in ${records.length}${records.length >= 50 ? '+' : ''} archived ${records.length === 1 ? 'article' : 'articles'}**, newest: ` +
        records.slice(0, SHOWN).map((r) => link(describeArchived(r.article), archiveUri(r.article), r.range)).join(' · '));
      const roles = new Map<string, (typeof records)[number]>();
      for (const r of records) for (const role of r.roles) if (!roles.has(role.text.toLowerCase())) roles.set(role.text.toLowerCase(), r);
      const shown = [...roles].slice(0, SHOWN);
      if (shown.length) lines.push('', '**Archive — roles**');
      for (const [, r] of shown) {
        const role = r.roles.find((x) => roles.get(x.text.toLowerCase()) === r)!;
        lines.push(`- ${esc(role.text)} — “${esc(role.sentence)}” (${link(describeArchived(r.article), archiveUri(r.article), r.range)})`);
      }
    }
  } else {
    span = target.date.span;
    const eventId = target.date.event;
    const others = eventId ? await archivedSameEvents(archive, ctx.desk, uri, eventId, known) : [];
    const mine = target.date.range;
    if (others.length) lines.push('**Archive — other sources**');
    for (const o of others.slice(0, SHOWN)) {
      const agrees = !!mine && !(o.last < mine.first || o.first > mine.last);
      lines.push(`- ${agrees ? '✓' : '⚠'} “${esc(o.dateText.trim())}” → ${esc(o.value ?? o.first)} (${link(describeArchived(o.article), archiveUri(o.article), o.range)})`);
    }
  }
  return lines.length ? { lines, range: ctx.positions.range(uri, span) } : null;
}

/** Archived places for go to definition (an earlier source) or find references (archived carriers, archived mentions). */
export async function archiveLocations(ctx: ServerContext, archive: Archive, uri: string, offset: number, known: ReadonlySet<string>, what: 'definition' | 'references'): Promise<Location[]> {
  const article = ctx.desk.article(uri);
  const target = article && targetAt(article, offset);
  if (!target) return [];
  if (target.kind === 'quote') {
    const carriers = await archivedCarriers(archive, ctx.desk, uri, target.quote, known);
    if (what === 'references') return carriers.map((c) => ({ uri: c.uri, range: toRange(c.quote.range) }));
    const source = archivedSource(ctx.desk, uri, target.quote, carriers);
    return source ? [{ uri: source.uri, range: toRange(source.quote.range) }] : [];
  }
  if (target.kind === 'entity' && what === 'references') {
    const we = ctx.desk.registry.entityOf(uri, target.entity.id);
    return (await archivedEntities(archive, we?.name ?? target.entity.name, known)).map((r) => ({ uri: archiveUri(r.article), range: toRange(r.range) }));
  }
  return [];
}

/** Archive findings as diagnostics of the workspace article, with related places in the archived ones. */
export function toArchiveDiagnostics(ctx: ServerContext, uri: string, found: readonly ArchiveFinding[]): Diagnostic[] {
  return found.flatMap((f) => {
    const severity = ctx.desk.settings.severity[f.code];
    if (severity === 'off') return [];
    return [{
      range: ctx.positions.range(uri, f.span),
      severity: SEVERITY[severity],
      code: f.code,
      source: 'copydesk (archive)',
      message: f.message,
      relatedInformation: f.related.map((r) => ({ location: { uri: r.uri, range: toRange(r.range) }, message: r.message })),
      data: { archive: true },
    }];
  });
}
