import type { Span } from '../../server/src/analysis/model';
import type { Desk, Finding } from '../../server/src/corpus';
import { foldKey } from '../../server/src/analysis/text/fold';
import { locate, overlap, type Gold } from './gold';
import { counts, ratio, type Counts, type Ratio } from './metrics';
import { mentionsOf } from '../../server/src/analysis/entities/mentionList';

export interface CorpusScore {
  corpus: string;
  articles: number;
  dates: Counts;
  dateValue: Ratio;
  entities: Counts;
  entityKind: Ratio;
  /** B-cubed sums over matched mentions: precision and recall totals and how many items. */
  cluster: { p: number; r: number; n: number };
  quotes: Counts;
  speaker: Ratio;
  scareTaken: Ratio;
  published: Ratio;
  byline: Ratio;
  expected: Ratio;
  unexpected: Ratio;
  /** Findings of the five checked codes that no `expected` entry asked for. */
  extra: number;
  notes: string[];
}

const CODES = new Set(['date-conflict', 'misquote', 'speaker-mismatch', 'name-variant', 'no-dateline']);

/** Scores one corpus: `desk` holds its articles under their file names. */
export function scoreCorpus(desk: Desk, gold: Gold): CorpusScore {
  const s: CorpusScore = {
    corpus: gold.corpus, articles: desk.size,
    dates: counts(), dateValue: ratio(), entities: counts(), entityKind: ratio(), cluster: { p: 0, r: 0, n: 0 },
    quotes: counts(), speaker: ratio(), scareTaken: ratio(), published: ratio(), byline: ratio(),
    expected: ratio(), unexpected: ratio(), extra: 0, notes: [],
  };
  const text = (doc: string) => desk.article(doc)?.text ?? '';
  for (const problem of checkGold(gold, text)) s.notes.push(`GOLD PROBLEM: ${problem}`);
  if (gold.documents) scoreHeaders(desk, gold, s);
  if (gold.dates) scoreDates(desk, gold, s, text);
  if (gold.entities) scoreEntities(desk, gold, s);
  if (gold.quotes) scoreQuotes(desk, gold, s, text);
  if (gold.expected || gold.unexpected) scoreDiagnostics(desk, gold, s, text);
  return s;
}

function scoreHeaders(desk: Desk, gold: Gold, s: CorpusScore): void {
  for (const [doc, g] of Object.entries(gold.documents!)) {
    const h = desk.article(doc)?.model.header;
    const published = h?.published?.value ?? null;
    const byline = h?.byline?.value ?? null;
    s.published.of++;
    if (published === g.published) s.published.right++;
    else s.notes.push(`header ${doc}: published ${published} (gold ${g.published})`);
    s.byline.of++;
    if ((byline ?? '').toLowerCase().trim() === (g.byline ?? '').toLowerCase().trim()) s.byline.right++;
    else s.notes.push(`header ${doc}: byline ${JSON.stringify(byline)} (gold ${JSON.stringify(g.byline)})`);
  }
}

function scoreDates(desk: Desk, gold: Gold, s: CorpusScore, text: (d: string) => string): void {
  const used = new Set<string>();
  for (const g of gold.dates!) {
    s.dates.gold++;
    const span = locate(text(g.doc), g.text, g.n);
    const dates = desk.article(g.doc)?.model.dates ?? [];
    const i = span ? dates.findIndex((d, k) => !used.has(`${g.doc}#${k}`) && overlap(d.span, span)) : -1;
    if (i < 0) {
      s.notes.push(`date missed ${g.doc}: "${g.text}" (${g.value})`);
      continue;
    }
    used.add(`${g.doc}#${i}`);
    s.dates.tp++;
    s.dateValue.of++;
    if (dates[i]!.value === g.value) s.dateValue.right++;
    else s.notes.push(`date value ${g.doc}: "${g.text}" → ${dates[i]!.value} (gold ${g.value}) — ${dates[i]!.resolution}`);
  }
  for (const doc of desk.uris()) {
    const dates = desk.article(doc)!.model.dates;
    s.dates.predicted += dates.length;
    dates.forEach((d, k) => used.has(`${doc}#${k}`) || s.notes.push(`date extra ${doc}: "${d.text}" → ${d.value}`));
  }
}

