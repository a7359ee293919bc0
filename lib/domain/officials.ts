// 牵头区领导: the district leaders a plan names on its tasks (Task.leadOfficial, names joined with 、). Who
// leads a task, the tasks a leader leads (我牵头的任务, the overview's filter) and each leader's tasks by status
// (区领导牵头任务). Pure rules.
import { countByStatus, STATUS_ORDER, type Status } from './status';

/** A task as these rules read it (the overview's task has it; named here so the overview can filter with them). */
type Led = { leadOfficial?: string };
/** A task's row at a date: the task and its status (the overview's `TaskRow`). */
type LedRow = { task: Led & { number: number }; status: { status: Status } };

/** A leader's title as plans write it before or after the name: 区委常委, 常务副区长, 区长, 区人大常委会副主任, 区政协主席, 秘书长… */
const TITLE = '(?:区委|区政府|区人大常委会|区人大|区政协)?(?:常务)?副?(?:书记|区长|常委|主任|主席|部长|秘书长)';
const LEADING_TITLES = new RegExp(`^(?:${TITLE}[，,、]?)+`, 'u');
const TRAILING_TITLES = new RegExp(`(?:[，,、]?${TITLE})+$`, 'u');

/**
 * A person's name as a plan's 牵头区领导 or an account's name writes it, for comparing: a title in brackets
 * (张三（副区长）) or written before or after the name (区委常委、常务副区长 张三; 张三副区长), a trailing 同志 and
 * spaces aside. A title alone (区委常委, the part of 区委常委、常务副区长张三 before its 、) is no name: ''.
 */
export function officialName(s: string): string {
  return s
    .replace(/[（(][^）)]*[）)]/gu, '')
    .replace(/\s+/gu, '')
    .replace(/同志$/u, '')
    .replace(LEADING_TITLES, '')
    .replace(TRAILING_TITLES, '');
}

/**
 * The parts of a 牵头区领导 cell, as tables separate names (、，,；;/, a line, a space) — but never inside brackets:
 * 张三（区委常委、常务副区长） is one part.
 */
export const nameParts = (cell: string): string[] => cell.match(/(?:[（(][^）)]*[）)]?|[^、，,；;/\s（(])+/gu) ?? [];

/** The names a task's 牵头区领导 holds, each as `officialName` reads it (none where the plan names none; a title alone is no name). */
export const officialsOf = (task: Led): string[] =>
  nameParts(task.leadOfficial ?? '')
    .map(officialName)
    .filter(Boolean);

/** Whether the plan names this person (as `officialName` reads it) among a task's 牵头区领导: the same name, not part of another. */
export function leads(task: Led, name: string): boolean {
  const me = officialName(name);
  return me !== '' && officialsOf(task).includes(me);
}

/**
 * 我牵头的任务: the tasks whose 牵头区领导 names this leader (the account's name compared with each name the plan
 * gives), graver status first, then by number. None for a blank name.
 */
export function ledBy<R extends LedRow>(rows: R[], name: string): R[] {
  const rank = (r: R) => STATUS_ORDER.indexOf(r.status.status);
  return rows.filter((r) => leads(r.task, name)).sort((a, b) => rank(a) - rank(b) || a.task.number - b.task.number);
}

/** A leader's tasks by status (区领导牵头任务), for one row of the table. */
export type OfficialSummary = { name: string; tasks: number; counts: Record<Status, number> };

/**
 * 区领导牵头任务: every leader the plan names, with their tasks by status — the most lagging first, then the most
 * at risk, then the most tasks, then by name (a task two leaders lead counts for each). Empty where the plan
 * names none.
 */
export function officialSummaries(rows: LedRow[]): OfficialSummary[] {
  const byName = new Map<string, Status[]>();
  for (const r of rows)
    for (const n of new Set(officialsOf(r.task))) {
      const statuses = byName.get(n);
      if (statuses) statuses.push(r.status.status);
      else byName.set(n, [r.status.status]);
    }
  return [...byName]
    .map(([name, statuses]) => ({ name, tasks: statuses.length, counts: countByStatus(statuses) }))
    .sort((a, b) => b.counts.lagging - a.counts.lagging || b.counts.at_risk - a.counts.at_risk || b.tasks - a.tasks || a.name.localeCompare(b.name, 'zh-CN'));
}

/**
 * The 牵头区领导 a plan names that no leader account is named after (each name once, as `officialName` reads it,
 * in the order of the Chinese collation): the accounts the office has yet to make, or to rename, for 我牵头的任务.
 */
export function officialsWithoutAccount(leadOfficials: string[], accountNames: string[]): string[] {
  const accounts = new Set(accountNames.map(officialName));
  const named = new Set(leadOfficials.flatMap((leadOfficial) => officialsOf({ leadOfficial })));
  return [...named].filter((n) => !accounts.has(n)).sort((a, b) => a.localeCompare(b, 'zh-CN'));
}
