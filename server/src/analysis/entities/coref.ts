import type { EntityKind } from '../model';
import { fold, remembered } from './fold';
import { gazetteer } from './gazetteer';
import type { RawMention } from './classify';
import { NAME_PARTICLES } from './lexicon';
import { isCommonWord } from './names';
import { bareKey, initials, ShortForms } from './shortforms';
import { inCapitals, isAcronym } from './words';

/** An entity while the article is being read: its mentions in text order. */
export interface DraftEntity {
  kind: EntityKind;
  mentions: RawMention[];
  /** Folded surname for people, canonical key for places and organisations. */
  key: string;
  /** Mentions of a capital that stand for its country's government (`Moscow said`): never the entity's name. */
  metonyms?: Set<RawMention>;
  /** The country's name when the article names it only by its capital (`Tokyo has promised`). */
  country?: string;
}

/** The name words of a person mention, without particles: `Staffan de Mistura` → Staffan, Mistura. */
export function nameWords(text: string): string[] {
  return text.split(/\s+/).filter((w) => !NAME_PARTICLES.has(w.toLowerCase()));
}

/** `al-Assad` and `Assad` are one surname; `Ja’afari` and `Jaafari` too. */
export function surnameKey(text: string): string {
  const words = nameWords(text);
  return fold(words[words.length - 1] ?? '').replace(/^(?:al|el|ad|as|an|ar|ash) /, '').replace(/ /g, '');
}

function givenKey(text: string): string {
  return fold(nameWords(text)[0] ?? '');
}

interface NameParts {
  readonly words: number;
  readonly surname: string;
  readonly given: string;
  /** `nicknameOf` the name: compared for every pair of mentions of a surname, so found once. */
  readonly nickname: string;
}

// An article writes the same names over and over; their parts are worked out once.
const partsCache = new Map<string, NameParts>();

export function partsOf(text: string): NameParts {
  let p = partsCache.get(text);
  if (!p) {
    if (partsCache.size >= 20_000) partsCache.clear();
    p = { words: nameWords(text).length, surname: surnameKey(text), given: givenKey(text), nickname: nicknameOf(text) };
    partsCache.set(text, p);
  }
  return p;
}

/** An organisation's or place's key: `the European Commission` → `europeancommission`. */
const orgKey = remembered((text: string) => fold(text.replace(/^the\s+/i, '')).replace(/ /g, ''));

/**
 * Groups an article's mentions into entities: `Lavrov` and `Mr Lavrov` join `Sergei Lavrov`,
 * `Norvald` joins `Norvald Energy AG`, `ISSG` joins `International Syria Support Group`, and
 * `Moscow said` joins `Russia`. Each surface form gets the kind its evidence weighs most for.
 */
export function groupMentions(raw: readonly RawMention[], text = ''): DraftEntity[] {
  // Each mention's folded text, once: the vote, the shouted names and the kinds are all keyed by it.
  const keys = raw.map((m) => fold(m.text));
  const shouted = shoutedNames(raw, keys);
  const kinds = voteKinds(raw, keys, shouted);
  const typed = raw.map((m, i) => {
    const kind = kinds.get(keys[i]!) ?? (shouted(i) ? null : m.kind);
    return kind === m.kind ? m : { ...m, kind };
  });
  const entities: DraftEntity[] = [];
  const byKey = new Map<string, DraftEntity>();
  const index = new ShortForms<DraftEntity>();
  const person = (key: string, m: RawMention) => {
    const e = newEntity(byKey, 'person', key, m);
    entities.push(e);
    const p = partsOf(m.text);
    index.addPerson(e, p.words >= 2 ? p.given : '');
  };

  // Full names and organisation/place names first, so short forms that come earlier still attach.
  for (const m of typed) {
    if (!m.kind) continue;
    if (m.kind === 'person') {
      const { words, surname: s, given: g, nickname } = partsOf(m.text);
      if (words < 2) continue;
      const found = index.peopleNamed(s).find((e) => compatibleGiven(e, g, nickname));
      if (found) found.mentions.push(m);
      else person(s, m);
      continue;
    }
    const key = m.place ? `place:${fold(m.place.name)}` : `${m.kind}:${orgKey(m.text)}`;
    const found = byKey.get(key);
    if (found) found.mentions.push(m);
    else entities.push(newEntity(byKey, m.kind, key, m));
  }
  for (const e of entities) if (e.kind !== 'person') for (const m of e.mentions) index.addForm(e, m);
  for (const m of typed) {
    if (m.kind && (m.kind !== 'person' || partsOf(m.text).words >= 2)) continue;
    const target = shortFormTarget(m, index);
    if (target) {
      target.mentions.push(m);
      if (target.kind !== 'person') index.addForm(target, m);
    } else if (m.kind === 'person') person(partsOf(m.text).surname, m);
  }
  const merged = mergeShortOrganisations(governments(entities, byKey, text));
  for (const e of merged) e.mentions.sort((a, b) => a.start - b.start);
  merged.sort((a, b) => a.mentions[0]!.start - b.mentions[0]!.start);
  return merged;
}