function scoreEntities(desk: Desk, gold: Gold, s: CorpusScore): void {
  // Surface forms are compared without a leading "the" and without honorifics: the model strips
  // them (as the seeds notes and issue 4 ask), while the desk gold lists a few with theirs.
  const norm = (t: string) => t.replace(/^the\s+/i, '').replace(/^(?:Mr|Mrs|Ms|Miss|Dr|Prof|Sir|Dame)\.?\s+(?=\p{Lu})/u, '');
  // Gold items: (doc, surface form) → entity id and kind.
  const goldItems = new Map<string, { id: string; kind: string }>();
  for (const [id, e] of Object.entries(gold.entities!)) {
    for (const [doc, forms] of Object.entries(e.mentions)) for (const f of forms) goldItems.set(`${doc}\u0000${norm(f)}`, { id, kind: e.kind });
  }
  const predicted = new Map<string, { cluster: string; kind: string }>();
  for (const doc of desk.uris()) {
    for (const e of desk.article(doc)!.model.entities) {
      const cluster = desk.registry.entityOf(doc, e.id)?.key ?? `${doc}#${e.id}`;
      for (const m of mentionsOf(e.mentions)) {
        const key = `${doc}\u0000${norm(m.text)}`;
        if (!predicted.has(key)) predicted.set(key, { cluster, kind: e.kind });
      }
    }
  }
  s.entities.gold += goldItems.size;
  s.entities.predicted += predicted.size;
  const matched: { gold: string; pred: string }[] = [];
  for (const [key, g] of goldItems) {
    const p = predicted.get(key);
    const [doc, form] = key.split('\u0000');
    if (!p) {
      s.notes.push(`entity missed ${doc}: "${form}" (${g.kind})`);
      continue;
    }
    s.entities.tp++;
    s.entityKind.of++;
    if (p.kind === g.kind) s.entityKind.right++;
    else s.notes.push(`entity kind ${doc}: "${form}" is ${p.kind} (gold ${g.kind})`);
    matched.push({ gold: g.id, pred: p.cluster });
  }
  for (const [key, p] of predicted) {
    if (!goldItems.has(key)) s.notes.push(`entity extra ${key.replace('\u0000', ': "')}" (${p.kind})`);
  }
  // B-cubed over matched items.
  for (const item of matched) {
    const samePred = matched.filter((m) => m.pred === item.pred);
    const sameGold = matched.filter((m) => m.gold === item.gold);
    const both = samePred.filter((m) => m.gold === item.gold).length;
    s.cluster.p += both / samePred.length;
    s.cluster.r += both / sameGold.length;
    s.cluster.n++;
  }
}

function scoreQuotes(desk: Desk, gold: Gold, s: CorpusScore, text: (d: string) => string): void {
  const used = new Set<string>();
  // The quotations scored: spoken turns only where the gold records turns (see `Gold`).
  const scored = (doc: string) => (desk.article(doc)?.model.quotes ?? []).filter((q) => !q.spoken || gold.transcriptTurns === 'quotations');
  const goldForms = (id: string, doc: string): string[] => {
    const e = gold.entities?.[id];
    if (!e) return [];
    return [...(e.mentions[doc] ?? []), ...Object.values(e.mentions).flat(), e.name];
  };
  for (const g of gold.quotes!) {
    s.quotes.gold++;
    const at = locate(text(g.doc), g.text, g.n);
    const article = desk.article(g.doc);
    const quotes = scored(g.doc);
    const i = at ? quotes.findIndex((q) => !used.has(`${g.doc}#${q.id}`) && q.parts.some((p) => overlap(p, at))) : -1;
    if (i < 0) {
      s.notes.push(`quote missed ${g.doc}: "${g.text}"`);
      continue;
    }
    const q = quotes[i]!;
    used.add(`${g.doc}#${q.id}`);
    s.quotes.tp++;
    s.speaker.of++;
    const sp = q.speaker;
    let right = false;
    if (g.speaker === null) right = sp === null;
    else if (g.speaker.startsWith('@')) {
      const a = plain(g.speaker.slice(1));
      const b = plain(sp?.text ?? '');
      right = !!b && (a.includes(b) || b.includes(a));
    } else if (sp) {
      const forms = goldForms(g.speaker, g.doc).map(foldKey);
      const entity = sp.entity ? article!.model.entities.find((e) => e.id === sp.entity) : undefined;
      const mine = [sp.text, ...(entity ? mentionsOf(entity.mentions).map((m) => m.text) : [])].map(foldKey);
      right = mine.some((m) => forms.some((f) => f === m || (m.length > 3 && f.includes(m)) || (f.length > 3 && m.includes(f))));
    }
    if (right) s.speaker.right++;
    else s.notes.push(`quote speaker ${g.doc}: "${g.text}" → ${sp ? `${sp.text} (${sp.how})` : 'null'} (gold ${g.speaker})`);
  }
  for (const doc of desk.uris()) {
    const quotes = scored(doc);
    s.quotes.predicted += quotes.length;
    for (const q of quotes) if (!used.has(`${doc}#${q.id}`)) s.notes.push(`quote extra ${doc}: "${q.text.slice(0, 50)}"`);
  }
  for (const nq of gold.notQuotes ?? []) {
    const at = locate(text(nq.doc), nq.text, nq.n);
    s.scareTaken.of++;
    // Taken when a quotation covers most of the marked words (a quote nested inside them is not).
    const covered = (p: Span) => Math.min(p.end, at!.end) - Math.max(p.start, at!.start);
    // A spoken turn around the marks is the speaker's words, not the marks taken for a quotation.
    const taken = !!at && (desk.article(nq.doc)?.model.quotes ?? []).some((q) => !q.spoken && q.parts.some((p) => covered(p) >= 0.8 * (at.end - at.start)));
    if (taken) {
      s.scareTaken.right++;
      s.notes.push(`scare quote taken ${nq.doc}: "${nq.text}"`);
    }
  }
}

