import type { Speaker } from '../model';
import { ORG_WORDS, TITLES } from '../entities/lexicon';
import { sentenceIndexAt, type QuoteContext } from './context';
import { agrees } from './gender';
import type { MentionRef } from './mentions';
import { byRole, coreOf, subjectPerson, unknownName } from './resolve';

/** How far back a pronoun looks for the person it stands for. */
const PRONOUN_REACH = 6;

export interface Antecedent {
  readonly entity: string | null;
  /** The unnamed person it stands for, as written (`'the judge'`). */
  readonly unnamed?: string;
}

/**
 * The person a `he`/`she` stands for: walking back sentence by sentence, the first that has a
 * person speaking or a person as its subject; failing that, the last person named. News copy
 * carries a pronoun along its subjects, so `Müller-Lüdenscheidt said the company had chosen Novi
 * Brezovac ... "...," she said` is Müller-Lüdenscheidt even when a later name intervenes. The
 * person must agree with the pronoun (gender.ts); an unnamed person speaking or acting (`the
 * judge`, `A spokesman for the ministry`) stops the walk, since an older name would be wrong.
 */
export function antecedent(ctx: QuoteContext, at: number, pronoun: string): Antecedent {
  const here = sentenceIndexAt(ctx.sentences, at);
  const speakers: Speaker[] = [];
  for (let i = ctx.spoken.length - 1; i >= 0 && speakers.length < PRONOUN_REACH * 2; i--) {
    const s = ctx.spoken[i]!;
    if (s.span && s.span.start < at) speakers.unshift(s);
  }
  const fits = (id: string): boolean => agrees(ctx, id, pronoun, at);
  for (let k = here; k >= 0 && k > here - PRONOUN_REACH; k--) {
    const sentence = ctx.sentences[k]!.span;
    const spoke = speakers.filter((s) => s.span!.start >= sentence.start && s.span!.start < sentence.end);
    for (let j = spoke.length - 1; j >= 0; j--) {
      const s = spoke[j]!;
      if (s.entity && fits(s.entity)) return { entity: s.entity };
      if (!s.entity && unnamedPerson(ctx, s.text)) return { entity: null, unnamed: `'${s.text}'` };
    }
    if (k === here) continue;
    // `..., a retired ward sister, Maureen Doyle, who trained here. She remembers ...`: a sentence
    // whose subject is this very pronoun goes on with the one person the sentence before named.
    const opens = OPENING_WORD.exec(ctx.text.slice(sentence.start, sentence.start + 40))?.[1]?.toLowerCase() === pronoun.toLowerCase();
    if (opens && k > 0) {
      const prev = ctx.sentences[k - 1]!.span;
      const people = new Set(ctx.mentions.within(prev.start, prev.end).filter((m) => m.entity.kind === 'person' && fits(m.entity.id)).map((m) => m.entity.id));
      if (people.size === 1) return { entity: [...people][0]! };
    }
    const person = subjectPerson(ctx, k);
    if (person && fits(person)) return { entity: person };
    // `..., said Ines de la Fuente, who researches fraud.` then `"...," she said`: a person a
    // sentence attributes words to (reported, without quotation marks) is speaking there too.
    const reported = attributed(ctx, k, fits);
    if (reported) return { entity: reported };
    // `The chancellor has sat down. Here is what she said`: a role noun subject is its holder, or someone unnamed.
    const subject = ctx.subjectOf(k);
    if (!person && subject && unnamedPerson(ctx, subject.written)) {
      const core = coreOf(subject.written);
      const holder = byRole(ctx, core, subject.start);
      if (holder && fits(holder)) return { entity: holder };
      return { entity: null, unnamed: `'${core}'` };
    }
    // A subject that is a name nobody recognised (`Island councillor Tomás Ó Briain`): the pronoun
    // is that person, unknown; an older name would be a wrong attribution.
    if (unknownName(ctx, k)) return { entity: null };
  }
  return { entity: ctx.mentions.before(at, 40).find((m) => fits(m.entity.id) && !credited(ctx, m))?.entity.id ?? null };
}

/** Nouns for many people that take a singular verb: `the jury said`, `the family said in a statement`. */
const COLLECTIVE = new Set('jury panel family team crew police public side staff management prosecution defence defense campaign audience crowd majority couple'.split(' '));

/** Nouns for a person beyond the titles: `a resident`, `the victim`. */
const PERSON_NOUNS = new Set(
  ('person resident victim witness source official worker driver passenger neighbour neighbor mother father son daughter wife ' +
    'husband owner parent pupil student patient nurse doctor teacher fan player striker defender goalkeeper midfielder pensioner ' +
    'grandmother grandfather survivor relative friend colleague insider employee lawyer barrister solicitor activist campaigner')
    .split(' '),
);

/**
 * `the judge`, `a council spokesperson`, `one person familiar with the talks`: one person, unnamed
 * (not `officials`, `the council`, `the decision`). A speaker is a person by being one; a subject
 * needs a noun for a person (a title, a role the article gives, or a common one).
 */
function unnamedPerson(ctx: QuoteContext, written: string): boolean {
  const core = coreOf(written);
  const last = (core.split(/\s+/).pop() ?? '').toLowerCase().replace(/[^\p{L}-]/gu, '');
  if (!/^(?:the|a|an|one|this|that|another)\s/i.test(core) || ORG_WORDS.has(last) || COLLECTIVE.has(last)) return false;
  if (/[^s]s$/.test(last) && !/(?:ss|us|is)$/.test(last)) return false;
  return TITLES.has(last) || PERSON_NOUNS.has(last) || ctx.roleHolders.has(last) || /(?:man|woman|person)$/.test(last);
}

/** A name in a credit line (`By Sam Reid and Aisha Khan`, `(Reporting by ...`): the reporter, never whom a pronoun means. */
function credited(ctx: QuoteContext, m: MentionRef): boolean {
  const lineStart = ctx.text.lastIndexOf('\n', m.span.start) + 1;
  if (m.span.start - lineStart > 160) return false;
  return /^[\s*_>(-]*(?:by|posted\b.{0,60}\bby|written by|words by|reporting by|additional reporting by|editing by|writing by|author|reporter|writer|photograph(?:y|s)? by|pictures? by)\b/i.test(ctx.text.slice(lineStart, m.span.start));
}

/** A sentence's first word when a lower-case word follows it (`She remembers`). */
const OPENING_WORD = /^\s*(\p{L}+)\s+\p{Ll}/u;
const SAID_BEFORE = /\b(?:said|says|added|explained|warned|noted|argued|insisted|according\s+to)\s+(?:[\p{Lu}][\p{L}.]*\s+){0,2}$/u;
const SAID_AFTER = /^(?:,[^,.;!?]{0,80},)?\s+(?:said|says|added|told|explained|warned|noted|argued|insisted)\b/;

/** The last person sentence `k` attributes words to by a verb of saying beside the name (`said X`, `X, ..., said`). */
function attributed(ctx: QuoteContext, k: number, fits: (id: string) => boolean): string | null {
  const span = ctx.sentences[k]!.span;
  let found: string | null = null;
  for (const m of ctx.mentions.within(span.start, span.end)) {
    if (m.entity.kind !== 'person' || !fits(m.entity.id)) continue;
    const before = ctx.text.slice(Math.max(span.start, m.span.start - 40), m.span.start);
    const after = ctx.text.slice(m.span.end, Math.min(span.end, m.span.end + 100));
    if (SAID_BEFORE.test(before) || SAID_AFTER.test(after)) found = m.entity.id;
  }
  return found;
}
