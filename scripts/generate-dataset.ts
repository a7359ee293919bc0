// Generates a larger dataset for benchmarks and the query-count test: copies of the seeded 2023
// plan into later plan years, each with `copies` × 19 tasks and `updates` approved updates per
// task. Raw better-sqlite3 in one transaction, so 100× the seed takes about a second.
import Database from 'better-sqlite3';

export type DatasetSize = { years: number; copies: number; updates: number };

/** About 100× the seed: 10 years × 10 copies × 19 tasks, 5 updates each. */
export const SIZE_100X: DatasetSize = { years: 10, copies: 10, updates: 5 };

type Row = Record<string, unknown>;

export function generateDataset(dbFile: string, size: DatasetSize): { tasks: number; updates: number } {
  const db = new Database(dbFile);
  db.pragma('foreign_keys = ON');
  const base = db.prepare('SELECT id, year FROM PlanYear WHERE year = 2023').get() as { id: number; year: number } | undefined;
  if (!base) throw new Error('seed the 2023 plan first');
  const all = (sql: string, ...p: unknown[]) => db.prepare(sql).all(...p) as Row[];
  const projects = all('SELECT * FROM Project WHERE planYearId = ?', base.id);
  const tasks = all('SELECT * FROM Task WHERE planYearId = ?', base.id);
  const byTask = (table: string) => {
    const m = new Map<number, Row[]>();
    for (const r of all(`SELECT * FROM "${table}" WHERE taskId IN (SELECT id FROM Task WHERE planYearId = ?)`, base.id)) {
      m.set(r.taskId as number, [...(m.get(r.taskId as number) ?? []), r]);
    }
    return m;
  };
  const units = byTask('TaskUnit');
  const items = byTask('TaskItem');
  const indicators = byTask('Indicator');
  const milestones = byTask('Milestone');
  const problems = byTask('Problem');
  const milestoneTargets = new Map<number, Row[]>();
  for (const r of all('SELECT * FROM MilestoneTarget'))
    milestoneTargets.set(r.milestoneId as number, [...(milestoneTargets.get(r.milestoneId as number) ?? []), r]);
  const problemItems = new Map<number, Row[]>();
  for (const r of all('SELECT * FROM ProblemItem')) problemItems.set(r.problemId as number, [...(problemItems.get(r.problemId as number) ?? []), r]);
  const shift = (v: unknown, dy: number) => (typeof v === 'string' ? v.replace(/^2023/, String(2023 + dy)) : v);

  const insert = (table: string, row: Row): number => {
    const cols = Object.keys(row);
    const sql = `INSERT INTO "${table}" (${cols.map((c) => `"${c}"`).join(',')}) VALUES (${cols.map(() => '?').join(',')})`;
    return Number(db.prepare(sql).run(...cols.map((c) => row[c] as never)).lastInsertRowid);
  };
  const drop = ({ id, ...rest }: Row) => rest;

  let taskCount = 0;
  let updateCount = 0;
  const NOTICE_CYCLE = ['OPEN', 'ANSWERED', 'CLOSED'] as const;
  const issuer =
    (db.prepare("SELECT id FROM User WHERE role = 'SUPERVISOR' ORDER BY id LIMIT 1").get() as { id: number } | undefined)?.id ??
    insert('User', { username: 'generated-supervisor', displayName: '区督查室（生成数据）', role: 'SUPERVISOR', passwordHash: '!', active: 0 });
  const leader =
    (db.prepare("SELECT id FROM User WHERE role = 'LEADER' ORDER BY id LIMIT 1").get() as { id: number } | undefined)?.id ??
    insert('User', { username: 'generated-leader', displayName: '区领导（生成数据）', role: 'LEADER', passwordHash: '!', active: 0 });
  db.transaction(() => {
    for (let y = 1; y <= size.years; y++) {
      const year = 2023 + y;
      if (db.prepare('SELECT 1 FROM PlanYear WHERE year = ?').get(year)) continue;
      const planYearId = insert('PlanYear', { year, title: `盐田区${year}年十件重点民生实事（生成数据）`, createdAt: new Date().toISOString() });
      const projectIds = new Map<number, number>();
      for (const p of projects) projectIds.set(p.id as number, insert('Project', { ...drop(p), planYearId }));
      for (let c = 0; c < size.copies; c++) {
        for (const t of tasks) {
          const taskId = insert('Task', {
            ...drop(t),
            planYearId,
            projectId: projectIds.get(t.projectId as number),
            number: c * tasks.length + (t.number as number),
            deadlineMonth: shift(t.deadlineMonth, y),
            completedOn: shift(t.completedOn, y),
          });
          taskCount++;
          for (const u of units.get(t.id as number) ?? []) insert('TaskUnit', { ...u, taskId });
          const itemIds = new Map<number, number>();
          for (const i of items.get(t.id as number) ?? [])
            itemIds.set(i.id as number, insert('TaskItem', { ...drop(i), taskId, completedOn: shift(i.completedOn, y) }));
          const indIds = new Map<number, number>();
          for (const i of indicators.get(t.id as number) ?? []) {
            indIds.set(i.id as number, insert('Indicator', { ...drop(i), taskId, itemId: i.itemId ? itemIds.get(i.itemId as number) : null }));
          }
          for (const m of milestones.get(t.id as number) ?? []) {
            const milestoneId = insert('Milestone', {
              ...drop(m),
              taskId,
              dueDate: shift(m.dueDate, y),
              reachedOn: shift(m.reachedOn, y),
              indicatorId: m.indicatorId ? indIds.get(m.indicatorId as number) : null,
              itemId: m.itemId ? itemIds.get(m.itemId as number) : null,
            });
            for (const x of milestoneTargets.get(m.id as number) ?? [])
              insert('MilestoneTarget', { milestoneId, indicatorId: indIds.get(x.indicatorId as number), cumulativeTarget: x.cumulativeTarget });
          }
          for (let k = 1; k <= size.updates; k++) {
            const asOf = `${year}-${String(k * 2).padStart(2, '0')}-15T00:00:00.000+00:00`;
            const updateId = insert('ProgressUpdate', {
              taskId,
              asOf,
              narrative: `第${k}次进展报送（生成数据）`,
              status: 'APPROVED',
              fromReport: 0,
              submittedAt: asOf,
              reviewedAt: asOf,
            });
            updateCount++;
            for (const [oldId, indicatorId] of indIds) {
              const ind = (indicators.get(t.id as number) ?? []).find((i) => i.id === oldId)!;
              if (ind.target === null) continue;
              insert('IndicatorValue', { updateId, indicatorId, value: Math.round(((ind.target as number) * k) / (size.updates + 1)), asOf });
            }
          }
          for (const p of problems.get(t.id as number) ?? []) {
            const problemId = insert('Problem', { ...drop(p), taskId, raisedOn: shift(p.raisedOn, y), raisedInUpdateId: null });
            for (const link of problemItems.get(p.id as number) ?? []) insert('ProblemItem', { problemId, itemId: itemIds.get(link.itemId as number) });
          }
          // One 督办件 per task, in a state that cycles through the lifecycle, to its units, with its events.
          const status = NOTICE_CYCLE[taskCount % NOTICE_CYCLE.length]!;
          const issuedAt = `${year}-07-01T00:00:00.000+00:00`;
          const noticeId = insert('SupervisionNotice', {
            taskId,
            issuedById: issuer,
            issuedAt,
            reason: '进度需加快（生成数据）',
            requiredAction: '按期反馈（生成数据）',
            dueDate: `${year}-08-31T00:00:00.000+00:00`,
            status,
            year,
            numberYear: year, // issued on 07-01 of its plan year
            number: taskCount,
            level: 'DUBAN',
          });
          for (const u of units.get(t.id as number) ?? [])
            insert('NoticeRecipient', { noticeId, unitId: u.unitId, status, answer: status === 'OPEN' ? null : '已整改（生成数据）' });
          insert('NoticeEvent', { noticeId, kind: 'ISSUED', actorId: issuer, at: issuedAt });
          if (status !== 'OPEN') insert('NoticeEvent', { noticeId, kind: 'ANSWERED', text: '已整改（生成数据）', at: issuedAt });
          // Two 领导批示 per task: one put into effect by its notice, one still pending.
          insert('Instruction', { taskId, authorId: leader, text: '请加快推进（生成数据）', createdAt: `${year}-06-30T02:00:00.000+00:00`, noticeId });
          insert('Instruction', { taskId, authorId: leader, text: '请关注进度（生成数据）', createdAt: `${year}-07-15T02:00:00.000+00:00` });
        }
      }
    }
  })();
  db.close();
  return { tasks: taskCount, updates: updateCount };
}
