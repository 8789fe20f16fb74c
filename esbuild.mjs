// One build script for every bundle: the extension client, the language server, the CLI and the
// project's own tools. Type checking is separate (`npm run typecheck`); esbuild only bundles.
import * as esbuild from 'esbuild';
import { readFileSync } from 'node:fs';

const watch = process.argv.includes('--watch');
const quiet = process.argv.includes('--quiet');
const version = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')).version;

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: true,
  minify: false,
  // Prefer packages' ES module builds: some UMD builds (jsonc-parser) hide their requires from bundlers.
  mainFields: ['module', 'main'],
  logLevel: quiet ? 'error' : 'info',
  // Some dependencies ship only ESM that reads import.meta.url; in a CommonJS bundle it is this file's URL.
  define: { COPYDESK_VERSION: JSON.stringify(version), 'import.meta.url': '__copydeskImportMetaUrl' },
  banner: { js: "const __copydeskImportMetaUrl = require('url').pathToFileURL(__filename).href;" },
};

const builds = [
  { entryPoints: ['client/src/extension.ts'], outfile: 'client/out/extension.js', external: ['vscode'] },
  { entryPoints: ['server/src/lsp/main.ts'], outfile: 'server/out/server.js' },
  { entryPoints: ['server/src/host/analysisWorker.ts'], outfile: 'server/out/analysis-worker.js' },
  { entryPoints: ['server/src/cli/main.ts'], outfile: 'server/out/cli.js', banner: { js: `#!/usr/bin/env node\n${common.banner.js}` } },
  { entryPoints: ['tools/eval/main.ts'], outfile: 'out/tools/eval.js' },
  { entryPoints: ['tools/bench-archive/main.ts'], outfile: 'out/tools/bench-archive.js' },
  { entryPoints: ['tools/bench/main.ts'], outfile: 'out/tools/bench.js' },
];

if (watch) {
  for (const b of builds) await (await esbuild.context({ ...common, ...b })).watch();
} else {
  await Promise.all(builds.map((b) => esbuild.build({ ...common, ...b })));
}
