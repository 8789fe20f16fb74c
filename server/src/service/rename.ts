import { mentionsOf } from '../analysis/entities/mentionList';
import type { NameMention, Span } from '../analysis/model';
import { foldKey } from '../analysis/text/fold';
import { nameWords, surnameKey } from '../analysis/entities/coref';
import type { Desk, TextEdit } from '../corpus';
import { targetAt } from './locate';

/**
 * Renaming a person across the desk: every mention in every article the registry ties to them.
 * Full mentions (`Sergei Lavrov`) take the new name; short ones take the matching part of it
 * (`Lavrov` → the new surname, `Mr Lavrov`'s `Lavrov` likewise), so the copy keeps its style.
 * Nothing is written here: the editor previews the edit and the desk re-reads what it applies.
 */

export type PrepareResult = { readonly span: Span; readonly placeholder: string } | { readonly error: string };

export function prepareRename(desk: Desk, uri: string, offset: number): PrepareResult | null {
  const a = desk.article(uri);
  const target = a && targetAt(a, offset);
  if (!target || target.kind !== 'entity') return null;
  if (target.entity.kind !== 'person') return { error: 'Copydesk renames people; organisations and places keep the names their articles give them.' };
  const we = desk.registry.entityOf(uri, target.entity.id);
  const placeholder = target.mention.full ? target.mention.text : we?.name ?? target.entity.name;
  return { span: target.mention.span, placeholder };
}

export interface RenameResult {
  readonly edits: readonly TextEdit[];
  readonly error?: string;
}

/** The edits renaming the person under the cursor to `newName`, in every article naming them. */
export function renamePerson(desk: Desk, uri: string, offset: number, newName: string): RenameResult {
  const prepared = prepareRename(desk, uri, offset);
  if (!prepared) return { edits: [], error: 'There is no person here to rename.' };
  if ('error' in prepared) return { edits: [], error: prepared.error };
  const name = newName.replace(/\s+/g, ' ').trim();
  if (!name) return { edits: [], error: 'A name cannot be empty.' };
  if (/[\r\n"“”]/.test(newName)) return { edits: [], error: 'A name is one line without quotation marks.' };
  const a = desk.article(uri)!;
  const target = targetAt(a, offset);
  if (!target || target.kind !== 'entity') return { edits: [] };
  const we = desk.registry.entityOf(uri, target.entity.id);
  const members = we?.members ?? [{ uri, entity: target.entity }];
  const edits: TextEdit[] = [];
  for (const m of members) {
    const text = desk.article(m.uri)?.text;
    if (text === undefined) continue;
    for (const mention of mentionsOf(m.entity.mentions)) {
      const replacement = replacementFor(mention, m.entity.name, name);
      // Only where the text still says what the desk read (a stale model must not produce a wrong edit).
      if (replacement !== null && text.slice(mention.span.start, mention.span.end) === mention.text && replacement !== mention.text) {
        edits.push({ uri: m.uri, span: mention.span, newText: replacement });
      }
    }
  }
  return { edits };
}

const ARTICLE_PREFIX = /^(?:al|el|ad|as|an|ar|ash)[-‐ ]/i;

/** What one mention becomes: the whole new name, its surname, its given name, or nothing (left alone). */
export function replacementFor(mention: NameMention, oldName: string, newName: string): string | null {
  if (mention.full) return newName;
  const newWords = newName.split(' ');
  if (newWords.length < 2) return newName;
  const mentionKey = foldKey(mention.text);
  if (surnameKey(mention.text) === surnameKey(oldName)) {
    // As many trailing words as the mention had (`de Mistura` keeps its particle), never the given name.
    const count = Math.min(mention.text.split(/\s+/).length, newWords.length - 1);
    let surname = newWords.slice(-count).join(' ');
    if (!ARTICLE_PREFIX.test(mention.text)) surname = surname.replace(ARTICLE_PREFIX, '');
    // `De Mistura insisted` at the start of a sentence stays capitalised as `Di Mistura`.
    return /^\p{Lu}/u.test(mention.text) ? surname.charAt(0).toUpperCase() + surname.slice(1) : surname;
  }
  const given = nameWords(oldName)[0];
  if (given && mentionKey === foldKey(given)) return newWords[0]!;
  return null;
}
