import type { ArticleEntity, Span, Speaker } from '../model';
import { TITLES } from '../entities/lexicon';

const VERB =
  '(?:said|says|say|told(?:\\s+(?:reporters|journalists|the\\s+\\w+|guests|councillors|a\\s+\\w+|\\w+))?|tells|added|adds|asked|warned|insisted|argued|explained|stated|noted|claimed|announced|declared|wrote|writes|replied|urged|acknowledged|admitted|predicted|suggested|appealed|cautioned|commented|complained|conceded|confirmed|stressed|recalled|remarked|responded|reiterated|repeated|vowed|promised|pledged|accused|expressed|continued|explained|adding|saying|posted|tweeted|called|described)';

const AFTER_VERB_FIRST = new RegExp(`^[\\s,.!?”"’']*${VERB}\\s+((?!that\\b)[^,.;:!?"“”]{2,90}?)(?=\\s*(?:[,.;:!?]|$)|\\s+(?:in|on|at|after|before|during|as|when|while|who|outside|from|on|via|by)\\b)`, 'i');
const AFTER_SUBJECT_FIRST = new RegExp(`^[\\s,.!?”"’']*([^,.;:!?"“”]{2,90}?)\\s+(?:also\\s+|later\\s+|then\\s+|has\\s+|had\\s+)?${VERB}\\b`, 'i');
const AFTER_ACCORDING = /^[\s,.!?”"’']*according\s+to\s+([^,.;:!?"“”]{2,90}?)(?=\s*(?:[,.;:!?]|$))/i;
const BEFORE_VERB = new RegExp(`${VERB}(?:\\s+(?:that|in\\s+[^,:]{1,40}))?\\s*[:,]?\\s*$`, 'i');
const BEFORE_LABEL = /(?:^|[.;]\s+|\n)([^.:;"“”,]{2,50}):\s*$/;

export interface MentionRef {
  readonly span: Span;
  readonly entity: ArticleEntity;
}

export interface SpeakerContext {
  readonly text: string;
  /** Every entity mention in text order, inside quotations excluded. */
  readonly mentions: readonly MentionRef[];
  readonly entities: readonly ArticleEntity[];
}

/**
 * Who says the quoted words: `"...," X said`, `"...," said X`, `according to X`, `X said: "..."`,
 * `X: "..."`, the subject of a speech verb earlier in the sentence for a woven fragment, with
 * pronouns (`he said`) and role nouns (`the mayor told reporters`) resolved to a named person.
 */
export function findSpeaker(ctx: SpeakerContext, open: number, close: number, sentence: Span): Speaker | null {
  const { text } = ctx;
  const afterText = text.slice(close + 1, Math.min(sentence.end + 1, close + 200)).replace(/\n[\s\S]*$/, '');
  const beforeText = text.slice(sentence.start, open);

  const a1 = AFTER_VERB_FIRST.exec(afterText);
  const a2 = AFTER_SUBJECT_FIRST.exec(afterText);
  const a3 = AFTER_ACCORDING.exec(afterText);
  const after = [a3, a2, a1].filter((m): m is RegExpExecArray => !!m).sort((x, y) => x.index + x[0].length - (y.index + y[0].length))[0];
  if (after && plausibleSpeaker(after[1]!)) {
    const start = close + 1 + after.index + after[0].lastIndexOf(after[1]!);
    return resolve(ctx, after[1]!.trim(), start, after === a1 ? 'said X' : after === a3 ? 'according to X' : 'X said');
  }
  if (BEFORE_VERB.test(beforeText) || new RegExp(VERB, 'i').test(beforeText)) {
    const verb = lastVerb(beforeText);
    if (verb >= 0) {
      const subject = subjectBefore(ctx, sentence.start, sentence.start + verb);
      if (subject) return subject;
    }
  }
  const label = BEFORE_LABEL.exec(beforeText);
  if (label && (TITLES.has(lastWord(label[1]!)) || mentionsIn(ctx, sentence.start + label.index, open).length)) {
    // "By Scott Lucas – eaworldview –  US spokesman: “...”": the label is what follows the last dash.
    const s = label[1]!.split(/\s[–—|-]\s/).pop()!.trim();
    return resolve(ctx, s, sentence.start + beforeText.lastIndexOf(s), 'X: "..."');
  }
  // "A US spokesman also held a vague line, "The U.S. welcomes ..."": the sentence's subject speaks.
  if (/,\s*$/.test(beforeText)) {
    const subject = subjectBefore(ctx, sentence.start, sentence.start + beforeText.length, true);
    if (subject) return subject;
  }
  return null;
}

function lastWord(s: string): string {
  return (s.trim().split(/\s+/).pop() ?? '').toLowerCase();
}

function plausibleSpeaker(s: string): boolean {
  const words = s.trim().split(/\s+/);
  if (words.length > 10) return false;
  return !/^(?:it|this|that|there|which|what|and|but|or|then|so|also|the\s+(?:report|statement|document|study))$/i.test(s.trim());
}

function lastVerb(before: string): number {
  const re = new RegExp(VERB, 'gi');
  let last = -1;
  for (let m = re.exec(before); m; m = re.exec(before)) last = m.index;
  return last;
}

function mentionsIn(ctx: SpeakerContext, from: number, to: number): MentionRef[] {
  return ctx.mentions.filter((m) => m.span.start >= from && m.span.end <= to);
}

/** The subject of a speech verb: the nearest person or organisation named before it, else the clause's first noun phrase. */
function subjectBefore(ctx: SpeakerContext, from: number, verbAt: number, subjectOnly = false): Speaker | null {
  const inClause = mentionsIn(ctx, from, verbAt).filter((m) => m.entity.kind !== 'place');
  const clause = ctx.text.slice(from, verbAt);
  const np = /^\s*((?:(?:a|an|the)\s+)?[^,;:]{1,80}?)(?=\s+(?:also|has|have|had|was|is|will|would|meanwhile|later|then|on|in|at|this|last)\b|,|\s*$)/i.exec(clause);
  if (subjectOnly) {
    const first = np?.[1]?.trim();
    if (!first || first.split(/\s+/).length > 8) return null;
    return resolve(ctx, first, from + clause.indexOf(first), 'subject of the sentence');
  }
  const nearest = inClause[inClause.length - 1];
  if (nearest) {
    const t = ctx.text.slice(nearest.span.start, nearest.span.end);
    return { text: t, span: nearest.span, entity: nearest.entity.id, how: 'subject of the speech verb' };
  }
  const first = np?.[1]?.trim();
  if (!first || first.split(/\s+/).length > 8) return null;
  return resolve(ctx, first, from + clause.indexOf(first), 'subject of the speech verb');
}

/** Links a speaker as written to a named entity: by a mention inside it, a pronoun, or a role noun. */
function resolve(ctx: SpeakerContext, written: string, start: number, how: string): Speaker {
  const span = { start, end: start + written.length };
  const inside = mentionsIn(ctx, span.start, span.end).filter((m) => m.entity.kind !== 'place');
  const head = inside.find((m) => m.span.end === span.end || /^[\s,]*$/.test(ctx.text.slice(m.span.end, span.end).replace(/,.*$/, '')));
  if (head) return { text: written, span, entity: head.entity.id, how };
  if (/^(?:he|she)$/i.test(written)) {
    const before = ctx.mentions.filter((m) => m.span.end <= start && m.entity.kind === 'person');
    const last = before[before.length - 1];
    return { text: written, span, entity: last?.entity.id ?? null, how: 'pronoun' };
  }
  const role = /^the\s+([\p{L}-]+)$/iu.exec(written);
  if (role && TITLES.has(role[1]!.toLowerCase())) {
    const noun = role[1]!.toLowerCase();
    const holders = ctx.entities.filter((e) => e.kind === 'person' && e.roles.some((r) => r.text.toLowerCase().includes(noun)));
    if (holders.length === 1) return { text: written, span, entity: holders[0]!.id, how: `role '${noun}'` };
  }
  return { text: written, span, entity: null, how };
}
