/**
 * Words that name a happening, mapped to a kind. Two dates can only be compared when they place
 * happenings of the same kind; the kinds are deliberately coarse (a "meeting" and "talks" are one
 * kind) and the participants, place, modifiers and wording tell two meetings apart.
 */
export const KINDS = new Map<string, string>();

function kind(name: string, words: string): void {
  for (const w of words.trim().split(/\s+/)) KINDS.set(w, name);
}

kind('meeting', 'meet meets met meeting meetings talks summit summits session sessions conference briefing negotiations negotiate negotiated gathering consultations');
kind('vote', 'vote votes voted voting ballot ballots referendum plebiscite');
kind('election', 'election elections elected re-elected polls primary primaries runoff by-election caucus caucuses');
kind('closure', 'close closes closed closing closure shut shuts shutting shutdown');
kind('opening', 'open opens opened opening reopen reopens reopened reopening inaugurated inauguration unveiled unveiling');
kind('agreement', 'agreed sign signs signed signing agreement agreements deal deals accord accords treaty treaties pact ceasefire truce armistice');
kind('attack', 'strike strikes struck airstrike airstrikes air-strike attack attacks attacked bombing bombings bombed shelling shelled raid raids raided offensive assault invasion invaded shooting ambush ambushed');
kind('explosion', 'explosion explosions blast blasts exploded detonated');
kind('evacuation', 'evacuate evacuated evacuation evacuations');
kind('flood', 'flood floods flooded flooding floodwaters');
kind('storm', 'storm storms hurricane typhoon cyclone tornado');
kind('earthquake', 'earthquake earthquakes quake quakes tremor tremors aftershock');
kind('fire', 'fire fires wildfire wildfires blaze blazes');
kind('crash', 'crash crashes crashed collision collided derailed derailment capsized sank');
// Verbs that say something happened without saying what: their subject names the happening.
kind('happening', 'began begun begins started starts ended ends resumed resumes concluded collapsed collapses');
kind('peak', 'peak peaks peaked crest crested');
kind('arrival', 'arrive arrives arrived arrival reached landed');
kind('departure', 'depart departed departure');
kind('travel', 'visit visits visited visiting trip tour toured fly flew flown travel travelled traveled travelling traveling');
kind('activation', 'activate activates activated activation triggered invoked');
kind('statement', 'said says told showed shows announced announcement statement declared warned insisted reported pledged accused confirmed denied appealed urged remarks speech spoke speaking stated claimed acknowledged admitted argued noted stressed added wrote tweeted posted plea interview testified testimony');
kind('decision', 'decide decides decided decision');
kind('approval', 'approve approves approved approval ratify ratified ratification enacted endorsed');
kind('lawsuit', 'lawsuit lawsuits sued sue sues');
kind('construction', 'construction construct constructed build built building');
kind('production', 'production produce produced manufacturing');
kind('founding', 'founded established founding');
kind('return', 'return returns returned returning');
kind('inspection', 'inspect inspected inspection inspections audit audited');
kind('deferral', 'postpone postponed postponement defer deferred delay delayed adjourned');
// Courts: a verdict, a sentence and a ruling are different happenings of one case, days apart.
kind('ruling', 'ruling rulings ruled judgment judgement overturned upheld');
kind('verdict', 'verdict verdicts convicted conviction convictions acquitted acquittal');
kind('sentencing', 'sentenced sentencing jailed imprisoned');
kind('deliberation', 'deliberate deliberated deliberating deliberation deliberations');
kind('plea', 'pleaded pled');
kind('trial', 'trial trials hearing hearings indicted indictment charged arraigned');
kind('arrest', 'arrest arrests arrested detained detention');
kind('resignation', 'resign resigns resigned resignation quit');
kind('appointment', 'appoint appointed appointment nominated nomination sworn');
kind('dismissal', 'sacked dismissed ousted dismissal');
kind('death', 'killed died death deaths dies');
kind('release', 'release released publish published freed');
// Installing a footbridge and opening it are one happening to a reader.
kind('opening', 'install installed installation');
kind('suspension', 'suspend suspends suspended suspension halt halts halted stop stops stopped');
kind('pullout', 'withdraw withdrew withdrawn withdrawal');
kind('protest', 'protest protests protested demonstration demonstrations rally rallies marched sit-in walkout');
kind('launch', 'launch launches launched launching rollout');
kind('acquisition', 'acquired acquisition acquisitions merger takeover merged');
kind('bankruptcy', 'bankruptcy insolvency');
kind('rescue', 'rescue rescued rescues');
kind('birth', 'born');
kind('retirement', 'retire retires retired retirement');
// Sport: the match, what comes after it, and the moves between clubs.
kind('match', 'final finals semi-final semi-finals match matches fixture fixtures derby kick-off replay play-off play-offs');
kind('victory', 'trophy trophies');
kind('parade', 'parade parades paraded parading procession');
kind('medical', 'medical');
kind('transfer', 'transfer transfers transferred');
// Business beyond deals: a listing ends, a company presents its data.
kind('delisting', 'delist delisted delisting');
kind('presentation', 'present presents presented presenting presentation presentations keynote');
kind('contact', 'contacted');
kind('inquiry', 'inquiry inquiries inquest inquests investigation investigations');
kind('departure', 'fled');
kind('protest', 'march marches marching');
kind('funeral', 'funeral burial buried');
// A discovery (an intrusion detected, a leak discovered) is dated apart from what was discovered.
kind('detection', 'detected detect detects detection spotted discovered discovery');

