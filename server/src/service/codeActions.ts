import type { Span } from '../analysis/model';
import { fromIso, MONTH_NAMES } from '../analysis/dates/calendar';
import { readHeader } from '../analysis/header/header';
import { comparePublished, fileName, type ArticleRecord, type Desk, type Finding, type TextEdit } from '../corpus';
import { markDistinct, pinSpelling, type DeskFileChange } from './deskFileEdits';
import { targetAt } from './locate';

/**
 * Quick fixes for findings, as plain data the LSP adapter turns into code actions:
 * - the fixes the checks attach (`Use "Sergey Lavrov"`, `Restore the source's wording`);
 * - `no-dateline`: insert a publication date line, dated as the article sharing most of its people, or today,
 *   placed where the header reader will find it (checked by reading the result back);
 * - `name-variant`: pin either spelling in the desk file, or mark the two as different people.
 * Article edits are never applied here; the desk file is changed only through the editor too.
 */

export interface CoreAction {
  readonly title: string;
  readonly kind: 'quickfix' | 'refactor.rewrite';
  /** The finding this action answers (the adapter attaches its diagnostic). */
  readonly finding?: Finding;
  readonly preferred?: boolean;
  readonly edits: readonly TextEdit[];
  /** A change to the desk file named in the options. */
  readonly deskFile?: DeskFileChange;
}

export interface ActionOptions {
  /** Today as `YYYY-MM-DD` (the host's clock; the core has none). */
  readonly today: string;
  /** The desk file of the article's workspace folder and its current text (null: it does not exist yet); null when there is no folder. */
  readonly deskFile: { readonly text: string | null } | null;
}

const overlaps = (a: Span, b: Span) => a.start <= b.end && b.start <= a.end;

export function codeActions(desk: Desk, uri: string, range: Span, options: ActionOptions): CoreAction[] {
  const a = desk.article(uri);
  if (!a) return [];
  const out: CoreAction[] = [];
  for (const f of desk.findings(uri)) {
    if (!overlaps(f.span, range)) continue;
    for (const fix of f.fixes) out.push({ title: fix.title, kind: 'quickfix', finding: f, preferred: fix.preferred, edits: fix.edits });
    if (f.code === 'no-dateline') out.push(...datelineActions(desk, a, f, options.today));
    if (f.code === 'name-variant' && options.deskFile) out.push(...deskFileActions(desk, a, f, options.deskFile.text));
  }
  if (options.deskFile && !out.some((x) => x.deskFile)) {
    const pin = pinUnderCursor(desk, a, range, options.deskFile.text);
    if (pin) out.push(pin);
  }
  // A desk file that already says it needs no edit.
  return out.filter((x) => !x.deskFile || !('edits' in x.deskFile) || x.deskFile.edits.length);
}

/** `Published: 15 March 2024`: the header form every reader of the header knows. */
export function datelineText(iso: string): string {
  const d = fromIso(iso);
  return `Published: ${d.day} ${MONTH_NAMES[d.month - 1]} ${d.year}`;
}

function datelineActions(desk: Desk, a: ArticleRecord, finding: Finding, today: string): CoreAction[] {
  const related = closestRelated(desk, a);
  const dates: { iso: string; why: string }[] = [];
  if (related) dates.push({ iso: related.model.header.published!.value, why: `as ${fileName(related.uri)}, the article naming most of the same people` });
  if (!dates.some((d) => d.iso === today)) dates.push({ iso: today, why: 'today' });
  return dates.flatMap(({ iso, why }) => {
    const edit = datelineEdit(a, iso);
    return edit ? [{ title: `Insert a dateline: ${edit.label} (${why})`, kind: 'quickfix' as const, finding, edits: [edit.edit] }] : [];
  });
}

/** The dated article sharing the most people with this one (the latest of those, on a tie): most likely the same story. */
function closestRelated(desk: Desk, a: ArticleRecord): ArticleRecord | null {
  const shared = new Map<string, number>();
  for (const e of a.model.entities) {
    if (e.kind !== 'person') continue;
    const uris = new Set((desk.registry.entityOf(a.uri, e.id)?.members ?? []).map((m) => m.uri));
    for (const u of uris) if (u !== a.uri) shared.set(u, (shared.get(u) ?? 0) + 1);
  }
  const dated = [...shared.keys()].map((u) => desk.article(u)).filter((x): x is ArticleRecord => !!x?.model.header.published);
  dated.sort((x, y) => shared.get(y.uri)! - shared.get(x.uri)! || -comparePublished(x, y));
  return dated[0] ?? null;
}

