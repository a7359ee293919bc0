// Review queue (审核) for the supervision office.
import { forbidden } from 'next/navigation';
import Link from 'next/link';
import { FormMessage } from '@/components/forms/field';
import { ReviewForm } from '@/components/forms/review-form';
import { reviewUpdate } from '@/lib/actions/updates';
import { requireActor } from '@/lib/auth/session';
import { getReviewedUpdate, getReviewQueue } from '@/lib/data/review';
import { clip, fmtDate, fmtNumber, fmtPctOrNone } from '@/lib/i18n/format';
import { m } from '@/lib/i18n/messages';
import { t } from '@/lib/i18n/zh-CN';
import { formKey, taskHref } from '@/lib/links';
import { draftFor, restoredIn, type Draft } from '@/lib/actions/form-drafts';
import { PrefillNote } from '@/components/prefill-note';
import type { Metadata } from 'next';
import { ui } from '@/components/ui';
import { EvidenceList } from '@/components/evidence-list';

export const metadata: Metadata = { title: t.pageTitle.review };

export default async function ReviewPage({ searchParams }: { searchParams: Promise<{ reviewed?: string | string[] }> }) {
  const actor = await requireActor('/review');
  const { reviewed: param } = await searchParams;
  const [queue, reviewed, draft] = await Promise.all([
    getReviewQueue(),
    getReviewedUpdate(typeof param === 'string' ? param : undefined),
    draftFor(actor.id, '/review'),
  ]);
  if (!queue) forbidden();
  return (
    <div className="space-y-4">
      <h1 className="text-xl font-bold">{t.review.heading}</h1>
      {reviewed && <Reviewed {...reviewed} />}
      {queue.length === 0 && <p className={ui.hint}>{t.review.empty}</p>}
      {queue.map((u) => (
        <article key={u.id} className="space-y-2 rounded border border-gray-200 bg-white p-3" data-testid="review-item" data-task={u.task.number}>
          <h2 className="font-semibold">
            <Link prefetch={false} href={taskHref(u.task.number, { year: u.task.year })} className={ui.link}>
              {t.task.inYear(u.task.year, u.task.number)}：{clip(u.task.content, 50)}
            </Link>
          </h2>
          <p className="text-xs text-gray-600">
            {t.review.submittedBy(u.submittedBy, fmtDate(u.submittedAt.slice(0, 10)))} · {t.form.asOf}：{fmtDate(u.asOf)}
          </p>
          {u.stale && <p className="text-sm text-risk">{m.conflictReview}</p>}
          <p className="text-sm whitespace-pre-line">{u.narrative}</p>
          <EvidenceList items={u.evidence} />
          {u.unevidenced.length > 0 && (
            <p className="text-sm text-risk" data-testid="no-evidence-flag">
              <span aria-hidden="true">! </span>
              {t.evidence.noEvidenceJump(u.unevidenced.join('、'))}
            </p>
          )}
          {u.values.length > 0 && <ValueChanges values={u.values} />}
          {u.updateFlags.length > 0 && (
            <ul className="text-sm text-risk" data-testid="update-flags">
              {u.updateFlags.map((f) => (
                <li key={f}>
                  <span aria-hidden="true">! </span>
                  {t.review.flags[f]}
                </li>
              ))}
            </ul>
          )}
          {u.milestones.length > 0 && (
            <p className="text-sm">
              {t.review.milestonesReached}：{u.milestones.map((x) => `${x.text}（${fmtDate(x.reachedOn)}）`).join('；')}
            </p>
          )}
          {u.itemsDone.length > 0 && (
            <p className="text-sm">
              {t.review.itemsDone}：{u.itemsDone.join('、')}
            </p>
          )}
          {u.noticeAnswers.map((n) => (
            <p key={n.number} className="text-sm whitespace-pre-line" data-testid="review-notice-answer">
              {t.review.noticeAnswer(t.notice.number(n.numberYear, n.number), n.reason, n.answer)}
            </p>
          ))}
          {u.completesTask && <p className="text-sm font-medium">{t.review.completesTask}</p>}
          {u.problemsRaised.length > 0 && (
            <p className="text-sm">
              {t.review.problemsRaised}：{u.problemsRaised.map((p) => p.text).join('；')}
            </p>
          )}
          {u.problemsResolved.length > 0 && (
            <p className="text-sm">
              {t.review.problemsResolved}：{u.problemsResolved.join('；')}
            </p>
          )}
          {u.nextSteps && (
            <p className="text-sm text-gray-700">
              {t.form.nextSteps}：{u.nextSteps}
            </p>
          )}
          <Decision id={u.id} flagged={u.flagged} draft={draft} />
        </article>
      ))}
    </div>
  );
}

