// The report of a period as HTML: the same model, sentences, appendix table and 佐证材料清单 the Word file and
// the 一览表 carry (live on /reports, frozen on a published snapshot).
import { appendixRows, nextWork, writtenBefore, type Letterhead, type ReportEvidence, type ReportModel, type ReportTask } from '@/lib/domain/report';
import type { Status } from '@/lib/domain/status';
import { StatusBadge } from '@/components/status-badge';
import { describeReason, t } from '@/lib/i18n/zh-CN';
import { fmtDate } from '@/lib/i18n/format';
import { appendixHeadings, imprintOf } from '@/lib/reports/letterhead';

const STATUS_LINE_ORDER: Status[] = ['completed', 'on_track', 'at_risk', 'lagging'];
const r = t.report;

function Paragraphs({ text }: { text: string }) {
  return (
    <>
      {text
        .split('\n')
        .filter((l) => l.trim())
        .map((l, i) => (
          <p key={i} className="indent-8">
            {l.trim()}
          </p>
        ))}
    </>
  );
}

function Overall({ model }: { model: ReportModel }) {
  const parts = STATUS_LINE_ORDER.map((status) => ({ status, numbers: model.overall.byStatus[status] }));
  return (
    <section aria-labelledby="rp-overall">
      <h3 id="rp-overall" className="mt-3 font-semibold">
        {r.sections.overall}
      </h3>
      <p className="indent-8" data-testid="report-status-line">
        {r.statusLine(model.overall.tasks, parts, model.asOf)}
      </p>
    </section>
  );
}

function TaskBlock({ task }: { task: ReportTask }) {
  return (
    <div className="mt-2" data-testid="report-task" data-task={task.number}>
      <p className="keep-next font-medium">
        {r.taskLine(task.number, task.content)} <StatusBadge status={task.status} />
      </p>
      <p className="indent-8 text-gray-700">{r.taskMeta(task)}</p>
      {task.progress && task.progressAsOf ? (
        <>
          <p className="keep-next indent-8 text-gray-700">{r.progressAsOf(task.progressAsOf)}</p>
          <Paragraphs text={task.progress} />
        </>
      ) : (
        <p className="indent-8 text-gray-600">{r.noProgress}</p>
      )}
      {task.figures.length > 0 && (
        <p className="indent-8" data-testid="report-figures">
          {r.figuresLead}
          {task.figures.map((f) => r.figure(f)).join('；')}。
        </p>
      )}
    </div>
  );
}

function Projects({ model }: { model: ReportModel }) {
  return (
    <section aria-labelledby="rp-projects">
      <h3 id="rp-projects" className="mt-3 font-semibold">
        {r.sections.projects}
      </h3>
      {model.projects.map((p, i) => (
        <div key={p.number} className="mt-2">
          <h4 className="font-medium">{r.projectHeading(i, p.title, p.category)}</h4>
          {p.tasks.map((task) => (
            <TaskBlock key={task.number} task={task} />
          ))}
        </div>
      ))}
    </section>
  );
}

function Problems({ model }: { model: ReportModel }) {
  return (
    <section aria-labelledby="rp-problems">
      <h3 id="rp-problems" className="mt-3 font-semibold">
        {r.sections.problems}
      </h3>
      {model.problemGroups.length === 0 && model.attentionOther.length === 0 && <p className="indent-8">{r.noProblems}</p>}
      {model.problemGroups.map((g, i) => (
        <p key={i} className="indent-8">
          {r.problemGroup(i, g.kind, g.text, g.taskNumbers, g.blocking)}
        </p>
      ))}
      {model.attentionOther.length > 0 && <p className="indent-8">{r.attentionLead}</p>}
      {model.attentionOther.map((a) => (
        <p key={a.taskNumber} className="indent-8" data-testid="report-attention">
          {r.attentionLine(a.taskNumber, a.status, a.reasons.map(describeReason))}
        </p>
      ))}
    </section>
  );
}

