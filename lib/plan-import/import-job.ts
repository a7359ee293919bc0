// The import's one write transaction: the year must still be free, the draft is written (write.ts)
// and the import audited. The import page's confirmation runs it in a worker thread on a connection
// of its own (write-worker.mjs, started by lib/plan-import/write-in-worker.ts), the command line in its
// own process (scripts/plan-import.ts).
import type { PrismaClient } from '@/lib/generated/prisma/client';
import { createPrismaClient, writeTransaction } from '@/lib/prisma';
import { audit } from '@/lib/audit';
import type { Category, PlanDraft } from '@/lib/domain/plan-import';
import { writeDraft } from './write';

export type ImportJob = {
  year: number;
  title: string;
  draft: PlanDraft;
  defaultCategory: Category;
  /** Names mapped to existing units, remembered for the next import. */
  aliases?: { alias: string; unit: string }[];
  /** Who imports (null: the command line) and what the audit row records besides the units created. */
  audit: { actorId: number | null; after: Record<string, unknown> };
};

export type ImportJobResult = { ok: true; planYearId: number; tasks: number; unitsCreated: number } | { ok: false; error: 'year_exists' | 'failed' };

/** Called after each task written: how many so far, of how many. */
export type OnTask = (written: number, total: number) => void;

/** How long the one transaction may take: thousands of tasks on a loaded machine. */
const TIMEOUT_MS = 180_000;

export async function runImportJob(client: PrismaClient, job: ImportJob, onTask?: OnTask): Promise<ImportJobResult> {
  return writeTransaction(
    async (tx) => {
      // Checked again inside the lock: another import of the same year may have committed meanwhile.
      if (await tx.planYear.findUnique({ where: { year: job.year }, select: { id: true } })) return { ok: false, error: 'year_exists' } as const;
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
export async function runImportJobAlone(databaseUrl: string, job: ImportJob, onTask?: OnTask): Promise<ImportJobResult> {
  const client = createPrismaClient(databaseUrl);
  try {
    return await runImportJob(client, job, onTask);
  } finally {
    await client.$disconnect();
  }
}