/** Multi-word triggers, tried before single words (`broke ground`, `went on strike`, `opened fire`). */
export const PHRASES: readonly [RegExp, string][] = [
  [/\bbr(?:oke|eak|eaks|eaking|oken)\s+ground\b/gi, 'groundbreaking'],
  [/\b(?:groundbreaking|ground-breaking)\s+(?:ceremony|ceremonies)\b/gi, 'groundbreaking'],
  [/\b(?:came|come|comes|coming)\s+together\b/gi, 'meeting'],
  [/\bburst\s+its\s+banks\b/gi, 'flood'],
  [/\bforced\s+(?:out|from)\b/gi, 'evacuation'],
  [/\bpull(?:ed|s|ing)?\s+out\b/gi, 'pullout'],
  [/\bput\s+off\b/gi, 'deferral'],
  [/\bdrop-in\s+session\b/gi, 'meeting'],
  [/\b(?:went|go|goes|going)\s+on\s+strike\b/gi, 'walkout'],
  [/\b(?:general|workers|rail|teachers|doctors|nurses)['’]?\s+strikes?\b/gi, 'walkout'],
  [/\bstrike\s+action\b/gi, 'walkout'],
  [/\bopen(?:ed|s)?\s+fire\b/gi, 'attack'],
  [/\b(?:caught|catches|catch)\s+fire\b/gi, 'fire'],
  [/\bstepp(?:ed|ing)\s+down\b|\bsteps\s+down\b/gi, 'resignation'],
  [/\bsworn\s+in\b|\b(?:took|takes|take)\s+(?:office|over|charge)\b/gi, 'appointment'],
  [/\bpassed\s+away\b|\b(?:was|were)\s+found\s+dead\b/gi, 'death'],
  [/\bfound\s+(?:not\s+)?guilty\b|\bcleared\s+of\b/gi, 'verdict'],
  [/\bplead(?:s|ed|ing)?\s+(?:not\s+)?guilty\b/gi, 'plea'],
  [/\bconsider(?:s|ed|ing)?\s+(?:its|their|the)\s+verdicts?\b|\bretired\s+to\s+consider\b/gi, 'deliberation'],
  [/\b(?:pulled|pulls|pull|dragged|freed|brought|carried|lifted|dug|found)\b[^.;!?]{1,40}?\balive\b/gi, 'rescue'],
  // "She was found on the morning of ...": someone missing found, the end of a search.
  [/\b(?:she|he|they|who|survivors?|miners?|child|children|boy|girl|man|woman|hikers?|climbers?)\s+(?:was|were|had\s+been)\s+found\b(?!\s+(?:dead|guilty|not|liable|responsible|to|that|in|with)\b)/gi, 'rescue'],
  [/\b(?:made|make|makes|making|established|establish)\s+contact\b|\bcontact\s+(?:was|were|had\s+been)\s+(?:first\s+|finally\s+)?(?:made|established)\b|\bbr(?:oke|eak|eaks|eaking)\s+through\b(?!\s+(?:police|the\s+police|barriers?|lines?|cordons?))/gi, 'contact'],
  [/\bscor(?:ed|es|ing)\s+(?:the|a|his|her|their)\s+(?:winner|winning\s+goal|equali[sz]er|opener|decider)\b/gi, 'match'],
  [/\b(?:lifted|lifts|won|wins|clinched)\s+(?:a|the|their|its|his|her)\s+(?:first\s+)?(?:major\s+)?(?:trophy|cup|title|league|championship)\b/gi, 'victory'],
  // `gave the go-ahead`, `gave the takeover the green light`.
  [/\bsign(?:ed|s)?\s+off\b|\bg(?:ave|ive|ives)\s+(?:(?:the|its|their|this|that)\s+[\p{L}-]+\s+)?(?:the|its|their)\s+(?:go-ahead|green\s+light)\b/giu, 'approval'],
  // "walked a packed room through the data": a presentation.
  [/\bwalk(?:ed|s|ing)?\s+(?:[\p{L}-]+\s+){1,4}?through\b/giu, 'presentation'],
  [/\b(?:came|come|comes|coming)\s+(?:here|over|to\s+(?=\p{Lu}))/gu, 'arrival'],
  [/\bstruck\s+(?:a|an|the)\s+(?:deal|agreement|accord|bargain)\b/gi, 'agreement'],
  [/\bfiled\s+for\s+(?:bankruptcy|insolvency|chapter\s+11)\b/gi, 'bankruptcy'],
  [/\btook\s+place\b|\btake\s+place\b|\btakes\s+place\b/gi, 'happening'],
  [/\bplayed\s+down\b|\bdownplayed\b/gi, 'statement'],
  [/\b(?:be|is|are|was|were|been)\s+in\s+place\b/gi, 'opening'],
  [/\b(?:cut|cuts|raised|raises|hiked|hikes|lowered|lowers|held|holds|kept|keeps|left|leaves)\s+(?:its\s+|their\s+|the\s+)?(?:key\s+|benchmark\s+|main\s+|policy\s+)?(?:interest\s+)?rates?\b/gi, 'rate decision'],
  [/\b(?:give|gives|gave|giving|given)\s+evidence\b/gi, 'statement'],
  // "The reform, passed in parliament": passed only counts after what a legislature passes (see triggers).
  [/\bpassed\b/gi, 'approval'],
];

/** What a legislature passes: `passed` after one of these is an approval, not `passed away` or `passed by`. */
export const PASSED_OBJECT = /\b(?:bill|law|reform|measure|budget|legislation|motion|resolution|amendment)s?,?\s(?:(?:was|were)\s)?$/i;

/** Words after `launched` that make it an attack rather than a launch (`launched an offensive`). */
export const ATTACK_OBJECTS = /^\s+(?:(?:a|an|the|its|their|his|her)\s+)?(?:(?:new|fresh|major|ground|air|military)\s+)?(?:attack|attacks|offensive|assault|strike|strikes|raid|raids|missiles?|rockets?|drones?|bombardment|counter-?offensive|invasion)\b/i;
/** Subjects that make `struck`/`hit` a natural disaster rather than an attack. */
export const DISASTER_SUBJECT = /\b(?:earthquake|quake|tremor|storm|hurricane|typhoon|cyclone|tornado|lightning|tsunami|flood|floods)\b/i;

/**
 * Nouns that make a preceding trigger a modifier (`production hall`, `meeting room`, `election
 * campaign`): the happening word does not name a happening there.
 */
export const COMPOUND_HEADS = new Set(
  ('hall halls room rooms plant plants site sites centre center campaign campaigns season seasons line lines team teams ' +
    'crew crews official officials spokesman spokeswoman spokesperson venue process plan plans schedule date dates deadline ' +
    'area areas zone zones report reports results figures rate rates level levels capacity facility facilities building ' +
    'costs cost permit permits manager managers minister ministers ministry agenda papers paper machine machines equipment ' +
    'station stations vehicle vehicles truck trucks bus buses ticket tickets victims victim survivors toll warning warnings ' +
    'system systems fighters forces workers crews lawyer lawyers judge judges chamber partner partners talks petition petitions drive drives ' +
    'committee committees commission office department firm firms body').split(' '),
);
