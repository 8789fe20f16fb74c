import type { Span } from '../model';
import { isVerbal } from './modifiers';
import { findTriggers, type Trigger } from './triggers';

/** The other happenings a clause reports besides `chosen` (kinds, speech excepted, in order). */
export function relatedKinds(text: string, clause: Span, chosen: Placed): string[] {
  const kinds = triggersOf(text, clause)
    .filter((t) => t.at !== chosen.at && !t.speech && t.kind !== chosen.kind && t.kind !== 'happening')
    .map((t) => t.kind);
  return [...new Set(kinds)];
}

// Dates of one clause share its triggers: they are found once per clause.
let memoText = '';
const memo = new Map<string, Placed[]>();

function triggersOf(text: string, clause: Span): Placed[] {
  if (text !== memoText || memo.size > 256) {
    memoText = text;
    memo.clear();
  }
  const key = `${clause.start}:${clause.end}`;
  let found = memo.get(key);
  if (!found) memo.set(key, (found = findTriggers(text.slice(clause.start, clause.end)).map((t) => ({ ...t, at: clause.start + t.index }))));
  return found;
}

/** A trigger with its offset in the article. */
export interface Placed extends Trigger {
  readonly at: number;
  /** The date is the one a happening was put off to (`adjourned sentencing until 14 February`). */
  readonly planned?: boolean;
}

