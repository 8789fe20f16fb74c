import { findNodeAtLocation, parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import type { Span } from '../analysis/model';
import { foldKey } from '../analysis/text/fold';
import type { Pins } from './registry';

/**
 * The desk file (`.copydesk/desk.json`, JSON with comments): facts an editor pins for the whole
 * desk, which the registry obeys over its own guesses.
 *
 * ```jsonc
 * {
 *   // The spelling to use, and spellings that are the same person.
 *   "people": [{ "name": "Sergey Lavrov", "variants": ["Sergei Lavrov"], "role": "Russian Foreign Minister" }],
 *   // Names that look alike but are different people.
 *   "distinct": [["John Smith", "Jon Smith"]]
 * }
 * ```
 */
export interface DeskFile {
  readonly pins: Pins;
  /** What is wrong with the file, each at its place in it; what could be read is still used. */
  readonly problems: readonly { readonly span: Span; readonly message: string }[];
}

export const EMPTY_DESK_FILE: DeskFile = { pins: { canonical: new Map(), distinct: [], roles: new Map() }, problems: [] };

const KNOWN = new Set(['$schema', 'people', 'distinct']);
const PERSON_KEYS = new Set(['name', 'variants', 'role']);

export function parseDeskFile(text: string): DeskFile {
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { allowTrailingComma: true, disallowComments: false });
  const problems: { span: Span; message: string }[] = errors.map((e) => ({
    span: { start: e.offset, end: e.offset + Math.max(1, e.length) },
    message: `Invalid JSON: ${describeError(printParseErrorCode(e.error))}.`,
  }));
  const canonical = new Map<string, string>();
  const roles = new Map<string, string>();
  const distinct: [string, string][] = [];
  if (!root) return { pins: { canonical, distinct, roles }, problems };
  const at = (n: Node): Span => ({ start: n.offset, end: n.offset + n.length });
  if (root.type !== 'object') {
    problems.push({ span: at(root), message: 'The desk file must be a JSON object with "people" and/or "distinct".' });
    return { pins: { canonical, distinct, roles }, problems };
  }
  for (const prop of root.children ?? []) {
    const key = prop.children?.[0];
    if (key && !KNOWN.has(String(key.value))) problems.push({ span: at(key), message: `Unknown field "${key.value}": expected "people" or "distinct".` });
  }
  const people = findNodeAtLocation(root, ['people']);
  if (people && people.type !== 'array') problems.push({ span: at(people), message: '"people" must be an array of { "name", "variants", "role" } objects.' });
  for (const person of people?.type === 'array' ? people.children ?? [] : []) {
    if (person.type !== 'object') {
      problems.push({ span: at(person), message: 'Each entry of "people" must be an object with a "name".' });
      continue;
    }
    for (const prop of person.children ?? []) {
      const key = prop.children?.[0];
      if (key && !PERSON_KEYS.has(String(key.value))) problems.push({ span: at(key), message: `Unknown field "${key.value}": a person has "name", "variants" and "role".` });
    }
    const name = findNodeAtLocation(person, ['name']);
    if (!name || name.type !== 'string' || !String(name.value).trim()) {
      problems.push({ span: at(name ?? person), message: 'A person needs a "name": the spelling the desk uses.' });
      continue;
    }
    const canonicalName = String(name.value).trim();
    canonical.set(foldKey(canonicalName), canonicalName);
    const variants = findNodeAtLocation(person, ['variants']);
    if (variants && variants.type !== 'array') problems.push({ span: at(variants), message: '"variants" must be an array of spellings.' });
    for (const v of variants?.type === 'array' ? variants.children ?? [] : []) {
      if (v.type !== 'string') problems.push({ span: at(v), message: 'A variant must be a string.' });
      else canonical.set(foldKey(String(v.value)), canonicalName);
    }
    const role = findNodeAtLocation(person, ['role']);
    if (role && role.type !== 'string') problems.push({ span: at(role), message: '"role" must be a string.' });
    else if (role) roles.set(foldKey(canonicalName), String(role.value));
  }
  const pairs = findNodeAtLocation(root, ['distinct']);
  if (pairs && pairs.type !== 'array') problems.push({ span: at(pairs), message: '"distinct" must be an array of pairs of names.' });
  for (const pair of pairs?.type === 'array' ? pairs.children ?? [] : []) {
    const names = pair.type === 'array' ? (pair.children ?? []).filter((c) => c.type === 'string').map((c) => String(c.value)) : [];
    if (pair.type !== 'array' || names.length !== 2 || pair.children?.length !== 2) {
      problems.push({ span: at(pair), message: 'Each entry of "distinct" must be a pair of names: ["John Smith", "Jon Smith"].' });
      continue;
    }
    distinct.push([foldKey(names[0]!), foldKey(names[1]!)]);
  }
  return { pins: { canonical, distinct, roles }, problems };
}

function describeError(code: string): string {
  return code.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}

/** Several folders' desk files as one set of pins (a later file wins a disagreement). */
export function mergePins(all: readonly Pins[]): Pins {
  return {
    canonical: new Map(all.flatMap((p) => [...p.canonical])),
    distinct: all.flatMap((p) => p.distinct),
    roles: new Map(all.flatMap((p) => [...p.roles])),
  };
}
