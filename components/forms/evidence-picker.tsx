'use client';
// 佐证材料 on the update form: a caption, then a file chosen or a photo taken (capture opens the
// phone's camera); each file goes up at once through the upload route with XMLHttpRequest, so the
// bytes sent show as a percentage, and comes back as a staged file (its id goes with the form in
// one hidden field). The server judges the file by its content; its refusal shows beside the field.
// 移除 deletes the staged file on the server (removeEvidence) before it leaves the list. Without
// JavaScript the file chosen (with its caption) is posted with the form and stored with the update.
// The state lives in the form's owner, so a refused submit (which remounts the form) keeps the list.
import { useId, useRef, useState, useSyncExternalStore } from 'react';
import type { EvidenceUploadState, StagedEvidence } from '@/lib/actions/evidence-steps';
import { ACCEPT_ATTR } from '@/lib/domain/evidence';
import { removeEvidence } from '@/lib/actions/evidence';
import { IDLE } from '@/lib/actions/form-state';
import { uploadMessages as m } from '@/lib/i18n/parts/upload-messages';
import { evidence } from '@/lib/i18n/parts/evidence';
import { ui } from '@/components/ui';
import { FieldError, inputCls } from './field';

/** The catalogue's parts this form shows (lib/i18n/parts: its strings only, not the whole catalogue, go to the browser). */
const t = { evidence };

const noSubscription = () => () => {};

export type EvidenceList = { items: StagedEvidence[]; set: (items: StagedEvidence[]) => void };

function send(fd: FormData, onProgress: (pct: number) => void): Promise<EvidenceUploadState> {
  return new Promise((resolve) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', '/evidence/upload');
    xhr.upload.onprogress = (ev) => ev.lengthComputable && onProgress(Math.floor((ev.loaded / ev.total) * 100));
    xhr.onload = () => {
      try {
        resolve((JSON.parse(xhr.responseText) as { answer: EvidenceUploadState }).answer);
      } catch {
        resolve({ status: 'error', message: m.uploadFailed });
      }
    };
    xhr.onerror = () => resolve({ status: 'error', message: m.uploadFailed });
    xhr.send(fd);
  });
}

export function EvidencePicker({
  taskId,
  list,
  limits,
  error,
}: {
  taskId: number;
  list: EvidenceList;
  limits: { files: number; mb: number };
  error?: string[];
}) {
  const c = t.evidence;
  const id = useId();
  const caption = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState<{ name: string; pct: number } | null>(null);
  const [errors, setErrors] = useState<{ caption?: string[]; file?: string[]; form?: string }>({});
  const [said, setSaid] = useState('');
  // Without JavaScript the chosen file goes with the form itself (the update action stores it): the
  // fields carry names, and the file input shows what was chosen.
  // (Whether the script runs, as ./use-scripted.ts tells it: inline here, where every byte is first-load JavaScript of the update form.)
  const scripted = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
  // Without a script the browser's own file field shows inside its button, under its words, no wider than the form.
  const fileCls = scripted ? 'sr-only' : 'block max-w-full text-xs';

  async function upload(input: HTMLInputElement) {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    const text = caption.current?.value.trim() ?? '';
    if (!text) {
      setErrors({ caption: [m.evidence.caption] });
      caption.current?.focus();
      return;
    }
    const fd = new FormData();
    fd.set('taskId', String(taskId));
    fd.set('caption', text);
    fd.set('file', file);
    setErrors({});
    setBusy({ name: file.name, pct: 0 });
    const answer = await send(fd, (pct) => setBusy({ name: file.name, pct }));
    setBusy(null);
    if (answer.status === 'ok' && answer.evidence) {
      list.set([...list.items, answer.evidence]);
      if (caption.current) caption.current.value = '';
      setSaid(`${c.attached}：${answer.evidence.caption}`);
    } else {
      setErrors({ caption: answer.errors?.caption, file: answer.errors?.file, form: answer.errors ? undefined : answer.message });
    }
  }

  const full = list.items.length >= limits.files;
  const button = `inline-flex cursor-pointer items-center ${ui.secondary} has-[:disabled]:opacity-60`;
  return (
    <fieldset className="min-w-0 space-y-2 rounded border border-gray-200 p-3" data-testid="evidence-picker">
      <legend className="px-1 text-sm font-medium">{c.heading}</legend>
      <p className="text-xs text-gray-600">{c.hint(limits.files, limits.mb)}</p>
      <input type="hidden" name="evidenceIds" value={list.items.map((e) => e.id).join(',')} />
      {list.items.length > 0 && (
        <ul className="space-y-1" data-testid="evidence-staged">
          {list.items.map((e) => (
            <li key={e.id} className="flex items-center gap-2 text-sm">
              {e.kind === 'image' ? (
                // eslint-disable-next-line @next/next/no-img-element -- a private, authorised file: no image optimiser in between
                <img src={`/evidence/${e.id}/thumb`} alt={e.caption} className="h-12 w-12 rounded object-cover" />
              ) : (
                <span className="inline-flex h-12 w-12 items-center justify-center rounded bg-gray-100 text-xs">{c.kind[e.kind]}</span>
              )}
              <span className="min-w-0 flex-1 truncate">
                {e.caption}
                <span className="block truncate text-xs text-gray-600">{e.fileName}</span>
              </span>
              <button
                type="button"
                className={`text-sm ${ui.inlineLink}`}
                aria-label={`${c.remove}：${e.caption}`}
                onClick={async () => {
                  // Removed on the server too (the file no longer counts toward the unit's quota).
                  const r = await removeEvidence(e.id, IDLE, new FormData());
                  if (r.status !== 'ok') return setErrors({ form: r.message });
                  list.set(list.items.filter((x) => x.id !== e.id));
                  setSaid(c.removed(e.caption));
                }}
              >
                {c.remove}
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="grid gap-2 sm:grid-cols-[1fr_auto] sm:items-end">
        <div>
          <label htmlFor={`${id}-caption`} className="block text-sm">
            {c.caption}
          </label>
          <input
            id={`${id}-caption`}
            ref={caption}
            name="evidenceCaption"
            type="text"
            maxLength={100}
            placeholder={c.captionPlaceholder}
            className={inputCls}
            aria-invalid={!!errors.caption}
            aria-describedby={`${id}-caption-error`}
            disabled={full}
          />
          <FieldError id={`${id}-caption`} errors={errors.caption} />
        </div>
        <div className="flex flex-wrap gap-2">
          <label className={button}>
            {c.choose}
            <input
              type="file"
              name="evidenceFile"
              accept={ACCEPT_ATTR}
              className={fileCls}
              disabled={!!busy || full}
              onChange={(e) => upload(e.currentTarget)}
              aria-describedby={`${id}-file-error`}
            />
          </label>
          <label className={button}>
            {c.takePhoto}
            <input
              type="file"
              name="evidenceFile"
              accept="image/*"
              capture="environment"
              className={fileCls}
              disabled={!!busy || full}
              onChange={(e) => upload(e.currentTarget)}
            />
          </label>
        </div>
      </div>
      <FieldError id={`${id}-file`} errors={errors.file ?? (errors.form ? [errors.form] : error)} />
      <p role="status" aria-live="polite" className="text-xs text-gray-700" data-testid="evidence-status">
        {busy ? c.uploading(busy.name, busy.pct) : said}
      </p>
      {busy && <progress className="h-2 w-full" max={100} value={busy.pct} aria-label={c.uploading(busy.name, busy.pct)} />}
    </fieldset>
  );
}
