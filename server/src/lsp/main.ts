import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from './server';

// The transport (--node-ipc, --stdio or --socket) is picked from the command line.
startServer(createConnection(ProposedFeatures.all));
