import { foldKey } from '../text/fold';

/** Verbs that attribute words to someone: a short quote in their sentence is a quotation. */
export const ATTRIBUTION =
  /\b(?:said|says|say|saying|told|tells|telling|added|adding|asked|asks|warned|warns|insisted|insists|argued|argues|explained|stated|noted|claimed|claims|announced|declared|wrote|writes|replied|urged|urges|urging|acknowledged|admitted|predicted|suggested|appealed|appealing|cautioned|commented|complained|conceded|confirmed|denied|stressed|recalled|remarked|responded|reiterated|repeated|vowed|promised|pledged|pledging|accused|accusing|expressed|described|calling for|called for|according to|quoted|reported|put it|in a statement|joked|tweeted|posted|lamented)\b/i;

/** Verbs of naming: the word after them is a term, not someone's words (`call the site a "gigafactory"`). */
const NAMING = /\b(?:so-called|call|calls|called|calling|dub|dubbed|dubs|term|termed|terms|nickname|nicknamed|label|labelled|labeled|brand|branded|known as|referred to as|the word|the term|the phrase|the label|the slogan|the motto)\b[^.!?]{0,30}$/i;
/**
 * `called the move "overdue"`, `branded the rise "a disgrace"`: someone's verdict, quoted. Not
 * when the quote names a thing after an article (`call the site a "gigafactory"`) or is a name.
 */
const VERDICT = /\b(?:call|calls|called|calling|brand|branded|labelled|labeled|described\s+\S+\s+as|dismissed\s+\S+\s+as)\s+(?:it|them|him|her|this|that|the\s+[\p{L}-]+|[\p{L}-]+['’]s\s+[\p{L}-]+)\s*$/iu;

/** Nouns that introduce a title: `a solid explainer, "Norvald's Serbian bet..."`. */
const WORK = /\b(?:explainer|article|story|piece|report|book|film|movie|documentary|column|headline|op-ed|essay|song|album|show|series|programme|program|podcast|titled|entitled|headlined|newsletter|blog post|post|play|novel|paper|study|campaign|exhibition|hashtag|motto|slogan|talk|presentation|lecture|keynote|poster|webinar|seminar|thesis|dissertation)\s*,?\s*$/i;

/** A noun and a comma right before the marks: the quote is in apposition to it. */
const APPOSED = /\b(\p{L}[\p{L}-]+)\s*,\s*$/u;
/** Nouns that carry someone's words rather than name a thing: `in a statement, "..."`. */
const CARRIER = /^(?:statement|message|tweet|post|letter|reply|response|remarks|words|line|email|note|speech|interview|adding|saying|warning|writing)$/i;

/** Verbs that put out a work: `presented "Durable protection..." at the congress`. */
const WORK_VERB = /\b(?:presented|presents|presenting|published|publishes|premiered|screened|staged|released|launched)\s*$/i;

/**
 * Words that may follow a quoted phrase that is someone's words: function words, prepositions,
 * auxiliaries and linking verbs (`"gaps of trust" between`, `their "bilateral track" remains`).
 * After any other lower-case word, a short quote is a modifier in the writer's voice
 * (`regime "conventional" bombing`).
 */
const FOLLOWERS = new Set(
  ('to as by in on of for and or nor but that which with from at over into onto than about after before while when ' +
    'where if because so who whom whose is are was were be been being has have had will would can could should may ' +
    'might must shall do does did remains remained remain seems seemed seem appears appeared become became ' +
    'between among against across through throughout toward towards under without within around despite during ' +
    'until since beyond behind near like unlike via per amid amongst upon off out up down then there here now ' +
    'too also again yet still only just even not no he she they we i you it')
    .split(' '),
);

export type QuoteKind = 'quotation' | 'scare' | 'title';

/**
 * Tells a quotation from scare quotes and titles by the words around the marks: a short quote
 * used as a modifier (`regime "conventional" bombing`), after a naming verb, or in a sentence
 * that attributes nothing, is the writer's own word; a quoted headline or a quote after
 * `explainer,` is a title. `before`, `after` and `sentence` are bounded windows, not whole texts.
 */
export function classifyQuote(inner: string, before: string, after: string, sentence: string, headline: string | null): QuoteKind {
  const words = inner.trim().split(/\s+/).filter(Boolean);
  if (headline && words.length >= 3 && Math.abs(inner.length - headline.length) < 12 && foldKey(inner) === foldKey(headline)) return 'title';
  if (WORK.test(before)) return 'title';
  // A work's name has a capital and no closing full stop of its own.
  if (WORK_VERB.test(before) && /^[\p{Lu}\p{N}]/u.test(words[0] ?? '') && !/[.!?,;:]$/.test(inner.trim())) return 'title';
  if (isTitleCase(words) && !ATTRIBUTION.test(before.slice(-60)) && !ATTRIBUTION.test(after.slice(0, 60))) return 'title';
  // A capitalised name set off by commas after a noun (`an internal review, "Lessons from Fellgate",
  // would be published`, `its strategy, «Sense Forward», will be kept`) names that thing, even in a
  // sentence that attributes other words: said words carry their own comma inside the marks.
  const apposed = APPOSED.exec(before)?.[1];
  if (apposed && isTitleCase(words) && !ATTRIBUTION.test(apposed) && !CARRIER.test(apposed) && /^\s*(?:[,;)]|$)/.test(after)) return 'title';
  if (words.length <= 3) {
    if (VERDICT.test(before) && /^\p{Ll}/u.test(words[0] ?? '')) return 'quotation';
    if (NAMING.test(before)) return 'scare';
    // A sentence of its own (`"It was cheaper."`, `"No."` opening a sentence) is someone's words.
    const sentenceInside = /^\p{Lu}/u.test(words[0] ?? '') && /[.!?…]$/.test(inner.trim());
    if (sentenceInside && (words.length >= 3 || /(?:^|[.!?:]\s*)$/.test(before.trimEnd()))) return 'quotation';
    const next = /^\s*([\p{L}-]+)/u.exec(after)?.[1];
    // Punctuation inside the marks (`"We will sue," they said`) ends a clause: the words are not a modifier.
    const glued = /^\s*[\p{L}]/u.test(after) && !/[,.!?;:…]$/.test(inner.trim());
    if (glued && next && next === next.toLowerCase() && !FOLLOWERS.has(next) && !ATTRIBUTION.test(next)) return 'scare';
    const rest = sentence.replace(inner, ' ');
    if (!ATTRIBUTION.test(rest)) return 'scare';
  }
  return 'quotation';
}

/** `"The Day After Tomorrow"`, `"Water Futures: A Plan for Castromaya"`: every content word capitalised, no sentence inside. */
function isTitleCase(words: readonly string[]): boolean {
  if (words.length < 2 || words.length > 12) return false;
  if (words.some((w) => /[.!?]["”’]?$/.test(w) && !/^\p{Lu}\.$/u.test(w))) return false;
  const content = words.filter((w) => !/^(?:a|an|the|of|and|or|for|in|on|at|to|by|with|from|as|is|vs\.?)$/i.test(w));
  if (content.length < 2) return false;
  return content.every((w) => /^[\p{Lu}\p{N}#"“‘'(]/u.test(w)) && /^[\p{Lu}\p{N}"“‘'(]/u.test(words[0]!);
}
