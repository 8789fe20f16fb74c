import { mentionsOf } from '../analysis/entities/mentionList';
import anyAscii from 'any-ascii';
import type { Span } from '../analysis/model';
import { sourceOf, type Desk, type Finding } from '../corpus';

/** The JSON report of `copydesk check --format json`: a public contract (fields are added, never renamed). */
export interface Report {
  readonly version: 1;
  readonly documents: { path: string; published: string | null; headline: string | null; byline: string | null; source: string | null }[];
  readonly entities: { id: string; kind: string; name: string; aliases: string[]; roles: { text: string; path: string }[]; mentions: ({ path: string; text: string } & Span)[] }[];
  readonly dates: ({ path: string; text: string; value: string | null; event: string | null; resolution: string } & Span)[];
  readonly events: { id: string; label: string; date: string | null }[];
  readonly quotes: ({ path: string; text: string; speaker: { entity: string | null; text: string } | null; group: string | null; source: ({ path: string } & Span) | null; fragment: boolean } & Span)[];
  readonly diagnostics: ({ path: string; severity: string; code: string; message: string; related: ({ path: string; message: string } & Span)[] } & Span)[];
}

const span = (s: Span): Span => ({ start: s.start, end: s.end });

function slug(name: string): string {
  return anyAscii(name).toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'entity';
}

function uniqueIds() {
  const used = new Map<string, number>();
  return (base: string) => {
    const n = (used.get(base) ?? 0) + 1;
    used.set(base, n);
    return n === 1 ? base : `${base}-${n}`;
  };
}

/** Builds the report for every article on the desk; `pathOf` turns a desk URI into the path printed. */
export function buildReport(desk: Desk, pathOf: (uri: string) => string): Report {
  const uris = desk.uris().sort((a, b) => (pathOf(a) < pathOf(b) ? -1 : pathOf(a) > pathOf(b) ? 1 : 0));
  const documents = uris.map((uri) => {
    const h = desk.article(uri)!.model.header;
    return { path: pathOf(uri), published: h.published?.value ?? null, headline: h.headline?.value ?? null, byline: h.byline?.value ?? null, source: h.source?.value ?? null };
  });

  const entityId = new Map<string, string>();
  const nextEntity = uniqueIds();
  const entities: Report['entities'] = desk.registry.all()
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .map((we) => {
      const id = nextEntity(slug(we.name));
      for (const m of we.members) entityId.set(`${m.uri}#${m.entity.id}`, id);
      const mentions = we.members.flatMap((m) => mentionsOf(m.entity.mentions).map((x) => ({ path: pathOf(m.uri), ...span(x.span), text: x.text })));
      const roles = we.members.flatMap((m) => m.entity.roles.map((r) => ({ text: r.text, path: pathOf(m.uri) })));
      return { id, kind: we.kind, name: we.name, aliases: [...new Set(mentions.map((m) => m.text))].filter((t) => t !== we.name).sort(), roles, mentions };
    });

  const eventId = eventClusters(desk);
  const events = new Map<string, { id: string; label: string; date: string | null; votes: Map<string, number> }>();
  const dates: Report['dates'] = [];
  for (const uri of uris) {
    const m = desk.article(uri)!.model;
    for (const d of m.dates) {
      const id = d.event ? eventId.get(`${uri}#${d.event}`) ?? null : null;
      dates.push({ path: pathOf(uri), ...span(d.span), text: d.text, value: d.value, event: id, resolution: d.resolution });
      if (id && d.event) {
        const e = m.events.find((x) => x.id === d.event)!;
        const rec = events.get(id) ?? { id, label: `${e.kind} (“${e.trigger.value}”)`, date: null, votes: new Map() };
        if (d.value) rec.votes.set(d.value, (rec.votes.get(d.value) ?? 0) + 1);
        events.set(id, rec);
      }
    }
  }

  const groupId = quoteGroups(desk);
  const quotes: Report['quotes'] = uris.flatMap((uri) =>
    desk.article(uri)!.model.quotes.map((q) => {
      const hasIndex = desk.quotes.has(uri, q.id);
      const src = hasIndex ? sourceOf(desk, uri, q).ref : null;
      return {
        path: pathOf(uri), ...span(q.span), text: q.text, fragment: q.fragment,
        speaker: q.speaker ? { entity: q.speaker.entity ? entityId.get(`${uri}#${q.speaker.entity}`) ?? null : null, text: q.speaker.text } : null,
        group: groupId.get(`${uri}#${q.id}`) ?? null,
        source: src ? { path: pathOf(src.uri), ...span(src.quote.span) } : null,
      };
    }),
  );

  const diagnostics: Report['diagnostics'] = uris.flatMap((uri) => desk.findings(uri).map((f) => toDiagnostic(f, pathOf)));
  return {
    version: 1,
    documents,
    entities,
    dates,
    events: [...events.values()].map(({ id, label, votes }) => ({ id, label, date: [...votes].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null })),
    quotes,
    diagnostics,
  };
}

function toDiagnostic(f: Finding, pathOf: (uri: string) => string): Report['diagnostics'][number] {
  return {
    path: pathOf(f.uri), ...span(f.span), severity: f.severity, code: f.code, message: f.message,
    related: f.related.map((r) => ({ path: pathOf(r.uri), ...span(r.span), message: r.message })),
  };
}

/** Connected groups of "the same happening" across articles: `ev-1`, `ev-2`... */
function eventClusters(desk: Desk): Map<string, string> {
  const parent = new Map<string, string>();
  const find = (k: string): string => {
    let p = parent.get(k) ?? k;
    while (p !== (parent.get(p) ?? p)) p = parent.get(p) ?? p;
    parent.set(k, p);
    return p;
  };
  const keys: string[] = [];
  for (const uri of desk.uris().sort()) {
    for (const e of desk.article(uri)!.model.events) {
      const k = `${uri}#${e.id}`;
      keys.push(k);
      for (const o of desk.events.sameEvent(uri, e.id)) parent.set(find(`${o.uri}#${o.event.id}`), find(k));
    }
  }
  const ids = new Map<string, string>();
  const roots = new Map<string, string>();
  for (const k of keys) {
    const r = find(k);
    if (!roots.has(r)) roots.set(r, `ev-${roots.size + 1}`);
    ids.set(k, roots.get(r)!);
  }
  return ids;
}

/** Connected groups of the same quoted words across articles (only quotations found elsewhere get one). */
function quoteGroups(desk: Desk): Map<string, string> {
  const parent = new Map<string, string>();
  const find = (k: string): string => {
    while (parent.has(k) && parent.get(k) !== k) k = parent.get(k)!;
    return k;
  };
  for (const ref of desk.quotes.all()) {
    const k = `${ref.uri}#${ref.quote.id}`;
    for (const m of desk.quotes.matches(ref.uri, ref.quote.id)) {
      const a = find(k);
      const b = find(`${m.other.uri}#${m.other.quote.id}`);
      if (a !== b) parent.set(b, a);
      if (!parent.has(a)) parent.set(a, a);
    }
  }
  const ids = new Map<string, string>();
  const names = new Map<string, string>();
  for (const k of [...parent.keys()].sort()) {
    const r = find(k);
    if (!names.has(r)) names.set(r, `quote-${names.size + 1}`);
    ids.set(k, names.get(r)!);
  }
  return ids;
}
