import { describe, expect, it } from 'vitest';
import { analyseArticle } from '../../../server/src/analysis';

// Header lines use '|' themselves, so these articles are analysed without cursor markers.
const article = (text: string) => ({ model: analyseArticle(text) });

describe('header', () => {
  it('reads a labelled publication date and a byline with a role', () => {
    const { model } = article('Kelbourne Courier | Local News\nPublished: 14 March 2024\nBy Hannah Lowe, Local Democracy Reporter\n\nOld Mill Bridge to close\n\nThe bridge will close on Monday, the council said.');
    expect(model.header.published?.value).toBe('2024-03-14');
    expect(model.header.byline?.value).toBe('Hannah Lowe');
    expect(model.header.source?.value).toBe('Kelbourne Courier');
    expect(model.header.headline?.value).toBe('Old Mill Bridge to close');
  });

  it('takes the date from YAML front matter', () => {
    const { model } = article('---\ndate: 2024-03-12\nauthor: Ivana Kostić\nheadline: A bet\n---\n\n# A bet\n\nText here.');
    expect(model.header.published?.value).toBe('2024-03-12');
    expect(model.header.byline?.value).toBe('Ivana Kostić');
    expect(model.header.headline?.value).toBe('A bet');
  });

  it('reads a wire timestamp line and a year-less dateline', () => {
    const { model } = article('Fri 15 Mar 2024 11:42 GMT\nNorthline News -- Regional Desk\n\nTown shuts bridge\n\nKELBOURNE, England, March 15 (Northline News) - A market town will close its bridge from Monday.\n\n(Reporting by Tom Brandreth; Editing by Alison Kerr)');
    expect(model.header.published?.value).toBe('2024-03-15');
    expect(model.header.dateline?.date).toBe('2024-03-15'.replace('2024', 'XXXX'));
    expect(model.header.dateline?.agency).toBe('Northline News');
    expect(model.header.byline?.value).toBe('Tom Brandreth');
  });

  it('takes the date from a dateline that states a year', () => {
    const { model } = article('PRESS RELEASE\n\nCompany opens plant\n\nNovi Brezovac, Serbia, 5 March 2024 – Norvald Energy AG today broke ground on a plant.');
    expect(model.header.published?.value).toBe('2024-03-05');
  });

  it('never invents a date for an article that states none', () => {
    const { model } = article('USA, Russia not there yet on Syria deal\n\nThe two sides met on Wednesday, officials said. The election is on Nov. 8.\n\nAuthor: Lesley Wroughton');
    expect(model.header.published).toBeNull();
    expect(model.header.byline?.value).toBe('Lesley Wroughton');
  });
});
