import type { Span } from '../model';
import { foldKey } from '../text/fold';
import type { Placed } from './choose';

/** Words that qualify any happening and tell none apart (`deadly`, `new`, `planned`). */
const BLAND = new Set(
  ('a an the its their his her our this that these those some any another other first second third last next previous ' +
    'earlier later latest recent new fresh major further possible planned proposed scheduled expected deadly fatal big ' +
    'large small huge massive brief short long full final initial formal informal official joint separate same such ' +
    'several many few more most one two three four five his then also already still only just not no to all every each both').split(' '),
);
/** Words that end the object of a verb or open the phrase before a noun. */
const STOP = /^(?:on|in|at|of|with|between|by|for|from|over|against|near|after|before|since|during|into|across|around|and|or|but|that|which|who|was|were|is|are|has|had|have|will|would|could|as|than|said|says)$/i;
/** Verbs and particles end the words before a noun: `carried out | missile strikes`. */
const VERBISH = /(?:ed|ing)$|^(?:out|up|down|off|away|to|be|been|being)$/i;

/**
 * What sets a happening apart from others of its kind: the words before a happening noun
 * (`missile strikes`, `chemical weapons attack`, `investment agreement`). Lower-case content
 * words only: names are participants, and evaluative words (`deadly`, `new`) distinguish
 * nothing. A verb's object is left to the clause's terms: one outlet's "suspended night
 * crossings" is another's "halted the evening service", and wording must not split them.
 */
export function modifiersOf(text: string, trigger: Placed, clause: Span): string[] {
  const out: string[] = [];
  if (isVerbal(text, trigger)) return out;
  const before = text.slice(Math.max(clause.start, trigger.at - 60), trigger.at).split(/\s+/).filter(Boolean).reverse();
  for (const w of before.slice(0, 2)) {
    if (/[^\p{L}-]/u.test(w) || /^\p{Lu}/u.test(w) || STOP.test(w) || VERBISH.test(w)) break;
    if (!BLAND.has(w.toLowerCase())) out.push(foldKey(w));
  }
  return out.reverse();
}

const IRREGULAR = new Set('met meet meets struck shut broke broken built fell fled flew sank quit held won lost rose began begun said told spoke wrote sought fought'.split(' '));
const AUXILIARY = /^(?:to|will|would|could|should|can|may|might|must|did|does|do|not|he|she|it|they|we|who|which|that|had|has|have|was|were)$/i;

/** A trigger used as a verb (`voted`, `will meet`, `it strikes`), as opposed to a noun (`the vote`). */
export function isVerbal(text: string, trigger: Placed): boolean {
  const lower = trigger.text.toLowerCase();
  if (/\s/.test(lower)) return true;
  if (/ed$/.test(lower) || IRREGULAR.has(lower)) return true;
  const prev = text.slice(Math.max(0, trigger.at - 24), trigger.at).trim().split(/\s+/).pop();
  return !!prev && AUXILIARY.test(prev);
}
