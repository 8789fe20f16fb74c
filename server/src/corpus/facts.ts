import { mentionsWithoutSpans } from '../analysis/entities/mentionList';
import type { ArticleModel, MentionList } from '../analysis/model';

/**
 * What other articles can see of an article, without where in it things are said: its header,
 * the names it uses, its quotations and its dated happenings, as strings to compare. Typing an
 * ordinary word changes where things are but none of these, and then no other article's findings
 * can change but those that point into this article (see `Desk.upsert`).
 */
export interface Facts {
  readonly header: string;
  readonly entities: string;
  readonly quotes: string;
  readonly events: string;
}

/** Positions and offsets, which move with every keystroke before them. */
const POSITIONAL = new Set(['span', 'sentence', 'clause', 'parts', 'paragraph', 'start', 'end', 'bodyStart', 'length']);
// An entity's mentions are a flat list with their spans inside it (`MentionList`): kept as their texts and flags.
const withoutPositions = (key: string, value: unknown) =>
  POSITIONAL.has(key) ? undefined : key === 'mentions' && Array.isArray(value) ? mentionsWithoutSpans(value as MentionList) : value;
const json = (v: unknown) => JSON.stringify(v, withoutPositions);

/** A value as JSON without where in the article it is (`span`, `start` and the like left out). */
export const positionFree = json;

export function factsOf(model: ArticleModel): Facts {
  return {
    // Of the header, other articles' findings name only the outlet and the publication date.
    header: json([model.header.published?.value, model.header.source?.value]),
    entities: json(model.entities),
    quotes: json(model.quotes),
    events: json([model.events, model.dates]),
  };
}
