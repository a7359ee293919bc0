// The progress report of a period (上半年 / 全年 / any date) as plain data: what the Word report,
// the Excel 一览表, the /reports preview and a published snapshot all say. Everything comes from the
// evaluated plan at the period date — the one status per task, its reasons, its approved figures and
// the narrative of its latest approved update on or before that date. Where nothing was reported
// the model holds null (the files say 未提及), never 0 or an empty string passed off as an answer.
import type { IsoDate } from './dates';
import type { PeriodKind } from './periods';
import { rollUp, type RollUp } from './progress';
import { milestoneState } from './milestones';
import { isOpenAt } from './problems';
import { countByStatus, type SeverityReason, type Status } from './status';
import type { OverviewProject, OverviewTask, TaskRow } from './overview';
import type { ProblemKind } from './types';
import type { EvidenceKind } from './evidence';

/** The narrative part of an approved progress update. */
export type Narrative = { taskNumber: number; asOf: IsoDate; narrative: string; nextSteps: string | null };

export type ReportFigure = {
  name: string;
  unitOfMeasure: string;
  isPercent: boolean;
  target: number | null;
  /** null: the data holds no figure (未提及). */
  actual: number | null;
  actualAsOf: IsoDate | null;
  approx: boolean;
  mismatch: boolean;
  /** % of target, null when not comparable. */
  pctOfTarget: number | null;
};

export type ReportTask = {
  number: number;
  content: string;
  units: string[];
  /** The plan's 牵头区领导 (absent where it names none, and in snapshots published before it was kept). */
  leadOfficial?: string;
  deadlineMonth: string;
  status: Status;
  reasons: SeverityReason[];
  /** The task's one figure (0…100) and the expected one; null when none. */
  actualPct: number | null;
  expectedPct: number | null;
  /** The latest approved narrative on or before the period date; null: none (未提及). */
  progress: string | null;
  progressAsOf: IsoDate | null;
  /** The unit's stated next steps with that narrative; null when it stated none. */
  nextSteps: string | null;
  /** Plan steps after the period date not reached by then (the next half's plan). */
  nextMilestones: { label: string; dueDate: IsoDate; text: string }[];
  figures: ReportFigure[];
};

export type ReportProject = OverviewProject & { tasks: ReportTask[] };

export type ReportProblem = { taskNumber: number; kind: ProblemKind; text: string; blocking: boolean };

/**
 * A 佐证材料 file of an approved update the report used, frozen by content: the bytes are found by
 * their SHA-256 in the file store, so a published report still serves them after the update's
 * files change or its task leaves the plan.
 */
export type ReportEvidence = {
  taskNumber: number;
  /** The as-of date of the approved update the file came with. */
  updateAsOf: IsoDate;
  caption: string;
  fileName: string;
  kind: EvidenceKind;
  mime: string;
  size: number;
  sha256: string;
  screenSha256: string | null;
  thumbSha256: string | null;
  /** Marked 公开 by the office when the report was made. */
  public: boolean;
};

/**
 * The 公文 parts around the report's text (GB/T 9704): 主送机关, 发文机关署名, 成文日期, the 附件
 * named after the body, and the 版记 — 抄送 and 印发机关 with 印发日期 (`printedBy` and `printedOn`,
 * both or neither; absent too in snapshots published before they existed). Set when publishing and
 * frozen with the snapshot; a draft uses the office's last published ones (else the built-in ones)
 * with today as 成文日期.
 */
export type Letterhead = {
  addressee: string;
  issuer: string;
  signedOn: IsoDate;
  copyTo: string;
  attachments: string[];
  printedBy?: string;
  printedOn?: IsoDate;
};

export type ReportModel = {
  /** The 公文 parts as published (absent in a draft and in snapshots published before they existed). */
  letterhead?: Letterhead;
  year: number;
  planTitle: string;
  kind: PeriodKind;
  asOf: IsoDate;
  overall: {
    projects: number;
    engineering: number;
    service: number;
    tasks: number;
    counts: Record<Status, number>;
    /** Task numbers per status, in task order. */
    byStatus: Record<Status, number[]>;
    progress: RollUp;
  };
  projects: ReportProject[];
  /** Problems open at the period date, in task order. */
  problems: ReportProblem[];
  /** Lagging first, then at-risk tasks, with their reasons. */
  attention: { taskNumber: number; status: 'lagging' | 'at_risk'; reasons: SeverityReason[] }[];
  /** 三、存在问题 as the report states it: each problem once (same kind and text), with all its tasks. */
  problemGroups: { kind: ReportProblem['kind']; text: string; blocking: boolean; taskNumbers: number[] }[];
  /** Lagging and at-risk tasks for the reasons the problems do not already say (a problem is not restated). */
  attentionOther: { taskNumber: number; status: 'lagging' | 'at_risk'; reasons: SeverityReason[] }[];
  /**
   * 佐证材料 of the approved updates on or before the period date, in task order (absent in snapshots
   * published before evidence existed).
   */
  evidence?: ReportEvidence[];
};

