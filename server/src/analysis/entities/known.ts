import type { ArticleHeader, EntityKind, Located, Span } from '../model';
import type { Chunk } from './chunk';
import { classifyChunk, mention, type RawMention } from './classify';
import { knownKey, type Cues } from './evidence';
import { gazetteer } from './gazetteer';
import { HONORIFICS, NAME_PARTICLES, NOT_ACRONYMS, NOT_NAMES, ORG_WORDS, TIME_ZONES, TITLES } from './lexicon';
import { isCommonWord, isEnglishGivenName } from './names';
import { outletLines } from './outlets';
import { inCapitals, isAcronym, splitWords, type Word } from './words';

/**
 * What the header vouches for: the byline is a person, the masthead or `SOURCE:` line an
 * organisation (outlets are organisations), the dateline's words places and its agency an
 * organisation. Bylines and sources in YAML front matter are outside every sentence, so their
 * mentions are made here.
 */
export function headerNames(text: string, header: ArticleHeader | null): { known: Map<string, EntityKind>; mentions: RawMention[]; skip: Span[] } {
  const known = new Map<string, EntityKind>();
  const mentions: RawMention[] = [];
  const skip: Span[] = [];
  if (!header) return { known, mentions, skip };
  const add = (located: Located<string> | null, kind: EntityKind, looksRight: (words: string[]) => boolean) => {
    if (!located) return;
    // "THE RIDING RECORD": the article is not part of the masthead's name.
    const value = located.value.replace(/\s+(?:and|with|\+|&)\s+(?:agencies|wires|agency reports|staff)$/i, '').replace(/^the\s+/i, '').trim();
    const words = value.split(/\s+/);
    if (!value || !looksRight(words)) return;
    known.set(knownKey(value), kind);
    const at = text.indexOf(value, located.span.start);
    if (at < 0 || at >= located.span.end) return;
    const ws = splitWords(text, at, at + value.length);
    if (ws.length) mentions.push(mention(text, ws, kind, 3, kind === 'person' ? 'byline' : 'masthead'));
  };
  add(header.byline, 'person', personal);
  add(header.source, 'organization', outlet);
  const dateline = header.dateline;
  if (dateline?.place) for (const p of dateline.place.split(/\s*,\s*/)) if (p) known.set(knownKey(p), 'place');
  if (dateline?.agency && outlet(dateline.agency.split(/\s+/))) known.set(knownKey(dateline.agency), 'organization');
  // "Pennant News -- UK Desk": the feed's outlet; its desk names nothing.
  for (const line of outletLines(text, header.bodyStart)) {
    add({ value: text.slice(line.name.start, line.name.end), span: line.name }, 'organization', () => true);
    if (line.desk) skip.push(line.desk);
  }
  return { known, mentions, skip };
}

/** `Hannah Lowe`, not `Staff Reporter` or `Newsdesk`. */
function personal(words: string[]): boolean {
  return words.length >= 2 && words.length <= 4 && words.every((w) => /^\p{Lu}/u.test(w) && !/\d/.test(w) && !TITLES.has(w.toLowerCase()) && !NOT_NAMES.has(w.toLowerCase()) && !ORG_WORDS.has(w.toLowerCase()));
}

/** `Kelbourne Courier`, `TRTWorld`, `AFP`, a site's handle (`eaworldview`); not `DRAFT v2`. */
function outlet(words: string[]): boolean {
  if (words.length === 1 && /^[a-z][a-z0-9]{3,}(?:\.[a-z]{2,})?$/.test(words[0]!)) return true;
  if (words.length > 6 || !/^\p{Lu}/u.test(words[0]!) || words.some((w) => /\d/.test(w))) return false;
  // "Up The Kettle": several words may open with a small one, so long as one is a name.
  return words.length > 1 ? words.some((w) => !NOT_NAMES.has(w.toLowerCase())) : !NOT_NAMES.has(words[0]!.toLowerCase());
}

/**
 * Adds what the body established to the names known from the header, and names the towns that
 * give councils their names (`Kelbourne Town Council` → `Kelbourne` is a town), re-reading
 * mentions of those towns as places.
 */
