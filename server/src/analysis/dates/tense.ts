import { prevWord } from './words';

export type Tense = 'past' | 'future' | 'none';

export interface TenseCue {
  readonly tense: Tense;
  /** The words that decided it, for the resolution shown to editors: `will`, `voted`. */
  readonly cue: string;
  /** A present simple (`opens on Monday`): a timetable as much as a plan. */
  readonly habitual?: boolean;
  /** A plan reported in the past (`was due to close`): past for a weekday, either side for a month. */
  readonly plan?: boolean;
}

const PARTICIPLE =
  '(?:[a-z]+(?:ed|en)|met|held|made|said|told|had|done|gone|come|become|begun|won|lost|left|led|sent|spent|built|brought|bought|thought|fought|sought|taught|caught|found|kept|put|set|cut|hit|run|struck|shut|paid|laid|heard|felt|meant|stood|sold|grown|flown|shown|seen|known)';

const EVENT_VERBS =
  '(?:meet|vote|begin|start|open|close|resume|hold|take\\s+place|launch|sign|visit|travel|fly|return|arrive|announce|publish|decide|rule|hear|end|leave|attend|host|reopen|finish|expire|suspend|move|transfer|stop|shut|halt|merge|cut|raise|introduce|build|relocate|divert|replace|review|be\\s+held|be\\s+completed|be\\s+published|be\\s+released)';

/**
 * Cues in order of precedence: a word claimed by an earlier pattern is not read again by a later
 * one, so `will be evaluated` is one future verb group and its participle no past-tense cue.
 */
const CUES: readonly [RegExp, Tense | null, ('regular' | 'habitual' | 'perfect' | 'plan')?][] = [
  // "as previously planned", "as expected": a comparison, not the clause's own verb.
  [/\bas\s+(?:(?:previously|originally|initially|first|earlier|already)\s+)?(?:planned|scheduled|expected|agreed|announced|promised|reported|forecast|feared)\b/gi, null],
  // A plan reported in the past ("was due to fly on Sunday"): the day has gone by.
  [/\b(?:was|were|had\s+been)\s+(?:due|expected|scheduled|set|supposed|meant|planned|slated|going)\s+to\b/gi, 'past', 'plan'],
  [new RegExp(`\\b(?:would|could|should|might|may|must)\\s+(?:not\\s+)?have\\s+(?:been\\s+)?${PARTICIPLE}\\b`, 'gi'), 'past'],
  [/\b(?:will|shall|won['’]t|would|['’]ll|may|might|could|can|should|must)\b(?:\s+(?:not|also|then|now|soon|still|only))?(?:\s+(?:be|have|been|being))?(?:\s+[a-z]+ly)?(?:\s+[a-z]+)?/gi, 'future'],
  [/\b(?:is|are|am|['’]s|['’]re)\s+(?:not\s+|now\s+|still\s+)?(?:due|expected|scheduled|set|going|planned|poised|slated|likely|about|preparing|scheduled)\s+to\b|\b(?:is|are)\s+to\s+[a-z]+/gi, 'future'],
  [/\b(?:scheduled|planned|slated|set|due|expected|timed|pencilled|penciled|forecast|billed)\s+(?:for|to|on|in)\b|\b(?:upcoming|forthcoming)\b/gi, 'future'],
  // "said it expected normal operations by Thursday": an expectation looks ahead.
  [/\bexpect(?:s|ed|ing)?\b/gi, 'future'],
  [new RegExp(`\\b(?:plans?|intends?|hopes?|aims?|expects?|wants?|seeks?|agreed|agrees|promised|promises|vowed|vows|pledged|pledges|threatened|threatens)\\s+to\\s+${EVENT_VERBS}?|\\bto\\s+${EVENT_VERBS}\\b`, 'gi'), 'future'],
  // Present progressive and present simple of a happening with a date are arrangements:
  // "is meeting on Monday", "the summit opens on Monday".
  [/\b(?:is|are|am)\s+(?:meeting|travelling|traveling|visiting|holding|hosting|flying|leaving|launching|opening|closing|voting|returning|heading|starting|beginning|resuming|signing|attending|arriving|going)\b/gi, 'future'],
  [/\b(?:meets|opens|closes|begins|starts|ends|votes|resumes|arrives|leaves|travels|visits|hosts|holds|reopens|launches|expires|returns|heads|flies|kicks\s+off|takes\s+effect|goes\s+to)\b/gi, 'future', 'habitual'],
  // A present perfect takes no point in time ("has called a meeting on Saturday" dates the
  // meeting, not the calling): it tells nothing of the date's side.
  [new RegExp(`\\b(?:has|have|['’]ve|hasn['’]t|haven['’]t)\\s+(?:not\\s+|also\\s+|already\\s+|just\\s+|now\\s+|since\\s+|repeatedly\\s+|long\\s+)?(?:been\\s+)?${PARTICIPLE}\\b`, 'gi'), 'none', 'perfect'],
  [/\b(?:was|were|had|did|didn['’]t|wasn['’]t|weren['’]t|hadn['’]t|ago|earlier|previously|since|last)\b/gi, 'past'],
  [/\b(?:said|told|broke|began|came|went|met|took|gave|made|held|left|rose|fell|won|lost|led|sent|spoke|wrote|saw|found|brought|struck|fought|chose|shut|ran|flew|drove|knew|thought|sought|bought|paid|kept|became|told|stood|sold|hit|quit|swore|shook|threw|grew|drew|withdrew|overtook|undertook|forbade|forgave|froze|stole|tore|wore|bore|sank|sang|rang|spun|stuck|dug|hung|slid|split|spread|upheld|overthrew)\b/gi, 'past'],
  // Regular past tenses, minus participles used as adjectives ("the planned meeting",
  // "as previously planned", "rebel-held") and words that only look like them.
  [/(?<![-\w])[a-z]{2,}ed\b/g, 'past', 'regular'],
];

