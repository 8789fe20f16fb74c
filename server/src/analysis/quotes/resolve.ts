import type { Speaker } from '../model';
import { TITLES } from '../entities/lexicon';
import { foldKey } from '../text/fold';
import type { QuoteContext } from './context';
import { byEpithet } from './epithet';
import { antecedent } from './pronoun';
import type { MentionRef } from './mentions';
import { PREPOSITIONS } from './window';

/** Words after a name that do not stop it being the speaker: `Putin this week pledged`, `Lavrov on Friday`. */
// `today` and `yesterday` are left to `\p{L}+day`: listed as well, each matched two ways, and a run
// of them backtracked exponentially (1.5 s on 320 characters).
const TRAILING_TIME = /^(?:\s+(?:this|last|on|earlier|later|late|early)\s+\p{L}+|\s+\p{L}+day|\s+(?:tonight|also|meanwhile|again))*\s*$/u;

/** A possessor and a noun for words: `His first words`, `Hallam's reply`, `the minister's statement`. */
const WORDS_OF =
  /^((?:his|her|their|its)|(?:the\s+)?[\p{L}][\p{L}.'’ -]{0,40}?)(?:['’]s?)?\s+(?:[\p{L}-]+\s+){0,2}(?:words|message|reply|answer|statement|response|comments?|remarks|verdict|warning|promise|advice|plea|appeal|explanation|account|conclusion|tweet|post|letter)\b/iu;

/** Letters after a name that the entity layer leaves out of the mention: `Rebecca Lyall KC`, `Jane Doe MP`. */
const POST_NOMINAL = /^(?:,?\s+(?:KC|QC|SC|MP|MSP|MS|MLA|MEP|TD|AM|OBE|CBE|MBE|KBE|DBE|CH|FRS|PhD|MD|Jr\.?|Sr\.?|II|III))+\s*$/;

const INDEFINITE = /^(?:a|an|one|another|two|three|four|several|some|many|other|\d+)\s/i;

/**
 * Links a speaker as written to the person or organisation it names: by the name at the head of
 * the phrase (`State Department spokesman John Kirby`, not `Russia` in `Russia's foreign ministry`),
 * a pronoun (`he`), a role noun the article gives someone (`the mayor`), a transcript label
 * (`SMITH`), or an earlier speaker described the same way (`a US spokesman` ... `the spokesman`).
 * Unnamed sources (`a spokesperson for the ministry`) stay as written, with no entity.
 */
export function resolveSpeaker(ctx: QuoteContext, written: string, start: number, how: string): Speaker {
  const text = written.trim();
  start += written.indexOf(text);
  const span = { start, end: start + text.length };
  const core = coreOf(text);
  const head = headMention(ctx, span.start, span.start + core.length);
  if (head) {
    const end = head.span.end - span.start >= text.length ? text.length : head.span.end - span.start;
    const shown = TRAILING_TIME.test(text.slice(end)) || core.length <= end ? text.slice(0, end) : text;
    return { text: shown, span: { start, end: start + shown.length }, entity: head.entity.id, how };
  }
  if (/^(?:he|she)$/i.test(text)) {
    const a = antecedent(ctx, start, text);
    return { text, span, entity: a.entity, how: a.unnamed ? `pronoun, for ${a.unnamed}` : 'pronoun' };
  }
  const owner = WORDS_OF.exec(text);
  if (owner) {
    // `His first words ... were: "..."`, `Hallam's reply:`: the words are the possessor's.
    const of = owner[1]!;
    const entity = /^(?:his|her)$/i.test(of) ? antecedent(ctx, start, of.toLowerCase() === 'his' ? 'he' : 'she').entity : headMention(ctx, start, start + of.length)?.entity.id ?? bySurname(ctx, of);
    return { text, span, entity: entity ?? null, how: `${how}, words of '${of}'` };
  }
  if (/^(?:they|we|i|it|you)$/i.test(text)) return { text, span, entity: null, how };
  const byName = bySurname(ctx, core);
  if (byName) return { text, span, entity: byName, how };
  if (INDEFINITE.test(text)) return { text, span, entity: null, how };
  return { text, span, entity: byRole(ctx, core, start), how: roleNoun(core) ? `${how}, role '${roleNoun(core)}'` : how };
}

/** The phrase up to its first preposition or comma: `a spokesperson` in `a spokesperson for the ministry`. */
export function coreOf(s: string): string {
  const words = s.split(/(\s+)/);
  let out = '';
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (i > 0 && i % 2 === 0 && (PREPOSITIONS.has(w.toLowerCase()) || /^(?:who|which|that|travelling|traveling|speaking)$/i.test(w))) break;
    out += w;
    if (/[,;]$/.test(w)) break;
  }
  return out.replace(/[\s,;]+$/, '');
}

