// The integration tests that touch SQL or transactions, run again on PostgreSQL (DB=postgres): one
// embedded PostgreSQL for the run (tests/helpers/postgres-global.ts), a database per test file.
// The files listed open no SQLite file of their own; the others check SQLite itself (its file, its
// triggers, its locks) and stay SQLite-only — PostgreSQL's counterparts are in postgres.test.ts.
// Not listed either: the offices' tables and the upload (plan-import-offices, import-upload) — their
// time goes to reading workbooks; what they write goes through the import plan-import.test.ts runs here.
import os from 'node:os';
import { defineConfig } from 'vitest/config';
import base from './vitest.config';

export const POSTGRES_FILES = [
  'tests/integration/actions.test.ts',
  'tests/integration/submit-rules.test.ts',
  'tests/integration/dashboard.test.ts',
  'tests/integration/data-access.test.ts',
  'tests/integration/notices.test.ts',
  'tests/integration/instructions.test.ts',
  'tests/integration/reminders.test.ts',
  'tests/integration/sessions.test.ts',
  'tests/integration/accounts.test.ts',
  'tests/integration/credentials.test.ts',
  'tests/integration/evidence.test.ts',
  'tests/integration/files-prune.test.ts',
  'tests/integration/plan-edit.test.ts',
  'tests/integration/plan-structure.test.ts',
  'tests/integration/plan-import.test.ts',
  'tests/integration/import-write-worker.test.ts',
  'tests/integration/year-turn.test.ts',
  'tests/integration/healthz.test.ts',
];

// Replaced, not merged: mergeConfig would add these files to the base run's list.
export default defineConfig({
  ...base,
  test: {
    ...base.test,
    include: POSTGRES_FILES,
    env: { DB: 'postgres' },
    globalSetup: ['tests/helpers/postgres-global.ts'],
    // One file at a time on two cores (two measured no faster: 152 s against 143 s).
    maxWorkers: Math.max(1, os.availableParallelism() - 1),
  },
});
