import { describe, expect, it } from 'vitest';
import { Desk, pointsInto, type Finding } from '../../../server/src/corpus';
import { corpusFiles } from '../../helpers/corpus';

/**
 * A warm start primes the desk with the findings a previous session saved for the same state:
 * read only when asked for, dropped like worked-out findings when an article they point into changes.
 */
describe('saved findings on the desk', () => {
  const files = corpusFiles('desk');
  const fresh = new Desk();
  for (const f of files) fresh.upsert(f.name, f.text);
  const worked = new Map(files.map((f) => [f.name, JSON.parse(JSON.stringify(fresh.findings(f.name))) as Finding[]]));

  /** A desk filed as a warm start files it, primed with the findings above; counts each article's reads. */
  function primed() {
    const desk = new Desk();
    for (const f of files) desk.file(f.name, f.text, fresh.article(f.name)!.model);
    const reads = new Map<string, number>();
    for (const [uri, findings] of worked) {
      desk.prime(uri, {
        pointsInto: pointsInto(uri, findings),
        read: () => {
          reads.set(uri, (reads.get(uri) ?? 0) + 1);
          return findings;
        },
      });
    }
    return { desk, reads };
  }

  it('reads an article’s saved findings once, when first asked for', () => {
    const { desk, reads } = primed();
    expect(reads.size).toBe(0);
    const uri = '01-kelbourne-courier-bridge.txt';
    expect(desk.findings(uri)).toEqual(worked.get(uri));
    expect(desk.knownFindings(uri)).toEqual(worked.get(uri));
    expect([...reads]).toEqual([[uri, 1]]);
  });

  it('counts saved findings as known (the status bar), reading them', () => {
    const { desk, reads } = primed();
    for (const f of files) expect(desk.knownFindings(f.name)).toEqual(worked.get(f.name));
    expect(reads.size).toBe(files.length);
  });

  it('drops the saved findings of the articles pointing into one that changed, and works them out afresh', () => {
    const { desk, reads } = primed();
    const wire = files.find((f) => f.name.startsWith('02-'))!;
    const changed = wire.text.replace('on March 13', 'on March 12');
    const pointing = [...worked].filter(([, fs]) => pointsInto('', fs).includes(wire.name)).map(([uri]) => uri);
    expect(pointing).toContain('01-kelbourne-courier-bridge.txt');
    const affected = desk.upsert(wire.name, changed);
    fresh.upsert(wire.name, changed);
    for (const uri of pointing) {
      expect(affected.has(uri)).toBe(true);
      expect(desk.findings(uri)).toEqual(fresh.findings(uri));
      expect(reads.has(uri)).toBe(false);
    }
    expect(desk.findings('01-kelbourne-courier-bridge.txt').some((f) => f.code === 'date-conflict')).toBe(false);
    fresh.upsert(wire.name, wire.text);
  });

  it('works findings out when the saved ones cannot be read', () => {
    const desk = new Desk();
    for (const f of files) desk.file(f.name, f.text, fresh.article(f.name)!.model);
    const uri = '01-kelbourne-courier-bridge.txt';
    desk.prime(uri, { pointsInto: [], read: () => { throw new SyntaxError('torn line'); } });
    expect(desk.findings(uri)).toEqual(worked.get(uri));
  });
});
