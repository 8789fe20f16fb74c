/**
 * Commands the server puts in code lenses and code actions, which the VS Code client registers
 * (the client owns `client/src/**` and `package.json` contributes). Other editors may implement
 * them or ignore the lenses; nothing in the server depends on them running.
 *
 * | command                   | arguments (LSP JSON)                          | what the client does |
 * |---------------------------|-----------------------------------------------|----------------------|
 * | `copydesk.showReferences` | `[uri: string, position: Position, locations?: Location[]]` | without `locations`, asks the server for the references at `position` (a lens sends none: a stock phrase has tens of thousands); converts with `client.protocol2CodeConverter` (`asUri`, `asPosition`, `asLocation`) and runs `editor.action.showReferences` (peek) |
 *
 * `editor.action.showReferences` cannot be put in a lens directly: VS Code wants `Uri`,
 * `Position` and `Location` objects, and JSON arguments from the server are plain objects.
 * Command ids here are Copydesk's own: nothing made from article text ever becomes a command.
 */
export const COMMANDS = {
  showReferences: 'copydesk.showReferences',
} as const;