export function learnFromBody(raw: RawMention[], header: ReadonlyMap<string, EntityKind>): Map<string, EntityKind> {
  const known = new Map(header);
  const towns = new Set<string>();
  for (const m of raw) {
    if (m.kind === 'organization') {
      let k = m.words.findIndex((w, i) => i > 0 && SETTLEMENT.test(w.text));
      if (k < 0) k = townOf(m.words);
      if (k > 0 && !m.words.slice(0, k).some((w) => ORG_WORDS.has(w.lower))) towns.add(knownKey(m.words.slice(0, k).map((w) => w.text).join(' ')));
    }
  }
  // (Most articles name no town by its council: then no mention's key is looked up.)
  if (towns.size) raw.forEach((m, i) => {
    if (towns.has(knownKey(m.text)) && m.weight < 3) raw[i] = { ...m, kind: 'place', weight: 3, evidence: 'names a council' };
  });
  for (const t of towns) known.set(t, 'place');
  clubs(raw, known);
  for (const m of raw) {
    // A full personal name read by its shape alone (`Priyanka Raman`) still vouches for itself in a heading.
    const named = m.weight >= 2 || (m.kind === 'person' && m.words.length >= 2);
    if (!m.kind || !named) continue;
    const key = knownKey(m.text);
    if (!known.has(key)) known.set(key, m.kind);
  }
  return known;
}

const CLUB_WORDS = new Set(['united', 'rovers', 'wanderers', 'athletic', 'albion', 'rangers', 'hotspur', 'fc', 'afc']);
const CLUB_OR_PLACE = new Set(['city', 'town', 'county']);

/**
 * Sports copy: where the article names a club (`Kettleby United`, `Stanmoor Rovers`), a name ending
 * in City, Town or County that no gazetteer lists (`Port Arden City`) is a club too, and so is that
 * name without its last word (`Port Arden are two divisions above us`).
 */
function clubs(raw: RawMention[], known: Map<string, EntityKind>): void {
  const last = (m: RawMention) => m.words[m.words.length - 1]!.lower;
  if (!raw.some((m) => m.kind === 'organization' && m.words.length >= 2 && CLUB_WORDS.has(last(m)))) return;
  const names = new Set<string>();
  for (const m of raw) {
    if (m.words.length < 2 || !CLUB_OR_PLACE.has(last(m)) || gazetteer().lookup(m.text)) continue;
    names.add(knownKey(m.text));
    names.add(knownKey(m.words.slice(0, -1).map((w) => w.text).join(' ')));
  }
  if (!names.size) return;
  raw.forEach((m, i) => {
    if (names.has(knownKey(m.text)) && !m.place) raw[i] = { ...m, kind: 'organization', weight: 3, evidence: 'a club' };
  });
  for (const n of names) known.set(n, 'organization');
}

const COMPANY_END = /^(?:Corp\.?|Inc\.?|Ltd\.?|plc|PLC|AG|GmbH|LLC|SA|NV|A\/S)$/;

const SETTLEMENT = /^(?:town|city|county|borough|district|parish|village|municipal|metropolitan|regional|provincial)$/i;

// Public institutions take their town's name: `Kendlow Royal Infirmary`, `Hayase East Primary
// School`, `Kirkfield Council`, `Hayase Fire Department`. (Companies and clubs do not: `Kestrel
// Biotherapeutics` and `Kettleby United` are not named after a place.)
const INSTITUTIONS = new Set(['hospital', 'infirmary', 'school', 'council', 'court', 'police', 'department', 'library', 'prison', 'college']);
const DESCRIPTORS = new Set([
  'general', 'royal', 'crown', 'magistrates', 'high', 'primary', 'secondary', 'grammar', 'junior', 'infant', 'community', 'district', 'county',
  'city', 'town', 'memorial', 'central', 'east', 'west', 'north', 'south', 'fire', 'public', 'university', 'teaching', 'children', "children's",
]);

/** Where the town's name ends in an institution's: the index of the first descriptor, or -1. */
function townOf(words: readonly Word[]): number {
  if (words.length < 2 || !INSTITUTIONS.has(words[words.length - 1]!.lower)) return -1;
  let k = words.length - 1;
  while (k > 1 && DESCRIPTORS.has(words[k - 1]!.lower)) k--;
  return k;
}

