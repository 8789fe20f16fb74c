import { describe, expect, it } from 'vitest';
import { shingleKeys, shingleQuery } from '../../../server/src/archive/shingles';
import { withPassword } from '../../../server/src/archive/session';
import { parseIndexArgs } from '../../../server/src/cli/indexArgs';
import { UsageError } from '../../../server/src/cli/args';
import { Desk } from '../../../server/src/corpus';
import { archiveIdOf, archiveUri, type Archive, type ArchivedArticle, type ArchivedQuote } from '../../../server/src/corpus/archive';
import { readArchiveSettings } from '../../../server/src/lsp/archiveSettings';
import { archiveFindings, archivedCarriers } from '../../../server/src/service/archive';
import { ARCHIVED, DESK } from '../../archive/fixtures';

// The archive's pure parts, without a database: a fake Archive stands in for PostgreSQL.
const GAZETTE: ArchivedArticle = { id: '42', path: '2019/2019-03-12-gazette-bridge.txt', hash: 'h42', published: '2019-03-12', source: 'Harbour Gazette', headline: null };

function fakeArchive(quotes: ArchivedQuote[]): Archive {
  return {
    quotations: async () => quotes,
    entities: async () => [],
    events: async () => [],
    article: async (id) => (id === '42' ? { article: GAZETTE, text: ARCHIVED['2019/2019-03-12-gazette-bridge.txt'] } : null),
  };
}

function archivedQuote(): ArchivedQuote {
  const text = ARCHIVED['2019/2019-03-12-gazette-bridge.txt'];
  const quoted = 'We cannot gamble with public safety on a structure this old, and the repairs will take at least a year,';
  const start = text.indexOf(quoted);
  return {
    article: GAZETTE, quoteId: 'q0', text: quoted, span: { start, end: start + quoted.length },
    range: { start: { line: 6, character: 1 }, end: { line: 6, character: 105 } }, speaker: 'Rhiannon Tate', similarity: 0.7,
  };
}

describe('the archive without a database', () => {
  it('keys a quotation by its word triples, never by triples of function words alone', () => {
    expect(shingleKeys('we do not know the ferry timetable'.split(' '))).toEqual(['do not know', 'not know the', 'know the ferry', 'the ferry timetable']);
    expect(shingleKeys('one of the'.split(' '))).toEqual(['one of the']);
    expect(shingleKeys('it is what it is'.split(' '))).toEqual([]);
    expect(shingleQuery('a ferry crossed'.split(' '))).toBe("'a ferry crossed'");
    expect(shingleQuery(['we', 'are'])).toBeNull();
  });

  it('finds a misquote against an archived source older than every workspace article', async () => {
    const desk = new Desk();
    desk.upsert('file:///desk/wire.txt', DESK['2025-10-03-wire-bridge.txt']);
    const found = await archiveFindings(fakeArchive([archivedQuote()]), desk, 'file:///desk/wire.txt', new Set());
    expect(found).toHaveLength(1);
    expect(found[0]!.code).toBe('misquote');
    expect(found[0]!.message).toMatch(/in the archive, Harbour Gazette \(2019-03-12-gazette-bridge\.txt, 2019-03-12, archive\): "cannot risk public" where the source has "cannot gamble with public"/);
    expect(found[0]!.related[0]!.uri).toBe('copydesk-archive:/42/2019-03-12-gazette-bridge.txt');
  });

  it('takes an archived copy of an article on the desk (same content hash) for that article, not another source', async () => {
    const desk = new Desk();
    desk.upsert('file:///desk/wire.txt', DESK['2025-10-03-wire-bridge.txt']);
    const q = desk.article('file:///desk/wire.txt')!.model.quotes[0]!;
    expect(await archivedCarriers(fakeArchive([archivedQuote()]), desk, 'file:///desk/wire.txt', q, new Set(['h42']))).toEqual([]);
  });

  it('names archived articles by URI and reads the id back', () => {
    expect(archiveUri({ id: '42', path: 'a/b c.txt' })).toBe('copydesk-archive:/42/b%20c.txt');
    expect(archiveIdOf('copydesk-archive:/42/b%20c.txt')).toBe('42');
    expect(archiveIdOf('file:///42/x.txt')).toBeNull();
  });

  it('reads the settings defensively and puts a password into the URL, encoded', () => {
    expect(readArchiveSettings({ url: ' postgres://ed@db/news ', timeoutMs: 5 })).toEqual({ url: 'postgres://ed@db/news', timeoutMs: 100 });
    expect(readArchiveSettings({ url: 'http://x' })).toEqual({ url: null, timeoutMs: 1500 });
    expect(readArchiveSettings(undefined).url).toBeNull();
    expect(withPassword('postgres://ed@db:5432/news', 'p@ss w/rd')).toBe('postgres://ed:p%40ss%20w%2Frd@db:5432/news');
    expect(withPassword('postgres://ed@db/news', undefined)).toBe('postgres://ed@db/news');
  });

  it('parses copydesk index, and refuses it without an archive', () => {
    expect(parseIndexArgs(['--archive', 'postgres://x/db', 'a', '--batch=10', '--include', '*.txt'])).toEqual({
      name: 'index', archive: 'postgres://x/db', paths: ['a'], include: ['*.txt'], batch: 10,
    });
    expect(parseIndexArgs([], { COPYDESK_ARCHIVE_URL: 'postgresql://y/db' })).toMatchObject({ archive: 'postgresql://y/db', paths: ['.'] });
    expect(() => parseIndexArgs(['x'])).toThrow(UsageError);
    expect(() => parseIndexArgs(['--archive', 'mysql://x'])).toThrow(/postgres:\/\/ URL/);
    expect(() => parseIndexArgs(['--archive', 'postgres://x', '--batch', '0'])).toThrow(/positive/);
  });
});
