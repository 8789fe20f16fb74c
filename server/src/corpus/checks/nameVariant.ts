import { findMention, mentionAt, mentionCount, mentionFull, mentionText } from '../../analysis/entities/mentionList';
import { MAX_RELATED, someOf, type Finding, type RelatedPlace } from '../findings';
import type { EntityRef } from '../registry';
import { describeArticle, fileName } from '../article';
import { nicknameLinks, withoutNickname } from '../names';
import type { DeskView } from '../view';

/**
 * A person's name spelled otherwise than most sources spell it (`Sergei Lavrov` where two other
 * articles have `Sergey Lavrov`), marked on the minority spelling with the majority's articles.
 */
export function nameVariants(view: DeskView, uri: string): Finding[] {
  const severity = view.settings.severity['name-variant'];
  const article = view.article(uri);
  if (severity === 'off' || !article) return [];
  const out: Finding[] = [];
  for (const e of article.model.entities) {
    if (e.kind !== 'person') continue;
    const we = view.registry.entityOf(uri, e.id);
    if (!we || we.spellings.length < 2) continue;
    // The registry's name is the majority spelling, unless an editor pinned another.
    const canonical = we.spellings.find((s) => s.text === we.name) ?? { text: we.name, uris: [] };
    const pinned = we.name !== we.spellings[0]!.text;
    let firstMembers: ReadonlyMap<string, EntityRef> | undefined;
    for (let i = 0; i < mentionCount(e.mentions); i++) {
      if (!mentionFull(e.mentions, i)) continue;
      const m = mentionAt(e.mentions, i);
      if (m.text.toLowerCase() === canonical.text.toLowerCase()) continue;
      // "William “Bill” Hardacre", "Bill Hardacre" for "William Hardacre": a glossed nickname is no misspelling.
      if (nicknameLinks(m.text, canonical.text) || withoutNickname(m.text).toLowerCase() === canonical.text.toLowerCase()) continue;
      if (we.spellings.some((s) => nicknameLinks(s.text, m.text) && withoutNickname(s.text).toLowerCase() === canonical.text.toLowerCase())) continue;
      const mine = we.spellings.find((s) => s.text === m.text);
      if (!mine || (!pinned && mine.uris.length >= canonical.uris.length)) continue;
      const others = canonical.uris.filter((u) => u !== uri);
      // The places kept (MAX_RELATED), each found through its article's first member of the
      // cluster: a name spelled one way in thousands of articles was looked for member by member.
      firstMembers ??= firstMemberOf(we.members);
      const related: RelatedPlace[] = [];
      for (const u of others) {
        if (related.length >= MAX_RELATED) break;
        const a = view.article(u);
        const ms = firstMembers.get(u)?.entity.mentions;
        const at = ms ? findMention(ms, (j) => mentionText(ms, j) === canonical.text) : -1;
        if (a && ms && at >= 0) related.push({ uri: u, span: mentionAt(ms, at).span, message: `${describeArticle(a)} spells it "${canonical.text}"` });
      }
      const count = canonical.uris.length;
      out.push({
        code: 'name-variant',
        severity,
        uri,
        span: m.span,
        message: pinned
          ? `Name spelled "${m.text}" here; the desk file pins the spelling "${canonical.text}"` + (others.length ? ` (as ${someOf(others.map(fileName), ', ', 5)} ${others.length === 1 ? 'has' : 'have'} it).` : '.')
          : `Name spelled "${m.text}" here, but ${count} ${count === 1 ? 'article spells' : 'articles spell'} it "${canonical.text}"` +
            (others.length ? ` (${someOf(others.map(fileName), ', ', 5)})` : '') + '.',
        related,
        fixes: [{ title: `Use "${canonical.text}"`, edits: [{ uri, span: m.span, newText: canonical.text }], preferred: true }],
      });
    }
  }
  return out;
}

function firstMemberOf(members: readonly EntityRef[]): ReadonlyMap<string, EntityRef> {
  const out = new Map<string, EntityRef>();
  for (const m of members) if (!out.has(m.uri)) out.set(m.uri, m);
  return out;
}