function NextSteps({ model }: { model: ReportModel }) {
  const tasks = model.projects
    .flatMap((p) => p.tasks)
    .map((task) => ({ number: task.number, work: nextWork(task, r.noPlan), writtenOn: writtenBefore(task, model.asOf) }))
    .filter((x) => x.work);
  return (
    <section aria-labelledby="rp-next">
      <h3 id="rp-next" className="mt-3 font-semibold">
        {r.sections.next}
      </h3>
      {tasks.length === 0 && <p className="indent-8">{r.noNext}</p>}
      {tasks.map(({ number, work, writtenOn }) => (
        <div key={number}>
          {work && 'steps' in work && <p className="indent-8">{r.nextMilestones(number, work.steps)}</p>}
          {work && 'text' in work && (
            <>
              <p className="indent-8">{r.nextSteps(number, writtenOn)}</p>
              <Paragraphs text={work.text} />
            </>
          )}
        </div>
      ))}
      <p className="indent-8">{r.closing}</p>
    </section>
  );
}

/** A cell of the report's tables, ruled as on paper. */
const cls = 'border border-gray-300 p-1 align-middle';

function DocumentTableHead({ columns }: { columns: readonly string[] }) {
  return (
    <thead>
      <tr className="bg-gray-100">
        {columns.map((c) => (
          <th key={c} scope="col" className={cls}>
            {c}
          </th>
        ))}
      </tr>
    </thead>
  );
}

