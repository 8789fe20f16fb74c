import { mentionsOf } from '../entities/mentionList';
import type { ArticleEntity, DateMention, EventMention, Sentence, Span } from '../model';
import { foldWords } from '../text/fold';
import { chooseTrigger, relatedKinds } from './choose';
import { followOn, statusOf } from './follow';
import { modifiersOf } from './modifiers';

const STOPWORDS = new Set(
  ('a an the and or but of to in on at by for from with as is are was were be been has have had will would ' +
    'its it this that these those their his her they he she we our after before since when while which who ' +
    'also not no than then there into over about up out said says last next this week month year day monday ' +
    'tuesday wednesday thursday friday saturday sunday january february march april may june july august ' +
    'september october november december').split(' '),
);

const REACH = 400;

/** Clause edges: a date belongs to the happening named in its own clause. */
const CLAUSE_EDGE = /;|\n(?=[-–•*]\s|\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\b|\d{4}-\d\d-\d\d\b)|\sand\s(?=(?:will|would|shall|is|are|was|were|has|have|had)\s)|,\s{1,3}(?:having|after|before|while|when|but|and|who|which|as|where|because|though|although|whereas)\b|\s(?=after\s|before\s)(?<!\b(?:days?|weeks?|months?|years?|hours|shortly|soon|just|long|fortnight|night|morning)\s)(?:after|before)\s|\s(?:while|when|until|having|because)\s|,\s(?=[a-z]+ing\b)/g;

interface Mention {
  readonly start: number;
  readonly end: number;
  readonly entity: ArticleEntity;
}

/**
 * Attaches each body date to the happening it places (see chooseTrigger), with the people,
 * organisations and places of its clause (else of its sentence, else of the sentence before: a
 * clause that names no one continues the story of the one before), its sentence's content words
 * and the words that set it apart from other happenings of its kind (`missile` strike,
 * `chemical` attack). Linear: entity mentions are looked up by position, events by trigger.
 */
export function attachEvents(
  text: string,
  sentences: readonly Sentence[],
  entities: readonly ArticleEntity[],
  dates: readonly DateMention[],
): { events: EventMention[]; dates: DateMention[] } {
  const events: EventMention[] = [];
  const byTrigger = new Map<number, EventMention>();
  const mentions: Mention[] = entities.flatMap((entity) => mentionsOf(entity.mentions).map((m) => ({ start: m.span.start, end: m.span.end, entity })));
  mentions.sort((a, b) => a.start - b.start);
  const out: DateMention[] = [];
  const place = (d: DateMention, index: number): DateMention => {
    if (d.where !== 'body') return d;
    const at = sentenceIndex(sentences, d.span.start);
    const sentence = sentences[at];
    if (!sentence) return d;
    // A run-on "sentence" is read only near the date, so one megabyte line stays linear.
    const local = { start: Math.max(sentence.span.start, d.span.start - REACH), end: Math.min(sentence.span.end, d.span.end + REACH) };
    let clause = clauseAround(text, local, d.span);
    // ", a fortnight after ...": an aside restating the date of the clause before it.
    const previous = index > 0 ? out[index - 1] : undefined;
    if (previous?.event && /\b(?:after|before)$/i.test(d.text) && text.slice(Math.max(0, d.span.start - 2), d.span.start).trimStart().startsWith(',') &&
        previous.span.start >= sentence.span.start) {
      return { ...d, event: previous.event };
    }
    let trigger = chooseTrigger(text, clause, d.span);
    if (!trigger) {
      // "jumped 18% on Friday after the company confirmed ...", "A: Yesterday morning, when ...".
      const next = followOn(text, clause, local, d.span);
      if (!next) return d;
      trigger = next.trigger;
      clause = next.clause;
    }
    // A second date for the same happening ("on Tuesday, two days after ...") joins its event.
    const existing = byTrigger.get(trigger.at);
    if (existing) return { ...d, event: existing.id };
    const named = involved(text, mentions, clause, local, sentences[at - 1]?.paragraph === sentence.paragraph ? sentences[at - 1] : undefined);
    const status = statusOf(text, local, d.span, trigger);
    const event: EventMention = {
      id: `v${events.length}`,
      kind: trigger.kind,
      trigger: { value: trigger.text, span: { start: trigger.at, end: trigger.at + trigger.text.length } },
      clause,
      participants: named.filter((e) => e.kind !== 'place').map((e) => e.id),
      places: named.filter((e) => e.kind === 'place').map((e) => e.id),
      terms: [...new Set(foldWords(text.slice(local.start, local.end)).filter((w) => !STOPWORDS.has(w) && w.length > 2))],
      modifiers: modifiersOf(text, trigger, clause),
      related: relatedKinds(text, clause, trigger),
      ...(status ? { status } : {}),
      date: index,
    };
    events.push(event);
    byTrigger.set(trigger.at, event);
    return { ...d, event: event.id };
  };
  dates.forEach((d, index) => out.push(place(d, index)));
  return { events, dates: out };
}

