import type { ArticleEntity, DateMention, EventMention, Sentence, Span } from '../model';
import { sentenceAt } from '../text/sentences';
import { foldWords } from '../text/fold';
import { findTriggers, type Trigger } from './triggers';

const STOPWORDS = new Set(
  ('a an the and or but of to in on at by for from with as is are was were be been has have had will would ' +
    'its it this that these those their his her they he she we our after before since when while which who ' +
    'also not no than then there into over about up out said says last next this week month year day monday ' +
    'tuesday wednesday thursday friday saturday sunday january february march april may june july august ' +
    'september october november december').split(' '),
);

/** Clause edges: a date belongs to the happening named in its own clause. */
const CLAUSE_EDGE = /;|,\s+(?:having|after|before|while|when|but|and|who|which|as)\b|\s+(?:after|before|while|when|until|having)\s+|,\s+(?=[a-z]+ing\b)/g;

/**
 * Attaches each body date to the happening it places: the nearest trigger before it in its
 * clause (`voted on Tuesday`), else the nearest after it (`On Friday, Lavrov had warned`).
 */
export function attachEvents(
  text: string,
  sentences: readonly Sentence[],
  entities: readonly ArticleEntity[],
  dates: readonly DateMention[],
): { events: EventMention[]; dates: DateMention[] } {
  const events: EventMention[] = [];
  const out = dates.map((d, index) => {
    if (d.where !== 'body') return d;
    const sentence = sentenceAt(sentences, d.span.start);
    if (!sentence) return d;
    // "the 2023 wildfire season": a date used as a modifier places no happening of its own.
    if (/\bthe\s+$/i.test(text.slice(Math.max(sentence.span.start, d.span.start - 5), d.span.start))) return d;
    const clause = clauseAround(text, sentence.span, d.span);
    const trigger = pickTrigger(text, clause, d.span);
    if (!trigger) return d;
    // A second date for the same happening ("on Tuesday, two days after ...") joins its event.
    const triggerAt = clause.start + trigger.index;
    const existing = events.find((e) => e.trigger.span.start === triggerAt);
    if (existing) return { ...d, event: existing.id };
    const id = `v${events.length}`;
    const inSentence = (s: Span) => s.start >= sentence.span.start && s.end <= sentence.span.end;
    const named = entities.filter((e) => e.mentions.some((m) => inSentence(m.span)));
    const triggerStart = triggerAt;
    events.push({
      id,
      kind: trigger.kind,
      trigger: { value: trigger.text, span: { start: triggerStart, end: triggerStart + trigger.text.length } },
      clause,
      participants: named.filter((e) => e.kind !== 'place').map((e) => e.id),
      places: named.filter((e) => e.kind === 'place').map((e) => e.id),
      terms: [...new Set(foldWords(text.slice(sentence.span.start, sentence.span.end)).filter((w) => !STOPWORDS.has(w) && w.length > 2))],
      date: index,
    });
    return { ...d, event: id };
  });
  return { events, dates: out };
}

function clauseAround(text: string, sentence: Span, date: Span): Span {
  const s = text.slice(sentence.start, sentence.end);
  let start = 0;
  let end = s.length;
  CLAUSE_EDGE.lastIndex = 0;
  for (let m = CLAUSE_EDGE.exec(s); m; m = CLAUSE_EDGE.exec(s)) {
    const edgeEnd = m.index + m[0].length;
    if (edgeEnd <= date.start - sentence.start) start = m.index + (m[0].startsWith(',') || m[0].startsWith(';') ? 1 : 0);
    else if (m.index >= date.end - sentence.start) {
      end = m.index;
      break;
    }
  }
  return { start: sentence.start + start, end: sentence.start + end };
}

function pickTrigger(text: string, clause: Span, date: Span): Trigger | null {
  const clauseText = text.slice(clause.start, clause.end);
  const triggers = findTriggers(clauseText).filter((t) => {
    const at = clause.start + t.index;
    // "the flooded town": a participle after a determiner describes, it does not happen here.
    if (/ed$/i.test(t.text) && /\b(?:the|a|an|its|their|his|her)\s+$/i.test(clauseText.slice(Math.max(0, t.index - 7), t.index))) return false;
    return at + t.text.length <= date.start || at >= date.end;
  });
  const before = triggers.filter((t) => clause.start + t.index < date.start);
  // A statement verb only places the date when nothing more specific is named ("said on Tuesday
  // the council voted" dates the vote).
  const specific = (ts: Trigger[]) => ts.filter((t) => t.kind !== 'statement');
  const pool = specific(before).length ? specific(before) : before;
  if (pool.length) return pool[pool.length - 1]!;
  const after = triggers.filter((t) => clause.start + t.index >= date.end);
  return specific(after)[0] ?? after[0] ?? null;
}
