/**
 * The Timeline webview's page, built as a string with no `vscode` import (unit-tested with hostile
 * article text). Article text is data: every piece of it goes through `escapeHtml`, the page loads
 * nothing remote or local, and the Content Security Policy allows only the one style sheet and
 * the one script carrying this render's nonce. Places are never put in the page: a mark carries
 * only an index into the `places` the extension keeps, so a click can open nothing else.
 */
import type { Place, TimelineEvent, TimelineMark, TimelineResult } from './protocol';
import { dayNumber, makeScale, WIDTH, type Scale } from './timelineScale';

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"'`]/g, (c) => `&#${c.charCodeAt(0)};`);
}

export interface TimelinePage {
  readonly html: string;
  /** What `data-place="i"` opens. */
  readonly places: readonly Place[];
}

export function contentSecurityPolicy(nonce: string): string {
  return `default-src 'none'; style-src 'nonce-${nonce}'; script-src 'nonce-${nonce}'; base-uri 'none'; form-action 'none'`;
}

/** Events several articles date are what an editor compares; the others are behind a checkbox. */
const sharedBy = (e: TimelineEvent) => new Set(e.marks.map((m) => m.uri)).size;

export function timelineHtml(data: TimelineResult, nonce: string): TimelinePage {
  if (!/^[A-Za-z0-9+/=_-]{16,}$/.test(nonce)) throw new Error('timeline: a nonce must be at least 16 base64 characters');
  const places: Place[] = [];
  const place = (m: TimelineMark) => places.push({ uri: m.uri, range: m.range }) - 1;
  const shared = data.events.filter((e) => sharedBy(e) > 1);
  const singles = data.events.length - shared.length;
  const conflicts = data.events.filter((e) => e.conflict).length;

  const rows = data.events.map((e) => row(e, place, sharedBy(e) > 1 || !shared.length)).join('\n');
  const body = data.events.length
    ? `<header>
  <p class="summary">${count(shared.length || data.events.length, 'event')} dated by ${shared.length ? 'several articles' : 'the articles'}${conflicts ? `, <strong class="bad">${count(conflicts, 'conflict')}</strong>` : ''}.</p>
  ${conflicts ? '<label><input type="checkbox" id="conflicts"> Only conflicts</label>' : ''}
  ${singles && shared.length ? `<label><input type="checkbox" id="all"> Show the ${count(singles, 'event')} only one article dates</label>` : ''}
</header>
<ol class="events">
${rows}
</ol>`
    : '<p class="empty">No dated events yet. Copydesk draws a row for each happening an article dates (a vote, a closure, a meeting) once the workspace is indexed.</p>';

  const html = `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(nonce)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Copydesk Timeline</title>
<style nonce="${nonce}">${STYLE}</style>
</head>
<body>
${body}
<script nonce="${nonce}">${SCRIPT}</script>
</body>
</html>`;
  return { html, places };
}

function row(e: TimelineEvent, place: (m: TimelineMark) => number, shown: boolean): string {
  const scale = makeScale(e.marks);
  const lanes = e.marks.map((m) => lane(m, scale, place(m))).join('\n');
  const axis = scale.ticks.map((t) => `<span data-x="${t.x / 10}">${escapeHtml(t.label)}</span>`).join('');
  return `<li class="event${e.conflict ? ' conflict' : ''}${shown ? '' : ' single'}">
  <h2>${e.conflict ? '<span class="bad" title="The sources disagree">⚠</span> ' : ''}${escapeHtml(e.label)}</h2>
  <p class="clause">${escapeHtml(e.summary)}</p>
  <div class="axisrow" aria-hidden="true"><span></span><div class="axis">${axis}</div></div>
  ${lanes}
</li>`;
}

