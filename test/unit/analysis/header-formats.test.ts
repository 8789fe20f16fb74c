import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyseArticle } from '../../../server/src/analysis';

// Header lines use '|' themselves, so these articles are analysed without cursor markers.
const header = (text: string) => analyseArticle(text).header;
const published = (text: string) => header(text).published?.value ?? null;

describe('header: publication dates as newsrooms write them', () => {
  it('reads labelled lines, and prefers Published over Updated', () => {
    expect(published('Bridge to close\nPublished: 14 March 2024\nUpdated: 2025-02-03 14:20 GMT\n\nThe bridge will close.')).toBe('2024-03-14');
    expect(published('Bridge to close\n\nHannah Lowe\nFirst published on Thu 14 Mar 2024 09.00 GMT\n\nThe bridge will close.')).toBe('2024-03-14');
    expect(published('Bridge shuts\nPosted by admin on March 14, 2024 at 9:12 am\n\nA bridge was shut.')).toBe('2024-03-14');
  });

  it('takes an Updated line when it is the only date stated', () => {
    const h = header('Bridge to close after vote\nUpdated: 2025-02-03 14:20 GMT\nBy Hannah Lowe\n\nThe bridge will close.');
    expect(h.published?.value).toBe('2025-02-03');
    expect(h.published?.how).toMatch(/Updated/);
  });

  it('reads lines that are only a date, in the forms of the seeds', () => {
    expect(published(' date 2017-04-24 WORLD\nUN and Russian envoys in Geneva\n\nText.')).toBe('2017-04-24');
    expect(published('Russia: Syria meeting aims to isolate extremists\n- by Virginia Carter\n- — Oct 20, 2016\nText.')).toBe('2016-10-20');
    expect(published('Thursday, April 28, 2016\n\nUS-Russia cooperation in Syria\n\nText.')).toBe('2016-04-28');
    expect(published('2024-03-15T11:42:00Z\nNorthline News\n\nTown shuts bridge\n\nText.')).toBe('2024-03-15');
  });

  it('reads the date in a byline or masthead line', () => {
    expect(published('Bridge to close after vote\nBy Jane Doe | March 15, 2024\n\nThe bridge will close.')).toBe('2024-03-15');
    expect(published('# Bridge to close\n\n*By Hannah Lowe, 14 March 2024*\n\nThe bridge will close.')).toBe('2024-03-14');
    const h = header('Bridge to close after vote\nJane Doe · 15 March 2024 · 4 min read\n\nThe bridge will close.');
    expect([h.published?.value, h.byline?.value, h.source]).toEqual(['2024-03-15', 'Jane Doe', null]);
  });

  it('reads datelines: with a year, without one, with a distributor, and with no date at all', () => {
    expect(published('Seeds\n\n21 April 2017 – The US has turned down a meeting.')).toBe('2017-04-21');
    const noYear = header('Portugal bridge shut after cracks found\n\nLISBON, March 3 (Agency) - A bridge was shut on Monday.');
    expect([noYear.published, noYear.dateline?.date, noYear.dateline?.agency, noYear.source?.value]).toEqual([null, 'XXXX-03-03', 'Agency', 'Agency']);
    const placeOnly = header('Portugal bridge shut\n\nLISBON (Agency) - A bridge was shut on Monday, officials said.');
    expect([placeOnly.dateline?.place, placeOnly.dateline?.date, placeOnly.published]).toEqual(['LISBON', null, null]);
  });

  it('takes a year-less dateline\'s year from the feed timestamp or a copyright line, never from nowhere', () => {
    expect(published('Fri 15 Mar 2024 11:42 GMT\nNorthline News -- Regional Desk\n\nTown shuts bridge\n\nKELBOURNE, England, March 15 (Northline News) - A town will close its bridge.')).toBe('2024-03-15');
    const h = header('Portugal bridge shut\n\nLISBON, March 3 (Agency) - A bridge was shut.\n\n© 2024 Agency. All rights reserved.');
    expect(h.published?.value).toBe('2024-03-03');
    expect(h.published?.how).toMatch(/© 2024/);
  });

  it('reads a date that ends the title line of a transcript or programme', () => {
    expect(published('TRANSCRIPT: Island Radio Breakfast, Friday 21 March 2025\n\nPRESENTER: Good morning.')).toBe('2025-03-21');
    expect(published('Council meeting transcript - March 12, 2024\n\nASHDOWN: The motion is carried.')).toBe('2024-03-12');
    expect(published('Issue 212 | Friday, March 21, 2025 | by Rosa Delgado\n\nText.')).toBe('2025-03-21');
  });

  it('never invents a date: dates in the copy are not publication dates', () => {
    expect(published('Bridge to close after vote\n\nOn 5 March 2024, the council met. It voted to close the bridge, built in 1884.')).toBeNull();
    expect(published('DRAFT v2 -- BRIDGE/TRADERS -- not for publication\nWriter: Sam Okafor\n\nTraders count the cost\n\nThe council voted on Tuesday.')).toBeNull();
    expect(published('---\ntitle: Bridge to close\ntags: [bridge]\n---\n\nThe bridge will close on 5 March 2024.')).toBeNull();
  });
});

