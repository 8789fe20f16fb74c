import { foldKey } from '../text/fold';

/** Verbs that attribute words to someone: a short quote in their sentence is a quotation. */
export const ATTRIBUTION =
  /\b(?:said|says|say|saying|told|tells|telling|added|adding|asked|asks|warned|warns|insisted|insists|argued|argues|explained|stated|noted|claimed|claims|announced|declared|wrote|writes|replied|urged|urges|urging|acknowledged|admitted|predicted|suggested|appealed|appealing|cautioned|commented|complained|conceded|confirmed|denied|stressed|recalled|remarked|responded|reiterated|repeated|vowed|promised|pledged|pledging|accused|accusing|expressed|described|calling for|called for|according to|quoted|reported|put it|in a statement|joked|tweeted|posted)\b/i;

/** Verbs of naming: the word after them is a term, not someone's words (`call the site a "gigafactory"`). */
const NAMING = /\b(?:so-called|call|calls|called|calling|dub|dubbed|dubs|term|termed|terms|nickname|nicknamed|label|labelled|labeled|brand|branded|known as|referred to as|the word|the term|the phrase|the label)\b[^.!?]{0,30}$/i;

/** Nouns that introduce a title: `a solid explainer, "Norvald's Serbian bet..."`. */
const WORK = /\b(?:explainer|article|story|piece|report|book|film|movie|documentary|column|headline|op-ed|essay|song|album|show|series|programme|program|podcast|titled|entitled|headlined|newsletter|blog post|post|play|novel|paper|study)\s*,?\s*$/i;

const FUNCTION_WORDS = new Set(
  'to as by in on of for and or but that which with from at over into than about after before while when if because so who whom is are was were be been'.split(' '),
);

export type QuoteKind = 'quotation' | 'scare' | 'title';

/**
 * Tells a quotation from scare quotes and titles by the words around the marks: a short quote
 * used as a modifier (`regime "conventional" bombing`), after a naming verb, or in a sentence
 * that attributes nothing, is the writer's own word; a quoted headline or a quote after
 * `explainer,` is a title.
 */
export function classifyQuote(inner: string, before: string, after: string, sentence: string, headline: string | null): QuoteKind {
  const words = inner.trim().split(/\s+/).filter(Boolean);
  if (headline && foldKey(inner) === foldKey(headline)) return 'title';
  if (WORK.test(before)) return 'title';
  if (words.length <= 3) {
    if (NAMING.test(before)) return 'scare';
    const next = /^[\s]*([\p{L}-]+)/u.exec(after)?.[1];
    const glued = /^\s*[\p{L}]/u.test(after);
    if (glued && next && next === next.toLowerCase() && !FUNCTION_WORDS.has(next) && !ATTRIBUTION.test(next)) return 'scare';
    const rest = sentence.replace(inner, ' ');
    if (!ATTRIBUTION.test(rest)) return 'scare';
  }
  return 'quotation';
}
