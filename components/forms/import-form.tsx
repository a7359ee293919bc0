'use client';
// 从Excel导入: upload → preview of everything the file would create, with a message on each row that
// cannot be read → confirm. The chosen file is kept in the page between the two steps; the server
// re-reads it on confirmation and refuses it if it is not the file previewed.
import { startTransition, useActionState, useState } from 'react';
import type { ImportState } from '@/lib/actions/plan';
import { t } from '@/lib/i18n/zh-CN';
import { fmtMonth } from '@/lib/i18n/format';
import { FieldError, FormMessage, inputCls } from './field';

type Action = (prev: ImportState, fd: FormData) => Promise<ImportState>;
const c = t.plan.import;

function Preview({ p }: { p: NonNullable<ImportState['preview']> }) {
  return (
    <div className="space-y-2" data-testid="import-preview">
      <p className="font-medium" data-testid="import-counts">{c.layout[p.draft.layout]}：{c.counts(p.counts)}</p>
      {p.hidden.length > 0 && <p className="text-sm text-gray-700">{c.hidden(p.hidden)}</p>}
      {p.formulas > 0 && <p className="text-sm text-gray-700">{c.formulas(p.formulas)}</p>}
      <h3 className="font-semibold">{c.issues}</h3>
      {p.draft.issues.length === 0 ? (
        <p className="text-sm text-gray-700">{c.noIssues}</p>
      ) : (
        <ul className="list-disc pl-5 text-sm" data-testid="import-issues">
          {p.draft.issues.map((i, k) => (
            <li key={k} className={i.blocking ? 'text-lagging' : 'text-risk'} data-kind={i.kind}>{t.plan.issueAt(i.sheet, i.row, t.plan.issue[i.kind](i.value))}</li>
          ))}
        </ul>
      )}
      <div className="max-h-[28rem] overflow-auto" role="region" aria-label={c.heading} tabIndex={0}>
        <table className="w-full text-xs" data-testid="import-tasks">
          <thead>
            <tr className="text-left text-gray-600">{c.cols.map((h) => <th key={h} scope="col" className="py-1 pr-2">{h}</th>)}</tr>
          </thead>
          <tbody>
            {p.draft.projects.map((project) => (
              <ProjectRows key={project.number} project={project} />
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}

function ProjectRows({ project }: { project: NonNullable<ImportState['preview']>['draft']['projects'][number] }) {
  return (
    <>
      <tr className="border-t border-gray-200 bg-gray-50">
        <th scope="rowgroup" colSpan={5} className="py-1 text-left">
          {project.numeral}、{project.title} {project.category ? t.category[project.category] : c.noCategory}
        </th>
      </tr>
      {project.tasks.map((task) => (
        <tr key={task.number} className="border-t border-gray-100 align-top" data-task={task.number}>
          <td className="py-1 pr-2">{task.number}</td>
          <td className="py-1 pr-2">{task.content}</td>
          <td className="py-1 pr-2">{task.units.join('、')}</td>
          <td className="py-1 pr-2 whitespace-nowrap">{task.deadlineMonth ? fmtMonth(task.deadlineMonth) : c.noDeadline}</td>
          <td className="py-1 pr-2">{task.milestones.map((m) => m.periodLabel).join('、')}</td>
        </tr>
      ))}
    </>
  );
}

export function ImportForm({ preview, confirm, suggestedYear }: { preview: Action; confirm: Action; suggestedYear: number }) {
  const [previewed, previewAction, previewing] = useActionState(preview, { status: 'idle' } as ImportState);
  const [confirmed, confirmAction, confirming] = useActionState(confirm, { status: 'idle' } as ImportState);
  const [file, setFile] = useState<File | null>(null);
  const v = previewed.values ?? {};
  const e = { ...previewed.errors, ...confirmed.errors };
  const p = previewed.preview;

  function onConfirm(form: HTMLFormElement) {
    const fd = new FormData(form);
    for (const k of ['year', 'title', 'defaultCategory'] as const) fd.set(k, v[k] ?? '');
    fd.set('sha256', p!.sha256);
    if (file) fd.set('file', file);
    startTransition(() => confirmAction(fd));
  }

  if (confirmed.status === 'ok') return <FormMessage status="ok" message={confirmed.message} />;
  return (
    <div className="space-y-4">
      <form action={previewAction} className="flex flex-wrap items-start gap-3" data-testid="import-upload">
        <div className="w-28">
          <label htmlFor="year" className="block text-xs text-gray-600">{t.plan.year}</label>
          <input id="year" name="year" inputMode="numeric" defaultValue={v.year ?? String(suggestedYear)} className={inputCls} aria-invalid={!!e.year} aria-describedby="year-error" />
          <FieldError id="year" errors={e.year} />
        </div>
        <div className="min-w-64 flex-1">
          <label htmlFor="title" className="block text-xs text-gray-600">{t.plan.title}</label>
          <input id="title" name="title" defaultValue={v.title ?? t.plan.titlePlaceholder(suggestedYear)} className={inputCls} aria-invalid={!!e.title} aria-describedby="title-error" />
          <FieldError id="title" errors={e.title} />
        </div>
        <div>
          <label htmlFor="defaultCategory" className="block text-xs text-gray-600">{c.defaultCategory}</label>
          <select id="defaultCategory" name="defaultCategory" defaultValue={v.defaultCategory ?? 'SERVICE'} className={inputCls}>
            <option value="ENGINEERING">{t.category.ENGINEERING}</option>
            <option value="SERVICE">{t.category.SERVICE}</option>
          </select>
        </div>
        <div>
          <label htmlFor="file" className="block text-xs text-gray-600">{c.file}</label>
          <input
            id="file" name="file" type="file" accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            onChange={(ev) => setFile(ev.currentTarget.files?.[0] ?? null)} className="text-sm" aria-invalid={!!e.file} aria-describedby="file-error"
          />
          <FieldError id="file" errors={e.file} />
        </div>
        <button type="submit" disabled={previewing} className="mt-4 rounded bg-gray-800 px-3 py-1.5 text-sm text-white hover:bg-gray-700 disabled:opacity-60">{c.preview}</button>
      </form>
      {previewing && <p role="status" className="text-sm text-gray-700">{c.parsing}</p>}
      {previewed.status === 'error' && !p && <FormMessage status="error" message={previewed.message} />}
      {p && !previewing && (
        <section className="space-y-3 rounded border border-gray-200 bg-white p-3" aria-label={c.heading}>
          {previewed.status === 'error' && <FormMessage status="error" message={previewed.message} />}
          <Preview p={p} />
          {p.writable && (
            <form onSubmit={(ev) => { ev.preventDefault(); onConfirm(ev.currentTarget); }} className="space-y-2" data-testid="import-confirm">
              <FormMessage status={confirmed.status} message={confirmed.message} />
              {p.draft.newUnits.length > 0 && (
                <div>
                  <label className="text-sm"><input type="checkbox" name="createUnits" value="on" aria-describedby="createUnits-error" /> {c.createUnits(p.draft.newUnits)}</label>
                  <FieldError id="createUnits" errors={e.createUnits} />
                </div>
              )}
              <button type="submit" disabled={confirming} className="rounded bg-gray-800 px-3 py-1.5 text-sm text-white hover:bg-gray-700 disabled:opacity-60">{c.confirm}</button>
              {confirming && <p role="status" className="text-sm text-gray-700">{c.writing}</p>}
            </form>
          )}
        </section>
      )}
    </div>
  );
}
