import { describe, expect, it } from 'vitest';
import { analyseArticle } from '../../../server/src/analysis';
import { Desk } from '../../../server/src/corpus';

const draft = 'DRAFT -- hold\n\nCommuters count the cost\n\nIslanders say they have been stranded since the ferry stopped on Tuesday.';

describe('a fallback date for an undated article (copydesk.undatedArticles: fileModificationDate)', () => {
  it('resolves relative dates against it, says so, and keeps the article undated', () => {
    const m = analyseArticle(draft, { fallbackDate: { value: '2025-10-09', how: 'the file\'s last modification' } });
    expect(m.header.published).toBeNull();
    const d = m.dates.find((x) => x.text.includes('Tuesday'))!;
    expect(d.value).toBe('2025-10-07');
    expect(d.resolution).toContain('file modified Thu 9 Oct 2025');
  });

  it('is ignored when the article states its own date', () => {
    const m = analyseArticle(`Published: 8 October 2025\n\n${draft}`, { fallbackDate: { value: '2025-12-01', how: 'the file\'s last modification' } });
    expect(m.header.reference).toBeUndefined();
    expect(m.dates.find((x) => x.text.includes('Tuesday'))!.value).toBe('2025-10-07');
  });

  it('still gets the no-dateline hint, naming the fallback', () => {
    const desk = new Desk();
    desk.upsert('d.txt', draft, analyseArticle(draft, { fallbackDate: { value: '2025-10-09', how: 'the file\'s last modification' } }));
    const f = desk.findings('d.txt').find((x) => x.code === 'no-dateline');
    expect(f?.message).toContain('resolved against the file\'s last modification (Thu 9 Oct 2025)');
  });
});
