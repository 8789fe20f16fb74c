import type { ArticleEntity, NameMention, Role, Sentence } from '../model';
import { foldKey } from '../text/fold';
import { findChunks, isTitleCase, type Chunk } from './chunk';
import { classifyChunk, isAcronym, type RawMention } from './classify';
import { gazetteer } from './gazetteer';
import { NOT_NAMES } from './lexicon';
import { groupMentions, nameWords, type DraftEntity } from './coref';
import { rolesAt } from './roles';

/** People, organisations and places the article names, each with its mentions and roles. */
export function extractEntities(text: string, sentences: readonly Sentence[]): ArticleEntity[] {
  const raw: RawMention[] = [];
  const titled: Sentence[] = [];
  for (const s of sentences) {
    if (isTitleCase(text, s.span)) titled.push(s);
    else for (const chunk of findChunks(text, s.span, false)) classifyChunk(chunk, raw);
  }
  // In Title Case lines every word is capitalised, so only names known from the body, the
  // gazetteer or acronyms count there.
  const known = new Set(raw.filter((m) => m.kind).map((m) => foldKey(m.text)));
  for (const s of titled) {
    for (const chunk of findChunks(text, s.span, true)) matchKnown(chunk, known, raw);
  }
  raw.sort((a, b) => a.start - b.start);
  return groupMentions(raw).map((e, i) => toEntity(text, sentences, e, i));
}

function matchKnown(chunk: Chunk, known: ReadonlySet<string>, out: RawMention[]): void {
  const words = chunk.words;
  for (let i = 0; i < words.length; ) {
    let matched = 0;
    for (let j = words.length; j > i; j--) {
      const run = words.slice(i, j);
      const key = foldKey(run.map((w) => w.text).join(' '));
      const single = j - i === 1 ? run[0]!.text : '';
      const acronym = single && isAcronym(single) && !NOT_NAMES.has(single.toLowerCase());
      if (known.has(key) || gazetteer().lookup(key) || acronym) {
        classifyChunk({ ...chunk, start: run[0]!.start, end: run[j - i - 1]!.end, words: run, honorific: false }, out);
        matched = j - i;
        break;
      }
    }
    i += matched || 1;
  }
}

function toEntity(text: string, sentences: readonly Sentence[], e: DraftEntity, i: number): ArticleEntity {
  const name = fullestName(e);
  const mentions: NameMention[] = e.mentions.map((m) => ({
    span: { start: m.start, end: m.end },
    text: m.text,
    full: e.kind === 'person' ? nameWords(m.text).length >= 2 : m.text === name,
  }));
  const roles: Role[] = [];
  if (e.kind === 'person') {
    for (const m of e.mentions) {
      for (const r of rolesAt(text, sentences, m, m.title)) if (!roles.some((x) => x.text === r.text)) roles.push(r);
    }
  }
  return { id: `e${i}`, kind: e.kind, name, mentions, roles };
}

function fullestName(e: DraftEntity): string {
  let best = e.mentions[0]!.text;
  for (const m of e.mentions) {
    const words = e.kind === 'person' ? nameWords(m.text).length : m.text.length;
    const bestWords = e.kind === 'person' ? nameWords(best).length : best.length;
    if (words > bestWords) best = m.text;
  }
  return best;
}
