// 进展记录: every update of the task, newest first, with its figures and the review's comment.
import { Fragment } from 'react';
import { EvidenceList } from '@/components/evidence-list';
import { SectionCard } from '@/components/section-card';
import { fmtDate, fmtNumber } from '@/lib/i18n/format';
import { t } from '@/lib/i18n/zh-CN';
import type { TaskDetail } from '@/lib/data/task';
import { noticeAnchor, updateAnchor } from '@/lib/links';
import { ui } from '@/components/ui';
import type { IsoDate } from '@/lib/domain/dates';
import { outsidePublished } from '@/lib/domain/report';

function OutsidePublished({ why, asOf }: { why: ReturnType<typeof outsidePublished>; asOf: IsoDate }) {
  if (!why) return null;
  return (
    <span className="rounded bg-risk-bg px-1 text-gray-900" data-testid="update-outside-published">
      {t.task.outsidePublished[why](asOf)}
    </span>
  );
}

/**
 * `canPublish`: the office; `unitId`: the viewer's unit, which may remove files of its own pending updates;
 * `published`: the report the page is seen as (an approved update outside it says why).
 */
export function UpdateHistory({
  history,
  canPublish,
  unitId,
  published,
}: {
  history: TaskDetail['history'];
  canPublish: boolean;
  unitId: number | null;
  published: { asOf: IsoDate; publishedAt: string } | null;
}) {
  return (
    <SectionCard id="upd" title={t.task.updates}>
      <ol className="space-y-3">
        {history.map((u) => (
          <li key={u.id} id={updateAnchor(u.id)} className="border-l-2 border-gray-300 pl-3 text-sm" data-testid="update">
            <div className="flex flex-wrap gap-2 text-xs text-gray-600">
              <span className="font-medium text-gray-900">{fmtDate(u.asOf)}</span>
              <span>{u.fromReport ? t.task.fromReport : u.submittedBy?.displayName}</span>
              <span className="rounded bg-gray-100 px-1">{t.updateStatus[u.status]}</span>
              {published && <OutsidePublished why={outsidePublished(u, published)} asOf={published.asOf} />}
              {u.answered.length > 0 && (
                <span data-testid="update-answered">
                  {t.task.answeredNotice}
                  {u.answered.map((n, i) => (
                    <Fragment key={n.id}>
                      {i > 0 && '、'}
                      <a href={`#${noticeAnchor(n.id)}`} className={ui.link}>
                        {t.notice.number(n.numberYear, n.number)}
                      </a>
                    </Fragment>
                  ))}
                </span>
              )}
            </div>
            <p className="mt-1 whitespace-pre-line">{u.narrative}</p>
            <EvidenceList
              items={u.evidence}
              showPublic
              canPublish={canPublish && u.status === 'APPROVED'}
              canRemove={u.status === 'PENDING' && unitId !== null && u.submittedBy?.unitId === unitId}
            />
            {u.reviewComment && <p className="text-xs text-risk">{t.review.reviewComment(u.reviewComment)}</p>}
            {u.values.length > 0 && (
              <ul className="mt-1 flex flex-wrap gap-x-4 text-xs text-gray-700">
                {u.values.map((v, i) => (
                  <li key={i}>
                    {v.indicator.name}：{fmtNumber(v.value)}
                    {v.indicator.unitOfMeasure}
                    {v.asOf !== u.asOf && t.asOfShort(fmtDate(v.asOf))}
                  </li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ol>
    </SectionCard>
  );
}
