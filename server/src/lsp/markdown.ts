/**
 * Article text is data: before it goes into a hover or any Markdown, every character Markdown
 * or HTML could read as syntax is escaped, so an article cannot inject links, commands or markup.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_{}\[\]()#+\-.!|~<>&"'=:]/g, (c) => `\\${c}`)
    .replace(/\r?\n|\r/g, ' ');
}

/** A link Copydesk itself makes, to a place in an article (only file/untitled URIs, never commands). */
export function placeLink(label: string, uri: string, line: number, character: number): string {
  if (!/^(?:file|untitled|vscode-remote|copydesk-archive):/i.test(uri)) return escapeMarkdown(label);
  const target = `${uri}#L${line + 1},${character + 1}`;
  return `[${escapeMarkdown(label)}](${target.replace(/[()\s]/g, (c) => encodeURIComponent(c))})`;
}

/** A code span (`2017-04-24`): Markdown reads nothing inside one but a backtick, so backticks and line breaks go. */
export function inlineCode(text: string): string {
  return `\`${text.replace(/[`\r\n]+/g, ' ').trim() || ' '}\``;
}
