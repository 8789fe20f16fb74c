import type { EntityKind, Span } from '../model';
import type { Chunk } from './chunk';
import { gazetteer, type Place } from './gazetteer';
import { HONORIFICS, NOT_NAMES, ORG_WORDS, PLACE_WORDS, SPEECH_VERBS, TITLES } from './lexicon';
import type { Word } from './words';

/** A name as found in one place, before the article's mentions are grouped into entities. */
export interface RawMention extends Span {
  readonly text: string;
  /** null: a lone capitalised word that only coreference can place (`Lavrov` after `Sergei Lavrov`). */
  readonly kind: EntityKind | null;
  readonly words: readonly Word[];
  /** A title written in front of the name inside the capitalised run (`Russian Foreign Minister`). */
  readonly title: Span | null;
  readonly place?: Place;
  readonly evidence: string;
}

const LOCATIVE = new Set(['in', 'at', 'near', 'across', 'outside', 'inside', 'into', 'towards', 'toward', 'via', 'around', 'throughout']);
const ACRONYM = /^(?:(?:\p{Lu}\.){2,}|\p{Lu}[\p{Lu}\d]{1,5}|\p{Lu}\d{1,3})$/u;

export function isAcronym(word: string): boolean {
  return ACRONYM.test(word);
}

/** Reads one capitalised run: splits off titles and leading places, and decides what it names. */
export function classifyChunk(chunk: Chunk, out: RawMention[]): void {
  let words = chunk.words.flatMap(splitCompound);
  if (words.length === 0) return;

  // All-caps runs (mastheads, wire slugs): each word stands alone.
  if (words.length > 1 && words.every((w) => w.text === w.text.toUpperCase() && /\p{Lu}/u.test(w.text))) {
    for (const w of words) classifyWords([w], chunk, out, false);
    return;
  }
  // "Russian Deputy Foreign Minister Gennady Gatilov": the title is a role, the rest the name.
  const t = lastTitle(words);
  if (t >= 0) {
    let nameFrom = t + 1;
    if (words[nameFrom]?.text.toLowerCase() === 'of' && words.length - nameFrom >= 3) nameFrom += 2;
    const name = words.slice(nameFrom);
    const rolePart = words.slice(0, nameFrom);
    for (const sub of capitalRuns(rolePart)) classifyWords(sub, chunk, out, false, true);
    if (name.length && name[0]!.capital && !name.some((w) => ORG_WORDS.has(w.text.toLowerCase()))) {
      out.push(mention(name, 'person', 'after a title', { start: words[0]!.start, end: words[t]!.end }));
      return;
    }
    words = name;
    if (!words.length) return;
  }
  // "Syria Staffan de Mistura": a place run into a name.
  const g = gazetteer();
  if (words.length >= 3 && g.lookup(words[0]!.text) && !g.lookup(words.map((w) => w.text).join(' '))) {
    classifyWords([words[0]!], chunk, out, false);
    words = words.slice(1);
  }
  classifyWords(words, chunk, out, chunk.honorific);
}

function classifyWords(words: Word[], chunk: Chunk, out: RawMention[], honorific: boolean, inRole = false): void {
  if (!words.length) return;
  const lower = words.map((w) => w.text.toLowerCase());
  const last = lower[lower.length - 1]!;
  const g = gazetteer();
  const single = words.length === 1;

  const place = g.lookup(spanText(words));
  const shouting = single && words[0]!.text === words[0]!.text.toUpperCase();
  if (!(place && shouting)) {
    if (single && (NOT_NAMES.has(lower[0]!) || TITLES.has(lower[0]!) || HONORIFICS.has(lower[0]!))) return;
    if (single && g.isDemonym(lower[0]!) && !place) return;
  }

  if (place) return void out.push(mention(words, 'place', 'gazetteer', null, place));
  if (PLACE_WORDS.has(last) || PLACE_WORDS.has(lower[0]!) && !single && lower[0] !== 'state') {
    return void out.push(mention(words, 'place', 'place word'));
  }
  if (lower.some((w) => ORG_WORDS.has(w))) return void out.push(mention(words, 'organization', 'organisation word'));
  if (single && isAcronym(words[0]!.text)) return void out.push(mention(words, 'organization', 'acronym'));
  if (inRole) return;
  if (honorific) return void out.push(mention(words, 'person', 'honorific'));
  const after = chunk.after;
  if (PLACE_WORDS.has(after) && words === chunk.words) return void out.push(mention(words, 'place', `before '${after}'`));
  if (ORG_WORDS.has(after) && words.length <= 2 && words === chunk.words) return;
  if (chunk.before === 'by' && words.length >= 2 && words.length <= 4) return void out.push(mention(words, 'person', 'byline'));
  if (LOCATIVE.has(chunk.before) && words.length <= 3) return void out.push(mention(words, 'place', `after '${chunk.before}'`));
  if (words.length >= 2 && words.length <= 4 && words.every((w) => w.capital && w.text !== w.text.toUpperCase() || /^(?:al|el|de|da|di|van|von|bin|ibn|le|la|du)$/i.test(w.text))) {
    return void out.push(mention(words, 'person', 'personal name'));
  }
  if (single && (SPEECH_VERBS.has(after) || after === 'who')) return void out.push(mention(words, 'person', `before '${after}'`));
  if (single && !chunk.sentenceInitial) return void out.push(mention(words, null, 'capitalised'));
}

function spanText(words: readonly Word[]): string {
  return words.map((w) => w.text).join(' ');
}

function mention(words: readonly Word[], kind: EntityKind | null, evidence: string, title: Span | null = null, place?: Place): RawMention {
  const first = words[0]!;
  const last = words[words.length - 1]!;
  return {
    start: first.start, end: last.end, text: spanText(words), kind, words, title, evidence,
    ...(place ? { place } : {}),
  };
}

function lastTitle(words: readonly Word[]): number {
  for (let i = words.length - 2; i >= 0; i--) {
    const w = words[i]!.text.toLowerCase();
    if (TITLES.has(w) && words[i + 1]!.capital || w === 'of' && i > 0 && TITLES.has(words[i - 1]!.text.toLowerCase())) {
      return TITLES.has(w) ? i : i - 1;
    }
  }
  return -1;
}

function capitalRuns(words: readonly Word[]): Word[][] {
  const runs: Word[][] = [];
  let run: Word[] = [];
  for (const w of words) {
    const l = w.text.toLowerCase();
    if (w.capital && !TITLES.has(l) && !gazetteer().isDemonym(l)) run.push(w);
    else {
      if (run.length) runs.push(run);
      run = [];
    }
  }
  if (run.length) runs.push(run);
  return runs;
}

/** `U.S.-Russia-UN` → three words; `Müller-Lüdenscheidt` stays one. */
function splitCompound(w: Word): Word[] {
  if (!/[-–]/.test(w.text)) return [w];
  const parts = w.text.split(/[-–]/);
  const g = gazetteer();
  if (parts.length < 2 || !parts.every((p) => /^\p{Lu}/u.test(p))) return [w];
  if (!parts.some((p) => isAcronym(p) || g.lookup(p))) return [w];
  const out: Word[] = [];
  let offset = w.start;
  for (const p of parts) {
    out.push({ ...w, start: offset, end: offset + p.length, text: p, lead: '', trail: '' });
    offset += p.length + 1;
  }
  return out;
}
