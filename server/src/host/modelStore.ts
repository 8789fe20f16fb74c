import { createHash } from 'node:crypto';
import { createReadStream, promises as fs, readFileSync } from 'node:fs';
import * as path from 'node:path';
import type { ArticleModel } from '../analysis';
import { pointsInto, type Finding, type SavedFindings } from '../corpus/findings';
import { SharedJson } from './sharedJson';

const PREFIX = 'copydesk-models-';
const TAB = 0x09;
const NEWLINE = 0x0a;
const RETURN = 0x0d;

/** The key of an article's model: its text and how much of it is analysed. */
export function modelKey(text: string, maxLength: number, fallbackDay?: string): string {
  // The fallback day (copydesk.undatedArticles) changes an undated article's resolved dates.
  const options = fallbackDay ? `${maxLength}/${fallbackDay}` : `${maxLength}`;
  return createHash('sha256').update(`${options}\u0000`).update(text).digest('base64url').slice(0, 32);
}

/**
 * The version of the analysis a model was made by: a hash of the worker bundle, which holds the
 * whole analysis, so a new build never reuses models an older one made.
 */
export function analysisVersion(bundle: string): string | undefined {
  try {
    return createHash('sha256').update(readFileSync(bundle)).digest('hex').slice(0, 16);
  } catch {
    return undefined;
  }
}

/**
 * Article models persisted per workspace (in the storage folder the editor gives the server),
 * keyed by content hash, so a restart does not re-analyse unchanged articles. One append-only
 * file per analysis version, a line per model (`key<TAB>json`); files of other versions are
 * deleted when it opens. Lines read are held as bytes until their article asks for them (then
 * parsed and let go: the desk holds the model), and the file is rewritten from the live models
 * when dead lines outnumber them. A torn or corrupt line is skipped: that article is analysed again.
 */
export class ModelStore {
  /**
   * Lines read from the file, not yet asked for: each model's JSON as the file's bytes. Buffers
   * live outside the JavaScript heap and cost a byte a character, where the same JSON as strings
   * (two bytes a character once a curly quotation mark is in it) was most of a warm start's heap.
   */
  private readonly unread = new Map<string, Buffer>();
  /** Keys with a line in the file. */
  private readonly known = new Set<string>();
  private lineCount = 0;
  private buffer: string[] = [];
  /** The findings file as read when the store opened, until `loadFindings` takes it. */
  private saved: { header: string; findings: Map<string, SavedFindings> } | undefined;
  private writing: Promise<void> = Promise.resolve();

  private constructor(private readonly file: string) {}

  static async open(folder: string, version: string): Promise<ModelStore> {
    await fs.mkdir(folder, { recursive: true });
    const name = `${PREFIX}${version}.jsonl`;
    for (const f of await fs.readdir(folder)) if (f.startsWith(PREFIX) && !f.startsWith(`${PREFIX}${version}.`)) await fs.rm(path.join(folder, f), { force: true });
    const store = new ModelStore(path.join(folder, name));
    const take = (line: Buffer) => {
      const tab = line.indexOf(TAB);
      if (tab <= 0) return;
      const key = line.toString('utf8', 0, tab);
      store.unread.set(key, line.subarray(tab + 1));
      store.known.add(key);
      store.lineCount++;
    };
    try {
      for await (const line of lines(store.file, false)) take(line);
    } catch {
      // No file yet, or unreadable: every article is analysed.
    }
    store.saved = await readFindings(store.findingsFile);
    return store;
  }

  get size(): number {
    return this.known.size;
  }

  /** The model persisted under a key, parsed by `reader` (sharing strings with the other models it parsed). */
  get(key: string, reader = new SharedJson()): ArticleModel | undefined {
    const bytes = this.unread.get(key);
    if (bytes === undefined) return undefined;
    this.unread.delete(key);
    try {
      return reader.parse<ArticleModel>(bytes.toString('utf8'));
    } catch {
      this.known.delete(key);
      return undefined;
    }
  }

  /**
   * The JSON persisted under a key, as bytes, parsed by the caller when it needs the model: on a
   * warm start, not before the index is complete. The caller deals with a damaged line.
   */
  take(key: string): Buffer | undefined {
    const bytes = this.unread.get(key);
    this.unread.delete(key);
    return bytes;
  }

  put(key: string, model: ArticleModel): void {
    this.putJson(key, JSON.stringify(model));
  }

  /** `put` of a model already as JSON (an analysis worker's). */
  putJson(key: string, json: string): void {
    this.unread.delete(key);
    this.known.add(key);
    this.lineCount++;
    this.buffer.push(`${key}\t${json}\n`);
    if (this.buffer.length >= 100) void this.flush();
  }

  /** Writes what was added since the last flush (appends run one after another). */
  flush(): Promise<void> {
    if (!this.buffer.length) return this.writing;
    const chunk = this.buffer.join('');
    this.buffer = [];
    this.writing = this.writing.then(() => fs.appendFile(this.file, chunk)).catch(() => undefined);
    return this.writing;
  }

