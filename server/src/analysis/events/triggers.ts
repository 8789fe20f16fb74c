import { PatternSet } from '../text/patternSet';
import { ATTACK_OBJECTS, COMPOUND_HEADS, DISASTER_SUBJECT, KINDS, PASSED_OBJECT, PHRASES } from './lexicon';

export interface Trigger {
  readonly kind: string;
  /** Offset in the clause text. */
  readonly index: number;
  readonly text: string;
  /** A speech act (`said`, `told reporters`): it dates the saying, not what was said. */
  readonly speech: boolean;
}

/** The phrases, matched in one pass over a clause (some thirty scans of it each made this step costly). */
const PHRASE_SET = new PatternSet(PHRASES.map(([re]) => re));

const DETERMINER = /^(?:the|a|an|its|their|his|her|our|whose)$/i;
/** Nouns that are modifiers before another noun (`final report`, `medical director`, `match fee`). */
const NOUN_ONLY = new Set(['final', 'finals', 'medical', 'match', 'matches', 'fixture', 'fixtures']);
const PHRASE_END = /^(?:\s*[,.;:!?)"”’—–]|\s*$|\s+(?:on|in|at|of|with|against|between|by|for|from|to|after|before|since|during|and|or|but|was|were|is|are|will|would|had|has|have|yesterday|today|tomorrow|tonight|this|last|next|earlier|later|\p{Lu})\b)/u;
const BE = /^(?:was|were|been|being|is|are|be)$/i;

/**
 * Every trigger in a clause, in order. A participle after a determiner describes (`the flooded
 * town`), a happening word before a noun modifies it (`production hall`), and `launched`,
 * `struck` or `fire` take their kind from their neighbours.
 */
export function findTriggers(clause: string): Trigger[] {
  const out: Trigger[] = [];
  const found = PHRASE_SET.matches(clause);
  PHRASES.forEach(([, k], p) => {
    const hits = found[p]!;
    for (let h = 0; h < hits.length; h += 2) {
      const index = hits[h]!;
      const text = clause.slice(index, index + hits[h + 1]!);
      if (k === 'approval' && /^passed$/i.test(text) && !PASSED_OBJECT.test(clause.slice(Math.max(0, index - 24), index))) continue;
      out.push({ kind: k, index, text, speech: k === 'statement' });
    }
  });
  let prev = '';
  let prevEnd = 0;
  // The words of the clause (runs of letters and hyphens, as `/[\p{L}-]+/gu` finds them), read by
  // hand: a regular expression per word made its match objects the costliest part of this step.
  for (let i = 0; i < clause.length; ) {
    const c = clause.codePointAt(i)!;
    if (!isWordPoint(c)) {
      i += c > 0xffff ? 2 : 1;
      continue;
    }
    const at = i;
    i += c > 0xffff ? 2 : 1;
    while (i < clause.length) {
      const d = clause.codePointAt(i)!;
      if (!isWordPoint(d)) break;
      i += d > 0xffff ? 2 : 1;
    }
    const w = clause.slice(at, i);
    const lower = w.toLowerCase();
    const before = prev;
    const gapFrom = prevEnd;
    prev = lower;
    prevEnd = at + w.length;
    let k = KINDS.get(lower);
    if (!k || out.some((t) => at >= t.index && at < t.index + t.text.length)) continue;
    const gap = clause.slice(gapFrom, at);
    // Capitalised mid-sentence: part of a name ("Summit Hotel", "Crash Bandicoot"); "March" is the month.
    if (w[0] !== lower[0] && (!startsSentence(clause, at) || lower === 'march')) continue;
    const rest = clause.slice(at + w.length, at + w.length + 30);
    const next = /^\s*([\p{L}-]+)/u.exec(rest)?.[1]?.toLowerCase() ?? '';
    // "the cup final.", "his medical at": these nouns name a happening only at the end of their phrase.
    if (NOUN_ONLY.has(lower) && !PHRASE_END.test(rest)) continue;
    if (lower === 'present' && /^(?:the|a|at|is|are|was|were|be|been|being|all|not|its|their)$/.test(before)) continue;
    if (/ed$/.test(lower) && DETERMINER.test(before) && !/[,;]/.test(gap)) continue;
    if (COMPOUND_HEADS.has(next) && !/ed$|s$/.test(lower)) continue;
    if (lower === 'fire' && before === 'under') continue;
    k = disambiguate(lower, k, clause, at, before);
    out.push({ kind: k, index: at, text: w, speech: k === 'statement' });
  }
  return out.sort((a, b) => a.index - b.index);
}

const LETTER = /\p{L}/u;

/** A letter or a hyphen. */
function isWordPoint(c: number): boolean {
  if (c < 128) return c === 45 || (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
  return LETTER.test(String.fromCodePoint(c));
}

function disambiguate(word: string, k: string, clause: string, at: number, before: string): string {
  const after = clause.slice(at + word.length, at + word.length + 60);
  const ahead = clause.slice(Math.max(0, at - 60), at);
  if (word === 'launched' || word === 'launch' || word === 'launches' || word === 'launching') {
    if (ATTACK_OBJECTS.test(after)) return 'attack';
    // "a chemical attack was launched": the kind of what was launched.
    if (BE.test(before) && /\b(?:attack|attacks|offensive|assault|strikes?|raids?|missiles?|rockets?)\b/i.test(ahead)) return 'attack';
    return 'launch';
  }
  // "The jury retired on Monday": to consider its verdicts.
  if (k === 'retirement' && /\b(?:jury|jurors|magistrates|judges)\b/i.test(ahead)) return 'deliberation';
  // "a header sank Stanmoor Rovers 2-1": a match, not a ship.
  if (word === 'sank' && /^\s+(?:\p{Lu}|[^.;]{0,40}\b\d{1,2}-\d{1,2}\b)/u.test(after)) return 'match';
  if (word === 'struck' && DISASTER_SUBJECT.test(ahead)) {
    return /quake|tremor/i.test(ahead) ? 'earthquake' : /flood/i.test(ahead) ? 'flood' : 'storm';
  }
  return k;
}

function startsSentence(text: string, at: number): boolean {
  let i = at;
  while (i > 0 && /[\s"“‘'(]/.test(text[i - 1]!)) i--;
  return i === 0 || /[.!?:]/.test(text[i - 1]!);
}
