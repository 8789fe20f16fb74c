import type { ClientCapabilities, Connection, Diagnostic, FileChangeType, ServerCapabilities, TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Desk } from '../corpus';
import type { Positions } from './convert';
import type { ServerSettings } from './settings';

/** What every feature of the server gets: the connection, the open documents and the desk. */
export interface ServerContext {
  readonly connection: Connection;
  readonly documents: TextDocuments<TextDocument>;
  readonly desk: Desk;
  readonly positions: Positions;
  settings(): ServerSettings;
  /** Resolves once the workspace has been indexed (requests wait for it rather than answer half-informed). */
  ready(): Promise<void>;
  /** Re-sends the diagnostics of these articles if they changed. */
  publish(uris: Iterable<string>): void;
  /**
   * `publish` for a keystroke: the first of `leading` at once, the rest of `leading` right after
   * its diagnostics are written, then `rest` a slice at a time. Messages go out only between
   * tasks: sending all in one go held the article typed into, and the articles it conflicts
   * with, until every article the keystroke touched was checked (see `byRelevance`).
   */
  publishFirst(leading: readonly string[], rest: Iterable<string>): void;
  log(message: string): void;
  /** Paths of the workspace folders. */
  folders(): readonly string[];
  /** Reads a file the way articles are read (decoded, never throwing). */
  readFile(path: string): Promise<import('../host/decode').Decoded>;
  /** What the client said it supports in `initialize` (refresh requests, resource operations...). */
  clientCapabilities(): ClientCapabilities;
}

/** One LSP feature: the capabilities it announces and the handlers it registers. */
export interface Feature {
  readonly capabilities?: ServerCapabilities;
  register(ctx: ServerContext): void;
  /** After the client said `initialized` (the server owns that notification and calls this). */
  initialized?(ctx: ServerContext): Promise<void> | void;
  /** Files changed on disk; return true for a change this feature handled (it is then not read as an article). */
  fileChanged?(ctx: ServerContext, uri: string, type: FileChangeType): boolean;
  /** The desk changed: these articles' findings (and what features show about them) may have changed. */
  deskChanged?(ctx: ServerContext, uris: readonly string[]): void;
  /** The `copydesk.*` settings were read again. */
  settingsChanged?(ctx: ServerContext): void;
  /** The client asked the server to shut down: close connections and timers. */
  shutdown?(ctx: ServerContext): Promise<void> | void;
  /** Diagnostics this feature adds to an article's own (published with them). */
  diagnostics?(ctx: ServerContext, uri: string): Diagnostic[];
}
