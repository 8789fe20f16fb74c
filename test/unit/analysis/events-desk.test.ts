import { describe, expect, it } from 'vitest';
import { Desk } from '../../../server/src/corpus';

/** Date conflicts across a few inline articles, as `file: "date text"`. */
function conflicts(articles: Record<string, string>): string[] {
  const desk = new Desk();
  for (const [name, text] of Object.entries(articles)) desk.upsert(name, text);
  return Object.keys(articles).flatMap((name) =>
    desk.findings(name).filter((f) => f.code === 'date-conflict').map((f) => `${name}: "${desk.article(name)!.text.slice(f.span.start, f.span.end)}"`),
  );
}

describe('events across articles', () => {
  it('finds one happening dated two ways', () => {
    expect(conflicts({
      'a.txt': 'Published: 14 March 2024\n\nBridge to close\n\nKelbourne Town Council voted on Tuesday to close the Old Mill Bridge after engineers found cracks in its piers.',
      'b.txt': 'Published: 15 March 2024\n\nTown shuts bridge\n\nKelbourne Town Council voted 9-4 on March 13 to close the Old Mill Bridge because of cracks in its piers.',
    })).toEqual(['a.txt: "on Tuesday"', 'b.txt: "on March 13"']);
  });

  it('finds one suspension told in other words', () => {
    expect(conflicts({
      'a.txt': 'Published: 8 October 2025\n\nFerry stops\n\nLindqvist Ferries suspended all night crossings between Port Aven and Skerry Island on Tuesday after an engine fire on the MV Tern.',
      'b.txt': 'Published: 9 October 2025\n\nFerry halts\n\nLindqvist Ferries halted the evening service to Skerry Island on Wednesday, two days after the MV Tern caught fire on its way out of Port Aven.',
    })).toEqual(['a.txt: "on Tuesday"', 'b.txt: "on Wednesday"']);
  });

  it('tells two meetings of one council a fortnight apart apart', () => {
    expect(conflicts({
      'a.txt': 'Published: 6 March 2024\n\nDecision on bridge put off\n\nKelbourne Town Council met on 5 March and put off a decision on the Old Mill Bridge, asking engineers for a fuller report.',
      'b.txt': 'Published: 20 March 2024\n\nBridge to close\n\nKelbourne Town Council met on Tuesday and voted to close the Old Mill Bridge after reading the engineers\' report.',
    })).toEqual([]);
  });

  it('tells a missile strike from the chemical attack three days before it', () => {
    expect(conflicts({
      'a.txt': 'Published: 21 April 2017\n\nUS strike\n\nUS warships carried out a missile strike on the Shayrat airbase in Syria on April 7, three days after a chemical attack on Khan Sheikhoun.',
      'b.txt': 'Published: 24 April 2017\n\nInquiry\n\nThe chemical attack on Khan Sheikhoun in Syria on April 4 killed scores of people, and inspectors say sarin was used in the attack.',
    })).toEqual([]);
  });

  it('tells a vote from the meeting that deferred it', () => {
    expect(conflicts({
      'a.txt': 'Published: 14 March 2024\n\nBridge vote\n\nKelbourne Town Council voted on Tuesday to close the Old Mill Bridge. At its previous meeting, on 5 March, the council had put off a decision.',
      'b.txt': 'Published: 15 March 2024\n\nBridge closes\n\nKelbourne Town Council voted 9-4 on March 12 to close the Old Mill Bridge, having postponed a decision at an earlier meeting on March 5.',
    })).toEqual([]);
  });

  it('does not compare what a spokesman said with the happening he reported', () => {
    expect(conflicts({
      'a.txt': 'Published: 4 March 2024\n\nEU help\n\nThe European Commission said on Sunday it had activated the EU Civil Protection Mechanism for Castromaya.',
      'b.txt': 'Published: 6 March 2024\n\nEU help\n\nThe European Commission activated the EU Civil Protection Mechanism for Castromaya on 2 March, a spokesperson confirmed.',
    })).toEqual([]);
  });
});
