import { describe, expect, it } from 'vitest';
import { analyseArticle } from '../../../server/src/analysis';

// Header lines use '|' themselves, so these articles are analysed without cursor markers.
const header = (text: string) => analyseArticle(text).header;
const headline = (text: string) => header(text).headline?.value ?? null;
const source = (text: string) => header(text).source?.value ?? null;

// Failures found on pages nobody tuned on (heldout, heldout2), each written as the general case.
describe('header on unseen pages: the outlet', () => {
  it('never takes share buttons or a section breadcrumb for the outlet', () => {
    const tabloid = 'Daily Clarion\nHome > Sport > Football\n\nShare on Facebook | Share on X | WhatsApp | Email | 214 comments\n\n' +
      'CUP KINGS! Late winner ends 27-year wait\n\nBy Craig Dunphy, Football Reporter\n18:30, Sun, May 18, 2025\n\nKettleby won the cup yesterday.';
    expect(source(tabloid)).toBe('Daily Clarion');
    const local = 'KIRKFIELD EXAMINER\nNews | Courts\n\nCare boss faces jail after jury convicts him\n\nBy Joanne Whitworth, Courts Reporter\nPublished: 8 February 2025, 07:00\n\nThe former boss was convicted.';
    expect(source(local)).toBe('KIRKFIELD EXAMINER');
  });

  it('takes the name line over a breadcrumb or tagline, and the name a blog\'s tagline gives', () => {
    expect(source('Ashcombe & Eden Gazette\nNews › Health\nPublished: 13 March 2025, 08:30\nBy Liam Fenwick\n\nMaternity unit: what happens now?\n\nMothers-to-be have been told to travel.')).toBe('Ashcombe & Eden Gazette');
    expect(source('MILLBROOK MATTERS\nA weekly newsletter about life in Millbrook\nIssue 212 | Friday, March 21, 2025 | by Rosa Delgado\n\nHi neighbors. Most emails were about water.')).toBe('MILLBROOK MATTERS');
    expect(source('---\ntitle: "Seventeen minutes"\nauthor: Jess Fairclough\ndate: 2025-05-20\n---\n\n# Seventeen minutes\n\n*Up The Kettle: an unofficial Kettleby United fan blog*\n\nI have supported this club for 31 years.')).toBe('Up The Kettle');
  });

  it('names a release\'s issuer: its SOURCE sign-off, else the About section of the company its lead opens on', () => {
    const release = (signOff: string) => 'FOR IMMEDIATE RELEASE\n\nVantrell to Acquire Oakhurst Instruments\n\n' +
      'Boston, 12 August 2025 /PRNewswire/ -- Vantrell Corp. (NYSE: VNTL) today announced a definitive agreement to acquire Oakhurst Instruments plc.\n\n' +
      'Vantrell will host a call today.\n\nAbout Vantrell\nVantrell Corp. makes industrial controls.\n\nAbout Oakhurst Instruments\nOakhurst designs sensors.\n\n' +
      `Media contact:\nDana Kirsch, Vantrell Corp.\n${signOff}`;
    expect(source(release('SOURCE Vantrell Corp.'))).toBe('Vantrell Corp.');
    expect(source(release(''))).toBe('Vantrell');
  });

  it('never takes a draft\'s slug or desk notes for the outlet or the headline', () => {
    const h = header('SLUG: QUAKE-SCHOOLS\nDRAFT 2 -- not for publication -- [TK: desk to confirm run date]\nBy Naomi Achterberg\n\n' +
      'Hayase\'s three primary schools will stay shut until engineers have inspected every classroom, Mayor Ryuuji Kanemoto said on Friday. [TK: confirm day]\n\nThe schools have sheltered 1,100 people.');
    expect([h.source?.value ?? null, h.headline?.value ?? null]).toEqual([null, null]);
    expect(headline('MATERNITY -- draft 3 -- NOT FOR PUBLICATION\nReporter: Nadia Brook\nDesk: check the Garvey quote; still need the trust\'s figures\n\n' +
      'Families weigh a long drive as births stop\n\nFamilies in Ashcombe are working out how they will reach hospital.')).toBe('Families weigh a long drive as births stop');
  });
});