/** The 附件 一览表 under its heading ("附件", "附件1", … as the 附件说明 numbers it). */
export function AppendixTable({ model, heading }: { model: ReportModel; heading: string }) {
  const columns = r.columns(model.year, model.kind);
  return (
    // On paper the appendix starts its own landscape pages, as the Word file's appendix section does.
    <section aria-labelledby="rp-appendix" className="print-landscape mt-4">
      <p className="keep-next font-semibold" data-testid="appendix-heading">
        {heading}
      </p>
      <h3 id="rp-appendix" className="text-center font-semibold">
        {r.appendixTitle(model.planTitle, model.kind, model.asOf)}
      </h3>
      <div className="overflow-x-auto" role="region" aria-label={r.appendixTitle(model.planTitle, model.kind, model.asOf)} tabIndex={0}>
        <table className="mt-2 w-full min-w-[60rem] border-collapse text-xs" data-testid="appendix">
          <DocumentTableHead columns={columns} />
          <tbody>
            {appendixRows(model).map((row) => (
              <tr key={row.taskNumber} data-task={row.taskNumber}>
                <td className={`${cls} text-center`}>{row.taskNumber}</td>
                {row.projectSpan > 0 && (
                  <th scope="rowgroup" rowSpan={row.projectSpan} className={`${cls} font-normal`}>
                    {row.project.numeral}、{row.project.title}
                  </th>
                )}
                <td className={cls}>{row.content}</td>
                <td className={`${cls} whitespace-pre-line`}>
                  {row.progress === null ? <span className="text-gray-600">{r.notMentioned}</span> : r.datedCell(row.progress, row.progressAsOf)}
                </td>
                <td className={`${cls} whitespace-pre-line`}>{row.plan === null ? r.noPlan : r.datedCell(row.plan, row.planAsOf)}</td>
                <td className={`${cls} text-center whitespace-pre`}>{row.units.join('\n')}</td>
                <td className={`${cls} text-center`}>{r.deadline(row.deadlineMonth)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

/**
 * The 佐证材料清单 the Word file adds when the report lists files: each file the approved updates it
 * used carry, with what finds it again (its SHA-256), under its 附件 heading. (The files themselves
 * open from a published report's 佐证材料 section.)
 */
function EvidenceAppendix({ evidence, heading }: { evidence: ReportEvidence[]; heading: string }) {
  return (
    <section aria-labelledby="rp-evidence" className="print-landscape mt-4" data-testid="report-evidence">
      <p className="keep-next font-semibold" data-testid="appendix-heading">
        {heading}
      </p>
      <h3 id="rp-evidence" className="text-center font-semibold">
        {r.evidenceListTitle}
      </h3>
      <p className="text-xs">{r.evidenceLead}</p>
      <div className="overflow-x-auto" role="region" aria-label={r.evidenceListTitle} tabIndex={0}>
        <table className="mt-2 w-full min-w-[60rem] border-collapse text-xs">
          <DocumentTableHead columns={r.evidenceColumns} />
          <tbody>
            {evidence.map((e, i) => (
              <tr key={`${e.sha256}-${i}`}>
                <td className={`${cls} text-center`}>{i + 1}</td>
                <td className={`${cls} text-center`}>{e.taskNumber}</td>
                <td className={cls}>{e.caption}</td>
                <td className={`${cls} break-all`}>{e.fileName}</td>
                <td className={`${cls} text-center`}>{t.evidence.kind[e.kind]}</td>
                <td className={`${cls} text-center whitespace-nowrap`}>{r.fileSize(e.size)}</td>
                <td className={`${cls} text-center whitespace-nowrap`}>{fmtDate(e.updateAsOf)}</td>
                <td className={`${cls} font-mono break-all`}>{e.sha256}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

/** The report as the .docx states it, with the 公文 parts it is sent with (as published, else the draft's). */
export function ReportPreview({ model, letterhead }: { model: ReportModel; letterhead: Letterhead }) {
  const lh = model.letterhead ?? letterhead;
  const headings = appendixHeadings(model, lh.attachments);
  return (
    <article className="document space-y-1 rounded border border-gray-200 bg-white p-4 text-sm leading-relaxed" data-testid="report-preview">
      <h2 className="text-center text-lg font-bold">
        {lh.issuer}
        {r.title(model.year, model.kind, model.asOf)}
      </h2>
      <p data-testid="report-addressee">{r.addresseeLine(lh.addressee)}</p>
      <p className="indent-8">{r.opening(model.year, model.overall, model.asOf)}</p>
      <Overall model={model} />
      <Projects model={model} />
      <Problems model={model} />
      <NextSteps model={model} />
      <div data-testid="report-attachments">
        {r.attachmentLines(lh.attachments).map((l) => (
          <p key={l} className="indent-8 whitespace-pre-wrap">
            {l}
          </p>
        ))}
      </div>
      <p className="pt-2 text-right" data-testid="report-issuer">
        {lh.issuer}
      </p>
      <p className="text-right" data-testid="report-signed-on">
        {fmtDate(lh.signedOn)}
      </p>
      <AppendixTable model={model} heading={headings.table} />
      {headings.evidence && <EvidenceAppendix evidence={model.evidence ?? []} heading={headings.evidence} />}
      <Imprint letterhead={lh} />
    </article>
  );
}

/** The 版记 after the 附件, as the Word file ends: 抄送, then 印发机关 and 印发日期, between rules (GB/T 9704 10). */
function Imprint({ letterhead }: { letterhead: Letterhead }) {
  const imprint = imprintOf(letterhead);
  if (!imprint) return null;
  return (
    <div className="mt-8 break-inside-avoid border-y-2 border-gray-900 px-[1em]" data-testid="report-imprint">
      {imprint.copyTo && (
        <p className="py-1 pl-[3em] -indent-[3em]" data-testid="report-copy-to">
          {imprint.copyTo}
        </p>
      )}
      {imprint.printed && (
        <p className={`flex justify-between gap-4 py-1 ${imprint.copyTo ? 'border-t border-gray-900' : ''}`} data-testid="report-printed">
          <span>{imprint.printed.by}</span>
          <span>{r.printedOnLine(fmtDate(imprint.printed.on))}</span>
        </p>
      )}
    </div>
  );
}
