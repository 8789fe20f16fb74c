import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { URI } from 'vscode-uri';
import type { CitationResult, DeskResult, MentionsResult, StatusResult, TimelineResult } from '../../server/src/lsp/views';
import { positionOf, startTestServer, type TestClient } from '../helpers/lsp';

// The custom requests behind the VS Code client's Desk view, Timeline, status bar and citations,
// over a real JSON-RPC connection, on the four sample articles (one undated draft, two conflicts).
const samples = path.resolve(__dirname, '..', '..', 'samples');
const uri = (name: string) => URI.file(path.join(samples, name)).toString();
const text = (name: string) => readFileSync(path.join(samples, name), 'utf8');
const GAZETTE = '01-harbour-gazette-ferry.txt';
const WIRE = '02-coastal-wire-ferry.txt';

describe('the view requests (copydesk/desk, mentions, timeline, status, citation)', () => {
  let client: TestClient;
  const request = <R>(method: string, params: unknown = {}) => client.connection.sendRequest<R>(method, params);

  beforeAll(async () => {
    client = await startTestServer([samples]);
    await client.indexed;
  });
  afterAll(() => client.close());

  it('lists people with mention counts and spellings, and expands one to its mentions with ranges', async () => {
    const desk = await request<DeskResult>('copydesk/desk');
    const solberg = desk.entities.find((e) => e.name === 'Annika Solberg');
    expect(solberg).toMatchObject({ kind: 'person', articles: 3 });
    expect(solberg!.spellings).toEqual(expect.arrayContaining(['Annika Solberg', 'Anika Solberg']));
    expect(desk.entities.every((e) => e.kind === 'person' || e.kind === 'organization')).toBe(true);

    const mentions = await request<MentionsResult>('copydesk/mentions', { key: solberg!.key });
    expect(mentions).toHaveLength(solberg!.mentions);
    const wire = mentions.find((m) => m.uri === uri(WIRE) && m.text === 'Anika Solberg')!;
    const line = text(WIRE).split('\n')[wire.range.start.line]!;
    expect(line.slice(wire.range.start.character, wire.range.end.character)).toBe('Anika Solberg');
    expect(wire.article).toBe('Coastal Wire (02-coastal-wire-ferry.txt, Thu 9 Oct 2025)');
    expect(await request<MentionsResult>('copydesk/mentions', { key: 'person:nobody at all' })).toEqual([]);
  });

  it('groups quotations by the article they come from, each with every article carrying it', async () => {
    const desk = await request<DeskResult>('copydesk/desk');
    const gazette = desk.quoteGroups.find((g) => g.source.uri === uri(GAZETTE))!;
    expect(gazette.source).toMatchObject({ outlet: 'Harbour Gazette', published: '2025-10-08' });
    const sail = gazette.quotes.find((q) => q.text.startsWith('We will not sail'))!;
    expect(sail.speaker).toBe('Annika Solberg');
    expect(sail.carriers.map((c) => path.basename(URI.parse(c.uri).fsPath))).toEqual([GAZETTE, WIRE, '03-island-voice-blog.md']);
    expect(sail.carriers[1]!.text).toContain('checked by a surveyor');
  });

  it('draws the suspension as one event with each source\'s date, the conflict flagged', async () => {
    const { events } = await request<TimelineResult>('copydesk/timeline');
    const conflicted = events.filter((e) => e.conflict);
    expect(conflicted.length).toBeGreaterThan(0);
    const suspension = conflicted.find((e) => e.marks.some((m) => m.uri === uri(GAZETTE) && m.text === 'on Tuesday'))!;
    expect(suspension.marks.length).toBeGreaterThanOrEqual(2);
    const here = suspension.marks.find((m) => m.uri === uri(GAZETTE))!;
    expect(here).toMatchObject({ first: '2025-10-07', reading: 'Tue 7 Oct 2025', conflict: true });
    expect(suspension.marks.find((m) => m.uri === uri(WIRE))).toMatchObject({ text: 'on Wednesday', first: '2025-10-08' });
    expect(events.map((e) => e.id)).toEqual(events.map((_, i) => `ev-${i + 1}`));
  });

  it('counts articles and the conflicts between sources for the status bar', async () => {
    const status = await request<StatusResult>('copydesk/status');
    expect(status.articles).toBe(4);
    expect(status.byCode['no-dateline']).toBe(1);
    expect(status.conflicts).toBe((status.byCode['date-conflict'] ?? 0) + (status.byCode['misquote'] ?? 0) + (status.byCode['name-variant'] ?? 0) + (status.byCode['speaker-mismatch'] ?? 0));
    expect(status.conflicts).toBeGreaterThanOrEqual(3);
  });

  it('cites a quotation from its source: the source\'s words, speaker, outlet and date', async () => {
    const citation = await request<CitationResult>('copydesk/citation', {
      textDocument: { uri: uri(WIRE) },
      position: positionOf(text(WIRE), 'We will not sail', 3),
    });
    expect(citation).toMatchObject({ speaker: 'Annika Solberg', outlet: 'Harbour Gazette', published: '2025-10-08' });
    expect(citation!.text).toContain('by an independent surveyor');
    expect(citation!.source.uri).toBe(uri(GAZETTE));
    const nothing = await request<CitationResult>('copydesk/citation', { textDocument: { uri: uri(WIRE) }, position: { line: 0, character: 0 } });
    expect(nothing).toBeNull();
  });
});
