import type { Holiday } from './holidays';
import type { Unit } from './words';

export type SeasonCode = 'SP' | 'SU' | 'FA' | 'WI';
export type Which = -1 | 0 | 1;

interface At {
  start: number;
  end: number;
}

/**
 * A stretch of text that names a calendar point or period, before resolution. Offsets are into
 * the article text. Each kind is resolved by its own rule (see resolve.ts, anchor.ts).
 */
export type Candidate = At &
  (
    | { kind: 'calendar'; year?: number; month?: number; day?: number; weekday?: number;
        endYear?: number; endMonth?: number; endDay?: number; modifier?: 'last' | 'next' | 'this';
        /** `5 May last year`: the year counted from the publication year. */
        yearShift?: Which }
    /** `03/04/2025`: which number is the day depends on the outlet's convention. */
    | { kind: 'numeric'; first: number; second: number; year: number; dotted: boolean }
    /** `last week`, `this month`, `the end of the year`, `next weekend` */
    | { kind: 'unit'; which: Which; unit: 'week' | 'month' | 'year' | 'weekend' }
    /** `the weekend`, `over the weekend`: which one depends on the tense. */
    | { kind: 'weekend' }
    | { kind: 'season'; which: Which | null; season: SeasonCode; year?: number; /** `in spring`: no article, so habitual in the present tense */ bare?: boolean }
    | { kind: 'ago'; count: number; unit: Unit }
    | { kind: 'deictic'; offset: number }
    | { kind: 'part'; part: 'H1' | 'H2' | 'Q1' | 'Q2' | 'Q3' | 'Q4' | 'FY'; year?: number; shift?: number;
        /** `fiscal 2025`, `the fourth quarter of fiscal 2025`: of the company's year, named after the year it ends in. */
        fiscal?: boolean;
        /** `in Q3`, `in the first half`, said of a company's accounts without a year: the latest such period. */
        bare?: boolean }
    /** `the three months to June 30, 2025`: a reporting period of `months` ending with `closing`. */
    | { kind: 'period'; months: number; closing: Candidate }
    | { kind: 'year'; year: number; endYear?: number }
    /** `in '98`: a year in two figures, its century the one the publication date makes nearest. */
    | { kind: 'shortYear'; yy: number }
    /** `on Christmas Day`, `over Easter`, `Thanksgiving 2019`. */
    | { kind: 'holiday'; holiday: Holiday; year?: number }
    | { kind: 'decade'; year: number }
    /** A time of day standing alone (`around 0900 GMT`): placed on the day the text is about. */
    | { kind: 'time'; hour: number; minute: number }
    /** `three days earlier`, `the day before` (adverbial), `the following week`. */
    | { kind: 'shift'; count: number; unit: Unit; direction: 1 | -1; approx: boolean;
        /** `the following week`: with no date near it, counted from the day the story opened on. */
        story?: boolean }
    /** `two days after the Commission activated ...`: dated by the complement or the clause. */
    | { kind: 'relation'; count: number; unit: Unit; direction: 1 | -1; complement: number; approx: boolean }
    /** `that day`, `the same week`, `later that month`; `later in the year` falls back on the publication date. */
    | { kind: 'same'; unit: Unit; orPublication?: boolean }
    /** `the following Monday`, `the previous Friday`. */
    | { kind: 'weekdayFrom'; weekday: number; direction: 1 | -1 }
    /** `the following weekend`, `the previous weekend`: the weekend after (before) the anchor day. */
    | { kind: 'weekendFrom'; direction: 1 | -1 }
  );

export type CandidateOf<K extends Candidate['kind']> = Extract<Candidate, { kind: K }>;

/** Kinds whose value leans on another date of the text rather than on the dateline. */
export const ANCHORED: ReadonlySet<Candidate['kind']> = new Set(['time', 'shift', 'relation', 'same', 'weekdayFrom', 'weekendFrom']);
