'use client';
// Forms whose input is not sent yet ask before the page is left: a link of the page (the app's
// own, which Next would follow without unloading the page) asks once, whatever the number of such
// forms, and stays when declined; a reload, a closed tab or another address asks the browser's own
// question. Typing in a guarded form arms it; sending it disarms it (a refusal, whose input is
// still unsent, arms it again: `refused`). Links inside an armed form (the error summary's),
// links within the page (#main, #status-reasons) and links that open elsewhere leave nothing.
import { useCallback } from 'react';
import { fieldStrings } from '@/lib/i18n/parts/field';

const guarded = new Set<HTMLFormElement>();
const armed = new Set<HTMLFormElement>();
const formOf = (e: Event) => (e.target instanceof Element ? e.target.closest('form') : null);

const typed = (e: Event) => {
  const f = formOf(e);
  if (f && guarded.has(f)) armed.add(f);
};
const sent = (e: Event) => void armed.delete(e.target as HTMLFormElement);
const unload = (e: BeforeUnloadEvent) => void (armed.size && e.preventDefault());
const click = (e: MouseEvent) => {
  const a = e.target instanceof Element ? e.target.closest('a[href]') : null;
  if (!armed.size || !a || e.defaultPrevented || e.button || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
  const to = new URL((a as HTMLAnchorElement).href);
  const here = to.hash && to.pathname === location.pathname && to.search === location.search;
  if (here || (a as HTMLAnchorElement).target || a.hasAttribute('download') || [...armed].some((f) => f.contains(a))) return;
  if (confirm(fieldStrings.leaveUnsent)) armed.clear();
  else e.preventDefault();
};

const listen = (on: boolean) => {
  const doc = on ? document.addEventListener.bind(document) : document.removeEventListener.bind(document);
  doc('input', typed);
  doc('submit', sent);
  doc('click', click, true);
  (on ? addEventListener : removeEventListener)('beforeunload', unload);
};

/**
 * The ref for a form to guard (a callback ref: a form remounted by its key is guarded anew);
 * `refused`: its last send was refused, so its input is still unsent.
 */
export const useLeaveGuard = (refused: boolean) =>
  useCallback(
    (f: HTMLFormElement | null) => {
      if (!f) return;
      if (!guarded.size) listen(true);
      guarded.add(f);
      if (refused) armed.add(f);
      return () => {
        guarded.delete(f);
        armed.delete(f);
        if (!guarded.size) listen(false);
      };
    },
    [refused],
  );
