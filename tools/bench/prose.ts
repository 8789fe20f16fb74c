import { capital, coin, int, pick, pickSkewed, type Rng } from './random';

/** Who and what a story is about: the slots its sentences are filled from. */
export interface Cast {
  readonly people: readonly { readonly name: string; readonly role: string }[];
  readonly org: string;
  readonly place: string;
  /** A rare word of the story's own (the project, the scheme), so its articles share wording. */
  readonly topic: string;
}

type Person = Cast['people'][number];

const NOUNS = ['service', 'bridge', 'road', 'school', 'hospital', 'ferry', 'library', 'budget', 'contract', 'station', 'harbour', 'market', 'clinic', 'programme', 'depot', 'pier', 'reservoir', 'timetable', 'inquiry', 'report'];
const ADJS = ['new', 'old', 'local', 'regional', 'delayed', 'expensive', 'temporary', 'independent', 'urgent', 'revised', 'annual', 'public'];
const VERBS = ['review', 'fund', 'close', 'reopen', 'inspect', 'delay', 'replace', 'protect', 'expand', 'cut'];

/**
 * One paragraph of ordinary reporting: background, figures, reactions and the odd date, with the
 * story's people, organisation and place and the shared pools, the way copy mixes them.
 */
export function filler(r: Rng, c: Cast, people: readonly Person[], places: readonly string[], orgs: readonly string[]): string {
  const n = int(r, 1, 4);
  const out: string[] = [];
  for (let i = 0; i < n; i++) out.push(sentence(r, c, people, places, orgs));
  return out.join(' ');
}

function sentence(r: Rng, c: Cast, people: readonly Person[], places: readonly string[], orgs: readonly string[]): string {
  const p = r() < 0.6 ? pick(r, c.people) : pickSkewed(r, people);
  const surname = p.name.split(' ')[1]!;
  const noun = pick(r, NOUNS);
  const adj = pick(r, ADJS);
  const place = r() < 0.6 ? c.place : pick(r, places);
  const org = r() < 0.6 ? c.org : pick(r, orgs);
  const year = int(r, 1998, 2022);
  const num = int(r, 2, 950);
  switch (int(r, 0, 15)) {
    case 0: return `The ${noun} in ${place} has been under pressure since ${year}, when ${org} first raised concerns about the ${c.topic} scheme.`;
    case 1: return `${surname} said the plan would cost about ${num} million pounds over the next ${int(r, 2, 12)} years.`;
    case 2: return `According to figures published by ${org}, ${num} households in ${place} were affected by the ${adj} ${noun} arrangements.`;
    case 3: return `Residents told reporters that the ${noun} had changed little in the past decade, and that few people trusted the ${adj} figures.`;
    case 4: return `Critics, including ${p.role} ${p.name}, argue that the ${c.topic} project was rushed through without a proper ${noun} assessment.`;
    case 5: return `The ${noun} is ${int(r, 3, 90)} years old and its last renovation cost ${num},000 pounds.`;
    case 6: return `Officials at ${org} declined to comment on the ${adj} ${noun} last week.`;
    case 7: return `Local businesses said trade had fallen by ${int(r, 3, 60)} per cent since the spring, and some had cut their opening hours.`;
    case 8: return `A spokesperson for ${org} said the organisation would ${pick(r, VERBS)} its ${noun} policy before the end of the year.`;
    case 9: return `The debate is expected to continue at the ${org} board's next sitting in ${place}.`;
    case 10: return `Campaigners have gathered ${num} signatures calling for the ${c.topic} ${noun} to be kept open.`;
    case 11: return `${capital(adj)} ${noun.replace(/y$/, 'ie')}s across ${place} remain closed while engineers assess the damage, ${surname} said.`;
    case 12: return `A similar ${noun} in ${pick(r, places)} stayed out of use for ${int(r, 2, 11)} months after a ${adj} report found faults.`;
    case 13: return `${p.name}, who has worked as ${p.role} for ${int(r, 2, 20)} years, said the ${noun} was "not fit for purpose".`;
    case 14: return `The ${coin(r, 2)} ${noun}, which serves about ${num} people, will be discussed again by ${org} in ${pick(r, ['June', 'September', 'the autumn', 'the new year'])}.`;
    default: return `Mr ${surname} did not respond to a request for comment, but ${org} said it was working with ${pick(r, orgs)} on a ${adj} plan.`;
  }
}

/**
 * A quotation of two or three clauses, each drawn from many and filled with the story's own words,
 * so that quotations of different stories share stock phrases but never their whole wording.
 */
export function quotation(r: Rng, c: Cast): string {
  const noun = () => pick(r, NOUNS);
  const clauses = [
    () => `we will not ${pick(r, VERBS)} the ${c.topic} ${noun()} until every ${noun()} in ${c.place} has been checked`,
    () => `people in ${c.place} have waited ${int(r, 2, 15)} years for a ${pick(r, ADJS)} ${noun()}`,
    () => `this is about the safety of everyone who uses the ${c.topic} ${noun()}`,
    () => `nobody at ${c.org} wanted this outcome`,
    () => `the ${c.topic} plan was never properly costed`,
    () => `the ${noun()} will pay the price for ${coin(r, 2)} years to come`,
    () => `I have spoken to ${int(r, 3, 90)} families in ${c.place} and not one of them supports the ${c.topic} ${noun()}`,
    () => `${c.org} has known about the ${coin(r, 2)} problem since ${int(r, 2001, 2022)}`,
    () => `the ${pick(r, ADJS)} figures for the ${noun()} simply do not add up`,
    () => `we asked for a ${coin(r, 2)} review and we were told to wait`,
    () => `the ${c.topic} ${noun()} carried ${int(r, 100, 9000)} people a day before the ${coin(r, 2)} works began`,
    () => `${c.place} deserves better than another ${pick(r, ['delay', 'consultation', 'promise', 'report'])}`,
  ];
  const n = int(r, 2, 3);
  const out: string[] = [];
  const used = new Set<number>();
  while (out.length < n) {
    const i = int(r, 0, clauses.length - 1);
    if (used.has(i)) continue;
    used.add(i);
    out.push(clauses[i]!());
  }
  const text = out.join(r() < 0.5 ? ', and ' : '; ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}
