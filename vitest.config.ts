import { defineConfig } from 'vitest/config';
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
      'tests/helpers/**/*.test.ts',
    ],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    setupFiles: ['tests/helpers/vitest-setup.ts'],
  },
});
