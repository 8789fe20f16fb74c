import { covered } from '../../helpers/article';
import { datedArticle } from './dates-helpers';

export interface Placed {
  kind: string;
  trigger: string;
  participants: string[];
  places: string[];
  modifiers: string[];
  related: string[];
  status: string | undefined;
}

/** The happening the body date containing `needle` places, or null. */
export function eventAt(published: string | null, body: string, needle: string): Placed | null {
  const { text, model } = datedArticle(published, body);
  const d = model.dates.find((x) => x.where === 'body' && covered(text, x.span).includes(needle));
  if (!d) throw new Error(`no date "${needle}" in: ${body}`);
  const e = model.events.find((x) => x.id === d.event);
  if (!e) return null;
  const name = (id: string) => model.entities.find((x) => x.id === id)?.name ?? id;
  return {
    kind: e.kind, trigger: e.trigger.value, participants: e.participants.map(name), places: e.places.map(name),
    modifiers: [...(e.modifiers ?? [])], related: [...(e.related ?? [])], status: e.status,
  };
}

/** `kind:trigger` of the happening a date places, or null. */
export function placed(body: string, needle: string, published = '14 March 2024'): string | null {
  const e = eventAt(published, body, needle);
  return e ? `${e.kind}:${e.trigger}` : null;
}
