import type { Span } from '../model';
import { gazetteer } from './gazetteer';
import { HONORIFICS, NAME_PARTICLES, NOT_NAMES, ORG_CONNECTORS, ORG_WORDS, PLACE_WORDS } from './lexicon';
import { isCommonWord, isGivenName } from './names';
import { breaksBetween, inCapitals, type Word } from './words';

/** A run of capitalised words that may name something: `Russian Deputy Foreign Minister Gennady Gatilov`. */
export interface Chunk extends Span {
  readonly words: readonly Word[];
  /** Every word of the sentence, and where the run sits in it, for cues further away (`the town of X`). */
  readonly sentence: readonly Word[];
  readonly from: number;
  /** The word before the chunk in its sentence (lower-cased), for cues such as `in`, `by`, `said`. */
  readonly before: string;
  /** The word after the chunk, lower-cased. */
  readonly after: string;
  /** Punctuation right after the chunk (`,` opens an appositive). */
  readonly trail: string;
  /** Whether an honorific (`Mr`, `Ms`) was dropped from its front. */
  readonly honorific: boolean;
  /** Starts its sentence (its first word may be capitalised only for that reason). */
  readonly sentenceInitial: boolean;
}

// Adjectives that open place and organisation names: `Old Mill Bridge`, `New Democratic Party`.
const NAME_OPENERS = new Set(['old', 'new', 'first', 'second', 'third', 'greater', 'lesser']);
const INSTITUTION = /^(?:secretary|minister|ministry|department|bank|university|organization|organisation|institute|council|league|house|state|states|republic|isle|commonwealth)$/i;

/**
 * Capitalised runs of a sentence. Name particles (`de`, `al`) and, inside organisation names,
 * `of`/`for`/`and` may join capitalised words; punctuation and line breaks end a run. Words that
 * are capitalised only because they start the sentence are dropped from the front.
 */
export function findChunks(words: readonly Word[], titleCase: boolean): Chunk[] {
  const chunks: Chunk[] = [];
  let i = 0;
  while (i < words.length) {
    const w = words[i]!;
    if (!(w.capital || leadingParticle(words, i)) || (w.lead.includes('(') && w.text.length < 2)) {
      i++;
      continue;
    }
    let j = i;
    while (j + 1 < words.length) {
      const next = words[j + 1]!;
      // `William “Bill” Hardacre`: a nickname in quotation marks inside one name.
      if (nickname(words, j)) {
        j += 2;
        continue;
      }
      if (breaksBetween(words[j]!, next)) break;
      // `Oakhurst Instruments plc`: a company's suffix in lower case ends its name.
      if (COMPANY_SUFFIXES.has(next.text)) {
        j++;
        break;
      }
      if (next.capital && !(titleCase && NOT_NAMES.has(next.lower))) {
        j++;
        continue;
      }
      const lower = next.lower;
      const after = words[j + 2];
      const joinable = after && !breaksBetween(next, after) && after.capital && !NOT_NAMES.has(after.lower);
      if (joinable && (NAME_PARTICLES.has(lower) || (ORG_CONNECTORS.has(lower) && joins(words, i, j, lower)))) {
        j += 2;
        continue;
      }
      // Two particles in a row: `Annelies van der Veken`, `Ines de la Fuente`.
      const third = words[j + 3];
      if (NAME_PARTICLES.has(lower) && after && NAME_PARTICLES.has(after.text) && third?.capital && !breaksBetween(next, after) && !breaksBetween(after, third) && !NOT_NAMES.has(third.lower)) {
        j += 3;
        continue;
      }
      break;
    }
    pushChunk(chunks, words, i, j, titleCase);
    i = j + 1;
  }
  return chunks;
}

// Particles are short (`de`, `della`): a longer word is none, without hashing it for the lookup.
const LONGEST_PARTICLE = Math.max(...[...NAME_PARTICLES].map((p) => p.length));

