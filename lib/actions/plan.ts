'use server';
// Plan years (督查室 only): create one (empty or as a copy), move it along 草稿 → 执行中 → 已归档, and
// import one from Excel in two steps — preview (nothing is written) then confirm (one transaction).
import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { prisma, writeTransaction } from '@/lib/prisma';
import { getSession } from '@/lib/auth/session';
import { can } from '@/lib/auth/policy';
import { audit } from '@/lib/audit';
import { nextStatus, type PlanYearStatus } from '@/lib/domain/plan-years';
import { draftCounts, isWritable, type PlanDraft } from '@/lib/domain/plan-import';
import { draftFromSheets, readXlsx } from '@/lib/plan-import/read-xlsx';
import { copyYear, writeDraft } from '@/lib/plan-import/write';
import { sha256 } from '@/lib/reports/files';
import { formToObject } from '@/lib/validation/update';
import { createYearSchema, importSchema } from '@/lib/validation/plan';
import { m } from '@/lib/i18n/messages';
import type { ActionState } from './state';

export type ImportState = ActionState & { preview?: { draft: PlanDraft; counts: ReturnType<typeof draftCounts>; sha256: string; hidden: string[]; formulas: number; writable: boolean } };

const fieldErrors = (e: z.ZodError) => z.flattenError(e).fieldErrors as Record<string, string[]>;

async function supervisor() {
  const actor = await getSession();
  if (!actor) return { error: m.signInFirst } as const;
  if (!can(actor, 'edit_plan')) return { error: m.forbidden } as const;
  return { actor } as const;
}

export async function createPlanYear(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const values = formToObject(formData);
  const who = await supervisor();
  if ('error' in who) return { status: 'error', message: who.error, values };
  const parsed = createYearSchema.safeParse(values);
  if (!parsed.success) return { status: 'error', message: m.fixErrors, errors: fieldErrors(parsed.error), values };
  const d = parsed.data;
  const existing = await prisma.planYear.findMany({ select: { year: true } });
  if (existing.some((y) => y.year === d.year)) return { status: 'error', message: m.fixErrors, errors: { year: [m.yearExists(d.year)] }, values };
  if (d.source === 'copy' && !existing.some((y) => y.year === d.from)) return { status: 'error', message: m.fixErrors, errors: { from: [m.notFound] }, values };
  await writeTransaction(async (tx) => {
    const made = d.source === 'copy' ? await copyYear(tx, d.from, d.year, d.title) : { planYearId: (await tx.planYear.create({ data: { year: d.year, title: d.title, status: 'DRAFT' }, select: { id: true } })).id, tasks: 0 };
    await audit(tx, { actorId: who.actor.id, action: 'plan.created', entityType: 'PlanYear', entityId: made.planYearId, after: { ...d, tasks: made.tasks } });
  });
  revalidatePath('/plan');
  return { status: 'ok', message: m.yearCreated(d.year) };
}

export async function setPlanYearStatus(year: number, _prev: ActionState, formData: FormData): Promise<ActionState> {
  const values = formToObject(formData);
  const who = await supervisor();
  if ('error' in who) return { status: 'error', message: who.error, values };
  const plan = Number.isInteger(year) ? await prisma.planYear.findUnique({ where: { year }, select: { id: true, status: true } }) : null;
  if (!plan) return { status: 'error', message: m.notFound, values };
  const to = values.status as PlanYearStatus;
  if (nextStatus(plan.status) !== to) return { status: 'error', message: m.badTransition, values };
  await writeTransaction(async (tx) => {
    const { count } = await tx.planYear.updateMany({ where: { id: plan.id, status: plan.status }, data: { status: to } });
    if (count !== 1) throw new Error('plan year changed meanwhile');
    await audit(tx, { actorId: who.actor.id, action: 'plan.status', entityType: 'PlanYear', entityId: plan.id, before: { status: plan.status }, after: { status: to } });
  });
  revalidatePath('/', 'layout');
  return { status: 'ok', message: m.statusChanged };
}

