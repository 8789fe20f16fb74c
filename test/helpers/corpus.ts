import { existsSync, readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { Desk } from '../../server/src/corpus';

/** The shared corpora live beside the project, never copied into it. */
export const CORPUS_ROOT = process.env['COPYDESK_CORPUS'] ?? path.resolve(__dirname, '..', '..', '..', 'shared', 'corpus');

export function corpusDir(name: 'seeds' | 'desk'): string {
  const dir = path.join(CORPUS_ROOT, name);
  if (!existsSync(dir)) throw new Error(`shared corpus not found at ${dir}`);
  return dir;
}

export function corpusFiles(name: 'seeds' | 'desk'): { name: string; text: string }[] {
  const dir = corpusDir(name);
  return readdirSync(dir)
    .filter((f) => f !== 'gold.json')
    .sort()
    .map((f) => ({ name: f, text: readFileSync(path.join(dir, f), 'utf8') }));
}

/** A desk holding one corpus, articles keyed by file name. */
export function loadDesk(...names: ('seeds' | 'desk')[]): Desk {
  const desk = new Desk();
  for (const n of names) for (const f of corpusFiles(n)) desk.upsert(f.name, f.text);
  return desk;
}
