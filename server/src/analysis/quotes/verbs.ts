/**
 * Verbs of attribution as news copy writes them. Three groups, because the word order they allow
 * differs: any of them can follow its speaker (`Toner said`, `Ashdown told reporters`); only the
 * intransitive ones can come first (`said Peter Hallam`, never `told reporters Hallam`); the
 * participles hang off the main clause, whose subject speaks (`Churkin ..., saying, "..."`).
 */
const INVERTIBLE =
  'said says added adds asked asks warned warns insisted insists argued argues explained explains stated states ' +
  'noted notes claimed claims announced announces declared declares wrote writes replied replies continued ' +
  'continues recalled recalls remarked remarks acknowledged acknowledges admitted admits conceded concedes ' +
  'confirmed confirms stressed stresses responded responds commented comments complained complains cautioned ' +
  'quipped joked observed countered reiterated repeated emphasised emphasized predicted suggested lamented ' +
  'tweeted posted shouted yelled whispered testified reported';

const TRANSITIVE =
  'told tells urged urges accused accuses expressed expresses described describes promised promises pledged ' +
  'pledges vowed vows appealed appeals denied denies called calls assured assures reminded reminds informed ' +
  'informs briefed';

const PARTICIPLES =
  'saying adding warning insisting arguing noting claiming urging accusing telling explaining replying ' +
  'calling pledging vowing describing stressing recalling acknowledging admitting promising asking declaring';

const alternation = (words: string): string => words.trim().split(/\s+/).sort((a, b) => b.length - a.length).join('|');

/** Any finite verb of attribution. */
export const SPEECH_VERB = `(?:${alternation(`${INVERTIBLE} ${TRANSITIVE}`)}|put it)`;
/** Verbs that may come before their speaker. */
export const INVERTED_VERB = `(?:${alternation(INVERTIBLE)})`;
/** A participle of attribution: its subject is the main clause's. */
export const PARTICIPLE = `(?:${alternation(PARTICIPLES)})`;

const SPEECH_VERBS = new RegExp(`\\b(?:${SPEECH_VERB}|${PARTICIPLE})\\b`, 'gi');

/** Any verb of attribution, finite or participle, as a global search (one compiled pattern, reset). */
export function speechVerbs(): RegExp {
  SPEECH_VERBS.lastIndex = 0;
  return SPEECH_VERBS;
}

/** Nouns that carry words (`issued a joint plea "..."`, `in a statement: "..."`): their sentence's subject speaks. */
export const SPEECH_NOUN =
  /\b(?:statement|plea|appeal|call|warning|message|letter|promise|pledge|vow|demand|request|tweet|post|remarks|comments?|speech|briefing|interview|note|memo|reply|response|message)s?\b[^"“”‘’]{0,40}$/i;

/** Words between a speaker and the verb that are not part of the speaker (`Lavrov had warned`, `she also said`). */
export const BETWEEN =
  '(?:\\s+(?:also|later|then|again|previously|once|has|have|had|would|will|has\\s+since|reportedly|repeatedly|publicly|privately|' +
  'flatly|firmly|simply|recently|earlier|separately|finally|initially|subsequently|quickly|angrily|[a-z]{4,}ally))*';
