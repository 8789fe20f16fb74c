/** Plain calendar arithmetic on `YYYY-MM-DD` strings, in UTC so no time zone ever shifts a day. */

export interface Ymd {
  readonly year: number;
  readonly month: number; // 1-12
  readonly day: number;
}

export function toIso(d: Ymd): string {
  return `${pad(d.year, 4)}-${pad(d.month, 2)}-${pad(d.day, 2)}`;
}

export function fromIso(iso: string): Ymd {
  return { year: Number(iso.slice(0, 4)), month: Number(iso.slice(5, 7)), day: Number(iso.slice(8, 10)) };
}

export function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

export function toUtc(d: Ymd): Date {
  const date = new Date(Date.UTC(2000, d.month - 1, d.day));
  date.setUTCFullYear(d.year);
  return date;
}

export function fromUtc(date: Date): Ymd {
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

export function addDays(d: Ymd, days: number): Ymd {
  const date = toUtc(d);
  date.setUTCDate(date.getUTCDate() + days);
  return fromUtc(date);
}

export function addMonths(d: Ymd, months: number): Ymd {
  const index = d.year * 12 + (d.month - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return { year, month, day: Math.min(d.day, daysInMonth(year, month)) };
}

/** 0 = Sunday ... 6 = Saturday */
export function weekday(d: Ymd): number {
  return toUtc(d).getUTCDay();
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function compareYmd(a: Ymd, b: Ymd): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

export function isValidYmd(d: Ymd): boolean {
  return d.month >= 1 && d.month <= 12 && d.day >= 1 && d.day <= daysInMonth(d.year, d.month);
}

/** ISO 8601 week: the year that owns the week and its number. */
export function isoWeek(d: Ymd): { year: number; week: number } {
  const date = toUtc(d);
  const dow = date.getUTCDay() || 7;
  date.setUTCDate(date.getUTCDate() + 4 - dow); // Thursday of this week decides the year
  const year = date.getUTCFullYear();
  const jan1 = Date.UTC(year, 0, 1);
  const week = Math.ceil(((date.getTime() - jan1) / 86400000 + 1) / 7);
  return { year, week };
}

/** Monday of the ISO week containing `d`. */
export function mondayOf(d: Ymd): Ymd {
  const dow = weekday(d) || 7;
  return addDays(d, 1 - dow);
}

export const WEEKDAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;
export const MONTH_NAMES = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
] as const;

/** `Fri 21 Apr 2017`: how dates are shown to editors in hovers and messages. */
export function formatDay(d: Ymd): string {
  return `${WEEKDAY_NAMES[weekday(d)]!.slice(0, 3)} ${d.day} ${MONTH_NAMES[d.month - 1]!.slice(0, 3)} ${d.year}`;
}