/** `de Mistura`: a lower-case particle opening a surname, written without the given name. */
function leadingParticle(words: readonly Word[], i: number): boolean {
  const w = words[i]!;
  const next = words[i + 1];
  if (words[i - 1]?.capital && !breaksBetween(words[i - 1]!, w)) return false;
  if (w.text.length > LONGEST_PARTICLE || !NAME_PARTICLES.has(w.text) || !next || breaksBetween(w, next)) return false;
  // `van der Veken`: a second particle before the capital.
  const after = words[i + 2];
  return next.capital || (NAME_PARTICLES.has(next.text) && !!after?.capital && !breaksBetween(next, after) && !(words[i - 1] && NAME_PARTICLES.has(words[i - 1]!.text)));
}

/**
 * Whether a connector joins the run `words[from..last]` to the capitalised words after it.
 * `of`/`for`/`on`/`&` join when the name so far or the words after make an organisation or an
 * office (`Ministry of Economy`, `Secretary of State`, `Council on Foreign Relations`); `and` joins
 * only inside one organisation's name (`Food and Drug Administration`), never two names in a list
 * (`Associated Press and Reuters`, `Syria and Russian Federation`).
 */
function joins(words: readonly Word[], from: number, last: number, connector: string): boolean {
  const next = last + 2;
  const ahead: Word[] = [];
  for (let k = next; k < words.length && k <= next + 3 && words[k]!.capital; k++) {
    ahead.push(words[k]!);
    if (breaksBetween(words[k]!, words[k + 1] ?? words[k]!)) break;
  }
  const run = words.slice(from, last + 1);
  // `Kellerman & Rowe`, `Ashcombe & Eden Gazette`: an ampersand never joins two names in a list.
  if (connector === '&') return true;
  const lastWord = run[run.length - 1]!.lower;
  // `Sea of Japan`, `Gulf of Mexico`, `Isle of Man`.
  if (connector === 'of' && run.length === 1 && FEATURES.has(lastWord)) return true;
  const runText = run.map((w) => w.text).join(' ');
  const g = gazetteer();
  if (g.lookup(`${runText} ${connector} ${ahead.map((w) => w.text).join(' ')}`)) return true;
  const isOrg = (w: Word) => ORG_WORDS.has(w.lower);
  if (connector === 'and') {
    if (ORG_WORDS.has(lastWord) || PLACE_WORDS.has(lastWord) || g.lookup(runText) || g.isDemonym(lastWord)) return false;
    return ahead.some(isOrg) && !g.lookup(ahead[0]!.text);
  }
  if (connector === 'the' && words[last]?.lower !== 'of') return false;
  // "Drivetime on Radio Fellside": a programme on a station; only a body sits `on` something (`Council on Foreign Relations`).
  if (connector === 'on' && !run.some(isOrg)) return false;
  // "Oakhurst Instruments of Cambridge": a company with a name of its own, then where it is (but
  // `Bank of England`, `Royal Bank of Scotland`: an institution named by its country).
  if (connector === 'of' && run.length >= 2 && isOrg(run[run.length - 1]!) && !isCommonWord(run[0]!.text) && !g.isDemonym(run[0]!.text) && !isOrg(run[0]!) && ahead.length === 1 && g.lookup(ahead[0]!.text)) return false;
  // "Detective Inspector Sarah Jones of Westbury Police", "Joris van Leeuwen of Amstel University
  // Medical Centre": a person of an organisation (a given name, or a particle inside the name), not one name.
  const personal = run.some((w, k) => k < run.length - 1 && (isGivenName(w.text) || (k > 0 && NAME_PARTICLES.has(w.text))));
  if (run.length >= 2 && personal && !ORG_WORDS.has(lastWord)) return false;
  return run.some((w) => isOrg(w) || INSTITUTION.test(w.text)) || ahead.some((w) => isOrg(w) || INSTITUTION.test(w.text));
}

