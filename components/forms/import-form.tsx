'use client';
// 从Excel导入: upload → preview of everything the file would create, with a message on each row that
// cannot be read → confirm. The chosen file is kept in the page between the two steps; the server
// re-reads it on confirmation and refuses it if it is not the file previewed. Both steps go through
// the upload route (app/plan/import/upload), so the page shows a progress bar: the percentage sent,
// then the server reading the file, then task n of N written.
// Without JavaScript the browser posts each form itself, to the same steps as server actions
// (`preview`, `confirm`): the page comes back with the preview, and the confirmation asks for the
// file again (a page cannot keep a chosen file without a script; the server checks it is the one
// previewed), then leads to the plan list at the new year.
import { useActionState, useState } from 'react';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import type { ImportState } from '@/lib/actions/import-steps';
import { uploadMessages as m } from '@/lib/i18n/parts/upload-messages';
import { planFields } from '@/lib/i18n/parts/plan-fields';
import { planImport, planIssueAt } from '@/lib/i18n/parts/plan-import';
import { category } from '@/lib/i18n/parts/category';
import { fmtDate, fmtMonth } from '@/lib/i18n/format';
import { FieldError, FormMessage, inputCls } from './field';
import { ui } from '@/components/ui';
import { TableHead } from '@/components/table-head';

/** The catalogue's parts this form shows (lib/i18n/parts: its strings only, not the whole catalogue, go to the browser). */
const t = { plan: { ...planFields, import: planImport, issueAt: planIssueAt }, category };

const c = t.plan.import;
/** The plan table's file: an .xlsx, a legacy .xls (Excel 97–2003, or a system's text "xls"), a system's .csv, or a Word .docx holding the table. */
const ACCEPT =
  '.xlsx,.xls,.csv,.docx,.pdf,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,application/vnd.ms-excel,text/csv,application/vnd.openxmlformats-officedocument.wordprocessingml.document,application/pdf';

type PreviewData = NonNullable<ImportState['preview']>;

