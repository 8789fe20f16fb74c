import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Hover } from 'vscode-languageserver';
import { corpusDir } from '../helpers/corpus';
import { startTestServer, type TestClient } from '../helpers/lsp';
import { corpusArticle, request } from './support';

/** Hovers on the shared corpora: a name, a date and a quotation, each with what issue 7 asks of it. */
describe('hover', () => {
  let client: TestClient;
  const hover = async (a: ReturnType<typeof corpusArticle>, needle: string, offset = 0) => {
    const h = await request<Hover | null>(client, 'textDocument/hover', { textDocument: { uri: a.uri }, position: a.at(needle, offset) });
    return { value: (h?.contents as { value: string } | undefined)?.value ?? '', range: h?.range };
  };

  beforeAll(async () => {
    client = await startTestServer([corpusDir('seeds'), corpusDir('desk')]);
    await client.indexed;
  });
  afterAll(() => client.close());

  it('on a name: canonical name and kind, roles with sentence and article link, spellings, articles, quotations', async () => {
    const a = corpusArticle('seeds', '002_873accf2678afac0.txt');
    const { value, range } = await hover(a, 'Sergei Lavrov', 3);
    expect(a.slice(range!)).toBe('Sergei Lavrov');
    expect(value).toMatch(/^\*\*Sergey Lavrov\*\* · person · \d+ mentions in 3 articles/);
    expect(value).toContain('**Spellings:** Sergey Lavrov (2 articles), Sergei Lavrov (1 article)');
    // Articles as links that open the place: file URIs with a line and column, never commands.
    const mentioned = value.split('\n').find((l) => l.startsWith('**Mentioned in 3 articles:** '))!;
    for (const f of ['002_873accf2678afac0', '003_6cd4a45ba0995dfa', '004_5b1f978478f94a9d']) {
      expect(mentioned).toMatch(new RegExp(`\\[[^\\]]+\\]\\(file:///[^)]+/${f}\\.txt#L\\d+,\\d+\\)`));
    }
    expect(value).toMatch(/- Russian Foreign Minister — “.*Sergey Lavrov.*” \(\[004/);
    expect(value).toContain('**Quoted**\n- “I don\\\'t have any particular expectations”');
    expect(value).not.toContain('command:');
  });

  it('on a name with a role stated in the corpus: the role, its sentence and a link to the article', async () => {
    const a = corpusArticle('desk', '02-northline-wire-bridge.txt');
    const { value } = await hover(a, 'Colin Ashdown', 2);
    expect(value).toMatch(/\*\*Colin Ashdown\*\* · person/);
    expect(value).toContain('**Roles**');
    expect(value).toMatch(/- Mayor — “.*Ashdown.*” \(\[Kelbourne Courier \\\(01\\-kelbourne\\-courier\\-bridge\\\.txt, Thu 14 Mar 2024\\\)\]\(file:/i);
    expect(value).toContain('**Quoted**');
    expect(value).toContain('This bridge has carried Kelbourne for 140 years');
  });

  it('on a relative date: the day with its weekday, how it was resolved, its event and the other sources', async () => {
    const a = corpusArticle('seeds', '000_f7cdaf3cc7810e4a.txt');
    const { value, range } = await hover(a, 'on Monday', 4);
    expect(a.slice(range!)).toBe('on Monday');
    expect(value.split('\n')[0]).toBe('**Mon 24 Apr 2017** `2017-04-24`');
    expect(value).toContain("**Resolved:** \\'on Monday\\' \\(nearest\\) dated Fri 21 Apr 2017 → Mon 24 Apr 2017");
    expect(value).toContain('**Event:** meeting');
    expect(value).toMatch(/- ✓ “on Monday” → Mon 24 Apr 2017 \(\[TRTWorld and agencies \\\(001_?\\?_?e881356cc02ea19d\\\.txt, Mon 24 Apr 2017\\\)\]\(file:/);
  });

  it('on a date other sources give differently: the disagreement is marked', async () => {
    const a = corpusArticle('desk', '01-kelbourne-courier-bridge.txt');
    const { value } = await hover(a, 'voted on Tuesday', 6);
    expect(value.split('\n')[0]).toBe('**Tue 12 Mar 2024** `2024-03-12`');
    expect(value).toMatch(/- ⚠ differs: “on March 13” → Wed 13 Mar 2024 \(\[Northline News/);
  });

  it('on a quotation: speaker, source article and date, the source wording when it differs, how many articles carry it', async () => {
    const a = corpusArticle('desk', '02-northline-wire-bridge.txt');
    const { value } = await hover(a, 'This bridge has carried Kelbourne', 3);
    expect(value).toMatch(/^\*\*Quotation\*\* — Colin Ashdown/);
    expect(value).toMatch(/\*\*Source:\*\* \[Kelbourne Courier \\\(01\\-kelbourne\\-courier\\-bridge\\\.txt, Thu 14 Mar 2024\\\)\]\(file:[^)]+#L\d+,\d+\)/);
    expect(value).toContain('**The source reads:** “');
    expect(value).toContain('we will not gamble');
    expect(value).toMatch(/\*\*Carried by [23] articles:\*\* this one · \[/);
  });

  it('on the source of a quotation: says so and links the articles that carry it', async () => {
    const a = corpusArticle('seeds', '000_f7cdaf3cc7810e4a.txt');
    const { value } = await hover(a, 'welcomes discussions');
    expect(value).toContain('— this article, the earliest to carry these words');
    expect(value).toMatch(/\*\*Carried by 2 articles:\*\* this one · \[TRTWorld and agencies/);
  });
});
