import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SAMPLES } from './samples';
import { GRAMMAR_PATH, render, scopesOf, tokenize } from './tokenize';

// The Article grammar, run by vscode-textmate + Oniguruma as VS Code runs it. Explicit
// expectations for what matters to an editor; a snapshot of everything for the rest.
const scopes = async (text: string, token: string) => scopesOf(await tokenize(text), token);

describe('the Article grammar', () => {
  it('reads the header: outlet, publication date, byline (author, then role) and headline', async () => {
    const doc = SAMPLES['local paper']!;
    expect(await scopes(doc, 'Harbour Gazette')).toContain('entity.name.outlet.article');
    expect(await scopes(doc, '8 October 2025')).toContain('constant.other.date.published.article');
    expect(await scopes(doc, 'Ruth Ellingham')).toContain('entity.name.author.article');
    expect(await scopes(doc, ', Transport Correspondent')).toContain('meta.byline.role.article');
    expect(await scopes(doc, 'Ferry operator suspends night crossings after engine fire')).toContain('markup.heading.headline.article');
  });

  it('ends the header at the first line of body copy', async () => {
    const lines = await tokenize(SAMPLES['local paper']!);
    expect(lines[6]!.every((t) => !t.scopes.includes('meta.header.article'))).toBe(true);
    expect(scopesOf(lines, 'on Tuesday')).toEqual(['constant.other.date.relative.article']);
    expect(scopesOf(lines, '900')).toEqual(['constant.numeric.article']);
  });

  it('reads a wire story: time stamp, desk line, headline, dateline with place, region, date and agency', async () => {
    const lines = await tokenize(SAMPLES.wire!);
    expect(scopesOf(lines, 'Fri 15 Mar 2024 11:42 GMT')).toContain('constant.other.date.published.article');
    expect(scopesOf(lines, 'UPDATE 1-English market town shuts 140-year-old bridge after cracks found')).toContain('markup.heading.headline.article');
    expect(scopesOf(lines, 'KELBOURNE')).toContain('entity.name.place.dateline.article');
    expect(scopesOf(lines, 'England')).toContain('entity.name.place.region.article');
    expect(scopesOf(lines, 'March 15')).toContain('constant.other.date.dateline.article');
    expect(scopesOf(lines.slice(5), 'Northline News')).toContain('entity.name.agency.article');
    expect(scopesOf(lines, '(Reporting by Daniel Mercer; Editing by Priya Natarajan)')).toEqual(['comment.line.credits.article']);
    expect(scopesOf(lines, '6,000')).toEqual(['constant.numeric.article']);
    expect(scopesOf(lines, '£1.2m')).toEqual(['constant.numeric.article']);
    expect(scopesOf(lines, '12.5%')).toEqual(['constant.numeric.article']);
  });

  it('marks quotations, their marks, nested quotations and attributions with the speaker', async () => {
    const lines = await tokenize(SAMPLES.wire!);
    expect(scopesOf(lines, '“')).toEqual(['string.quoted.double.curly.article', 'punctuation.definition.string.begin.article']);
    expect(scopesOf(lines, 'This bridge has carried Kelbourne for 140 years,')).toEqual(['string.quoted.double.curly.article']);
    expect(scopesOf(lines, 'told')).toEqual(['keyword.other.attribution.article']);
    expect(scopesOf(lines, 'according to')).toEqual(['keyword.other.attribution.article']);
    const local = await tokenize(SAMPLES['local paper']!);
    expect(scopesOf(local, 'Ms Solberg')).toEqual(['entity.name.person.speaker.article']);
    const quotes = await tokenize(SAMPLES['quotations and dates']!);
    expect(scopesOf(quotes, '‘safe’')).toEqual(['string.quoted.double.curly.article', 'string.quoted.single.nested.article']);
    expect(scopesOf(quotes, ' and it’s not finished')).toEqual(['string.quoted.double.curly.article']);
  });

  it('never lets a quotation mark left open colour the following lines', async () => {
    const lines = await tokenize(SAMPLES['quotations and dates']!);
    expect(lines[3]!.at(-1)!.scopes).toContain('string.quoted.double.curly.article');
    expect(lines[4]!.every((t) => t.scopes.length === 0)).toBe(true);
  });

  it('tells a dated sentence from a byline, and leaves markup in the text as text', async () => {
    const lines = await tokenize(SAMPLES['quotations and dates']!);
    expect(scopesOf(lines, 'Tuesday')).toEqual(['constant.other.date.relative.article']);
    expect(lines[5]!.some((t) => t.scopes.some((s) => s.includes('byline') || s.includes('author')))).toBe(false);
    expect(lines[6]!.filter((t) => t.scopes.length).map((t) => t.text)).toEqual(['WASHINGTON', ' ', '(', 'Reuters', ')', '—']);
  });

  it('reads the dates Copydesk resolves, calendar dates, years and times', async () => {
    const lines = await tokenize(`${SAMPLES['quotations and dates']!}\n${SAMPLES['front matter and draft']!}`);
    for (const d of ['last week', 'yesterday', 'two days ago', 'on Monday evening', 'three days earlier']) expect(scopesOf(lines, d), d).toEqual(['constant.other.date.relative.article']);
    for (const d of ['in 2019', 'on 5 March 2024', 'on 2024-03-14']) expect(scopesOf(lines, d), d).toEqual(['constant.other.date.article']);
    expect(scopesOf(lines, '5.30pm local time')).toEqual(['constant.other.time.article']);
  });

  it('reads front matter, a slug line and a Markdown-style headline', async () => {
    const lines = await tokenize(SAMPLES['front matter and draft']!);
    expect(scopesOf(lines, 'date')).toContain('entity.name.tag.frontmatter.article');
    expect(scopesOf(lines, '2025-10-10')).toContain('meta.frontmatter.article');
    expect(scopesOf(lines, 'DRAFT -- FERRY/COMMUTERS -- hold')).toContain('comment.line.slug.article');
    expect(scopesOf(lines, 'What the ferry fire means for Skerry')).toContain('markup.heading.headline.article');
    expect(scopesOf(lines, 'Joel Haddad')).toContain('entity.name.author.article');
    expect(scopesOf(lines, 'Peter Hallam')).toEqual(['entity.name.person.speaker.article']);
  });

  it('has no header when the article opens with body copy', async () => {
    const lines = await tokenize(SAMPLES['body only']!);
    expect(lines.flat().some((t) => t.scopes.includes('meta.header.article'))).toBe(false);
    expect(scopesOf(lines, 'on Tuesday')).toEqual(['constant.other.date.relative.article']);
  });

  it('keeps a long line cheap (a 200,000-character paragraph of quotation marks and digits)', async () => {
    const line = '“1, ” said “2 '.repeat(15_000).slice(0, 200_000);
    const started = performance.now();
    await tokenize(`Headline\n\n${line}`);
    expect(performance.now() - started).toBeLessThan(5_000);
  });

  for (const [name, text] of Object.entries(SAMPLES)) {
    it(`matches the snapshot: ${name}`, async () => {
      expect(render(await tokenize(text))).toMatchSnapshot();
    });
  }
});

