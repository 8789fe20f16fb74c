import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';

/** A 2019 story the archive holds, and this week's desk: a follow-up that misquotes it, and one that misdates its vote. */
export const ARCHIVED = {
  '2019/2019-03-12-gazette-bridge.txt': `Old Mill Bridge to close after council vote
Published: 12 March 2019
Source: Harbour Gazette

KELBOURNE — The council voted on Tuesday to close the Old Mill Bridge to all traffic.

"We cannot gamble with public safety on a structure this old, and the repairs will take at least a year," said Rhiannon Tate, the council's chief structural engineer.
`,
  '2019/2019-03-13-courier-bridge.txt': `Bridge closure: what it means for commuters
Published: 13 March 2019
Source: Kelbourne Courier

Commuters face a longer journey after councillors voted on Tuesday to shut the Old Mill Bridge.

Rhiannon Tate, the chief structural engineer, told the meeting: "We cannot gamble with public safety on a structure this old."
`,
};

export const DESK = {
  '2025-10-03-wire-bridge.txt': `Bridge reopening delayed again
Published: 3 October 2025
Source: Coastal Wire

KELBOURNE — The reopening of the Old Mill Bridge has been delayed again, the council said on Friday.

When the bridge closed, Rhiannon Tate said: "We cannot risk public safety on a structure this old, and the repairs will take at least a year."
`,
  '2019-03-15-blog-bridge.txt': `Our view: the bridge vote
Published: 15 March 2019
Source: Kelbourne Blog

The council voted on Monday to close the Old Mill Bridge to all traffic, and the town is poorer for it.
`,
};

/** Writes articles under a new temporary folder; returns it. */
export function writeArticles(files: Record<string, string>, into = mkdtempSync(path.join(tmpdir(), 'copydesk-fx-'))): string {
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(into, name)), { recursive: true });
    writeFileSync(path.join(into, name), text);
  }
  return into;
}
