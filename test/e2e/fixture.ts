// The fixture workspace of the editor tests: the articles of ../shared/corpus/seeds and
// ../shared/corpus/desk, copied at test time into a temporary folder (never into the repository),
// side by side as `seeds/` and `desk/`. Copydesk reads them as one desk; the two corpora share no
// person, quotation or happening, so each keeps its own findings.
import { copyFileSync, existsSync, mkdirSync, readdirSync } from 'node:fs';
import * as path from 'node:path';

export const CORPORA = ['seeds', 'desk'] as const;

/** The shared corpora: COPYDESK_CORPUS, or `shared/corpus` beside the repository. */
export function corpusRoot(repoRoot: string): string {
  return process.env['COPYDESK_CORPUS'] ?? path.resolve(repoRoot, '..', 'shared', 'corpus');
}

/** Copies the articles (not the gold annotations) into `dest`; returns `dest`. */
export function makeFixture(repoRoot: string, dest: string): string {
  const from = corpusRoot(repoRoot);
  for (const name of CORPORA) {
    const src = path.join(from, name);
    if (!existsSync(src)) throw new Error(`shared corpus not found at ${src} (set COPYDESK_CORPUS to the folder holding seeds/ and desk/)`);
    mkdirSync(path.join(dest, name), { recursive: true });
    for (const f of readdirSync(src)) {
      if (f === 'gold.json' || f.startsWith('.')) continue;
      copyFileSync(path.join(src, f), path.join(dest, name, f));
    }
  }
  return dest;
}
