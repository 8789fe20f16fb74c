import type { Feature } from './context';
import { deskFileFeature } from './deskFile';
import { hoverFeature } from './hover';
import { definitionFeature, referencesFeature } from './navigation';
import { viewsFeature } from './views';

/** Every LSP feature the server offers; each lives in its own file and registers itself. */
export const FEATURES: readonly Feature[] = [hoverFeature, definitionFeature, referencesFeature, deskFileFeature, viewsFeature];
