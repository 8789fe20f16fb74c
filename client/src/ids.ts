/**
 * Command, view and webview ids: a contract with package.json (checked by
 * test/unit/client/package.test.ts), the end-to-end tests (test/e2e) and users' keybindings.
 * Never rename one; add new ones.
 */
export const COMMANDS = {
  restartServer: 'copydesk.restartServer',
  showOutput: 'copydesk.showOutput',
  reindex: 'copydesk.reindex',
  showTimeline: 'copydesk.showTimeline',
  showDesk: 'copydesk.showDesk',
  copyCitation: 'copydesk.copyCitation',
  refreshDesk: 'copydesk.refreshDesk',
  /** Stores the archive password in VS Code's secret storage (client/src/archive.ts). */
  setArchivePassword: 'copydesk.setArchivePassword',
  /** Internal: what Desk view items run when clicked (`[place]`). */
  openPlace: 'copydesk.openPlace',
  /** Internal: put in code lenses by the server (see server/src/lsp/commands.ts). */
  showReferences: 'copydesk.showReferences',
} as const;

/** The Desk tree view, in the Explorer. */
export const DESK_VIEW = 'copydesk.desk';
/** The Timeline webview panel's view type. */
export const TIMELINE_VIEW = 'copydesk.timeline';
/** The status bar item's id. */
export const STATUS_ITEM = 'copydesk.status';
