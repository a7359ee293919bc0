import { describe, expect, it } from 'vitest';
import { approvalEffects, type ApprovedUpdate, type TaskState } from './approval';

const update = (over: Partial<ApprovedUpdate> = {}): ApprovedUpdate => ({
  id: 7,
  asOf: '2023-09-30',
  milestones: [],
  newProblems: [],
  resolveProblemIds: [],
  completeItemIds: [],
  completesTask: false,
  ...over,
});
const state: TaskState = {
  completedOn: null,
  milestones: [
    { id: 1, reachedOn: null },
    { id: 2, reachedOn: '2023-08-20' },
  ],
  problems: [
    { id: 10, resolvedOn: null },
    { id: 11, resolvedOn: '2023-07-01' },
  ],
  items: [
    { id: 20, completedOn: null },
    { id: 21, completedOn: '2023-04-30' },
  ],
};

describe('the effects of approving an update', () => {
  it('reaches open milestones on the date reported, never re-dates a reached one', () => {
    const e = approvalEffects(
      update({
        milestones: [
          { milestoneId: 1, reachedOn: '2023-09-12' },
          { milestoneId: 2, reachedOn: '2023-09-13' },
        ],
      }),
      state,
    );
    expect(e.reachMilestones).toEqual([{ id: 1, reachedOn: '2023-09-12' }]);
  });
  it('raises problems as of the update date with stable keys', () => {
    const e = approvalEffects(update({ newProblems: [{ kind: 'OTHER', text: '资金未到位', blocking: true }] }), state);
    expect(e.raiseProblems).toEqual([{ key: 'u7-1', kind: 'OTHER', text: '资金未到位', blocking: true, raisedOn: '2023-09-30' }]);
  });
  it('resolves only open problems and completes only open sub-items, as of the update date', () => {
    const e = approvalEffects(update({ resolveProblemIds: [10, 11, 10], completeItemIds: [20, 21] }), state);
    expect(e.resolveProblems).toEqual([{ id: 10, resolvedOn: '2023-09-30' }]);
    expect(e.completeItems).toEqual([{ id: 20, completedOn: '2023-09-30' }]);
  });
  it('completes the task once', () => {
    expect(approvalEffects(update({ completesTask: true }), state).completeTaskOn).toBe('2023-09-30');
    expect(approvalEffects(update({ completesTask: true }), { ...state, completedOn: '2023-09-01' }).completeTaskOn).toBeNull();
    expect(approvalEffects(update(), state).completeTaskOn).toBeNull();
  });
});
