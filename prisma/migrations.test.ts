// The migration history matches schema.prisma, applies once, and the database is set up right.
import { describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { migrateDeploy, pendingSchemaChange } from './migrate';

describe('migrations', () => {
  it('schema.prisma and prisma/migrations have not drifted apart (else run npm run db:migration -- --name x)', async () => {
    expect(await pendingSchemaChange()).toBe('');
  });

  it('apply once, then nothing; WAL journal and foreign keys on', async () => {
    const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'msdb-mig-')), 'm.db');
    expect((await migrateDeploy(file)).length).toBeGreaterThan(0);
    expect(await migrateDeploy(file)).toEqual([]);
    const db = new Database(file);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    // Foreign keys are enforced: a row pointing at nothing is refused.
    expect(() => db.prepare("INSERT INTO Task (planYearId, projectId, number, content, deadlineMonth, h1Progress, h2Plan) VALUES (999, 999, 1, 'x', '2023-12', '', '')").run()).toThrow(/FOREIGN KEY constraint failed/);
    // Audit events are append-only.
    db.prepare("INSERT INTO AuditEvent (action, entityType, entityId, at) VALUES ('login', 'User', '1', datetime('now'))").run();
    expect(() => db.prepare("UPDATE AuditEvent SET action = 'x'").run()).toThrow('AuditEvent is append-only');
    expect(() => db.prepare('DELETE FROM AuditEvent').run()).toThrow('AuditEvent is append-only');
    db.close();
  });
});
