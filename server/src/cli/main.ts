import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from '../lsp/server';
import { parseArgs, USAGE, UsageError } from './args';
import { runIndex } from './archiveIndex';
import { runCheck } from './check';

declare const COPYDESK_VERSION: string;

async function main(argv: string[]): Promise<number> {
  let command;
  try {
    command = parseArgs(argv);
  } catch (e) {
    if (e instanceof UsageError) {
      process.stderr.write(`copydesk: ${e.message}\n\n${USAGE}\n`);
      return 2;
    }
    throw e;
  }
  switch (command.name) {
    case 'help':
      process.stdout.write(`${USAGE}\n`);
      return 0;
    case 'version':
      process.stdout.write(`${typeof COPYDESK_VERSION === 'string' ? COPYDESK_VERSION : 'dev'}\n`);
      return 0;
    case 'lsp':
      startServer(createConnection(ProposedFeatures.all, process.stdin, process.stdout));
      return -1;
    case 'check':
      return runCheck({ ...command, cwd: process.cwd(), out: (s) => process.stdout.write(`${s}\n`), err: (s) => process.stderr.write(`${s}\n`) });
    case 'index':
      return runIndex({ ...command, cwd: process.cwd(), out: (s) => process.stdout.write(`${s}\n`), err: (s) => process.stderr.write(`${s}\n`) });
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    if (code >= 0) process.exitCode = code;
  },
  (e) => {
    process.stderr.write(`copydesk: internal error: ${e instanceof Error ? e.stack : String(e)}\n`);
    process.exitCode = 2;
  },
);
