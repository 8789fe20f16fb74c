import type { EntityKind, Span } from '../model';
import { fold, remembered } from './fold';
import type { Chunk } from './chunk';
import { actsAsGovernment, afterKin, appositiveOfBody, bodyAgent, exchange, homeTown, namesEvent, officeOf, ownsOfficer, quotedTitle, ticker } from './cues';
import { gazetteer, type Place } from './gazetteer';
import {
  HONORIFICS, LEADERSHIP, NAME_PARTICLES, NOT_ACRONYMS, NOT_NAMES, ORG_NOUNS, ORG_WORDS, PLACE_OF, PLACE_WORDS, SPEECH_VERBS, TIME_ZONES, TITLES,
} from './lexicon';
import { isCommonWord, isEnglishGivenName, isGivenName, nameLists, plainWord } from './names';
import { inCapitals, isAcronym, isDash, isPossessive, type Word } from './words';

/** What the article says elsewhere that helps read one run of capitals. */
export interface Cues {
  readonly text: string;
  /** Folded names with the kind the article establishes for them: bylines, mastheads, datelines, towns named by their councils. */
  readonly known: ReadonlyMap<string, EntityKind>;
  readonly dateline: Span | null;
}

export interface Verdict {
  readonly kind: EntityKind | null;
  readonly weight: number;
  readonly evidence: string;
  readonly place?: Place;
  readonly locative?: boolean;
  readonly governs?: boolean;
}

// After these a name is a place (`talks in Lausanne`); after `to` or `around` only when it is
// already known to be one (`fly on to London`, but `talked to Zarif`, `around Nusra`).
const LOCATIVE = new Set(['in', 'at', 'near', 'across', 'outside', 'inside', 'into', 'via', 'throughout', 'within']);
const MOTION = new Set(['to', 'towards', 'toward', 'around']);
const MEMBERS = new Set(['insurgents', 'militants', 'fighters', 'rebels', 'terrorists', 'extremists', 'jihadists', 'loyalists', 'gunmen', 'operatives', 'members']);
// Place words that are also common surnames: `Denise Park`, but `Victoria Park` after `at`.
const MINES = new Set(['mine', 'mines', 'quarry', 'colliery', 'pit', 'oilfield', 'gasfield']);
const SURNAME_PLACES = new Set(['park', 'hill', 'lake', 'wood', 'field', 'brook', 'ford', 'street', 'bridge', 'marsh']);
const CONTRACTION = /['’](?:ve|re|ll|d|m|s)$|n['’]t$/i;
// `RiverWatch`, `TRTWorld`: a capital inside a word after a run of lower case is a brand, not a
// surname (`McDonald`, `MacArthur`, `DeVos` have one or two letters before theirs).
const BRAND = /^(?:\p{Lu}\p{Ll}{3,}\p{Lu}|\p{Lu}{2,}\p{Lu}\p{Ll})/u;

/**
 * Decides what a run of capitalised words names, from the strongest evidence available: the
 * article's own header, the gazetteer, the words of the name, then the words around it, then the
 * shape of the name itself. Returns null for capitals that name nothing.
 */
