import type { ArticleRecord } from './article';
import type { EventIndex } from './events';
import type { FindingCode, Severity } from './findings';
import type { Versioned } from './lasting';
import type { QuoteIndex } from './quotes';
import type { EntityRegistry } from './registry';

/** What checks read: the articles and the cross-article indexes, and which articles changed when. */
export interface DeskView extends Versioned {
  article(uri: string): ArticleRecord | undefined;
  readonly registry: EntityRegistry;
  readonly quotes: QuoteIndex;
  readonly events: EventIndex;
  readonly settings: CheckSettings;
}

export interface CheckSettings {
  /** Severity per check; `off` disables it. */
  readonly severity: Readonly<Record<FindingCode, Severity | 'off'>>;
}
