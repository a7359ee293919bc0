// The two steps of an Excel import, for both ways in: the server actions (lib/actions/plan.ts) and
// the upload route the import page uses for its progress bar (app/plan/import/upload/route.ts). Not a
// server-action module: nothing here is callable from a form on its own.
// Every step checks the caller itself (the office's edit_plan right); preview writes nothing;
// confirmation re-reads the file, refuses one that is not the file previewed, and writes the year
// in one transaction, audited, reporting each task written — in a worker thread on a connection of
// its own (lib/plan-import/write-in-worker.ts), so the server keeps answering meanwhile.
import 'server-only';
import { prisma } from '@/lib/prisma';
import { getSession } from '@/lib/auth/session';
import { can } from '@/lib/auth/policy';
import { applyUnitChoices, draftCounts, isWritable, unresolvedUnits, withoutBlockedRows, type PlanDraft, type UnitChoice } from '@/lib/domain/plan-import';
import { unitDirectory } from '@/lib/plan-import/units';
import { readPlanXlsx } from '@/lib/plan-import/read-xlsx';
import { importPreview, type ImportPreview } from '@/lib/plan-import/preview';
import { writeInWorker } from '@/lib/plan-import/write-in-worker';
import type { OnTask } from '@/lib/plan-import/plan-year-job';
import { sha256 } from '@/lib/reports/files';
import { formToObject } from '@/lib/validation/update';
import { confirmImportSchema, importSchema } from '@/lib/validation/plan';
import { m } from '@/lib/i18n/messages';
import type { ActionState } from './state';
import { refusedField, refusedForm, fieldErrorsOf } from './state';

export type ImportState = ActionState & {
  preview?: {
    draft: PlanDraft;
    summary: ImportPreview;
    counts: ReturnType<typeof draftCounts>;
    sha256: string;
    hidden: string[];
    formulas: number;
    writable: boolean;
    /** Every unit's name, for mapping an unknown name to one. */
    units: string[];
    /** The file looks like last year's plan: offer 日期顺延一年. */
    suggestShift: boolean;
    /** Dates were moved by a year (the office asked). */
    shifted: boolean;
  };
  /** After a confirmed import: the new year, for the link to its plan. */
  year?: number;
};

async function supervisor() {
  const actor = await getSession();
  if (!actor) return { error: m.sessionEnded } as const;
  if (!can(actor, 'edit_plan')) return { error: m.forbidden } as const;
  return { actor } as const;
}

/** Reads and parses the uploaded file; the same checks for preview and confirmation. */
async function readUpload(formData: FormData, year: number) {
  const refuse = (message: string) => ({ error: { file: [message] } as Record<string, string[]> });
  const file = formData.get('file');
  if (!(file instanceof File) || file.size === 0) return refuse(m.chooseFile);
  const bytes = new Uint8Array(await file.arrayBuffer());
  const units = await unitDirectory();
  // 日期顺延一年: the file is last year's plan; the worker reads it for that year, then moves every date by one.
  const shift = formData.get('shiftDates') === 'on';
  // 读取全部计划工作表: every sheet that holds a plan table, as one plan (lib/domain/plan-source.ts).
  const allSheets = formData.get('allSheets') === 'on';
  const read = await readPlanXlsx(bytes, { year, shift, allSheets, units });
  if (!read.ok) return refuse(read.header ? m.importHeaderGap(read.header) : m.importRead[read.error]);
  const { draft, suggestShift } = read;
  return { draft, read, sha256: sha256(bytes), units: units.map((u) => u.name), suggestShift, shifted: shift };
}
type Upload = Exclude<Awaited<ReturnType<typeof readUpload>>, { error: unknown }>;

/**
 * The office's choice per unknown name from the confirm form: `unit.N.name` (the name as written)
 * with `unit.N.choice` — "create", or the name(s) of existing units (several for 各街道). The old
 * "create them all" box (`createUnits`) chooses "create" for every name not chosen otherwise.
 */
export function unitChoices(formData: FormData, draft: PlanDraft, known: string[]): Map<string, UnitChoice> {
  const choices = new Map<string, UnitChoice>();
  for (const [key, value] of formData.entries()) {
    const mm = /^unit\.(\d+)\.name$/.exec(key);
    if (!mm || typeof value !== 'string') continue;
    const picked = formData.getAll(`unit.${mm[1]}.choice`).filter((v): v is string => typeof v === 'string' && v !== '');
    if (picked.includes('create')) choices.set(value, 'create');
    else if (picked.length > 0) choices.set(value, { units: picked.filter((p) => known.includes(p)) });
  }
  if (formData.get('createUnits') === 'on') for (const u of draft.unknownUnits) if (!choices.has(u.name) && !u.collective) choices.set(u.name, 'create');
  return choices;
}