/** 四、下一步工作 for a task: its remaining plan steps once (clean, no trailing punctuation), or its plan text where it has no steps. */
export function nextWork(task: Pick<ReportTask, 'nextMilestones' | 'nextSteps'>, noPlan: string): { steps: string[] } | { text: string } | null {
  if (task.nextMilestones.length) return { steps: task.nextMilestones.map((m) => m.text.trim().replace(/[。；;，,\s]+$/u, '')) };
  if (task.nextSteps && task.nextSteps.trim() !== noPlan) return { text: task.nextSteps };
  return null;
}

export type ReportInput = {
  year: number;
  planTitle: string;
  kind: PeriodKind;
  asOf: IsoDate;
  projects: OverviewProject[];
  rows: TaskRow<OverviewTask>[];
  /** Approved narratives of the year in any order; the latest on or before `asOf` is used per task. */
  narratives: Narrative[];
  /** Files of the year's approved updates, in upload order; those on or before `asOf` of the report's tasks are kept. */
  evidence?: ReportEvidence[];
};

/** The latest approved narrative per task on or before `asOf`. */
export function latestNarratives(narratives: Narrative[], asOf: IsoDate): Map<number, Narrative> {
  const out = new Map<number, Narrative>();
  for (const n of narratives) {
    if (n.asOf > asOf) continue;
    const seen = out.get(n.taskNumber);
    if (!seen || n.asOf >= seen.asOf) out.set(n.taskNumber, n);
  }
  return out;
}

const blankToNull = (s: string | null | undefined): string | null => (s && s.trim() ? s : null);

function reportTask(row: TaskRow<OverviewTask>, narrative: Narrative | undefined, asOf: IsoDate): ReportTask {
  const { task, status } = row;
  return {
    number: task.number,
    content: task.content,
    units: task.units.map((u) => u.name),
    ...(task.leadOfficial ? { leadOfficial: task.leadOfficial } : {}),
    deadlineMonth: task.deadlineMonth,
    status: status.status,
    reasons: status.reasons,
    actualPct: status.progress.actualPct,
    expectedPct: status.progress.expectedPct,
    progress: blankToNull(narrative?.narrative),
    progressAsOf: narrative?.asOf ?? null,
    nextSteps: blankToNull(narrative?.nextSteps),
    nextMilestones: task.milestones
      .filter((m) => m.dueDate > asOf && milestoneState(m, asOf) !== 'reached')
      .sort((a, b) => a.dueDate.localeCompare(b.dueDate))
      .map((m) => ({ label: m.periodLabel, dueDate: m.dueDate, text: m.text })),
    figures: task.indicators.map((ind, i) => {
      const p = status.progress.indicators[i]!;
      return {
        name: ind.name,
        unitOfMeasure: ind.unitOfMeasure,
        isPercent: ind.isPercent,
        target: ind.target,
        actual: p.actual?.value ?? null,
        actualAsOf: p.actual?.asOf ?? null,
        approx: p.actual?.approx ?? false,
        mismatch: p.mismatch,
        pctOfTarget: p.actualShare === null || p.mismatch ? null : Math.round(p.actualShare * 1000) / 10,
      };
    }),
  };
}

/** The report of a period from the evaluated plan (the same rows every screen shows at `asOf`). */
export function buildReport(input: ReportInput): ReportModel {
  const { rows, asOf } = input;
  const narratives = latestNarratives(input.narratives, asOf);
  const tasks = new Map(rows.map((r) => [r.task.number, reportTask(r, narratives.get(r.task.number), asOf)]));
  const statuses = rows.map((r) => r.status.status);
  const byStatus = { completed: [], lagging: [], at_risk: [], on_track: [] } as Record<Status, number[]>;
  for (const r of rows) byStatus[r.status.status].push(r.task.number);
  const projects = input.projects
    .map((p) => ({ ...p, tasks: rows.filter((r) => r.task.projectNumber === p.number).map((r) => tasks.get(r.task.number)!) }))
    .filter((p) => p.tasks.length > 0);
  const problems: ReportProblem[] = rows.flatMap((r) =>
    r.task.problems.filter((p) => isOpenAt(p, asOf)).map((p) => ({ taskNumber: r.task.number, kind: p.kind, text: p.text, blocking: p.blocking })),
  );
  const attention = (['lagging', 'at_risk'] as const).flatMap((s) =>
    rows.filter((r) => r.status.status === s).map((r) => ({ taskNumber: r.task.number, status: s, reasons: r.status.reasons })),
  );
  return {
    year: input.year,
    planTitle: input.planTitle,
    kind: input.kind,
    asOf,
    overall: {
      projects: projects.length,
      engineering: projects.filter((p) => p.category === 'ENGINEERING').length,
      service: projects.filter((p) => p.category === 'SERVICE').length,
      tasks: rows.length,
      counts: countByStatus(statuses),
      byStatus,
      progress: rollUp(rows.map((r) => r.status.progress)),
    },
    projects,
    problems,
    attention,
    problemGroups: groupProblems(problems),
    attentionOther: attention
      .map((a) => ({ ...a, reasons: a.reasons.filter((r) => r.kind !== 'blocking_problem' && r.kind !== 'open_problem') }))
      .filter((a) => a.reasons.length > 0),
    evidence: reportEvidence(input.evidence ?? [], tasks, asOf),
  };
}