/**
 * Metonymy: a capital that is not where something happens (`Washington accused Moscow`, `Moscow's
 * announcement`) stands for its country's government, and is a mention of the country when the
 * article names the country; `talks in Moscow` and datelines stay the city.
 */
function governments(entities: DraftEntity[], byKey: Map<string, DraftEntity>, text: string): DraftEntity[] {
  const gone = new Set<DraftEntity>();
  for (const e of entities) {
    const city = e.mentions[0]?.place;
    if (e.kind !== 'place' || city?.type !== 'capital' || !city.country) continue;
    let country = byKey.get(`place:${fold(city.country)}`);
    // "Tokyo has promised to pay" in an article that never names Japan but is about a Japanese
    // town: still Japan's government, when the capital plainly acts as one (`the San José mine`
    // does not). Without the country's adjective `Brussels said` is more often the EU than Belgium.
    const demonym = country ? undefined : gazetteer().demonymOf(city.country);
    const about = !!country || (!!demonym && text.includes(demonym));
    const standing = e.mentions.filter((m) => !m.locative && (country || (m.governs && about)));
    if (!standing.length) continue;
    if (!country) {
      country = { kind: 'place', key: `place:${fold(city.country)}`, mentions: [], country: city.country };
      byKey.set(country.key, country);
      entities.push(country);
    }
    if (country === e) continue;
    country.mentions.push(...standing);
    country.metonyms ??= new Set();
    for (const m of standing) country.metonyms.add(m);
    e.mentions = e.mentions.filter((m) => m.locative);
    if (!e.mentions.length) gone.add(e);
  }
  return entities.filter((e) => !gone.has(e));
}

/** `Commission` into `European Commission`, `Ministry of Economy` into `Serbian Ministry of Economy`, `UN` into `United Nations`. */
function mergeShortOrganisations(entities: DraftEntity[]): DraftEntity[] {
  const orgs = entities
    .filter((e) => e.kind === 'organization')
    .map((e) => {
      const long = longest(e);
      return { e, name: bareKey(long), acronym: isAcronym(long) ? long.replace(/\./g, '').toUpperCase() : '', initials: initials(long), length: long.length };
    })
    .sort((a, b) => a.length - b.length);
  const gone = new Set<DraftEntity>();
  for (const o of orgs) {
    // Made once for the search, not once for each organisation it is compared with.
    const head = o.name + ' ';
    const tail = ' ' + o.name;
    const plural = `${o.name}s`;
    const into = orgs.find((f) => {
      if (f === o || gone.has(f.e) || f.name.length <= o.name.length) return false;
      if (o.acronym) return f.initials === o.acronym;
      return f.name.startsWith(head) || f.name.endsWith(tail) || f.name === plural;
    });
    if (into) {
      into.e.mentions.push(...o.e.mentions);
      gone.add(o.e);
    }
  }
  return entities.filter((e) => !gone.has(e));
}

function longest(e: DraftEntity): string {
  return e.mentions.reduce((a, m) => (m.text.length > a.length ? m.text : a), '');
}

function newEntity(byKey: Map<string, DraftEntity>, kind: EntityKind, key: string, m: RawMention): DraftEntity {
  const e: DraftEntity = { kind, key, mentions: [m] };
  byKey.set(key, e);
  return e;
}

