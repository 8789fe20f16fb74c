import type { RawMention } from './classify';
import { fold } from './fold';
import { isAcronym } from './words';

/** What the grouping needs of an entity: its kind, its mentions, and its folded surname for people. */
export interface Grouped {
  kind: 'person' | 'organization' | 'place';
  mentions: RawMention[];
  key: string;
}

/** `the European Commission` → `european commission`. */
export function bareKey(text: string): string {
  return fold(/^the\s/i.test(text) ? text.replace(/^the\s+/i, '') : text);
}

export function initials(name: string): string {
  let out = '';
  for (const w of name.split(/[\s-]+/)) if (/^\p{Lu}/u.test(w)) out += w[0]!.toUpperCase();
  return out;
}

/**
 * Where a short form belongs, found by lookup rather than by comparing it with every mention:
 * each organisation's and place's forms are filed under themselves, their leading and trailing
 * words (`Norvald` of `Norvald Energy AG`, `Commission` of `European Commission`), their singular
 * or plural (`United Nation`), and their initials (`ISSG`). People are filed by surname.
 */
export class ShortForms<E extends Grouped> {
  private readonly people = new Map<string, E[]>();
  private readonly given = new Map<string, E[]>();
  private readonly forms = new Map<string, { e: E; order: number }>();
  private readonly order = new Map<E, number>();
  private readonly filed = new Set<string>();

  addPerson(e: E, given: string): void {
    const list = this.people.get(e.key);
    if (list) list.push(e);
    else this.people.set(e.key, [e]);
    if (!given) return;
    const named = this.given.get(given);
    if (named) named.push(e);
    else this.given.set(given, [e]);
  }

  peopleGiven(given: string): readonly E[] {
    return this.given.get(given) ?? [];
  }

  peopleNamed(surname: string): readonly E[] {
    return this.people.get(surname) ?? [];
  }

  /** Files an organisation's or place's form; the first entity filed under a key keeps it. */
  addForm(e: E, m: RawMention): void {
    let order = this.order.get(e);
    if (order === undefined) this.order.set(e, (order = this.order.size));
    const filed = `${order}|${m.text}`;
    if (this.filed.has(filed)) return;
    this.filed.add(filed);
    const f = bareKey(m.text);
    const file = (key: string) => {
      const had = this.forms.get(key);
      if (!had || had.order > order) this.forms.set(key, { e, order });
    };
    file(`=${f}`);
    if (f.endsWith('s')) file(`=${f.slice(0, -1)}`);
    file(`=${f}s`);
    for (let i = f.indexOf(' '); i > 0; i = f.indexOf(' ', i + 1)) {
      file(`<${f.slice(0, i)}`);
      file(`>${f.slice(i + 1)}`);
    }
    file(`#${initials(m.text)}`);
  }

  /** The organisation or place a short form names, if any (the earliest filed wins). */
  formOf(m: RawMention): E | undefined {
    const f = bareKey(m.text);
    // An acronym opening a longer name is another body (`EU` of `EU Civil Protection Mechanism`): acronyms join by initials only.
    const acronym = isAcronym(m.text);
    const hits = acronym ? [this.forms.get(`=${f}`), this.forms.get(`#${m.text.replace(/\./g, '').toUpperCase()}`)] : [this.forms.get(`=${f}`), this.forms.get(`<${f}`), this.forms.get(`>${f}`)];
    let best: { e: E; order: number } | undefined;
    for (const h of hits) if (h && (!best || h.order < best.order)) best = h;
    return best?.e;
  }
}
