// URLs of the screens, built in one place so query parameters stay consistent.

/**
 * Where a screen's links stay: a plan year at a chosen date (none: the year's default date), or a
 * published report's frozen plan (`snapshot`, which fixes the year's plan and its date).
 */
export type View = { year?: number; asOf?: string; snapshot?: number };

/** The view of an evaluated plan: its published report, or its year and a date chosen (not the default). */
export function viewOf(plan: { snap: { year: number }; asOf: string; isDefaultAsOf: boolean; published: { id: number } | null }): View {
  return plan.published ? { year: plan.snap.year, snapshot: plan.published.id } : { year: plan.snap.year, asOf: plan.isDefaultAsOf ? undefined : plan.asOf };
}

/** The query that keeps a page in a published report's view (nothing on a live one). */
export const publishedQuery = (published: { id: number } | null): { snapshot?: string } => (published ? { snapshot: String(published.id) } : {});

function viewQuery(q: View): string {
  const sp = new URLSearchParams();
  if (q.year) sp.set('year', String(q.year));
  if (q.snapshot) sp.set('snapshot', String(q.snapshot));
  else if (q.asOf) sp.set('asOf', q.asOf);
  const s = sp.toString();
  return s ? `?${s}` : '';
}

/** A task's page in a view (a published view's task page shows the task as published). */
export const taskHref = (n: number, q: View = {}): string => `/tasks/${n}${viewQuery(q)}`;

/** A project's page in a view. */
export const projectHref = (n: number, q: View = {}): string => `/projects/${n}${viewQuery(q)}`;

/** A task's 督办 section with the form to issue a notice open (the office's step from 滞后未督办). */
export const issueNoticeHref = (n: number, year: number): string => `/tasks/${n}?year=${year}&issue=1#nt-h`;

/** The same, to put a leader's instruction (领导批示) into effect: the notice's form filled from it. */
export const instructionNoticeHref = (n: number, year: number, instructionId: number): string =>
  `/tasks/${n}?year=${year}&issue=1&instruction=${instructionId}#nt-h`;

/** A task page with its 领导批示 form open (a leader's step from the page's top or the 驾驶舱's lagging tasks). */
export const instructHref = (n: number, year: number): string => `/tasks/${n}?year=${year}&instruct=1#li-h`;

/** The id of an instruction on its task page. */
export const instructionAnchor = (instructionId: number): string => `instruction-${instructionId}`;

/** The update form's page showing an update just submitted (where a submission without JavaScript is sent on to). */
export function submittedHref(s: { number: number; year: number; updateId: number }): string {
  return `/tasks/${s.number}/update?year=${s.year}&submitted=${s.updateId}`;
}

/** The review queue showing the decision just taken on an update (where a review posted without JavaScript is sent on to). */
export const reviewedHref = (updateId: number): string => `/review?reviewed=${updateId}`;

/** The id of a notice's card on the pages that list notices (a redirect's anchor lands there). */
export const noticeAnchor = (noticeId: number): string => `notice-${noticeId}`;

/** The id of an update in a task page's 进展记录 (a notice answered inside it links there). */
export const updateAnchor = (updateId: number): string => `update-${updateId}`;

/** A URL of `pathname` with the query's defined values (in the given order). */
export function hrefWith(pathname: string, query: Record<string, string | undefined>): string {
  const sp = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) if (v) sp.set(k, v);
  const s = sp.toString();
  return `${pathname}${s ? `?${s}` : ''}`;
}

/** A list's two files: the CSV at `pathname` with the query's defined values, and the same with `format=xlsx`. */
export type ExportLinks = { csv: string; xlsx: string };
export const exportLinks = (pathname: string, query: Record<string, string | undefined>): ExportLinks => ({
  csv: hrefWith(pathname, query),
  xlsx: hrefWith(pathname, { ...query, format: 'xlsx' }),
});

/**
 * Which form of a page a draft belongs to (lib/actions/form-drafts.ts): the action names it when
 * it keeps one, the page hands the draft to the form of that name. Each names the record the form
 * acts on (a task number is the same in every year; a task's id is not). A notice's step form's key
 * is also its element id prefix.
 */
export const formKey = {
  update: (taskId: number) => `update-${taskId}`,
  notice: (taskId: number) => `notice-${taskId}`,
  instruction: (taskId: number) => `instruction-${taskId}`,
  review: (updateId: number) => `review-${updateId}`,
  noticeStep: (noticeId: number, step: string, unitId?: number) => (unitId === undefined ? `n${noticeId}-${step}` : `n${noticeId}-${unitId}-${step}`),
};
