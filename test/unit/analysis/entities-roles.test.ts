import { describe, expect, it } from 'vitest';
import { entityOf, read } from './entities-helpers';

const rolesOf = (body: string, name: string) => entityOf(read(`Headline\n\n${body}`), name)?.roles.map((r) => r.text);

describe('entities: roles as the text gives them', () => {
  it('reads appositives without their article or a common-noun owner', () => {
    expect(rolesOf('Riyad Hijab, the group’s general coordinator, presented a plan.', 'Riyad Hijab')).toEqual(['general coordinator']);
    expect(rolesOf('That report, presented by the council\'s chief structural engineer, Rhiannon Tate, made grim reading.', 'Rhiannon Tate')).toEqual(['chief structural engineer']);
    expect(rolesOf('"We knew," said Peter Hallam, an independent councillor who voted against.', 'Peter Hallam')).toEqual(['independent councillor']);
  });

  it('keeps a named owner and what follows the title', () => {
    expect(rolesOf('Iran\'s chief diplomat Mohammad Javad Zarif is expected.', 'Mohammad Javad Zarif')).toEqual(["Iran's chief diplomat"]);
    expect(rolesOf('"Work is coming," said Đorđe Petrović, the mayor of Novi Brezovac.', 'Đorđe Petrović')).toEqual(['mayor of Novi Brezovac']);
  });

  it('reads titles that name their place before the name', () => {
    expect(rolesOf('UN Special Envoy to Syria Staffan de Mistura delivers remarks.', 'Staffan de Mistura')).toEqual(['UN Special Envoy to Syria']);
    expect(rolesOf('The UN mediator for Syria Staffan de Mistura arrived.', 'Staffan de Mistura')).toEqual(['UN mediator for Syria']);
  });

  it('lower-cases a title capitalised only because it starts the sentence', () => {
    expect(rolesOf('Independent councillor Peter Hallam voted against.', 'Peter Hallam')).toEqual(['independent councillor']);
    expect(rolesOf('Mayor Colin Ashdown said the council had no choice.', 'Colin Ashdown')).toEqual(['Mayor']);
  });

  it('takes no role from a relative clause, a list of people or the next line', () => {
    expect(rolesOf('Kerry faced criticism from allies of Bashar al-Assad, whom U.S. President Barack Obama has said must go.', 'Bashar al-Assad')).toEqual([]);
    expect(rolesOf('Staffan de Mistura, Iran\'s chief diplomat Mohammad Javad Zarif, and others will attend.', 'Staffan de Mistura')).toEqual([]);
    expect(rolesOf('Media contact\nLena Brandt, Head of Communications\npress@norvald-energy.example', 'Lena Brandt')).toEqual(['Head of Communications']);
  });

  it('reads credit lines and labels', () => {
    expect(rolesOf('The plant opened.\n\n(Reporting by Marko Ilić; Editing by Ana Horvat)', 'Ana Horvat')).toEqual(['editor']);
    expect(rolesOf('Writer: Sam Okafor\n\nThe bridge closed.', 'Sam Okafor')).toEqual(['writer']);
  });
});
