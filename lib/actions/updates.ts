'use server';
// Progress updates: a unit submits (待审核); a supervisor approves or returns. Each action parses,
// authorizes against the record itself, writes in one transaction with its audit event, revalidates.
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { postedWithoutScript } from './without-script';
import { formKey, reviewedHref, submittedHref } from '@/lib/links';
import { writeTransaction } from '@/lib/prisma';
import type { Actor } from '@/lib/auth/policy';
import type { z } from 'zod';
import { audit } from '@/lib/audit';
import { loadSubmitRules, type SubmitRules } from '@/lib/data/update-context';
import { OPEN_STATUSES } from '@/lib/domain/notices';
import { isRecordId, parseUpdate, reviewSchema } from '@/lib/validation/update';
import { verifySeenPending } from '@/lib/auth/form-token';
import { m } from '@/lib/i18n/messages';
import { dateOf, toIsoDate } from '@/lib/domain/dates';
import { problemsColumn } from '@/lib/validation/update-payload';
import { needsVerification } from '@/lib/data/review';
import { ConflictError, FieldConflict, type ActionState } from './state';
import { applyApproval } from './approval';
import { attachEvidence, evidenceOfForm } from './evidence-steps';
import { runAction, type Values } from './pipeline';
import { movePart } from './notice-parts';
import { announce } from '@/lib/reminders/announce';
import { today } from '@/lib/env';
import { t } from '@/lib/i18n/zh-CN';
import { fmtDate } from '@/lib/i18n/format';

const day = dateOf;
/** A nested create of these rows, or nothing when there are none. */
const nestedCreate = <T>(rows: T[]): { create: T[] } | undefined => (rows.length ? { create: rows } : undefined);

export async function submitUpdate(taskId: number, _prev: ActionState, formData: FormData): Promise<ActionState> {
  const done: { stored?: Parameters<typeof submittedHref>[0] } = {};
  const state = await runAction(formData, {
    draft: () => formKey.update(taskId), // its page shows it again (app/tasks/[n]/update)
    record: (actor) => (isRecordId(taskId) ? loadSubmitRules(taskId, actor.unitId) : Promise.resolve(null)),
    // On the task's units (the rules carry them): the office, or a unit responsible for it.
    right: 'submit_update',
    work: async ({ actor, record: ctx, values, formData: fd }) => {
      const written = await writeUpdate(actor, taskId, ctx, values, fd);
      if (typeof written !== 'number') return written;
      done.stored = { number: ctx.number, year: ctx.form.planYear, updateId: written };
      return { status: 'ok', message: m.submitted };
    },
  });
  // No revalidation: a revalidated path makes Next render the update page again into the answer of
  // every submission (a browser with JavaScript only needs this result: the form shows it), which
  // halved what a burst of submissions could take. Nothing is kept to revalidate: every screen is
  // rendered per request, the browser's router keeps no dynamic page (staleTimes.dynamic 0) and the
  // server's page cache follows the data version — the task page, 审核 and 我的任务 show the update
  // at the next visit.

  // Posted by a browser without JavaScript (lib/actions/without-script.ts): answered with a redirect
  // to the form's page showing what was stored (POST-redirect-GET), so a reload does not post the
  // form again, and the answer is not the whole form rendered anew — the page it leads to reads one
  // row. With JavaScript the form shows the result itself.
  if (done.stored && (await postedWithoutScript())) redirect(submittedHref(done.stored));
  return state;
}

