import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Hover, Location } from 'vscode-languageserver';
import { URI } from 'vscode-uri';
import { corpusDir } from '../helpers/corpus';
import { positionOf, startTestServer, type TestClient } from '../helpers/lsp';

const seeds = corpusDir('seeds');
const uri = (name: string) => URI.file(path.join(seeds, name)).toString();
const text = (name: string) => readFileSync(path.join(seeds, name), 'utf8');

describe('the language server over JSON-RPC, on the seed articles', () => {
  let client: TestClient;

  beforeAll(async () => {
    client = await startTestServer([seeds]);
    await client.indexed;
  });
  afterAll(() => client.close());

  it('indexes every article of the workspace folder, open or not', async () => {
    expect((await client.indexed).articles).toBe(5);
  });

  it('hovers on "de Mistura" with the full name, a role from another article, and where he is mentioned', async () => {
    const hover = await client.connection.sendRequest<Hover>('textDocument/hover', {
      textDocument: { uri: uri('001_e881356cc02ea19d.txt') },
      position: positionOf(text('001_e881356cc02ea19d.txt'), 'de Mistura told reporters', 3),
    });
    const value = (hover.contents as { value: string }).value;
    expect(value).toContain('Staffan de Mistura');
    expect(value).toContain('UN envoy');
    expect(value).toMatch(/Mentioned in [45] articles/);
  });

  it('goes from a quotation in 001 to its source in 000', async () => {
    const locations = await client.connection.sendRequest<Location[]>('textDocument/definition', {
      textDocument: { uri: uri('001_e881356cc02ea19d.txt') },
      position: positionOf(text('001_e881356cc02ea19d.txt'), 'But at this time there is no new', 5),
    });
    expect(locations.map((l) => l.uri)).toEqual([uri('000_f7cdaf3cc7810e4a.txt')]);
    const target = text('000_f7cdaf3cc7810e4a.txt').split(/\n/)[locations[0]!.range.start.line]!;
    expect(target.slice(locations[0]!.range.start.character)).toMatch(/^(But )?at this time/i);
  });

  it('lists every article carrying a quotation', async () => {
    const locations = await client.connection.sendRequest<Location[]>('textDocument/references', {
      textDocument: { uri: uri('000_f7cdaf3cc7810e4a.txt') },
      position: positionOf(text('000_f7cdaf3cc7810e4a.txt'), 'welcomes discussions'),
      context: { includeDeclaration: true },
    });
    expect(new Set(locations.map((l) => path.basename(URI.parse(l.uri).fsPath)))).toEqual(new Set(['000_f7cdaf3cc7810e4a.txt', '001_e881356cc02ea19d.txt']));
  });

  it('publishes the Lavrov spelling warning with related information into the other articles', () => {
    const d = client.diagnostics.get(uri('002_873accf2678afac0.txt'))?.find((x) => x.code === 'name-variant');
    expect(d?.message).toContain('Sergey Lavrov');
    expect(d?.severity).toBe(2);
    expect(d?.relatedInformation?.map((r) => path.basename(URI.parse(r.location.uri).fsPath)).sort()).toEqual(['003_6cd4a45ba0995dfa.txt', '004_5b1f978478f94a9d.txt']);
  });

  it('updates diagnostics across files when an open article changes', async () => {
    const name = '002_873accf2678afac0.txt';
    const original = text(name);
    const changed = new Promise<void>((resolve) => {
      client.connection.onNotification('textDocument/publishDiagnostics', (p: { uri: string; diagnostics: { code: string }[] }) => {
        client.diagnostics.set(p.uri, p.diagnostics as never);
        if (p.uri === uri(name) && !p.diagnostics.some((d) => d.code === 'name-variant')) resolve();
      });
    });
    await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: uri(name), languageId: 'plaintext', version: 1, text: original } });
    await client.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri: uri(name), version: 2 },
      contentChanges: [{ text: original.replace('Sergei Lavrov', 'Sergey Lavrov') }],
    });
    await changed;
    expect(client.diagnostics.get(uri(name))?.some((d) => d.code === 'name-variant')).toBe(false);
  });
});