function compatibleGiven(e: DraftEntity, given: string, nickname: string): boolean {
  return e.mentions.some((m) => {
    const p = partsOf(m.text);
    const g = p.given;
    // "William “Bill” Hardacre" and "Bill Hardacre": the nickname the article glosses is his too.
    if (g === nickname || (nickname === '' && p.nickname === given)) return true;
    return p.words < 2 || g === given || (g[0] === given[0] && (g.length === 1 || given.length === 1));
  });
}

/** The nickname in quotation marks inside a name, folded: `William “Bill” Hardacre` → `bill`; '' when none. */
export function nicknameOf(name: string): string {
  const q = NICKNAME.exec(name);
  return q ? fold(q[1]!) : '';
}

const NICKNAME = /\s["“‘']([^\s"”’']+)["”’']\s/;

/** `MORROW` labelling a speaker is Morrow shouted, not an acronym, when the article also writes `Morrow`. */
function shoutedNames(raw: readonly RawMention[], keys: readonly string[]): (i: number) => boolean {
  const written = new Set<string>();
  raw.forEach((m, i) => {
    if (inCapitals(m.text)) return;
    written.add(keys[i]!);
    if (m.kind === 'person') written.add(partsOf(m.text).surname);
  });
  return (i) => raw[i]!.evidence === 'acronym' && raw[i]!.text.length > 3 && written.has(keys[i]!);
}


/** Each surface form's kind: the sum of its mentions' evidence weights decides. */
function voteKinds(raw: readonly RawMention[], keys: readonly string[], shouted: (i: number) => boolean): Map<string, EntityKind> {
  const votes = new Map<string, Map<EntityKind, number>>();
  // The shape of a name (weight 1) is the same evidence each time it is written: counted once.
  const shaped = new Set<string>();
  for (let i = 0; i < raw.length; i++) {
    const m = raw[i]!;
    if (!m.kind || shouted(i)) continue;
    const k = keys[i]!;
    if (m.weight <= 1 && shaped.has(`${k}|${m.kind}`)) continue;
    if (m.weight <= 1) shaped.add(`${k}|${m.kind}`);
    const v = votes.get(k) ?? new Map<EntityKind, number>();
    v.set(m.kind, (v.get(m.kind) ?? 0) + m.weight);
    votes.set(k, v);
  }
  const out = new Map<string, EntityKind>();
  // The kind with the most weight; on a tie, the first to get a vote (as a stable sort by weight gave).
  for (const [k, v] of votes) {
    let best: EntityKind | undefined;
    let most = -Infinity;
    for (const [kind, weight] of v) {
      if (weight > most) {
        best = kind;
        most = weight;
      }
    }
    out.set(k, best!);
  }
  return out;
}

/** Where a short form (surname, acronym, part of an organisation's name) belongs, if anywhere. */
function shortFormTarget(m: RawMention, index: ShortForms<DraftEntity>): DraftEntity | undefined {
  const people = index.peopleNamed(partsOf(m.text).surname);
  // A weakly placed word (`Lincoln`, a listed town) that is a surname the article gave is the person.
  // So is a surname in capitals (`MORROW:` labelling a speaker), read at first as an acronym.
  if (people.length && (!m.kind || m.kind === 'person' || m.weight <= 1 || m.evidence === 'acronym')) {
    // The latest person of that surname named before this mention, else the first named after it.
    const before = people.filter((e) => e.mentions[0]!.start < m.start);
    return before[before.length - 1] ?? people[0];
  }
  if (m.kind === 'place') return undefined;
  const form = index.formOf(m);
  const bare = m.kind !== 'organization' && m.weight <= 1 && m.words.length === 1 && !isCommonWord(m.text) && !inCapitals(m.text);
  if (form || !(m.evidence === 'given name alone' || bare)) return form;
  // "Margaret" after "Margaret Ellis", "Thanks, Lorraine." or "Iván has spent 25 years" (at a
  // sentence's start, where capitals prove nothing) after "Iván Contreras": the latest person named
  // before with that given name.
  const given = partsOf(m.text).given;
  return index.peopleGiven(given).filter((e) => e.mentions[0]!.start < m.start).pop();
}
