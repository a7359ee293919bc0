// Prisma's own schema engine (WebAssembly build) driven through a driver adapter — better-sqlite3
// for a SQLite file, pg for PostgreSQL — so migrations apply and new ones are generated without the
// engine binary download. Each database has its own migration history (prisma/migrations,
// prisma/migrations-postgres) of the one schema (prisma/schema.prisma; PostgreSQL's is derived from it).
import { readFile, readdir } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3';
import { PrismaPg } from '@prisma/adapter-pg';
import { postgresSchema } from './postgres-schema.mjs';
import { bindMigrationAwareSqlAdapterFactory, type SqlMigrationAwareDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import type { SchemaEngine, MigrationList } from '@prisma/schema-engine-wasm/schema_engine_bg';

const require = createRequire(import.meta.url);

export const PRISMA_DIR = path.dirname(new URL(import.meta.url).pathname);
export const SCHEMA_PATH = path.join(PRISMA_DIR, 'schema.prisma');
export const MIGRATIONS_DIR = path.join(PRISMA_DIR, 'migrations');
export const POSTGRES_MIGRATIONS_DIR = path.join(PRISMA_DIR, 'migrations-postgres');

/** A database the engine works on: a SQLite file, or a PostgreSQL database by its URL. */
export type Target = { kind: 'sqlite'; file: string } | { kind: 'postgres'; url: string };
const targetOf = (t: string | Target): Target => (typeof t === 'string' ? { kind: 'sqlite', file: t } : t);
export const migrationsDirOf = (t: Target): string => (t.kind === 'sqlite' ? MIGRATIONS_DIR : POSTGRES_MIGRATIONS_DIR);
const NO_FILTER = { externalTables: [], externalEnums: [] };

type Bg = typeof import('@prisma/schema-engine-wasm/schema_engine_bg');
// One instance per process, kept on globalThis: the glue module is Node's (one per process), and a
// second instance set into it (this module loaded again, e.g. by a test's resetModules) would
// corrupt the engines made from the first.
const cached = globalThis as { schemaEngineBindings?: Promise<Bg> };

// The package entry imports the .wasm as an ES module, which Node 20 refuses; instantiate it here.
function loadBindings(): Promise<Bg> {
  cached.schemaEngineBindings ??= (async () => {
    const bgPath = require.resolve('@prisma/schema-engine-wasm/schema_engine_bg');
    const bg = (await import(bgPath)) as Bg;
    const bytes = await readFile(bgPath.replace(/\.js$/, '.wasm'));
    const { instance } = await WebAssembly.instantiate(bytes, { './schema_engine_bg.js': bg });
    const exports = instance.exports as Record<string, unknown> & { __wbindgen_start?: () => void };
    (bg as unknown as { __wbg_set_wasm(e: unknown): void }).__wbg_set_wasm(exports);
    exports.__wbindgen_start?.();
    return bg;
  })();
  return cached.schemaEngineBindings;
}

export async function schemaFiles(kind: Target['kind'] = 'sqlite') {
  const content = await readFile(SCHEMA_PATH, 'utf8');
  return kind === 'sqlite' ? [{ path: SCHEMA_PATH, content }] : [{ path: path.join(PRISMA_DIR, 'postgres.prisma'), content: postgresSchema(content) }];
}

type OpenEngine = { engine: SchemaEngine; close(): Promise<void> };

/**
 * A schema engine bound to the SQLite file at `dbFile`. The engine takes the file with
 * `locking_mode=EXCLUSIVE` and `free()` does not close its connections, so `close()` disposes
 * every connection it opened: otherwise the next engine in this process gets SQLITE_BUSY.
 */
async function openEngine(target: Target): Promise<OpenEngine> {
  const bg = await loadBindings();
  const files = await schemaFiles(target.kind);
  const inner = target.kind === 'sqlite' ? new PrismaBetterSqlite3({ url: `file:${target.file}` }) : new PrismaPg({ connectionString: target.url });
  const opened: { dispose(): Promise<void> }[] = [];
  const track = <A extends { dispose(): Promise<void>; executeScript(script: string): Promise<void> }>(a: A): A => {
    opened.push(a);
    // pg's adapter cuts a script at every ";" — through a PL/pgSQL body ($$ … $$) too: send the
    // migration whole instead (PostgreSQL runs a multi-statement script in one simple query).
    const pool = (a as unknown as { client?: { query(sql: string): Promise<unknown> } }).client;
    if (target.kind === 'postgres' && pool) a.executeScript = async (script: string) => void (await pool.query(script));
    return a;
  };
  const tracking: SqlMigrationAwareDriverAdapterFactory = {
    provider: inner.provider,
    adapterName: inner.adapterName,
    connect: async () => track(await inner.connect()),
    connectToShadowDb: async () => track(await inner.connectToShadowDb()),
  };
  const log = () => {};
  const engine = await bg.SchemaEngine.new({ datamodels: files.map((f) => [f.path, f.content]) }, log, bindMigrationAwareSqlAdapterFactory(tracking));
  return {
    engine,
    close: async () => {
      engine.free();
      await Promise.all(opened.map((a) => a.dispose()));
    },
  };
}

export async function migrationList(dir: string = MIGRATIONS_DIR): Promise<MigrationList> {
  const names = existsSync(dir)
    ? (await readdir(dir, { withFileTypes: true }))
        .filter((d) => d.isDirectory())
        .map((d) => d.name)
        .sort()
    : [];
  const lockPath = path.join(dir, 'migration_lock.toml');
  const migrationDirectories = await Promise.all(
    names.map(async (name) => {
      const file = path.join(dir, name, 'migration.sql');
      const content = existsSync(file) ? ({ tag: 'ok', value: await readFile(file, 'utf8') } as const) : ({ tag: 'error', value: `missing ${file}` } as const);
      return { path: name, migrationFile: { path: 'migration.sql', content } };
    }),
  );
  return {
    baseDir: dir,
    lockfile: { path: 'migration_lock.toml', content: existsSync(lockPath) ? await readFile(lockPath, 'utf8') : null },
    shadowDbInitScript: '',
    migrationDirectories,
  };
}

/** Applies pending migrations to the database (a SQLite file's path, or a target); returns the names applied. */
export async function applyMigrations(database: string | Target): Promise<string[]> {
  const target = targetOf(database);
  const { engine, close } = await openEngine(target);
  try {
    const out = await engine.applyMigrations({ migrationsList: await migrationList(migrationsDirOf(target)), filters: NO_FILTER });
    return out.appliedMigrationNames;
  } finally {
    await close();
  }
}

/** SQL that takes the database (a SQLite file's path, or a target) to the current schema ('' when in sync). */
export async function diffDatabaseToSchema(database: string | Target): Promise<string> {
  const target = targetOf(database);
  const { engine, close } = await openEngine(target);
  try {
    const files = await schemaFiles(target.kind);
    const out = await engine.diff({
      from: { tag: 'schemaDatasource', files, configDir: PRISMA_DIR },
      to: { tag: 'schemaDatamodel', files },
      script: true,
      exitCode: null,
      filters: NO_FILTER,
    });
    const sql = (out.stdout ?? '').trim();
    return /^--\s*This is an empty migration\.?$/.test(sql) ? '' : sql;
  } finally {
    await close();
  }
}

/**
 * SQL that takes a PostgreSQL database from the schema `fromSchema` to the current one, worked out
 * from the two schemas alone (prisma/schema.prisma's text, each derived for PostgreSQL): the engine
 * cannot read a PostgreSQL database's schema back through the pg adapter, so the next migration of
 * that history is the difference between the schema its last migration made and the schema now.
 * The engine wants a PostgreSQL server to talk to (`url`; nothing in it is read or changed) — '' when
 * the schemas are the same. `fromSchema` null: from nothing; `toSchema`: another schema than the current one.
 */
export async function diffPostgresSchemas(fromSchema: string | null, url: string, toSchema?: string): Promise<string> {
  const { engine, close } = await openEngine({ kind: 'postgres', url });
  try {
    const head = await schemaFiles('postgres');
    const as = (schema: string) => [{ path: head[0]!.path, content: postgresSchema(schema) }];
    const out = await engine.diff({
      from: fromSchema === null ? { tag: 'empty' } : { tag: 'schemaDatamodel', files: as(fromSchema) },
      to: { tag: 'schemaDatamodel', files: toSchema === undefined ? head : as(toSchema) },
      script: true,
      exitCode: null,
      filters: NO_FILTER,
    });
    const sql = (out.stdout ?? '').trim();
    return /^--\s*This is an empty migration\.?$/.test(sql) ? '' : sql;
  } finally {
    await close();
  }
}
