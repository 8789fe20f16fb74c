/** Formatting of a quotation's citation for the clipboard: `“...” — Speaker, Outlet, 21 April 2017`. */

export interface CitationParts {
  readonly text: string;
  readonly speaker: string | null;
  readonly outlet: string | null;
  /** `YYYY-MM-DD` */
  readonly published: string | null;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** A bare pronoun is how the article refers back to someone, not a name to cite. */
const PRONOUN = /^(?:he|she|they|it|we|i|you|him|her|them)$/i;

/** `2017-04-21` → `21 April 2017`; anything else is printed as given. */
export function citationDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  const month = m ? MONTHS[Number(m[2]) - 1] : undefined;
  return m && month ? `${Number(m[3])} ${month} ${m[1]}` : iso;
}

export function formatCitation(c: CitationParts): string {
  // The comma before "he said" belongs to the sentence around the quotation, not to the words.
  const words = c.text.replace(/\s+/g, ' ').trim().replace(/[\s,;:]+$/, '').replace(/[“”]/g, (q) => (q === '“' ? '‘' : '’'));
  const speaker = c.speaker?.replace(/\s+/g, ' ').trim();
  const parts = [speaker && !PRONOUN.test(speaker) ? speaker : null, c.outlet?.trim() || null, c.published ? citationDate(c.published) : null]
    .filter((p): p is string => !!p);
  return parts.length ? `“${words}” — ${parts.join(', ')}` : `“${words}”`;
}
