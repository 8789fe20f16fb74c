import { describe, expect, it } from 'vitest';
import { Desk, sourceOf } from '../../../server/src/corpus';
import { hoverAt } from '../../../server/src/service/hover';

/**
 * A radio interview is where a paper's quotation often comes from. Its turns (`NAME: words`) are
 * spoken quotations: a paper quoting a sentence of one is traced to the transcript, warned when it
 * alters the words or gives them to someone else, and never warned over words the presenter
 * reads out on someone else's behalf.
 */
describe('transcript turns across articles', () => {
  const transcript =
    'RADIO FELLSIDE -- DRIVETIME\nTranscript, broadcast Monday 4 March 2024\nPresenter: Niamh Doherty\n\n' +
    'NIAMH DOHERTY: Councillor, will the bridge close? A listener texted us: "I drive over it every morning with my children and I am frightened."\n\n' +
    "PETER HALLAM: It will close on Friday. We cannot risk a single car on it after the engineers' report, and I will not apologise for that.\n\n" +
    'NIAMH DOHERTY: Councillor Hallam, thank you.\n';
  const paper = (line: string, who = 'Councillor Peter Hallam told Radio Fellside') =>
    `Published: 5 March 2024\n\nBridge to close\n\nThe Old Mill Bridge will close, the council said.\n\n${who}: "${line}"\n`;
  const desk = () => {
    const d = new Desk();
    d.upsert('radio.txt', transcript);
    return d;
  };
  const quoteIn = (d: Desk, uri: string) => d.article(uri)!.model.quotes.find((q) => !q.spoken)!;

  it("traces a paper's quotation of a turn to the transcript, and lists both as carriers", () => {
    const d = desk();
    d.upsert('paper.txt', paper("We cannot risk a single car on it after the engineers' report."));
    const { ref } = sourceOf(d, 'paper.txt', quoteIn(d, 'paper.txt'));
    expect(ref.uri).toBe('radio.txt');
    expect(ref.quote.spoken).toBe(true);
    expect(ref.quote.speaker?.text).toBe('PETER HALLAM');
    const hover = hoverAt(d, 'paper.txt', quoteIn(d, 'paper.txt').span.start + 3);
    expect(hover).toMatchObject({ kind: 'quote', carriers: 2, source: { uri: 'radio.txt' }, spoken: false });
    const turnHover = hoverAt(d, 'radio.txt', ref.quote.span.start + 3);
    expect(turnHover).toMatchObject({ kind: 'quote', spoken: true, isSource: true, carriers: 2 });
    expect(d.findings('paper.txt').filter((f) => f.code === 'misquote' || f.code === 'speaker-mismatch')).toEqual([]);
  });

  it('warns a paper that alters the words, naming the transcript', () => {
    const d = desk();
    d.upsert('paper.txt', paper("We cannot risk a single lorry on it after the engineers' report."));
    const misquotes = d.findings('paper.txt').filter((f) => f.code === 'misquote');
    expect(misquotes).toHaveLength(1);
    expect(misquotes[0]!.message).toMatch(/radio\.txt/);
    expect(misquotes[0]!.related.some((r) => r.uri === 'radio.txt')).toBe(true);
  });

  it('warns a paper that gives the words to someone else', () => {
    const d = desk();
    d.upsert('paper.txt', paper("We cannot risk a single car on it after the engineers' report.", 'Mayor Jane Smith told reporters'));
    const mismatches = d.findings('paper.txt').filter((f) => f.code === 'speaker-mismatch');
    expect(mismatches).toHaveLength(1);
    expect(mismatches[0]!.message).toMatch(/Hallam/i);
  });

  it("does not give the presenter a listener's words read out on air", () => {
    const d = desk();
    d.upsert('paper.txt', paper('I drive over it every morning with my children and I am frightened.', 'Mary Byrne, a listener in Fellside, told the station'));
    expect(d.findings('paper.txt').filter((f) => f.code === 'speaker-mismatch' || f.code === 'misquote')).toEqual([]);
    expect(d.findings('radio.txt').filter((f) => f.code === 'speaker-mismatch' || f.code === 'misquote')).toEqual([]);
  });
});