/**
 * Entities named in the clause; else in the sentence; else in the sentence before, same
 * paragraph; else, for a clause whose subject is `she`, `he` or `they`, the person last named
 * before it (within a few paragraphs).
 */
function involved(text: string, mentions: readonly Mention[], clause: Span, sentence: Span, previous: Sentence | undefined): ArticleEntity[] {
  const inClause = within(mentions, clause);
  if (inClause.some((e) => e.kind !== 'place')) return inClause;
  const inSentence = within(mentions, sentence);
  if (inSentence.some((e) => e.kind !== 'place')) return inSentence;
  const before = previous ? within(mentions, previous.span).filter((e) => e.kind !== 'place') : [];
  if (before.length) return [...new Set([...inSentence, ...before])];
  const pronoun = /\b(?:she|he|they)\b/i.test(text.slice(clause.start, Math.min(clause.end, clause.start + 40)));
  const person = pronoun ? lastPerson(mentions, clause.start) : null;
  return person ? [...inSentence, person] : inSentence;
}

/** The person named last before `at`, within 1,500 characters. */
function lastPerson(mentions: readonly Mention[], at: number): ArticleEntity | null {
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (mentions[mid]!.start < at) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo - 1; i >= 0 && mentions[i]!.start >= at - 1500; i--) if (mentions[i]!.entity.kind === 'person') return mentions[i]!.entity;
  return null;
}

function sentenceIndex(sentences: readonly Sentence[], offset: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid]!.span;
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

function within(mentions: readonly Mention[], span: Span): ArticleEntity[] {
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (mentions[mid]!.start < span.start) lo = mid + 1;
    else hi = mid;
  }
  const out = new Set<ArticleEntity>();
  for (let i = lo; i < mentions.length && mentions[i]!.start < span.end; i++) if (mentions[i]!.end <= span.end) out.add(mentions[i]!.entity);
  return [...out];
}

function clauseAround(text: string, sentence: Span, date: Span): Span {
  const s = text.slice(sentence.start, sentence.end);
  let start = 0;
  let end = s.length;
  CLAUSE_EDGE.lastIndex = 0;
  for (let m = CLAUSE_EDGE.exec(s); m; m = CLAUSE_EDGE.exec(s)) {
    const edgeEnd = m.index + m[0].length;
    // "adjourned sentencing until 14 February": the date's own "until" opens no clause.
    if (edgeEnd === date.start - sentence.start && /until/.test(m[0])) continue;
    if (edgeEnd <= date.start - sentence.start) start = m.index + (m[0].startsWith(',') || m[0].startsWith(';') ? 1 : 0);
    else if (m.index >= date.end - sentence.start) {
      end = m.index;
      break;
    }
  }
  return { start: sentence.start + start, end: sentence.start + end };
}