/** Where a date line goes so that the header reader finds it and the headline stays the headline. */
export function datelineEdit(a: ArticleRecord, iso: string): { edit: TextEdit; label: string } | null {
  const text = a.text;
  const h = a.model.header;
  const eol = /\r\n/.test(text) ? '\r\n' : '\n';
  const lineStart = (o: number) => Math.max(text.lastIndexOf('\n', o - 1) + 1, 0);
  const lineEnd = (o: number) => {
    const n = text.slice(o).search(/\r?\n|\r/);
    return n < 0 ? text.length : o + n;
  };
  const line = datelineText(iso);
  const candidates: { at: number; insert: string; label: string }[] = [];
  // Front matter opens the file: the pattern is anchored there alone (multiline, it was tried at
  // every line start and rescanned the rest from each: quadratic).
  const fence = /^---\r?\n[\s\S]*?\r?\n(---)[ \t]*(?=\r?\n|\r|$)/.exec(text);
  if (fence) candidates.push({ at: fence.index + fence[0].lastIndexOf('---'), insert: `date: ${iso}${eol}`, label: `date: ${iso}` });
  if (h.byline && h.byline.span.start < Math.max(h.bodyStart, h.headline?.span.start ?? 0)) {
    candidates.push({ at: lineEnd(h.byline.span.start), insert: `${eol}${line}`, label: line });
  }
  if (h.headline) candidates.push({ at: lineStart(h.headline.span.start), insert: `${line}${eol}${eol}`, label: line });
  candidates.push({ at: 0, insert: `${line}${eol}`, label: line });
  for (const c of candidates) {
    const after = text.slice(0, c.at) + c.insert + text.slice(c.at);
    const header = readHeader(after);
    if (header.published?.value === iso && header.headline?.value === h.headline?.value) {
      return { edit: { uri: a.uri, span: { start: c.at, end: c.at }, newText: c.insert }, label: c.label };
    }
  }
  return null;
}

function deskFileActions(desk: Desk, a: ArticleRecord, finding: Finding, current: string | null): CoreAction[] {
  const here = a.text.slice(finding.span.start, finding.span.end);
  const target = targetAt(a, finding.span.start);
  const we = target?.kind === 'entity' ? desk.registry.entityOf(a.uri, target.entity.id) : undefined;
  if (!we || !here) return [];
  const others = we.spellings.map((s) => s.text).filter((s) => s !== here);
  const canonical = others.includes(we.name) ? we.name : others[0];
  if (!canonical) return [];
  const out: CoreAction[] = [];
  const pinCanonical = pinSpelling(current, canonical, [here, ...others]);
  if (pinCanonical) out.push({ title: `Add to the desk file: pin "${canonical}" (with "${here}" as a variant)`, kind: 'quickfix', finding, edits: [], deskFile: pinCanonical });
  const pinHere = pinSpelling(current, here, others);
  if (pinHere) out.push({ title: `Add to the desk file: pin "${here}" as the desk's spelling`, kind: 'quickfix', finding, edits: [], deskFile: pinHere });
  const distinct = markDistinct(current, here, canonical);
  if (distinct) out.push({ title: `Add to the desk file: "${here}" and "${canonical}" are different people`, kind: 'quickfix', finding, edits: [], deskFile: distinct });
  return out;
}

/** On any full personal name: pin its spelling before a variant turns up. */
function pinUnderCursor(desk: Desk, a: ArticleRecord, range: Span, current: string | null): CoreAction | null {
  const target = targetAt(a, range.start);
  if (target?.kind !== 'entity' || target.entity.kind !== 'person' || !target.mention.full) return null;
  if (!/\s/.test(target.mention.text.trim())) return null;
  const we = desk.registry.entityOf(a.uri, target.entity.id);
  const name = we?.name ?? target.entity.name;
  const change = pinSpelling(current, name, (we?.spellings ?? []).map((s) => s.text));
  return change ? { title: `Add to the desk file: pin the spelling "${name}"`, kind: 'refactor.rewrite', edits: [], deskFile: change } : null;
}