/** Stores the update (pending review): its id, or the refusal with the input kept. */
async function writeUpdate(actor: Actor, taskId: number, ctx: SubmitRules, values: Values, formData: FormData): Promise<number | ActionState> {
  if (!ctx.open) return { status: 'error', message: m.yearClosed, values };
  const parsed = parseUpdate(values, ctx.form);
  if (!parsed.ok) return { status: 'error', message: m.fixErrors, errors: parsed.errors, values };
  const d = parsed.data;
  if (!verifySeenPending(taskId, d.seenPendingId, values.seenToken)) return { status: 'error', message: m.staleForm, values };
  // The files staged for it (uploaded one by one with JavaScript) and those posted with the form (without).
  const evidence = await evidenceOfForm(actor, taskId, values, formData);
  if ('message' in evidence) return { status: 'error', message: m.fixErrors, errors: { evidence: [evidence.message] }, values };

  return writeTransaction(async (tx) => {
    // Read under the write lock, in one statement (the same SQL on SQLite and PostgreSQL): the task's
    // version the form was opened at, and any pending update newer than the one the form saw.
    const [task] = await tx.$queryRaw<{ version: number | bigint; newer: number | bigint | null }[]>`
      SELECT t."version" AS version,
        (SELECT u."id" FROM "ProgressUpdate" u WHERE u."taskId" = t."id" AND u."status" = 'PENDING' AND u."id" > ${d.seenPendingId} LIMIT 1) AS newer
      FROM "Task" t WHERE t."id" = ${taskId}`;
    if (!task || Number(task.version) !== d.baseVersion) throw new ConflictError(m.conflictVersion);
    if (task.newer !== null) throw new ConflictError(m.conflictPending);
    const update = await tx.progressUpdate.create({
      data: {
        taskId,
        asOf: day(d.asOf),
        narrative: d.narrative,
        nextSteps: d.nextSteps || null,
        problemsText: d.problemsText || null,
        status: 'PENDING',
        submittedById: actor.id,
        baseVersion: d.baseVersion,
        newProblems: problemsColumn.encode(d.newProblem ? [d.newProblem] : []),
        completesTask: d.completesTask,
        // Only what the form filled: an empty nested create still makes Prisma read the row back (one statement more).
        resolves: nestedCreate(d.resolveProblemIds.map((problemId) => ({ problemId }))),
        completes: nestedCreate(d.completeItemIds.map((itemId) => ({ itemId }))),
        values: nestedCreate(d.values.map((v) => ({ indicatorId: v.indicatorId, value: v.value, asOf: day(d.asOf), reason: v.reason }))),
        milestones: nestedCreate(d.milestones.map((x) => ({ milestoneId: x.id, reachedOn: day(x.reachedOn) }))),
      },
      select: { id: true },
    });
    // Its files are attached: any staged id not this user's for this task refuses the whole update.
    await attachEvidence(tx, actor, taskId, evidence, { updateId: update.id });
    // Answers to the notices waiting on this unit (the form offers no others): 已反馈, for the office to close or return.
    // Each answer moves this unit's own part of the notice (the other units' parts stay as they are).
    for (const a of d.noticeAnswers) {
      if (!actor.unitId) throw new ConflictError(m.noticeWrongState);
      await movePart(tx, { noticeId: a.id, unitId: actor.unitId, from: OPEN_STATUSES, to: 'ANSWERED', answer: a.answer, answeredInUpdateId: update.id });
      // The event names the update, which keeps what it answered when the part is answered again later.
      await tx.noticeEvent.create({ data: { noticeId: a.id, unitId: actor.unitId, kind: 'ANSWERED', actorId: actor.id, text: a.answer, updateId: update.id } });
      await audit(tx, {
        actorId: actor.id,
        action: 'notice.answered',
        entityType: 'SupervisionNotice',
        entityId: a.id,
        taskId,
        after: { answer: a.answer, updateId: update.id, unitId: actor.unitId },
      });
    }
    await audit(tx, {
      actorId: actor.id,
      action: 'update.submitted',
      entityType: 'ProgressUpdate',
      entityId: update.id,
      taskId,
      after: { ...d, evidenceIds: evidence.ids },
    });
    return update.id;
  });
}

export async function reviewUpdate(updateId: number, _prev: ActionState, formData: FormData): Promise<ActionState> {
  // The update is read inside the write transaction (its state decides), so the pipeline loads no record.
  const state = await runAction(formData, {
    draft: () => formKey.review(updateId), // the review queue shows it again (app/review)
    right: 'review_update',
    schema: reviewSchema,
    work: ({ actor, data, values }) =>
      isRecordId(updateId) ? review(actor, updateId, data, values) : Promise.resolve({ status: 'error' as const, message: m.notFound, values }),
  });
  // A decision taken is answered with a redirect to the queue saying what was decided, focused: the
  // reviewed update has left the queue, so its form had nowhere left to show the result (and the
  // focus, on its button, was lost with it). Without JavaScript this is POST-redirect-GET: a reload
  // does not post the decision again. With JavaScript the router follows it in the same answer.
  if (state.status === 'ok') redirect(reviewedHref(updateId));
  return state;
}

