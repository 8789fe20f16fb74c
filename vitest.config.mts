import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/unit/**/*.test.ts', 'test/lsp/**/*.test.ts', 'test/grammar/**/*.test.ts', 'test/robust/**/*.test.ts'],
    testTimeout: 20_000,
  },
});
