// Who may do what to which task: the one authorization policy, checked inside every server
// action and every data function that returns non-public data.

import type { Role } from '@/lib/domain/types';

export type { Role };
export type Actor = {
  id: number;
  role: Role;
  unitId: number | null;
  displayName: string;
  username: string;
  unitName?: string | null;
  /** Signed in with a one-time password set by the office: may do nothing but change it. */
  mustChangePassword?: boolean;
};

export type Action =
  | 'submit_update' // a unit's progress update on a task
  | 'upload_evidence' // send a 佐证材料 file for an update at all (for which task: submit_update, once the file's form is read)
  | 'review_update' // approve or return a submitted update
  | 'issue_notice' // 督办: issue, return, close, urge
  | 'act_on_notice' // acknowledge or answer a notice sent to one's unit (target: its recipient units)
  | 'give_instruction' // 领导批示: a leader's written instruction on a task
  | 'view_review_queue'
  | 'view_audit'
  | 'view_pending' // submitted, not yet approved updates and notices
  | 'view_evidence' // 佐证材料 of a task's updates not marked public (target: the task's units)
  | 'view_evidence_original' // an image's original, metadata (GPS) included: the office and the task's units
  | 'view_my_tasks'
  | 'view_inbox' // 提醒: a unit's own reminders; the office sees every unit's
  | 'view_reports' // /reports: previews, downloads, published snapshots
  | 'publish_report'
  | 'edit_plan' // plan years (drafts included), import, plan edits
  | 'manage_accounts'; // units and user accounts

/** A task as the policy sees it: the units responsible for it. */
export type TaskTarget = { unitIds: number[] };

export function can(actor: Actor | null, action: Action, task?: TaskTarget): boolean {
  if (!actor || actor.mustChangePassword) return false;
  switch (action) {
    case 'act_on_notice':
      return actor.role === 'UNIT' && actor.unitId !== null && !!task && task.unitIds.includes(actor.unitId);
    case 'submit_update':
      if (!task) return false;
      return actor.role === 'SUPERVISOR' || (actor.role === 'UNIT' && actor.unitId !== null && task.unitIds.includes(actor.unitId));
    case 'upload_evidence':
      return actor.role === 'SUPERVISOR' || (actor.role === 'UNIT' && actor.unitId !== null);
    case 'review_update':
    case 'issue_notice':
    case 'view_review_queue':
    case 'view_audit':
      return actor.role === 'SUPERVISOR';
    case 'give_instruction':
      return actor.role === 'LEADER';
    case 'view_pending':
      return true; // every signed-in role reads everything; only writing is restricted
    case 'view_evidence':
      return (
        actor.role === 'SUPERVISOR' ||
        actor.role === 'LEADER' ||
        (actor.role === 'UNIT' && actor.unitId !== null && !!task && task.unitIds.includes(actor.unitId))
      );
    case 'view_evidence_original':
      return actor.role === 'SUPERVISOR' || (actor.role === 'UNIT' && actor.unitId !== null && !!task && task.unitIds.includes(actor.unitId));
    case 'view_my_tasks':
      return actor.role === 'UNIT';
    case 'view_inbox':
      return actor.role === 'SUPERVISOR' || (actor.role === 'UNIT' && actor.unitId !== null);
    case 'view_reports':
      return actor.role === 'SUPERVISOR' || actor.role === 'LEADER';
    case 'publish_report':
    case 'edit_plan':
    case 'manage_accounts':
      return actor.role === 'SUPERVISOR';
  }
}
