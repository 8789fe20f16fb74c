import type { MentionList, NameMention } from '../model';

/**
 * An entity's mentions kept flat (`MentionList`: `[start, end, text, flags, ...]`), as the model
 * keeps them. Hot paths (filing, checks) read the fields in place; the rest read `NameMention`s
 * made on demand with `mentionAt` / `mentionsOf`.
 */

const FIELDS = 4;
const FULL = 1;
const METONYM = 2;

export function toMentionList(mentions: readonly NameMention[]): MentionList {
  const out = new Array<number | string>(mentions.length * FIELDS);
  mentions.forEach((m, i) => {
    out[FIELDS * i] = m.span.start;
    out[FIELDS * i + 1] = m.span.end;
    out[FIELDS * i + 2] = m.text;
    out[FIELDS * i + 3] = (m.full ? FULL : 0) | (m.metonym ? METONYM : 0);
  });
  return out;
}

export function mentionCount(list: MentionList): number {
  return list.length / FIELDS;
}

export function mentionStart(list: MentionList, i: number): number {
  return list[FIELDS * i] as number;
}

export function mentionEnd(list: MentionList, i: number): number {
  return list[FIELDS * i + 1] as number;
}

export function mentionText(list: MentionList, i: number): string {
  return list[FIELDS * i + 2] as string;
}

export function mentionFull(list: MentionList, i: number): boolean {
  return ((list[FIELDS * i + 3] as number) & FULL) !== 0;
}

export function mentionMetonym(list: MentionList, i: number): boolean {
  return ((list[FIELDS * i + 3] as number) & METONYM) !== 0;
}

/** The `i`th mention as an object (a new one each call); `metonym` only when set, as analysed. */
export function mentionAt(list: MentionList, i: number): NameMention {
  const span = { start: mentionStart(list, i), end: mentionEnd(list, i) };
  const m: NameMention = { span, text: mentionText(list, i), full: mentionFull(list, i) };
  return mentionMetonym(list, i) ? { ...m, metonym: true } : m;
}

export function mentionsOf(list: MentionList): NameMention[] {
  const out = new Array<NameMention>(mentionCount(list));
  for (let i = 0; i < out.length; i++) out[i] = mentionAt(list, i);
  return out;
}

/** The index of the first mention `test` accepts, or -1. */
export function findMention(list: MentionList, test: (i: number) => boolean): number {
  for (let i = 0, n = mentionCount(list); i < n; i++) if (test(i)) return i;
  return -1;
}

/** The list's texts and flags, `[text, flags, ...]`: what stays when the article is edited around its names. */
export function mentionsWithoutSpans(list: MentionList): (number | string)[] {
  const out: (number | string)[] = [];
  for (let i = 0; i < list.length; i += FIELDS) out.push(list[i + 2]!, list[i + 3]!);
  return out;
}
