import { ORG_WORDS } from '../entities/lexicon';
import { foldKey } from '../text/fold';
import { FEMALE_NAMES, MALE_NAMES } from './data/genders';
import type { QuoteContext } from './context';

export type Gender = 'f' | 'm';

/**
 * What the text shows of a person's gender, for agreeing `he`/`she` with its antecedent: an
 * honorific before a mention (`Ms Blake`, `Mr Hardacre`, `Sir Malcolm`), a gendered role
 * (`spokeswoman`, `spokesman`), a `he`/`she` already resolved to them, and failing those the
 * given name when compromise's lexicon records its gender (`data/genders.ts`). Worked out once per
 * article (one pass over the mentions and entities), then looked up.
 */
const cache = new WeakMap<QuoteContext, Map<string, Gender | 'both'>>();

const FEMALE_BEFORE = /\b(?:Ms|Mrs|Miss|Dame|Lady|Madam|Mme|Baroness|Duchess|Queen|Princess|Sister)\.?\s+$/;
const MALE_BEFORE = /\b(?:Mr|Sir|Lord|Baron|Duke|King|Prince|Father|Brother)\.?\s+$/;
const FEMALE_ROLE = /\b(?:\p{L}+woman|actress|mother|daughter|wife|sister|widow|grandmother|niece|aunt|girl)\b/iu;
// Not `chairman` (British copy gives it to women) nor any `-man` (`German`, `Roman`).
const MALE_ROLE = /\b(?:spokesman|businessman|congressman|councilman|policeman|fireman|sportsman|statesman|alderman|actor|father|son|husband|brother|widower|grandfather|nephew|uncle|boy)\b/i;

function genders(ctx: QuoteContext): Map<string, Gender | 'both'> {
  let known = cache.get(ctx);
  if (known) return known;
  known = new Map();
  const note = (id: string, g: Gender): void => {
    const was = known!.get(id);
    known!.set(id, was && was !== g ? 'both' : g);
  };
  for (const m of ctx.mentions.all) {
    if (m.entity.kind !== 'person') continue;
    const before = ctx.text.slice(Math.max(0, m.span.start - 12), m.span.start);
    if (FEMALE_BEFORE.test(before)) note(m.entity.id, 'f');
    else if (MALE_BEFORE.test(before)) note(m.entity.id, 'm');
  }
  for (const e of ctx.entities) {
    if (e.kind !== 'person') continue;
    for (const r of e.roles) {
      // `spokesman`, not `chairman of the women's league`: the role's own head noun.
      const head = r.text.split(/\s+(?:of|for|at|in|to)\s+/)[0]!;
      if (FEMALE_ROLE.test(head)) note(e.id, 'f');
      else if (MALE_ROLE.test(head)) note(e.id, 'm');
    }
  }
  // A given name only where nothing else shows: `Sandra Blake` is a woman, `Bill Hardacre` unknown to the list.
  for (const e of ctx.entities) {
    if (e.kind !== 'person' || known.has(e.id) || !/\s/.test(e.name)) continue;
    const first = foldKey(e.name.split(/\s+/)[0]!);
    if (names().female.has(first)) known.set(e.id, 'f');
    else if (names().male.has(first)) known.set(e.id, 'm');
  }
  cache.set(ctx, known);
  return known;
}

let given: { female: Set<string>; male: Set<string> } | null = null;
function names(): { female: Set<string>; male: Set<string> } {
  given ??= { female: new Set(FEMALE_NAMES.split('|')), male: new Set(MALE_NAMES.split('|')) };
  return given;
}

/** The gender the text shows for a person, counting pronouns resolved so far (`spoken`). */
export function genderOf(ctx: QuoteContext, id: string, at: number): Gender | null {
  const shown = genders(ctx).get(id);
  if (shown === 'f' || shown === 'm') return shown;
  if (shown === 'both') return null;
  for (let i = ctx.spoken.length - 1; i >= 0; i--) {
    const s = ctx.spoken[i]!;
    if (s.entity === id && s.how === 'pronoun' && s.span && s.span.start < at) return /^she$/i.test(s.text) ? 'f' : /^he$/i.test(s.text) ? 'm' : null;
  }
  return null;
}

/** Can `pronoun` (`he`/`she`) stand for this entity: a person whose name is no organisation's and whose gender does not clash. */
export function agrees(ctx: QuoteContext, id: string, pronoun: string, at: number): boolean {
  const e = ctx.byId.get(id);
  if (!e || e.kind !== 'person') return false;
  // The entity layer sometimes types a firm or a club as a person (`Fellgate Care Ltd`, `Kirkfield Council`).
  const last = e.name.toLowerCase().split(/\s+/).pop() ?? '';
  if (ORG_WORDS.has(last)) return false;
  const g = genderOf(ctx, id, at);
  const wanted: Gender | null = /^she$/i.test(pronoun) ? 'f' : /^he$/i.test(pronoun) ? 'm' : null;
  return !g || !wanted || g === wanted;
}
