import type { EntityKind } from '../model';
import { foldKey } from '../text/fold';
import type { RawMention } from './classify';
import { NAME_PARTICLES } from './lexicon';
import { isAcronym } from './words';

/** An entity while the article is being read: its mentions in text order. */
export interface DraftEntity {
  kind: EntityKind;
  mentions: RawMention[];
  /** Folded surname for people, canonical key for places and organisations. */
  key: string;
  /** Mentions of a capital that stand for its country's government (`Moscow said`): never the entity's name. */
  metonyms?: Set<RawMention>;
}

/** The name words of a person mention, without particles: `Staffan de Mistura` → Staffan, Mistura. */
export function nameWords(text: string): string[] {
  return text.split(/\s+/).filter((w) => !NAME_PARTICLES.has(w.toLowerCase()));
}

/** `al-Assad` and `Assad` are one surname; `Ja’afari` and `Jaafari` too. */
export function surnameKey(text: string): string {
  const words = nameWords(text);
  return foldKey(words[words.length - 1] ?? '').replace(/^(?:al|el|ad|as|an|ar|ash) /, '').replace(/ /g, '');
}

function givenKey(text: string): string {
  return foldKey(nameWords(text)[0] ?? '');
}

const orgKey = (text: string) => foldKey(text.replace(/^the\s+/i, '')).replace(/ /g, '');

/**
 * Groups an article's mentions into entities: `Lavrov` and `Mr Lavrov` join `Sergei Lavrov`,
 * `Norvald` joins `Norvald Energy AG`, `ISSG` joins `International Syria Support Group`, and
 * `Moscow said` joins `Russia`. Each surface form gets the kind its evidence weighs most for.
 */
export function groupMentions(raw: readonly RawMention[]): DraftEntity[] {
  const kinds = voteKinds(raw);
  const typed = raw.map((m) => ({ ...m, kind: kinds.get(foldKey(m.text)) ?? m.kind }));
  const entities: DraftEntity[] = [];
  const byKey = new Map<string, DraftEntity>();

  // Full names and organisation/place names first, so short forms that come earlier still attach.
  for (const m of typed) {
    if (!m.kind) continue;
    if (m.kind === 'person') {
      if (nameWords(m.text).length < 2) continue;
      const s = surnameKey(m.text);
      const g = givenKey(m.text);
      const found = entities.find((e) => e.kind === 'person' && e.key === s && compatibleGiven(e, g));
      if (found) found.mentions.push(m);
      else entities.push(newEntity(byKey, 'person', s, m));
      continue;
    }
    const key = m.place ? `place:${foldKey(m.place.name)}` : `${m.kind}:${orgKey(m.text)}`;
    const found = byKey.get(key);
    if (found) found.mentions.push(m);
    else entities.push(newEntity(byKey, m.kind, key, m));
  }
  for (const m of typed) {
    if (m.kind && (m.kind !== 'person' || nameWords(m.text).length >= 2)) continue;
    const target = shortFormTarget(m, entities);
    if (target) target.mentions.push(m);
    else if (m.kind === 'person') entities.push(newEntity(byKey, 'person', surnameKey(m.text), m));
  }
  const merged = mergeShortOrganisations(governments(entities, byKey));
  for (const e of merged) e.mentions.sort((a, b) => a.start - b.start);
  merged.sort((a, b) => a.mentions[0]!.start - b.mentions[0]!.start);
  return merged;
}

/**
 * Metonymy: a capital that is not where something happens (`Washington accused Moscow`, `Moscow's
 * announcement`) stands for its country's government, and is a mention of the country when the
 * article names the country; `talks in Moscow` and datelines stay the city.
 */
function governments(entities: DraftEntity[], byKey: ReadonlyMap<string, DraftEntity>): DraftEntity[] {
  const gone = new Set<DraftEntity>();
  for (const e of entities) {
    const city = e.mentions[0]?.place;
    if (e.kind !== 'place' || city?.type !== 'capital' || !city.country) continue;
    const country = byKey.get(`place:${foldKey(city.country)}`);
    if (!country || country === e) continue;
    const standing = e.mentions.filter((m) => !m.locative);
    if (!standing.length) continue;
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
  const orgs = entities.filter((e) => e.kind === 'organization').sort((a, b) => longest(a).length - longest(b).length);
  const gone = new Set<DraftEntity>();
  for (const e of orgs) {
    const name = foldKey(longest(e).replace(/^the\s+/i, ''));
    const compact = longest(e).replace(/\./g, '').toUpperCase();
    const into = orgs.find((f) => {
      if (f === e || gone.has(f)) return false;
      const other = foldKey(longest(f).replace(/^the\s+/i, ''));
      if (other.length <= name.length) return false;
      return other.startsWith(name + ' ') || other.endsWith(' ' + name) || (isAcronym(longest(e)) && initials(longest(f)) === compact);
    });
    if (into) {
      into.mentions.push(...e.mentions);
      gone.add(e);
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

function compatibleGiven(e: DraftEntity, given: string): boolean {
  return e.mentions.some((m) => {
    const g = givenKey(m.text);
    return nameWords(m.text).length < 2 || g === given || (g[0] === given[0] && (g.length === 1 || given.length === 1));
  });
}

/** Each surface form's kind: the sum of its mentions' evidence weights decides. */
function voteKinds(raw: readonly RawMention[]): Map<string, EntityKind> {
  const votes = new Map<string, Map<EntityKind, number>>();
  // The shape of a name (weight 1) is the same evidence each time it is written: counted once.
  const shaped = new Set<string>();
  for (const m of raw) {
    if (!m.kind) continue;
    const k = foldKey(m.text);
    if (m.weight <= 1 && shaped.has(`${k}|${m.kind}`)) continue;
    if (m.weight <= 1) shaped.add(`${k}|${m.kind}`);
    const v = votes.get(k) ?? new Map<EntityKind, number>();
    v.set(m.kind, (v.get(m.kind) ?? 0) + m.weight);
    votes.set(k, v);
  }
  const out = new Map<string, EntityKind>();
  for (const [k, v] of votes) out.set(k, [...v.entries()].sort((a, b) => b[1] - a[1])[0]![0]);
  return out;
}

/** Where a short form (surname, acronym, part of an organisation's name) belongs, if anywhere. */
function shortFormTarget(m: RawMention, entities: readonly DraftEntity[]): DraftEntity | undefined {
  const folded = foldKey(m.text);
  const surname = surnameKey(m.text);
  const people = entities.filter((e) => e.kind === 'person' && e.key === surname);
  // A weakly placed word (`Lincoln`, a listed town) that is a surname the article gave is the person.
  if (people.length && (!m.kind || m.kind === 'person' || m.weight <= 1)) {
    // The latest person of that surname named before this mention, else the first named after it.
    const before = people.filter((e) => e.mentions[0]!.start < m.start);
    return before[before.length - 1] ?? people[0];
  }
  if (m.kind === 'place') return undefined;
  const compact = m.text.replace(/\./g, '');
  for (const e of entities) {
    if (e.kind === 'person') continue;
    for (const full of e.mentions) {
      const f = foldKey(full.text.replace(/^the\s+/i, ''));
      if (f === folded) return e;
      if (f.startsWith(folded + ' ') || f.endsWith(' ' + folded)) return e;
      // "United Nation's envoy": a plural name written in the singular.
      if (f === folded + 's' || folded === f + 's') return e;
      if (isAcronym(m.text) && initials(full.text) === compact.toUpperCase()) return e;
    }
  }
  return undefined;
}

function initials(name: string): string {
  return name
    .split(/[\s-]+/)
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w[0])
    .join('')
    .toUpperCase();
}