/** A date after these words is a limit, not the time something happened (`by 2027`, `before the summer`, `after Christmas`). */
const LIMIT = new Set(['by', 'before', 'after', 'until', 'till', 'through', 'within', 'ahead', 'than']);
const DETERMINER = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'our', 'whose', 'your', 'my']);
/** Words that end a noun phrase: the head noun is the word before them. */
const NP_END = /^(?:[,.;:!?)"”’—–(]|on|in|at|of|with|between|by|for|from|to|over|against|near|after|before|since|during|into|across|around|and|or|but|that|which|who|was|were|is|are|has|had|have|will|would|could|said|says)$/i;
const SPEECH_REACH = 4;

/**
 * The happening a date places, in its clause: the word that governs it. A speech verb right
 * before the date dates the saying (`said on Wednesday`, `told reporters last week`); further
 * off, the happening reported wins (`said the council voted on Tuesday`). A date inside a noun
 * phrase dates its head (`Monday's meeting`, `the April 7 missile strikes`, not `the 2023
 * wildfire season`). A limit (`by 2027`) places nothing.
 */
export function chooseTrigger(text: string, clause: Span, date: Span): Placed | null {
  const written = text.slice(date.start, date.end);
  const lead = previousToken(text, date.start, clause.start);
  const lead2 = lead ? previousToken(text, text.lastIndexOf(lead, date.start), clause.start) : null;
  const all = triggersOf(text, clause);
  const triggers = all.filter((t) => t.at + t.text.length <= date.start || t.at >= date.end);
  // "after Saturday's final": a date inside a noun phrase dates its head, whatever governs the phrase.
  if (/['’]s$/.test(written) || (lead && DETERMINER.has(lead.toLowerCase()))) return headOf(text, triggers, date, clause);
  // "adjourned sentencing until 14 February": the date the happening was put off to.
  if (lead && /^(?:until|till)$/i.test(lead)) return deferred(triggers, date);
  if (lead && (LIMIT.has(lead.toLowerCase()) || (lead.toLowerCase() === 'of' && lead2?.toLowerCase() === 'ahead'))) return null;
  // "has today jailed", "was on Monday charged": a date inside a verb group dates its verb.
  if (lead && AUXILIARY.test(lead)) {
    const verb = triggers.find((t) => t.at >= date.end && wordsBetween(text, date.end, t.at) === 0);
    if (verb) return verb;
  }

  let pool = triggers;
  // "Two days after the vote, the bridge closed": the complement's happening is another one.
  if (/\b(?:after|before)$/i.test(written)) {
    const comma = text.indexOf(',', date.end);
    const until = comma >= 0 && comma < clause.end ? comma : clause.end;
    pool = pool.filter((t) => t.at < date.start || t.at > until);
  }
  // "Since April 7, that bombing has escalated": a since-date marks a happening, never a saying.
  if (/^since\b/i.test(written)) pool = pool.filter((t) => !t.speech);

  const before = pool.filter((t) => t.at < date.start);
  let nearest = before[before.length - 1];
  if (nearest) {
    // "since records began in 1947": another verb governs the date, and it names no happening.
    if (otherVerb(text, nearest.at + nearest.text.length, date.start)) return null;
    // "The trial opened on Monday", "the talks resumed": a generic verb takes its subject's kind;
    // with none ("the season ended yesterday as ... the final"), the happening named after the date.
    if (GENERIC.has(nearest.kind)) {
      const subject = before[before.length - 2];
      if (subject && !subject.speech && !GENERIC.has(subject.kind) && subjectOfGeneric(text, subject, nearest.at)) nearest = subject;
      else if (nearest.kind === 'happening') return pool.find((t) => t.at >= date.end && !t.speech && !GENERIC.has(t.kind)) ?? null;
    }
    // "approved the deal on Sunday", "confirmed the talks on 7 August": the verb's own happening, not its object's.
    const verb = before[before.indexOf(nearest) - 1];
    if (verb && verb.kind !== nearest.kind && governs(text, verb, nearest)) nearest = verb;
    const gap = nearest.at + nearest.text.length;
    if (!nearest.speech || (wordsBetween(text, gap, date.start) <= SPEECH_REACH && !hasVerb(text, gap, date.start))) return nearest;
    // "Opponents said they would file a lawsuit next week": the date is the reported clause's.
    const specific = before.filter((t) => !t.speech);
    return specific[specific.length - 1] ?? null;
  }
  // "Arguments are expected in October, the court said": a clause that has its verb before the
  // date is not governed by what follows it; "On Friday, Lavrov had warned" is.
  if (hasVerb(text, clause.start, date.start)) return null;
  // "On 7 March, two days after the vote, the bridge closed": skip happenings in an aside.
  const next = pool.find((t) => t.at >= date.end && !inAside(text, date.end, t.at));
  if (next) return otherVerb(text, date.end, next.at) ? null : next;
  return null;
}

const GENERIC = new Set(['opening', 'happening']);
const AUXILIARY = /^(?:has|have|had|was|were|is|are|will|would|shall|been|be)$/i;
/** Speech verbs that take a happening as their object (`confirmed the talks`), unlike `said`. */
const OBJECT_SPEECH = /^(?:confirm|announc|unveil|disclos|reveal|deni|report)/i;

/**
 * Whether the happening noun `noun` is the object of `verb` (`approved the deal`), or what the
 * happening noun `verb` is about (`an inquiry into the fire`): the date is the governing one's.
 */
function governs(text: string, verb: Placed, noun: Placed): boolean {
  // "began returning": an aspect verb is no happening of its own.
  if (noun.speech || /\s/.test(noun.text) || /(?:ed|ing)$/i.test(noun.text) || GENERIC.has(verb.kind)) return false;
  const between = text.slice(verb.at + verb.text.length, noun.at);
  if (!isVerbal(text, verb)) return !verb.speech && /^\s+(?:into|of|over|about)\s+(?:the|a|an|its|their|this|that)\s+(?:[\p{Ll}-]+\s+)?$/u.test(between);
  // "confirmed the activation on 3 March" dates the activation; "confirmed the talks" does not
  // date talks that had been going on: only an ongoing happening leaves the date to the saying.
  if (verb.speech && (!OBJECT_SPEECH.test(verb.text) || !ONGOING.has(noun.kind))) return false;
  // "confirmed that talks ... will take place": after a verb of saying, `that` opens a clause.
  if (verb.speech && /^\s+that\s/i.test(between)) return false;
  // `approved the deal`, `approved Oleksandr Kovalenko's takeover`: a determiner or a possessive between.
  return /^\s+(?:(?:the|a|an|its|their|his|her|our|this|that)\s+)?(?:(?:[\p{Lu}][\p{L}.-]*\s+){0,2}[\p{L}.-]+['’]s\s+)?(?:[\p{Ll}-]+\s+)?$/u.test(between);
}

/** Happenings that go on for a while, whose confirmation or announcement is a happening of its own. */
const ONGOING = new Set(['meeting', 'trial', 'inquiry', 'construction', 'production', 'protest', 'walkout']);

/** The happening put off to a date: the object of the deferral (`adjourned sentencing`), else its subject. */
function deferred(triggers: readonly Placed[], date: Span): Placed | null {
  const before = triggers.filter((t) => t.at < date.start);
  const k = before.map((t) => t.kind).lastIndexOf('deferral');
  if (k < 0) return null;
  const useful = (t: Placed | undefined) => !!t && !t.speech && t.kind !== 'deferral' && !GENERIC.has(t.kind);
  const object = before.slice(k + 1).find(useful);
  const subject = before.slice(0, k).reverse().find(useful);
  const happening = object ?? subject;
  return happening ? { ...happening, planned: true } : null;
}

/** Whether a trigger after the date sits in a phrase opened by `after`/`before` since the last comma. */
function inAside(text: string, from: number, at: number): boolean {
  const chunk = text.slice(from, at);
  const comma = chunk.lastIndexOf(',');
  return /\b(?:after|before|following|since|ahead\s+of|until)\b/i.test(comma >= 0 ? chunk.slice(comma) : chunk);
}

/** Verbs other than auxiliaries, copulas and modals (which belong to the trigger's own verb group). */
const VERB = /\b(?:said|says|told|began|took|gave|made|held|rose|fell|won|lost|became|stood|grew|saw|found|knew|thought|brought|kept|left|sent|spent|built|paid|put|set|cut|run|ran)\b|(?<![-\w])[a-z]{3,}ed\b/g;
const SCHEDULED = /^(?:scheduled|planned|slated|timed|expected|billed|pencilled|penciled|set|due|postponed|delayed|rescheduled|moved|brought|put)$/;
const NOT_VERB = /^(?:need|red|bed|speed|hundred|united|based|interested|concerned|alleged|detailed|limited|armed|advanced|related|supposed|indeed|proceed|exceed|succeed)$/;

const FINITE = /\b(?:is|are|was|were|will|would|has|have|had|did|does|said|says|told|shall|can|could|should|may|might|must)\b/i;

function hasVerb(text: string, from: number, to: number): boolean {
  return FINITE.test(text.slice(from, to)) || otherVerb(text, from, to);
}

function otherVerb(text: string, from: number, to: number): boolean {
  const between = text.slice(from, to);
  VERB.lastIndex = 0;
  for (let m = VERB.exec(between); m; m = VERB.exec(between)) {
    // "talks ... scheduled for May 3-4": a participle of timing belongs to the happening before it.
    if (NOT_VERB.test(m[0]) || SCHEDULED.test(m[0])) continue;
    const prev = previousToken(between, m.index, 0)?.toLowerCase();
    // "will be held on 18 July", "was postponed": a passive keeps the happening its subject names.
    if (prev && /^(?:was|were|is|are|be|been|being)$/.test(prev)) continue;
    if (/ed$/.test(m[0]) && prev && (DETERMINER.has(prev) || /^(?:has|have|had)$/.test(prev))) continue;
    return true;
  }
  return false;
}

/** The trigger heading the noun phrase a date sits in, or null when its head is no happening. */
function headOf(text: string, triggers: readonly Placed[], date: Span, clause: Span): Placed | null {
  const re = /[\p{L}\p{N}.'’-]+|[^\s\p{L}\p{N}]/gu;
  re.lastIndex = date.end;
  let head: { index: number; word: string } | null = null;
  for (let n = 0, m = re.exec(text); m && m.index < clause.end && n < 5; n++, m = re.exec(text)) {
    if (NP_END.test(m[0])) break;
    head = { index: m.index, word: m[0] };
  }
  if (!head) return null;
  return triggers.find((t) => t.at === head!.index) ?? null;
}

function previousToken(text: string, at: number, floor: number): string | null {
  let i = at;
  while (i > floor && /\s/.test(text[i - 1]!)) i--;
  const end = i;
  while (i > floor && /[\p{L}'’]/u.test(text[i - 1]!)) i--;
  return end > i ? text.slice(i, end) : null;
}

/**
 * Whether the happening `subject` is the subject of the generic verb at `to`: a few words
 * between (`The trial opened`), or a longer noun phrase with no verb of its own before the verb's
 * auxiliaries (`talks with the Ashcombe and Vale NHS Foundation Trust will take place`).
 */
function subjectOfGeneric(text: string, subject: Placed, to: number): boolean {
  const from = subject.at + subject.text.length;
  const n = wordsBetween(text, from, to);
  if (n <= 3) return true;
  // A verb (`peaked`) is no subject, however far its noun phrase runs.
  if (n > 12 || /ed$/i.test(subject.text)) return false;
  const between = text.slice(from, to);
  if (/[,;:]/.test(between)) return false;
  const words = between.trim().split(/\s+/);
  while (words.length && AUXILIARIES.has(words[words.length - 1]!.toLowerCase())) words.pop();
  // A noun phrase only: no verb of its own and no clause opening (`peaked at ... since records began`).
  const phrase = ` ${words.join(' ')} `;
  return !words.some((w) => CLAUSE_OPENERS.has(w.toLowerCase())) && !FINITE.test(phrase) && !otherVerb(phrase, 0, phrase.length);
}

const AUXILIARIES = new Set('will would shall may might could should has have had is are was were be been to not also now'.split(' '));
const CLAUSE_OPENERS = new Set('since after before when while as because until than where that which who'.split(' '));

function wordsBetween(text: string, from: number, to: number): number {
  const between = text.slice(from, to).trim();
  return between ? between.split(/\s+/).length : 0;
}
