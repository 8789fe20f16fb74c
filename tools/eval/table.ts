import { addRatio, add, f1, precision, recall, value } from './metrics';
import type { CorpusScore } from './score';

/** The figures the README and CI read, by name (`dates.f1`...). */
export function figures(s: CorpusScore): Record<string, number> {
  return {
    'dates.precision': precision(s.dates),
    'dates.recall': recall(s.dates),
    'dates.f1': f1(s.dates),
    'dates.value': value(s.dateValue),
    'entities.precision': precision(s.entities),
    'entities.recall': recall(s.entities),
    'entities.f1': f1(s.entities),
    'entities.kind': value(s.entityKind),
    'entities.cluster_f1': s.cluster.n ? (2 * (s.cluster.p / s.cluster.n) * (s.cluster.r / s.cluster.n)) / ((s.cluster.p + s.cluster.r) / s.cluster.n || 1) : 1,
    'quotes.precision': precision(s.quotes),
    'quotes.recall': recall(s.quotes),
    'quotes.f1': f1(s.quotes),
    'quotes.speaker': value(s.speaker),
    'quotes.scare_taken': s.scareTaken.right,
    'header.published': value(s.published),
    'header.byline': value(s.byline),
    'diagnostics.expected_found': value(s.expected),
    'diagnostics.unexpected_raised': s.unexpected.right,
    'diagnostics.other_raised': s.extra,
  };
}

export function combine(corpus: string, scores: readonly CorpusScore[]): CorpusScore {
  return scores.reduce<CorpusScore>(
    (a, b) => ({
      corpus, articles: a.articles + b.articles,
      dates: add(a.dates, b.dates), dateValue: addRatio(a.dateValue, b.dateValue),
      entities: add(a.entities, b.entities), entityKind: addRatio(a.entityKind, b.entityKind),
      cluster: { p: a.cluster.p + b.cluster.p, r: a.cluster.r + b.cluster.r, n: a.cluster.n + b.cluster.n },
      quotes: add(a.quotes, b.quotes), speaker: addRatio(a.speaker, b.speaker), scareTaken: addRatio(a.scareTaken, b.scareTaken),
      published: addRatio(a.published, b.published), byline: addRatio(a.byline, b.byline),
      expected: addRatio(a.expected, b.expected), unexpected: addRatio(a.unexpected, b.unexpected),
      extra: a.extra + b.extra, notes: [],
    }),
    {
      corpus, articles: 0, dates: { tp: 0, predicted: 0, gold: 0 }, dateValue: { right: 0, of: 0 },
      entities: { tp: 0, predicted: 0, gold: 0 }, entityKind: { right: 0, of: 0 }, cluster: { p: 0, r: 0, n: 0 },
      quotes: { tp: 0, predicted: 0, gold: 0 }, speaker: { right: 0, of: 0 }, scareTaken: { right: 0, of: 0 },
      published: { right: 0, of: 0 }, byline: { right: 0, of: 0 }, expected: { right: 0, of: 0 }, unexpected: { right: 0, of: 0 },
      extra: 0, notes: [],
    },
  );
}

const pct = (n: number) => n.toFixed(2);

/** A plain-text table, one column per corpus and one for all together; also valid Markdown. */
export function renderTable(scores: readonly CorpusScore[]): string {
  const cols = scores.map((s) => `${s.corpus} (${s.articles})`);
  const rows: [string, (s: CorpusScore) => string][] = [
    ['dates: precision / recall / F1', (s) => `${pct(precision(s.dates))} / ${pct(recall(s.dates))} / ${pct(f1(s.dates))}`],
    ['dates: value accuracy', (s) => `${pct(value(s.dateValue))} (${s.dateValue.right}/${s.dateValue.of})`],
    ['entities: precision / recall / F1', (s) => `${pct(precision(s.entities))} / ${pct(recall(s.entities))} / ${pct(f1(s.entities))}`],
    ['entities: kind accuracy', (s) => `${pct(value(s.entityKind))} (${s.entityKind.right}/${s.entityKind.of})`],
    ['entities: cross-article clustering F1 (B³)', (s) => pct(figures(s)['entities.cluster_f1']!)],
    ['quotations: precision / recall / F1', (s) => `${pct(precision(s.quotes))} / ${pct(recall(s.quotes))} / ${pct(f1(s.quotes))}`],
    ['quotations: speaker accuracy', (s) => `${pct(value(s.speaker))} (${s.speaker.right}/${s.speaker.of})`],
    ['quotations: scare quotes/titles taken as quotes', (s) => `${s.scareTaken.right} of ${s.scareTaken.of}`],
    ['header: published date right', (s) => `${s.published.right}/${s.published.of}`],
    ['header: byline right', (s) => `${s.byline.right}/${s.byline.of}`],
    ['diagnostics: expected found', (s) => `${s.expected.right}/${s.expected.of}`],
    ['diagnostics: unexpected raised', (s) => `${s.unexpected.right}/${s.unexpected.of}`],
    ['diagnostics: other findings raised', (s) => String(s.extra)],
  ];
  const header = `| measure | ${cols.join(' | ')} |`;
  const rule = `|---|${cols.map(() => '---').join('|')}|`;
  return [header, rule, ...rows.map(([name, f]) => `| ${name} | ${scores.map(f).join(' | ')} |`)].join('\n');
}
