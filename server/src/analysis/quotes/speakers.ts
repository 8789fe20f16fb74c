import type { Sentence, Span, Speaker } from '../model';
import { TITLES } from '../entities/lexicon';
import { sentenceIndexAt, type QuoteContext } from './context';
import { resolveSpeaker, subjectPerson } from './resolve';
import { sentenceSubject, subjectOfVerb } from './subject';
import { BETWEEN, INVERTED_VERB, SPEECH_NOUN, SPEECH_VERB, speechVerbs } from './verbs';
import { after, before, maskAbbreviations, plausibleSpeaker, WINDOW } from './window';

/** Where a quotation sits, and where its attribution may be read. */
export interface QuoteSite {
  readonly open: number;
  readonly close: number;
  /** The sentence the quotation opens in. */
  readonly sentence: Sentence;
  /** The attribution is read within [from, to): the quotation's sentences, or the quote around a nested one. */
  readonly from: number;
  readonly to: number;
  /** Other quotations' words near this one, blanked so their verbs are not read as attribution. */
  readonly others: readonly Span[];
  /** For a quotation opening its paragraph, the sentence before that ends with a colon (`Here is what the operator told them:`). */
  readonly lead: Sentence | null;
}

const PHRASE = '[^,.;:!?"“”()\\[\\]]';
const LEAD = '^[\\s,.!?;:—–\\-’”\'"]*';
/** `"...," said Peter Hallam, an independent councillor`: the speaker runs to the clause's end. */
const SAID_X = new RegExp(
  `${LEAD}(${INVERTED_VERB})\\s+(?!that\\b)(${PHRASE}{2,90}?)(?=\\s*(?:[,.;:!?)]|$)|\\s+(?:in|on|at|after|before|during|as|when|while|who|outside|from|via|by)\\b)(?:,\\s*(${PHRASE}{2,60}?)(?=\\s*(?:[,.;:!?)]|$)))?`,
  'i',
);
/** `"...," Mayor Colin Ashdown told reporters`, `"...," Petrović, the mayor, said`, `"...," the Kremlin's spokesman, Dmitry Peskov, said`. */
const X_SAID = new RegExp(`${LEAD}(${PHRASE}{1,90}?)(?:,(${PHRASE}{1,80}),)?${BETWEEN}\\s+(${SPEECH_VERB})\\b`, 'i');
/** A pull quote or epigraph signed with a dash: `"We will rebuild." — Mayor Colin Ashdown`. */
const SIGNED = new RegExp(`^\\s*[—–]\\s*|^\\s+-{1,2}\\s*`);
const SIGNATURE = new RegExp(`^(\\p{Lu}${PHRASE}{1,60}?)(?:,[^"“”]{0,80})?\\s*$`, 'u');
const ACCORDING_AFTER = new RegExp(`${LEAD}according\\s+to\\s+(${PHRASE}{2,90}?)(?=\\s*(?:[,.;:!?)]|$))`, 'i');
const ACCORDING_BEFORE = new RegExp(`\\baccording\\s+to\\s+(${PHRASE}{2,90}?)\\s*,\\s*$`, 'i');
/** `US spokesman: "..."`, `SMITH: "..."`: a label right before the marks. */
const LABEL = /(?:^|[.;!?]\s+|[–—|]\s+|\s-\s)([^.:;"“”,–—|()]{1,50}):\s*$/;
/** A subject that is a clause, not a speaker: `the plan was`, `there is`. */
const NOT_A_PHRASE = /\b(?:is|are|was|were|be|been|has|have|had|will|would|did|does|not)\b/i;

/**
 * Who says the quoted words: `"...," X said`, `"...," said X`, `according to X`, `X said: "..."`,
 * `X: "..."`, the subject of a speech verb earlier in the sentence for a woven fragment
 * (`Kirby ... urged Russia "to fulfil its commitments"`), the subject of a sentence that carries
 * the words without a verb of saying (`A US spokesman also held a vague line, "..."`), with
 * pronouns and role nouns resolved to the person they stand for.
 */
export function findSpeaker(ctx: QuoteContext, site: QuoteSite): Speaker | null {
  const speaker = attribution(ctx, site);
  if (!speaker) return reportedBefore(ctx, site);
  // `MacAskill summed it up afterwards:` over `"...," the gaffer told reporters`: the epithet is the person introduced.
  const fromLead = !!site.lead && !!speaker.span && speaker.span.start < site.lead.span.end;
  if (speaker.entity === null && site.lead && !fromLead && EPITHET.test(speaker.text)) {
    const k = sentenceIndexAt(ctx.sentences, site.lead.span.start);
    const person = subjectPerson(ctx, k);
    const how = `${speaker.how} ('${speaker.text}'), the person the paragraph before introduces`;
    if (person) return { ...speaker, entity: person, how };
    // A name the entity layer did not mark (`MacAskill summed it up afterwards:`) is still the name to show.
    const named = ctx.subjectOf(k);
    if (named && NAME_SHAPED.test(named.written.trim()) && !NOBODY.test(named.written.trim()) && plausibleSpeaker(named.written)) return resolveSpeaker(ctx, named.written, named.start, how);
  }
  return speaker;
}

const NAME_SHAPED = /^\p{Lu}[\p{Ll}'’]*(?:\p{Lu}[\p{Ll}'’-]+)?(?:\s+\p{Lu}[\p{L}'’-]+){0,3}$/u;
const NOBODY = /^(?:nobody|no one|everyone|everybody|someone|somebody|anyone|anybody|none|all|both|each|many|most|few|others|one)$/i;

/** `the gaffer`, `the Ukrainian striker`, `the 24-year-old`: a definite description ending on a common noun. */
const EPITHET = /^(?:the|this|that)\s+(?:[\p{L}\d'’-]+\s+){0,3}[\p{Ll}\d][\p{L}\d-]*$/u;

/**
 * A quotation opening a sentence with no attribution of its own, after a sentence of the same
 * paragraph that reports someone's words (`The hard part, he says, is the map. "We drew it for
 * the river."`): the reported speaker goes on.
 */
function reportedBefore(ctx: QuoteContext, site: QuoteSite): Speaker | null {
  const { text } = ctx;
  const k = sentenceIndexAt(ctx.sentences, site.open);
  const prev = ctx.sentences[k - 1];
  const here = ctx.sentences[k];
  if (!prev || !here || prev.paragraph !== here.paragraph || text.slice(here.span.start, site.open).trim()) return null;
  // A quotation there: the previous quotation's speaker goes on (inherit.ts says so more precisely).
  if (site.others.some((o) => o.start >= prev.span.start && o.start < prev.span.end)) return null;
  // At most a window's length of it, so that a pathological sentence costs no more than a short one.
  const from = Math.max(prev.span.start, prev.span.end - WINDOW);
  const s = blank(maskAbbreviations(text.slice(from, prev.span.end)), from, site.others);
  const verb = lastFiniteSpeechVerb(s);
  const subject = verb >= 0 ? subjectOfVerb(ctx, prev, from + verb) : null;
  if (!subject || !plausibleSpeaker(subject.written)) return null;
  const speaker = resolveSpeaker(ctx, subject.written, subject.start, 'reported in the sentence before');
  return speaker.entity && ctx.byId.get(speaker.entity)?.kind === 'person' ? speaker : null;
}

function attribution(ctx: QuoteContext, site: QuoteSite): Speaker | null {
  const { text } = ctx;
  const aw = after(text, site.close + 1, site.to);
  const a = blank(aw.s, aw.at, site.others);
  const dash = SIGNED.exec(a);
  const signature = dash && SIGNATURE.exec(a.slice(dash[0].length));
  if (dash && signature && plausibleSpeaker(signature[1]!)) {
    const start = aw.at + dash[0].length;
    return resolveSpeaker(ctx, text.slice(start, start + signature[1]!.length), start, 'signed with a dash');
  }
  const according = ACCORDING_AFTER.exec(a);
  if (according && plausibleSpeaker(according[1]!)) return found(ctx, according, 1, aw.at, 'according to X');
  const inverted = SAID_X.exec(a);
  if (inverted && plausibleSpeaker(inverted[2]!)) return found(ctx, inverted, isNameAt(ctx, inverted, 3, aw.at) ? 3 : 2, aw.at, 'said X');
  const subjectFirst = X_SAID.exec(a);
  if (subjectFirst && plausibleSpeaker(subjectFirst[1]!) && !NOT_A_PHRASE.test(subjectFirst[1]!)) {
    return found(ctx, subjectFirst, isNameAt(ctx, subjectFirst, 2, aw.at) ? 2 : 1, aw.at, 'X said');
  }

  const bw = before(text, site.from, site.open);
  const b = blank(bw.s, bw.at, site.others);
  const accordingBefore = ACCORDING_BEFORE.exec(b);
  if (accordingBefore && plausibleSpeaker(accordingBefore[1]!)) return found(ctx, accordingBefore, 1, bw.at, 'according to X');
  const verb = lastSpeechVerb(b);
  if (verb >= 0) {
    const subject = subjectOfVerb(ctx, site.sentence, bw.at + verb);
    if (subject && plausibleSpeaker(subject.written)) return resolveSpeaker(ctx, subject.written, subject.start, 'subject of the speech verb');
  }
  const label = LABEL.exec(b);
  if (label && isLabel(ctx, label[1]!, bw.at + label.index)) {
    const start = bw.at + label.index + label[0].indexOf(label[1]!);
    return resolveSpeaker(ctx, text.slice(start, start + label[1]!.length), start, 'X: "..."');
  }
  if (site.lead) {
    const lead = site.lead.span;
    const s = blank(text.slice(lead.start, lead.end), lead.start, site.others);
    const leadVerb = lastSpeechVerb(s);
    // `X read a statement on behalf of the families:` — a noun for words carries them, and the sentence's subject speaks.
    const subject = leadVerb >= 0 ? subjectOfVerb(ctx, site.lead, lead.start + leadVerb) : SPEECH_NOUN.test(s.replace(/[\s:*_]+$/, '')) ? sentenceSubject(ctx, site.lead) : null;
    if (subject && plausibleSpeaker(subject.written)) return resolveSpeaker(ctx, subject.written, subject.start, 'introduced by the paragraph before');
  }
  // `issued a joint plea "..."`, `A US spokesman also held a vague line, "..."`, `Obama had pitched ... "boots on the ground"`.
  const subject = sentenceSubject(ctx, site.sentence);
  if (!subject || !plausibleSpeaker(subject.written) || subject.start >= site.open) return null;
  const speaker = resolveSpeaker(ctx, subject.written, subject.start, 'subject of the sentence');
  const carrier = SPEECH_NOUN.test(b) || /[,:]\s*$/.test(b);
  const named = speaker.entity !== null && ctx.byId.get(speaker.entity)?.kind !== 'place';
  return carrier || named ? speaker : null;
}

function found(ctx: QuoteContext, m: RegExpExecArray, group: number, at: number, how: string): Speaker {
  const offset = m[0].lastIndexOf(m[group]!);
  const start = at + m.index + offset;
  // The window is masked (`U_N_`): the speaker is read back from the text as written.
  return resolveSpeaker(ctx, ctx.text.slice(start, start + m[group]!.length), start, how);
}

/** The appositive of a role is the speaker's name: `the Kremlin's spokesman, Dmitry Peskov,`. */
function isNameAt(ctx: QuoteContext, m: RegExpExecArray, group: number, at: number): boolean {
  const g = m[group];
  if (!g?.trim()) return false;
  const start = at + m.index + m[0].lastIndexOf(g) + (g.length - g.trimStart().length);
  const end = start + g.trim().length;
  // `the Rev Alison Hale`, `Dr Ana Ruiz`: titles before the name the entity layer left out of the mention.
  return ctx.mentions.within(start, end).some((x) => x.entity.kind === 'person' && x.span.end === end && TITLED.test(ctx.text.slice(start, x.span.start)));
}

const TITLED = /^(?:(?:the\s+)?(?:[\p{Lu}][\p{L}]*\.?\s+){0,3})?$/u;

/** The last finite verb of saying (`says`, `told`), not a participle or a noun that looks like one (`calls`). */
const FINITE_SPEECH = /\b(?:said|says|told|tells|added|adds|insisted|insists|argued|argues|explained|explains|warned|warns)\b/gi;

function lastFiniteSpeechVerb(s: string): number {
  const re = FINITE_SPEECH;
  re.lastIndex = 0;
  let last = -1;
  for (let m = re.exec(s); m; m = re.exec(s)) last = m.index;
  return last;
}

function lastSpeechVerb(s: string): number {
  const re = speechVerbs();
  let last = -1;
  for (let m = re.exec(s); m; m = re.exec(s)) last = m.index;
  return last;
}

/** A label names a speaker: a role (`US spokesman`), a name the article knows, a transcript name (`SMITH`) or `Q`/`A`. */
function isLabel(ctx: QuoteContext, label: string, at: number): boolean {
  const t = label.trim();
  if (!t || t.split(/\s+/).length > 6) return false;
  if (/^(?:[QA]|\p{Lu}[\p{Lu}'’. -]+)$/u.test(t)) return true;
  if (TITLES.has((t.split(/\s+/).pop() ?? '').toLowerCase())) return true;
  return ctx.mentions.within(at, at + label.length + 2).some((m) => m.entity.kind !== 'place');
}

/** Blanks other quotations' words inside a window (keeping their marks as clause boundaries). */
function blank(s: string, at: number, others: readonly Span[]): string {
  let out = s;
  for (const o of others) {
    const from = Math.max(o.start, at) - at;
    const to = Math.min(o.end, at + s.length) - at;
    if (to > from) out = out.slice(0, from) + ' '.repeat(to - from) + out.slice(to);
  }
  return out;
}
