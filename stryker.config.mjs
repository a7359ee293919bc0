// Mutation testing (`npm run test:mutation`, not part of `npm test`: it is long on two cores).
// Incremental on one machine: the result of the last run is kept (tests/mutation/incremental.json,
// git-ignored — the full run's score is the figure that counts), so a
// rerun tests only mutants in code or tests that changed since. `--force` reruns everything.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
const config = {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutation.config.ts' },
  mutate: [
    'lib/domain/**/*.ts',
    'lib/validation/**/*.ts',
    'lib/auth/**/*.ts',
    'seeds/parse-report.ts',
    '!**/*.test.ts',
  ],
  coverageAnalysis: 'perTest',
  incremental: true,
  incrementalFile: 'tests/mutation/incremental.json',
  concurrency: 2,
  timeoutMS: 20_000,
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  thresholds: { high: 90, low: 85, break: 85 },
  // Anchored at the root: a bare 'data' would also drop seeds/data (the 2023 plan) from the sandbox.
  ignorePatterns: ['/data', '/.next', '/test-results', '/playwright-report', '/tests/artifacts', '/dist', '/reports'],
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
};

export default config;