function plain(t: string): string {
  return foldKey(t).replace(/^(?:a|an|the) /, '');
}

function scoreDiagnostics(desk: Desk, gold: Gold, s: CorpusScore, text: (d: string) => string): void {
  const findings: Finding[] = desk.uris().flatMap((u) => desk.findings(u)).filter((f) => CODES.has(f.code));
  const hit = new Set<Finding>();
  const spanOf = (doc: string, t: string | undefined, n?: number): Span | null => (t ? locate(text(doc), t, n) : null);

  // The quotation a finding is about (its span or its speaker's), and the gold entries naming it.
  const goldQuoteAt = (f: Finding) => {
    const q = desk.article(f.uri)?.model.quotes.find((x) => overlap(x.span, f.span) || (x.speaker?.span && overlap(x.speaker.span, f.span)));
    if (!q) return [];
    return (gold.quotes ?? []).filter((g) => g.doc === f.uri && (() => {
      const at = locate(text(g.doc), g.text, g.n);
      return !!at && q.parts.some((p) => overlap(p, at));
    })());
  };
  const goldDatesAt = (f: Finding) => (gold.dates ?? []).filter((g) => g.doc === f.uri && (() => {
    const at = locate(text(g.doc), g.text, g.n);
    return !!at && overlap(at, f.span);
  })());

  for (const e of gold.expected ?? []) {
    s.expected.of++;
    const at = e.doc ? spanOf(e.doc, e.code === 'no-dateline' ? undefined : e.text, e.n) : null;
    const found = findings.find((f) => f.code === e.code && f.uri === e.doc && (!at || overlap(f.span, at)));
    if (found) {
      s.expected.right++;
      hit.add(found);
    } else s.notes.push(`expected ${e.code} not raised: ${e.doc} "${e.text ?? ''}"`);
  }
  for (const u of gold.unexpected ?? []) {
    s.unexpected.of++;
    const raised = findings.find((f) => {
      if (f.code !== u.code) return false;
      if (u.doc && u.doc !== f.uri) return false;
      if (u.doc && u.text) {
        const at = spanOf(u.doc, u.text, u.n);
        const q = desk.article(f.uri)?.model.quotes.find((x) => at && x.parts.some((p) => overlap(p, at)));
        return !!at && (overlap(f.span, at) || (!!q && (overlap(f.span, q.span) || (!!q.speaker?.span && overlap(f.span, q.speaker.span)))));
      }
      if (u.event) return goldDatesAt(f).some((g) => g.event === u.event);
      if (u.group) return goldQuoteAt(f).some((g) => g.group === u.group);
      return !u.doc || f.uri === u.doc;
    });
    if (raised) {
      s.unexpected.right++;
      s.notes.push(`unexpected ${u.code} raised: ${raised.uri} "${text(raised.uri).slice(raised.span.start, raised.span.end).slice(0, 40)}" — ${u.why ?? ''}`);
    }
  }
  for (const f of findings) {
    if (hit.has(f)) continue;
    s.extra++;
    s.notes.push(`other ${f.code} raised: ${f.uri} "${text(f.uri).slice(f.span.start, f.span.end).slice(0, 40)}" — ${f.message.slice(0, 160)}`);
  }
}

/** Gold entries that cannot be located are a broken gold file, not a miss: say so. */
function checkGold(gold: Gold, text: (doc: string) => string): string[] {
  const out: string[] = [];
  const check = (doc: string | undefined, t: string | undefined, n: number | undefined, what: string) => {
    if (!doc || !t) return;
    if (!text(doc)) out.push(`${what}: document ${doc} not found`);
    else if (!locate(text(doc), t, n)) out.push(`${what}: "${t}"${n ? ` (n=${n})` : ''} not found in ${doc}`);
  };
  for (const d of gold.dates ?? []) check(d.doc, d.text, d.n, 'date');
  for (const q of gold.quotes ?? []) check(q.doc, q.text, q.n, 'quote');
  for (const q of gold.notQuotes ?? []) check(q.doc, q.text, q.n, 'notQuote');
  for (const e of gold.expected ?? []) if (e.code !== 'no-dateline') check(e.doc, e.text, e.n, 'expected');
  for (const [id, e] of Object.entries(gold.entities ?? {})) for (const [doc, forms] of Object.entries(e.mentions)) for (const f of forms) check(doc, f, 1, `entity ${id}`);
  return out;
}
