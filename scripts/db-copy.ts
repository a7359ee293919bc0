// `npm run db:copy -- --to postgresql://…`: moves an office's data from its SQLite file (DATABASE_URL,
// or --from file:…) into an empty PostgreSQL database — migrated first, refused when it holds any
// data — every table with its ids, the id sequences set after, then verified: the row count and a
// checksum of the rows (in primary-key order, values in one canonical form) equal on both sides,
// table by table. Sessions, sign-in throttling and the migration history are not copied (sessions
// sign everyone out once; each database keeps its own history).
import { createHash } from 'node:crypto';
import Database from 'better-sqlite3';
import pg from 'pg';
import { databaseFile, env } from '@/lib/env';
import { migrateDeploy } from '@/prisma/migrate';

/** Tables not copied: per-process bookkeeping (sessions, throttling) and each database's own history and data version. */
const NOT_COPIED = new Set(['Session', 'LoginThrottle', 'DataVersion', '_prisma_migrations', 'sqlite_sequence']);

type Column = { name: string; type: string };
type Table = { name: string; columns: Column[]; key: string[] };
export type CopyReport = { tables: { name: string; rows: number; checksum: string }[] };

/** A value in one form whatever the database: dates as ISO UTC, booleans as true/false, bytes as hex. */
function canonical(v: unknown, type: string): string {
  if (v === null || v === undefined) return '\u0000';
  if (type.startsWith('timestamp'))
    return new Date(typeof v === 'string' && !/[zZ+]|-\d\d:\d\d$/.test(v) ? `${v.replace(' ', 'T')}Z` : (v as string)).toISOString();
  if (type === 'boolean') return v === true || v === 1 || v === 't' ? 'true' : 'false';
  if (type === 'bytea') return Buffer.from(v as Uint8Array).toString('hex');
  if (typeof v === 'number' || typeof v === 'bigint') return String(Number(v));
  return String(v);
}

const checksum = (rows: Record<string, unknown>[], t: Table) => {
  const h = createHash('sha256');
  for (const r of rows) h.update(JSON.stringify(t.columns.map((c) => canonical(r[c.name], c.type))) + '\n');
  return h.digest('hex');
};

/** A value from SQLite as PostgreSQL's column takes it. */
function toPostgres(v: unknown, type: string): unknown {
  if (v === null || v === undefined) return null;
  if (type.startsWith('timestamp')) return new Date(v as string).toISOString().replace('Z', ''); // timestamp without time zone, in UTC
  if (type === 'boolean') return v === 1 || v === true;
  return v;
}

/** PostgreSQL's tables (after migrating): columns with their types, primary keys; in an order that inserts parents first. */
async function tablesOf(client: pg.Client, db: Database.Database): Promise<Table[]> {
  const cols = await client.query<{ table_name: string; column_name: string; data_type: string }>(
    `SELECT table_name, column_name, data_type FROM information_schema.columns WHERE table_schema = 'public' ORDER BY table_name, ordinal_position`,
  );
  const keys = await client.query<{ table_name: string; column_name: string }>(
    `SELECT tc.table_name, kcu.column_name FROM information_schema.table_constraints tc
     JOIN information_schema.key_column_usage kcu ON kcu.constraint_name = tc.constraint_name AND kcu.table_schema = tc.table_schema
     WHERE tc.table_schema = 'public' AND tc.constraint_type = 'PRIMARY KEY' ORDER BY tc.table_name, kcu.ordinal_position`,
  );
  const byName = new Map<string, Table>();
  for (const c of cols.rows) {
    if (NOT_COPIED.has(c.table_name)) continue;
    const t = byName.get(c.table_name) ?? { name: c.table_name, columns: [], key: [] };
    t.columns.push({ name: c.column_name, type: c.data_type === 'USER-DEFINED' ? 'enum' : c.data_type.replace(' without time zone', '') });
    byName.set(c.table_name, t);
  }
  for (const k of keys.rows) byName.get(k.table_name)?.key.push(k.column_name);
  // Parents first: SQLite's foreign keys (a table's references to itself aside).
  const order: Table[] = [];
  const seen = new Set<string>();
  const visit = (name: string) => {
    if (seen.has(name) || !byName.has(name)) return;
    seen.add(name);
    for (const fk of db.prepare(`PRAGMA foreign_key_list("${name}")`).all() as { table: string }[]) if (fk.table !== name) visit(fk.table);
    order.push(byName.get(name)!);
  };
  for (const name of [...byName.keys()].sort()) visit(name);
  return order;
}

