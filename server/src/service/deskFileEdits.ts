import { findNodeAtLocation, modify, parseTree, type Node, type ParseError } from 'jsonc-parser';
import { foldKey } from '../analysis/text/fold';

/**
 * Edits to the desk file (`.copydesk/desk.json`) that pin a spelling or mark two names as
 * different people, for the "add to the desk file" quick fixes. The shape is the one
 * `corpus/deskFile.ts` reads:
 *
 * ```json
 * { "people": [{ "name": "Sergey Lavrov", "variants": ["Sergei Lavrov"] }], "distinct": [["A B", "A C"]] }
 * ```
 *
 * Existing files are changed with minimal edits (jsonc-parser's `modify`), so an editor's
 * comments and layout survive; a missing file is created whole. A file that does not parse gets
 * no edit: guessing inside broken JSON could lose what the editor wrote.
 */

/** One change to the desk file's text: replace `length` characters at `offset` (offsets into the current text). */
export interface JsonEdit {
  readonly offset: number;
  readonly length: number;
  readonly content: string;
}

/** Either the whole text of a new file, or edits to the existing one. */
export type DeskFileChange = { readonly create: string } | { readonly edits: readonly JsonEdit[] };

const FORMAT = { formattingOptions: { insertSpaces: true, tabSize: 2, eol: '\n' } };

function parse(text: string): Node | null {
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { allowTrailingComma: true, disallowComments: false });
  return errors.length || !root || root.type !== 'object' ? null : root;
}

const strings = (n: Node | undefined): string[] =>
  n?.type === 'array' ? (n.children ?? []).filter((c) => c.type === 'string').map((c) => String(c.value)) : [];

/**
 * Pins `name` as the desk's spelling of a person, with `variants` as other spellings of the same
 * person. An entry that already names any of them is rewritten (its role kept), so a spelling is
 * never pinned twice in opposite directions.
 */
export function pinSpelling(current: string | null, name: string, variants: readonly string[]): DeskFileChange | null {
  const wanted = [...new Set(variants.filter((v) => foldKey(v) !== foldKey(name)))];
  if (current === null || !current.trim()) {
    return { create: `${JSON.stringify({ people: [{ name, variants: wanted }] }, null, 2)}\n` };
  }
  const root = parse(current);
  if (!root) return null;
  const people = findNodeAtLocation(root, ['people']);
  if (people && people.type !== 'array') return null;
  const entries = people?.children ?? [];
  const keys = new Set([name, ...wanted].map(foldKey));
  const index = entries.findIndex((p) => {
    const n = findNodeAtLocation(p, ['name']);
    return [n?.type === 'string' ? String(n.value) : '', ...strings(findNodeAtLocation(p, ['variants']))].some((s) => s && keys.has(foldKey(s)));
  });
  if (index < 0) {
    return { edits: modify(current, ['people', entries.length], { name, variants: wanted }, { ...FORMAT, isArrayInsertion: true }) };
  }
  const entry = entries[index]!;
  const oldName = findNodeAtLocation(entry, ['name']);
  const listed = new Set(strings(findNodeAtLocation(entry, ['variants'])).map(foldKey));
  if (oldName?.value === name && wanted.every((v) => listed.has(foldKey(v)))) return { edits: [] };
  const all = [oldName?.type === 'string' ? String(oldName.value) : '', ...strings(findNodeAtLocation(entry, ['variants'])), ...wanted];
  const merged = [...new Map(all.filter((s) => s && foldKey(s) !== foldKey(name)).map((s) => [foldKey(s), s])).values()];
  const role = findNodeAtLocation(entry, ['role']);
  const value = role?.type === 'string' ? { name, variants: merged, role: String(role.value) } : { name, variants: merged };
  return { edits: modify(current, ['people', index], value, FORMAT) };
}

/** Marks two names as different people (the registry will never merge them). */
export function markDistinct(current: string | null, a: string, b: string): DeskFileChange | null {
  if (current === null || !current.trim()) return { create: `${JSON.stringify({ distinct: [[a, b]] }, null, 2)}\n` };
  const root = parse(current);
  if (!root) return null;
  const pairs = findNodeAtLocation(root, ['distinct']);
  if (pairs && pairs.type !== 'array') return null;
  const pair = new Set([foldKey(a), foldKey(b)]);
  const present = (pairs?.children ?? []).some((p) => {
    const names = strings(p).map(foldKey);
    return names.length === 2 && names.every((n) => pair.has(n)) && pair.size === new Set(names).size;
  });
  if (present) return { edits: [] };
  return { edits: modify(current, ['distinct', pairs?.children?.length ?? 0], [a, b], { ...FORMAT, isArrayInsertion: true }) };
}
