/**
 * Articles the grammar snapshots are taken on: the header forms Copydesk reads (outlet line,
 * publication line, byline, wire time stamp, slug, front matter), a wire dateline, quotations
 * (curly, straight, nested, never closed), attributions, dates, times and numbers.
 */
export const SAMPLES: Record<string, string> = {
  'local paper': [
    'Harbour Gazette | City News',
    'Published: 8 October 2025',
    'By Ruth Ellingham, Transport Correspondent',
    '',
    'Ferry operator suspends night crossings after engine fire',
    '',
    'Lindqvist Ferries suspended all night crossings on Tuesday, leaving about 900 island residents without an evening service.',
    '',
    '"We will not sail at night until every engine has been checked," Ms Solberg said. "The safety of our passengers comes first."',
  ].join('\n'),
  wire: [
    'Fri 15 Mar 2024 11:42 GMT',
    'Northline News -- Regional Desk',
    '',
    'UPDATE 1-English market town shuts 140-year-old bridge after cracks found',
    '',
    'KELBOURNE, England, March 15 (Northline News) - Kelbourne Town Council voted 9-4 on March 13 to close the bridge.',
    '“This bridge has carried Kelbourne for 140 years,” Mayor Colin Ashdown told reporters.',
    'About 6,000 vehicles a day used the bridge, according to council figures, and a repair could cost £1.2m, or 12.5% of the budget.',
    '(Reporting by Daniel Mercer; Editing by Priya Natarajan)',
  ].join('\n'),
  'front matter and draft': [
    '---',
    'date: 2025-10-10',
    'source: Island Voice',
    '---',
    'DRAFT -- FERRY/COMMUTERS -- hold',
    '# What the ferry fire means for Skerry',
    'Writer: Joel Haddad',
    '',
    'Since the fire on Monday evening, the last boat leaves at 5.30pm local time, three days earlier than planned, said Peter Hallam.',
  ].join('\n'),
  'quotations and dates': [
    'Headline without a byline',
    'She said the plan was “not ‘safe’ and it’s not finished” last week.',
    'He said \'nothing\' in 2019, on 5 March 2024, on 2024-03-14, yesterday and two days ago.',
    '“An opening mark never closed runs to the end of its line',
    'and not one line further.',
    'By Tuesday the ferry ran again — a sentence, not a byline.',
    'WASHINGTON (Reuters) — <b>markup</b> and `code` are just text.',
  ].join('\n'),
  'body only': ['The ferry ran on Tuesday.', '"It ran," he said.'].join('\n'),
};
