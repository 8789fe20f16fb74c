/**
 * Patterns recheck flags that are safe because of their input (issue 9). Each names its file, its
 * exact source and the reason, and one of two proofs, both re-run by `test/robust/redos.test.ts`:
 *
 * - `bound`: the code never gives the pattern more than this many characters (the reason says
 *   where that is enforced); the test runs recheck's own attack string at that length and
 *   requires the match to finish within 100 ms.
 * - `'whole-analysis'`: the input is not bounded by construction (a date family's merged windows,
 *   a role), so the test pumps recheck's attack to 4,000 and 32,000 characters, places it in an
 *   article (whole text, first line, body paragraph, inside a quotation) and requires the whole
 *   analysis to stay linear, as the linear-time test does.
 *
 * Anything else flagged fails the test: rewrite the pattern (split it, bound its repetitions, drop
 * the nested lazy run), or bound its input and say so here.
 */
export interface Allowed {
  readonly file: string;
  /** The exact pattern; left out, the entry covers every flagged pattern of the file (each still proven). */
  readonly source?: string;
  readonly flags?: string;
  readonly bound: number | 'whole-analysis';
  readonly reason: string;
}

const HEADER_LINE = 'a header line: readHeader reads each line only to HEADER_CLIP (500) characters (header/header.ts)';
const DATELINE = 'the head of a lead paragraph: findDateline reads at most 160 characters (header/dateline.ts)';
const WINDOW = 'text around a quotation: the quotation code reads windows of at most WINDOW (320) characters (quotes/window.ts), and speakers are phrases within them';
const FAMILY = "a date family's windows around its keys (dates/patterns.ts scanFamily), merged where keys are dense, so not bounded";

export const ALLOWED: readonly Allowed[] = [
  { file: 'server/src/analysis/dates/holidays.ts', source: String.raw`\s+\d{4}$`, bound: 400, reason: "a holiday's match inside a family window: a blank run longer than 2×REACH (128) splits windows, so a match holds at most that much space" },
  { file: 'server/src/analysis/entities/gazetteer.ts', source: String.raw`,?\s+D\.C\.$`, bound: 100, reason: "a capital's name from the world-countries data, not article text" },
  { file: 'server/src/analysis/entities/known.ts', source: String.raw`\s+(?:and|with|\+|&)\s+(?:agencies|wires|agency reports|staff)$`, bound: 500, reason: `the byline or source value, found in ${HEADER_LINE}` },
  { file: 'server/src/analysis/entities/known.ts', source: String.raw`\s*,\s*`, bound: 160, reason: `the dateline's place, from ${DATELINE}` },
  { file: 'server/src/analysis/header/byline.ts', source: String.raw`^[\s*_>-]*(?:posted\b.*?\bby|written by|words by|story by|(?:live |additional )?reporting by|interview(?:ed)? by|text by|by)\s+(.+)$`, bound: 500, reason: HEADER_LINE },
  { file: 'server/src/analysis/header/byline.ts', source: String.raw`\bposted\b.*?\bby\s+(.+)$`, bound: 500, reason: HEADER_LINE },
  { file: 'server/src/analysis/header/byline.ts', source: String.raw`^[\s*_>-]*(?:author|authors|writer|byline|reporter|words)\s*:\s*(.+)$`, bound: 500, reason: HEADER_LINE },
  { file: 'server/src/analysis/header/dateline.ts', source: String.raw`\s*(?:\(([^()]{2,60})\)|\/([^/]{2,60})\/)\s*$`, bound: 160, reason: DATELINE },
  { file: 'server/src/analysis/header/dateline.ts', source: String.raw`^([\p{Lu}][\p{Lu}.'’ -]+(?:,\s*[\p{Lu}][\p{L}.'’-]*(?:\s+[\p{Lu}][\p{L}.'’-]*)*)?)\s*(?:\(([^()]{2,60})\)|\/([^/]{2,60})\/)$`, bound: 160, reason: DATELINE },
  { file: 'server/src/analysis/header/dateline.ts', source: String.raw`[,\s]+$`, bound: 160, reason: DATELINE },
  { file: 'server/src/analysis/header/furniture.ts', source: String.raw`\s*(?:[|›>»·•]|\s\/\s|--)\s*`, bound: 80, reason: 'isSectionLine returns early on a line longer than 80 characters' },
  { file: 'server/src/analysis/header/headline.ts', source: String.raw`^(?:#+\s*|(?:UPDATE|CORRECTED|REFILE|WRAPUP|EXCLUSIVE|ANALYSIS|BREAKING|FACTBOX|EXPLAINER)\s*\d*\s*[-–:]\s*)`, bound: 500, reason: HEADER_LINE },
  { file: 'server/src/analysis/header/lines.ts', source: String.raw`\s+(?:\||·|•|--|—|–|-)\s+`, bound: 200, reason: 'parts() splits only lines of at most MAX_HEADER_LINE (200) characters (header/lines.ts)' },
  { file: 'server/src/analysis/header/published.ts', source: String.raw`(?:©|\(c\)|copyright)\s*(?:\p{L}+\s+)?((?:19|20)\d{2})\b`, bound: 20_000, reason: 'findPublished reads a copyright line in the first and last 10,000 characters only' },
  { file: 'server/src/analysis/header/source.ts', source: String.raw`\/[^/]+\/\s*\S*\s*$`, bound: 170, reason: `the dateline's own text, from ${DATELINE}` },
  // The quotation reader works in windows: every pattern of these files reads at most WINDOW characters.
  ...['kinds', 'resolve', 'speakers', 'subject', 'verbs', 'epithet'].map((f) => ({ file: `server/src/analysis/quotes/${f}.ts`, bound: 320, reason: WINDOW })),
  { file: 'server/src/analysis/header/headline.ts', source: String.raw`\s*\[[^\]]{0,200}\]\s*$`, bound: 500, reason: HEADER_LINE },
  { file: 'server/src/analysis/header/furniture.ts', bound: 500, reason: `${HEADER_LINE}; the tag line test also returns early past 120 characters` },
  { file: 'server/src/corpus/article.ts', source: String.raw`[?#].*$`, bound: 4096, reason: "a document's URI (a path: at most PATH_MAX, 4,096 characters)" },
  { file: 'server/src/service/codeLens.ts', source: String.raw`_.*$`, bound: 4096, reason: 'a file name taken from a URI' },
  { file: 'server/src/analysis/dates/patterns.ts', bound: 'whole-analysis', reason: FAMILY },
  { file: 'server/src/analysis/events/lexicon.ts', bound: 'whole-analysis', reason: 'trigger patterns run over sentences; their gaps are bounded ({1,40}) but a sentence is not' },
  { file: 'server/src/analysis/events/triggers.ts', bound: 'whole-analysis', reason: 'the words after a trigger' },
  { file: 'server/src/analysis/text/patternSet.ts', bound: 'whole-analysis', reason: 'the union of patterns allowed above for the same input (the date families\' keys over the whole text, the trigger phrases over a clause): it only finds where one of them may start, each then tried there alone' },
  { file: 'server/src/analysis/entities/outlets.ts', bound: 'whole-analysis', reason: 'a line above the body (unbounded), though the pattern is anchored and its repetitions bounded ({2,60}, {1,40})' },
  { file: 'server/src/analysis/quotes/chrome.ts', bound: 'whole-analysis', reason: 'the start of each paragraph (web chrome: links to other stories), a paragraph being unbounded' },
  { file: 'server/src/analysis/quotes/gender.ts', bound: 'whole-analysis', reason: "a role's text and its head noun: phrases the entity reader took as roles, not bounded by construction" },
];