/** A name that ends the phrase's core (not a possessive, not a modifier before a noun). */
function headMention(ctx: QuoteContext, from: number, to: number): MentionRef | null {
  const inside = ctx.mentions.within(from, to + 40);
  for (let i = inside.length - 1; i >= 0; i--) {
    const m = inside[i]!;
    if (m.span.start >= to) continue;
    const rest = ctx.text.slice(m.span.end, to);
    if (/^['’]s?\b/.test(rest)) continue;
    if (rest === '' || TRAILING_TIME.test(rest) || POST_NOMINAL.test(rest)) return m;
  }
  return null;
}

export function unknownName(ctx: QuoteContext, k: number): boolean {
  const subject = ctx.subjectOf(k);
  if (!subject) return false;
  const core = coreOf(subject.written);
  if (!/(?:^|\s)\p{Lu}[\p{L}'’-]+(?:\s+(?:\p{Lu}[\p{L}'’.-]*|de|da|van|von|der|al|el|bin|le|la|du|di))*\s+\p{Lu}[\p{L}'’-]+$/u.test(core)) return false;
  const lastWord = subject.start + core.length - 1;
  return !ctx.mentions.within(subject.start, subject.start + core.length).some((m) => m.span.start <= lastWord && m.span.end > lastWord);
}

/** The person a sentence is about: the name heading its subject, if any. */
export function subjectPerson(ctx: QuoteContext, k: number): string | null {
  const subject = ctx.subjectOf(k);
  if (!subject || /^(?:he|she)$/i.test(subject.written)) return null;
  const head = headMention(ctx, subject.start, subject.start + coreOf(subject.written).length);
  return head?.entity.kind === 'person' ? head.entity.id : null;
}

/** `SMITH` or `Müller-Lüdenscheidt` where the entity layer did not mark the mention: a person whose name ends so. */
export function bySurname(ctx: QuoteContext, core: string): string | null {
  if (!/^\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){0,2}$/u.test(core)) return null;
  const last = foldKey(core.split(/\s+/).pop()!).split(' ').pop() ?? '';
  const matches = ctx.surnames.get(last) ?? [];
  return matches.length === 1 ? matches[0]!.id : null;
}

function roleNoun(core: string): string | null {
  const last = (core.split(/\s+/).pop() ?? '').toLowerCase().replace(/[^\p{L}-]/gu, '');
  return TITLES.has(last) ? last : null;
}

/**
 * `the mayor told reporters`: the one person the article gives that role, or the speaker most
 * recently described with that noun (`a US spokesman in Geneva` → `the spokesman`).
 */
export function byRole(ctx: QuoteContext, core: string, at: number): string | null {
  // Definite (`the mayor`, `Russia's envoy`) or a bare title as a label (`Mayor: '...'` in a headline).
  if (!/^(?:the|this|that|his|her|their|its|[\p{Lu}][\p{L}.]*['’]s?)\s/iu.test(core) && !TITLES.has(core.toLowerCase())) return null;
  // Any noun the article makes a role of (`the trial's lead investigator`), not only known titles.
  const word = (core.split(/\s+/).pop() ?? '').toLowerCase();
  const last = word.replace(/[^\p{L}-]/gu, '');
  const holders = ctx.roleHolders.get(last) ?? [];
  const noun = roleNoun(core);
  // Any other noun may be an epithet the text ties to someone (`the striker`, `the 24-year-old`);
  // an age before it (`the 31-year-old defender`) is news copy's way back to the person just
  // named, so with no tie in the text it is the person named last, within the paragraph before.
  const epithet = (): string | null => byEpithet(ctx, word.replace(/[^\p{L}\d-]/gu, ''), at) ?? aged();
  const aged = (): string | null => {
    if (!/^the\s+\d{1,3}-year-old\b/i.test(core)) return null;
    const last = ctx.mentions.before(at, 40).find((m) => m.entity.kind === 'person');
    return last && at - last.span.end < 600 ? last.entity.id : null;
  };
  if (holders.length === 1) return holders[0]!.id;
  if (holders.length > 1) {
    const recent = ctx.mentions.before(at, 60).find((m) => holders.includes(m.entity));
    if (recent) return recent.entity.id;
  }
  if (!noun) return epithet();
  const wordRe = new RegExp(`(?:^|[^\\p{L}])${noun}(?:$|[^\\p{L}])`, 'iu');
  for (let i = ctx.spoken.length - 1; i >= 0; i--) {
    const s = ctx.spoken[i]!;
    if (s.span && s.span.start < at && wordRe.test(s.text)) return s.entity;
  }
  return epithet();
}
