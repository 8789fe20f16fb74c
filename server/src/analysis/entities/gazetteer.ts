import countries from 'world-countries';
import { fold } from './fold';
import { REGIONS } from './lexicon';
import { nameLists } from './names';

export interface Place {
  /** Canonical name: `United States`, `Moscow`. */
  readonly name: string;
  /** `town`: a city, region or landmark from compromise's lexicon (weaker evidence: many are also surnames). */
  readonly type: 'country' | 'capital' | 'region' | 'town';
  /** For a capital, the country it governs (`Moscow` → `Russia`): capitals stand for governments. */
  readonly country?: string;
}

export interface Gazetteer {
  /** Looks a name up by its folded key (`u s` → United States, `russian federation` → Russia). */
  lookup(name: string): Place | undefined;
  /** `lookup` of a name already folded (`fold(name)`): a caller that needs the key for more than this folds once. */
  lookupFolded(key: string): Place | undefined;
  /** Demonyms and adjectives of countries (`Russian`, `Syrian`): never places themselves. */
  isDemonym(word: string): boolean;
  /** `isDemonym` of a word already lower-cased. */
  isDemonymLower(lower: string): boolean;
  /** A country's demonym as English writes it (`Japan` → `Japanese`), if world-countries gives one. */
  demonymOf(country: string): string | undefined;
}

// Two-letter codes double as English words ("IT", "IN", "AT"); only these are read as countries.
const SAFE_CODES = new Set(['us', 'uk', 'uae', 'usa', 'drc', 'prc', 'dprk', 'ussr']);
const CONSTITUENT = ['England', 'Scotland', 'Wales', 'Northern Ireland'];

let cached: Gazetteer | undefined;

/** Countries and capitals from the world-countries data set, built once on first use. */
export function gazetteer(): Gazetteer {
  if (cached) return cached;
  const places = new Map<string, Place>();
  const demonyms = new Set<string>();
  const demonymOf = new Map<string, string>();
  const add = (key: string, place: Place) => {
    const k = fold(key);
    if (k && !places.has(k)) places.set(k, place);
  };
  for (const c of countries) {
    const country: Place = { name: c.name.common, type: 'country' };
    add(c.name.common, country);
    add(c.name.official, country);
    for (const alt of [c.name.official, ...c.altSpellings]) {
      const k = fold(alt);
      if (k.length > 3 || SAFE_CODES.has(k.replace(/ /g, ''))) add(alt, country);
      // "Republic of Turkey" → "Turkey": the short form newsrooms write.
      const short = alt.replace(/^(?:(?:Federal|Democratic|Islamic|Socialist|People's|United|Arab|Plurinational|Bolivarian|Co-operative|Independent|Hashemite|Grand)\s+)*(?:Republic|Kingdom|State|Commonwealth|Federation|Principality|Sultanate|Union|Emirate|Duchy)\s+of\s+(?:the\s+)?/i, '');
      if (short !== alt && /^\p{Lu}/u.test(short)) add(short, country);
    }
    for (const cap of c.capital ?? []) {
      const city: Place = { name: cap.replace(/,?\s+D\.C\.$/, ''), type: 'capital', country: c.name.common };
      add(city.name, city);
    }
    const d = c.demonyms?.['eng'];
    if (d) {
      demonymOf.set(c.name.common, d.m);
      demonyms.add(d.m.toLowerCase());
      demonyms.add(d.f.toLowerCase());
    }
  }
  for (const name of CONSTITUENT) add(name, { name, type: 'country' });
  for (const r of REGIONS) add(r, { name: r[0]!.toUpperCase() + r.slice(1), type: 'region' });
  // "Western Balkans", "Middle East": a compass word before a region names a region.
  // "North America", "Central America": continents named by a compass word ("America" alone is the United States).
  for (const r of [...REGIONS, 'east', 'balkans', 'america']) {
    for (const d of ['north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'central', 'middle', 'far']) {
      add(`${d} ${r}`, { name: `${d[0]!.toUpperCase()}${d.slice(1)} ${r[0]!.toUpperCase()}${r.slice(1)}`, type: 'region' });
    }
  }
  add('Latin America', { name: 'Latin America', type: 'region' });
  const lists = nameLists();
  for (const p of lists.places) add(p, { name: p.replace(/(^|\s)\p{Ll}/gu, (c) => c.toUpperCase()), type: 'town' });
  for (const d of lists.demonyms) demonyms.add(d);
  // Faiths and sects are adjectives of people too: "Shiite fighters", "Sunni rebels".
  for (const d of ['shiite', 'shia', 'sunni', 'alawite', 'druze', 'muslim', 'christian', 'jewish', 'catholic', 'protestant', 'orthodox', 'hindu', 'buddhist', 'sikh', 'islamist', 'jihadist', 'evangelical']) demonyms.add(d);
  for (const d of ['american', 'british', 'english', 'scottish', 'welsh', 'european', 'western', 'eastern', 'african', 'asian', 'arab', 'gulf', 'kurdish', 'iranian', 'soviet']) demonyms.add(d);
  const isDemonymLower = (w: string) => demonyms.has(w) || (w.endsWith('s') && demonyms.has(w.slice(0, -1)));
  cached = {
    lookup: (name) => places.get(fold(name)),
    lookupFolded: (key) => places.get(key),
    demonymOf: (country) => demonymOf.get(country),
    // Plurals too: "the Americans said" names no place.
    isDemonym: (word) => isDemonymLower(word.toLowerCase()),
    isDemonymLower,
  };
  return cached;
}