async function review(actor: Actor, updateId: number, { decision, comment, verified }: z.infer<typeof reviewSchema>, values: Values): Promise<ActionState> {
  if (decision === 'return' && !comment) return { status: 'error', message: m.fixErrors, errors: { comment: [m.returnNeedsComment] }, values };

  await writeTransaction(async (tx) => {
    const u = await tx.progressUpdate.findUnique({
      where: { id: updateId },
      select: {
        id: true,
        taskId: true,
        status: true,
        asOf: true,
        baseVersion: true,
        newProblems: true,
        resolves: { select: { problemId: true } },
        completes: { select: { itemId: true } },
        completesTask: true,
        task: { select: { number: true, version: true, planYear: { select: { year: true } } } },
        submittedBy: { select: { unitId: true } },
        milestones: { select: { milestoneId: true, reachedOn: true } },
      },
    });
    if (!u) throw new ConflictError(m.notFound);
    if (u.status !== 'PENDING') throw new ConflictError(m.alreadyReviewed);
    // A flagged figure (far above target, more than doubled, a date before the last report) is
    // approved only with an explicit 已核实.
    if (decision === 'approve' && !verified && (await needsVerification(tx, u.id))) throw new FieldConflict('verified', m.verifyFlagged);
    const reviewed = { reviewedById: actor.id, reviewedAt: new Date(), reviewComment: comment || null };
    if (decision === 'return') {
      const r = await tx.progressUpdate.updateMany({ where: { id: u.id, status: 'PENDING' }, data: { status: 'RETURNED', ...reviewed } });
      if (r.count !== 1) throw new ConflictError(m.alreadyReviewed);
      await audit(tx, {
        actorId: actor.id,
        action: 'update.returned',
        entityType: 'ProgressUpdate',
        entityId: u.id,
        taskId: u.taskId,
        before: { status: 'PENDING' },
        after: { status: 'RETURNED', comment },
      });
      // The unit that submitted it learns at once (its inbox, and its group robot).
      if (u.submittedBy?.unitId) {
        await announce(tx, {
          rule: 'UPDATE_RETURNED',
          key: `update:${u.id}`,
          unitIds: [u.submittedBy.unitId],
          taskNumber: u.task.number,
          planYear: u.task.planYear.year,
          day: today(),
          text: (unit) => t.reminders.announce.updateReturned(unit, t.task.inYear(u.task.planYear.year, u.task.number), fmtDate(toIsoDate(u.asOf)), comment),
        });
      }
      return;
    }
    // Approve only on top of the state the unit saw; the version bump is the lock.
    const bumped = await tx.task.updateMany({ where: { id: u.taskId, version: u.baseVersion ?? -1 }, data: { version: { increment: 1 } } });
    if (bumped.count !== 1) throw new ConflictError(m.conflictReview);
    const r = await tx.progressUpdate.updateMany({ where: { id: u.id, status: 'PENDING' }, data: { status: 'APPROVED', ...reviewed } });
    if (r.count !== 1) throw new ConflictError(m.alreadyReviewed);
    await applyApproval(tx, u, actor.id);
    await audit(tx, {
      actorId: actor.id,
      action: 'update.approved',
      entityType: 'ProgressUpdate',
      entityId: u.id,
      taskId: u.taskId,
      before: { status: 'PENDING', taskVersion: u.task.version },
      after: { status: 'APPROVED', taskVersion: u.task.version + 1, comment },
    });
  });
  // Every screen anew, the layout too: the redirect alone would render the queue's page but keep the
  // header's count of updates waiting (the layout is shared with the page the form was on).
  revalidatePath('/', 'layout');
  return { status: 'ok', message: decision === 'approve' ? m.approved : m.returned };
}
