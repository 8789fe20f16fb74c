import type { ArticleEntity, ArticleModel } from '../../../server/src/analysis/model';
import { analyseArticle } from '../../../server/src/analysis';
import { covered } from '../../helpers/article';
import { mentionsOf } from '../../../server/src/analysis/entities/mentionList';

/** An article as written (no cursor markers: mastheads use `|`). */
export function read(text: string): { text: string; model: ArticleModel } {
  return { text, model: analyseArticle(text) };
}

/** The entity one of whose mentions covers exactly `form`. */
export function entityOf(r: { text: string; model: ArticleModel }, form: string): ArticleEntity | undefined {
  return r.model.entities.find((e) => mentionsOf(e.mentions).some((m) => covered(r.text, m.span) === form));
}

/** `kind:form` for every mention, in text order, as covered in the text. */
export function mentions(r: { text: string; model: ArticleModel }): string[] {
  return r.model.entities
    .flatMap((e) => mentionsOf(e.mentions).map((m) => ({ at: m.span.start, s: `${e.kind}:${covered(r.text, m.span)}` })))
    .sort((a, b) => a.at - b.at)
    .map((x) => x.s);
}

/** The surface forms of the entity that `form` belongs to, in text order. */
export function formsOf(r: { text: string; model: ArticleModel }, form: string): string[] {
  const e = entityOf(r, form);
  return e ? mentionsOf(e.mentions).map((m) => covered(r.text, m.span)) : [];
}
