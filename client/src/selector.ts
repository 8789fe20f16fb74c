/** Which documents the language client syncs to the server (no `vscode` import: unit-tested). */

/** Languages whose documents Copydesk reads as articles. */
export const ARTICLE_LANGUAGES = ['plaintext', 'markdown', 'article'] as const;

/**
 * Files on disk, unsaved (untitled) buffers, and the schemes of the workspace folders themselves
 * (a virtual workspace's `vscode-vfs:`), but never `git:` or other views of old versions, which
 * would put a second copy of an article on the desk and flag it as quoting itself.
 */
export function documentSelector(folderSchemes: readonly string[]): { scheme: string; language: string }[] {
  const schemes = [...new Set(['file', 'untitled', ...folderSchemes.filter((s) => /^[a-z][a-z0-9+.-]*$/i.test(s) && !NEVER.has(s))])];
  return ARTICLE_LANGUAGES.flatMap((language) => schemes.map((scheme) => ({ scheme, language })));
}

const NEVER = new Set(['git', 'gitfs', 'output', 'vscode-scm', 'review', 'pr', 'vscode-notebook-cell']);
