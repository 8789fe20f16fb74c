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
 * A description with no name beside it (`their Ukrainian striker`, `The owner of a historic
 * mill`) whose next sentence opens on a person introduced there by full name: the lede's delayed
 * identification. Only an indefinite, possessive or post-modified description introduces (a bare
 * `the victim` already refers back), the person must not be named in the description's own
 * sentence, and the next sentence must name them bare or with this very noun (`Detective
 * Inspector Jane Roe` is someone else). The tie counts from the description on.
 */
function introduced(ctx: QuoteContext, noun: string): Described | null {
  const w = escape(noun);
  const re = new RegExp(`(?:^|[^\\p{L}])(?:(?:a|an|their|its|his|her|our|[\\p{Lu}][\\p{L}]*['’]s?)\\s+(?:[\\p{L}\\d'’-]+\\s+){0,3}${w}|the\\s+(?:[\\p{L}\\d'’-]+\\s+){0,2}${w}(?=\\s+(?:of|at|from|in|who)\\s))(?![\\p{L}])`, 'iu');
  const m = re.exec(ctx.text);
  if (!m) return null;
  const at = m.index + m[0].length;
  // Named right there (`striker Oleksandr Hnatiuk`, `the striker, Oleksandr Hnatiuk,`): the other rules read it.
  if (ctx.mentions.within(at, at + 80).some((x) => x.span.start <= at + 4)) return null;
  const k = sentenceIndexAt(ctx.sentences, at);
  const here = ctx.sentences[k];
  const next = ctx.sentences[k + 1];
  if (!here || !next) return null;
  const id = subjectPerson(ctx, k + 1);
  const subject = ctx.subjectOf(k + 1);
  if (!id || !subject) return null;
  const named = ctx.mentions.within(subject.start, next.span.end).find((x) => x.entity.id === id);
  if (!named || !/\s/.test(named.span.end - named.span.start > 0 ? ctx.text.slice(named.span.start, named.span.end) : '')) return null;
  if (ctx.mentions.within(here.span.start, here.span.end).some((x) => x.entity.id === id)) return null;
  const titled = ctx.text.slice(subject.start, named.span.start).trim();
  const roles = named.entity.roles.map((r) => r.text.toLowerCase());
  if (titled && !titled.toLowerCase().includes(noun)) return null;
  return roles.length && !roles.some((r) => r.includes(noun)) ? null : { entity: named.entity, at: m.index };
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