function lane(m: TimelineMark, scale: Scale, index: number): string {
  const first = dayNumber(m.first);
  const last = dayNumber(m.last);
  const who = m.outlet ?? fileName(m.uri);
  const tip = `${who}: “${m.text}” → ${m.reading}${m.conflict ? ' (conflicts with the other sources)' : ''}\n${m.sentence}`;
  // The row's scale spans all its marks, so every mark is inside it.
  let mark = '';
  if (Number.isFinite(first) && Number.isFinite(last)) {
    const x0 = scale.x(first);
    const x1 = scale.x(last + 1);
    const w = Math.max(x1 - x0, 6);
    const left = Math.max(0, Math.min(x0 - (w - (x1 - x0)) / 2, WIDTH - w));
    mark = `<rect x="${left.toFixed(1)}" y="2" width="${w.toFixed(1)}" height="10" rx="3"/>`;
  }
  return `<div class="lane${m.conflict ? ' conflict' : ''}">
    <button data-place="${index}" title="${escapeHtml(tip)}"><span class="who">${escapeHtml(who)}</span> <span class="said">“${escapeHtml(m.text)}”</span> <span class="when">${escapeHtml(m.reading)}</span></button>
    <svg viewBox="0 0 ${WIDTH} 14" preserveAspectRatio="none" role="img" aria-label="${escapeHtml(m.reading)}" data-place="${index}"><title>${escapeHtml(tip)}</title>${mark}</svg>
  </div>`;
}

/** The file name at the end of a URI: what a lane is called when the article names no outlet. */
export function fileName(uri: string): string {
  const name = uri.replace(/[?#].*$/, '').replace(/^.*[/:]/, '');
  try {
    return decodeURIComponent(name);
  } catch {
    return name;
  }
}

function count(n: number, what: string): string {
  return `${n} ${what}${n === 1 ? '' : 's'}`;
}

const STYLE = `
body { font-family: var(--vscode-font-family); font-size: var(--vscode-font-size); color: var(--vscode-foreground); padding: 0 16px 24px; }
header { display: flex; gap: 2em; align-items: baseline; flex-wrap: wrap; }
.bad { color: var(--vscode-errorForeground); }
.axisrow { display: grid; grid-template-columns: 45% 55%; }
.axis { position: relative; overflow: hidden; height: 1.4em; border-bottom: 1px solid var(--vscode-panel-border); font-size: 0.8em; opacity: 0.75; }
.axis span { position: absolute; white-space: nowrap; border-left: 1px solid var(--vscode-panel-border); padding-left: 3px; }
ol.events { list-style: none; padding: 0; margin: 0; }
li.event { padding: 6px 8px; margin: 6px 0; border-left: 3px solid transparent; }
li.event.conflict { border-left-color: var(--vscode-errorForeground); background: color-mix(in srgb, var(--vscode-errorForeground) 12%, transparent); }
li.single { display: none; }
body.all li.single { display: block; }
body.conflicts li.event:not(.conflict) { display: none; }
h2 { font-size: 1em; margin: 0; }
.clause { margin: 2px 0 4px; opacity: 0.8; font-style: italic; }
.lane { display: grid; grid-template-columns: 45% 55%; align-items: center; }
.lane button { text-align: left; background: none; border: none; color: inherit; font: inherit; padding: 1px 4px; cursor: pointer; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
.lane button:hover, .lane button:focus { background: var(--vscode-list-hoverBackground); outline: 1px solid var(--vscode-focusBorder); }
.who { font-weight: 600; }
.when { opacity: 0.8; }
svg { width: 100%; height: 14px; cursor: pointer; }
rect { fill: var(--vscode-charts-blue, var(--vscode-foreground)); }
.lane.conflict rect { fill: var(--vscode-errorForeground); }
.lane.conflict .when { color: var(--vscode-errorForeground); opacity: 1; }
.empty { opacity: 0.8; }
`;

// Static: nothing from an article is ever interpolated into the script.
const SCRIPT = `
const vscode = acquireVsCodeApi();
const state = vscode.getState() || {};
for (const id of ['all', 'conflicts']) {
  const box = document.getElementById(id);
  if (!box) continue;
  box.checked = !!state[id];
  document.body.classList.toggle(id, box.checked);
  box.addEventListener('change', () => {
    document.body.classList.toggle(id, box.checked);
    state[id] = box.checked;
    vscode.setState(state);
  });
}
for (const s of document.querySelectorAll('.axis span[data-x]')) s.style.left = Number(s.dataset.x) + '%';
document.addEventListener('click', (e) => {
  const t = e.target instanceof Element ? e.target.closest('[data-place]') : null;
  if (t) vscode.postMessage({ type: 'open', place: Number(t.getAttribute('data-place')) });
});
`;