const NOT_VERBS = /^(?:need|red|bed|shed|speed|seed|feed|breed|hundred|sacred|kindred|naked|wicked|united|based|interested|concerned|alleged|detailed|limited|armed|advanced|related|supposed|tired|worried|pleased|sophisticated|embed|proceed|exceed|succeed|indeed|steed|weed|reed|deed|creed|heed|greed)$/i;
const DESCRIBING = new Set('the a an its their his her our this that these those some any no every each is are am be being as'.split(' '));

/** A participle after a determiner, a be-form or `as` (`the planned meeting`, `is based`, `as previously planned`). */
function adjectival(text: string, at: number): boolean {
  let w = prevWord(text, at);
  if (w && /ly$/i.test(w.word)) w = prevWord(text, w.start);
  return !!w && DESCRIBING.has(w.word.toLowerCase());
}

/**
 * The tense governing a date expression: the nearest cue before it within its clause, else the
 * nearest after it. Clause boundaries are semicolons, and commas that open a participle or a new
 * clause (", declining a meeting ... on Monday" is not governed by the main verb before it).
 */
export function tenseAt(quoted: string, at: number, end: number): TenseCue {
  // Quotation marks do not change a verb group: `would be “reviewed in September”` is a future.
  const sentence = quoted.replace(/[“”"«»]/g, ' ');
  // "since October" always looks back.
  if (/^since\b/i.test(sentence.slice(at, end))) return { tense: 'past', cue: 'since' };
  // "a general strike for Thursday", "scheduled for Friday": a date someone aims at is ahead.
  if (/\bfor\s$/i.test(sentence.slice(Math.max(0, at - 4), at)) && !/['’]s$/.test(sentence.slice(at, end))) return { tense: 'future', cue: 'for' };
  // "adjourned sentencing until 14 February": the date a happening was put off to lies ahead.
  if (PUT_OFF.test(sentence.slice(Math.max(0, at - 60), at))) return { tense: 'future', cue: 'until' };
  const clauseStart = lastBoundary(sentence, at);
  const clauseEnd = nextBoundary(sentence, end);
  const b = nearest(sentence.slice(clauseStart, at), 'last');
  if (b) return b;
  return nearest(sentence.slice(end, clauseEnd), 'first') ?? { tense: 'none', cue: '' };
}

function nearest(text: string, which: 'first' | 'last'): TenseCue | null {
  let best: { index: number; cue: TenseCue } | null = null;
  const covered: [number, number][] = [];
  for (const [re, tense, flag] of CUES) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const s = m.index;
      const e = s + m[0].length;
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      if (covered.some(([cs, ce]) => s < ce && e > cs)) continue;
      covered.push([s, e]);
      if (flag === 'regular' && (NOT_VERBS.test(m[0]) || adjectival(text, s))) continue;
      if (!tense) continue;
      if (!best || (which === 'last' ? s > best.index : s < best.index)) best = { index: s, cue: { tense, cue: m[0].trim(), ...(flag === 'habitual' ? { habitual: true } : flag === 'plan' ? { plan: true } : {}) } };
    }
  }
  return best?.cue ?? null;
}

const PUT_OFF = /\b(?:adjourned|postponed|delayed|deferred|put\s+off|pushed\s+back|moved|rescheduled)(?:\s+[\p{L}'’-]+){0,3}\s+(?:until|till|to)\s$/iu;

const BOUNDARY = /;|\band\s+(?=(?:will|would|shall|is|are|was|were|has|have|had)\b)|,\s+(?=[a-z]+ing\b)|,\s+(?:but|while|whereas|although|though|and|after|before|when|as|which|who|where|because|until|so)\b|\b(?:after|before|while|when|until|because)\s+(?=\w)/g;

function lastBoundary(s: string, at: number): number {
  let last = 0;
  BOUNDARY.lastIndex = 0;
  for (let m = BOUNDARY.exec(s); m && m.index < at; m = BOUNDARY.exec(s)) {
    // "reopened after Christmas": an "after" right before the date governs no clause of its own.
    if (m.index + m[0].length <= at) last = m.index + m[0].length;
  }
  return last;
}

function nextBoundary(s: string, from: number): number {
  BOUNDARY.lastIndex = from;
  const m = BOUNDARY.exec(s);
  return m ? m.index : s.length;
}
