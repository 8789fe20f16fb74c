import { capital, coin, int, pick, pickSkewed, rng } from './random';
import { filler, quotation, type Cast } from './prose';

/**
 * A deterministic newsroom workspace for the benchmark. Articles (300 to 3,000 words, most under
 * 1,500) belong to stories; a story has its people (drawn from one shared pool, a few of them in
 * stories everywhere), an organisation, a place, a happening on one day and what was said about
 * it. Articles of a story copy its quotations (now and then altered or cut), date the happening
 * relative to their own dateline (`on Tuesday`) or absolutely, and a few date it wrongly. One
 * line of the prime minister's is carried by `carriers` articles, for references at scale. The
 * keystroke article (3,000 words) conflicts with two partners over two happenings.
 */

export interface Corpus {
  readonly files: readonly { readonly name: string; readonly text: string }[];
  /** Index of the 3,000-word article the keystroke benchmark edits, and of its two partners. */
  readonly keystroke: number;
  readonly partners: readonly number[];
  /** The quotation carried by many articles (`carriers` of them), and one article carrying it. */
  readonly famous: { readonly words: string; readonly carrier: number; readonly carriers: number };
  /** In the keystroke article: the date phrase to toggle (conflict on/off) and its alternative. */
  readonly toggle: { readonly from: string; readonly to: string };
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const ROLES = ['chief executive', 'council leader', 'transport minister', 'harbour master', 'union organiser', 'spokeswoman', 'spokesman', 'head teacher', 'police chief', 'mayor', 'health secretary', 'chair of the committee'];
const OUTLETS = ['Harbour Gazette', 'Coastal Wire', 'Northline News', 'Evening Courier', 'Island Voice', 'Daily Ledger', 'Valley Times', 'Metro Post'];
const GIVEN = ['Anna', 'Boris', 'Clara', 'Daniel', 'Elena', 'Felix', 'Greta', 'Hugo', 'Ingrid', 'Jonas', 'Katja', 'Lars', 'Marta', 'Nils', 'Olga', 'Pavel', 'Rosa', 'Samir', 'Tilda', 'Viktor', 'Wanda', 'Yusuf', 'Priya', 'Owen', 'Ruth', 'Tomas', 'Hannah', 'Peter', 'Maria', 'Colin'];
const HAPPENINGS: readonly { kind: string; line: (c: Cast, d: string) => string }[] = [
  { kind: 'vote', line: (c, d) => `${c.org} councillors voted ${d} to close the ${c.topic} bridge to traffic, after a report by ${c.people[0]!.role} ${c.people[0]!.name}.` },
  { kind: 'strike', line: (c, d) => `Workers at ${c.org} went on strike ${d} over the ${c.topic} pay offer, closing depots across ${c.place}.` },
  { kind: 'meeting', line: (c, d) => `${c.people[0]!.name} met ${c.people[1]!.name} ${d} in ${c.place} to discuss the ${c.topic} dispute.` },
  { kind: 'fire', line: (c, d) => `A fire broke out at the ${c.topic} depot run by ${c.org} in ${c.place} ${d}, and nobody was hurt.` },
  { kind: 'signing', line: (c, d) => `${c.org} signed the ${c.topic} contract ${d} in ${c.place}, ending months of talks.` },
  { kind: 'resignation', line: (c, d) => `${c.people[0]!.name} resigned ${d} as ${c.people[0]!.role} of ${c.org} over the ${c.topic} affair.` },
];

interface Story extends Cast {
  readonly day: number;
  readonly happening: (typeof HAPPENINGS)[number];
  readonly quotes: readonly { readonly words: string; readonly who: number }[];
}

const DAY = 86_400_000;
const EPOCH = Date.UTC(2023, 0, 2);
const dayOf = (n: number) => new Date(EPOCH + n * DAY);
const longDate = (d: Date) => `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;

export function generateCorpus(n: number, seed = 2024): Corpus {
  const r = rng(seed);
  const people = Array.from({ length: Math.max(300, Math.floor(n / 4)) }, () => ({ name: `${pick(r, GIVEN)} ${capital(coin(r, int(r, 2, 3)))}`, role: pick(r, ROLES) }));
  const places = Array.from({ length: Math.max(60, Math.floor(n / 40)) }, () => `${pick(r, ['Port ', 'North ', 'Upper ', '', '', ''])}${capital(coin(r, 2))}`);
  const orgs = Array.from({ length: Math.max(60, Math.floor(n / 40)) }, () => `${capital(coin(r, 2))} ${pick(r, ['Council', 'Ferries', 'Transport', 'Health Trust', 'Holdings', 'Water'])}`);
  const stories: Story[] = Array.from({ length: Math.max(20, Math.floor(n / 5)) }, () => {
    const cast: Cast = { people: [pickSkewed(r, people), pickSkewed(r, people), pick(r, people)], org: pick(r, orgs), place: pick(r, places), topic: coin(r, 3) };
    return { ...cast, day: int(r, 0, 900), happening: pick(r, HAPPENINGS), quotes: Array.from({ length: int(r, 2, 4) }, () => ({ words: quotation(r, cast), who: int(r, 0, 2) })) };
  });
  const pm = { name: 'Helena Marsh', role: 'Prime Minister' };
  const famousWords = 'We will build the homes this country needs, and we will build them where people want to live and work';
  const carriers = Math.min(1000, Math.max(10, Math.floor(n / 10)));
  const stride = Math.max(1, Math.floor(n / carriers));
  const keystroke = Math.min(7, n - 3);
  const partners = [keystroke + 1, keystroke + 2];
  const special = stories[0]!;

  const files: { name: string; text: string }[] = [];
  for (let i = 0; i < n; i++) {
    const ar = rng(seed * 7919 + i);
    const story = i === keystroke || partners.includes(i) ? special : stories[1 + Math.floor(ar() * (stories.length - 1))]!;
    const words = i === keystroke ? 3000 : Math.round(300 + 2700 * ar() ** 2.2);
    const lag = i === keystroke || partners.includes(i) ? 2 : int(ar, 0, 3);
    const published = dayOf(story.day + lag);
    const event = dayOf(story.day);
    const lines: string[] = [];
    const undated = ar() < 0.02 && i !== keystroke && !partners.includes(i);
    const outlet = pick(ar, OUTLETS);
    lines.push(outlet, ...(undated ? [] : [`Published: ${longDate(published)}`]), `By ${pick(ar, people).name}`, '', `${capital(story.topic)} row: ${story.org} faces questions in ${story.place}`, '');
    const wire = ar() < 0.3;
    // How the happening is dated: a weekday against the dateline, or the date itself; 4% wrong by a day.
    let shift = ar() < 0.04 ? 1 : 0;
    if (i === partners[0]) shift = 1;
    const day = dayOf(story.day + shift);
    const when = lag > 0 && lag < 6 && ar() < 0.7 ? `on ${WEEKDAYS[day.getUTCDay()]}` : `on ${MONTHS[day.getUTCMonth()]} ${day.getUTCDate()}`;
    const lead = story.happening.line(story, i === keystroke ? `on ${WEEKDAYS[event.getUTCDay()]}` : when);
    lines.push(wire ? `${story.place.toUpperCase()}, ${MONTHS[published.getUTCMonth()]} ${published.getUTCDate()} (${outlet}) - ${lead}` : lead, '');
    const curly = ar() < 0.6;
    const [open, close] = curly ? ['“', '”'] : ['"', '"'];
    const quoteLine = (q: { words: string; who: number }, k: number, altered: boolean) => {
      const who = story.people[q.who]!;
      let words = q.words;
      if (altered) {
        const ws = words.split(' ');
        ws[Math.floor(ws.length / 2)] = coin(ar, 2);
        words = ws.join(' ');
      }
      return k % 2 ? `${who.name.split(' ')[1]} said: ${open}${words}.${close}` : `${open}${words},${close} said ${who.role} ${who.name}.`;
    };
    let count = lines.join(' ').split(/\s+/).length;
    const body: string[] = [];
    story.quotes.forEach((q, k) => {
      if (ar() < 0.75 || i === keystroke) body.push(quoteLine(q, k, (i === keystroke && k === 0) || ar() < 0.08));
    });
    if (i % stride === 0 && Math.floor(i / stride) < carriers) body.push(`${pm.role} ${pm.name} said: ${open}${famousWords}.${close}`);
    if (i === keystroke) body.push(HAPPENINGS[1]!.line({ ...story, topic: 'keelwater' }, 'on Monday'));
    if (i === partners[1]) body.push(HAPPENINGS[1]!.line({ ...story, topic: 'keelwater' }, 'on Sunday'));
    count += body.join(' ').split(/\s+/).length;
    const paragraphs: string[] = [];
    while (count < words) {
      const para = filler(ar, story, people, places, orgs);
      paragraphs.push(para);
      count += para.split(/\s+/).length;
    }
    // Quotations spread through the copy, as reporters place them.
    body.forEach((b, k) => paragraphs.splice(Math.floor(((k + 1) * paragraphs.length) / (body.length + 1)) + k, 0, b));
    lines.push(...paragraphs.flatMap((p) => [p, '']));
    if (wire) lines.push(`(Reporting by ${pick(ar, people).name}; Editing by ${pick(ar, people).name})`);
    files.push({ name: `${String(Math.floor(i / 1000)).padStart(3, '0')}/${String(i).padStart(6, '0')}-${story.topic}.txt`, text: lines.join('\n') });
  }
  const famousCarrier = stride * 3 === keystroke ? stride * 4 : stride * 3;
  return { files, keystroke, partners, famous: { words: famousWords, carrier: Math.min(famousCarrier, (carriers - 1) * stride), carriers }, toggle: { from: 'on Monday', to: 'on Sunday' } };
}
