import type { ArticleEntity, ArticleHeader, NameMention, Role, Sentence } from '../model';
import { toMentionList } from './mentionList';
import { findChunks, isAllCaps, isTitleCase, type Chunk } from './chunk';
import { classifyChunk, type RawMention } from './classify';
import { expandCompounds } from './compound';
import { groupMentions, partsOf, type DraftEntity } from './coref';
import type { Cues } from './evidence';
import { headerNames, learnFromBody, matchHeading } from './known';
import { LABEL_LINE } from './lexicon';
import { rolesAt } from './roles';
import { splitWords, type Word } from './words';

type Mode = 'prose' | 'title' | 'caps' | 'label';

/** People, organisations and places the article names, each with its mentions and roles. */
export function extractEntities(text: string, sentences: readonly Sentence[], header: ArticleHeader | null = null): ArticleEntity[] {
  const { known, mentions: raw, skip } = headerNames(text, header);
  const cues: Cues = { text, known, dateline: header?.dateline?.span ?? null };
  const headings: { words: readonly Word[]; mode: Mode }[] = [];
  // Each sentence's words, split once: roles read them again below.
  const split = new Map<Sentence, readonly Word[]>();
  for (const s of sentences) {
    const plain = splitWords(text, s.span.start, s.span.end);
    split.set(s, plain);
    const words = expandCompounds(plain, text);
    let chrome = false;
    for (const segment of segments(words)) {
      // A line of share buttons is split at its bars: the line's first part says what it is.
      if (segment[0] === words[0] || segment[0]!.newline) chrome = CHROME_OPENER.test(segment[0]!.text) && isChrome(lineFrom(words, segment[0]!));
      if (chrome) continue;
      const last = segment[segment.length - 1]!;
      const span = { start: segment[0]!.start, end: last.end + last.trail.length };
      const mode: Mode = isLabel(text, segment) ? 'label' : isAllCaps(text, segment) ? 'caps' : isTitleCase(text, span, segment) ? 'title' : 'prose';
      if (mode === 'prose') for (const chunk of findChunks(segment, false)) classifyChunk(chunk, cues, raw);
      else headings.push({ words: segment, mode });
    }
  }
  // Headlines, mastheads, credits and tag lists capitalise everything: there only names the body,
  // the header or the gazetteer vouch for count (and acronyms, in a headline).
  const body = learnFromBody(raw, known);
  for (const h of headings) {
    for (const chunk of findChunks(h.words, false)) matchHeading(chunk, h.mode === 'title', { ...cues, known: body }, raw);
  }
  const wordsOf = (s: Sentence) => {
    let w = split.get(s);
    if (!w) split.set(s, (w = splitWords(text, s.span.start, s.span.end)));
    return w;
  };
  const kept = skip.length ? raw.filter((m) => !skip.some((d) => m.start < d.end && m.end > d.start)) : raw;
  return groupMentions(withoutOverlaps(kept), text).map((e, i) => toEntity(text, sentences, e, i, wordsOf));
}

/** Parts of a sentence a masthead separates with `|` or a line break: `Posted on 7 March by Clara Fuentes | Filed under: Floods`. */
function segments(words: readonly Word[]): (readonly Word[])[] {
  if (!words.some((w, i) => i > 0 && (w.newline || w.lead.includes('|')))) return words.length ? [words] : [];
  const out: Word[][] = [];
  let current: Word[] = [];
  for (const w of words) {
    if (current.length && (w.newline || w.lead.includes('|'))) {
      out.push(current);
      current = [];
    }
    current.push(w);
  }
  if (current.length) out.push(current);
  return out;
}

/** `Tags: Norvald, Serbia`, `Filed under: Floods, Spain`, `- in World Media`: topics, not prose. */
const LABEL_WORDS = new Set(['tags', 'tag', 'filed', 'category', 'categories', 'topic', 'topics', 'posted', 'section', 'sections', 'in']);

function isLabel(text: string, segment: readonly Word[]): boolean {
  if (segment.length > 12 || !LABEL_WORDS.has(segment[0]!.lower)) return false;
  const bullet = /[-•*·]/.test(segment[0]!.lead) ? '- ' : '';
  return LABEL_LINE.test(bullet + text.slice(segment[0]!.start, segment[segment.length - 1]!.end));
}

/**
 * Web chrome: `Share: Facebook | X | WhatsApp | Email`, `Share on Facebook | Share on X`, `**Share
 * this post:** [X](...) · [Facebook](...)`, `Share · Post · Copy link`. The buttons name the
 * platforms, not anything the article is about.
 */
function lineFrom(words: readonly Word[], first: Word): readonly Word[] {
  const at = words.indexOf(first);
  let end = at + 1;
  while (end < words.length && !words[end]!.newline) end++;
  return words.slice(at, end);
}

/** The first word of a line of chrome (tested before the line is cut out of its sentence). */
const CHROME_OPENER = /^(?:share|follow)$/i;

function isChrome(words: readonly Word[]): boolean {
  const first = words[0];
  if (!first || words.length > 24 || !CHROME_OPENER.test(first.text)) return false;
  const second = words[1]?.lower ?? '';
  return first.trail.startsWith(':') || ['on', 'this', 'via', 'us'].includes(second) || words.some((w) => /[|·•]/.test(w.lead + w.text + w.trail));
}

/** The same name found twice (by the header and in its line): the stronger reading stays. */
function withoutOverlaps(raw: RawMention[]): RawMention[] {
  raw.sort((a, b) => a.start - b.start || b.weight - a.weight || b.end - a.end);
  const out: RawMention[] = [];
  for (const m of raw) {
    const prev = out[out.length - 1];
    if (prev && m.start < prev.end) {
      if (m.weight > prev.weight) out[out.length - 1] = m;
      continue;
    }
    out.push(m);
  }
  return out;
}

function toEntity(text: string, sentences: readonly Sentence[], e: DraftEntity, i: number, wordsOf: (s: Sentence) => readonly Word[]): ArticleEntity {
  const name = fullestName(e);
  const mentions: NameMention[] = e.mentions.map((m) => {
    const metonym = !!e.metonyms?.has(m);
    const full = !metonym && (e.kind === 'person' ? partsOf(m.text).words >= 2 : m.text === name);
    return { span: { start: m.start, end: m.end }, text: m.text, full, ...(metonym ? { metonym } : {}) };
  });
  const roles: Role[] = [];
  if (e.kind === 'person') {
    for (const m of e.mentions) {
      for (const r of rolesAt(text, sentences, m, m.title, wordsOf)) if (!roles.some((x) => x.text === r.text)) roles.push(r);
    }
  }
  return { id: `e${i}`, kind: e.kind, name, mentions: toMentionList(mentions), roles };
}

function fullestName(e: DraftEntity): string {
  const named = e.mentions.filter((m) => !e.metonyms?.has(m));
  if (!named.length && e.country) return e.country;
  let best = (named[0] ?? e.mentions[0]!).text;
  for (const m of named) {
    const words = e.kind === 'person' ? partsOf(m.text).words : m.text.length;
    const bestWords = e.kind === 'person' ? partsOf(best).words : best.length;
    if (words > bestWords) best = m.text;
  }
  return best;
}

export type { Chunk };
