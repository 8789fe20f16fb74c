import type { Desk } from '../corpus';

/**
 * The articles a change affects, in the order their warnings are worth sending: leading, the
 * article changed, then those its own warnings point into (the other side of a conflict the
 * editor is looking at); then the rest.
 */
export function byRelevance(desk: Desk, uri: string, affected: ReadonlySet<string>): { leading: string[]; rest: string[] } {
  const leading = new Set<string>();
  if (affected.has(uri)) {
    leading.add(uri);
    try {
      for (const f of desk.findings(uri)) for (const r of f.related) if (affected.has(r.uri)) leading.add(r.uri);
    } catch {
      /* publishing the article logs why its checks failed */
    }
  }
  return { leading: [...leading], rest: [...affected].filter((u) => !leading.has(u)) };
}
