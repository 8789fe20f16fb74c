export type Tense = 'past' | 'future' | 'none';

export interface TenseCue {
  readonly tense: Tense;
  /** The words that decided it, for the resolution shown to editors: `will`, `voted`. */
  readonly cue: string;
}

// Past-tense auxiliaries before "due to"/"expected to" make a plan reported in the past ("was due
// to fly on Sunday"): the day has gone by, so they count as past, and are tried first.
const CUES: readonly [RegExp, Tense][] = [
  [/\b(?:was|were|had been)\s+(?:due|expected|scheduled|set|supposed|meant|planned)\s+to\b/gi, 'past'],
  [/\b(?:scheduled|planned|slated|set|due|expected|timed)\s+(?:for|to|on|in)\b|\b(?:will|shall|won't|'ll)\b|\b(?:is|are|'s|'re)\s+(?:due|expected|scheduled|set|going|planned|poised|slated)\s+to\b|\b(?:plans?|hopes?|intends?|aims?)\s+to\b|\bto be held\b|\bupcoming\b|\bforecast\s+for\b|\bwould\b/gi, 'future'],
  [/\b(?:said|told|announced|reported|confirmed|added|was|were|had|did|ago|last|earlier|previously|since)\b|\b[a-z]{2,}ed\b|\b(?:broke|began|came|went|met|took|gave|made|held|left|rose|fell|won|lost|led|sent|spoke|wrote|saw|found|brought|struck|fought|chose|shut|put|set|cut|hit|ran|flew|drove|knew|thought|sought|bought|paid|kept|became|began|told)\b/gi, 'past'],
];

/**
 * The tense governing a date expression: the nearest cue before it within its clause, else the
 * nearest after it. Clause boundaries are semicolons, and commas that open a participle or a new
 * clause (", declining a meeting ... on Monday" is not governed by the main verb before it).
 */
export function tenseAt(sentence: string, at: number, end: number): TenseCue {
  const clauseStart = lastBoundary(sentence, at);
  const clauseEnd = nextBoundary(sentence, end);
  const before = sentence.slice(clauseStart, at);
  const after = sentence.slice(end, clauseEnd);
  const b = nearest(before, 'last');
  if (b) return b;
  const a = nearest(after, 'first');
  return a ?? { tense: 'none', cue: '' };
}

function nearest(text: string, which: 'first' | 'last'): TenseCue | null {
  let best: { index: number; cue: TenseCue } | null = null;
  const covered: [number, number][] = [];
  for (const [re, tense] of CUES) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const s = m.index;
      const e = s + m[0].length;
      if (covered.some(([cs, ce]) => s < ce && e > cs)) continue;
      covered.push([s, e]);
      if (/^(?:need|red|bed|shed|speed|seed|feed|breed|hundred|sacred|kindred|united|interested|based|red)$/i.test(m[0])) continue;
      if (!best || (which === 'last' ? s > best.index : s < best.index)) best = { index: s, cue: { tense, cue: m[0] } };
    }
  }
  return best?.cue ?? null;
}

const BOUNDARY = /;|,\s+(?=[a-z]+ing\b)|,\s+(?:but|while|whereas|although|though|and|after|before|when|as|which|who)\b|\b(?:after|before|while|when|until)\s+(?=\w)/g;

function lastBoundary(s: string, at: number): number {
  let last = 0;
  BOUNDARY.lastIndex = 0;
  for (let m = BOUNDARY.exec(s); m && m.index < at; m = BOUNDARY.exec(s)) {
    if (m.index + m[0].length <= at) last = m.index + m[0].length;
  }
  return last;
}

function nextBoundary(s: string, from: number): number {
  BOUNDARY.lastIndex = from;
  const m = BOUNDARY.exec(s);
  return m ? m.index : s.length;
}
