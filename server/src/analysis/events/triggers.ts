/**
 * Words that name a happening, mapped to a kind. Two dates can only be compared when they place
 * happenings of the same kind; the kinds are deliberately coarse (a "meeting" and "talks" are one
 * kind) and the participants, place and wording tell two meetings apart.
 */
const KINDS: Record<string, string> = {};

function kind(name: string, words: string): void {
  for (const w of words.trim().split(/\s+/)) KINDS[w] = name;
}

kind('meeting', 'meet meets met meeting meetings talks talk summit session sessions conference briefing briefed negotiations negotiate negotiated gathering hearing');
kind('vote', 'vote votes voted voting ballot referendum');
kind('election', 'election elections elected');
kind('closure', 'close closes closed closing closure shut shuts shutting');
kind('opening', 'open opens opened opening reopen reopens reopened reopening inaugurated inauguration');
kind('signing', 'sign signs signed signing agreement deal accord treaty');
kind('groundbreaking', 'groundbreaking ground-breaking ground');
kind('attack', 'strike strikes struck airstrike airstrikes attack attacks attacked bombing bombed shelling shelled raid raided launched offensive');
kind('evacuation', 'evacuate evacuated evacuation evacuations');
kind('flood', 'flood floods flooded flooding burst');
kind('peak', 'peak peaks peaked crest crested');
kind('arrival', 'arrive arrives arrived arrival reached landed');
kind('departure', 'leave left depart departed departure');
kind('activation', 'activate activates activated activation triggered');
kind('statement', 'said says told announced announcement statement declared warned insisted reported pledged accused confirmed denied appealed urged remarks speech spoke speaking');
kind('construction', 'construction construct constructed build built building');
kind('production', 'production produce produced manufacturing');
kind('founding', 'founded established founding');
kind('return', 'return returns returned returning');
kind('inspection', 'inspect inspected inspection inspections');
kind('deferral', 'postpone postponed postponement defer deferred delay delayed');
kind('ruling', 'ruling ruled verdict sentenced convicted acquitted judgment');
kind('resignation', 'resign resigned resignation quit');
kind('appointment', 'appoint appointed appointment named');
kind('death', 'killed died death deaths');
kind('release', 'release released publish published');
kind('install', 'install installed installation');
kind('suspension', 'suspend suspends suspended suspension halt halts halted stop stops stopped');
kind('pullout', 'withdraw withdrew withdrawal');

/** Multi-word triggers, tried before single words. */
const PHRASES: [RegExp, string][] = [
  [/\bbr(?:oke|eak|eaks|eaking)\s+ground\b/i, 'groundbreaking'],
  [/\bcame\s+together|come\s+together\b/i, 'meeting'],
  [/\bburst\s+its\s+banks\b/i, 'flood'],
  [/\bforced\s+(?:out|from)\b/i, 'evacuation'],
  [/\bpull(?:ed|s)?\s+out\b/i, 'pullout'],
  [/\bput\s+off\b/i, 'deferral'],
  [/\bdrop-in\s+session\b/i, 'meeting'],
];

export interface Trigger {
  readonly kind: string;
  readonly index: number;
  readonly text: string;
}

/** Every trigger in a clause, in order. */
export function findTriggers(clause: string): Trigger[] {
  const out: Trigger[] = [];
  for (const [re, k] of PHRASES) {
    const m = re.exec(clause);
    if (m) out.push({ kind: k, index: m.index, text: m[0] });
  }
  const word = /[\p{L}-]+/gu;
  for (let m = word.exec(clause); m; m = word.exec(clause)) {
    const k = KINDS[m[0].toLowerCase()];
    if (k && !out.some((t) => m!.index >= t.index && m!.index < t.index + t.text.length)) out.push({ kind: k, index: m.index, text: m[0] });
  }
  return out.sort((a, b) => a.index - b.index);
}