export function judge(words: readonly Word[], chunk: Chunk, cues: Cues, honorific: boolean): Verdict | null {
  const lower = words.map((w) => (w.text.endsWith('.') && w.text.length > 3 ? w.lower.slice(0, -1) : w.lower));
  const first = lower[0]!;
  const last = lower[lower.length - 1]!;
  const single = words.length === 1;
  const whole = words[0] === chunk.words[0] && words.length === chunk.words.length;
  const spelled = single ? words[0]!.text : words.map((w) => w.text).join(' ');
  // Folded once: the gazetteer, the names the article knows and the listed organisations are all keyed by it.
  const folded = fold(spelled);
  const g = gazetteer();
  const place = g.lookupFolded(folded);
  const inDateline = !!cues.dateline && words[0]!.start >= cues.dateline.start && words[0]!.end <= cues.dateline.end;
  // Where something is, not who acts: `in Moscow`, `to London`, a dateline, `the Kazakh capital
  // Astana`, and a capital modifying another word (`the Belgrade–Budapest line`).
  const prev = chunk.sentence[chunk.from - 1];
  // "in Vantrell's range": the range is where; Vantrell owns it.
  const possessive = isPossessive(words[words.length - 1]!.trail);
  const locative = inDateline || (whole && (LOCATIVE.has(chunk.before) || MOTION.has(chunk.before) || PLACE_OF.has(chunk.before) || isDash(words[words.length - 1]!.trail) || (!!prev && isDash(prev.trail))));
  // (The verdict is a fresh object: only a locative one needs another.)
  const at = (v: Omit<Verdict, 'locative'>): Verdict => (locative ? { ...v, locative } : v);

  if (words.some((w) => CONTRACTION.test(w.text) && !/['’]s$/.test(w.text))) return null;
  // "Chuck Schumer, D-N.Y.,": a party and a state, not a name.
  if (single && /^[DRI]-\p{Lu}/u.test(words[0]!.text)) return null;
  if (!place && words.every((w) => g.isDemonymLower(w.lower) || NOT_NAMES.has(w.lower))) return null;
  if (single && !place && (NOT_NAMES.has(first) || TITLES.has(first) || HONORIFICS.has(first) || TIME_ZONES.has(first))) return null;

  // "Saudi-backed": a country's adjective, though the gazetteer also files it as a short name.
  // ("South Korean": the adjective of two words too.)
  if ((single ? g.isDemonymLower(words[0]!.lower) : g.isDemonym(spelled)) && (!place || place.name !== spelled)) return null;
  if (single && chunk.sentenceInitial && !place && (isCommonWord(first) || ORG_WORDS.has(first) || PLACE_WORDS.has(first))) return null;

  const known = cues.known.get(compactKey(folded));
  // A place the article establishes keeps the gazetteer's reading too: a capital named in the
  // dateline (`TOKYO`) still stands for its government elsewhere (`Tokyo released 5 billion yen`).
  if (ticker(chunk)) return null;
  if (exchange(chunk)) return { kind: 'organization', weight: 3, evidence: 'stock exchange' };
  if (known) return at({ kind: known, weight: 3, evidence: 'named so elsewhere in the article', ...(known === 'place' && place ? { place } : {}) });
  if (place && place.type !== 'town') {
    const governs = place.type === 'capital' && !locative && chunk.before !== 'the' && actsAsGovernment(chunk);
    return { ...at({ kind: 'place', weight: 3, evidence: 'gazetteer', place }), ...(governs ? { governs } : {}) };
  }
  // "the “Spring Fling” street fair", "Safe Staffing in the Fells" in quotation marks: a title.
  if (whole && quotedTitle(chunk)) return null;
  // "Hill", "Sea", "BRIDGE" alone are words: a place word names a place only with a name beside it.
  if (single && PLACE_WORDS.has(first)) return null;
  // "KB-401", "F-35": a product's code, not its maker.
  if (single && /^\p{Lu}{1,5}-\d+$/u.test(words[0]!.text)) return null;
  if (namesEvent(chunk, last, whole) && !place) return null;
  // "Islamic State insurgents", "Nusra extremists": a group has members, a place has residents.
  if (whole && !place && MEMBERS.has(chunk.after)) return { kind: 'organization', weight: 2, evidence: `before '${chunk.after}'` };
  // "Kestrel's chief medical officer", "the managing director of Fellgate Care": bodies have officers.
  if (whole && !place && (ownsOfficer(chunk) || officeOf(chunk)) && !isGivenName(words[0]!.text)) return { kind: 'organization', weight: 2, evidence: 'has officers' };
  // "Denise Park", "Gemma Hill": a given name before a word that is also a surname.
  if (words.length === 2 && SURNAME_PLACES.has(last) && isEnglishGivenName(words[0]!.text) && !locative) return { kind: 'person', weight: 2, evidence: 'given name and surname' };
  // "City Council", "Port Authority": the last word decides between a place and a body.
  if (PLACE_WORDS.has(last) || (PLACE_WORDS.has(first) && !single && first !== 'state' && !ORG_WORDS.has(last))) {
    // "Islamic State", "Ohio State": a state is as often a movement or a university as a territory.
    return at({ kind: 'place', weight: last === 'state' ? 1 : 3, evidence: 'place word' });
  }
  if (whole && LEADERSHIP.has(chunk.after) && single) return { kind: 'person', weight: 2, evidence: `before '${chunk.after}'` };
  if (lower.some((w) => ORG_WORDS.has(w))) return { kind: 'organization', weight: 3, evidence: 'organisation word' };
  // "Kellerman & Rowe": partners, a firm; no person's name has an ampersand.
  if (lower.includes('&')) return { kind: 'organization', weight: 3, evidence: 'ampersand' };
  if (nameLists().organisations.has(folded)) return { kind: 'organization', weight: single ? 1 : 2, evidence: 'listed organisation' };
  if (single && isAcronym(words[0]!.text)) return NOT_ACRONYMS.has(first) ? null : { kind: 'organization', weight: 2, evidence: 'acronym' };
  if (words.some((w) => mayBeBrand(w.text) && BRAND.test(w.text))) return { kind: 'organization', weight: 2, evidence: 'brand name' };
  // "Plan B", but "at Old Trafford".
  if (!single && !place && NOT_NAMES.has(first)) {
    return whole && LOCATIVE.has(chunk.before) ? at({ kind: 'place', weight: 2, evidence: `after '${chunk.before}'` }) : { kind: null, weight: 0, evidence: 'capitalised words' };
  }
  if (honorific) return { kind: 'person', weight: 3, evidence: 'honorific' };
  // "the Quebrada Larga mine": a mine is named for where it is.
  if (whole && (!chunk.trail || isPossessive(chunk.trail)) && (PLACE_WORDS.has(chunk.after) || MINES.has(chunk.after))) return at({ kind: 'place', weight: 3, evidence: `before '${chunk.after}'` });
  // "the National Geology and Mining Service, Sernageomin.": a body's short name after its full one.
  if (whole && single && appositiveOfBody(chunk) && !isGivenName(words[0]!.text) && !isCommonWord(first)) return { kind: 'organization', weight: 3, evidence: 'appositive of a body' };
  if (whole && ORG_WORDS.has(chunk.after) && !chunk.trail) return null;

  const given = isGivenName(words[0]!.text);
  if (whole && ORG_NOUNS.has(chunk.before) && !given) return { kind: 'organization', weight: 3, evidence: `after '${chunk.before}'` };
  // "the Harlow Star reported", "the Planning Inspectorate": people are not "the".
  // (But "The Long Read", English words throughout, is a section's title.)
  if (!single && whole && chunk.before === 'the' && !given && !chunk.sentenceInitial && !words.every((w) => isCommonWord(w.text))) return { kind: 'organization', weight: 1, evidence: "after 'the'" };
  const person = personShape(words);
  if (whole && person && TITLES.has(chunk.before) && !prev?.trail && !TITLES.has(first)) return { kind: 'person', weight: 3, evidence: `after '${chunk.before}'` };
  const cue = whole ? placeCue(chunk, words) : null;
  if (cue) return at({ kind: 'place', weight: 3, evidence: cue });
  if (place) return at({ kind: 'place', weight: locative ? 2 : 1, evidence: 'listed town', place });
  if (person && chunk.before === 'by' && words.length >= 2) {
    return bodyAgent(chunk) && !given ? { kind: 'organization', weight: 2, evidence: "agent of 'by'" } : { kind: 'person', weight: 2, evidence: 'byline' };
  }
  if (whole && afterKin(chunk) && person && !place) return { kind: 'person', weight: 3, evidence: `after '${chunk.before}'` };
  // "came to Kettleby from Lviv": a journey's ends are places.
  if (whole && !given && ((chunk.before === 'to' && chunk.after === 'from') || (chunk.before === 'from' && chunk.after === 'to'))) return at({ kind: 'place', weight: 2, evidence: 'a journey' });
  // "in Novi Brezovac": a word other languages' lists call a given name does not outweigh the preposition.
  if (whole && !possessive && LOCATIVE.has(chunk.before) && words.length <= 3 && !(given && isEnglishGivenName(words[0]!.text))) return at({ kind: 'place', weight: 2, evidence: `after '${chunk.before}'` });

  if (!single) {
    // "RAJ PATEL:" labels a speaker in a transcript.
    // "Ohio EPA", "US FDA": a place or a name before a body's acronym.
    if (isAcronym(words[words.length - 1]!.text) && !NOT_ACRONYMS.has(last) && !words.every((w) => inCapitals(w.text))) return { kind: 'organization', weight: 2, evidence: 'ends in an acronym' };
    if (!person) return given && words.length <= 3 && words.every((w) => inCapitals(w.text)) ? { kind: 'person', weight: 2, evidence: 'given name in capitals' } : null;
    if (given) return isEnglishGivenName(words[0]!.text) ? { kind: 'person', weight: 3, evidence: 'given name' } : { kind: 'person', weight: 1, evidence: 'foreign given name' };
    // "Manchester United", "Westbury Echo": named after a town, so not a person.
    if (g.lookup(words[0]!.text)) return { kind: 'organization', weight: 1, evidence: 'named after a place' };
    return unknownPair(words, first, last);
  }
  if (whole && (SPEECH_VERBS.has(chunk.after) || chunk.after === 'who')) return { kind: 'person', weight: 2, evidence: `before '${chunk.after}'` };
  // "MacAskill", "McDonald": Gaelic surnames.
  if (/^(?:Mac|Mc)\p{Lu}\p{Ll}/u.test(words[0]!.text)) return { kind: 'person', weight: 2, evidence: 'surname' };
  if (bodyAgent(chunk) && !given) return { kind: 'organization', weight: 2, evidence: "agent of 'by'" };
  // "her husband, Gareth": a given name on its own, mid-sentence, is someone.
  if (given && !chunk.sentenceInitial && !isCommonWord(first)) return { kind: 'person', weight: 1, evidence: 'given name alone' };
  // "the Pentagon", "the Kremlin": people are not "the"; an institution is the likelier guess.
  if (whole && chunk.before === 'the' && !chunk.sentenceInitial && !isCommonWord(first)) return { kind: 'organization', weight: 1, evidence: "after 'the'" };
  return { kind: null, weight: 0, evidence: 'capitalised' };
}

/** Names are looked up without spaces: `TRT World` is `TRTWorld`. */
export const knownKey = remembered((name: string): string => compactKey(fold(name)));

/** A folded name's key for the names the article knows: `trt world` → `trtworld`. */
function compactKey(folded: string): string {
  return folded.includes(' ') ? folded.replace(/ /g, '') : folded;
}

/**
 * Whether BRAND could match: it needs a capital at the third character or later (any character
 * beyond ASCII is left to the pattern). Most words have none, and skip the pattern.
 */
function mayBeBrand(word: string): boolean {
  for (let i = 2; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if ((c >= 65 && c <= 90) || c > 127) return true;
  }
  return false;
}

/** Two to four capitalised words, particles allowed between: the shape of a personal name. */
function personShape(words: readonly Word[]): boolean {
  if (words.length > 4) return false;
  return words.every(
    (w, i) =>
      (w.capital && !inCapitals(w.text)) ||
      /^\p{Lu}\.$/u.test(w.text) ||
      (i > 0 && NAME_PARTICLES.has(w.lower)) ||
      NAME_PARTICLES.has(w.lower.replace(/-.*/, '')) ||
      // An Irish surname's `Ó` (`Brendan Ó Súilleabháin`), capital though one letter, before the rest.
      (i > 0 && i < words.length - 1 && /^[OÓ]$/.test(w.text) && words[i + 1]!.capital),
  );
}

/** `Novi Brezovac, Serbia`; `the town of Castromaya`; `the mayor of Novi Brezovac`; `north of Aleppo`. */
function placeCue(chunk: Chunk, words: readonly Word[]): string | null {
  const s = chunk.sentence;
  const next = s[chunk.from + words.length];
  // The country ends the phrase: `Novi Brezovac, Serbia, 5 March`, but not `a possible Plan B, USA hopes`.
  const closes = next && (/^[,.;:)]/.test(next.trail) || chunk.from + words.length === s.length - 1);
  if (chunk.trail === ',' && next && closes) {
    const p = gazetteer().lookup(next.text);
    if (p && p.type !== 'town' && p.type !== 'capital' && !isGivenName(words[0]!.text)) return `before ', ${next.text}'`;
  }
  if (homeTown(chunk)) return "after ', of'";
  const of = s[chunk.from - 1];
  const noun = s[chunk.from - 2];
  if (of?.lower === 'of' && !of.trail && noun && !noun.trail && PLACE_OF.has(noun.lower)) {
    return `after '${noun.lower} of'`;
  }
  return null;
}

/**
 * Capitalised words with no given name, no cue and no listing: what their words make likeliest.
 * `Save Ashcombe Births` opens with a verb: a campaign. `Oakhurst Instruments`, `Fellgate Care`,
 * `Kettleby United` end in an English noun or adjective, and `Nasdaq Copenhagen` in a capital: no
 * surname is either, so an organisation. `Special Operations`, `Cold War`: English words
 * throughout, nothing. Anything else (`Kohei Arata`, `Ash Carter`) has the shape of a person.
 */
function unknownPair(words: readonly Word[], first: string, last: string): Verdict | null {
  const lists = nameLists();
  if (lists.verbs.has(plainWord(first))) return { kind: 'organization', weight: 2, evidence: 'campaign name' };
  const commonFirst = isCommonWord(first) || NOT_NAMES.has(first);
  const commonLast = isCommonWord(last);
  if (commonFirst && (commonLast || words.length > 2)) return { kind: null, weight: 0, evidence: 'capitalised words' };
  if (commonLast) return { kind: 'organization', weight: 1, evidence: 'ends in an English word' };
  const place = gazetteer().lookup(words[words.length - 1]!.text);
  if (place && place.type !== 'town') return { kind: 'organization', weight: 1, evidence: 'ends in a place' };
  return { kind: 'person', weight: 1, evidence: 'personal name' };
}
