import { article, covered } from '../../helpers/article';
import type { DateMention } from '../../../server/src/analysis/model';

/** An article published on `published` (a `Published:` line), with `body` as its copy. */
export function datedArticle(published: string | null, body: string) {
  return article(published ? `Published: ${published}\n\nHeadline here\n\n${body}` : `Draft\n\n${body}`);
}

/** The body dates of an article as `covered text → value`, in order. */
export function bodyDates(published: string | null, body: string): string[] {
  const { text, model } = datedArticle(published, body);
  return model.dates.filter((d) => d.where === 'body').map((d) => `${covered(text, d.span)} → ${d.value}`);
}

/** The body date whose covered text contains `needle`. */
export function dateAt(published: string | null, body: string, needle: string): DateMention | undefined {
  const { text, model } = datedArticle(published, body);
  return model.dates.find((d) => d.where === 'body' && covered(text, d.span).includes(needle));
}

/** Thursday 14 March 2024, the publication date most tests count from. */
export const THU_14_MARCH_2024 = '14 March 2024';
