import { describe, expect, it, vi } from 'vitest';
import { debounce } from '../../../client/src/debounce';
import { documentSelector } from '../../../client/src/selector';
import { statusView } from '../../../client/src/statusText';

describe('the status bar item', () => {
  it('shows articles indexed and conflicts found, with a breakdown in the tooltip', () => {
    const v = statusView({ articles: 4, conflicts: 3, byCode: { 'date-conflict': 2, misquote: 1, 'no-dateline': 1 } });
    expect(v.text).toBe('$(book) 4 articles  $(warning) 3 conflicts');
    expect(v.tooltip).toContain('2 date conflicts');
    expect(v.tooltip).toContain('1 undated articles');
    expect(v.tooltip).toContain('Problems');
    expect(statusView({ articles: 1, conflicts: 0, byCode: {} }).text).toBe('$(book) 1 article  $(check) 0 conflicts');
  });

  it('says the counts are so far while the workspace is being checked', () => {
    const v = statusView({ articles: 10, checked: 4, conflicts: 2, byCode: { misquote: 2 } });
    expect(v.text).toBe('$(book) 10 articles  $(sync~spin) 2 conflicts');
    expect(v.tooltip).toContain('2 conflicts between sources so far (4 of 10 articles checked).');
    expect(statusView({ articles: 10, checked: 10, conflicts: 2, byCode: { misquote: 2 } }).text).toBe('$(book) 10 articles  $(warning) 2 conflicts');
    expect(statusView('indexing').text).toContain('sync~spin');
  });
});

describe('the documents synced to the server', () => {
  it('covers files and unsaved buffers of the three article languages, and the folders\' own virtual schemes', () => {
    const s = documentSelector(['file', 'vscode-vfs', 'git']);
    expect(s).toContainEqual({ scheme: 'untitled', language: 'article' });
    expect(s).toContainEqual({ scheme: 'file', language: 'markdown' });
    expect(s).toContainEqual({ scheme: 'vscode-vfs', language: 'plaintext' });
    expect(s.some((x) => x.scheme === 'git')).toBe(false);
    expect(s).toHaveLength(9);
  });
});

describe('debounce', () => {
  it('runs once after a burst, and at once on now()', () => {
    vi.useFakeTimers();
    const fn = vi.fn();
    const d = debounce(fn, 100);
    d();
    d();
    d();
    vi.advanceTimersByTime(99);
    expect(fn).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(fn).toHaveBeenCalledTimes(1);
    d();
    d.now();
    vi.advanceTimersByTime(200);
    expect(fn).toHaveBeenCalledTimes(2);
    vi.useRealTimers();
  });
});
