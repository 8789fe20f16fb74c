import { describe, expect, it } from 'vitest';
import { Desk, parseDeskFile } from '../../../server/src/corpus';
import { foldKey } from '../../../server/src/analysis/text/fold';

const at = (text: string, needle: string) => text.indexOf(needle);

describe('the desk file', () => {
  it('reads pinned spellings, variants, roles and different people', () => {
    const { pins, problems } = parseDeskFile(`{
      // the desk's style
      "people": [{ "name": "Sergei Lavrov", "variants": ["Sergey Lavrov"], "role": "Russian Foreign Minister" }],
      "distinct": [["John Smith", "Jon Smith"]],
    }`);
    expect(problems).toEqual([]);
    expect(pins.canonical.get(foldKey('Sergey Lavrov'))).toBe('Sergei Lavrov');
    expect(pins.roles.get(foldKey('Sergei Lavrov'))).toBe('Russian Foreign Minister');
    expect(pins.distinct).toEqual([['john smith', 'jon smith']]);
  });

  it('reports invalid JSON and wrong fields at their place, and keeps what it could read', () => {
    const text = '{ "people": [{ "nme": "X" }, { "name": "Zoë Müller", "variants": "Zoe Muller" }], "distinct": [["a"]], "extra": 1 ';
    const { pins, problems } = parseDeskFile(text);
    const where: [string, string][] = problems.map((p) => [text.slice(p.span.start, p.span.end), p.message.slice(0, 40)]);
    expect(where).toContainEqual(['"nme"', 'Unknown field "nme": a person has "name"']);
    expect(where.some(([, m]) => m.startsWith('"variants" must be an array'))).toBe(true);
    expect(where.some(([s]) => s === '["a"]')).toBe(true);
    expect(where.some(([s]) => s === '"extra"')).toBe(true);
    expect(problems.some((p) => p.message.startsWith('Invalid JSON'))).toBe(true);
    expect(pins.canonical.get(foldKey('Zoë Müller'))).toBe('Zoë Müller');
    expect(problems.find((p) => p.message.startsWith('Invalid JSON'))!.span.start).toBeGreaterThanOrEqual(at(text, '"extra"'));
  });
});

describe('the registry obeys the desk file', () => {
  const articles = {
    'a.txt': 'Published: 1 March 2024\n\nHeadline\n\nSergei Lavrov met John Kerry in Geneva on Monday.',
    'b.txt': 'Published: 2 March 2024\n\nHeadline\n\nSergey Lavrov met John Kerry in Geneva on Monday.',
    'c.txt': 'Published: 3 March 2024\n\nHeadline\n\nSergey Lavrov and John Kerry spoke in Geneva.',
  };
  const load = () => {
    const desk = new Desk();
    for (const [uri, text] of Object.entries(articles)) desk.upsert(uri, text);
    return desk;
  };

  it('flags the pinned spelling\'s rivals even where they are the majority', () => {
    const desk = load();
    expect(desk.findings('a.txt').map((f) => f.code)).toContain('name-variant');
    desk.setPins(parseDeskFile('{ "people": [{ "name": "Sergei Lavrov" }] }').pins);
    expect(desk.findings('a.txt').map((f) => f.code)).not.toContain('name-variant');
    const b = desk.findings('b.txt').find((f) => f.code === 'name-variant');
    expect(b?.message).toContain('pins the spelling "Sergei Lavrov"');
    expect(b?.fixes[0]?.edits[0]?.newText).toBe('Sergei Lavrov');
  });

  it('keeps people an editor marked as different apart', () => {
    const desk = load();
    desk.setPins(parseDeskFile('{ "distinct": [["Sergei Lavrov", "Sergey Lavrov"]] }').pins);
    expect(desk.findings('a.txt').map((f) => f.code)).not.toContain('name-variant');
    const a = desk.registry.entityOf('a.txt', desk.article('a.txt')!.model.entities.find((e) => e.name === 'Sergei Lavrov')!.id);
    expect(a?.members.map((m) => m.uri)).toEqual(['a.txt']);
  });
});
