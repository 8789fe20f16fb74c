import { mentionsOf } from '../analysis/entities/mentionList';
import { comparePublished, sourceOf, type ArticleRecord, type Desk, type EntityRef } from '../corpus';
import { LastingAnswers } from '../corpus/lasting';
import { targetAt } from './locate';

export interface Location {
  readonly uri: string;
  readonly span: { readonly start: number; readonly end: number };
}

/**
 * Where a workspace entity is best introduced: its fullest mention (with a role, if any article
 * gives one) in the earliest-published article naming it.
 */
export function primaryMention(desk: Desk, members: readonly EntityRef[]): Location | null {
  // One pass, not a sort: a person named in thousands of articles is asked for on every request.
  // The first of equals is kept, as a stable sort would.
  type Candidate = { m: EntityRef; a: ArticleRecord };
  let earliest: Candidate | undefined;
  let earliestWithRole: Candidate | undefined;
  for (const m of members) {
    const a = desk.article(m.uri);
    if (!a) continue;
    if (!earliest || comparePublished(a, earliest.a) < 0) earliest = { m, a };
    if (m.entity.roles.length && (!earliestWithRole || comparePublished(a, earliestWithRole.a) < 0)) earliestWithRole = { m, a };
  }
  const best = earliestWithRole ?? earliest;
  if (!best) return null;
  const mentions = mentionsOf(best.m.entity.mentions);
  const mention = mentions.find((x) => x.full) ?? mentions[0];
  return mention ? { uri: best.m.uri, span: mention.span } : null;
}

/**
 * Go to definition: a quotation's source (the earliest article carrying it); a name's fullest
 * mention (with a role, if any) in the earliest article naming it.
 */
export function definitionAt(desk: Desk, uri: string, offset: number): Location[] {
  const article = desk.article(uri);
  const target = article && targetAt(article, offset);
  if (!target) return [];
  if (target.kind === 'quote') {
    const copies = desk.quotes.copiesToken(uri, target.quote.id);
    return definitions.get(desk, `q${uri}#${target.quote.id}`, [copies], () => {
      const { ref } = sourceOf(desk, uri, target.quote);
      return { value: [{ uri: ref.uri, span: ref.quote.span }], uris: (u) => desk.quotes.holdsQuotationOrCopy(u, uri, target.quote.id) };
    });
  }
  if (target.kind === 'entity') {
    const we = desk.registry.entityOf(uri, target.entity.id);
    const members = we?.members ?? [{ uri, entity: target.entity }];
    // Where a person is introduced is the same from each article naming them: one answer per person.
    return definitions.get(desk, we ? `c${we.key}` : `e${uri}#${target.entity.id}`, [we], () => {
      const at = primaryMention(desk, members);
      return { value: at ? [at] : [], uris: members.map((m) => m.uri) };
    });
  }
  return [];
}

/** Definitions of names and quotations, kept across changes to other articles (see `LastingAnswers`). */
const definitions = new LastingAnswers<Location[]>(200);

/** Find references: every article carrying a quotation; every mention of a name across the workspace. */
export function referencesAt(desk: Desk, uri: string, offset: number, includeDeclaration = true): Location[] {
  const article = desk.article(uri);
  const target = article && targetAt(article, offset);
  if (!target) return [];
  if (target.kind === 'quote') {
    const own = includeDeclaration ? [{ uri, span: target.quote.span }] : [];
    return [...own, ...desk.quotes.matches(uri, target.quote.id).map((m) => ({ uri: m.other.uri, span: m.other.quote.span }))];
  }
  if (target.kind === 'entity') {
    const we = desk.registry.entityOf(uri, target.entity.id);
    const members = we?.members ?? [{ uri, entity: target.entity }];
    return members.flatMap((m) => mentionsOf(m.entity.mentions).map((x) => ({ uri: m.uri, span: x.span })))
      .filter((l) => includeDeclaration || l.uri !== uri || l.span.start !== target.mention.span.start);
  }
  return [];
}
