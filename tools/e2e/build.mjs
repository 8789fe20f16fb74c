// Bundles the editor tests and their runner into out/e2e/ (git-ignored). The extension host loads
// compiled JavaScript, so the suites are built apart from the extension: one file per suite (mocha
// loads each after setting up its `tdd` interface), `vscode` left to the host, mocha and the
// test/browser drivers left to node_modules. Type checking stays with `npm run typecheck`.
import * as esbuild from 'esbuild';
import { readdirSync, rmSync } from 'node:fs';

const root = new URL('../../', import.meta.url).pathname;
const suites = readdirSync(`${root}test/e2e/suite`).filter((f) => f.endsWith('.test.ts')).map((f) => `test/e2e/suite/${f}`);

const common = {
  absWorkingDir: root,
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: 'inline',
  logLevel: 'error',
  external: ['vscode', 'mocha', 'playwright-core', '@vscode/test-electron'],
};

// A suite deleted from test/e2e/suite must not linger as JavaScript the runner would still load.
rmSync(`${root}out/e2e`, { recursive: true, force: true });

await Promise.all([
  esbuild.build({ ...common, entryPoints: ['test/e2e/suite/index.ts', ...suites], outdir: 'out/e2e/suite', outbase: 'test/e2e/suite' }),
  esbuild.build({ ...common, entryPoints: ['tools/e2e/run.ts'], outfile: 'out/e2e/run.js' }),
]);
