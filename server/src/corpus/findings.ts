import type { Span } from '../analysis/model';

export type FindingCode =
  | 'date-conflict'
  | 'misquote'
  | 'speaker-mismatch'
  | 'name-variant'
  | 'no-dateline'
  | 'unclosed-quotation'
  | 'truncated';

export type Severity = 'error' | 'warning' | 'information' | 'hint';

/** A place in another (or the same) article that a finding points at, with what is there. */
export interface RelatedPlace {
  readonly uri: string;
  readonly span: Span;
  /** `Northline News (02-northline-wire-bridge.txt, Fri 15 Mar 2024): "on March 13" → Wed 13 Mar 2024` */
  readonly message: string;
}

/** A text change the editor can choose to apply (quick fix). Never applied by Copydesk itself. */
export interface TextEdit {
  readonly uri: string;
  readonly span: Span;
  readonly newText: string;
}

export interface Fix {
  readonly title: string;
  readonly edits: readonly TextEdit[];
  /** The fix an editor most likely wants (shown first, applied by "fix all"). */
  readonly preferred?: boolean;
}

/**
 * Related places kept per finding: a name spelled one way in a thousand articles would give each
 * article spelling it the other way a thousand (a million across the desk). The editor can
 * follow twenty, and the message says how many there are (`Desk.findings` cuts the rest).
 */
export const MAX_RELATED = 20;

/**
 * A list named in a message, cut after `max` items with how many more there are: a message naming
 * every article that spells a name otherwise runs to thousands of file names in a large desk,
 * which no editor reads in a tooltip. The related places carry the evidence for each.
 */
export function someOf(items: readonly string[], separator: string, max: number): string {
  if (items.length <= max) return items.join(separator);
  return `${items.slice(0, max).join(separator)}${separator}and ${items.length - max} more`;
}

/** Something an editor should look at, with the evidence from every source involved. */
export interface Finding {
  readonly code: FindingCode;
  readonly severity: Severity;
  readonly uri: string;
  readonly span: Span;
  readonly message: string;
  readonly related: readonly RelatedPlace[];
  readonly fixes: readonly Fix[];
}

/** Default severities: conflicts between sources are warnings; a missing dateline is a hint. */
export const DEFAULT_SEVERITY: Record<FindingCode, Severity> = {
  'date-conflict': 'warning',
  misquote: 'warning',
  'speaker-mismatch': 'warning',
  'name-variant': 'warning',
  'no-dateline': 'hint',
  'unclosed-quotation': 'information',
  truncated: 'information',
};

/**
 * An article's findings as a previous session saved them for the same state of the desk (a warm
 * start), read only when first asked for: publishing them goes on in the background, and reading
 * ten thousand articles' findings up front held up the index.
 */
export interface SavedFindings {
  /** The other articles they point into (see `pointsInto`): a change to one of those drops them. */
  readonly pointsInto: readonly string[];
  read(): Finding[];
}

/** The other articles an article's findings have related places in, each once. */
export function pointsInto(uri: string, findings: readonly Finding[]): string[] {
  const out = new Set<string>();
  for (const f of findings) for (const r of f.related) if (r.uri !== uri) out.add(r.uri);
  return [...out];
}
