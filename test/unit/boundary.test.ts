import { readdirSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';

// The same boundary ESLint enforces, checked again where it cannot be switched off by a comment:
// the pure layers import neither the editor, nor the protocol, nor the file system.
const root = path.resolve(__dirname, '..', '..', 'server', 'src');
const PURE = ['analysis', 'corpus', 'service'];
const FORBIDDEN = /from\s+['"](?:vscode|vscode-languageserver[^'"]*|vscode-languageclient[^'"]*|vscode-jsonrpc[^'"]*|node:[^'"]+|fs|path|child_process|worker_threads|pg)['"]/;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = path.join(dir, f);
    return statSync(p).isDirectory() ? files(p) : p.endsWith('.ts') ? [p] : [];
  });
}

describe('architecture', () => {
  for (const layer of PURE) {
    it(`${layer}/ imports no editor, protocol or file-system module`, () => {
      const offenders = files(path.join(root, layer)).filter((f) => FORBIDDEN.test(readFileSync(f, 'utf8')));
      expect(offenders.map((f) => path.relative(root, f))).toEqual([]);
    });
  }
});