describe('header on unseen pages: the headline', () => {
  it('takes a column\'s headline written as sentences, not the standfirst under it', () => {
    const column = 'THE NORTHERN REVIEW | Opinion\n\nFellgate was not a rogue firm. It was a warning.\n\n' +
      'The system that paid Bill Hardacre never once checked whether a carer had turned up\n\nAlan Thewlis\nMonday 24 February 2025\n\n' +
      'When William Hardacre was jailed on Thursday, the families got something like an answer.';
    expect(headline(column)).toBe('Fellgate was not a rogue firm. It was a warning.');
  });

  it('never takes a hard-wrapped standfirst or the first sentence of the body', () => {
    const feature = 'LONGITUDE\nThe Long Read | Saturday 4 October 2025\n\nThe town that lost its map\n\n' +
      'Three weeks after the Hayase earthquake, a Japanese town is learning to\nlive with a fault that nobody knew was there.\n\nBy Thomas Keel\n\n' +
      'At 4.12am on 16 September, Haru Nishida was asleep on the ground floor.';
    expect(headline(feature)).toBe('The town that lost its map');
  });

  it('takes a question headline under the byline, not the outlet line above a breadcrumb', () => {
    expect(headline('Ashcombe & Eden Gazette\nNews › Health\nPublished: 13 March 2025, 08:30\nBy Liam Fenwick\n\nAshcombe maternity unit: what happens now?\n\n' +
      'Share this article: Facebook | X | WhatsApp | Email\n\nMothers-to-be in Ashcombe have been told to prepare for a 38-mile journey.')).toBe('Ashcombe maternity unit: what happens now?');
  });

  it('takes a tabloid\'s headline in capitals right above the byline', () => {
    expect(headline('The Morning Bugle\nHome > News > Crime\n\nShare on Facebook | Share on X | Email\n\nHERO GRAN, 82, FIGHTS OFF KNIFE BURGLAR WITH WALKING STICK\n\n' +
      'By Dave Pratt, Crime Reporter\n09:12, Tue, Apr 8, 2025\n\nA plucky pensioner fought off a burglar, police said.')).toBe('HERO GRAN, 82, FIGHTS OFF KNIFE BURGLAR WITH WALKING STICK');
  });

  it('never takes a programme\'s name beside a broadcast date for the byline', () => {
    expect(header('Northern Radio\nThe Morning Briefing\nBroadcast: Friday 11 April 2025, 07:10\n\nPRESENTER: Good morning.\n\nBLAIR: We have no money left.').byline).toBeNull();
  });

  it('still takes a tagline-free outlet\'s headline nearest the byline (a kicker or tagline above it)', () => {
    expect(headline('RiverWatch Iberia\nFloods, droughts and the people who live with them\n\nCastromaya: what we know so far\nPosted on 7 March 2024 by Clara Fuentes\n\nThe river rose.')).toBe('Castromaya: what we know so far');
  });
});

describe('header on unseen pages: a release dated between dashes, a shared live byline (heldout3, first contact)', () => {
  it('reads a press release dateline with the place and the date each closed by a dash', () => {
    const h = header('PRESS RELEASE\nFOR IMMEDIATE RELEASE\n\nAcme completes takeover of Harton Town\n\nHARTON, England – 5 November 2025 – Acme Holdings today completed its takeover.');
    expect(h.published?.value).toBe('2025-11-05');
    expect(h.dateline?.place).toBe('HARTON, England');
  });

  it('takes both names of a shared byline, and a live blog\'s "Live reporting by"', () => {
    expect(header('VALE NEWS -- LIVE\n\nStrike, day two\nLive updates | Tuesday 21 October 2025\nLive reporting by Ada Obi and Tom Reed\n\nPickets returned.').byline?.value).toBe('Ada Obi and Tom Reed');
    expect(header('Bridge shut\n\nBy Hannah Lowe, Local Democracy Reporter\n\nThe bridge shut.').byline?.value).toBe('Hannah Lowe');
  });
});