/** Step 1: what the file would create, with a message on each row that cannot be read; nothing written. */
export async function runPreview(formData: FormData): Promise<ImportState> {
  const values = formToObject(formData);
  const who = await supervisor();
  if ('error' in who) return { status: 'error', message: who.error, values };
  const parsed = importSchema.safeParse(values);
  if (!parsed.success) return refusedForm(parsed.error, values);
  if (await prisma.planYear.findUnique({ where: { year: parsed.data.year }, select: { id: true } })) {
    return refusedField('year', m.yearExists(parsed.data.year), values);
  }
  const up = await readUpload(formData, parsed.data.year);
  if ('error' in up) return { status: 'error', message: m.fixErrors, errors: up.error, values };
  const preview = previewOf(up, parsed.data.year);
  return { status: preview.writable ? 'idle' : 'error', message: preview.writable ? undefined : m.importHasErrors, values, preview };
}

/** What a read file would create, as the preview shows it. */
function previewOf(up: Upload, year: number): NonNullable<ImportState['preview']> {
  return {
    draft: up.draft,
    summary: importPreview(up.draft, year),
    counts: draftCounts(up.draft),
    sha256: up.sha256,
    hidden: up.read.hidden,
    formulas: up.read.formulas,
    writable: isWritable(up.draft),
    units: up.units,
    suggestShift: up.suggestShift,
    shifted: up.shifted,
  };
}

/**
 * Step 2, in two parts: every check (caller, form, the file is the one previewed and has no blocking
 * row, new units agreed to) — a refusal is `answer`; then `commit`, the one write transaction.
 */
export async function prepareConfirm(formData: FormData): Promise<{ answer: ImportState } | { commit: (onTask?: OnTask) => Promise<ImportState> }> {
  const values = formToObject(formData);
  // Several units ticked for one name (各街道) are kept one per line.
  for (const k of Object.keys(values)) if (/^unit\.\d+\.choice$/.test(k)) values[k] = formData.getAll(k).join('\n');
  const refuse = (s: Omit<ImportState, 'values'>) => ({ answer: { ...s, values } });
  const who = await supervisor();
  if ('error' in who) return refuse({ status: 'error', message: who.error });
  const parsed = confirmImportSchema.safeParse(values);
  if (!parsed.success) return refuse({ status: 'error', message: m.fixErrors, errors: fieldErrorsOf(parsed.error) });
  const d = parsed.data;
  const up = await readUpload(formData, d.year);
  if ('error' in up) return refuse({ status: 'error', message: m.fixErrors, errors: up.error });
  // A refusal once the file is read answers with its preview again (a page posted without JavaScript
  // has no other), and `values` keeps the choices made on it; another file than the one previewed
  // is shown as read, to be confirmed instead.
  const refuseRead = (s: Omit<ImportState, 'values' | 'preview'>) => refuse({ ...s, preview: previewOf(up, d.year) });
  if (up.sha256 !== d.sha256) return refuseRead({ status: 'error', message: m.importChanged });
  // The office may leave out the rows that have problems and import the rest.
  const kept = d.excludeBlocked ? withoutBlockedRows(up.draft) : up.draft;
  if (!isWritable(kept)) return refuseRead({ status: 'error', message: m.importHasErrors });
  const choices = unitChoices(formData, kept, up.units);
  const open = unresolvedUnits(kept, choices);
  if (open.length > 0) return refuseRead({ status: 'error', message: m.importNeedsUnits, errors: { createUnits: [m.importUnitsOpen(open)] } });
  const chosen = applyUnitChoices(kept, choices);
  const excluded = up.draft.issues.filter((i) => i.blocking);
  const sheets = [...new Set(up.draft.projects.flatMap((p) => p.tasks.map((x) => x.sheet ?? up.draft.sheet)))];
  return {
    commit: async (onTask) => {
      const made = await writeInWorker(
        {
          kind: 'import',
          year: d.year,
          title: d.title,
          draft: chosen.draft,
          defaultCategory: d.defaultCategory,
          aliases: chosen.aliases,
          audit: {
            actorId: who.actor.id,
            after: {
              year: d.year,
              title: d.title,
              sha256: up.sha256,
              layout: up.draft.layout,
              ...draftCounts(chosen.draft),
              aliases: chosen.aliases,
              excludedRows: d.excludeBlocked ? excluded.filter((i) => i.sheet === up.draft.sheet).map((i) => i.row) : [],
              // Read from several sheets: which, and the rows left out on the others.
              ...(sheets.length > 1 && {
                sheets,
                excludedElsewhere: d.excludeBlocked ? excluded.filter((i) => i.sheet !== up.draft.sheet).map((i) => ({ sheet: i.sheet, row: i.row })) : [],
              }),
            },
          },
        },
        onTask,
      );
      if (made.ok) return { status: 'ok', message: m.imported(d.year, made.tasks), year: d.year };
      if (made.error === 'year_exists') return refusedField('year', m.yearExists(d.year), values);
      return { status: 'error', message: m.importFailed, values };
    },
  };
}