type QueueItem = NonNullable<Awaited<ReturnType<typeof getReviewQueue>>>[number];

/** The figures reported against the last approved ones, the target and what to check (a column only when a
 *  figure is flagged); on a phone the table scrolls in its own region, each figure whole with its unit. */
function ValueChanges({ values }: { values: QueueItem['values'] }) {
  const flagged = values.some((v) => v.flags.length > 0);
  return (
    <div className="overflow-x-auto" role="region" aria-label={t.review.changesRegion} tabIndex={0}>
      <table className="text-sm">
        <caption className="text-left text-xs text-gray-600">{t.review.changes}</caption>
        <thead className="text-xs whitespace-nowrap text-gray-600">
          <tr>
            <th className="pr-3 text-left">{t.task.indCols.name}</th>
            <th className="pr-3 text-left">{t.review.before}</th>
            <th className="pr-3 text-left">{t.review.after}</th>
            <th className="pr-3 text-left">{t.review.target}</th>
            <th className="pr-3 text-left">{t.review.pctOfTarget}</th>
            {flagged && <th className="text-left">{t.review.check}</th>}
          </tr>
        </thead>
        <tbody>
          {values.map((v) => (
            <tr key={v.name} data-testid="diff-row" data-flags={v.flags.join(' ')} className={v.flags.length ? 'bg-risk-bg' : ''}>
              <td className="min-w-28 pr-3">{v.name}</td>
              <td className="pr-3 whitespace-nowrap">{v.before === null ? t.task.notMentioned : `${fmtNumber(v.before)}${v.unit}`}</td>
              <td className="pr-3">
                <span className="whitespace-nowrap">
                  {fmtNumber(v.after)}
                  {v.unit}
                </span>
                {v.reason && <span className="ml-1 text-xs text-gray-600">（{v.reason}）</span>}
              </td>
              <td className="pr-3 whitespace-nowrap">{v.target === null ? t.task.noTarget : `${fmtNumber(v.target)}${v.unit}`}</td>
              <td className="pr-3 whitespace-nowrap">{fmtPctOrNone(v.pctOfTarget)}</td>
              {flagged && (
                <td className="min-w-32 text-risk">
                  {v.flags.map((f) => (
                    <span key={f} className="block">
                      <span aria-hidden="true">! </span>
                      {t.review.flags[f]}
                    </span>
                  ))}
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/**
 * The decision just taken (the action redirects here, with JavaScript and without): the update has
 * left the queue, so this is where its result shows. The message takes the focus on arrival (the
 * button pressed went with the update), as a form's message does.
 */
function Reviewed({ approved, number, year }: { approved: boolean; number: number; year: number }) {
  return (
    <div className="space-y-1" data-testid="reviewed">
      <FormMessage status="ok" message={t.review.reviewed(t.task.inYear(year, number), approved)} />
      <Link prefetch={false} href={taskHref(number, { year })} className={ui.link}>
        {t.review.viewTask}
      </Link>
    </div>
  );
}

/** The decision on one update: its form, started with what was typed before the session ended when that was kept. */
function Decision({ id, flagged, draft }: { id: number; flagged: boolean; draft: Draft | null }) {
  const prefill = restoredIn(draft, formKey.review(id));
  return (
    <>
      <PrefillNote prefill={prefill} />
      <ReviewForm id={id} action={reviewUpdate.bind(null, id)} flagged={flagged} prefill={prefill?.values} />
    </>
  );
}
