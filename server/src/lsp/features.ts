import { archiveFeature } from './archive';
import { codeActionFeature } from './codeActions';
import { codeLensFeature } from './codeLens';
import type { Feature } from './context';
import { deskFileFeature } from './deskFile';
import { hoverFeature } from './hover';
import { inlayHintFeature } from './inlayHints';
import { definitionFeature, referencesFeature } from './navigation';
import { renameFeature } from './rename';
import { semanticTokensFeature } from './semanticTokens';
import { documentSymbolFeature, workspaceSymbolFeature } from './symbols';
import { viewsFeature } from './views';

/** Every LSP feature the server offers; each lives in its own file and registers itself. */
export const FEATURES: readonly Feature[] = [
  hoverFeature, definitionFeature, referencesFeature, deskFileFeature, viewsFeature,
  codeActionFeature, renameFeature, inlayHintFeature, documentSymbolFeature, workspaceSymbolFeature,
  codeLensFeature, semanticTokensFeature, archiveFeature,
];