  /**
   * The findings of every article as last published, kept beside the models under a key of the
   * whole desk's state (every article's model key, the settings, the pins): when a restart finds
   * the same state, the findings are the same, and working them out again for every article
   * would be most of the start. One line per article (the state first), so neither writing nor
   * reading ever holds the whole desk's findings as one string: at ten thousand articles that
   * string outgrew the heap. A line is `[uri, pointsInto]<TAB>findings`: the articles it points
   * into are read at once (a change to one of them drops it), the findings only when asked for.
   */
  loadFindings(state: string): Map<string, SavedFindings> | undefined {
    const saved = this.saved;
    this.saved = undefined;
    return saved?.header === findingsHeader(state) ? saved.findings : undefined;
  }

  /** Writes every article's findings under the desk state they were worked out for, awaiting `pause` between slices. */
  async saveFindings(state: string, findings: Iterable<readonly [string, readonly Finding[]]>, pause: () => Promise<void> = async () => undefined): Promise<void> {
    const tmp = `${this.findingsFile}.${process.pid}.tmp`;
    try {
      const handle = await fs.open(tmp, 'w');
      try {
        let chunk = `${findingsHeader(state)}\n`;
        for (const [uri, list] of findings) {
          chunk += `${JSON.stringify([uri, pointsInto(uri, list)])}\t${JSON.stringify(list)}\n`;
          // Written a little at a time: saving runs beside the editor's typing, which waits for
          // each slice worked out between writes (megabyte slices held keystrokes for tens of ms).
          if (chunk.length > 1 << 18) {
            await handle.write(chunk);
            chunk = '';
            await pause();
          }
        }
        await handle.write(chunk);
      } finally {
        await handle.close();
      }
      await fs.rename(tmp, this.findingsFile);
    } catch {
      // Not kept: the next start works them out.
      await fs.rm(tmp, { force: true }).catch(() => undefined);
    }
  }

  private get findingsFile(): string {
    return this.file.replace(/\.jsonl$/, '.findings.jsonl');
  }

  /** After a full index: forgets lines no article asked for, and rewrites the file from the live models when most of it is dead. */
  async retain(live: ReadonlyMap<string, ArticleModel | (() => ArticleModel)>): Promise<void> {
    this.unread.clear();
    await this.flush();
    if (this.lineCount <= 2 * live.size) return;
    const tmp = `${this.file}.${process.pid}.tmp`;
    this.writing = this.writing
      .then(async () => {
        const handle = await fs.open(tmp, 'w');
        try {
          for (const [key, model] of live) await handle.write(`${key}\t${JSON.stringify(typeof model === 'function' ? model() : model)}\n`);
        } finally {
          await handle.close();
        }
        await fs.rename(tmp, this.file);
        this.known.clear();
        for (const key of live.keys()) this.known.add(key);
        this.lineCount = live.size;
      })
      .catch(() => undefined);
    await this.writing;
  }
}

/**
 * A findings file's lines, read when the store opens: its bytes are kept until each article's
 * findings are asked for, and keeping them while the heap is still small costs one quick
 * collection, where taking them in once ten thousand models were filed set off full collections
 * of the whole heap (the engine collects when memory outside it grows).
 */
async function readFindings(file: string): Promise<{ header: string; findings: Map<string, SavedFindings> } | undefined> {
  try {
    const findings = new Map<string, SavedFindings>();
    // The same related places, messages and URIs recur across thousands of articles' findings.
    const reader = new SharedJson();
    let header: string | undefined;
    for await (const line of lines(file, true)) {
      if (header === undefined) {
        header = line.toString('utf8');
        continue;
      }
      const tab = line.indexOf(TAB);
      if (tab < 0) continue;
      const [uri, others] = reader.parse<[string, string[]]>(line.toString('utf8', 0, tab));
      const bytes = line.subarray(tab + 1);
      findings.set(uri, { pointsInto: others, read: () => reader.parse<Finding[]>(bytes.toString('utf8')) });
    }
    return header === undefined ? undefined : { header, findings };
  } catch {
    return undefined;
  }
}

/** The first line of a findings file: the desk state they are of, and how its lines are laid out. */
function findingsHeader(state: string): string {
  return JSON.stringify({ state, lines: 'uri-pointsInto-tab-findings' });
}

/**
 * A file's lines as bytes, streamed and split at newline bytes (never inside a UTF-8 character),
 * without a trailing carriage return: the files are longer than a string may be, and decoding
 * them whole only to split them (readline) was most of reading them. A line's bytes are a view
 * of the chunk read. `unterminated`: also the last line when no newline ends it (a torn append).
 */
async function* lines(file: string, unterminated: boolean): AsyncGenerator<Buffer> {
  let rest: Buffer[] = [];
  const line = (b: Buffer) => (b.length && b[b.length - 1] === RETURN ? b.subarray(0, b.length - 1) : b);
  for await (const chunk of createReadStream(file, { highWaterMark: 1 << 20 }) as AsyncIterable<Buffer>) {
    let from = 0;
    for (let nl = chunk.indexOf(NEWLINE); nl >= 0; nl = chunk.indexOf(NEWLINE, from)) {
      yield line(rest.length ? Buffer.concat([...rest, chunk.subarray(from, nl)]) : chunk.subarray(from, nl));
      rest = [];
      from = nl + 1;
    }
    if (from < chunk.length) rest.push(chunk.subarray(from));
  }
  if (unterminated && rest.length) yield line(Buffer.concat(rest));
}
