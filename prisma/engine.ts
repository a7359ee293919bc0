// Prisma's own schema engine (WebAssembly build) driven through the better-sqlite3 adapter, so
// migrations apply and new ones are generated without the engine binary download.
import { readFile, readdir } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3';
import { bindMigrationAwareSqlAdapterFactory, type SqlMigrationAwareDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import type { SchemaEngine, MigrationList } from '@prisma/schema-engine-wasm/schema_engine_bg';

const require = createRequire(import.meta.url);

export const PRISMA_DIR = path.dirname(new URL(import.meta.url).pathname);
export const SCHEMA_PATH = path.join(PRISMA_DIR, 'schema.prisma');
export const MIGRATIONS_DIR = path.join(PRISMA_DIR, 'migrations');
const NO_FILTER = { externalTables: [], externalEnums: [] };

type Bg = typeof import('@prisma/schema-engine-wasm/schema_engine_bg');
let bgPromise: Promise<Bg> | undefined;

// The package entry imports the .wasm as an ES module, which Node 20 refuses; instantiate it here.
function loadBindings(): Promise<Bg> {
  bgPromise ??= (async () => {
    const bgPath = require.resolve('@prisma/schema-engine-wasm/schema_engine_bg');
    const bg = (await import(bgPath)) as Bg;
    const bytes = await readFile(bgPath.replace(/\.js$/, '.wasm'));
    const { instance } = await WebAssembly.instantiate(bytes, { './schema_engine_bg.js': bg });
    const exports = instance.exports as Record<string, unknown> & { __wbindgen_start?: () => void };
    (bg as unknown as { __wbg_set_wasm(e: unknown): void }).__wbg_set_wasm(exports);
    exports.__wbindgen_start?.();
    return bg;
  })();
  return bgPromise;
}

export async function schemaFiles() {
  return [{ path: SCHEMA_PATH, content: await readFile(SCHEMA_PATH, 'utf8') }];
}

type OpenEngine = { engine: SchemaEngine; close(): Promise<void> };

/**
 * A schema engine bound to the SQLite file at `dbFile`. The engine takes the file with
 * `locking_mode=EXCLUSIVE` and `free()` does not close its connections, so `close()` disposes
 * every connection it opened: otherwise the next engine in this process gets SQLITE_BUSY.
 */
async function openEngine(dbFile: string): Promise<OpenEngine> {
  const bg = await loadBindings();
  const files = await schemaFiles();
  const inner = new PrismaBetterSqlite3({ url: `file:${dbFile}` });
  const opened: { dispose(): Promise<void> }[] = [];
  const tracking: SqlMigrationAwareDriverAdapterFactory = {
    provider: inner.provider,
    adapterName: inner.adapterName,
    connect: async () => {
      const a = await inner.connect();
      opened.push(a);
      return a;
    },
    connectToShadowDb: async () => {
      const a = await inner.connectToShadowDb();
      opened.push(a);
      return a;
    },
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

/** Applies pending migrations to the database file; returns the names applied. */
export async function applyMigrations(dbFile: string): Promise<string[]> {
  const { engine, close } = await openEngine(dbFile);
  try {
    const out = await engine.applyMigrations({ migrationsList: await migrationList(), filters: NO_FILTER });
    return out.appliedMigrationNames;
  } finally {
    await close();
  }
}

/** SQL that takes the database at `dbFile` to the current schema.prisma ('' when in sync). */
export async function diffDatabaseToSchema(dbFile: string): Promise<string> {
  const { engine, close } = await openEngine(dbFile);
  try {
    const files = await schemaFiles();
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
