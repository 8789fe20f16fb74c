// Lint: typescript-eslint's recommended rules, and the architecture's one-way data flow checked by
// machine: the analysis core, the cross-article desk and the service layer never import an
// editor, a protocol or the file system (the host hands them text).
import tseslint from 'typescript-eslint';

const hostModules = [
  'vscode', 'vscode-languageserver', 'vscode-languageserver/*', 'vscode-languageclient', 'vscode-languageclient/*',
  'vscode-languageserver-textdocument', 'vscode-jsonrpc', 'vscode-jsonrpc/*',
  'fs', 'fs/*', 'node:*', 'path', 'child_process', 'worker_threads', 'net', 'http', 'https', 'os', 'pg',
];

export default tseslint.config(
  { ignores: ['**/out/**', 'node_modules/**', 'scratch/**', '.cache/**', 'test-results/**', '**/*.js', '**/*.mjs'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    files: ['server/src/analysis/**/*.ts', 'server/src/corpus/**/*.ts', 'server/src/service/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [{ group: hostModules, message: 'The core is pure: text in, models and findings out. Hosts (lsp/, cli/, host/) do I/O.' }],
      }],
    },
  },
  {
    files: ['server/src/**/*.ts'],
    ignores: ['server/src/lsp/**', 'server/src/cli/**'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [{ group: ['vscode', 'vscode-languageclient', 'vscode-languageclient/*'], message: 'The server never imports the editor API.' }],
      }],
    },
  },
  {
    files: ['client/src/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [{ group: ['**/server/src/**'], message: 'The client does no analysis: it talks to the server.' }],
      }],
    },
  },
);
