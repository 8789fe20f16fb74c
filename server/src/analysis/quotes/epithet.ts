import type { ArticleEntity } from '../model';
import { sentenceIndexAt, type QuoteContext } from './context';
import { subjectPerson } from './resolve';

/**
 * Epithets: news copy calls a person by a noun once it has introduced them (`the striker`, `the
 * gaffer`, `the 24-year-old`), and the entity layer does not record every such noun as a role.
 * These are the ways the text itself ties the noun to a person:
 * - before the name, as a title (`Kettleby United striker Oleksandr Hnatiuk`);
 * - in an appositive after it (`Rory MacAskill, the Kettleby manager,`; an age: `Gnatyuk, 24,`);
 * - a lede that describes before it names (`a header from their Ukrainian striker sank Rovers.`
 *   then `Oleksandr Gnatyuk, 24, rose highest...`): the next sentence's subject, first named there.
 * Each noun is looked up once per article (remembered), so a lookup costs one pass over the
 * mentions and one over the text however many quotations use it.
 */
const cache = new WeakMap<QuoteContext, Map<string, readonly Described[]>>();

interface Described {
  readonly entity: ArticleEntity;
  /** Where the text ties the noun to the person. */
  readonly at: number;
}

/** The person the epithet `noun` names at `at`: the one the text describes so, else the most recent of several. */
export function byEpithet(ctx: QuoteContext, noun: string, at: number): string | null {
  const found = described(ctx, noun.toLowerCase()).filter((d) => d.at < at);
  const people = new Set(found.map((d) => d.entity.id));
  if (people.size === 1) return found[0]!.entity.id;
  return found.length ? found[found.length - 1]!.entity.id : null;
}

function described(ctx: QuoteContext, noun: string): readonly Described[] {
  let byNoun = cache.get(ctx);
  if (!byNoun) cache.set(ctx, (byNoun = new Map()));
  const known = byNoun.get(noun);
  if (known) return known;
  const out: Described[] = [];
  const age = /^(\d{1,3})-year-old$/.exec(noun)?.[1];
  const word = escape(noun);
  const title = new RegExp(`(?:^|[^\\p{L}])${word}\\s+$`, 'iu');
  const aged = age ? new RegExp(`^,\\s*(?:aged\\s+)?${age}\\b`) : null;
  const apposed = new RegExp(`^,\\s+(?:a|an|the|his|her|their|its|[\\p{Lu}][\\p{L}.]*['’]s?)\\s+(?:[\\p{L}\\d'’-]+\\s+){0,3}${word}(?:$|[^\\p{L}])`, 'iu');
  for (const m of ctx.mentions.all) {
    if (m.entity.kind !== 'person') continue;
    const before = ctx.text.slice(Math.max(0, m.span.start - 40), m.span.start);
    const after = ctx.text.slice(m.span.end, m.span.end + 80);
    const tied = aged ? aged.test(after) : title.test(before) || apposed.test(after);
    if (tied) out.push({ entity: m.entity, at: m.span.start });
  }
  if (!age) {
    const lede = introduced(ctx, noun);
    if (lede) out.push(lede);
  }
  out.sort((a, b) => a.at - b.at);
  byNoun.set(noun, out);
  return out;
}

/**
 * A description with no name beside it (`their Ukrainian striker`) whose next sentence opens on a
 * person named there for the first time: the lede's delayed identification. Only an indefinite
 * or possessive description introduces (`the victim` already refers back), and only a person the
 * next sentence names bare or with this very noun (`Detective Inspector Jane Roe` is someone else).
 */
function introduced(ctx: QuoteContext, noun: string): Described | null {
  const re = new RegExp(`(?:^|[^\\p{L}])(a|an|their|its|his|her|our|[\\p{Lu}][\\p{L}]*['’]s?)\\s+(?:[\\p{L}\\d'’-]+\\s+){0,3}${escape(noun)}(?![\\p{L}])`, 'u');
  const m = re.exec(ctx.text);
  if (!m) return null;
  const at = m.index + m[0].length;
  // Named right there (`striker Oleksandr Hnatiuk`, `the striker, Oleksandr Hnatiuk,`): the other rules read it.
  if (ctx.mentions.within(at, at + 80).some((x) => x.span.start <= at + 4)) return null;
  const k = sentenceIndexAt(ctx.sentences, at);
  const next = ctx.sentences[k + 1];
  if (k < 0 || !next) return null;
  const id = subjectPerson(ctx, k + 1);
  if (!id) return null;
  const first = ctx.mentions.all.find((x) => x.entity.id === id);
  if (!first || first.span.start < next.span.start || first.span.start >= next.span.end) return null;
  const titled = ctx.text.slice(ctx.subjectOf(k + 1)!.start, first.span.start).trim();
  const roles = first.entity.roles.map((r) => r.text.toLowerCase());
  if (titled && !titled.toLowerCase().includes(noun)) return null;
  return roles.length && !roles.some((r) => r.includes(noun)) ? null : { entity: first.entity, at: first.span.start };
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
