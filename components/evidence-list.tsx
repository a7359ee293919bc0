// 佐证材料 of one update, where decisions are made (review card, task history): a photo as a
// thumbnail that opens to screen size in place (a disclosure, no script), a document as a download
// link. The files are served by /evidence/:id/:variant, which applies the update's visibility again.
import { removeEvidence, setEvidencePublic } from '@/lib/actions/evidence';
import { t } from '@/lib/i18n/zh-CN';
import { OneStepForm } from './forms/lazy';

export type EvidenceView = { id: number; caption: string; kind: 'image' | 'pdf' | 'document'; fileName: string; public: boolean };

/** `showPublic`: mark what visitors see; `canPublish`: the office's 公开 / 取消公开 (an approved update's files); `canRemove`: the unit's 移除 (a pending update's). */
export function EvidenceList({
  items,
  showPublic = false,
  canPublish = false,
  canRemove = false,
}: {
  items: EvidenceView[];
  showPublic?: boolean;
  canPublish?: boolean;
  canRemove?: boolean;
}) {
  const c = t.evidence;
  if (items.length === 0) return null;
  return (
    <ul className="flex flex-wrap items-start gap-2" data-testid="evidence" aria-label={c.heading}>
      {items.map((e) => (
        <li key={e.id} className="max-w-full text-xs" data-kind={e.kind}>
          {e.kind === 'image' ? (
            <details className="group">
              <summary className="cursor-pointer list-none" aria-label={c.open(e.caption)}>
                {/* eslint-disable-next-line @next/next/no-img-element -- an authorised file: no image optimiser in between */}
                <img
                  src={`/evidence/${e.id}/thumb`}
                  alt={e.caption}
                  loading="lazy"
                  className="h-20 w-20 rounded border border-gray-200 object-cover group-open:hidden"
                />
                <span className="block w-20 truncate group-open:w-auto">{e.caption}</span>
              </summary>
              {/* eslint-disable-next-line @next/next/no-img-element -- as above */}
              <img
                src={`/evidence/${e.id}/screen`}
                alt={e.caption}
                loading="lazy"
                className="mt-1 max-h-[80vh] max-w-full rounded border border-gray-200"
                data-testid="evidence-full"
              />
            </details>
          ) : (
            <a
              href={`/evidence/${e.id}/original`}
              download
              className="inline-flex h-20 w-20 flex-col items-center justify-center rounded border border-gray-200 bg-gray-50 p-1 text-center text-blue-800 hover:underline"
            >
              {/* Named by what it shows, after the verb (下载：PDF 签到表): a label of its own would leave out the kind the tile shows. */}
              <span className="sr-only">{c.downloadPrefix}</span>
              <span className="font-medium">{c.kind[e.kind]}</span>
              <span className="line-clamp-2 break-all">{e.caption}</span>
            </a>
          )}
          {showPublic && e.public && <span className="block text-ok">{c.publicMark}</span>}
          {canPublish && (
            <OneStepForm
              action={setEvidencePublic.bind(null, e.id)}
              label={e.public ? c.withdraw : c.makePublic}
              name={e.caption}
              fields={{ public: e.public ? '0' : '1' }}
            />
          )}
          {canRemove && <OneStepForm action={removeEvidence.bind(null, e.id)} label={c.remove} name={e.caption} />}
        </li>
      ))}
    </ul>
  );
}
