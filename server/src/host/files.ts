import { constants, promises as fs } from 'node:fs';
import * as path from 'node:path';
import { fdir } from 'fdir';
import picomatch from 'picomatch';
import { decodeArticle, type Decoded } from './decode';

export const DEFAULT_INCLUDE = ['**/*.{txt,md,markdown,story,article}'];
export const DEFAULT_EXCLUDE = ['**/node_modules/**', '**/.*/**', '**/.*'];

/** What an editor is told when a file cannot be read, by the system's error code. */
const REASONS: Record<string, string> = {
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  ENOENT: 'file not found (deleted or renamed meanwhile)',
  EISDIR: 'is a folder',
  ELOOP: 'a loop of symbolic links',
  ENAMETOOLONG: 'path too long',
  EMFILE: 'too many open files (will be read again on the next change)',
  EIO: 'input/output error',
};

/** Files larger than this are read only up to it (the analysis caps text length anyway). */
export const MAX_READ_BYTES = 8 * 1024 * 1024;

export interface Found {
  readonly files: string[];
  /** Paths that could not be walked, with the reason. */
  readonly errors: { readonly path: string; readonly reason: string }[];
}

/**
 * Article files under a folder: those matching an include glob and no exclude glob, relative to
 * the folder. Symbolic links are not followed, so a link loop cannot trap the walk.
 */
export async function findArticles(root: string, include = DEFAULT_INCLUDE, exclude = DEFAULT_EXCLUDE): Promise<Found> {
  const isIncluded = picomatch(include, { dot: true });
  const isExcluded = picomatch(exclude, { dot: true });
  const errors: Found['errors'] = [];
  // Paths under the root start with it (fdir joins them to it normalised): sliced off rather than
  // worked out by path.relative, which resolves both paths for each of a large workspace's files.
  const prefix = path.join(root, path.sep);
  const rel = (p: string) => {
    const r = p.startsWith(prefix) ? p.slice(prefix.length) : path.relative(root, p);
    return path.sep === '/' ? r : r.split(path.sep).join('/');
  };
  const files = await new fdir()
    .withFullPaths()
    .exclude((_name, dirPath) => {
      const r = rel(dirPath.replace(/[\\/]$/, ''));
      return r !== '' && (isExcluded(r) || isExcluded(`${r}/x`));
    })
    .filter((p, isDir) => !isDir && isIncluded(rel(p)) && !isExcluded(rel(p)))
    .crawl(root)
    .withPromise()
    .catch((e: unknown) => {
      errors.push({ path: root, reason: e instanceof Error ? e.message : String(e) });
      return [] as string[];
    });
  return { files: files.sort(), errors };
}

/**
 * Reads one article file; never throws. Opened without blocking, so that a named pipe or a device
 * called `x.txt` (or a link to one) is refused at once rather than waited on forever; only a
 * regular file is read, and only up to MAX_READ_BYTES of it (a file that grows meanwhile is read
 * as it was when opened, one that shrinks as far as it goes).
 */
export async function readArticle(file: string): Promise<Decoded> {
  let handle: fs.FileHandle | undefined;
  try {
    handle = await fs.open(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
    const stat = await handle.stat();
    if (!stat.isFile()) return { ok: false, reason: stat.isDirectory() ? 'is a folder' : 'not a regular file (a pipe, socket or device)' };
    const size = Math.min(stat.size, MAX_READ_BYTES);
    const buffer = Buffer.alloc(size);
    let read = 0;
    while (read < size) {
      const { bytesRead } = await handle.read(buffer, read, size - read, read);
      if (bytesRead === 0) break;
      read += bytesRead;
    }
    const decoded = decodeArticle(buffer.subarray(0, read), read < stat.size);
    if (!decoded.ok) return decoded;
    const notes = stat.size > MAX_READ_BYTES
      ? [...decoded.notes, `Only the first ${MAX_READ_BYTES / 1024 / 1024} MB of this ${(stat.size / 1024 / 1024).toFixed(1)} MB file were read.`]
      : decoded.notes;
    return { ...decoded, notes, modified: localDay(stat.mtime) };
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const reason = REASONS[code ?? ''] ?? (e instanceof Error ? e.message : String(e));
    return { ok: false, reason };
  } finally {
    await handle?.close().catch(() => undefined);
  }
}

/** A file's last modification as a local calendar day, or undefined when it cannot be read. */
export async function modifiedDay(file: string): Promise<string | undefined> {
  return fs.stat(file).then((s) => localDay(s.mtime), () => undefined);
}

/** A moment as the calendar day it was on the editor's clock (publication dates are local days). */
export function localDay(d: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}
