// What an import would create, as one plain object: the page's preview and the command line's
// `--dry-run --json` both show this. Messages carry their text and what to do, with examples in the
// chosen year.
import { draftCounts, isWritable, type PlanDraft } from '@/lib/domain/plan-import';
import { t } from '@/lib/i18n/zh-CN';
import type { Category } from '@/lib/domain/types';

export type ImportPreview = {
  year: number;
  layout: PlanDraft['layout'];
  projects: {
    numeral: string;
    title: string;
    category: Category | null;
    tasks: {
      number: number;
      /** The sheet and row it was read from. */
      sheet: string;
      row: number;
      content: string;
      units: string[];
      /** 牵头区领导 as read ('' when the table names none). */
      leadOfficial: string;
      deadline: string | null;
      crossYear: boolean;
      /** Each step: the day it falls due (YYYY-MM-DD) and its words. */
      milestones: { due: string; text: string }[];
      /** The task's indicators in words ('' when none): for a plan table, those read from its text. */
      figures: string;
      note: string;
    }[];
  }[];
  /** Said when the indicators are proposals read from the tasks' text (a plan table), null otherwise. */
  figuresNote: string | null;
  /** `rows`: on the first sheet read; `where`: where the name is written, in words (sheet by sheet when several were read). */
  unknownUnits: { name: string; rows: number[]; where: string; suggestions: string[]; collective: boolean }[];
  skipped: { sheet: string; row: number; why: string }[];
  messages: { sheet: string; row: number; severity: 'error' | 'warning'; text: string; fix: string }[];
  counts: ReturnType<typeof draftCounts>;
  /** Nothing blocks (unknown names still need a choice on confirmation). */
  canConfirm: boolean;
};

export function importPreview(d: PlanDraft, year: number): ImportPreview {
  return {
    year,
    layout: d.layout,
    projects: d.projects.map((p) => ({
      numeral: p.numeral,
      title: p.title,
      category: p.category,
      tasks: p.tasks.map((x) => ({
        number: x.number,
        sheet: x.sheet ?? d.sheet ?? '',
        row: x.row,
        content: x.content,
        units: x.units,
        leadOfficial: x.leadOfficial,
        deadline: x.deadlineMonth,
        crossYear: x.crossYear,
        milestones: x.milestones.map((m) => ({ due: m.dueDate, text: m.text })),
        figures: t.plan.import.figures(x.indicators),
        note: x.note,
      })),
    })),
    figuresNote: d.layout === 'appendix' && draftCounts(d).indicators > 0 ? t.plan.import.figuresProposed(draftCounts(d).indicators) : null,
    unknownUnits: d.unknownUnits.map((u) => ({
      name: u.name,
      rows: u.rows,
      where: t.plan.import.unitRows(u.rows, u.sheets),
      suggestions: u.suggestions,
      collective: u.collective,
    })),
    skipped: d.skipped.map((s) => ({ sheet: s.sheet, row: s.row, why: t.plan.skipped[s.why] })),
    messages: d.issues.map((i) => ({
      sheet: i.sheet,
      row: i.row,
      severity: i.blocking ? 'error' : 'warning',
      text: t.plan.issue[i.kind](i.value),
      fix: t.plan.fix[i.kind](i.value, year),
    })),
    counts: draftCounts(d),
    canConfirm: isWritable(d),
  };
}
