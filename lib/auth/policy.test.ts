import { describe, expect, it } from 'vitest';
import { can, type Action, type Actor } from './policy';

const supervisor: Actor = { id: 1, role: 'SUPERVISOR', unitId: null, displayName: '区督查室', username: 'duchashi' };
const leader: Actor = { id: 2, role: 'LEADER', unitId: null, displayName: '区领导', username: 'lingdao' };
const ownUnit: Actor = { id: 3, role: 'UNIT', unitId: 12, displayName: '区民政局', username: 'mzj' };
const otherUnit: Actor = { id: 4, role: 'UNIT', unitId: 13, displayName: '区残联', username: 'clh' };
const task = { unitIds: [12] };

// action → [anonymous, other unit, leader, own unit, supervisor]
const MATRIX: Record<Action, [boolean, boolean, boolean, boolean, boolean]> = {
  submit_update: [false, false, false, true, true],
  upload_evidence: [false, true, false, true, true], // any unit may send a file; whether for this task is submit_update's
  review_update: [false, false, false, false, true],
  issue_notice: [false, false, false, false, true],
  act_on_notice: [false, false, false, true, false],
  give_instruction: [false, false, true, false, false],
  view_review_queue: [false, false, false, false, true],
  view_audit: [false, false, false, false, true],
  view_pending: [false, true, true, true, true],
  view_evidence: [false, false, true, true, true],
  view_evidence_original: [false, false, false, true, true],
  view_my_tasks: [false, true, false, true, false],
  view_inbox: [false, true, false, true, true],
  view_reports: [false, false, true, false, true],
  publish_report: [false, false, false, false, true],
  edit_plan: [false, false, false, false, true],
  manage_accounts: [false, false, false, false, true],
};

describe('policy', () => {
  for (const [action, expected] of Object.entries(MATRIX) as [Action, boolean[]][]) {
    it(`${action}: anonymous / other unit / leader / own unit / supervisor`, () => {
      expect([null, otherUnit, leader, ownUnit, supervisor].map((a) => can(a, action, task))).toEqual(expected);
    });
  }
  it('an account on a one-time password may do nothing until it is changed', () => {
    for (const action of Object.keys(MATRIX) as Action[]) expect(can({ ...supervisor, mustChangePassword: true }, action, task), action).toBe(false);
  });
  it('a unit user without a unit edits nothing; submit needs the task', () => {
    expect(can({ ...ownUnit, unitId: null }, 'submit_update', task)).toBe(false);
    expect(can(ownUnit, 'submit_update')).toBe(false);
    expect(can({ ...ownUnit, unitId: null }, 'upload_evidence')).toBe(false);
    expect(can(ownUnit, 'upload_evidence')).toBe(true);
  });
});
