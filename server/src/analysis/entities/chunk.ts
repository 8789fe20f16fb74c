import type { Span } from '../model';
import { HONORIFICS, NAME_PARTICLES, NOT_NAMES, ORG_CONNECTORS, ORG_WORDS } from './lexicon';
import { breaksBetween, splitWords, type Word } from './words';

/** A run of capitalised words that may name something: `Russian Deputy Foreign Minister Gennady Gatilov`. */
export interface Chunk extends Span {
  readonly words: readonly Word[];
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

/**
 * Capitalised runs of a sentence. Name particles (`de`, `al`) and, inside organisation names,
 * `of`/`for`/`and` may join capitalised words; any punctuation breaks a run. Words that are
 * capitalised only because they start the sentence are dropped from the front.
 */
export function findChunks(text: string, sentence: Span, titleCase: boolean): Chunk[] {
  const words = splitWords(text, sentence.start, sentence.end);
  const chunks: Chunk[] = [];
  let i = 0;
  while (i < words.length) {
    if (!words[i]!.capital || words[i]!.lead.includes('(') && words[i]!.text.length < 2) {
      i++;
      continue;
    }
    let j = i;
    while (j + 1 < words.length && !breaksBetween(words[j]!, words[j + 1]!)) {
      const next = words[j + 1]!;
      if (next.capital && !(titleCase && NOT_NAMES.has(next.text.toLowerCase()))) {
        j++;
        continue;
      }
      const lower = next.text.toLowerCase();
      const after = words[j + 2];
      const joinable = after && !breaksBetween(next, after) && after.capital;
      if (joinable && (NAME_PARTICLES.has(lower) || (ORG_CONNECTORS.has(lower) && orgAhead(words, i, j + 2, lower)))) {
        j += 2;
        continue;
      }
      break;
    }
    const run = words.slice(i, j + 1);
    pushChunk(chunks, run, words, i, j, sentence, titleCase);
    i = j + 1;
  }
  return chunks;
}

/**
 * `of`/`for` join only when the run so far or the words after make an organisation's name or a
 * title (`Ministry of Economy`, `Secretary of State`); `and` only inside an organisation's name.
 */
function orgAhead(words: readonly Word[], from: number, next: number, connector: string): boolean {
  if (connector === 'the' && words[next - 2]?.text.toLowerCase() !== 'of') return false;
  for (let k = from; k <= Math.min(words.length - 1, next + 3); k++) {
    const w = words[k]!;
    if (k > next && !w.capital) break;
    if (connector === 'and' && k < next) continue;
    if (ORG_WORDS.has(w.text.toLowerCase())) return true;
    if (connector !== 'and' && /^(?:secretary|minister|ministry|department|bank|university|organization|organisation|institute|council|league|house|state|states)$/i.test(w.text)) return true;
  }
  return false;
}

function pushChunk(
  chunks: Chunk[],
  run: Word[],
  words: readonly Word[],
  i: number,
  j: number,
  sentence: Span,
  titleCase: boolean,
): void {
  let start = 0;
  let honorific = false;
  const initial = i === 0;
  // Drop leading words that are capitalised for the sentence's sake or are honorifics.
  while (start < run.length) {
    const w = run[start]!.text.replace(/\.$/, '').toLowerCase();
    if (HONORIFICS.has(w) && start + 1 < run.length) {
      honorific = true;
      start++;
      continue;
    }
    if ((initial && start === 0 || titleCase || start > 0 && NOT_NAMES.has(run[start - 1]!.text.toLowerCase())) && NOT_NAMES.has(w)) {
      start++;
      continue;
    }
    break;
  }
  let end = run.length;
  while (end > start && !run[end - 1]!.capital) end--;
  if (end <= start) return;
  const kept = run.slice(start, end);
  const prev = words[i + start - 1];
  const nextWord = words[i + end];
  chunks.push({
    start: kept[0]!.start,
    end: kept[kept.length - 1]!.end,
    words: kept,
    before: prev ? prev.text.toLowerCase() : '',
    after: nextWord ? nextWord.text.toLowerCase() : '',
    trail: kept[kept.length - 1]!.trail,
    honorific,
    sentenceInitial: initial && start === 0 && words[0]!.start === sentence.start + words[0]!.lead.length,
  });
}

/** A line set in Title Case (headlines): most words capitalised, so capitals prove little there. */
export function isTitleCase(text: string, span: Span): boolean {
  // Prose ends its sentences; headlines and mastheads do not.
  if (/[.!?]["”’')\]]*\s*$/.test(text.slice(span.start, span.end))) return false;
  const ws = splitWords(text, span.start, span.end).filter((w) => /\p{L}/u.test(w.text));
  if (ws.length < 4) return false;
  const caps = ws.filter((w) => w.capital && !NAME_PARTICLES.has(w.text)).length;
  const small = ws.filter((w) => /^(?:to|of|and|in|on|for|with|the|a|an|at|by|from|as|is|are)$/i.test(w.text) && w.capital).length;
  return caps / ws.length >= 0.75 || small >= 2;
}
