// Data for 结果考评: the evaluated plan's rows plus the notices and reviews each unit is scored on —
// two grouped SQL statements whatever the number of notices or updates (relation loads would bind
// one parameter per row). Signed-in users only: notices and returns are not public.
import 'server-only';
import { prisma } from '@/lib/prisma';
import { databaseKind } from '@/lib/env';
import { getSession } from '@/lib/auth/session';
import { can } from '@/lib/auth/policy';
import { evaluateUnits, type UnitScore } from '@/lib/domain/evaluation';
import type { IsoDate } from '@/lib/domain/dates';
import type { TaskRow } from '@/lib/domain/overview';
import type { PlanSnapshot } from './plan';
import type { PublishedView } from './evaluated-plan';
import { keptWith } from './freeze';

type NoticeRow = { unitId: number | bigint; dueDate: string; answeredAt: string | null };
type ReviewRow = { unitId: number | bigint | null; status: string };

/**
 * Each unit's 结果考评 at the plan's date; null for a caller who may not read notices and reviews, and on a plan
 * shown as published (a published report has no live notices or reviews to score units on).
 */
export async function getEvaluation(plan: { snap: PlanSnapshot; rows: TaskRow[]; asOf: IsoDate; published: PublishedView | null }): Promise<UnitScore[] | null> {
  if (plan.published || !can(await getSession(), 'view_pending')) return null;
  // Scored once per evaluation (the same frozen rows until the data version moves — every notice,
  // answer and review moves it — or the date changes).
  return keptWith(plan.rows, 'unit scores', () => scoreUnits(plan));
}

async function scoreUnits({ snap, rows, asOf }: { snap: PlanSnapshot; rows: TaskRow[]; asOf: IsoDate }): Promise<UnitScore[]> {
  // The same two statements in each database's SQL (SQLite keeps dates as ISO text; PostgreSQL as timestamps).
  const [notices, reviews] = await Promise.all(
    databaseKind() === 'postgres'
      ? [
          prisma.$queryRaw<NoticeRow[]>`
      SELECT r."unitId" AS "unitId", to_char(n."dueDate", 'YYYY-MM-DD') AS "dueDate",
        (SELECT to_char(MIN(e."at"), 'YYYY-MM-DD') FROM "NoticeEvent" e WHERE e."noticeId" = n.id AND e.kind = 'ANSWERED' AND (e."unitId" = r."unitId" OR e."unitId" IS NULL)) AS "answeredAt"
      FROM "SupervisionNotice" n JOIN "NoticeRecipient" r ON r."noticeId" = n.id
      WHERE n.year = ${snap.year}`,
          prisma.$queryRaw<ReviewRow[]>`
      SELECT u."unitId" AS "unitId", CAST(p.status AS TEXT) AS status
      FROM "ProgressUpdate" p JOIN "Task" t ON t.id = p."taskId" JOIN "PlanYear" y ON y.id = t."planYearId" JOIN "User" u ON u.id = p."submittedById"
      WHERE y.year = ${snap.year} AND NOT p."fromReport" AND CAST(p.status AS TEXT) IN ('APPROVED', 'RETURNED') AND p."asOf" < CAST(${asOf} AS DATE) + 1`,
        ]
      : [
          prisma.$queryRaw<NoticeRow[]>`
      SELECT r.unitId AS unitId, substr(n.dueDate, 1, 10) AS dueDate,
        (SELECT substr(MIN(e.at), 1, 10) FROM NoticeEvent e WHERE e.noticeId = n.id AND e.kind = 'ANSWERED' AND (e.unitId = r.unitId OR e.unitId IS NULL)) AS answeredAt
      FROM SupervisionNotice n JOIN NoticeRecipient r ON r.noticeId = n.id
      WHERE n.year = ${snap.year}`,
          prisma.$queryRaw<ReviewRow[]>`
      SELECT u.unitId AS unitId, p.status AS status
      FROM ProgressUpdate p JOIN Task t ON t.id = p.taskId JOIN PlanYear y ON y.id = t.planYearId JOIN User u ON u.id = p.submittedById
      WHERE y.year = ${snap.year} AND p.fromReport = 0 AND p.status IN ('APPROVED', 'RETURNED') AND p.asOf <= ${`${asOf}T99`}`,
        ],
  );
  return evaluateUnits(
    {
      units: snap.units,
      rows,
      notices: notices.map((n) => ({ recipientIds: [Number(n.unitId)], dueDate: n.dueDate, firstAnsweredOn: n.answeredAt })),
      reviews: reviews.map((r) => ({ unitId: r.unitId === null ? null : Number(r.unitId), approved: r.status === 'APPROVED' })),
    },
    asOf,
    snap.settings,
  );
}
