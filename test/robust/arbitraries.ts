import fc from 'fast-check';

/**
 * Generators of article text for the property tests and the fuzz run (issue 9). Random strings
 * alone almost never look like an article, so most of the text is built from the pieces the
 * analysis reacts to — names, dates, quotation marks, header lines, front matter — mixed with the
 * pieces that break naive code: every kind of line break, lone surrogates, NUL, combining marks,
 * zero-width joiners, bidirectional controls, Markdown and HTML.
 */

const WORDS = ['the', 'said', 'on', 'a', 'council', 'vote', 'will', 'was', 'told', 'according to', 'in', 'of', 'that', 'he', 'she', 'they', 'last', 'next', 'week', 'ago', 'after', 'before'];
const NAMES = ['Anna', 'Smith', 'Mr', 'Ms', 'Dr', 'UN', 'U.S.', 'Kelbourne', 'Council', 'Annika Solberg', 'Sergei Lavrov', 'de Mistura', 'Đorđe', 'Núñez', 'ACME Ltd', 'Reuters', 'Paris', 'Washington', 'Mayor Colin Ashdown'];
const DATES = ['on Tuesday', 'last week', 'March 3, 2024', '3-4 May', 'yesterday', '14 March 2024', '2024-03-14', 'three days earlier', 'last summer', 'in 1999', 'at 9.40pm on Tuesday', 'next month', 'Fri 15 Mar 2024 11:42 GMT'];
const NUMBERS = ['3', '2024', '14th', '1,000', '3.5', '0', '99999999999999999999', '-1', '1/2', '12:30'];
const PUNCT = ['.', ',', '!', '?', '…', ':', ';', '—', '–', '-', '(', ')', '[', ']', '|', '·', '/', '...', '?!'];
const QUOTES = ['"', '“', '”', '‘', '’', "'", '«', '»', '„', '‹', '›', '「', '」', '``', "''"];
const SPACE = [' ', '\n', '\n\n', '\r\n', '\r\n\r\n', '\r', '\t', '\u00a0', '\u2028', '\u2029', '\f', '\v'];
const UNICODE = ['👩‍👩‍👧', '🇬🇧', 'é', 'e\u0301', '\u200d', '\u200b', '\u202e', '\u2066', 'שלום', 'مرحبا', '\ufeff', '\ud800', '\udc00', '\u0000', '\uffff', '\ufffd', 'İ', 'ß', 'ﬁ', '𝐀'];
const MARKUP = ['# ', '**', '_', '`', '[x](command:workbench.action.reloadWindow)', '<script>alert(1)</script>', '---\n', '> ', '* ', '$(alert)', '<img src=x onerror=alert(1)>', '](', '\\'];
const HEADER = [
  'Published: 4 March 2024\n', 'By Anna Smith\n', 'Source: Northline Wire\n', 'KELBOURNE, England, March 15 (Northline News) - ',
  '---\ntitle: x\ndate: 2024-03-04\nauthor: Anna Smith\n---\n', 'Updated: yesterday\n', 'TRANSCRIPT\nSMITH: ', 'Q: ', 'A: ',
];
const SENTENCES = [
  '"We will not reopen the crossing," Ms Solberg said on Monday. ',
  'The council voted on Tuesday to close the bridge. ',
  '“This bridge has carried Kelbourne for 140 years,” said Mayor Colin Ashdown. ',
  'Sergei Lavrov, Russia’s foreign minister, met Staffan de Mistura in Geneva last week. ',
  '“It is over,” he said. “We are done.” ',
  '"Unclosed quotation that runs on ',
];

const pick = (xs: readonly string[]) => fc.constantFrom(...xs);

/** Any UTF-16 code unit, lone surrogates included: what a JavaScript string can hold. */
export const codeUnit = fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c));

/** One piece of an article. */
export const piece: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: pick(WORDS) },
  { weight: 5, arbitrary: pick(NAMES) },
  { weight: 3, arbitrary: pick(DATES) },
  { weight: 2, arbitrary: pick(NUMBERS) },
  { weight: 4, arbitrary: pick(PUNCT) },
  { weight: 4, arbitrary: pick(QUOTES) },
  { weight: 4, arbitrary: pick(SPACE) },
  { weight: 2, arbitrary: pick(UNICODE) },
  { weight: 1, arbitrary: pick(MARKUP) },
  { weight: 1, arbitrary: pick(HEADER) },
  { weight: 2, arbitrary: pick(SENTENCES) },
  { weight: 1, arbitrary: fc.string({ unit: codeUnit, maxLength: 6 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 8 }) },
);

/** Article-like text: pieces joined by nothing or a space. */
export function articleText(maxPieces = 120): fc.Arbitrary<string> {
  return fc.array(fc.tuple(piece, fc.constantFrom('', ' ', ' ', ' ')), { maxLength: maxPieces }).map((ps) => ps.map(([p, s]) => p + s).join(''));
}

/** Either article-like text or a raw string of arbitrary code units. */
export const anyText: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: articleText() },
  { weight: 1, arbitrary: fc.string({ unit: codeUnit, maxLength: 300 }) },
);

/**
 * Units whose long runs have tripped text processors: a quadratic scan shows as the time of a
 * run growing with the square of its length. Each is repeated to a given length.
 */
export const ADVERSARIAL_UNITS: Readonly<Record<string, string>> = {
  'straight quotes': '"',
  'curly quotes': '“',
  'alternating curly quotes': '“a” ',
  apostrophes: "'",
  'capitalised words': 'Abc ',
  'words in capitals': 'ABC ',
  'capitals without spaces': 'A',
  'given name and surname': 'Anna Smith ',
  initials: 'A. ',
  digits: '1',
  'numbers and spaces': '12 ',
  hyphens: '-',
  'em dashes': '— ',
  'line feeds': '\n',
  CRLF: '\r\n',
  'lone CRs': '\r',
  'blank lines': '\n\n',
  'full stops': '.',
  'full stops and brackets': '.)',
  'spaces': ' ',
  'tabs and spaces': '\t \u00a0',
  'said': 'said ',
  honorifics: 'Mr ',
  weekdays: 'on Monday ',
  'month dates': 'March 3, ',
  'quotation and attribution': '"x," he said. ',
  'open quotation per paragraph': '"x\n\n',
  'commas between capitals': 'A, ',
  'colons': 'a: ',
  'Markdown headings': '# ',
  'separators': '| ',
  'front matter fences': '---\n',
  'zero-width joiners': 'a\u200d',
  emoji: '👩‍👩‍👧 ',
  'combining marks': 'e\u0301 ',
  'right-to-left': 'שלום ',
  'lone surrogates': '\ud800',
  'URLs': 'http://a.b/c ',
  'brackets': '(a ',
};

/** `unit` repeated to exactly `length` code units (a surrogate pair may be cut at the end: that is input too). */
export function repeatTo(unit: string, length: number): string {
  return unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
}