/** The rows of `t` in PostgreSQL, timestamps as written (no time-zone conversion), in key order. */
async function postgresRows(client: pg.Client, t: Table) {
  const order = t.key.map((k) => `"${k}"`).join(', ');
  return (await client.query<Record<string, unknown>>(`SELECT * FROM "${t.name}" ORDER BY ${order}`)).rows;
}

/** A client that hands timestamps back as text: a checksum must not depend on this machine's time zone. */
const rawTimestamps = (url: string) =>
  new pg.Client({
    connectionString: url,
    types: {
      getTypeParser: ((oid: number, format?: string) =>
        oid === 1114 ? (s: string) => s : pg.types.getTypeParser(oid, format as 'text')) as typeof pg.types.getTypeParser,
    },
  });

export async function copySqliteToPostgres(file: string, url: string): Promise<CopyReport> {
  await migrateDeploy(url);
  const db = new Database(file, { readonly: true });
  const client = rawTimestamps(url);
  await client.connect();
  try {
    const tables = await tablesOf(client, db);
    for (const t of tables) {
      const { rows } = await client.query<{ n: string }>(`SELECT COUNT(*) AS n FROM "${t.name}"`);
      if (Number(rows[0]!.n) > 0) throw new Error(`the target already holds data (table ${t.name}): db:copy only fills an empty database`);
    }
    await client.query('BEGIN');
    for (const t of tables) {
      const names = t.columns.map((c) => `"${c.name}"`).join(', ');
      const rows = db.prepare(`SELECT ${names} FROM "${t.name}" ORDER BY ${t.key.map((k) => `"${k}"`).join(', ')}`).all() as Record<string, unknown>[];
      for (let i = 0; i < rows.length; i += 200) {
        const chunk = rows.slice(i, i + 200);
        const values: unknown[] = [];
        const tuples = chunk.map((r) => `(${t.columns.map((c) => `$${values.push(toPostgres(r[c.name], c.type))}`).join(', ')})`);
        await client.query(`INSERT INTO "${t.name}" (${names}) VALUES ${tuples.join(', ')}`, values);
      }
      if (t.key.length === 1 && t.key[0] === 'id' && t.columns.find((c) => c.name === 'id')?.type === 'integer') {
        await client.query(`SELECT setval(pg_get_serial_sequence('"${t.name}"', 'id'), COALESCE(MAX("id"), 1), MAX("id") IS NOT NULL) FROM "${t.name}"`);
      }
    }
    await client.query('COMMIT');
    // Verify, table by table, from what each database now holds.
    const report: CopyReport = { tables: [] };
    for (const t of tables) {
      const order = t.key.map((k) => `"${k}"`).join(', ');
      const from = db.prepare(`SELECT * FROM "${t.name}" ORDER BY ${order}`).all() as Record<string, unknown>[];
      const to = await postgresRows(client, t);
      const [a, b] = [checksum(from, t), checksum(to, t)];
      if (from.length !== to.length || a !== b)
        throw new Error(`table ${t.name}: ${from.length} rows and checksum ${a.slice(0, 12)} in SQLite, ${to.length} and ${b.slice(0, 12)} in PostgreSQL`);
      report.tables.push({ name: t.name, rows: to.length, checksum: b });
    }
    return report;
  } catch (e) {
    await client.query('ROLLBACK').catch(() => {});
    throw e;
  } finally {
    await client.end();
    db.close();
  }
}

