import type { Range } from 'vscode-languageserver';
import type { Span } from '../analysis/model';
import type { Desk } from '../corpus';
import { LineIndex } from '../service/lines';

/** Offsets ↔ LSP ranges for articles on the desk (open or not), one line index per text. */
export class Positions {
  private readonly cache = new Map<string, { text: string; index: LineIndex }>();

  constructor(private readonly desk: Desk) {}

  private index(uri: string): LineIndex | undefined {
    const text = this.desk.article(uri)?.text;
    if (text === undefined) return undefined;
    const hit = this.cache.get(uri);
    if (hit && hit.text === text) return hit.index;
    const index = new LineIndex(text);
    this.cache.set(uri, { text, index });
    return index;
  }

  range(uri: string, span: Span): Range {
    const index = this.index(uri);
    if (!index) return { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
    return { start: index.position(span.start), end: index.position(span.end) };
  }

  offset(uri: string, position: { line: number; character: number }): number | undefined {
    return this.index(uri)?.offset(position.line, position.character);
  }

  forget(uri: string): void {
    this.cache.delete(uri);
  }
}
