// 领导批示 on a task: what leaders asked of it and where each stands; for a leader, the form to give one;
// for the office, a pending one's two steps (转为督办, 已阅); for its leader, 撤回 while pending. Signed-in readers only (the page passes null
// for a visitor and renders nothing).
import { InstructionForm } from '@/components/forms/lazy';
import { InstructionList, type Withdrawer } from '@/components/instruction-list';
import { PrefillNote } from '@/components/prefill-note';
import { SectionCard } from '@/components/section-card';
import { ui } from '@/components/ui';
import { giveInstruction } from '@/lib/actions/instructions';
import { restoredIn, type Draft } from '@/lib/actions/form-drafts';
import type { ListedInstruction } from '@/lib/data/instructions';
import { t } from '@/lib/i18n/zh-CN';
import { formKey } from '@/lib/links';

export function InstructionSection({
  items,
  give,
  canAct,
  withdrawer,
  draft,
  open = false,
}: {
  items: ListedInstruction[];
  /** The task a leader may instruct on (null: the reader may not). */
  give: { taskId: number } | null;
  canAct: boolean;
  /** A leader reading: their own pending instructions may be withdrawn. */
  withdrawer: Withdrawer | null;
  draft: Draft | null;
  /** Opened from the page's 作出批示 link (?instruct=1): the form open at once (as it is where none stands but withdrawn ones). */
  open?: boolean;
}) {
  const prefill = give ? restoredIn(draft, formKey.instruction(give.taskId)) : undefined;
  return (
    <SectionCard id="li" title={t.instruction.heading}>
      {items.length === 0 ? (
        <p className={ui.hint}>{t.instruction.none}</p>
      ) : (
        <div className="mb-3">
          <InstructionList items={items} canAct={canAct} withdrawer={withdrawer} testId="instructions" />
        </div>
      )}
      {give && (
        <details className="no-print" open={open || items.every((i) => i.state.kind === 'withdrawn') || !!prefill}>
          <summary className="cursor-pointer text-sm text-blue-800">{t.instruction.give}</summary>
          <div className="mt-2 space-y-2">
            <p className={ui.hint}>{t.instruction.intro}</p>
            <PrefillNote prefill={prefill} />
            <InstructionForm action={giveInstruction.bind(null, give.taskId)} prefill={prefill?.values} />
          </div>
        </details>
      )}
    </SectionCard>
  );
}