/** Reads and parses the uploaded file; the same checks for preview and confirmation. */
async function readUpload(formData: FormData, year: number) {
  const refuse = (message: string) => ({ error: { file: [message] } as Record<string, string[]> });
  const file = formData.get('file');
  if (!(file instanceof File) || file.size === 0) return refuse(m.chooseFile);
  const bytes = new Uint8Array(await file.arrayBuffer());
  const read = await readXlsx(bytes);
  if (!read.ok) return refuse(m.importRead[read.error]);
  const units = await prisma.unit.findMany({ select: { code: true, name: true } });
  const byKey = new Map(units.flatMap((u) => [[u.name, u.name], [u.code, u.name]] as const));
  const draft = draftFromSheets(read, year, (n) => byKey.get(n) ?? null);
  if (!draft || draft.issues.some((i) => i.kind === 'no_header')) return refuse(m.importRead.no_table);
  return { draft, read, sha256: sha256(bytes) };
}

export async function previewImport(_prev: ImportState, formData: FormData): Promise<ImportState> {
  const values = formToObject(formData);
  const who = await supervisor();
  if ('error' in who) return { status: 'error', message: who.error, values };
  const parsed = importSchema.safeParse(values);
  if (!parsed.success) return { status: 'error', message: m.fixErrors, errors: fieldErrors(parsed.error), values };
  if (await prisma.planYear.findUnique({ where: { year: parsed.data.year }, select: { id: true } })) {
    return { status: 'error', message: m.fixErrors, errors: { year: [m.yearExists(parsed.data.year)] }, values };
  }
  const up = await readUpload(formData, parsed.data.year);
  if ('error' in up) return { status: 'error', message: m.fixErrors, errors: up.error, values };
  const writable = isWritable(up.draft);
  return {
    status: writable ? 'idle' : 'error',
    message: writable ? undefined : m.importHasErrors,
    values,
    preview: { draft: up.draft, counts: draftCounts(up.draft), sha256: up.sha256, hidden: up.read.hidden, formulas: up.read.formulas, writable },
  };
}

export async function confirmImport(_prev: ImportState, formData: FormData): Promise<ImportState> {
  const values = formToObject(formData);
  const who = await supervisor();
  if ('error' in who) return { status: 'error', message: who.error, values };
  const parsed = importSchema.safeParse(values);
  if (!parsed.success) return { status: 'error', message: m.fixErrors, errors: fieldErrors(parsed.error), values };
  const d = parsed.data;
  const up = await readUpload(formData, d.year);
  if ('error' in up) return { status: 'error', message: m.fixErrors, errors: up.error, values };
  if (up.sha256 !== d.sha256) return { status: 'error', message: m.importChanged, values };
  if (!isWritable(up.draft)) return { status: 'error', message: m.importHasErrors, values };
  if (up.draft.newUnits.length > 0 && !d.createUnits) return { status: 'error', message: m.importNeedsUnits, errors: { createUnits: [m.importNeedsUnits] }, values };
  try {
    const made = await writeTransaction(async (tx) => {
      if (await tx.planYear.findUnique({ where: { year: d.year }, select: { id: true } })) throw new YearExists();
      const w = await writeDraft(tx, { year: d.year, title: d.title, draft: up.draft, defaultCategory: d.defaultCategory });
      await audit(tx, {
        actorId: who.actor.id, action: 'plan.imported', entityType: 'PlanYear', entityId: w.planYearId,
        after: { year: d.year, title: d.title, sha256: up.sha256, layout: up.draft.layout, ...draftCounts(up.draft), unitsCreated: w.unitsCreated },
      });
      return w;
    });
    revalidatePath('/plan');
    return { status: 'ok', message: m.imported(d.year, made.tasks) };
  } catch (e) {
    if (e instanceof YearExists) return { status: 'error', message: m.fixErrors, errors: { year: [m.yearExists(d.year)] }, values };
    throw e;
  }
}

class YearExists extends Error {}
