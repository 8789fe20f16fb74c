import countries from 'world-countries';
import { foldKey } from '../text/fold';
import { REGIONS } from './lexicon';

export interface Place {
  /** Canonical name: `United States`, `Moscow`. */
  readonly name: string;
  readonly type: 'country' | 'capital' | 'region';
  /** For a capital, the country it governs (`Moscow` → `Russia`): capitals stand for governments. */
  readonly country?: string;
}

export interface Gazetteer {
  /** Looks a name up by its folded key (`u s` → United States, `russian federation` → Russia). */
  lookup(name: string): Place | undefined;
  /** Demonyms and adjectives of countries (`Russian`, `Syrian`): never places themselves. */
  isDemonym(word: string): boolean;
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
  const add = (key: string, place: Place) => {
    const k = foldKey(key);
    if (k && !places.has(k)) places.set(k, place);
  };
  for (const c of countries) {
    const country: Place = { name: c.name.common, type: 'country' };
    add(c.name.common, country);
    add(c.name.official, country);
    for (const alt of [c.name.official, ...c.altSpellings]) {
      const k = foldKey(alt);
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
      demonyms.add(d.m.toLowerCase());
      demonyms.add(d.f.toLowerCase());
    }
  }
  for (const name of CONSTITUENT) add(name, { name, type: 'country' });
  for (const r of REGIONS) add(r, { name: r[0]!.toUpperCase() + r.slice(1), type: 'region' });
  for (const d of ['american', 'british', 'english', 'scottish', 'welsh', 'european', 'western', 'eastern', 'african', 'asian', 'arab', 'gulf', 'kurdish', 'iranian', 'soviet']) demonyms.add(d);
  cached = {
    lookup: (name) => places.get(foldKey(name)),
    isDemonym: (word) => demonyms.has(word.toLowerCase()),
  };
  return cached;
}
