import type { Quotation, Span, Speaker } from '../model';
import { TITLES } from '../entities/lexicon';
import { foldKey } from '../text/fold';
import type { QuoteContext } from './context';

/** After a quotation ending its paragraph, this much text at most may follow (`," he said.`). */
const TAIL = 80;
/** Candidates compared per quotation when looking for the same words elsewhere. */
const MAX_CANDIDATES = 50;

/**
 * Speakers the attribution rules could not find in a quotation's own sentence, from the
 * conventions of news copy:
 * - a quotation with no attribution goes on from the previous one in its paragraph, or from the
 *   previous paragraph when that ended with an attributed quotation and this one opens its own;
 * - the same words quoted elsewhere in the article (a headline's `'hangs by a thread'`, a lede's
 *   `according to the U.N. envoy`) belong to whoever is named saying them there.
 */
export function inheritSpeakers(
  text: string,
  paragraphs: readonly Span[],
  quotes: Quotation[],
  ctx: QuoteContext,
  nested: ReadonlySet<Quotation>,
  speech: readonly Speech[] = [],
): Quotation[] {
  const out: Quotation[] = [];
  let last: Quotation | null = null;
  for (const q of quotes) {
    // Words quoted inside a quotation are someone else's: they inherit no speaker.
    if (nested.has(q)) {
      out.push(q);
      continue;
    }
    let speaker = q.speaker;
    if (!speaker && last?.speaker) {
      if (last.paragraph === q.paragraph) speaker = { ...last.speaker, how: 'previous quotation in the paragraph' };
      else if (last.paragraph === q.paragraph - 1 && opensParagraph(text, paragraphs[q.paragraph]!, q) && endsParagraph(paragraphs[last.paragraph]!, last) && !q.fragment) {
        speaker = { ...last.speaker, how: 'quotation continued from the previous paragraph' };
      }
    }
    const next: Quotation = speaker === q.speaker ? q : { ...q, speaker };
    out.push(next);
    last = next;
  }
  return sameWords(out, ctx, new Set(out.filter((q, i) => nested.has(quotes[i]!))), speech);
}

function opensParagraph(text: string, para: Span, q: Quotation): boolean {
  return /^[\s>*_"“‘'„«]*$/.test(text.slice(para.start, q.span.start));
}

function endsParagraph(para: Span, q: Quotation): boolean {
  return para.end - q.span.end <= TAIL;
}

/** Speakers that can take a name from the same words said elsewhere: none, or a definite description (`the U.N. envoy`). */
function open(s: Speaker | null): boolean {
  if (!s) return true;
  return s.entity === null && (/^(?:the|this|that|[\p{Lu}][\p{L}.]*['’]s?)\s/iu.test(s.text) || TITLES.has(s.text.toLowerCase())) && !/^(?:he|she|they)$/i.test(s.text);
}

/** Words said without quotation marks (a transcript turn), with their speaker. */
export interface Speech {
  readonly text: string;
  readonly speaker: Speaker;
}

function sameWords(quotes: Quotation[], ctx: QuoteContext, nested: ReadonlySet<Quotation>, speech: readonly Speech[]): Quotation[] {
  if (!quotes.some((q) => open(q.speaker) && !nested.has(q))) return quotes;
  // Sources: the quotations, then unquoted speech (indices past the quotations).
  const sources: { text: string; speaker: Speaker | null }[] = [...quotes, ...speech];
  const keys = sources.map((q) => foldKey(q.text));
  const byWord = new Map<string, number[]>();
  sources.forEach((q, i) => {
    if (!q.speaker?.entity || ctx.byId.get(q.speaker.entity)?.kind === 'place') return;
    for (const w of new Set(keys[i]!.split(' '))) {
      const list = byWord.get(w);
      if (list) list.push(i);
      else byWord.set(w, [i]);
    }
  });
  return quotes.map((q, i) => {
    if (!open(q.speaker) || nested.has(q)) return q;
    const key = keys[i]!;
    const words = key.split(' ').filter(Boolean);
    if (!words.length) return q;
    const rarest = words.map((w) => byWord.get(w) ?? []).sort((a, b) => a.length - b.length)[0]!;
    const hit = rarest
      .slice(0, MAX_CANDIDATES)
      .find((j) => j !== i && (words.length >= 2 || keys[j] === key) && (` ${keys[j]} `.includes(` ${key} `) || words.length >= 4 && ` ${key} `.includes(` ${keys[j]} `)));
    if (hit === undefined) return q;
    const source = sources[hit]!.speaker!;
    const how = 'the same words quoted elsewhere in the article';
    const speaker: Speaker = q.speaker ? { ...q.speaker, entity: source.entity, how: `${q.speaker.how}; ${how}` } : { ...source, how };
    return { ...q, speaker };
  });
}
