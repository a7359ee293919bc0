// Over a form that starts with what was typed before its session ended (a draft kept when it was
// sent without JavaScript, lib/actions/form-drafts.ts): says so, to check it before sending.
import type { Prefill } from '@/lib/actions/form-state';

export function PrefillNote({ prefill }: { prefill: Prefill | undefined }) {
  if (!prefill) return null;
  return (
    <p role="note" className="rounded bg-risk-bg p-2 text-sm text-risk" data-testid="prefill-note">
      {prefill.note}
    </p>
  );
}
