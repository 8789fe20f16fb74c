import { describeArticle, fileName, sentenceOf } from '../article';
import type { EventRef } from '../events';
import { overlaps } from '../../analysis/dates/timex';
import { someOf, type Finding } from '../findings';
import type { DeskView } from '../view';

const TIME_ZONE = /\b(?:GMT|UTC|local time|time zone|[A-Z]{1,3}[SD]?T)\b/;

/**
 * The same happening dated differently by two articles, after each article's relative dates
 * were resolved against its own dateline. A coarser date that contains the finer one is not a
 * conflict; where most sources agree, only the outlier is marked.
 */
export function dateConflicts(view: DeskView, uri: string): Finding[] {
  const severity = view.settings.severity['date-conflict'];
  const article = view.article(uri);
  if (severity === 'off' || !article) return [];
  const out: Finding[] = [];
  for (const event of article.model.events) {
    const date = article.model.dates[event.date];
    if (!date?.range) continue;
    const me: EventRef = { uri, event, date };
    // A plan overtaken by events (called off on its date) is compared with plans only.
    const stale = (r: EventRef) => r.event.status === 'called-off' || view.events.superseded(r);
    const meStale = stale(me);
    const happened = (r: EventRef) => !r.event.status;
    const same = view.events.sameEvent(uri, event.id).filter((o) => !(meStale && happened(o)) && !(happened(me) && stale(o)));
    let differ = same.filter((o) => o.date.range && !overlaps(o.date.range, date.range!) && !dayShiftStated(view, me, o));
    if (!differ.length) continue;
    // An article that also dates the happening as this one does tells of two occurrences of it.
    differ = differ.filter((o) => !same.some((a) => a.uri === o.uri && !differ.includes(a)));
    // A coarser date containing both (`later this week`) agrees with neither side.
    const agree = same.filter((o) => !differ.includes(o) && !differ.some((d) => overlaps(o.date.range!, d.date.range!)));
    if (!differ.length || agree.length + 1 > differ.length) continue;
    const kind = `the ${event.kind}`;
    const others = differ.map((o) => {
      const a = view.article(o.uri)!;
      return `${describeArticle(a)} has "${o.date.text.trim()}" (${o.date.resolution.replace(/^'[^']*'\s*/, '')})`;
    });
    out.push({
      code: 'date-conflict',
      severity,
      uri,
      span: date.span,
      message:
        `Date conflict over ${kind} (“${event.trigger.value}”): here "${date.text.trim()}" ${date.resolution.replace(/^'[^']*'\s*/, '')}; ` +
        someOf(others, '; ', 3) +
        (agree.length ? `. ${someOf(agree.map((a) => fileName(a.uri)), ', ', 5)} agree${agree.length === 1 ? 's' : ''} with this article.` : '.'),
      related: differ.map((o) => {
        const a = view.article(o.uri)!;
        return { uri: o.uri, span: o.date.span, message: `${describeArticle(a)}: "${sentenceOf(a, o.date.span)}" — ${o.date.resolution}` };
      }),
      fixes: [],
    });
  }
  return out;
}

/** "11pm GMT on Monday ... Tuesday local time": a one-day difference the copy itself explains. */
function dayShiftStated(view: DeskView, a: EventRef, b: EventRef): boolean {
  if (!a.date.range || !b.date.range) return false;
  const gap = Math.abs(Date.parse(a.date.range.first) - Date.parse(b.date.range.first)) / 86400000;
  if (gap !== 1) return false;
  const sa = view.article(a.uri);
  const sb = view.article(b.uri);
  return !!sa && !!sb && (TIME_ZONE.test(sentenceOf(sa, a.date.span, 400)) || TIME_ZONE.test(sentenceOf(sb, b.date.span, 400)));
}
