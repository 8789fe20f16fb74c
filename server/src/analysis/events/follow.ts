import type { Span } from '../model';
import { tenseAt } from '../dates/tense';
import { findTriggers } from './triggers';
import type { Placed } from './choose';

/**
 * What a date places when its own clause names no happening, and whether the happening it
 * places took place, is planned or was called off.
 */

/** Market moves: the news that moved the price is the happening (`jumped 18% on Friday after X confirmed talks`). */
const PRICE_MOVE = /\b(?:jump(?:ed|s)?|r(?:o|i)se|rises|fell|falls|surged?|soared?|slump(?:ed|s)?|tumbled?|plunged?|dropped|climbed|gained|slid|rallied|spiked)\b/i;
const FINITE = /\b(?:is|are|was|were|will|would|has|have|had|did|does|said|says|told|shall|can|could|should|may|might|must)\b|(?<![-\w])[a-z]{3,}ed\b/i;

/**
 * The happening of the clause that follows the date's own: after a market move (`shares jumped 18%
 * on Friday after the company confirmed it was in talks`: the confirmation, which moved them that
 * day), or after an answer with no verb (`A: Yesterday morning, a little after seven, when the probe
 * broke through`: what happened then). Null otherwise.
 */
export function followOn(text: string, clause: Span, sentence: Span, date: Span): { trigger: Placed; clause: Span } | null {
  const own = text.slice(clause.start, date.start) + text.slice(date.end, clause.end);
  const rest = text.slice(clause.end, sentence.end);
  let from = -1;
  if (PRICE_MOVE.test(own)) {
    const m = /^\s{0,4},?\s{0,4}(?:after|as|when|following)\s/i.exec(rest);
    if (m) from = clause.end + m[0].length;
  } else if (!FINITE.test(own)) {
    const m = /\bwhen\s/i.exec(rest);
    if (m) from = clause.end + m.index + m[0].length;
  }
  if (from < 0) return null;
  const next = { start: from, end: Math.min(sentence.end, from + 300) };
  const trigger = findTriggers(text.slice(next.start, next.end)).find((t) => t.kind !== 'happening' && t.kind !== 'opening');
  return trigger ? { trigger: { ...trigger, at: next.start + trigger.index }, clause: next } : null;
}

const DUE = /\b(?:was|were|had\s+been)\s+(?:due|scheduled|set|expected|supposed|meant|planned|slated)\b/i;
const CALLED_OFF = /\b(?:adjourned|postponed|cancell?ed|called\s+off|put\s+off|delayed|scrapped|deferred|abandoned|rescheduled)\b/i;

/**
 * `planned` when the copy announces the happening (future tense, or the date it was put off to);
 * `called-off` when it was due on the date but did not take place then (`was due a week ago, but
 * was adjourned`); undefined when it is reported as having happened.
 */
export function statusOf(text: string, sentence: Span, date: Span, trigger: Placed): 'planned' | 'called-off' | undefined {
  const s = text.slice(sentence.start, sentence.end);
  const due = DUE.exec(s);
  if (due && CALLED_OFF.test(s.slice(due.index))) return 'called-off';
  if (trigger.planned) return 'planned';
  const from = Math.max(sentence.start, date.start - 240);
  const to = Math.min(sentence.end, date.end + 240);
  return tenseAt(text.slice(from, to), date.start - from, date.end - from).tense === 'future' ? 'planned' : undefined;
}
