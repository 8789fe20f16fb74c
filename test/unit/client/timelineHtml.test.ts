import { describe, expect, it } from 'vitest';
import type { TimelineEvent, TimelineMark, TimelineResult } from '../../../client/src/protocol';
import { contentSecurityPolicy, escapeHtml, timelineHtml } from '../../../client/src/timelineHtml';
import { dayNumber, makeScale } from '../../../client/src/timelineScale';

const NONCE = 'dGhpcyBpcyBhIHRlc3Qgbm9uY2U=';
const range = { start: { line: 3, character: 7 }, end: { line: 3, character: 17 } };

function mark(over: Partial<TimelineMark>): TimelineMark {
  return {
    uri: 'file:///desk/01.txt', article: 'Harbour Gazette (01.txt, Wed 8 Oct 2025)', outlet: 'Harbour Gazette', published: '2025-10-08',
    range, text: 'on Tuesday', value: '2025-10-07', first: '2025-10-07', last: '2025-10-07', reading: 'Tue 7 Oct 2025',
    resolution: "'on Tuesday' (past) dated Wed 8 Oct 2025 → Tue 7 Oct 2025", sentence: 'The ferry was suspended on Tuesday.', conflict: false, ...over,
  };
}
function event(over: Partial<TimelineEvent>): TimelineEvent {
  return { id: 'ev-1', kind: 'suspension', label: 'suspension (“suspended”)', summary: 'Lindqvist Ferries suspended all night crossings', marks: [], conflict: false, ...over };
}

const ferry: TimelineResult = {
  events: [
    event({
      conflict: true,
      marks: [
        mark({ conflict: true }),
        mark({ uri: 'file:///desk/02.txt', outlet: 'Coastal Wire', text: 'on Wednesday', first: '2025-10-08', last: '2025-10-08', reading: 'Wed 8 Oct 2025' }),
      ],
    }),
    event({ id: 'ev-2', label: 'inquiry (“inquiry”)', marks: [mark({ text: 'on Friday', first: '2025-10-10', last: '2025-10-10', reading: 'Fri 10 Oct 2025' })] }),
  ],
};

const HOSTILE = [
  '</script><script>alert(1)</script>',
  '<img src=x onerror="alert(1)">',
  '" onmouseover="alert(1)" x="',
  "' onfocus='alert(1)' autofocus '",
  '<a href="command:workbench.action.terminal.new">click</a>',
  '<link rel="stylesheet" href="https://evil.example/x.css">',
  '<meta http-equiv="Content-Security-Policy" content="default-src *">',
  '`${alert(1)}`',
  '<!-- <svg onload=alert(1)>',
].join(' ');

const hostile: TimelineResult = {
  events: [
    event({
      label: HOSTILE, summary: HOSTILE, conflict: true,
      marks: [
        mark({ article: HOSTILE, outlet: HOSTILE, text: HOSTILE, reading: HOSTILE, sentence: HOSTILE, resolution: HOSTILE, uri: 'command:workbench.action.terminal.new', conflict: true }),
        mark({ outlet: null, article: HOSTILE, uri: 'javascript:alert(1)', first: '2025-10-09', last: '2025-10-09', value: '"><script>' }),
      ],
    }),
  ],
};

const OUR_TAGS = new Set(['!doctype', 'html', 'head', 'meta', 'title', 'style', 'body', 'header', 'p', 'strong', 'label', 'input', 'div', 'span', 'ol', 'li', 'h2', 'button', 'svg', 'rect', 'script']);
const OUR_ATTRIBUTES = new Set(['html', 'lang', 'charset', 'http-equiv', 'content', 'name', 'nonce', 'class', 'id', 'type', 'title', 'data-place', 'data-x', 'viewBox', 'preserveAspectRatio', 'role', 'aria-label', 'aria-hidden', 'x', 'y', 'width', 'height', 'rx']);
const tags = (html: string) => [...html.matchAll(/<(\/?)([!a-zA-Z][\w-]*)([^>]*)>/g)].map((m) => ({ closing: !!m[1], name: m[2]!.toLowerCase(), attrs: m[3]!.replace(/\/$/, '') }));

