// The long writes of a plan year, each one write transaction: a confirmed import (the draft written
// by write.ts, audited plan.imported) or a copy of an earlier year (copyYear, audited plan.created).
// The year must still be free, checked inside the lock. The import page's confirmation and the
// copy on /plan run it in a worker thread on a connection of its own (write-worker.mjs, started by
// lib/plan-import/write-in-worker.ts); the command line runs an import in its own process
// (scripts/plan-import.ts).
import type { PrismaClient } from '@/lib/generated/prisma/client';
import { createPrismaClient, writeTransaction } from '@/lib/prisma';
import { audit } from '@/lib/audit';
import type { Category, PlanDraft } from '@/lib/domain/plan-import';
import { copyYear, writeDraft } from './write';

type Common = {
  year: number;
  title: string;
  /** Who writes it (null: the command line) and what the audit row records besides the job's counts. */
  audit: { actorId: number | null; after: Record<string, unknown> };
};

export type PlanYearJob =
  | (Common & {
      kind: 'import';
      draft: PlanDraft;
      defaultCategory: Category;
      /** Names mapped to existing units, remembered for the next import. */
      aliases?: { alias: string; unit: string }[];
    })
  | (Common & { kind: 'copy'; from: number });

export type PlanYearJobResult = { ok: true; planYearId: number; tasks: number; unitsCreated: number } | { ok: false; error: 'year_exists' | 'failed' };

/** Called after each task written: how many so far, of how many. */
export type OnTask = (written: number, total: number) => void;

/** How long the one transaction may take: thousands of tasks on a loaded machine. */
const TIMEOUT_MS = 180_000;

export async function runPlanYearJob(client: PrismaClient, job: PlanYearJob, onTask?: OnTask): Promise<PlanYearJobResult> {
  return writeTransaction(
    async (tx) => {
      // Checked again inside the lock: another import or copy of the same year may have committed meanwhile.
      if (await tx.planYear.findUnique({ where: { year: job.year }, select: { id: true } })) return { ok: false, error: 'year_exists' } as const;
      if (job.kind === 'copy') {
        const made = await copyYear(tx, job.from, job.year, job.title);
        await audit(tx, {
          actorId: job.audit.actorId,
          action: 'plan.created',
          entityType: 'PlanYear',
          entityId: made.planYearId,
          after: { ...job.audit.after, tasks: made.tasks },
        });
        return { ok: true, ...made, unitsCreated: 0 } as const;
      }
      const w = await writeDraft(
        tx,
        { year: job.year, title: job.title, draft: job.draft, defaultCategory: job.defaultCategory, aliases: job.aliases },
        onTask,
      );
      await audit(tx, {
        actorId: job.audit.actorId,
        action: 'plan.imported',
        entityType: 'PlanYear',
        entityId: w.planYearId,
        after: { ...job.audit.after, unitsCreated: w.unitsCreated },
      });
      return { ok: true, ...w } as const;
    },
    client,
    { timeoutMs: TIMEOUT_MS },
  );
}

/** The job on a client of its own, closed afterwards (in the worker thread). */
export async function runPlanYearJobAlone(databaseUrl: string, job: PlanYearJob, onTask?: OnTask): Promise<PlanYearJobResult> {
  const client = createPrismaClient(databaseUrl);
  try {
    return await runPlanYearJob(client, job, onTask);
  } finally {
    // After a commit the answer stands: a failure to close the connection must not report the year as not written.
    await client.$disconnect().catch((e: unknown) => console.error('plan year worker: disconnect', e));
  }
}