/** A value from PostgreSQL (timestamps as text, in UTC) as SQLite's column holds it (as Prisma writes it). */
function toSqlite(v: unknown, type: string): unknown {
  if (v === null || v === undefined) return null;
  if (type.startsWith('timestamp')) return new Date(`${String(v).replace(' ', 'T')}Z`).toISOString().replace('Z', '+00:00');
  if (type === 'boolean') return v === true ? 1 : 0;
  if (typeof v === 'bigint') return Number(v);
  return v;
}

/**
 * The reverse, for tests and for an office going back: a PostgreSQL database into a new SQLite
 * file (migrated first; refused when it holds any data), verified the same way.
 */
export async function copyPostgresToSqlite(url: string, file: string): Promise<CopyReport> {
  await migrateDeploy(`file:${file}`);
  const db = new Database(file);
  const client = rawTimestamps(url);
  await client.connect();
  try {
    const tables = await tablesOf(client, db);
    for (const t of tables) {
      const { n } = db.prepare(`SELECT COUNT(*) AS n FROM "${t.name}"`).get() as { n: number };
      if (n > 0) throw new Error(`the target already holds data (table ${t.name}): db:copy only fills an empty database`);
    }
    const rowsOf = new Map<string, Record<string, unknown>[]>();
    for (const t of tables) rowsOf.set(t.name, await postgresRows(client, t));
    db.transaction(() => {
      db.pragma('defer_foreign_keys = ON');
      for (const t of tables) {
        const names = t.columns.map((c) => `"${c.name}"`).join(', ');
        const insert = db.prepare(`INSERT INTO "${t.name}" (${names}) VALUES (${t.columns.map(() => '?').join(', ')})`);
        for (const r of rowsOf.get(t.name)!) insert.run(...t.columns.map((c) => toSqlite(r[c.name], c.type)));
      }
    })();
    const report: CopyReport = { tables: [] };
    for (const t of tables) {
      const from = rowsOf.get(t.name)!;
      const to = db.prepare(`SELECT * FROM "${t.name}" ORDER BY ${t.key.map((k) => `"${k}"`).join(', ')}`).all() as Record<string, unknown>[];
      const [a, b] = [checksum(from, t), checksum(to, t)];
      if (from.length !== to.length || a !== b)
        throw new Error(`table ${t.name}: ${from.length} rows and checksum ${a.slice(0, 12)} in PostgreSQL, ${to.length} and ${b.slice(0, 12)} in SQLite`);
      report.tables.push({ name: t.name, rows: to.length, checksum: b });
    }
    return report;
  } finally {
    await client.end();
    db.close();
  }
}

const USAGE =
  'usage: npm run db:copy -- --to postgresql://user:password@host:5432/name [--from file:path/to/app.db]\n' +
  '   or: npm run db:copy -- --from postgresql://… --to file:path/to/new.db';

async function main(argv: string[]) {
  const to = argv.includes('--to') ? argv[argv.indexOf('--to') + 1] : undefined;
  const fromArg = argv.includes('--from') ? argv[argv.indexOf('--from') + 1] : undefined;
  const isPostgres = (u: string | undefined) => !!u && /^postgres(ql)?:\/\//.test(u);
  let report: CopyReport;
  let what: string;
  if (isPostgres(fromArg) && to?.startsWith('file:')) {
    const file = databaseFile(to);
    report = await copyPostgresToSqlite(fromArg!, file);
    what = `Copied PostgreSQL ${new URL(fromArg!).host}${new URL(fromArg!).pathname} to ${file}`;
  } else if (isPostgres(to)) {
    const file = databaseFile(fromArg ?? env.DATABASE_URL);
    report = await copySqliteToPostgres(file, to!);
    what = `Copied ${file} to PostgreSQL ${new URL(to!).host}${new URL(to!).pathname}`;
  } else throw new Error(USAGE);
  for (const t of report.tables) console.log(`${t.name.padEnd(22)} ${String(t.rows).padStart(7)} rows  sha256 ${t.checksum.slice(0, 16)}  equal`);
  console.log(`${what}: ${report.tables.length} tables, every count and checksum equal.`);
}

if (process.argv[1]?.endsWith('db-copy.ts')) {
  main(process.argv.slice(2)).catch((e: unknown) => {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  });
}
