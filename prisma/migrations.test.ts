// The migration history matches schema.prisma, applies once, and the database is set up right.
import { describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { migrateDeploy, pendingSchemaChange, postgresBehind } from './migrate';

describe('migrations', () => {
  it('schema.prisma and prisma/migrations have not drifted apart (else run npm run db:migration -- --name x)', async () => {
    expect(await pendingSchemaChange()).toBe('');
  });

  it('PostgreSQL’s history ends at schema.prisma too (its head schema, prisma/migrations-postgres/schema.prisma, is the same text)', () => {
    expect(postgresBehind(), 'schema.prisma changed without a PostgreSQL migration: run npm run db:migration -- --name x').toBe(false);
  });

  it('apply once, then nothing; WAL journal and foreign keys on', async () => {
    const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'msdb-mig-')), 'm.db');
    expect((await migrateDeploy(file)).length).toBeGreaterThan(0);
    expect(await migrateDeploy(file)).toEqual([]);
    const db = new Database(file);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    // Foreign keys are enforced: a row pointing at nothing is refused.
    expect(() =>
      db
        .prepare("INSERT INTO Task (planYearId, projectId, number, content, deadlineMonth, h1Progress, h2Plan) VALUES (999, 999, 1, 'x', '2023-12', '', '')")
        .run(),
    ).toThrow(/FOREIGN KEY constraint failed/);
    // Audit events are append-only.
    db.prepare("INSERT INTO AuditEvent (action, entityType, entityId, at) VALUES ('login', 'User', '1', datetime('now'))").run();
    expect(() => db.prepare("UPDATE AuditEvent SET action = 'x'").run()).toThrow('AuditEvent is append-only');
    expect(() => db.prepare('DELETE FROM AuditEvent').run()).toThrow('AuditEvent is append-only');
    db.close();
  });

  it('at head every table a page shows raises the data version on insert, update and delete (a table rebuilt by a later migration keeps its triggers)', async () => {
    const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'msdb-mig-')), 'm.db');
    await migrateDeploy(file);
    const db = new Database(file);
    const tables = (
      db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '\\_%' ESCAPE '\\'").all() as {
        name: string;
      }[]
    ).map((r) => r.name);
    const triggers = new Set((db.prepare("SELECT name FROM sqlite_master WHERE type = 'trigger'").all() as { name: string }[]).map((r) => r.name));
    db.close();
    // The bookkeeping no page a visitor sees depends on (a form's draft is its writer's alone), and the version itself.
    const bookkeeping = ['Session', 'FormDraft', 'LoginThrottle', 'Reminder', 'ReminderRead', 'Delivery', 'DataVersion'];
    const missing = tables
      .filter((t) => !bookkeeping.includes(t))
      .flatMap((t) => ['insert', 'update', 'delete'].map((op) => `${t}_data_version_${op}`))
      .filter((name) => !triggers.has(name));
    expect(tables).toContain('NoticeRecipient');
    expect(missing).toEqual([]);
  });

  it('the JSON id lists of earlier updates become rows: each id that names a problem or sub-item, once; the columns go, the triggers stay', () => {
    const dir = path.join(process.cwd(), 'prisma', 'migrations');
    const names = readdirSync(dir)
      .filter((n) => /^\d/.test(n))
      .sort();
    const at = names.findIndex((n) => n.endsWith('_update_id_lists_as_relations'));
    expect(at).toBeGreaterThan(0);
    const db = new Database(path.join(mkdtempSync(path.join(os.tmpdir(), 'msdb-mig-')), 'm.db'));
    const run = (n: string) => db.exec(readFileSync(path.join(dir, n, 'migration.sql'), 'utf8'));
    names.slice(0, at).forEach(run);
    db.exec(`
      INSERT INTO PlanYear (id, year, title, status) VALUES (1, 2023, 'p', 'ACTIVE');
      INSERT INTO Project (id, planYearId, number, numeral, title, category) VALUES (1, 1, 1, '一', 'p', 'SERVICE');
      INSERT INTO Task (id, planYearId, projectId, number, content, deadlineMonth, h1Progress, h2Plan) VALUES (1, 1, 1, 1, 't', '2023-12', '', '');
      INSERT INTO TaskItem (id, taskId, key, name, ord) VALUES (7, 1, 'a', '东海道', 0), (8, 1, 'b', '永安路', 1);
      INSERT INTO Problem (id, taskId, key, kind, text, blocking, raisedOn) VALUES (5, 1, 'p', 'OTHER', '资金', 1, '2023-06-30');
      INSERT INTO ProgressUpdate (id, taskId, asOf, narrative, status, resolveProblemIds, completeItemIds) VALUES
        (1, 1, '2023-09-30', 'a', 'PENDING', '[5]', '[7,8,7]'),
        (2, 1, '2023-10-31', 'b', 'RETURNED', '[99]', 'not json'),
        (3, 1, '2023-11-30', 'c', 'APPROVED', NULL, '[]');
    `);
    const version = () => (db.prepare('SELECT version FROM DataVersion WHERE id = 1').get() as { version: number }).version;
    run(names[at]!);
    expect(db.prepare('SELECT updateId, problemId FROM UpdateResolvesProblem ORDER BY updateId, problemId').all()).toEqual([{ updateId: 1, problemId: 5 }]);
    expect(db.prepare('SELECT updateId, itemId FROM UpdateCompletesItem ORDER BY updateId, itemId').all()).toEqual([
      { updateId: 1, itemId: 7 },
      { updateId: 1, itemId: 8 },
    ]);
    const columns = (db.prepare("SELECT name FROM pragma_table_info('ProgressUpdate')").all() as { name: string }[]).map((c) => c.name);
    expect(columns).not.toContain('resolveProblemIds');
    expect(columns).not.toContain('completeItemIds');
    const before = version();
    db.prepare("UPDATE ProgressUpdate SET narrative = 'x' WHERE id = 1").run();
    expect(version()).toBe(before + 1); // the data-version trigger on ProgressUpdate survived the change
    db.close();
  });

  it('a notice part answered inside an update keeps its answer through the rebuild that makes the update a foreign key; an id naming no update is cleared', () => {
    const dir = path.join(process.cwd(), 'prisma', 'migrations');
    const names = readdirSync(dir)
      .filter((n) => /^\d/.test(n))
      .sort();
    const at = names.findIndex((n) => n.endsWith('_notice_part_answered_in_update'));
    expect(at).toBeGreaterThan(0);
    const db = new Database(path.join(mkdtempSync(path.join(os.tmpdir(), 'msdb-mig-')), 'm.db'));
    const run = (n: string) => db.exec(readFileSync(path.join(dir, n, 'migration.sql'), 'utf8'));
    names.slice(0, at).forEach(run);
    db.exec(`
      INSERT INTO Unit (id, code, name, sortKey) VALUES (1, 'mzj', '区民政局', 1), (2, 'wjj', '区卫健局', 2);
      INSERT INTO User (id, username, displayName, role, passwordHash) VALUES (1, 'duchashi', '督查室', 'SUPERVISOR', 'x');
      INSERT INTO PlanYear (id, year, title, status) VALUES (1, 2023, 'p', 'ACTIVE');
      INSERT INTO Project (id, planYearId, number, numeral, title, category) VALUES (1, 1, 1, '一', 'p', 'SERVICE');
      INSERT INTO Task (id, planYearId, projectId, number, content, deadlineMonth, h1Progress, h2Plan) VALUES (1, 1, 1, 1, 't', '2023-12', '', '');
      INSERT INTO ProgressUpdate (id, taskId, asOf, narrative, status) VALUES (4, 1, '2023-09-30', 'a', 'PENDING');
      INSERT INTO SupervisionNotice (id, taskId, issuedById, reason, requiredAction, dueDate, status, year, number)
        VALUES (1, 1, 1, '滞后', '报送', '2023-10-31', 'ANSWERED', 2023, 1);
      INSERT INTO NoticeRecipient (noticeId, unitId, status, answer, answeredAt, answeredInUpdateId) VALUES
        (1, 1, 'ANSWERED', '已随报送反馈', '2023-10-01 08:00:00', 4),
        (1, 2, 'ANSWERED', '已反馈', '2023-10-02 08:00:00', 99);
    `);
    const version = () => (db.prepare('SELECT version FROM DataVersion WHERE id = 1').get() as { version: number }).version;
    run(names[at]!);
    expect(db.prepare('SELECT noticeId, unitId, status, answer, answeredAt, answeredInUpdateId FROM NoticeRecipient ORDER BY unitId').all()).toEqual([
      { noticeId: 1, unitId: 1, status: 'ANSWERED', answer: '已随报送反馈', answeredAt: '2023-10-01 08:00:00', answeredInUpdateId: 4 },
      { noticeId: 1, unitId: 2, status: 'ANSWERED', answer: '已反馈', answeredAt: '2023-10-02 08:00:00', answeredInUpdateId: null },
    ]);
    db.pragma('foreign_keys = ON');
    expect(() => db.prepare('UPDATE NoticeRecipient SET answeredInUpdateId = 99 WHERE unitId = 2').run()).toThrow(/FOREIGN KEY constraint failed/);
    const before = version();
    db.prepare("UPDATE NoticeRecipient SET answer = '已补充' WHERE unitId = 1").run();
    expect(version()).toBe(before + 1);
    db.close();
  });

  it('an answer given inside an update gets its update from its audit row; a later direct answer of the same words and an update since removed get none', () => {
    const dir = path.join(process.cwd(), 'prisma', 'migrations');
    const names = readdirSync(dir)
      .filter((n) => /^\d/.test(n))
      .sort();
    const at = names.findIndex((n) => n.endsWith('_notice_answer_names_its_update'));
    expect(at).toBeGreaterThan(0);
    const db = new Database(path.join(mkdtempSync(path.join(os.tmpdir(), 'msdb-mig-')), 'm.db'));
    const run = (n: string) => db.exec(readFileSync(path.join(dir, n, 'migration.sql'), 'utf8'));
    names.slice(0, at).forEach(run);
    // As the app wrote them: the event and its audit row in one transaction, a few milliseconds apart.
    db.exec(`
      INSERT INTO Unit (id, code, name, sortKey) VALUES (1, 'mzj', '区民政局', 1), (2, 'wjj', '区卫健局', 2);
      INSERT INTO User (id, username, displayName, role, passwordHash) VALUES (1, 'duchashi', '督查室', 'SUPERVISOR', 'x');
      INSERT INTO PlanYear (id, year, title, status) VALUES (1, 2023, 'p', 'ACTIVE');
      INSERT INTO Project (id, planYearId, number, numeral, title, category) VALUES (1, 1, 1, '一', 'p', 'SERVICE');
      INSERT INTO Task (id, planYearId, projectId, number, content, deadlineMonth, h1Progress, h2Plan) VALUES (1, 1, 1, 1, 't', '2023-12', '', '');
      INSERT INTO ProgressUpdate (id, taskId, asOf, narrative, status) VALUES (4, 1, '2023-09-30', 'a', 'PENDING');
      INSERT INTO SupervisionNotice (id, taskId, issuedById, reason, requiredAction, dueDate, status, year, number, answer, answeredAt, answeredInUpdateId)
        VALUES (1, 1, 1, '滞后', '报送', '2023-10-31', 'ANSWERED', 2023, 1, '已反馈', '2023-10-02T08:00:00.000+00:00', NULL);
      INSERT INTO NoticeEvent (id, noticeId, unitId, kind, actorId, text, at) VALUES
        (1, 1, NULL, 'ISSUED', 1, NULL, '2023-09-01T08:00:00.000+00:00'),
        (2, 1, 1, 'ANSWERED', 1, '已随报送反馈', '2023-10-01T08:00:00.004+00:00'),
        (3, 1, 1, 'RETURNED', 1, '请补充', '2023-10-01T09:00:00.000+00:00'),
        (4, 1, 1, 'ANSWERED', 1, '已随报送反馈', '2023-10-01T10:00:00.000+00:00'),
        (5, 1, 2, 'ANSWERED', 1, '已反馈', '2023-10-02T08:00:00.000+00:00');
      INSERT INTO AuditEvent (at, actorId, action, entityType, entityId, taskId, after) VALUES
        ('2023-10-01T08:00:00.009+00:00', 1, 'notice.answered', 'SupervisionNotice', '1', 1, '{"answer":"已随报送反馈","updateId":4,"unitId":1}'),
        ('2023-10-01T10:00:00.003+00:00', 1, 'notice.answer', 'SupervisionNotice', '1', 1, '{"status":"ANSWERED","unitId":1,"part":"ANSWERED","text":"已随报送反馈"}'),
        ('2023-10-02T08:00:00.006+00:00', 1, 'notice.answered', 'SupervisionNotice', '1', 1, '{"answer":"已反馈","updateId":99,"unitId":2}');
    `);
    const version = () => (db.prepare('SELECT version FROM DataVersion WHERE id = 1').get() as { version: number }).version;
    run(names[at]!);
    expect(db.prepare('SELECT id, updateId FROM NoticeEvent ORDER BY id').all()).toEqual([
      { id: 1, updateId: null },
      { id: 2, updateId: 4 },
      { id: 3, updateId: null },
      { id: 4, updateId: null },
      { id: 5, updateId: null },
    ]);
    const columns = (db.prepare("SELECT name FROM pragma_table_info('SupervisionNotice')").all() as { name: string }[]).map((c) => c.name);
    expect(columns).not.toContain('answer');
    expect(columns).not.toContain('answeredInUpdateId');
    expect(db.prepare('SELECT id, status, number FROM SupervisionNotice').all()).toEqual([{ id: 1, status: 'ANSWERED', number: 1 }]);
    db.pragma('foreign_keys = ON');
    expect(() => db.prepare('UPDATE NoticeEvent SET updateId = 99 WHERE id = 5').run()).toThrow(/FOREIGN KEY constraint failed/);
    const before = version();
    db.prepare("UPDATE SupervisionNotice SET status = 'CLOSED' WHERE id = 1").run();
    db.prepare("UPDATE NoticeEvent SET text = '已随报送反馈。' WHERE id = 2").run();
    expect(version()).toBe(before + 2);
    db.close();
  });

  it('notices issued before the numbering moved to the year of issue keep their numbers (numbered in their plan year); the data-version triggers survive the rebuild', () => {
    const dir = path.join(process.cwd(), 'prisma', 'migrations');
    const names = readdirSync(dir)
      .filter((n) => /^\d/.test(n))
      .sort();
    const at = names.findIndex((n) => n.endsWith('_notice_numbered_in_year_issued'));
    expect(at).toBeGreaterThan(0);
    const db = new Database(path.join(mkdtempSync(path.join(os.tmpdir(), 'msdb-mig-')), 'm.db'));
    const run = (n: string) => db.exec(readFileSync(path.join(dir, n, 'migration.sql'), 'utf8'));
    names.slice(0, at).forEach(run);
    db.exec(`
      INSERT INTO User (id, username, displayName, role, passwordHash) VALUES (1, 'duchashi', '督查室', 'SUPERVISOR', 'x');
      INSERT INTO PlanYear (id, year, title, status) VALUES (1, 2023, 'p', 'ACTIVE'), (2, 2024, 'q', 'ACTIVE');
      INSERT INTO Project (id, planYearId, number, numeral, title, category) VALUES (1, 1, 1, '一', 'p', 'SERVICE'), (2, 2, 1, '一', 'q', 'SERVICE');
      INSERT INTO Task (id, planYearId, projectId, number, content, deadlineMonth, h1Progress, h2Plan) VALUES
        (1, 1, 1, 1, 't', '2023-12', '', ''), (2, 2, 2, 1, 'u', '2024-12', '', '');
      INSERT INTO SupervisionNotice (id, taskId, issuedById, reason, requiredAction, dueDate, status, year, number) VALUES
        (1, 1, 1, '滞后', '报送', '2023-10-31', 'OPEN', 2023, 1),
        (2, 1, 1, '滞后', '报送', '2024-01-31', 'OPEN', 2023, 2),
        (3, 2, 1, '滞后', '报送', '2024-01-31', 'OPEN', 2024, 1);
    `);
    const version = () => (db.prepare('SELECT version FROM DataVersion WHERE id = 1').get() as { version: number }).version;
    run(names[at]!);
    expect(db.prepare('SELECT id, year, numberYear, number FROM SupervisionNotice ORDER BY id').all()).toEqual([
      { id: 1, year: 2023, numberYear: 2023, number: 1 },
      { id: 2, year: 2023, numberYear: 2023, number: 2 },
      { id: 3, year: 2024, numberYear: 2024, number: 1 },
    ]);
    // 督办〔2024〕第1号 is taken once: by year of issue and number.
    expect(() =>
      db
        .prepare(
          "INSERT INTO SupervisionNotice (taskId, issuedById, reason, requiredAction, dueDate, year, numberYear, number) VALUES (1, 1, 'a', 'b', '2024-02-01', 2023, 2024, 1)",
        )
        .run(),
    ).toThrow(/UNIQUE constraint failed/);
    const before = version();
    db.prepare("UPDATE SupervisionNotice SET reason = 'x' WHERE id = 1").run();
    expect(version()).toBe(before + 1);
    db.close();
  });
});
