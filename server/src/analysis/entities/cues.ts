import type { Chunk } from './chunk';
import { LEADERSHIP, ORG_WORDS, PLACE_OF, TITLES } from './lexicon';
import { isPossessive, type Word } from './words';

/**
 * Cues around a run of capitals that say what it is not, or what it is, whatever its words look
 * like: the words before and after it, its quotation marks, a possessive. Each is cheap: it looks
 * at the run's neighbours in its sentence, never further.
 */

// "operated by Minera Cordillera Norte", "inspected by Sernageomin": verbs whose agent is a body
// (a byline's `By Hannah Lowe` and "written by", "led by" still name people).
const BODY_AGENT = new Set(
  ('operated owned run managed regulated inspected acquired bought purchased funded sponsored commissioned audited ' +
    'licensed issued published employed insured underwritten financed backed listed sued fined').split(' '),
);

// "whose father Tariq", "her husband, Gareth": kin are people.
const KIN = new Set(
  ('father mother son daughter husband wife brother sister partner widow widower uncle aunt cousin grandson ' +
    'granddaughter grandmother grandfather fiance fiancé fiancee fiancée nephew niece stepfather stepmother').split(' '),
);

// "the Chuetsu earthquake", "the Northern Counties Cup": a happening named after where it struck,
// and competitions, are neither people, organisations nor places. Only natural events: `the Hardacre
// trial` or `the Hamas attack` still name someone.
const EVENT_NOUNS = new Set('earthquake quake tsunami eruption hurricane typhoon cyclone storm wildfire'.split(' '));
const COMPETITIONS = new Set('cup trophy championship championships tournament olympics paralympics prix festival expo marathon'.split(' '));
// "the General Data Protection Regulation", "the Online Safety Act": a law is no one and nowhere.
const LAWS = new Set('act regulation regulations directive'.split(' '));

/** The word `n` places before the chunk in its sentence. */
function before(chunk: Chunk, n: number): Word | undefined {
  return chunk.sentence[chunk.from - n];
}

/** An agent `by` after a verb whose doer is a body: `operated by X`. */
export function bodyAgent(chunk: Chunk): boolean {
  const verb = before(chunk, 2);
  return chunk.before === 'by' && !!verb && !verb.trail && BODY_AGENT.has(verb.lower);
}

/** `whose father Tariq`. */
export function afterKin(chunk: Chunk): boolean {
  return KIN.has(chunk.before.replace(/,$/, '')) && !before(chunk, 1)?.trail.match(/[.;:]/);
}

/** A name for a happening or a competition: `the Chuetsu earthquake`, `the Northern Counties Cup`. */
export function namesEvent(chunk: Chunk, lastWord: string, whole: boolean): boolean {
  if (COMPETITIONS.has(lastWord) || (LAWS.has(lastWord) && chunk.words.length > 1)) return true;
  const last = chunk.words[chunk.words.length - 1]!;
  return whole && !last.trail && EVENT_NOUNS.has(chunk.after);
}

/**
 * `Kestrel's chief medical officer`, `Port Arden City's sporting director`: what has officers and
 * directors is a body (a town has a mayor, a person a chief of staff: those are not taken).
 */
export function ownsOfficer(chunk: Chunk): boolean {
  const last = chunk.words[chunk.words.length - 1]!;
  if (!isPossessive(last.trail)) return false;
  const s = chunk.sentence;
  for (let k = chunk.from + chunk.words.length; k < s.length && k < chunk.from + chunk.words.length + 4; k++) {
    const w = s[k]!.lower;
    if (PLACE_OF.has(w) || LEADERSHIP.has(w) || w === 'staff') return false;
    if (TITLES.has(w)) return true;
    if (s[k]!.trail) return false;
  }
  return false;
}

/** `the managing director of Fellgate Care`, `chairman of Oakhurst`: a title of a body (not `the mayor of`, a town's). */
export function officeOf(chunk: Chunk): boolean {
  const of = before(chunk, 1);
  const title = before(chunk, 2);
  if (of?.lower !== 'of' || of.trail || !title || title.trail) return false;
  const t = title.lower;
  return TITLES.has(t) && !PLACE_OF.has(t) && !['leader', 'head', 'king', 'queen', 'president', 'prince', 'princess'].includes(t);
}

/**
 * A title in quotation marks (`“Lessons from Fellgate”`, `the “Spring Fling” street fair`): the run
 * opens right after the opening mark and the mark closes within a few words, before any sentence
 * ends. Quoted speech is longer and has its own speakers: this looks only six words on.
 */
export function quotedTitle(chunk: Chunk): boolean {
  const first = chunk.words[0]!;
  if (!/["“‘«]$/.test(first.lead)) return false;
  const s = chunk.sentence;
  for (let k = chunk.from; k < s.length && k < chunk.from + 6; k++) {
    const trail = s[k]!.trail;
    if (/["”’»]/.test(trail)) return !/[.!?]/.test(trail.slice(0, trail.search(/["”’»]/)));
    if (/[.!?;]/.test(trail)) return false;
  }
  return false;
}

/** `Bill Hardacre, 63, of Thornsby`: a home town after the age. */
export function homeTown(chunk: Chunk): boolean {
  const of = before(chunk, 1);
  const age = before(chunk, 2);
  return of?.lower === 'of' && !of.trail && !!age && /^\d{1,3}$/.test(age.text) && age.trail === ',';
}

/** `(NYSE: VNTL)`, `(Nasdaq Copenhagen: KSTRL)`: the ticker after an exchange is a share, not a body. */
export function ticker(chunk: Chunk): boolean {
  const colon = before(chunk, 1);
  if (chunk.words.length !== 1 || !colon || colon.trail !== ':' || !/^\)/.test(chunk.trail)) return false;
  for (let k = 1; k <= 3; k++) if (before(chunk, k)?.lead.includes('(')) return true;
  return false;
}

/** The exchange in `(NYSE: VNTL)`: opens the brackets, ends with a colon, a ticker after it. */
export function exchange(chunk: Chunk): boolean {
  const next = chunk.sentence[chunk.from + chunk.words.length];
  return chunk.words[0]!.lead.includes('(') && chunk.trail === ':' && !!next && /^\)/.test(next.trail) && /^\p{Lu}[\p{Lu}.\d]{0,6}$/u.test(next.text);
}

// What a government does in a news sentence: `Tokyo released 5 billion yen`, `Tokyo has promised`, `Has Santiago been too slow`.
const GOVERNING = new Set(
  ('has have had is was will would said says announced released promised pledged sent ordered approved rejected ' +
    'accused warned urged denied insisted signed agreed refused imposed lifted banned recalled expelled summoned ' +
    'vowed threatened condemned welcomed responded retaliated declared been').split(' '),
);

/** A capital as the subject of what governments do (the verb right after it, or `Has Santiago been`). */
export function actsAsGovernment(chunk: Chunk): boolean {
  const last = chunk.words[chunk.words.length - 1]!;
  if (last.trail && !isPossessive(last.trail)) return false;
  return GOVERNING.has(chunk.after) || isPossessive(last.trail) || ['has', 'have', 'is', 'was', 'will', 'did', 'does'].includes(chunk.before);
}

/** `the National Geology and Mining Service, Sernageomin.`: one word after a body's name and a comma, closing the clause. */
export function appositiveOfBody(chunk: Chunk): boolean {
  const prev = before(chunk, 1);
  return !!prev && prev.trail === ',' && ORG_WORDS.has(prev.lower) && /^[.,;)]/.test(chunk.trail);
}
