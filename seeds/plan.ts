// Joins the report's table (verbatim text) with the annotations in data/plan-2023.ts into one
// plain structure that the seeding command writes and the fidelity tests check.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseReportTable, numeralToNumber, type ReportRow } from './parse-report';
import {
  PLAN_TITLE,
  PLAN_YEAR,
  PROBLEMS,
  PROJECT_CATEGORIES,
  REPORT_AS_OF,
  REPORT_FILE,
  TASKS,
  UNITS,
  type Category,
  type SeedTask,
  type SeedProblem,
} from './data/plan-2023';

export const SEEDS_DIR = path.dirname(new URL(import.meta.url).pathname);

export type SeedProject = { number: number; numeral: string; title: string; category: Category };
export type SeedPlanTask = ReportRow & SeedTask & { projectNumber: number };
export type SeedPlan = {
  year: number;
  title: string;
  reportAsOf: string;
  units: typeof UNITS;
  projects: SeedProject[];
  tasks: SeedPlanTask[];
  problems: SeedProblem[];
};

export function readReport(): string {
  return readFileSync(path.join(SEEDS_DIR, REPORT_FILE), 'utf8');
}

export function buildSeedPlan(reportText: string = readReport()): SeedPlan {
  const rows = parseReportTable(reportText);
  const projects = new Map<number, SeedProject>();
  const tasks = rows.map((row): SeedPlanTask => {
    const projectNumber = numeralToNumber(row.projectNumeral);
    const category = PROJECT_CATEGORIES[projectNumber];
    if (!category) throw new Error(`no category for project ${row.projectNumeral}`);
    if (!projects.has(projectNumber)) {
      projects.set(projectNumber, { number: projectNumber, numeral: row.projectNumeral, title: row.projectTitle, category });
    }
    const notes = TASKS.find((t) => t.number === row.taskNumber);
    if (!notes) throw new Error(`no annotations for task ${row.taskNumber}`);
    for (const u of row.units) if (!UNITS.some((x) => x.name === u)) throw new Error(`unknown unit ${u}`);
    return { ...row, ...notes, projectNumber };
  });
  return {
    year: PLAN_YEAR,
    title: PLAN_TITLE,
    reportAsOf: REPORT_AS_OF,
    units: UNITS,
    projects: [...projects.values()].sort((a, b) => a.number - b.number),
    tasks,
    problems: PROBLEMS,
  };
}
