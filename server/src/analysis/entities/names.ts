import { COMMON_WORDS, DEMONYMS, GIVEN_NAMES, ORGANISATIONS, PLACES } from './data/compromise';
import { BASE_VERBS, MORE_COMMON_WORDS, MORE_GIVEN_NAMES, OTHER_GIVEN_NAMES } from './data/words';
import { remembered } from './fold';

/**
 * Word knowledge derived from compromise's lexicon, wink-lexicon and faker's first names (see
 * tools/entities/build-lexicon.mjs): which words are given names, which are plain English, which
 * names are towns or organisations. Keys are lower-case ASCII; callers fold first. Built on first
 * use (a few milliseconds).
 */
export interface NameLists {
  readonly given: ReadonlySet<string>;
  /** Given names of other languages' lists only (`Joris`, `Novi`): a weaker sign than `Margaret`. */
  readonly foreignGiven: ReadonlySet<string>;
  readonly places: ReadonlySet<string>;
  readonly organisations: ReadonlySet<string>;
  readonly demonyms: ReadonlySet<string>;
  readonly common: ReadonlySet<string>;
  /** Verbs in their base form that are no noun: `Save` opening `Save Ashcombe Births` names a campaign. */
  readonly verbs: ReadonlySet<string>;
}

let lists: NameLists | undefined;

export function nameLists(): NameLists {
  if (lists) return lists;
  const set = (...s: string[]) => new Set(s.flatMap((x) => x.split('|')));
  lists = {
    given: set(GIVEN_NAMES, MORE_GIVEN_NAMES, OTHER_GIVEN_NAMES),
    foreignGiven: set(OTHER_GIVEN_NAMES),
    places: set(PLACES),
    organisations: set(ORGANISATIONS),
    demonyms: set(DEMONYMS),
    common: set(COMMON_WORDS, MORE_COMMON_WORDS),
    verbs: set(BASE_VERBS),
  };
  return lists;
}

/** Lower-case ASCII form of one word for the lists: `Zoë` → `zoe`; other scripts stay as they are. */
export const plainWord = remembered((word: string): string => {
  const lower = word.toLowerCase();
  return /^[a-z'-]*$/.test(lower) ? lower : lower.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
});

/** A given name: `Margaret`, `Zoë`; a lone initial (`J.`) counts as one. */
export function isGivenName(word: string): boolean {
  return /^\p{Lu}\.$/u.test(word) || nameLists().given.has(plainWord(word));
}

/** A given name English copy knows (`Margaret`, `Bill`), not only another language's list (`Novi`). */
export function isEnglishGivenName(word: string): boolean {
  return isGivenName(word) && !nameLists().foreignGiven.has(plainWord(word));
}

/** A plain English adjective or noun (`Special`, `United`, `Farmers`), not a name. */
export function isCommonWord(word: string): boolean {
  const w = plainWord(word);
  const { common, given } = nameLists();
  if (given.has(w)) return false;
  if (common.has(w)) return true;
  // Plurals of listed nouns: `Operations` from `operation` is not listed, `Helmets` neither.
  return w.length > 4 && w.endsWith('s') && (common.has(w.slice(0, -1)) || (w.endsWith('ies') && common.has(w.slice(0, -3) + 'y')));
}
