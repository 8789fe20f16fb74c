import type { EntityKind, Span } from '../model';
import type { Chunk } from './chunk';
import { judge, type Cues } from './evidence';
import { gazetteer, type Place } from './gazetteer';
import { ORG_WORDS, RANKS, TITLE_MODIFIERS, TITLES } from './lexicon';
import { isCommonWord, isGivenName } from './names';
import { isAcronym, type Word } from './words';

/** A name as found in one place, before the article's mentions are grouped into entities. */
export interface RawMention extends Span {
  /** As written, spaces collapsed, without honorifics. */
  readonly text: string;
  /** null: a capitalised word that only coreference can place (`Lavrov` after `Sergei Lavrov`). */
  readonly kind: EntityKind | null;
  /** How strongly the evidence says `kind`: 1 a name's shape, 2 a cue, 3 a gazetteer, a title, an honorific. */
  readonly weight: number;
  readonly words: readonly Word[];
  /** A title written in front of the name inside the capitalised run (`Russian Foreign Minister`). */
  readonly title: Span | null;
  readonly place?: Place;
  readonly evidence: string;
  /** Names a place as a place (`in Moscow`, a dateline), not as its government (`Moscow said`). */
  readonly locative?: boolean;
  /** A capital acting as a government (`Tokyo released 5 billion yen`): it stands for its country even where the article never names it. */
  readonly governs?: boolean;
}

/** Reads one capitalised run: splits off titles and leading places, and decides what it names. */
export function classifyChunk(chunk: Chunk, cues: Cues, out: RawMention[]): void {
  let words: readonly Word[] = chunk.words;
  // "Russian Deputy Foreign Minister Gennady Gatilov": the title is a role, the rest the name.
  const t = lastTitle(words);
  // "Premier League", "General Motors": a title word inside an organisation's name.
  if (t >= 0 && words.slice(t + 1).some((w) => ORG_WORDS.has(w.lower)) && !words.slice(t + 1).some((w) => w.lower === 'of')) {
    judgeWords(words, chunk, cues, out, false);
    return;
  }
  if (t >= 0) {
    let nameFrom = t + 1;
    if (words[nameFrom]?.lower === 'of' && words.length - nameFrom >= 3) nameFrom += 2;
    const name = words.slice(nameFrom);
    // "Chief Operating Officer": all title, no name.
    if (name.some((w) => TITLES.has(w.lower))) {
      classifyRole(words, chunk, cues, out);
      return;
    }
    classifyRole(words.slice(0, nameFrom), chunk, cues, out);
    const role = { start: words[0]!.start, end: words[nameFrom - 1]!.end };
    if (name.length && name[0]!.capital && !name.some((w) => ORG_WORDS.has(w.lower))) {
      out.push(mention(cues.text, name, 'person', 3, 'after a title', role));
      return;
    }
    words = name;
    if (!words.length) return;
  } else if (words.some((w) => TITLES.has(w.lower)) && !words.some((w) => ORG_WORDS.has(w.lower)) && !isGivenName(words[0]!.text)) {
    // A title with no name after it ("UN Special Envoy", "Local Democracy Reporter"): only what qualifies it can be a name.
    classifyRole(words, chunk, cues, out);
    return;
  }
  // "Syria Staffan de Mistura": a place run into a name (but "US State Department" is one name).
  const g = gazetteer();
  if (words.length >= 3 && g.lookup(words[0]!.text) && !g.lookup(spanOf(words)) && !words.some((w) => ORG_WORDS.has(w.lower))) {
    judgeWords([words[0]!], chunk, cues, out, false);
    words = words.slice(1);
  }
  // "United Nations Headquarters" is a building of the United Nations.
  if (words.length >= 2 && /^(?:headquarters|hq)$/i.test(words[words.length - 1]!.text)) words = words.slice(0, -1);
  judgeWords(words, chunk, cues, out, chunk.honorific && words === chunk.words);
}

/** The part of a title before its head word may name an organisation or a place: `UN` in `UN Special Envoy`. */
function classifyRole(role: readonly Word[], chunk: Chunk, cues: Cues, out: RawMention[]): void {
  const first = role.findIndex((w) => TITLES.has(w.lower) || RANKS.has(w.text));
  let end = first < 0 ? role.length : first;
  while (end > 0 && TITLE_MODIFIERS.has(role[end - 1]!.lower)) end--;
  const head = role.slice(0, end);
  if (!head.length || head.some((w) => w.lower === 'of')) return;
  if (head.length === 1 && gazetteer().isDemonym(head[0]!.text)) return;
  // "Mining Minister Ximena Orellana": an English word before a title is the portfolio, not a body.
  if (head.length === 1 && isCommonWord(head[0]!.text) && !isAcronym(head[0]!.text)) return;
  judgeWords(head, chunk, cues, out, false);
}

function judgeWords(words: readonly Word[], chunk: Chunk, cues: Cues, out: RawMention[], honorific: boolean): void {
  if (!words.length) return;
  const v = judge(words, chunk, cues, honorific);
  if (!v) return;
  const m = mention(cues.text, words, v.kind, v.weight, v.evidence, null, v.place, v.locative);
  out.push(v.governs ? { ...m, governs: true } : m);
}

function spanOf(words: readonly Word[]): string {
  return words.map((w) => w.text).join(' ');
}

const ODD_SPACE = /[^\S ]| {2}/;

export function mention(
  text: string,
  words: readonly Word[],
  kind: EntityKind | null,
  weight: number,
  evidence: string,
  title: Span | null = null,
  place?: Place,
  locative?: boolean,
): RawMention {
  const start = words[0]!.start;
  const end = words[words.length - 1]!.end;
  const written = words.length === 1 ? words[0]!.text : text.slice(start, end);
  return {
    start, end, text: ODD_SPACE.test(written) ? written.replace(/\s+/g, ' ') : written, kind, weight, words, title, evidence,
    ...(place ? { place } : {}),
    ...(locative ? { locative } : {}),
  };
}

/** Index of the last title word followed by a name: `Minister` in `Russian Foreign Minister Sergei Lavrov`. */
function lastTitle(words: readonly Word[]): number {
  // `the General Data Protection Regulation`: a law's name, whatever title word opens it.
  if (words.length > 2 && /^(?:act|regulations?|directive)$/i.test(words[words.length - 1]!.text)) return -1;
  for (let i = words.length - 2; i >= 0; i--) {
    const w = words[i]!.lower;
    const title = TITLES.has(w) || RANKS.has(words[i]!.text);
    const next = words[i + 1]!.lower;
    if ((title && words[i + 1]!.capital && !TITLES.has(next) && !TITLE_MODIFIERS.has(next)) || (w === 'of' && i > 0 && TITLES.has(words[i - 1]!.lower))) {
      return title ? i : i - 1;
    }
  }
  return -1;
}

export { isAcronym };
