// The suite StrykerJS runs against each mutant (`npm run test:mutation`): the unit tests next to the
// code (lib/**, seeds/**) and the session test (lib/auth/session.ts is database glue). The other
// integration tests seed a database per file, which per mutant costs seconds; the rules they
// exercise are pure functions with unit tests of their own, so a mutant those miss is a gap to close
// in the unit tests, not something to hide behind a slow end-to-end test.
import { defineConfig } from 'vitest/config';
import base from './vitest.config';

// StrykerJS runs this config in a sandbox copy of the project, as the working directory. The "@/"
// alias must point into that copy (the mutated code), not at the original checkout.
const root = process.cwd();

export default defineConfig({
  ...base,
  resolve: {
    alias: [
      { find: /^@\//, replacement: `${root}/` },
      { find: /^server-only$/, replacement: `${root}/tests/helpers/server-only-stub.ts` },
    ],
  },
  test: {
    ...base.test,
    include: ['lib/**/*.test.ts', 'seeds/**/*.test.ts', 'tests/integration/sessions.test.ts', 'tests/integration/credentials.test.ts'],
  },
});
