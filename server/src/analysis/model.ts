/**
 * The article model: what Copydesk reads out of one article's text.
 *
 * Every offset is a UTF-16 code unit index into the text exactly as the host gave it (the same
 * unit as LSP positions and JavaScript strings), so `text.slice(span.start, span.end)` is always
 * the covered text. The model is plain, immutable data: it can be cached, persisted as JSON and
 * compared across articles without the text that produced it.
 */

/** A half-open range of the article text. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/**
 * Spans in order, flat: `[start, end, start, end, ...]` (see `text/spanList.ts`). The model keeps
 * an article's paragraphs and sentences so: an object for each sentence and another for its span
 * were a fifth of the models' heap at ten thousand articles, and after the analysis nothing reads
 * more of them than where each is.
 */
export type SpanList = readonly number[];

export interface Located<T> {
  readonly value: T;
  readonly span: Span;
}

export type EntityKind = 'person' | 'organization' | 'place';

export interface ArticleModel {
  /** Length of the text analysed (the text may have been capped, see `notices`). */
  readonly length: number;
  readonly header: ArticleHeader;
  /** Paragraph spans, in order: blank-line blocks, or single lines where each line is a paragraph. */
  readonly paragraphs: SpanList;
  /** Sentence spans, in order, each within a paragraph (the analysis's `Sentence`s, where they are). */
  readonly sentences: SpanList;
  /** One record per person, organisation or place the article names (within-article coreference). */
  readonly entities: readonly ArticleEntity[];
  readonly dates: readonly DateMention[];
  readonly quotes: readonly Quotation[];
  readonly events: readonly EventMention[];
  /** Things the analysis could not do, said plainly (text capped, quotation mark never closed...). */
  readonly notices: readonly AnalysisNotice[];
}

export interface ArticleHeader {
  /** `Old Mill Bridge to close after council vote` */
  readonly headline: Located<string> | null;
  /** The article's own publication date; null when the article states none (never invented). */
  readonly published: PublishedDate | null;
  /**
   * When the article states no date, the date its relative dates were resolved against instead,
   * because the editor asked for one (the file's last modification): `published` stays null.
   */
  readonly reference?: PublishedDate | null;
  /** `By Hannah Lowe, Local Democracy Reporter` → `Hannah Lowe` */
  readonly byline: Located<string> | null;
  /** The outlet: `Kelbourne Courier`, `SOURCE:TRTWorld and agencies` → `TRTWorld and agencies`. */
  readonly source: Located<string> | null;
  /** Wire dateline: `KELBOURNE, England, March 15 (Northline News) -`. */
  readonly dateline: Dateline | null;
  /** Where the body copy starts (after front matter and header lines). */
  readonly bodyStart: number;
}

export interface PublishedDate {
  /** `2024-03-14` */
  readonly value: string;
  readonly span: Span;
  /** How it was found, for hovers and conflict messages: `"Published: 14 March 2024"`. */
  readonly how: string;
}

export interface Dateline {
  readonly span: Span;
  /** `KELBOURNE, England` */
  readonly place: string | null;
  /** The dateline's own date as TIMEX3 (`2024-03-15`, or `XXXX-03-15` when no year is known). */
  readonly date: string | null;
  /** `Northline News` */
  readonly agency: string | null;
}

export interface Sentence {
  readonly span: Span;
  /** Index into `paragraphs`. */
  readonly paragraph: number;
}

export interface ArticleEntity {
  /** Article-local id (`e0`, `e1`...); the cross-article registry maps it to a workspace entity. */
  readonly id: string;
  readonly kind: EntityKind;
  /** The fullest form the article uses: `Sergei Lavrov` (also when it later says `Lavrov`). */
  readonly name: string;
  /**
   * Every place the article names it, as written without honorifics (`Mr Lavrov` → `Lavrov`):
   * `NameMention`s kept flat (`MentionList`, read with `entities/mentionList.ts`).
   */
  readonly mentions: MentionList;
  /** Titles the article gives: `Russian Foreign Minister` in `Russian Foreign Minister Sergei Lavrov`. */
  readonly roles: readonly Role[];
}

/**
 * An entity's mentions in text order, flat: `[start, end, text, flags, ...]`, four fields a
 * mention, flags 1 for `full` and 2 for `metonym` (see `entities/mentionList.ts`). A workspace of
 * ten thousand articles names its entities 790,000 times: an object for each mention and another
 * for its span were 70 MB of its 213 MB of models.
 */
export type MentionList = readonly (number | string)[];

/** One of an entity's mentions, as `mentionAt` reads it out of its `MentionList`. */
export interface NameMention {
  readonly span: Span;
  readonly text: string;
  /**
   * The mention spells the full name (given name and surname, or the whole organisation name),
   * as opposed to a short form such as a surname or an acronym. Only full mentions can be
   * spelling variants of each other.
   */
  readonly full: boolean;
  /**
   * A capital standing for its country's government (`Washington accused Moscow`, `Moscow's
   * announcement`), filed under the country: it is not one of the country's names.
   */
  readonly metonym?: boolean;
}

