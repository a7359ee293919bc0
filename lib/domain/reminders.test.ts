import { describe, expect, it } from 'vitest';
import { backoffMs, MAX_ATTEMPTS, remindersFor, type ReminderTask, deliveryProblem } from './reminders';

const settings = { remindDaysBefore: 3, staleDays: 30 };
const task = (o: Partial<ReminderTask> = {}): ReminderTask => ({
  id: 1,
  number: 7,
  planYear: 2023,
  deadlineMonth: '2023-12',
  completedOn: null,
  unitIds: [10, 11],
  lastReported: '2023-06-30',
  milestones: [{ id: 5, periodLabel: '8月', text: '8月：移交使用', dueDate: '2023-08-31', reachedOn: null }],
  ...o,
});
// The timing tests leave 未报送 out (a year-long window); it has its own tests below.
const timingOnly = { remindDaysBefore: 3, staleDays: 365 };
const rules = (today: string, t = task(), s = timingOnly) =>
  remindersFor({ tasks: [t], notices: [] }, today, s).map((r) => `${r.rule}:${r.subject.type}:${r.unitId}`);

describe('临近提醒 and 到期催办 at their boundaries', () => {
  it('a milestone: nothing 4 days before, due soon from 3 days before through its due date, overdue the day after', () => {
    expect(rules('2023-08-27')).toEqual([]);
    expect(rules('2023-08-28')).toEqual(['DUE_SOON:milestone:10', 'DUE_SOON:milestone:11']);
    expect(rules('2023-08-31')).toEqual(['DUE_SOON:milestone:10', 'DUE_SOON:milestone:11']);
    expect(rules('2023-09-01')).toEqual(['OVERDUE:milestone:10', 'OVERDUE:milestone:11']);
  });
  it('a reached milestone and a completed task remind no one', () => {
    expect(rules('2023-09-01', task({ milestones: [{ id: 5, periodLabel: '8月', text: 'x', dueDate: '2023-08-31', reachedOn: '2023-08-20' }] }))).toEqual([]);
    expect(rules('2023-09-01', task({ completedOn: '2023-08-30' }))).toEqual([]);
  });
  it('the deadline (end of its month) and a notice to some of the units', () => {
    const t = task({ milestones: [], deadlineMonth: '2023-09' });
    expect(rules('2023-09-28', t)).toEqual(['DUE_SOON:deadline:10', 'DUE_SOON:deadline:11']);
    expect(rules('2023-10-01', t)).toEqual(['OVERDUE:deadline:10', 'OVERDUE:deadline:11']);
    const notice = { id: 3, numberYear: 2023, number: 2, taskNumber: 7, planYear: 2023, dueDate: '2023-07-15', open: true, recipientIds: [11] };
    const on = (today: string, n = notice) => remindersFor({ tasks: [], notices: [n] }, today, timingOnly).map((r) => `${r.rule}:${r.unitId}`);
    expect(on('2023-07-11')).toEqual([]);
    expect(on('2023-07-12')).toEqual(['DUE_SOON:11']);
    expect(on('2023-07-16')).toEqual(['OVERDUE:11']);
    expect(on('2023-07-16', { ...notice, open: false })).toEqual([]);
  });
});

describe('未报送', () => {
  it('more than staleDays since the last report (30 days is not yet)', () => {
    const t = task({ milestones: [], lastReported: '2023-08-01' });
    expect(rules('2023-08-31', t, settings)).toEqual([]);
    expect(rules('2023-09-01', t, settings)).toEqual(['NOT_REPORTED:report:10', 'NOT_REPORTED:report:11']);
  });
  it('never reported: counted from 1 January; a plan year not begun reminds no one', () => {
    const t = task({ milestones: [], lastReported: null, planYear: 2024, deadlineMonth: '2024-12' });
    expect(rules('2024-01-31', t, settings)).toEqual([]);
    expect(rules('2024-02-01', t, settings)).toEqual(['NOT_REPORTED:report:10', 'NOT_REPORTED:report:11']);
    expect(rules('2023-12-01', t, settings)).toEqual([]);
  });
});

it('one key per subject, rule, unit and day', () => {
  const a = remindersFor({ tasks: [task()], notices: [] }, '2023-09-01', settings);
  const b = remindersFor({ tasks: [task()], notices: [] }, '2023-09-01', settings);
  expect(a.map((r) => r.key)).toEqual(b.map((r) => r.key));
  expect(new Set(a.map((r) => r.key)).size).toBe(a.length);
  expect(a[0]!.key).toBe('OVERDUE:milestone:5:10:2023-09-01');
  expect(remindersFor({ tasks: [task()], notices: [] }, '2023-09-02', settings)[0]!.key).toBe('OVERDUE:milestone:5:10:2023-09-02');
});

it('backoff doubles from one minute up to an hour', () => {
  expect([1, 2, 3, 4, 7, 8, 20].map((n) => backoffMs(n) / 60_000)).toEqual([1, 2, 4, 8, 60, 60, 60]);
  expect(MAX_ATTEMPTS).toBeGreaterThan(5);
});

describe('who is reminded, at the edges', () => {
  it('a task completed on the day reminds no one that day; completed later, it still does; a plan that has not started reminds no one (its first day does)', () => {
    expect(rules('2023-09-01', task({ completedOn: '2023-09-01' }))).toEqual([]);
    expect(rules('2023-09-01', task({ completedOn: '2023-09-02' }))).toEqual(['OVERDUE:milestone:10', 'OVERDUE:milestone:11']);
    const early = task({
      planYear: 2024,
      deadlineMonth: '2024-01',
      milestones: [{ id: 5, periodLabel: '1月', text: 'x', dueDate: '2024-01-02', reachedOn: null }],
    });
    expect(rules('2023-12-31', early)).toEqual([]);
    expect(rules('2024-01-01', early)).toEqual(['DUE_SOON:milestone:10', 'DUE_SOON:milestone:11']);
  });
  it('a notice reminder carries its number, the task and the plan year; a reminder key names rule, subject, unit and day', () => {
    const n = { id: 3, numberYear: 2023, number: 2, taskNumber: 7, planYear: 2023, dueDate: '2023-07-15', open: true, recipientIds: [11] };
    const [r] = remindersFor({ tasks: [], notices: [n] }, '2023-07-16', timingOnly);
    expect(r).toEqual({
      key: 'OVERDUE:notice:3:11:2023-07-16',
      day: '2023-07-16',
      rule: 'OVERDUE',
      unitId: 11,
      taskNumber: 7,
      planYear: 2023,
      subject: { type: 'notice', id: 3, numberYear: 2023, number: 2, dueDate: '2023-07-15' },
    });
    expect(remindersFor({ tasks: [], notices: [{ ...n, open: false }] }, '2023-07-16', timingOnly)).toEqual([]);
  });
});

describe('what a robot’s refusal means', () => {
  it.each([
    ['errcode 310000: sign not match', 'security'],
    ['errcode 310000: keywords not in content', 'security'],
    ['errcode 93000: invalid webhook url', 'address'],
    ['errcode 3100001: other', 'other'],
    ['network error ECONNREFUSED', 'unreachable'],
    ['HTTP 503', 'unreachable'],
    ['HTTP 404', 'other'],
    ['HTTP 302 (redirect not followed)', 'other'],
    ['refused: internal address', 'other'],
  ] as const)('%s → %s', (error, problem) => expect(deliveryProblem(error)).toBe(problem));
});
