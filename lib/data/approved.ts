// The last approved value of each indicator: what a form starts from, what a review compares
// against and what the 已核实 check judges — one query, in one place; the submission's one-statement
// rules (`loadSubmitRules` in update-context.ts) say the same in SQL, held equal by submit-rules.test.ts.
import 'server-only';
import type { prisma } from '@/lib/prisma';

type Db = Pick<typeof prisma, 'indicatorValue'>;

/** Indicator id → its latest approved value (by the value's date, then its entry; the last wins). */
export async function lastApprovedValues(db: Db, indicatorIds: number[]): Promise<Map<number, number>> {
  const rows = await db.indicatorValue.findMany({
    where: { indicatorId: { in: indicatorIds }, update: { status: 'APPROVED' } },
    select: { indicatorId: true, value: true },
    orderBy: [{ asOf: 'asc' }, { id: 'asc' }],
  });
  const last = new Map<number, number>();
  for (const r of rows) last.set(r.indicatorId, r.value);
  return last;
}