function pushChunk(chunks: Chunk[], words: readonly Word[], i: number, j: number, titleCase: boolean): void {
  const run = words.slice(i, j + 1);
  let start = 0;
  let honorific = false;
  const initial = i === 0 || /["“‘']/.test(words[i]!.lead) || !!words[i]!.newline || afterListMark(words, i);
  const opensName = run.length >= 3 && (PLACE_WORDS.has(run[run.length - 1]!.lower) || ORG_WORDS.has(run[run.length - 1]!.lower));
  // Drop leading words that are capitalised for the sentence's sake or are honorifics.
  // "SOURCE Vantrell Corp.", "UPDATE 2-Vantrell...": a wire's label in capitals opening a line.
  if (initial && run.length > 1 && CAPS_LABELS.has(run[0]!.text)) start++;
  // "Shares of Tellmark Biosciences rose", "Pupils of X": an English noun opening the sentence is not
  // part of the name after its `of` (but `Bank of England`, `Ministry of Defence` are names).
  else if (initial && run.length > 2 && run[1]!.text === 'of' && isCommonWord(run[0]!.text) && !titleCase && !namedOf(run[0]!.text)) start = 2;
  while (start < run.length) {
    const lower = run[start]!.lower;
    // The word without a closing full stop (`Mr.`), lower-cased.
    const w = lower.endsWith('.') ? lower.slice(0, -1) : lower;
    if (HONORIFICS.has(w) && start + 1 < run.length) {
      honorific = true;
      start++;
      continue;
    }
    const capitalisedForSentence = (initial && start === 0) || titleCase || (start > 0 && NOT_NAMES.has(run[start - 1]!.lower));
    // In prose a word in capitals is an acronym (`US`), not the pronoun at the start of a sentence.
    // (Tested after the set lookups: it upper-cases the word.)
    if (capitalisedForSentence && NOT_NAMES.has(w) && !isCapitals(run[start]!.text, titleCase) && !(opensName && NAME_OPENERS.has(w))) {
      start++;
      continue;
    }
    break;
  }
  let end = run.length;
  // "Council OKs $2.1M": a plural acronym or verb (`OKs`, `MPs`, `CEOs`) is no part of a name.
  while (end > start && ((!run[end - 1]!.capital && !COMPANY_SUFFIXES.has(run[end - 1]!.text)) || /^\p{Lu}{2,}s$/u.test(run[end - 1]!.text))) end--;
  // "Rebecca Lyall KC", "Daniel Royle MP": letters after a name are honours, not part of it.
  while (end - start > 2 && POST_NOMINALS.has(run[end - 1]!.text.replace(/\./g, ''))) end--;
  if (end <= start) return;
  const kept = run.slice(start, end);
  const prev = words[i + start - 1];
  const nextWord = words[i + end];
  chunks.push({
    start: kept[0]!.start,
    end: kept[kept.length - 1]!.end,
    words: kept,
    sentence: words,
    from: i + start,
    before: prev ? prev.lower : '',
    after: nextWord ? nextWord.lower : '',
    trail: kept[kept.length - 1]!.trail,
    honorific,
    sentenceInitial: initial && start === 0,
  });
}

function isCapitals(word: string, titleCase: boolean): boolean {
  return !titleCase && word.length > 1 && inCapitals(word);
}

/** Nouns that open a name with `of`: `Bank of England`, `University of Leeds`, `Sea of Japan`, `Secretary of State`. */
function namedOf(word: string): boolean {
  const w = word.toLowerCase();
  return ORG_WORDS.has(w) || PLACE_WORDS.has(w) || FEATURES.has(w) || INSTITUTION.test(w) || /^(?:duke|duchess|earl|archbishop|bishop|mayor|governor)$/.test(w);
}

/** Labels wires and releases set in capitals before a name. */
const CAPS_LABELS = new Set(['SOURCE', 'SLUG', 'UPDATE', 'BREAKING', 'EXCLUSIVE', 'WATCH', 'LIVE', 'PHOTO', 'VIDEO', 'CONTACT', 'FROM']);

/** Lower-case company suffixes that end a name: `Oakhurst Instruments plc`. */
const COMPANY_SUFFIXES = new Set(['plc', 'ltd', 'llc', 'inc', 'gmbh', 'bv', 'nv', 'spa', 'srl', 'sarl']);

/** Honours and degrees after a name. */
const POST_NOMINALS = new Set(['KC', 'QC', 'MP', 'MSP', 'MS', 'MLA', 'MEP', 'OBE', 'MBE', 'CBE', 'KBE', 'DBE', 'PhD', 'MD', 'Jr', 'Sr', 'Esq', 'FRS', 'RN']);

/** Landscape words that take `of` inside their names: `Sea of Japan`, `Bay of Biscay`. */
const FEATURES = new Set(['sea', 'gulf', 'bay', 'strait', 'straits', 'isle', 'cape', 'lake', 'mount', 'island', 'islands', 'bight', 'firth', 'vale']);

/** `William “Bill” Hardacre`: a capitalised word alone in quotation marks between two capitalised words. */
function nickname(words: readonly Word[], j: number): boolean {
  const quoted = words[j + 1];
  const after = words[j + 2];
  return (
    !!quoted && !!after && quoted.capital && after.capital && words[j]!.capital && !words[j]!.trail && !after.lead && !quoted.newline && !after.newline &&
    /^["“‘']$/.test(quoted.lead) && /^["”’']$/.test(quoted.trail) && isGivenName(words[j]!.text)
  );
}

/** `1. Holiday park's...`, `03/17/2025 - Council approves...`, `12:58 Outside court`: nothing but numbers and marks before it on its line. */
function afterListMark(words: readonly Word[], i: number): boolean {
  for (let k = i - 1; k >= 0; k--) {
    // `Q: Has Santiago...`, `HOST: Good evening`: a label opening the line.
    const label = k === i - 1 && words[k]!.trail === ':' && (k === 0 || !!words[k]!.newline);
    if (/\p{L}/u.test(words[k]!.text) && !label) return false;
    if (words[k]!.newline || k === 0) return true;
  }
  return false;
}

/** A line set in Title Case (headlines, mastheads, credits): most words capitalised, so capitals prove little there. */
export function isTitleCase(text: string, span: Span, words: readonly Word[]): boolean {
  // Prose ends its sentences; headlines and mastheads do not.
  if (endsLikeProse(text, span)) return false;
  const ws = words.filter((w) => /\p{L}/u.test(w.text));
  if (ws.length < 4) return false;
  const caps = ws.filter((w) => w.capital && !NAME_PARTICLES.has(w.text)).length;
  const small = ws.filter((w) => /^(?:to|of|and|in|on|for|with|the|a|an|at|by|from|as|is|are)$/i.test(w.text) && w.capital).length;
  return caps / ws.length >= 0.75 || small >= 2;
}

/**
 * Whether `text[span]` ends in `.`, `!` or `?`, then closing quotation marks or brackets, then
 * whitespace (what `/[.!?]["”’')\]]*\s*$/` matched on a slice of it): read from the end, as
 * nothing else can match, rather than tried at every stop in the sentence.
 */
function endsLikeProse(text: string, span: Span): boolean {
  let i = span.end;
  while (i > span.start && isWhitespace(text.charCodeAt(i - 1))) i--;
  while (i > span.start && CLOSERS.includes(text[i - 1]!)) i--;
  if (i <= span.start) return false;
  const c = text.charCodeAt(i - 1);
  return c === 46 || c === 33 || c === 63;
}

const CLOSERS = '"”’\')]';

/** What `\s` matches. */
function isWhitespace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || (c > 127 && /\s/.test(String.fromCharCode(c)));
}

/** A line in capitals (`WHAT THE EU IS DOING`, `FOR IMMEDIATE RELEASE`): a heading, whose words are not acronyms. */
export function isAllCaps(text: string, words: readonly Word[]): boolean {
  if (words.length < 2) return false;
  const span = text.slice(words[0]!.start, words[words.length - 1]!.end);
  return !LOWER.test(span) && words.filter((w) => LETTER.test(w.text)).length >= 2;
}

const LOWER = /\p{Ll}/u;
const LETTER = /\p{L}/u;
