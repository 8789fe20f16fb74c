import type { Sentence } from '../model';
import type { QuoteContext } from './context';
import { BETWEEN, PARTICIPLE, SPEECH_VERB, speechVerbs } from './verbs';
import { PREPOSITIONS, maskAbbreviations, WINDOW } from './window';

export interface Written {
  readonly written: string;
  readonly start: number;
}

const AUXILIARIES = new Set('has have had is are was were will would could should can may might must does did do shall'.split(' '));
const ADVERBS = new Set('also meanwhile later then previously again once still already reportedly repeatedly sarcastically'.split(' '));
const IRREGULAR_PAST = new Set(
  ('made met gave took held went came left put set saw spoke wrote sent led won lost kept brought began became found ' +
    'thought felt knew ran stood sought struck chose rose fell broke drew paid built hit cut shut sat spent heard')
    .split(' '),
);
/** Verbs of saying in the plain present (`Campaigners call it "vandalism"`, `Critics say`). */
const PRESENT_SPEECH = new Set('say tell call describe insist warn argue claim accuse dub label brand'.split(' '));
const DETERMINERS = new Set('a an the this that these those his her their its our one two three some several many'.split(' '));

/** A sentence's opening adverbial, before its subject: `Earlier Thursday,`, `Speaking to CNN's Christiane Amanpour,`. */
const LEAD_IN =
  /^(?:(?:But|And|Yet|So|Still|Meanwhile|However|Instead|Now|Then|Also)\b,?\s+)?(?:(?:\p{Lu}\p{Ll}+ing|If|When|While|After|Before|As|Outside|Inside|Amid|Among|Although|Though|Because|Since|Earlier|Later|On|In|At|During|For|With|Without|Under|Over|Despite|Asked|Today|Yesterday|Last|This|Just|Back|Until|Once)\b[^,"“”]{0,140},\s*)?/u;

const SPEECH_VERB_RE = new RegExp(`^${SPEECH_VERB}$`, 'i');
const PARTICIPLE_AT_END = new RegExp(`\\b${PARTICIPLE}$`, 'i');
const TRAILING_BETWEEN = new RegExp(`(?:${BETWEEN})\\s*$`, 'i');

/**
 * The subject of a sentence: after its opening adverbial, the words up to the first verb,
 * auxiliary, adverb or comma (`Abdal Ahad Stefo`, `the United Nation’s envoy for Syria`,
 * `The nongovernmental organisations`). Null when the sentence opens with a quotation.
 */
export function sentenceSubject(ctx: QuoteContext, sentence: Sentence): Written | null {
  const from = sentence.span.start;
  const raw = ctx.text.slice(from, Math.min(sentence.span.end, from + WINDOW));
  const s = maskAbbreviations(raw);
  // Past list marks and a transcript's speaker label (`PRESENTER: Campaigners call it...`).
  const lead = /^[\s>*_#•-]*(?:\p{Lu}[\p{Lu}'’. -]{0,30}:\s+)?/u.exec(s)![0].length;
  if (/^["“‘'„«]/.test(s.slice(lead))) return null;
  const skip = lead + LEAD_IN.exec(s.slice(lead))![0].length;
  const tokens = /\S+/g;
  tokens.lastIndex = skip;
  let end = skip;
  let count = 0;
  let nounSeen = false;
  for (let m = tokens.exec(s); m; m = tokens.exec(s)) {
    const word = m[0].replace(/[,;:.!?)]+$/, '');
    const lower = word.toLowerCase();
    if (/^["“”‘(]/.test(m[0]) || !word) break;
    if (count > 0 && (AUXILIARIES.has(lower) || ADVERBS.has(lower) || /^[a-z]{4,}ly$/.test(word) && !/ily$/.test(word))) break;
    if (count > 0 && (SPEECH_VERB_RE.test(word) || IRREGULAR_PAST.has(lower) || PRESENT_SPEECH.has(lower))) break;
    if (count > 0 && nounSeen && /^[a-z]{3,}ed$/.test(word)) break;
    end = m.index + word.length;
    count++;
    if (!DETERMINERS.has(lower)) nounSeen = true;
    if (word !== m[0] || count > 10) break;
  }
  if (count === 0 || count > 10) return null;
  // `Kestrel's chief medical officer, Olena Kovalczuk, said`: the name in the appositive is the subject.
  const apposed = /^,\s*/.exec(raw.slice(end));
  if (apposed) {
    const at = from + end + apposed[0].length;
    const name = ctx.mentions.within(at, at + 80).find((m) => m.span.start === at && m.entity.kind === 'person');
    if (name && /^\s*,/.test(ctx.text.slice(name.span.end, name.span.end + 3))) return { written: ctx.text.slice(at, name.span.end), start: at };
    // A name the entity layer missed still heads the subject (`Our councillor, Tomás Ó Briain, has`).
    const unknown = !name && /^(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’.-]*){1,3}),/u.exec(ctx.text.slice(at, at + 80));
    if (unknown) return { written: unknown[1]!, start: at };
  }
  const written = raw.slice(skip, end);
  return { written, start: from + skip };
}

/**
 * Who performs the speech verb at `verbAt`: the phrase right before it (`Mr Lavrov said`,
 * `U.S. officials insisted`, `he predicted`); for a participle (`, saying`) or a verb after an
 * appositive (`Stefo, deputy head of ..., told AFP`), the main clause's subject; for a second
 * verb (`said he shared ... and urged`), the first verb's subject.
 */
export function subjectOfVerb(ctx: QuoteContext, sentence: Sentence, verbAt: number, depth = 0): Written | null {
  const from = Math.max(sentence.span.start, verbAt - WINDOW);
  const s = maskAbbreviations(ctx.text.slice(from, verbAt)).replace(TRAILING_BETWEEN, '');
  if (PARTICIPLE_AT_END.test(ctx.text.slice(verbAt, verbAt + 12).split(/\s/)[0] ?? '') || !s.trim()) {
    return mainClause(ctx, sentence, from, s, depth);
  }
  if (/,\s*$/.test(s)) return appositive(ctx, from, s) ?? mainClause(ctx, sentence, from, s, depth);
  // `according to one person familiar with the talks, who said`: a relative clause's speaker is the phrase it hangs on.
  const relative = /,\s*who\s*$/i.exec(s);
  if (relative) {
    const head = antecedentOfWho(ctx, from, s.slice(0, relative.index));
    if (head) return head;
  }
  if (/\b(?:and|but|or|then)\s*$/i.test(s)) return mainClause(ctx, sentence, from, s.replace(/\b(?:and|but|or|then)\s*$/i, ''), depth);
  const boundary = lastBoundary(s);
  const written = s.slice(boundary);
  const words = written.trim().split(/\s+/);
  if (!written.trim() || words.length > 10 || PREPOSITIONS.has(words[0]!.toLowerCase())) return personAfterLeadIn(ctx, from + boundary, from + s.length) ?? mainClause(ctx, sentence, from, s, depth);
  return personAfterLeadIn(ctx, from + boundary, from + s.length) ?? { written: ctx.text.slice(from + boundary, from + s.length), start: from + boundary };
}

/** `Later`, `On Monday`, `Then`, `Last week`: an adverbial opening a sentence, with no comma after it. */
const ADVERBIAL_LEAD = /^\s*(?:(?:later|then|earlier|meanwhile|afterwards|yesterday|today|tonight|now|also|still|again|finally|instead)|(?:on|last|this|next|by|late|early)\s+(?:\p{Lu}\p{Ll}+day|week|month|year|night|morning|afternoon|evening|weekend))\s+/iu;
/** `the mayor`, `the council's chief executive`, `her spokesman`: a short description of someone. */
const DESCRIPTION = /^(?:the|his|her|their|its|our|a|an)\s+(?:[\p{L}'’-]+\s+){0,3}[\p{Ll}][\p{L}-]*$/u;
/** What may stand between it and the name: a title or two (`Mayor`, `Dr`). */
const TITLES_ONLY = /^(?:\p{Lu}[\p{L}]*\.?\s+){0,2}$/u;

/**
 * `Later Mei Lindqvist said:`, `On Monday Mayor Colin Ashdown said:`: the person named right
 * before the verb speaks, not the adverbial and the name together (which read as neither a name
 * nor a speaker, and left the words to a "label" ending in `said`).
 */
function personAfterLeadIn(ctx: QuoteContext, start: number, end: number): Written | null {
  const lead = ADVERBIAL_LEAD.exec(ctx.text.slice(start, end));
  if (!lead) return null;
  const from = start + lead[0].length;
  const stop = start + ctx.text.slice(start, end).replace(/\s+$/, '').length;
  const person = ctx.mentions.within(from, stop).find((m) => m.entity.kind === 'person' && m.span.end === stop);
  if (person && TITLES_ONLY.test(ctx.text.slice(from, person.span.start))) return { written: ctx.text.slice(from, stop), start: from };
  // `Today the mayor said:`: a description after it speaks (its person is resolved as any other).
  const rest = ctx.text.slice(from, stop);
  return DESCRIPTION.test(rest) ? { written: rest, start: from } : null;
}

/**
 * A verb after an appositive: `the town's mayor, Đorđe Petrović, told` (the name between the
 * commas speaks) or `Abdal Ahad Stefo, deputy head of ..., told` (the name before them does).
 */
function appositive(ctx: QuoteContext, from: number, s: string): Written | null {
  const body = s.replace(/[\s,]+$/, '');
  const comma = body.lastIndexOf(',');
  if (comma < 0) return null;
  const segStart = from + comma + 1;
  const named = ctx.mentions.within(segStart, from + body.length).filter((m) => m.entity.kind === 'person');
  const last = named[named.length - 1];
  if (last && last.span.end === from + body.length) {
    const written = ctx.text.slice(segStart, last.span.end);
    return { written, start: segStart };
  }
  // `The trial's lead investigator, Joris van Leeuwen of Amstel University Medical Centre, said`:
  // the name opening the appositive speaks, with the place it works at after it.
  const lead = named[0];
  if (lead && !ctx.text.slice(segStart, lead.span.start).trim() && AFFILIATION.test(ctx.text.slice(lead.span.end, from + body.length))) {
    return { written: ctx.text.slice(lead.span.start, from + body.length), start: lead.span.start };
  }
  // The same with a name the entity layer did not mark as a person (or ran into the affiliation).
  const seg = ctx.text.slice(segStart, from + body.length);
  const unknown = !lead && NAME_THEN_AFFILIATION.exec(seg);
  if (unknown) {
    const at = segStart + unknown[0].indexOf(unknown[1]!);
    return { written: ctx.text.slice(at, from + body.length), start: at };
  }
  const pre = body.slice(0, comma);
  const at = lastBoundary(pre);
  const phrase = pre.slice(at);
  const words = phrase.trim().split(/\s+/);
  if (!phrase.trim() || words.length > 8 || PREPOSITIONS.has(words[0]!.toLowerCase())) return null;
  return { written: ctx.text.slice(from + at, from + comma), start: from + at };
}

/** A name's affiliation up to the appositive's closing comma: ` of Amstel University`, ` at the Met Office`. */
const AFFILIATION = /^\s+(?:of|at|from|with|for|in)\s[^,;:"“”]{1,80}$/i;
const NAME_THEN_AFFILIATION = /^\s*(\p{Lu}[\p{L}'’-]+(?:\s+(?:(?:de|da|van|von|der|den|al|el|bin|le|la|du|di)\s+)?\p{Lu}[\p{L}'’-]+){1,3})\s+(?:of|at|from)\s[^,;:"“”]{1,80}$/u;

/** The noun phrase a `, who` clause hangs on: `one person familiar with the talks` in `according to one person ..., who said`. */
function antecedentOfWho(ctx: QuoteContext, from: number, s: string): Written | null {
  const at = lastBoundary(s);
  const lead = /^\s*(?:according\s+to\s+)?/i.exec(s.slice(at))![0].length;
  const phrase = s.slice(at + lead);
  const words = phrase.trim().split(/\s+/);
  if (!phrase.trim() || words.length > 10 || PREPOSITIONS.has(words[0]!.toLowerCase())) return null;
  // `said Tomas Berg, an analyst at Fjord Capital, who called`: the appositive is the name before it.
  const comma = /,\s*$/.exec(s.slice(0, at));
  if (comma) {
    const named = ctx.mentions.before(from + comma.index, 1)[0];
    if (named?.entity.kind === 'person' && named.span.end === from + comma.index) return { written: ctx.text.slice(named.span.start, named.span.end), start: named.span.start };
  }
  return { written: ctx.text.slice(from + at + lead, from + s.length), start: from + at + lead };
}

/** The subject of an earlier finite speech verb in the sentence, else the sentence's own subject. */
function mainClause(ctx: QuoteContext, sentence: Sentence, from: number, s: string, depth: number): Written | null {
  if (depth < 2) {
    let last = -1;
    const re = speechVerbs();
    for (let m = re.exec(s); m; m = re.exec(s)) if (SPEECH_VERB_RE.test(m[0])) last = m.index;
    if (last >= 0) return subjectOfVerb(ctx, sentence, from + last, depth + 1);
  }
  return sentenceSubject(ctx, sentence);
}

/** Where the phrase before a verb starts: after the last comma, quotation mark, or clause word. */
function lastBoundary(s: string): number {
  const re = /[,;:(“”"—–]|\b(?:and|but|or|that|which|what|who|whom|because|while|when|where|after|before|as|if|since|although|though|so)\b/gi;
  let at = 0;
  for (let m = re.exec(s); m; m = re.exec(s)) at = m.index + m[0].length;
  return at;
}