describe('the Timeline webview page', () => {
  it('draws each event as a row, each source as a lane with its date, the conflict highlighted', () => {
    const { html, places } = timelineHtml(ferry, NONCE);
    expect(html).toContain('<li class="event conflict">');
    expect(html).toContain('<div class="lane conflict">');
    expect(html).toContain('Coastal Wire');
    expect(html).toContain('Wed 8 Oct 2025');
    expect(html).toContain('1 conflict');
    expect(places).toHaveLength(3);
    expect(places[0]).toEqual({ uri: 'file:///desk/01.txt', range });
    // The one-source inquiry is behind the checkbox; the shared suspension is shown.
    expect(html).toContain('<li class="event single">');
    expect(html).toMatch(/Show the 1 event only one article dates/);
  });

  it('says what to expect when nothing is dated yet', () => {
    expect(timelineHtml({ events: [] }, NONCE).html).toContain('No dated events yet');
  });

  it('has a strict Content Security Policy with this render\'s nonce, and loads nothing remote', () => {
    const { html } = timelineHtml(ferry, NONCE);
    const csp = contentSecurityPolicy(NONCE);
    expect(csp).toBe(`default-src 'none'; style-src 'nonce-${NONCE}'; script-src 'nonce-${NONCE}'; base-uri 'none'; form-action 'none'`);
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="${csp}">`);
    expect(html.indexOf('Content-Security-Policy')).toBeLessThan(html.indexOf('<style'));
    expect(html).not.toMatch(/unsafe-inline|unsafe-eval|https?:|src=/);
    expect([...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0])).toEqual([`<script nonce="${NONCE}">`]);
    expect([...html.matchAll(/<style\b[^>]*>/g)].map((m) => m[0])).toEqual([`<style nonce="${NONCE}">`]);
    expect(html).not.toMatch(/\sstyle=/);
  });

  it('refuses a nonce that is not a long random token', () => {
    expect(() => timelineHtml(ferry, 'abc')).toThrow();
    expect(() => timelineHtml(ferry, `${NONCE}" onload="x`)).toThrow();
  });

  it('escapes hostile article text everywhere: no tag, attribute, script, link or URI of its own gets in', () => {
    const { html, places } = timelineHtml(hostile, NONCE);
    for (const t of tags(html)) {
      expect(OUR_TAGS.has(t.name), `unexpected <${t.name}>`).toBe(true);
      // Every attribute is one of ours with a double-quoted value free of quotes: text cannot break out.
      const attrs = [...t.attrs.matchAll(/\s+([a-zA-Z-]+)(?:="([^"<>]*)")?/g)];
      expect(attrs.map((a) => a[0]).join('').trim(), `<${t.name}${t.attrs}>`).toBe(t.attrs.trim());
      for (const a of attrs) expect(OUR_ATTRIBUTES.has(a[1]!), `unexpected attribute ${a[1]}`).toBe(true);
    }
    expect(tags(html).filter((t) => t.name === 'script' && !t.closing)).toHaveLength(1);
    expect(tags(html).filter((t) => t.name === 'meta' && /Content-Security-Policy/.test(t.attrs))).toHaveLength(1);
    // The text mentions a command: URI, as text; no attribute carries one, and the mark's own URI is not in the page.
    expect(tags(html).some((t) => /="(?:command|javascript):/.test(t.attrs))).toBe(false);
    expect(html).not.toContain('javascript:');
    expect(html).not.toContain('<!--');
    expect(html).toContain('&#60;/script&#62;&#60;script&#62;alert(1)&#60;/script&#62;');
    expect(html).toContain('&#34; onmouseover=&#34;alert(1)&#34;');
    // The places stay with the extension, reached only by index.
    expect(places.map((p) => p.uri)).toEqual(['command:workbench.action.terminal.new', 'javascript:alert(1)']);
    expect([...html.matchAll(/data-place="([^"]*)"/g)].every((m) => /^\d+$/.test(m[1]!) && Number(m[1]) < places.length)).toBe(true);
  });

  it('escapes the five HTML metacharacters and the backtick', () => {
    expect(escapeHtml(`<a href="x">'&'\``)).toBe('&#60;a href=&#34;x&#34;&#62;&#39;&#38;&#39;&#96;');
  });
});

describe('the Timeline scale (one per row)', () => {
  it('counts calendar days and shows at least a week with a day of margin', () => {
    expect(dayNumber('1970-01-02')).toBe(1);
    expect(Number.isNaN(dayNumber('2017-W16'))).toBe(true);
    const s = makeScale([{ first: '2025-10-07', last: '2025-10-07' }, { first: '2025-10-08', last: '2025-10-08' }], 10);
    expect(s.to - s.from).toBeGreaterThanOrEqual(7);
    expect(s.inside(dayNumber('2025-10-07'))).toBe(true);
    // A day apart is a visible gap: more than a tenth of the track.
    expect(s.x(dayNumber('2025-10-08')) - s.x(dayNumber('2025-10-07'))).toBeGreaterThan(100);
    expect(s.ticks.map((t) => t.label)).toContain('Tue 7');
  });

  it('labels months over a long span, thinned to a handful, and clamps days outside it', () => {
    const s = makeScale([{ first: '2025-01-10', last: '2025-09-30' }]);
    expect(s.ticks.length).toBeLessThanOrEqual(6);
    expect(s.ticks.every((t) => /^[A-Z][a-z]{2} 2025$/.test(t.label))).toBe(true);
    expect(s.ticks.map((t) => t.x)).toEqual([...s.ticks.map((t) => t.x)].sort((a, b) => a - b));
    expect(s.x(dayNumber('2019-01-01'))).toBe(0);
    expect(s.x(dayNumber('2030-01-01'))).toBe(1000);
  });
});
