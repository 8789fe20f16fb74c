import type { Role, Sentence, Span } from '../model';
import { sentenceAt } from '../text/sentences';
import { gazetteer } from './gazetteer';
import { TITLES } from './lexicon';
import { isCommonWord } from './names';
import { splitWords, type Word } from './words';

const STOP = new Set(
  ('a an the this that and or but with by to in on at from as is are was were be been has have had who which ' +
    'said says told tells according after before when while than then also not no said, said. its their his her ' +
    'including includes such like among named appointed replacing succeeding under against into for').split(' '),
);

const CREDIT: Record<string, string> = { reporting: 'reporter', editing: 'editor', writing: 'writer', photography: 'photographer', photos: 'photographer' };

/**
 * Roles the article states for a person at one mention: `UN envoy Staffan de Mistura`,
 * `the council's chief structural engineer, Rhiannon Tate`, `Riyad Hijab, the group's general
 * coordinator`, `UN Special Envoy to Syria Staffan de Mistura`, `(Reporting by Tom Brandreth; ...)`.
 * Role texts are the article's words without the article and a common-noun owner (`the group's
 * general coordinator` → `general coordinator`); a named owner stays (`Iran's chief diplomat`).
 */
export function rolesAt(
  text: string,
  sentences: readonly Sentence[],
  name: Span,
  title: Span | null,
  wordsOf: (s: Sentence) => readonly Word[] = (s) => splitWords(text, s.span.start, s.span.end),
): Role[] {
  const sentence = sentenceAt(sentences, name.start);
  if (!sentence) return [];
  const roles: Role[] = [];
  const words = wordsOf(sentence);
  const add = (span: Span | null) => {
    const role = span && tidy(words, span);
    if (!role) return;
    const value = text.slice(role.start, role.end).replace(/\s+/g, ' ');
    const first = value.split(' ')[0]!;
    const shown = /^\p{Lu}\p{Ll}+ \p{Ll}/u.test(value) && role.start === words[0]?.start && isCommonWord(first) ? value[0]!.toLowerCase() + value.slice(1) : value;
    if (shown && !roles.some((r) => r.text === shown)) roles.push({ text: shown, span: role, sentence: sentence.span });
  };
  add(title);
  const at = words.findIndex((w) => w.start >= name.start);
  const endAt = words.findIndex((w) => w.end >= name.end);
  if (at < 0 || endAt < 0) return roles;
  if (!title) add(roleBefore(words, at));
  add(roleAfter(text, words, endAt));
  const credit = words[at - 2];
  if (words[at - 1]?.lower === 'by' && credit && CREDIT[credit.lower]) {
    roles.push({ text: CREDIT[credit.lower]!, span: creditSpan(credit), sentence: sentence.span });
  }
  const label = /^\s*(writer|author|reporter|editor|photographer)\s*:\s*$/i.exec(text.slice(sentence.span.start, name.start));
  if (label) roles.push({ text: label[1]!.toLowerCase(), span: { start: sentence.span.start, end: name.start }, sentence: sentence.span });
  return roles;
}

/**
 * The credit's span is its whole word, as the model has always carried it (`lead`, `trail`,
 * `capital` and, only when set, `newline`), not the fields words gained since (`lower`, a false `newline`).
 */
function creditSpan(w: Word): Span {
  const { start, end, text, lead, trail, capital, newline } = w;
  const written: Span = newline ? ({ start, end, text, lead, trail, capital, newline } as Span) : ({ start, end, text, lead, trail, capital } as Span);
  return written;
}

/** Drops a leading article and a common-noun owner: `the town's mayor` → `mayor`, but `Iran's chief diplomat` stays. */
function tidy(words: readonly Word[], span: Span): Span | null {
  let i = words.findIndex((w) => w.start >= span.start);
  if (i < 0) return span.end > span.start ? span : null;
  let start = span.start;
  const article = (w: Word | undefined) => !!w && /^(?:a|an|the)$/i.test(w.text) && !w.trail;
  if (article(words[i]) && words[i + 1] && words[i + 1]!.start < span.end) start = words[++i]!.start;
  const owner = words[i];
  if (owner && /^['’]s$/.test(owner.trail) && !/^\p{Lu}/u.test(owner.text) && words[i + 1] && words[i + 1]!.start < span.end) start = words[i + 1]!.start;
  return span.end > start ? { start, end: span.end } : null;
}

/** `UN envoy` in `with UN envoy Staffan de Mistura`; `chief structural engineer` before `, Rhiannon Tate`; `UN mediator for Syria` before a name. */
function roleBefore(words: readonly Word[], at: number): Span | null {
  let i = at - 1;
  let end = words[i]?.end ?? 0;
  // "UN Special Envoy to Syria Staffan de Mistura": the title names its place before the name.
  const place = words[i];
  if (place && place.capital && !place.trail && gazetteer().lookup(place.text) && /^(?:to|for|in|of)$/i.test(words[i - 1]?.text ?? '') && isTitle(words[i - 2])) {
    end = place.end;
    i -= 2;
  }
  const prev = words[i];
  if (!prev) return null;
  // `Sen. Rand Paul`: an abbreviated title keeps its full stop.
  if (prev.trail && prev.trail !== ',' && !(prev.trail === '.' && prev.text.length <= 4 && isTitle(prev))) return null;
  if (prev.trail === ',' && !isTitle(prev)) return null;
  if (!isTitle(prev)) return null;
  let from = i;
  for (i = i - 1; i >= 0 && at - i <= 9; i--) {
    const w = words[i]!;
    if (w.trail && w.trail !== "'s" && w.trail !== '’s') break;
    if (STOP.has(w.lower) || w.lead) break;
    from = i;
  }
  return { start: words[from]!.start, end };
}

function isTitle(w: Word | undefined): boolean {
  return !!w && TITLES.has(w.lower.replace(/['’]s$/, ''));
}

/** `the group's general coordinator` after `Riyad Hijab, `; `an independent councillor` before `who`. */
function roleAfter(text: string, words: readonly Word[], end: number): Span | null {
  const nameWord = words[end];
  if (!nameWord || nameWord.trail !== ',') return null;
  let i = end + 1;
  if (words[i] && /^(?:a|an|the)$/i.test(words[i]!.text)) i++;
  const from = i;
  let hasTitle = false;
  for (; i < words.length && i - from < 9; i++) {
    const w = words[i]!;
    if (/^(?:who|whom|whose|which|that|said|says|told)$/i.test(w.text) || w.newline || text.slice(words[i - 1]!.end, w.start).includes('\n')) break;
    // "Staffan de Mistura, Iran's chief diplomat Mohammad Javad Zarif, and ...": a list of people, not an appositive.
    if (hasTitle && w.capital && isTitle(words[i - 1]) && !/^(?:of|for|to)$/i.test(words[i - 1]!.text)) return null;
    if (isTitle(w)) hasTitle = true;
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
