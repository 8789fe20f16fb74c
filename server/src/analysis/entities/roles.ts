import type { Role, Sentence, Span } from '../model';
import { sentenceAt } from '../text/sentences';
import { TITLES } from './lexicon';
import { splitWords, type Word } from './words';

const STOP = new Set(
  ('a an the this that and or but with by to in on at from as is are was were be been has have had who which ' +
    'said says told tells according after before when while than then also not no said, said. its their his her').split(' '),
);

const CREDIT: Record<string, string> = { reporting: 'reporter', editing: 'editor', writing: 'writer', photography: 'photographer', photos: 'photographer' };

/**
 * Roles the article states for a person at one mention: `UN envoy Staffan de Mistura`,
 * `the council's chief structural engineer, Rhiannon Tate`, `Riyad Hijab, the group's general
 * coordinator`, `(Reporting by Tom Brandreth; ...)`.
 */
export function rolesAt(text: string, sentences: readonly Sentence[], name: Span, title: Span | null): Role[] {
  const sentence = sentenceAt(sentences, name.start);
  if (!sentence) return [];
  const roles: Role[] = [];
  const add = (span: Span | null) => {
    if (!span || span.end <= span.start) return;
    const value = text.slice(span.start, span.end).trim();
    if (value && !roles.some((r) => r.text === value)) roles.push({ text: value, span, sentence: sentence.span });
  };
  add(title);
  const words = splitWords(text, sentence.span.start, sentence.span.end);
  const at = words.findIndex((w) => w.start >= name.start);
  const endAt = words.findIndex((w) => w.end >= name.end);
  if (at < 0 || endAt < 0) return roles;
  if (!title) add(roleBefore(words, at));
  add(roleAfter(words, endAt));
  const credit = words[at - 2];
  if (words[at - 1]?.text.toLowerCase() === 'by' && credit && CREDIT[credit.text.toLowerCase()]) {
    roles.push({ text: CREDIT[credit.text.toLowerCase()]!, span: credit, sentence: sentence.span });
  }
  const label = /^\s*(writer|author|reporter|editor|photographer)\s*:\s*$/i.exec(text.slice(sentence.span.start, name.start));
  if (label) roles.push({ text: label[1]!.toLowerCase(), span: { start: sentence.span.start, end: name.start }, sentence: sentence.span });
  return roles;
}

/** `UN envoy` in `with UN envoy Staffan de Mistura`; `chief structural engineer` before `, Rhiannon Tate`. */
function roleBefore(words: readonly Word[], at: number): Span | null {
  let i = at - 1;
  const prev = words[i];
  if (!prev) return null;
  if (prev.trail && prev.trail !== ',') return null;
  if (prev.trail === ',' && !TITLES.has(prev.text.toLowerCase())) return null;
  if (!TITLES.has(prev.text.toLowerCase().replace(/['’]s$/, ''))) return null;
  let from = i;
  for (i = i - 1; i >= 0 && at - i <= 7; i--) {
    const w = words[i]!;
    if (w.trail && w.trail !== "'s" && w.trail !== '’s') break;
    if (STOP.has(w.text.toLowerCase()) || w.lead) break;
    from = i;
  }
  return { start: words[from]!.start, end: prev.end };
}

/** `the group's general coordinator` after `Riyad Hijab, `; `an independent councillor` before `who`. */
function roleAfter(words: readonly Word[], end: number): Span | null {
  const nameWord = words[end];
  if (!nameWord || nameWord.trail !== ',') return null;
  let i = end + 1;
  if (words[i] && /^(?:a|an|the)$/i.test(words[i]!.text)) i++;
  const from = i;
  let hasTitle = false;
  for (; i < words.length && i - from < 9; i++) {
    const w = words[i]!;
    if (/^(?:who|which|that|said|says|told)$/i.test(w.text)) break;
    if (TITLES.has(w.text.toLowerCase().replace(/['’]s$/, ''))) hasTitle = true;
    if (w.trail && /[,.;:)]/.test(w.trail)) {
      i++;
      break;
    }
  }
  if (!hasTitle || i <= from) return null;
  const last = words[i - 1]!;
  const start = words[end + 1]!.start;
  return { start, end: last.end };
}
