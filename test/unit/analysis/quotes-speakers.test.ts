import { describe, expect, it } from 'vitest';
import { said } from './quotes-helpers';

const first = (text: string) => said(text)[0];

describe('speakers: attribution patterns', () => {
  it('X said / said X / X told reporters / according to X', () => {
    expect(first('Bridge\n\n"We had no choice," Mayor Colin Ashdown said.')).toMatchObject({ speaker: 'Mayor Colin Ashdown', entity: 'Colin Ashdown' });
    expect(first('Plant\n\n"For thirty years our young people have left," said Đorđe Petrović, the mayor of Novi Brezovac.')).toMatchObject({ speaker: 'Đorđe Petrović', entity: 'Đorđe Petrović' });
    expect(first('Bridge\n\n"We cannot gamble with lives," Colin Ashdown told reporters outside the town hall.')).toMatchObject({ speaker: 'Colin Ashdown' });
    expect(first('Bridge\n\nThe engineer, Rhiannon Tate, presented the report.\n\n"The cracks have doubled," according to Ms Tate.')).toMatchObject({ speaker: 'Ms Tate', entity: 'Rhiannon Tate' });
  });

  it('reads through abbreviations in the speaker: according to the U.N. envoy', () => {
    expect(first('Talks\n\nThe alliance barely "hangs by a thread," according to the U.N. envoy to Syria.')?.speaker).toBe('the U.N. envoy to Syria');
  });

  it('X said: "..." and a label X: "..."', () => {
    expect(first('Bridge\n\nPeter Hallam said: "We chose to paint over it."')).toMatchObject({ speaker: 'Peter Hallam', entity: 'Peter Hallam' });
    expect(first('Bridge\n\nCouncil spokesman: "The bridge is closed until further notice."')).toMatchObject({ speaker: 'Council spokesman', entity: null });
    expect(first('Bridge\n\nThe mayor, Colin Ashdown, put it plainly: "We will not gamble with people\'s lives."')).toMatchObject({ entity: 'Colin Ashdown' });
  });

  it('takes the name in an appositive after a role: the Kremlin\'s spokesman, Dmitry Peskov', () => {
    expect(first('Talks\n\n"We see no grounds for this," the Kremlin\'s spokesman, Dmitry Peskov, said.')?.speaker).toBe('Dmitry Peskov');
    expect(first('Talks\n\n"We see no grounds for this," said the Kremlin\'s spokesman, Dmitry Peskov.')?.speaker).toBe('Dmitry Peskov');
    expect(first('Bridge\n\n"I have two staff," Margaret Oduya, 54, said.')?.speaker).toBe('Margaret Oduya');
  });

  it('finds the subject of the speech verb for a woven fragment, past appositives, participles and a second verb', () => {
    // A second verb: `said ... and urged` (not the possessive `de Mistura's` nearest the verb).
    expect(first('Talks\n\nState Department spokesman John Kirby said he shared de Mistura’s concerns and urged Russia to press the regime "to fulfil its commitments."')?.entity).toBe('John Kirby');
    // A participle hangs off the main clause (not `ISSG`, the last name before it).
    expect(first('Talks\n\nVitaly Churkin made the point that the meeting must be smaller than the ISSG, saying, "Everyone wants to get in, so it became a large group."')?.entity).toBe('Vitaly Churkin');
    // The name before an appositive speaks (not the organisation inside it).
    expect(first('Talks\n\nAbdal Ahad Stefo, deputy head of the National Coalition, told AFP the negotiations "will only lead to wasting more time".')?.entity).toBe('Abdal Ahad Stefo');
    // The name between the commas speaks.
    expect(first("Plant\n\nFarmers were angry, and the town's mayor, Đorđe Petrović, told the agency: \"Nobody has shown us where the water will come from.\"")?.entity).toBe('Đorđe Petrović');
    // A pronoun right before the verb, after an opening clause.
    expect(first('Talks\n\nStaffan de Mistura spoke.\n\nIf it is revived, he predicted: "It will not be difficult for everyone to come back."')?.entity).toBe('Staffan de Mistura');
  });

  it('reads reported and issued words: the newspaper reported, a joint plea', () => {
    expect(first('Talks\n\nThe Washington Post reported Thursday there is "growing dissension over whether to call Russia out."')?.speaker).toBe('The Washington Post');
    expect(first('Aid\n\nThe aid agencies issued on Saturday a joint plea "to establish a ceasefire of at least 72 hours".')?.speaker).toBe('The aid agencies');
  });

  it('gives the words to the sentence\'s named subject when no verb of saying is there', () => {
    expect(first('Talks\n\nPresident Barack Obama had previously pitched a scenario where there would be no American "boots on the ground."')?.entity).toBe('Barack Obama');
    expect(first('Talks\n\nA US spokesman also held a vague line, "The U.S. welcomes discussions with Russia on Syria."')?.speaker).toBe('A US spokesman');
  });
});