describe('header: bylines, headlines and sources', () => {
  it('reads bylines: By, Author:, in capitals, a bare name over the date line, a wire credit', () => {
    expect(header('Bridge\nBy Hannah Lowe, Local Democracy Reporter\n\nText.').byline?.value).toBe('Hannah Lowe');
    expect(header('USA, Russia not there yet\n\nText.\n\nAuthor: Lesley Wroughton').byline?.value).toBe('Lesley Wroughton');
    expect(header('TOWN SHUTS BRIDGE\nBY HANNAH LOWE\nMarch 14, 2024\n\nText.').byline?.value).toBe('HANNAH LOWE');
    expect(header('Bridge to close after vote\n\nHannah Lowe\nFirst published on Thu 14 Mar 2024 09.00 GMT\n\nText.').byline?.value).toBe('Hannah Lowe');
    expect(header('Town shuts bridge\n\nKELBOURNE, England, March 15 (Northline News) - Text.\n\n(Reporting by Tom Brandreth; Editing by Alison Kerr)').byline?.value).toBe('Tom Brandreth');
    expect(header('COPPER REVIEW\n\nThe minister on the rescue\n\nInterview by Daniel Soto\n\nText.').byline?.value).toBe('Daniel Soto');
    expect(header('WMVB News 9 at Six\nTranscript - Monday, March 17, 2025\nAnchor: Jim Kessler | Reporter: Dana Whitlock\n\nANCHOR: Good evening.').byline?.value).toBe('Dana Whitlock');
    expect(header('MILLBROOK MATTERS\nIssue 212 | Friday, March 21, 2025 | by Rosa Delgado\n\nText.').byline?.value).toBe('Rosa Delgado');
  });

  it('finds the headline under a masthead, above a byline, in capitals or short when nothing else is there', () => {
    expect(header('Kelbourne Courier — Local News\n\nBridge to close after council vote\n\nThe bridge will close.').headline?.value).toBe('Bridge to close after council vote');
    expect(header('Bridge to close after vote\n\nCouncil says crossing unsafe\n\nHannah Lowe\nFirst published on Thu 14 Mar 2024\n\nText.').headline?.value).toBe('Bridge to close after vote');
    expect(header('TOWN SHUTS BRIDGE\nBY HANNAH LOWE\n\nThe bridge will close on Monday, the council said.').headline?.value).toBe('TOWN SHUTS BRIDGE');
    expect(header('Bridge shuts\n\nWASHINGTON, Tuesday, March 12 (AP) — A bridge was shut.').headline?.value).toBe('Bridge shuts');
    expect(header('UPDATE 1-English town shuts 140-year-old bridge\n\nText of the story goes here.').headline?.value).toBe('English town shuts 140-year-old bridge');
  });

  it('does not take a draft slug, a desk note or a bare name for the headline', () => {
    expect(header('ferry fares - DRAFT - do not publish\nSam Reyes\n\nTK: confirm Pryce quote\n\nIslanders say the fares will cost them.').headline).toBeNull();
  });

  it('does not take web chrome or a section heading for the headline', () => {
    const h = header('Headline\n\n[Adriatic Press Service](https://aps.example) talked to farmers.\n\nWrite your comment\n\nThis site uses Akismet.');
    expect([h.headline, h.source]).toEqual([null, null]);
  });

  it('finds the outlet: masthead, blog name over the headline, By X – outlet –, SOURCE:, a release issuer', () => {
    const source = (text: string) => header(text).source?.value ?? null;
    expect(source('Kelbourne Courier | Local News\nPublished: 14 March 2024\n\nBridge to close\n\nText.')).toBe('Kelbourne Courier');
    expect(source('THE KELBOURNE COURIER\n\nBridge to close after council vote\nBy Hannah Lowe\n\nText.')).toBe('THE KELBOURNE COURIER');
    expect(source('RiverWatch Iberia\nFloods, droughts and the people who live with them\n\nCastromaya: what we know so far\nPosted on 7 March 2024 by Clara Fuentes | Filed under: Floods\n\nText.')).toBe('RiverWatch Iberia');
    expect(source('Syria Daily: US turns down meeting\n\nBy Scott Lucas – eaworldview –  US spokesman: “No meeting.”\n\nText.')).toBe('eaworldview');
    expect(source('UN and Russian envoys meet\n\nText.\n\nSOURCE:TRTWorld and agencies')).toBe('TRTWorld and agencies');
    expect(source('FOR IMMEDIATE RELEASE\n\nAcme Corp opens plant\n\nKELBOURNE, England, 5 March 2024 /PRNewswire/ -- Acme Corp today opened a plant.\n\nAbout Acme Corp\nAcme Corp makes widgets.')).toBe('Acme Corp');
  });

  it('never takes a draft slug, a release marker or a section kicker for the outlet', () => {
    expect(header('Opinion\n\nWhy the bridge must stay open\nBy Jane Doe\n\nText.').source).toBeNull();
    expect(header('DRAFT v2 -- BRIDGE/TRADERS -- not for publication\nWriter: Sam Okafor\n\nTraders count the cost\n\nText.').source).toBeNull();
    expect(header('PRESS RELEASE\nFOR IMMEDIATE RELEASE\n\nAcme opens plant\n\nText.').source).toBeNull();
  });

  it('starts the body after the header lines', () => {
    const text = 'Bridge to close after vote\nJane Doe · 15 March 2024 · 4 min read\n\nThe bridge will close.';
    expect(text.slice(header(text).bodyStart)).toBe('The bridge will close.');
  });

  it('never throws, and states only well-formed dates inside the text', () => {
    const line = fc.constantFrom('By Jane Doe', 'Published: 14 March 2024', 'Updated: 2025-02-03 14:20 GMT', 'LISBON, March 3 (Agency) - Text.',
      'Kelbourne Courier | Local News', '— Oct 20, 2016', '---', 'title: x', 'date: 2024-13-45', 'Author: ', 'SOURCE:', '© 2024', 'Q: why?',
      '', 'Headline words here', 'PRESS RELEASE', 'About Acme', 'Thursday, April 28, 2016', '21 April 2017 – The', 'x · y · 4 min read');
    fc.assert(
      fc.property(fc.array(line, { maxLength: 12 }), (lines) => {
        const text = lines.join('\n');
        const h = header(text);
        if (h.published) {
          expect(h.published.value).toMatch(/^\d{4}-\d{2}-\d{2}$/);
          expect(h.published.span.end).toBeLessThanOrEqual(text.length);
        }
        expect(h.bodyStart).toBeLessThanOrEqual(text.length);
      }),
      { numRuns: 300 },
    );
  });
});
