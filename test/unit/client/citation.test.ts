import { describe, expect, it } from 'vitest';
import { citationDate, formatCitation } from '../../../client/src/citation';

describe('copy citation of a quotation', () => {
  it('prints the words, the speaker, the outlet and the date as editors write them', () => {
    expect(formatCitation({ text: 'But at this time there is no new date', speaker: 'Staffan de Mistura', outlet: 'Reuters', published: '2017-04-21' }))
      .toBe('“But at this time there is no new date” — Staffan de Mistura, Reuters, 21 April 2017');
  });

  it('drops the comma that belongs to the attribution, folds spaces and line breaks, and turns inner double marks single', () => {
    expect(formatCitation({ text: 'We will not sail\n at night,  ', speaker: 'Annika Solberg', outlet: 'Harbour Gazette', published: '2025-10-08' }))
      .toBe('“We will not sail at night” — Annika Solberg, Harbour Gazette, 8 October 2025');
    expect(formatCitation({ text: 'it is “unacceptable” to us.', speaker: null, outlet: null, published: null })).toBe('“it is ‘unacceptable’ to us.”');
  });

  it('leaves out what is not known, and a bare pronoun that names nobody', () => {
    expect(formatCitation({ text: 'We were told to be patient', speaker: 'he', outlet: 'Coastal Wire', published: null })).toBe('“We were told to be patient” — Coastal Wire');
    expect(formatCitation({ text: 'Hello', speaker: 'a US spokesman in Geneva', outlet: null, published: '2017-04-21' })).toBe('“Hello” — a US spokesman in Geneva, 21 April 2017');
  });

  it('formats ISO days and passes anything else through', () => {
    expect(citationDate('2024-03-01')).toBe('1 March 2024');
    expect(citationDate('2024-13-01')).toBe('2024-13-01');
    expect(citationDate('2017-W16')).toBe('2017-W16');
  });
});
