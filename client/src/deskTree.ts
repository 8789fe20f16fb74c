/**
 * The Desk view's tree, built from the server's answers as plain data (no `vscode` import, so it is
 * unit-tested): people and organisations with mention counts, expanding to their mentions, and
 * quotations grouped by the article they come from, expanding to every article carrying them.
 */
import type { CitationParts } from './citation';
import type { ArticleInfo, DeskResult, Mention, Place } from './protocol';

export type DeskIcon = 'person' | 'organization' | 'quote' | 'file' | 'mention' | 'folder';

export interface DeskNode {
  /** Unique in the tree and stable across refreshes, so expanded items stay expanded. */
  readonly id: string;
  readonly kind: 'section' | 'entity' | 'mention' | 'source' | 'quote' | 'carrier';
  readonly label: string;
  readonly description?: string;
  readonly tooltip?: string;
  readonly icon: DeskIcon;
  /** Where a click goes. */
  readonly place?: Place;
  /** Children known now; `entityKey` nodes ask the server for theirs when expanded. */
  readonly children?: readonly DeskNode[];
  readonly entityKey?: string;
  /** On quotation nodes: what "Copy Citation" copies. */
  readonly citation?: CitationParts;
}

/** How the adapter names a URI for people (`folder/file.txt` in a multi-root workspace). */
export type PathOf = (uri: string) => string;

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** One line, at most `max` characters: tree labels are single lines. */
export function oneLine(text: string, max = 80): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length > max ? `${t.slice(0, max - 1).trimEnd()}…` : t;
}

const shortName = (a: ArticleInfo, pathOf: PathOf) => a.outlet ?? pathOf(a.uri);

export function deskNodes(data: DeskResult, pathOf: PathOf): DeskNode[] {
  const entity = (kind: 'person' | 'organization') => data.entities
    .filter((e) => e.kind === kind)
    .map((e): DeskNode => ({
      id: `entity:${e.key}`,
      kind: 'entity',
      label: e.name,
      description: `${plural(e.mentions, 'mention')} · ${plural(e.articles, 'article')}`,
      tooltip: e.spellings.length > 1 ? `${e.name}\nSpelled: ${e.spellings.join(', ')}` : e.name,
      icon: kind,
      entityKey: e.key,
    }));
  const people = entity('person');
  const organisations = entity('organization');
  const sources = data.quoteGroups.map((g): DeskNode => ({
    id: `source:${g.source.uri}`,
    kind: 'source',
    label: shortName(g.source, pathOf),
    description: plural(g.quotes.length, 'quotation'),
    tooltip: `${g.source.article}\n${pathOf(g.source.uri)}`,
    icon: 'file',
    children: g.quotes.map((q, i): DeskNode => {
      const others = q.carriers.filter((c) => c.uri !== g.source.uri).length;
      return {
        id: `quote:${g.source.uri}:${q.range.start.line}:${q.range.start.character}:${i}`,
        kind: 'quote',
        label: `“${oneLine(q.text, 70)}”`,
        description: [q.speaker, others ? `also in ${plural(others, 'article')}` : 'only here'].filter(Boolean).join(' · '),
        tooltip: `“${oneLine(q.text, 400)}”${q.speaker ? `\n— ${q.speaker}` : ''}\nSource: ${g.source.article}`,
        icon: 'quote',
        place: { uri: g.source.uri, range: q.range },
        citation: { text: q.text, speaker: q.speaker, outlet: g.source.outlet, published: g.source.published },
        children: q.carriers.map((c): DeskNode => ({
          id: `carrier:${c.uri}:${c.range.start.line}:${c.range.start.character}`,
          kind: 'carrier',
          label: shortName(c, pathOf),
          description: `${c.uri === g.source.uri ? 'source · ' : ''}line ${c.range.start.line + 1}${c.speaker ? ` · ${c.speaker}` : ''}`,
          tooltip: `${c.article}\n“${oneLine(c.text, 400)}”`,
          icon: 'mention',
          place: { uri: c.uri, range: c.range },
        })),
      };
    }),
  }));
  const quoteCount = data.quoteGroups.reduce((n, g) => n + g.quotes.length, 0);
  return [
    { id: 'section:people', kind: 'section', label: 'People', description: String(people.length), icon: 'folder', children: people },
    { id: 'section:organisations', kind: 'section', label: 'Organisations', description: String(organisations.length), icon: 'folder', children: organisations },
    { id: 'section:quotations', kind: 'section', label: 'Quotations by source', description: String(quoteCount), icon: 'folder', children: sources },
  ];
}

/** An entity's mentions, each opening its place. */
export function mentionNodes(entityKey: string, mentions: readonly Mention[], pathOf: PathOf): DeskNode[] {
  return mentions.map((m) => ({
    id: `mention:${entityKey}:${m.uri}:${m.range.start.line}:${m.range.start.character}`,
    kind: 'mention',
    label: `${shortName(m, pathOf)}:${m.range.start.line + 1}`,
    description: oneLine(m.sentence, 120),
    tooltip: `${m.article}\n${m.sentence}`,
    icon: 'mention',
    place: { uri: m.uri, range: m.range },
  }));
}