describe('the Article language configuration', () => {
  const config = JSON.parse(readFileSync(path.join(path.dirname(GRAMMAR_PATH), 'article.language-configuration.json'), 'utf8'));

  it('closes curly quotation marks and leaves apostrophes alone', () => {
    expect(config.autoClosingPairs).toContainEqual({ open: '“', close: '”' });
    expect(config.autoClosingPairs.some((p: { open: string }) => p.open === "'")).toBe(false);
  });

  it('has a Unicode word pattern that keeps names whole', () => {
    const re = new RegExp(config.wordPattern.pattern, config.wordPattern.flags);
    const words = (s: string) => s.match(re);
    expect(words('Zoë Müller-Lüdenscheidt met O’Brien and Đorđe on 12,000.50 terms.')).toEqual(['Zoë', 'Müller-Lüdenscheidt', 'met', 'O’Brien', 'and', 'Đorđe', 'on', '12,000.50', 'terms']);
  });
});

describe('the shipped grammar', () => {
  it('is the JSON built from the YAML source', async () => {
    // @ts-expect-error -- a plain ES module without types
    const { buildGrammar } = await import('../../syntaxes/build-grammar.mjs');
    const yaml = readFileSync(path.join(path.dirname(GRAMMAR_PATH), 'article.tmLanguage.yaml'), 'utf8');
    expect(readFileSync(GRAMMAR_PATH, 'utf8')).toBe(buildGrammar(yaml));
  });
});
