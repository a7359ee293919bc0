'use server';
// Plan years (督查室 only): create one (empty or as a copy), move it along 草稿 → 执行中 → 已归档, and
// import one from Excel in two steps — preview (nothing is written) then confirm (one transaction).
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { prisma, writeTransaction } from '@/lib/prisma';
import { audit } from '@/lib/audit';
import { nextStatus, type PlanYearStatus } from '@/lib/domain/plan-years';
import { writeInWorker } from '@/lib/plan-import/write-in-worker';
import { prepareConfirm, runPreview, type ImportState } from './import-steps';
import { createYearSchema } from '@/lib/validation/plan';
import { isForm } from '@/lib/validation/update';
import { m } from '@/lib/i18n/messages';
import { ConflictError, notAForm, refusedField, type ActionState } from './state';
import { runAction } from './pipeline';
import { backWithoutScript, postedWithoutScript, savedAt } from './without-script';

export type { ImportState };

export async function createPlanYear(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return runAction(formData, {
    right: 'edit_plan',
    schema: createYearSchema,
    work: async ({ actor, data: d, values }): Promise<ActionState> => {
      const existing = await prisma.planYear.findMany({ select: { year: true } });
      if (existing.some((y) => y.year === d.year)) return refusedField('year', m.yearExists(d.year), values);
      if (d.source === 'copy' && !existing.some((y) => y.year === d.from))
        return { status: 'error', message: m.fixErrors, errors: { from: [m.notFound] }, values };
      if (d.source === 'copy') {
        // A copy is hundreds of statements for a large year: written in a worker thread, as an import is.
        const made = await writeInWorker({ kind: 'copy', from: d.from, year: d.year, title: d.title, audit: { actorId: actor.id, after: { ...d } } });
        if (!made.ok && made.error === 'year_exists') return refusedField('year', m.yearExists(d.year), values);
        if (!made.ok) return { status: 'error', message: m.copyFailed, values };
      } else {
        await writeTransaction(async (tx) => {
          const made = await tx.planYear.create({ data: { year: d.year, title: d.title, status: 'DRAFT' }, select: { id: true } });
          await audit(tx, { actorId: actor.id, action: 'plan.created', entityType: 'PlanYear', entityId: made.id, after: { ...d, tasks: 0 } });
        });
      }
      revalidatePath('/plan');
      // Without JavaScript: back to the list at the new year, saying so (a reload would create it again).
      await backWithoutScript(`year-${d.year}`, { saved: true });
      return { status: 'ok', message: m.yearCreated(d.year) };
    },
  });
}

export async function setPlanYearStatus(year: number, _prev: ActionState, formData: FormData): Promise<ActionState> {
  return runAction(formData, {
    right: 'edit_plan',
    record: () => (Number.isInteger(year) ? prisma.planYear.findUnique({ where: { year }, select: { id: true, status: true } }) : Promise.resolve(null)),
    work: async ({ actor, record: plan, values }): Promise<ActionState> => {
      const to = values.status as PlanYearStatus;
      if (nextStatus(plan.status) !== to) return { status: 'error', message: m.badTransition, values };
      await writeTransaction(async (tx) => {
        // From the state it was read in: two clicks (or two offices) cannot both move it.
        const { count } = await tx.planYear.updateMany({ where: { id: plan.id, status: plan.status }, data: { status: to } });
        if (count !== 1) throw new ConflictError(m.badTransition);
        await audit(tx, {
          actorId: actor.id,
          action: 'plan.status',
          entityType: 'PlanYear',
          entityId: plan.id,
          before: { status: plan.status },
          after: { status: to },
        });
      });
      revalidatePath('/', 'layout');
      await backWithoutScript(`year-${year}`, { saved: true });
      return { status: 'ok', message: m.statusChanged };
    },
  });
}

/** Reads the uploaded plan and shows what it would create; writes nothing (lib/actions/import-steps.ts). */
export async function previewImport(_prev: ImportState, formData: FormData): Promise<ImportState> {
  if (!isForm(formData)) return notAForm();
  return runPreview(formData);
}

/** Writes the previewed plan as a draft year, in one transaction, audited (lib/actions/import-steps.ts). */
export async function confirmImport(_prev: ImportState, formData: FormData): Promise<ImportState> {
  if (!isForm(formData)) return notAForm();
  const ready = await prepareConfirm(formData);
  if ('answer' in ready) return ready.answer;
  const answer = await ready.commit();
  if (answer.status === 'ok') {
    revalidatePath('/plan');
    // Posted by the browser itself (the page's script sends the file to the upload route instead):
    // on to the plan list at the new year, saying so (a reload would import it again).
    if (await postedWithoutScript()) redirect(savedAt('/plan', `year-${answer.year}`));
  }
  return answer;
}
