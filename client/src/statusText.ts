/** The status bar item's text and tooltip (no `vscode` import: unit-tested). */
import type { StatusResult } from './protocol';

export interface StatusView {
  readonly text: string;
  readonly tooltip: string;
}

const NAMES: Record<string, string> = {
  'date-conflict': 'date conflicts',
  misquote: 'misquotes',
  'speaker-mismatch': 'speaker mismatches',
  'name-variant': 'name variants',
  'no-dateline': 'undated articles',
  'unclosed-quotation': 'unclosed quotations',
  truncated: 'articles too long to read in full',
};

export function statusView(status: StatusResult | 'indexing' | 'stopped'): StatusView {
  if (status === 'indexing') return { text: '$(sync~spin) Copydesk', tooltip: 'Copydesk is reading the articles of the workspace…' };
  if (status === 'stopped') return { text: '$(circle-slash) Copydesk', tooltip: 'The Copydesk language server is not running. Click to see its output.' };
  const articles = `${status.articles} ${status.articles === 1 ? 'article' : 'articles'}`;
  const conflicts = `${status.conflicts} ${status.conflicts === 1 ? 'conflict' : 'conflicts'}`;
  const lines = Object.entries(status.byCode)
    .filter(([, n]) => n > 0)
    .sort((a, b) => b[1] - a[1])
    .map(([code, n]) => `${n} ${NAMES[code] ?? code}`);
  // After a full index the workspace is checked in the background: the counts so far, and how far.
  const checking = status.checked !== undefined && status.checked < status.articles;
  return {
    text: `$(book) ${articles}  ${checking ? '$(sync~spin)' : status.conflicts ? '$(warning)' : '$(check)'} ${conflicts}`,
    tooltip: [
      `Copydesk: ${articles} indexed, ${conflicts} between sources${checking ? ` so far (${status.checked} of ${status.articles} articles checked)` : ''}.`,
      ...lines,
      '',
      'Click to open the Problems view.',
    ].join('\n'),
  };
}