/** The files a report lists: of its tasks, from updates on or before its date; by task, then date, then upload order. */
function reportEvidence(evidence: ReportEvidence[], tasks: ReadonlyMap<number, unknown>, asOf: IsoDate): ReportEvidence[] {
  return evidence
    .map((e, i) => ({ e, i }))
    .filter(({ e }) => tasks.has(e.taskNumber) && e.updateAsOf <= asOf)
    .sort((a, b) => a.e.taskNumber - b.e.taskNumber || a.e.updateAsOf.localeCompare(b.e.updateAsOf) || a.i - b.i)
    .map(({ e }) => e);
}

function groupProblems(problems: ReportProblem[]): ReportModel['problemGroups'] {
  const groups = new Map<string, ReportModel['problemGroups'][number]>();
  for (const p of problems) {
    const key = `${p.kind}|${p.text}`;
    const g = groups.get(key) ?? { kind: p.kind, text: p.text, blocking: false, taskNumbers: [] };
    g.blocking ||= p.blocking;
    if (!g.taskNumbers.includes(p.taskNumber)) g.taskNumbers.push(p.taskNumber);
    groups.set(key, g);
  }
  return [...groups.values()];
}

/** One row of the appendix table (附件：一览表), in the report's own columns. */
export type AppendixRow = {
  taskNumber: number;
  project: { numeral: string; title: string };
  /** How many rows the project cell spans from this row (0 on the rows it is merged over). */
  projectSpan: number;
  content: string;
  /** The progress cell: the approved narrative, or null (未提及). */
  progress: string | null;
  /** The date that narrative was written for, where it is before the period date (a 全年 report whose latest update is of June): the cell says so. */
  progressAsOf: IsoDate | null;
  /** The plan cell: the unit's stated next steps, else the plan steps ahead, else null ("/"). */
  plan: string | null;
  /** The date of the stated next steps, where before the period date (the plan's own steps ahead carry none). */
  planAsOf: IsoDate | null;
  units: string[];
  /** The plan's 牵头区领导 (null where it names none). */
  leadOfficial: string | null;
  deadlineMonth: string;
};

/**
 * The date a task's narrative (and the next steps stated with it) was written for, where that is before the
 * period date — what a report says beside them, so that June's words are not read as the year's end. Null
 * when written for the period date itself, or when there is none.
 */
export function writtenBefore(task: Pick<ReportTask, 'progressAsOf'>, asOf: IsoDate): IsoDate | null {
  return task.progressAsOf !== null && task.progressAsOf < asOf ? task.progressAsOf : null;
}

export function appendixRows(model: Pick<ReportModel, 'projects' | 'asOf'>): AppendixRow[] {
  return model.projects.flatMap((p) =>
    p.tasks.map((t, i) => ({
      taskNumber: t.number,
      project: { numeral: p.numeral, title: p.title },
      projectSpan: i === 0 ? p.tasks.length : 0,
      content: t.content,
      progress: t.progress,
      progressAsOf: t.progress === null ? null : writtenBefore(t, model.asOf),
      plan: t.nextSteps ?? (t.nextMilestones.length ? t.nextMilestones.map((m) => m.text).join('\n') : null),
      planAsOf: t.nextSteps === null ? null : writtenBefore(t, model.asOf),
      units: t.units,
      leadOfficial: t.leadOfficial ?? null,
      deadlineMonth: t.deadlineMonth,
    })),
  );
}

/**
 * Why an approved update on a task page seen as published (`?snapshot=`) stands outside that report: it
 * was approved after the report was published (the published plan was frozen without it), or it is dated
 * after the report's 统计截至. Null when neither, and for an update not approved (its status says so).
 * A seeded update (the report's own column) has no review time: approved before any publication.
 */
export function outsidePublished(
  update: { asOf: IsoDate; status: 'PENDING' | 'APPROVED' | 'RETURNED'; reviewedAt: string | null },
  published: { asOf: IsoDate; publishedAt: string },
): 'approved_after' | 'dated_after' | null {
  if (update.status !== 'APPROVED') return null;
  if (update.reviewedAt !== null && Date.parse(update.reviewedAt) > Date.parse(published.publishedAt)) return 'approved_after';
  if (update.asOf > published.asOf) return 'dated_after';
  return null;
}
