import { describe, expect, it } from 'vitest';
import { looksLikeMarkdown, splitParagraphs } from '../../../server/src/analysis/text/paragraphs';

const paras = (text: string, markdown = looksLikeMarkdown(text)) => splitParagraphs(text, 0, text.length, { markdown }).map((p) => text.slice(p.start, p.end));

describe('paragraphs', () => {
  it('keeps a Markdown paragraph whole across single line breaks, even before a capital', () => {
    const text = '# Headline\n\nThe council voted on Tuesday to close the bridge, and\nMayor Colin Ashdown said the decision was final.\n\n- a list item\n- another';
    expect(paras(text)).toEqual([
      '# Headline',
      'The council voted on Tuesday to close the bridge, and\nMayor Colin Ashdown said the decision was final.',
      '- a list item',
      '- another',
    ]);
  });

  it('keeps web copy pasted one paragraph a line as separate paragraphs', () => {
    const text = 'Russia has accused the administration of lies.\nWith no let-up in the assault, the sides will meet.\n"I don\'t have any expectations", Lavrov said Friday.';
    expect(paras(text, false)).toHaveLength(3);
  });

  it('joins plain text wrapped at a fixed width', () => {
    const text = 'A market town in the west of England will close its main road bridge over\nthe River Kell from Monday, after councillors voted to shut the crossing\nbecause of widening cracks in its supports, the council said on Friday.\nIt will stay shut.';
    expect(paras(text, false)).toHaveLength(1);
  });

  it('does not run a short headline into the line after it', () => {
    const text = 'UN and Russian envoys in Geneva to discuss Syria\nUS officials will not be present at the meeting between the envoys, officials said on Monday.';
    expect(paras(text, false)).toHaveLength(2);
  });

  it('treats a line break inside a hard-wrapped sentence as part of it, with CRLF too', () => {
    const text = 'Residents of the Spanish town of Castromaya began returning to their homes on\r\nMonday after the river, swollen by a week of storms, burst its banks.\r\n';
    expect(paras(text, false)).toHaveLength(1);
  });
});

describe('sentences', () => {
  it('ends a sentence after "No." unless a number follows', async () => {
    const { splitSentences } = await import('../../../server/src/analysis/text/sentences');
    const text = 'He answered No. The mayor said so. They live at No. 10 Downing Street.';
    const s = splitSentences(text, [{ start: 0, end: text.length }]).map((x) => text.slice(x.span.start, x.span.end));
    expect(s).toEqual(['He answered No.', 'The mayor said so.', 'They live at No. 10 Downing Street.']);
  });
});
