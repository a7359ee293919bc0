import { defineConfig } from 'vitest/config';
import os from 'node:os';
import path from 'node:path';

const root = path.dirname(new URL(import.meta.url).pathname);

export default defineConfig({
  resolve: {
    alias: [
      { find: /^@\//, replacement: `${root}/` },
      // Data modules mark themselves server-only; under vitest they run in Node, which is the server.
      { find: /^server-only$/, replacement: `${root}/tests/helpers/server-only-stub.ts` },
    ],
  },
  test: {
    environment: 'node',
    include: [
      'lib/**/*.test.ts',
      'seeds/**/*.test.ts',
      'prisma/**/*.test.ts',
      'tests/integration/**/*.test.ts',
      'scripts/**/*.test.ts',
      'components/**/*.test.ts',
      'app/**/*.test.ts',
      'tests/helpers/**/*.test.ts',
    ],
    // Two files at a time even on two cores (vitest's default there is one): many files wait on worker
    // threads, child processes and SQLite's file, so a second file fills the gaps (the suite: 296 s
    // → 256 s on this two-core machine). The PostgreSQL run keeps the default: its one server is the limit.
    maxWorkers: Math.max(2, os.availableParallelism() - 1),
    testTimeout: 60_000,
    hookTimeout: 120_000,
    setupFiles: ['tests/helpers/vitest-setup.ts'],
  },
});
