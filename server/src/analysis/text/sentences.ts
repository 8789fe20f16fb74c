import type { Sentence, Span } from '../model';

/**
 * Words that end in a full stop without ending the sentence. Single capitals (initials) and
 * dotted acronyms (`U.S.`, `U.N.`) are handled by shape, not listed.
 */
const ABBREVIATIONS = new Set(
  (
    'mr mrs ms mx dr prof st sen rep gov gen lt col capt sgt maj adm cmdr rev fr jr sr hon ' +
    'inc ltd co corp plc bros no nos vs v etc approx est dept univ ave rd ' +
    'jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun'
  ).split(' '),
);

/** Splits each paragraph into sentences. A paragraph end always ends a sentence. */
export function splitSentences(text: string, paragraphs: readonly Span[]): Sentence[] {
  const sentences: Sentence[] = [];
  paragraphs.forEach((p, paragraph) => {
    let start = p.start;
    // A match starts only at the first mark of a run (the lookbehind): retried at every mark of
    // a run of thousands of full stops, the pattern would scan the run again each time (quadratic).
    const re = /(?<![.!?…])[.!?…]+["”’')\]]*(?=\s+["“‘'(\[]?[\p{Lu}\p{N}])/gu;
    re.lastIndex = p.start;
    const body = text.slice(0, p.end);
    for (let m = re.exec(body); m; m = re.exec(body)) {
      const end = m.index + m[0].length;
      if (m[0][0] === '.' && isAbbreviation(text, m.index)) continue;
      if (end > start) sentences.push({ span: trim(text, start, end), paragraph });
      start = end;
    }
    if (start < p.end) {
      const span = trim(text, start, p.end);
      if (span.end > span.start) sentences.push({ span, paragraph });
    }
  });
  return sentences;
}

function isAbbreviation(text: string, dot: number): boolean {
  let i = dot;
  // Abbreviations are short: never look further back than one could reach.
  const floor = Math.max(0, dot - 12);
  while (i > floor && /[\p{L}.]/u.test(text[i - 1]!)) i--;
  const word = text.slice(i, dot);
  if (word.length === 1 && /\p{Lu}/u.test(word)) return true; // an initial: "John F. Kennedy"
  if (/^(\p{L}\.)+\p{L}$/u.test(word)) return true; // "U.S", "U.N", "e.g"
  const lower = word.toLowerCase();
  // "No. 10" abbreviates number; '"No." The mayor said' ends a sentence.
  if (lower === 'no' || lower === 'nos') return /^\s*\d/.test(text.slice(dot + 1, dot + 4));
  return ABBREVIATIONS.has(lower);
}

function trim(text: string, start: number, end: number): Span {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return { start, end };
}

/** The sentence containing `offset`, by binary search. */
export function sentenceAt(sentences: readonly Sentence[], offset: number): Sentence | undefined {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid]!;
    if (offset < s.span.start) hi = mid - 1;
    else if (offset >= s.span.end) lo = mid + 1;
    else return s;
  }
  return undefined;
}
