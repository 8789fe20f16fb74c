import { analyseArticle } from '../../../server/src/analysis';
import type { ArticleModel } from '../../../server/src/analysis/model';

/** One line per quotation: its first words, the speaker as written, and the entity it names (or null). */
export interface Said {
  readonly words: string;
  readonly speaker: string | null;
  readonly entity: string | null;
}

// Articles here may hold '|' (mastheads), so they are analysed directly, without cursor markers.
export function said(text: string): Said[] {
  return saidIn(analyseArticle(text));
}

/** The quotation-mark records only; a transcript's spoken turns are in `spokenIn`. */
export function saidIn(model: ArticleModel): Said[] {
  return model.quotes.filter((q) => !q.spoken).map((q) => ({
    words: q.text.split(/\s+/).slice(0, 4).join(' '),
    speaker: q.speaker?.text ?? null,
    entity: q.speaker?.entity ? model.entities.find((e) => e.id === q.speaker!.entity)?.name ?? null : null,
  }));
}

/** A transcript's spoken turns: their words (in full) and speakers, as `said` gives them. */
export function spokenIn(model: ArticleModel): Said[] {
  return model.quotes.filter((q) => q.spoken).map((q) => ({
    words: q.text,
    speaker: q.speaker?.text ?? null,
    entity: q.speaker?.entity ? model.entities.find((e) => e.id === q.speaker!.entity)?.name ?? null : null,
  }));
}

/** The words of each quotation-mark record, as found. */
export function quoted(text: string): string[] {
  return analyseArticle(text).quotes.filter((q) => !q.spoken).map((q) => q.text);
}
