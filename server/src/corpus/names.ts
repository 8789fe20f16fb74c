import { mentionCount, mentionFull, mentionMetonym, mentionText } from '../analysis/entities/mentionList';
import { distance } from 'fastest-levenshtein';
import type { ArticleEntity } from '../analysis/model';
import { foldKey, foldWords } from '../analysis/text/fold';
import { nameWords, nicknameOf, surnameKey } from '../analysis/entities/coref';
import { gazetteer } from '../analysis/entities/gazetteer';
import { doubleMetaphone } from 'double-metaphone';
import { Memo } from './memo';

export { surnameKey, nameWords, nicknameOf };

/**
 * `foldKey` of a name or a mention, worked out once per spelling: filing a workspace folds every
 * mention of every entity (the same few thousand spellings across ten thousand articles), and
 * transliterating and six regular expressions each time were a fifth of filing it.
 */
export function folded(text: string): string {
  return foldMemo.get(text, () => foldKey(text));
}

/** `foldWords` of a mention, worked out once per spelling (see `folded`). */
export function foldedWords(text: string): readonly string[] {
  return wordsMemo.get(text, () => foldWords(text));
}

const foldMemo = new Memo<string>(20_000);
const wordsMemo = new Memo<readonly string[]>(20_000);

/** `William “Bill” Hardacre` → `William Hardacre`. */
export function withoutNickname(name: string): string {
  return nicknameOf(name) ? name.replace(/\s["“‘'][^\s"”’']+["”’']\s/, ' ') : name;
}

/** `William “Bill” Hardacre` and `Bill Hardacre`: one name glosses the other's given name as its nickname. */
export function nicknameLinks(a: string, b: string): boolean {
  const na = nicknameOf(a);
  const nb = nicknameOf(b);
  return (!!na && na === givenKey(b)) || (!!nb && nb === givenKey(a));
}

/** Similarity of two names in [0, 1] after folding: 1 - edit distance / length (Levenshtein). */
export function nameSimilarity(a: string, b: string): number {
  const fa = foldKey(a);
  const fb = foldKey(b);
  if (!fa || !fb) return 0;
  return 1 - distance(fa, fb) / Math.max(fa.length, fb.length);
}

/** Given name as a folded key: `Zoë Müller-Lüdenscheidt` → `zoe`. */
export function givenKey(name: string): string {
  return foldKey(nameWords(name)[0] ?? '');
}

/** The keys an organisation or place is found under: its folded name, its initials, its gazetteer name. */
export function organisationKeys(e: ArticleEntity): string[] {
  const keys = new Set<string>();
  // An organisation is mentioned again and again in the same few spellings: each spelling is
  // folded, and looked up in the gazetteer, once (folding was most of filing a workspace).
  const added = new Set<string>();
  const ms = e.mentions;
  const count = mentionCount(ms);
  for (let i = 0; i < count; i++) {
    const text = mentionText(ms, i);
    if (added.has(text)) continue;
    const words = text.replace(/^the\s+/i, '').split(/\s+/);
    // A capital standing for its government is filed under its country, never under the city's name.
    if (!mentionMetonym(ms, i) && (mentionFull(ms, i) || words.length > 1 || count === 1)) {
      keys.add(folded(text.replace(/^the\s+/i, '')).replace(/ /g, ''));
      added.add(text);
    }
  }
  // A place the gazetteer knows is one place under all its names: Russia = Russian Federation.
  if (e.kind === 'place') {
    const looked = new Set<string>();
    for (let i = 0; i < count; i++) {
      const text = mentionText(ms, i);
      if (mentionMetonym(ms, i) || looked.has(text)) continue;
      looked.add(text);
      const place = gazetteer().lookup(text);
      if (place) keys.add(`=${foldKey(place.name).replace(/ /g, '')}`);
    }
    const named = gazetteer().lookup(e.name);
    if (named && named.type === 'country') keys.add(`=${foldKey(named.name).replace(/ /g, '')}`);
  }
  const name = e.name.replace(/^the\s+/i, '');
  const words = name.split(/[\s-]+/).filter((w) => /^\p{Lu}/u.test(w));
  if (words.length >= 2) keys.add(words.map((w) => w[0]).join('').toLowerCase());
  keys.delete('');
  return [...keys];
}

/**
 * The buckets a person is kept in: the sounds of the surname (Double Metaphone, both codes), so
 * that transliterations and misspellings of one surname (Kovalczuk/Kovalchuk, Gaddafi/Qaddafi,
 * Smith/Smyth) meet; whether they are one person is decided inside the bucket.
 */
export function personBuckets(name: string): string[] {
  // A person is named in many articles, and looked up each time one is checked: once per name.
  return [...bucketMemo.get(name, () => surnameBuckets(name))];
}

const bucketMemo = new Memo<readonly string[]>(5000);

function surnameBuckets(name: string): string[] {
  const surname = surnameKey(name);
  if (!surname) return ['p:'];
  const [primary, secondary] = doubleMetaphone(surname);
  const keys = new Set([primary, secondary].filter(Boolean).map((k) => `p:${k}`));
  return keys.size ? [...keys] : [`p:${surname}`];
}

/** Whether a name is a full personal name (given name and surname), not a surname alone. */
export function isFullName(name: string): boolean {
  return nameWords(name).length >= 2;
}