export interface Role {
  /** `chief structural engineer` */
  readonly text: string;
  readonly span: Span;
  /** The sentence that states it, for hovers: `That report, presented by the council's chief structural engineer, Rhiannon Tate, ...` */
  readonly sentence: Span;
}

/** TIMEX3-style granularity of a resolved date. */
export type Granularity =
  | 'minute'
  | 'day'
  | 'week'
  | 'weekend'
  | 'month'
  | 'season'
  | 'quarter'
  | 'half'
  | 'year'
  | 'decade';

export interface DateMention {
  /** `on Monday` (leading `on`/`in`/`since`/`from` included when present) */
  readonly span: Span;
  readonly text: string;
  /**
   * TIMEX3-style value: `2017-04-24`, `2017-04`, `2017`, `2017-W16`, `2024-W10-WE`, `2016-SU`,
   * `2025-H2`, `2017-05-03/2017-05-04`, `XXXX-11-08` (year unknowable), or null when nothing
   * can be resolved (a weekday in an undated article).
   */
  readonly value: string | null;
  /** The value as an inclusive day range, for overlap tests; null when it has no calendar position. */
  readonly range: DayRange | null;
  readonly granularity: Granularity | null;
  /** How the value was reached, in words an editor reads: `'on Monday' (future: 'will'), dateline Fri 21 Apr 2017 → Mon 24 Apr 2017`. */
  readonly resolution: string;
  /** Whether the value depends on the publication date (weekday, `last week`, `next month`...). */
  readonly relative: boolean;
  /** `header` for the publication date line and datelines, `body` for everything else. */
  readonly where: 'header' | 'body';
  /** Article-local event id this date places, or null. */
  readonly event: string | null;
}

/** Inclusive range of calendar days, as `YYYY-MM-DD` strings. */
export interface DayRange {
  readonly first: string;
  readonly last: string;
}

export interface Quotation {
  /** Article-local id (`q0`...). */
  readonly id: string;
  /** The words inside the marks; for a quotation running over paragraphs, first word to last word. */
  readonly span: Span;
  /** The inner span of each paragraph of a multi-paragraph quotation (one part otherwise). */
  readonly parts: readonly Span[];
  /** The quoted words, parts joined by a space. */
  readonly text: string;
  /** A partial quote woven into the reporter's sentence (`barely “hangs by a thread,” according to`). */
  readonly fragment: boolean;
  readonly speaker: Speaker | null;
  /** The paragraph the quotation opens in, for evidence in hovers and messages. */
  readonly paragraph: number;
  /**
   * Words spoken in a transcript turn (`DAN FELLOWES: Good evening…`), not inside quotation
   * marks: traced across articles like a quotation, so that a paper quoting a broadcast finds
   * the transcript as the source, but not a quotation-mark record (see `spokenTurns`).
   */
  readonly spoken?: true;
}

export interface Speaker {
  /** As written: `Mr Ashdown`, `a US spokesman in Geneva`, `he`, `the mayor`. */
  readonly text: string;
  readonly span: Span | null;
  /** Article-local entity id when the speaker is (or resolves to) a named entity. */
  readonly entity: string | null;
  /** How the speaker was found: `said X`, `pronoun`, `role`, `previous quotation`... */
  readonly how: string;
}

export interface EventMention {
  /** Article-local id (`v0`...). */
  readonly id: string;
  /** The kind of happening, normalised: `vote`, `meeting`, `closure`, `signing`, `strike`... */
  readonly kind: string;
  /** The word that names it: `voted`, `meeting`, `broke ground`. */
  readonly trigger: Located<string>;
  /** The clause that states it (evidence for conflict messages). */
  readonly clause: Span;
  /** Article-local ids of the people and organisations taking part. */
  readonly participants: readonly string[];
  /** Article-local ids of the places named in the clause. */
  readonly places: readonly string[];
  /** Content words of the clause (lower-cased, folded), for telling two events of one kind apart. */
  readonly terms: readonly string[];
  /**
   * The words that qualify a happening noun (folded): `missile` in `missile strikes`, `chemical
   * weapons` in `chemical weapons attack`. Two events of one kind whose modifiers have nothing in
   * common are likely different happenings.
   */
  readonly modifiers?: readonly string[];
  /**
   * Kinds of the other happenings its clause reports: a meeting that `voted`, one that `put off`
   * a decision. Two meetings of one council whose outcomes differ are two meetings.
   */
  readonly related?: readonly string[];
  /**
   * `planned` when the copy announces it (`will be sentenced on Friday`, `adjourned until 14
   * February`), `called-off` when it was due on its date but did not take place then; absent when
   * reported as having happened. A plan that was called off is no evidence against the date it
   * finally happened on.
   */
  readonly status?: 'planned' | 'called-off';
  /** Index into `dates` of the date that places it. */
  readonly date: number;
}

export interface AnalysisNotice {
  readonly code: 'truncated' | 'unclosed-quotation' | 'binary' | 'invalid-encoding';
  readonly span: Span;
  readonly message: string;
}
