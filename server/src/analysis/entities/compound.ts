import { gazetteer } from './gazetteer';
import { isAcronym, makeWord, type Word } from './words';

/** Second halves that turn a name into an adjective: `Istanbul-based`, `UN-led`, `al-Qaeda-linked`. */
const DERIVING = new Set(
  ('based backed led held run owned controlled born funded linked affiliated allied aligned bound made style ' +
    'brokered sponsored supported dominated occupied operated registered listed headquartered friendly focused ' +
    'centred centered wide bred educated trained').split(' '),
);

/**
 * Splits hyphenated words that join several names or make an adjective of one, so each name
 * stands alone: `U.S.-Russia-UN` → `U.S.`, `Russia`, `UN`; `Belgrade–Budapest` → two capitals;
 * `Istanbul-based` → `Istanbul` + `based`. Double-barrelled names (`Müller-Lüdenscheidt`,
 * `Jean-Claude`) and hyphenated countries (`Guinea-Bissau`) stay whole.
 */
export function expandCompounds(words: readonly Word[], text?: string): readonly Word[] {
  if (!words.length || (text !== undefined && !hasJoiner(text, words[0]!.start, words[words.length - 1]!.end))) return words;
  if (!words.some((w) => w.text.includes('-') || w.text.includes('–') || w.text.includes('/'))) return words;
  const out: Word[] = [];
  for (const w of words) {
    if (w.text.includes('/')) {
      out.push(...splitSlash(w));
      continue;
    }
    if (!/[-–]/.test(w.text) || gazetteer().lookup(w.text)) {
      out.push(w);
      continue;
    }
    const parts = w.text.split(/[-–]/);
    if (parts.some((p) => !p)) {
      out.push(w);
      continue;
    }
    const last = parts[parts.length - 1]!;
    if (DERIVING.has(last.toLowerCase()) && /^\p{Lu}/u.test(parts[parts.length - 2]!)) {
      const head = w.text.length - last.length - 1;
      out.push(makeWord(w.start, w.start + head, w.text.slice(0, head), w.lead, '-', w.capital, w.newline));
      out.push(makeWord(w.end - last.length, w.end, last, '', w.trail, false, false));
      continue;
    }
    const g = gazetteer();
    const capitals = parts.every((p) => /^\p{Lu}/u.test(p));
    if (!capitals || !parts.some((p) => isAcronym(p) || g.lookup(p))) {
      out.push(w);
      continue;
    }
    let offset = w.start;
    parts.forEach((p, i) => {
      const lastPart = i === parts.length - 1;
      out.push(makeWord(offset, offset + p.length, p, i === 0 ? w.lead : '', lastPart ? w.trail : '-', true, i === 0 && w.newline));
      offset += p.length + 1;
    });
  }
  return out;
}

/**
 * Whether `text[from, to)` has a hyphen, an en dash or a slash anywhere: most sentences have none,
 * and one pass over their characters is cheaper than three searches in each word.
 */
function hasJoiner(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 45 || c === 47 || c === 0x2013) return true;
  }
  return false;
}

/**
 * `Denholm/Daily` in a picture credit (`Mark Denholm/Daily Clarion`): a photographer and an
 * outlet, two names; `A/S` (a Danish company's suffix) and `km/h` stay whole.
 */
function splitSlash(w: Word): Word[] {
  const parts = w.text.split('/');
  if (parts.length !== 2 || !parts.every((p) => p.length > 1 && /^\p{Lu}/u.test(p))) return [w];
  const [a, b] = parts as [string, string];
  return [
    makeWord(w.start, w.start + a.length, a, w.lead, '/', w.capital, w.newline),
    makeWord(w.start + a.length + 1, w.end, b, '', w.trail, true, false),
  ];
}
