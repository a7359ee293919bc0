// Runs `prisma generate` without Prisma's download server: generate needs no engine binary,
// so pointing PRISMA_SCHEMA_ENGINE_BINARY at any existing file skips the download.
// Two clients from the one schema (prisma/schema.prisma): SQLite's (lib/generated/prisma) and
// PostgreSQL's (lib/generated/prisma-pg), from a copy of the schema that differs in its provider
// and output only (written to lib/generated/postgres.prisma, never edited by hand).
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { postgresSchema } from '../prisma/postgres-schema.mjs';

const require = createRequire(import.meta.url);
const cli = require.resolve('prisma/build/index.js');
const env = { ...process.env, PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? process.execPath, PRISMA_HIDE_UPDATE_MESSAGE: '1' };

const run = (args) => spawnSync(process.execPath, [cli, 'generate', ...args], { stdio: 'inherit', env }).status ?? 1;

if (process.argv[1] && process.argv[1].endsWith('prisma-generate.mjs')) {
  mkdirSync('lib/generated', { recursive: true });
  writeFileSync('lib/generated/postgres.prisma', postgresSchema(readFileSync('prisma/schema.prisma', 'utf8')));
  const status = run([]) || run(['--schema', 'lib/generated/postgres.prisma']);
  process.exit(status);
}