function Messages({ p }: { p: PreviewData }) {
  const msgs = p.summary.messages;
  return (
    <>
      <h3 className="font-semibold">{c.issues}</h3>
      {msgs.length === 0 ? (
        <p className="text-sm text-gray-700">{c.noIssues}</p>
      ) : (
        <ul className="list-disc pl-5 text-sm" data-testid="import-issues">
          {msgs.map((i, k) => (
            <li key={k} className={i.severity === 'error' ? 'text-lagging' : 'text-risk'} data-severity={i.severity}>
              {t.plan.issueAt(i.sheet, i.row, i.text)}
              <span className="text-gray-700">
                {c.fixPrefix}
                {i.fix}
              </span>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

function Skipped({ p }: { p: PreviewData }) {
  if (p.summary.skipped.length === 0) return null;
  return (
    <details className="text-sm text-gray-700" data-testid="import-skipped">
      <summary>{c.skipped(p.summary.skipped.length)}</summary>
      <ul className="list-disc pl-5">
        {p.summary.skipped.map((s, k) => (
          <li key={k}>{t.plan.issueAt(s.sheet, s.row, s.why)}</li>
        ))}
      </ul>
    </details>
  );
}

function Preview({ p }: { p: PreviewData }) {
  return (
    <div className="space-y-2" data-testid="import-preview">
      <p className="font-medium" data-testid="import-counts">
        {c.layout[p.draft.layout]}：{c.counts(p.counts)}
      </p>
      <p className="text-sm text-gray-700">{c.yearAssumed(p.summary.year)}</p>
      {p.shifted && (
        <p className="text-sm text-gray-700" data-testid="import-shifted">
          {c.shifted(p.summary.year)}
        </p>
      )}
      {p.suggestShift && (
        <p className="rounded bg-risk-bg p-2 text-sm text-risk" data-testid="import-suggest-shift">
          {c.suggestShift(p.summary.year)}
        </p>
      )}
      {p.summary.figuresNote && <p className="text-sm text-gray-700">{p.summary.figuresNote}</p>}
      {p.hidden.length > 0 && <p className="text-sm text-gray-700">{c.hidden(p.hidden)}</p>}
      {p.formulas > 0 && <p className="text-sm text-gray-700">{c.formulas(p.formulas)}</p>}
      <Messages p={p} />
      <Skipped p={p} />
      <div className="max-h-[28rem] overflow-auto" role="region" aria-label={c.heading} tabIndex={0}>
        <table className="w-full text-xs" data-testid="import-tasks">
          <TableHead columns={c.cols} className="text-left text-gray-600" />
          <tbody>
            {p.summary.projects.map((project, i) => (
              <ProjectRows key={i} project={project} />
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}

function ProjectRows({ project }: { project: PreviewData['summary']['projects'][number] }) {
  return (
    <>
      <tr className="border-t border-gray-200 bg-gray-50">
        <th scope="rowgroup" colSpan={6} className="py-1 text-left">
          {project.numeral}、{project.title} {project.category ? t.category[project.category] : c.noCategory}
        </th>
      </tr>
      {project.tasks.map((task) => (
        <tr key={task.number} className="border-t border-gray-100 align-top" data-task={task.number}>
          <td className={ui.cell}>{task.number}</td>
          <td className={`${ui.cell} min-w-40`}>
            {task.content}
            {task.figures && (
              <span className="block text-gray-600" data-testid="import-figures">
                {task.figures}
              </span>
            )}
          </td>
          <td className={`${ui.cell} min-w-24`}>
            {task.units.join('、')}
            {task.leadOfficial && (
              <span className="block text-gray-600" data-testid="import-official">
                {c.leadOfficial(task.leadOfficial)}
              </span>
            )}
          </td>
          <td className="py-1 pr-2 whitespace-nowrap">
            {task.deadline ? fmtMonth(task.deadline) : c.noDeadline}
            {task.crossYear && <span className="ml-1 text-risk">{c.crossYear}</span>}
          </td>
          <td className={`${ui.cell} min-w-48`}>
            <StepList steps={task.milestones} />
          </td>
          <td className={`${ui.cell} whitespace-pre-line`}>{task.note}</td>
        </tr>
      ))}
    </>
  );
}

/** Each step as read: the month it is due in, then its words (第二季度：1.完成设计；2.完成施工招标), so a misreading shows. */
function StepList({ steps }: { steps: { due: string; text: string }[] }) {
  if (steps.length === 0) return null;
  return (
    <ol className="space-y-0.5" data-testid="import-steps">
      {steps.map((m, k) => (
        <li key={k}>
          <span className="mr-1 whitespace-nowrap text-gray-600">{fmtDate(m.due)}</span>
          {m.text}
        </li>
      ))}
    </ol>
  );
}

/** One line per name the app does not know: map it to a unit (closest first), or create it; 各街道 and the like map to several. */
function UnknownUnits({ p, errors, v }: { p: PreviewData; errors?: string[]; v: Record<string, string> }) {
  const unknown = p.summary.unknownUnits;
  if (unknown.length === 0) return null;
  return (
    <fieldset className="space-y-2 text-sm" data-testid="import-units" aria-describedby="createUnits-error">
      <legend className="font-semibold">{c.unknownUnits}</legend>
      {unknown.map((u, i) => {
        const rest = p.units.filter((n) => !u.suggestions.includes(n));
        return (
          <div key={u.name} className="flex flex-wrap items-center gap-2" data-unit={u.name}>
            <input type="hidden" name={`unit.${i}.name`} value={u.name} />
            <span className="font-medium">“{u.name}”</span>
            <span className="text-gray-600">{u.where}</span>
            {u.collective ? (
              <span className="flex flex-wrap gap-2" role="group" aria-label={c.collectiveLabel(u.name)}>
                {p.units.map((n) => (
                  <label key={n} className="whitespace-nowrap">
                    <input type="checkbox" name={`unit.${i}.choice`} value={n} defaultChecked={v[`unit.${i}.choice`]?.split('\n').includes(n)} /> {n}
                  </label>
                ))}
              </span>
            ) : (
              <select name={`unit.${i}.choice`} defaultValue={v[`unit.${i}.choice`]} aria-label={c.mapLabel(u.name)} className={inputCls + ' max-w-xs'}>
                <option value="">{c.choose}</option>
                <option value="create">{c.createUnit(u.name)}</option>
                {u.suggestions.length > 0 && (
                  <optgroup label={c.closest}>
                    {u.suggestions.map((n) => (
                      <option key={n} value={n}>
                        {n}
                      </option>
                    ))}
                  </optgroup>
                )}
                <optgroup label={c.allUnits}>
                  {rest.map((n) => (
                    <option key={n} value={n}>
                      {n}
                    </option>
                  ))}
                </optgroup>
              </select>
            )}
          </div>
        );
      })}
      <FieldError id="createUnits" errors={errors} />
    </fieldset>
  );
}

/** Where an upload stands: sending the file (percent), or the server reading it / writing task n of N. */
type Progress = { step: 'preview' | 'confirm'; sent: number; written?: { written: number; total: number } } | null;

/**
 * Posts the form to the upload route with XMLHttpRequest (it reports upload progress; fetch does
 * not) and reads the NDJSON answer as it arrives: progress lines, then the answer.
 */
function send(fd: FormData, onProgress: (p: Omit<NonNullable<Progress>, 'step'>) => void): Promise<ImportState> {
  return new Promise((resolve) => {
    const xhr = new XMLHttpRequest();
    let sent = 0;
    let answer: ImportState | null = null;
    const read = () => {
      for (const line of xhr.responseText.split('\n')) {
        if (!line) continue; // the empty piece after the last newline
        const o = JSON.parse(line) as { progress?: { written: number; total: number }; answer?: ImportState };
        if (o.progress) onProgress({ sent: 100, written: o.progress });
        if (o.answer) answer = o.answer;
      }
    };
    xhr.open('POST', '/plan/import/upload');
    xhr.upload.onprogress = (ev) => {
      if (ev.lengthComputable) onProgress({ sent: (sent = Math.floor((ev.loaded / ev.total) * 100)) });
    };
    xhr.upload.onload = () => onProgress({ sent: 100 });
    xhr.onprogress = () => {
      try {
        read();
      } catch {
        // a line still arriving: read again on the next chunk
      }
    };
    xhr.onload = () => {
      try {
        read();
      } catch {
        answer = null;
      }
      resolve(answer ?? { status: 'error', message: sent < 100 ? m.uploadFailed : m.importFailed });
    };
    xhr.onerror = () => resolve({ status: 'error', message: m.uploadFailed });
    xhr.send(fd);
  });
}

function ProgressLine({ progress }: { progress: NonNullable<Progress> }) {
  const pct = progress.written ? Math.floor((progress.written.written / progress.written.total) * 100) : progress.sent;
  const text =
    progress.sent < 100
      ? c.uploading(progress.sent)
      : progress.written
        ? c.writingTasks(progress.written.written, progress.written.total)
        : progress.step === 'preview'
          ? c.parsing
          : c.writing;
  return (
    <div role="status" className="space-y-1 text-sm text-gray-700" data-testid="import-progress">
      <progress max={100} value={pct} aria-label={c.progress} className="h-2 w-full max-w-md" />
      <p>{text}</p>
    </div>
  );
}

type ImportAction = (prev: ImportState, formData: FormData) => Promise<ImportState>;
const NOTHING_YET: ImportState = { status: 'idle' };

export function ImportForm({ suggestedYear, preview, confirm }: { suggestedYear: number; preview: ImportAction; confirm: ImportAction }) {
  const router = useRouter();
  // The answers posted by the browser itself (without JavaScript), and those sent by the page.
  const [posted, previewAction] = useActionState(preview, NOTHING_YET);
  const [postedConfirm, confirmAction] = useActionState(confirm, NOTHING_YET);
  const [sent, setPreviewed] = useState<ImportState | null>(null);
  const [sentConfirm, setConfirmed] = useState<ImportState | null>(null);
  const previewed = sent ?? posted;
  const confirmed = sentConfirm ?? postedConfirm;
  const failed = confirmed.status === 'error' ? confirmed : previewed;
  const [progress, setProgress] = useState<Progress>(null);
  const [file, setFile] = useState<File | null>(null);
  const previewing = progress?.step === 'preview';
  const confirming = progress?.step === 'confirm';
  // A confirmation refused once the file was read comes back with its preview and the choices made
  // (the page posted without JavaScript has no other); else the fields keep the input.
  const v = previewed.values ?? failed.values ?? {};
  const e = { ...previewed.errors, ...confirmed.errors };
  const p = failed.preview ?? previewed.preview;

  async function upload(step: 'preview' | 'confirm', fd: FormData) {
    fd.set('step', step);
    setProgress({ step, sent: 0 });
    const answer = await send(fd, (x) => setProgress({ step, ...x }));
    setProgress(null);
    return answer;
  }

  async function onPreview(form: HTMLFormElement) {
    setConfirmed({ status: 'idle' });
    setPreviewed(await upload('preview', new FormData(form)));
  }

  async function onConfirm(form: HTMLFormElement) {
    const fd = new FormData(form);
    for (const k of ['year', 'title', 'defaultCategory'] as const) fd.set(k, v[k] ?? '');
    for (const k of ['shiftDates', 'allSheets'] as const) if (v[k] === 'on') fd.set(k, 'on');
    fd.set('sha256', p!.sha256);
    if (file) fd.set('file', file);
    const answer = await upload('confirm', fd);
    setConfirmed(answer);
    if (answer.status === 'ok') router.refresh();
  }

  if (confirmed.status === 'ok') {
    return (
      <div className="space-y-2">
        <FormMessage status="ok" message={confirmed.message} />
        {confirmed.year && (
          <Link href={`/plan/${confirmed.year}`} className="text-sm underline" data-testid="import-open-plan">
            {c.openPlan(confirmed.year)}
          </Link>
        )}
      </div>
    );
  }
  return (
    <div className="space-y-4">
      <form
        action={previewAction}
        onSubmit={(ev) => {
          ev.preventDefault();
          void onPreview(ev.currentTarget);
        }}
        className="flex flex-wrap items-start gap-3"
        data-testid="import-upload"
      >
        <div className="w-28">
          <label htmlFor="year" className={ui.label}>
            {t.plan.year}
          </label>
          <input
            id="year"
            name="year"
            inputMode="numeric"
            defaultValue={v.year ?? String(suggestedYear)}
            className={inputCls}
            aria-invalid={!!e.year}
            aria-describedby="year-error"
          />
          <FieldError id="year" errors={e.year} />
        </div>
        <div className="min-w-64 flex-1">
          <label htmlFor="title" className={ui.label}>
            {t.plan.title}
          </label>
          <input
            id="title"
            name="title"
            defaultValue={v.title}
            placeholder={t.plan.titleAuto}
            className={inputCls}
            aria-invalid={!!e.title}
            aria-describedby="title-error"
          />
          <FieldError id="title" errors={e.title} />
        </div>
        <div>
          <label htmlFor="defaultCategory" className={ui.label}>
            {c.defaultCategory}
          </label>
          <select id="defaultCategory" name="defaultCategory" defaultValue={v.defaultCategory ?? 'SERVICE'} className={inputCls}>
            <option value="ENGINEERING">{t.category.ENGINEERING}</option>
            <option value="SERVICE">{t.category.SERVICE}</option>
          </select>
        </div>
        <div>
          <label htmlFor="file" className={ui.label}>
            {c.file}
          </label>
          <input
            id="file"
            name="file"
            type="file"
            accept={ACCEPT}
            onChange={(ev) => setFile(ev.currentTarget.files?.[0] ?? null)}
            className="text-sm"
            aria-invalid={!!e.file}
            aria-describedby="file-error"
          />
          <FieldError id="file" errors={e.file} />
        </div>
        <label className="mt-5 text-sm">
          <input type="checkbox" name="shiftDates" value="on" defaultChecked={v.shiftDates === 'on'} /> {c.shiftDates}
        </label>
        <label className="mt-5 text-sm">
          <input type="checkbox" name="allSheets" value="on" defaultChecked={v.allSheets === 'on'} /> {c.allSheets}
        </label>
        <button type="submit" disabled={previewing} className={`mt-4 ${ui.button}`}>
          {c.preview}
        </button>
      </form>
      {progress && <ProgressLine progress={progress} />}
      {failed.status === 'error' && !p && (
        <FormMessage status="error" message={failed.message} errors={e} labels={{ year: t.plan.year, title: t.plan.title, file: c.file }} />
      )}
      {p && !previewing && (
        <section className="space-y-3 rounded border border-gray-200 bg-white p-3" aria-label={c.heading}>
          {previewed.status === 'error' && <FormMessage status="error" message={previewed.message} />}
          <Preview p={p} />
          {(p.writable || p.counts.tasks > 0) && (
            <form
              action={confirmAction}
              onSubmit={(ev) => {
                ev.preventDefault();
                void onConfirm(ev.currentTarget);
              }}
              className="space-y-2"
              data-testid="import-confirm"
            >
              <FormMessage status={confirmed.status} message={confirmed.message} />
              {/* What the confirmation re-reads, as previewed (the page's script sets the same fields itself). */}
              {(['year', 'title', 'defaultCategory', 'shiftDates', 'allSheets'] as const).map(
                (k) => v[k] !== undefined && <input key={k} type="hidden" name={k} value={v[k]} />,
              )}
              <input type="hidden" name="sha256" value={p.sha256} />
              {!file && (
                <div>
                  <label htmlFor="confirm-file" className={ui.label}>
                    {c.fileAgain}
                  </label>
                  <input id="confirm-file" name="file" type="file" accept={ACCEPT} className="text-sm" />
                </div>
              )}
              <UnknownUnits p={p} errors={e.createUnits} v={v} />
              {!p.writable && (
                <label className="block text-sm">
                  <input type="checkbox" name="excludeBlocked" value="on" defaultChecked={!!v.excludeBlocked} /> {c.excludeBlocked}
                </label>
              )}
              <button type="submit" disabled={confirming} className={ui.button}>
                {c.confirm}
              </button>
            </form>
          )}
        </section>
      )}
    </div>
  );
}