/** The most words a name known from the body, the header or the gazetteer is looked for in (`Federation of Red Cross and Red Crescent Societies` is 9). */
const MAX_NAME_WORDS = 12;

/**
 * Reads a run of capitals in a heading, masthead, credit or tag list, where capitals prove
 * little: only names the article knows, the gazetteer's, acronyms in a headline (`UN`), and
 * credits (`Editing by Alison Kerr`) are taken; an unknown word may still join a name the
 * article gives elsewhere.
 */
export function matchHeading(chunk: Chunk, acronyms: boolean, cues: Cues, out: RawMention[]): void {
  if (chunk.before === 'by') return classifyChunk(chunk, cues, out);
  const words = chunk.words;
  for (let i = 0; i < words.length; ) {
    let matched = 0;
    // No name runs past MAX_NAME_WORDS words: trying every longer run made a heading of
    // thousands of capitalised words cubic (each run joined and looked up).
    for (let j = Math.min(words.length, i + MAX_NAME_WORDS); j > i; j--) {
      const run = words.slice(i, j);
      const spelled = run.map((w) => w.text).join(' ');
      const place = gazetteer().lookup(spelled);
      const lower = spelled.toLowerCase();
      // A line in capitals makes every word look like an acronym: there only short ones that are no English word count.
      const acronym = j - i === 1 && isAcronym(spelled) && !NOT_NAMES.has(lower) && !TIME_ZONES.has(lower) && !NOT_ACRONYMS.has(lower) && (acronyms || (spelled.length <= 3 && !isCommonWord(spelled)));
      // `Vantrell Corp. (NYSE: VNTL) Earnings Call Transcript`: a company's suffix vouches for its name.
      const company = j - i >= 2 && COMPANY_END.test(run[run.length - 1]!.text);
      // "By Mathilde Roux, Geneva": where the byline files from.
      const filed = !!place && chunk.sentence[0]?.lower === 'by' && chunk.sentence[chunk.from + i - 1]?.trail === ',';
      if (cues.known.has(knownKey(spelled)) || (place && place.type !== 'town') || acronym || company || filed) {
        classifyChunk(part(chunk, i, j), cues, out);
        matched = j - i;
        break;
      }
    }
    const w = words[i]!;
    const lower = w.lower;
    if (!matched) matched = personInHeading(chunk, i, cues, out);
    if (!matched && !inCapitals(w.text) && !isCommonWord(w.text) && !NOT_NAMES.has(lower) && !TITLES.has(lower) && !ORG_WORDS.has(lower) && !HONORIFICS.has(lower)) {
      out.push(mention(cues.text, [w], null, 0, 'capitalised in a heading'));
    }
    i += matched || 1;
  }
}

/** `Lena Brandt, Head of Communications`: a given name and a surname are a person in a heading too. */
function personInHeading(chunk: Chunk, i: number, cues: Cues, out: RawMention[]): number {
  const words = chunk.words;
  // Only given names English copy knows: a heading's `for Novi Brezovac` is no person.
  if (!isEnglishGivenName(words[i]!.text) || inCapitals(words[i]!.text)) return 0;
  let j = i + 1;
  while (j < words.length && j - i < 4 && (NAME_PARTICLES.has(words[j]!.text) || /^\p{Lu}\.$/u.test(words[j]!.text))) j++;
  const surname = words[j];
  if (!surname || !surname.capital || isCommonWord(surname.text) || NOT_NAMES.has(surname.lower) || TITLES.has(surname.lower)) return 0;
  classifyChunk(part(chunk, i, j + 1), cues, out);
  return j + 1 - i;
}

function part(chunk: Chunk, i: number, j: number): Chunk {
  const words = chunk.words.slice(i, j);
  return {
    ...chunk,
    words,
    start: words[0]!.start,
    end: words[words.length - 1]!.end,
    from: chunk.from + i,
    before: i > 0 ? chunk.words[i - 1]!.lower : chunk.before,
    after: j < chunk.words.length ? chunk.words[j]!.lower : chunk.after,
    trail: words[words.length - 1]!.trail,
    honorific: false,
    sentenceInitial: chunk.sentenceInitial && i === 0,
  };
}