describe('speakers: pronouns, roles and unnamed sources', () => {
  it('resolves he/she to the person last seen speaking or acting as a subject, past a later name', () => {
    expect(first('Bridge\n\nMargaret Oduya runs a bakery by the bridge in Kelbourne.\n\n"We were told the repairs could wait," she said.')).toMatchObject({ speaker: 'she', entity: 'Margaret Oduya' });
    // `Novi Brezovac` comes later but is not the subject of its sentence.
    expect(first('Plant\n\nZoë Müller-Lüdenscheidt said the company had chosen Novi Brezovac for its schools.\n\n"We will build here," she said.')?.entity).toBe('Zoë Müller-Lüdenscheidt');
  });

  it('never carries a pronoun past a nearer subject whose name nobody recognised', () => {
    // Whether or not the entity layer knows `Tomás Ó Briain`, `he` must not fall back to Colin Ashdown.
    const text = 'Bridge\n\nMayor Colin Ashdown closed the bridge.\n\nIsland councillor Tomás Ó Briain, who chairs the committee, said the fleet was old.\n\n"We were told to be patient," he said.';
    expect(first(text)?.speaker).toBe('he');
    expect(first(text)?.entity).not.toBe('Colin Ashdown');
  });

  it('reads an attribution cut by a hard line break (He told the\\nHarbour Gazette: "...")', () => {
    const text = 'Blog\n\nOur councillor, Tomás Brennan, has asked for a boat for years. He told the\nHarbour Gazette: "We have asked since 2019."';
    expect(first(text)?.speaker).toBe('He');
  });

  it('resolves a role noun to the one person the article gives that role', () => {
    expect(first("Plant\n\nĐorđe Petrović, the town's mayor, welcomed the plant.\n\n\"Now the work is coming to us,\" the mayor told reporters.")).toMatchObject({ speaker: 'the mayor', entity: 'Đorđe Petrović' });
  });

  it('keeps unnamed sources as written, and `the spokesman` after `a spokesman` unnamed too', () => {
    const s = said('Talks\n\n"There is no new trilateral meeting scheduled," a US spokesman in Geneva said in an email.\n\n"But we remain open," the spokesman added.');
    expect(s.map((x) => [x.speaker, x.entity])).toEqual([['a US spokesman in Geneva', null], ['the spokesman', null]]);
    expect(first('Plant\n\n"The plant will meet every European standard," a spokesperson for the ministry said.')).toMatchObject({ speaker: 'a spokesperson for the ministry', entity: null });
  });

  it('names a definite role from the same words quoted elsewhere (the U.N. envoy ... de Mistura)', () => {
    const s = said('Talks\n\nThe truce barely "hangs by a thread," according to the U.N. envoy to Syria.\n\nStaffan de Mistura told reporters the truce "hangs by a thread."');
    expect(s.map((x) => x.entity)).toEqual(['Staffan de Mistura', 'Staffan de Mistura']);
  });

  it('carries the speaker to the next quotation in the paragraph and to a quote opening the next paragraph', () => {
    const s = said('Bridge\n\n"We chose to paint over it," Peter Hallam said. "It was cheaper."\n\n"Now the people will pay for that."\n\nThe council disagreed.');
    expect(s.map((x) => x.entity)).toEqual(['Peter Hallam', 'Peter Hallam', 'Peter Hallam']);
  });

  it('gives a quote opening its paragraph to the speaker the paragraph before introduces with a colon', () => {
    const text = 'Blog\n\nThe Advertiser reports that fares are rising. Here is what the operator told them:\n\n> "Nobody wants to put fares up."';
    expect(first(text)?.speaker).toBe('the operator');
  });

  it('gives possessed words to their possessor (His first words ... were:)', () => {
    const text = 'Rescue\n\nThe foreman, Héctor Llanos, was the first to reach the refuge.\n\nHis first words, as relayed by the minister, were: "Tell our families we are safe."';
    expect(first(text)).toMatchObject({ entity: 'Héctor Llanos' });
  });

  it('follows a pronoun back to the name in an appositive subject (Kestrel\'s chief medical officer, Olena Kovalczuk, said)', () => {
    const text = 'Trial\n\nKestrel\'s chief medical officer, Olena Kovalczuk, said the response had held. "We saw no safety signal," she told analysts.';
    expect(first(text)).toMatchObject({ speaker: 'she', entity: 'Olena Kovalczuk' });
  });

  it('leaves a quotation with no attribution at all without a speaker', () => {
    expect(first('Blog\n\nThe line everyone is repeating from the ceremony:\n\n> "Novi Brezovac will build the batteries that keep Europe moving."')?.speaker).toBeNull();
  });

  it('reads a pull quote signed with a dash', () => {
    expect(first('Ferry\n\n"We will rebuild this service." — Gareth Pryce, Harbourline\n\nThe company said more.')?.speaker).toBe('Gareth Pryce');
  });

  it('takes a title that ends in -ing for part of the name (Mining Minister Ximena Orellana told reporters)', () => {
    expect(first('Rescue\n\nOn Wednesday, Mining Minister Ximena Orellana told reporters at the mine: “We know where they are.”')?.entity).toBe('Ximena Orellana');
  });

  it('reads past an adverbial opening the sentence without a comma (Later X said:, On Monday Mayor X said:, Today the mayor said:)', () => {
    expect(first('Bridge\n\nLater Mei Lindqvist said: "We will not close the bridge."')).toMatchObject({ speaker: 'Mei Lindqvist', entity: 'Mei Lindqvist' });
    expect(first('Bridge\n\nOn Monday Mei Lindqvist told reporters: "We will not close the bridge."')).toMatchObject({ speaker: 'Mei Lindqvist', entity: 'Mei Lindqvist' });
    expect(first('Bridge\n\nLast week Mayor Colin Ashdown said: "We will not close the bridge."')).toMatchObject({ speaker: 'Mayor Colin Ashdown', entity: 'Colin Ashdown' });
    // A description after it speaks as one would without it: the mayor the article introduced.
    expect(first('Bridge\n\nThe mayor, Colin Ashdown, met staff on Monday.\n\nToday the mayor said: "We will not close the bridge."')).toMatchObject({ speaker: 'the mayor', entity: 'Colin Ashdown' });
  });

  it('never takes an adverb or a clause for the speaker', () => {
    expect(first('Ferry\n\n"We are sorry," adding that the company said nothing.')?.speaker).toBeNull();
    expect(first('Bridge\n\nPeter Hallam, who said last year that the bridge was "perfectly safe and sound", now admits it was not.')?.entity).toBe('Peter Hallam');
    expect(first('Bridge\n\n"We will sue," they said.')).toMatchObject({ speaker: 'they', entity: null });
  });
});
