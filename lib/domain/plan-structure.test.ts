import { describe, expect, it } from 'vitest';
import { isPercentUnit, newTaskNumber, nextKey, nextPlace, numeralOf, removable, renumbered, renumbersTasks } from './plan-structure';

describe('removable: only a part nothing has been recorded against', () => {
  it('an empty record may go', () => {
    expect(removable({})).toBe(true);
    expect(removable({ updates: 0, notices: 0, problems: 0, values: 0, done: false, pendingMentions: 0 })).toBe(true);
  });
  it.each([
    ['an update (the report\u2019s H1 column counts)', { updates: 1 }],
    ['a 督办 notice', { notices: 1 }],
    ['a problem', { problems: 1 }],
    ['a reported figure', { values: 1 }],
    ['done / reached', { done: true }],
    ['named by a pending update', { pendingMentions: 1 }],
  ])('%s keeps it', (_, r) => expect(removable(r)).toBe(false));
});

describe('nextKey', () => {
  it('the first free number from the start', () => {
    expect(nextKey([], 'added')).toBe('added-1');
    expect(nextKey(['added-1', 'added-2', 'added-4'], 'added')).toBe('added-3');
    expect(nextKey(['added-3'], 'added', 3)).toBe('added-4');
    expect(nextKey(['item-1'], 'added', 1)).toBe('added-1');
  });
  it('a start below 1 starts at 1', () => expect(nextKey([], 'k', 0)).toBe('k-1'));
});

describe('nextPlace', () => {
  it('the first part of a task: added-1 at 0', () => expect(nextPlace([])).toEqual({ key: 'added-1', ord: 0 }));
  it('after the last in order, with a key not in use', () => {
    expect(
      nextPlace([
        { key: 'a', ord: 4 },
        { key: 'added-3', ord: 1 },
      ]),
    ).toEqual({ key: 'added-4', ord: 5 });
  });
});

describe('task numbers', () => {
  it('a draft renumbers 1…N in project order; only the changed tasks are returned', () => {
    // Project 1 has tasks 1 and 2, project 2 task 3; a task added to project 1 got number 4.
    const tasks = [
      { id: 10, projectNumber: 1, number: 1 },
      { id: 11, projectNumber: 1, number: 2 },
      { id: 12, projectNumber: 2, number: 3 },
      { id: 13, projectNumber: 1, number: 4 },
    ];
    expect([...renumbered(tasks)]).toEqual([
      [13, 3],
      [12, 4],
    ]);
  });
  it('after a removal the gap closes', () => {
    expect([
      ...renumbered([
        { id: 1, projectNumber: 1, number: 1 },
        { id: 3, projectNumber: 2, number: 3 },
      ]),
    ]).toEqual([[3, 2]]);
  });
  it('numbers already in order change nothing', () => {
    expect(
      renumbered([
        { id: 5, projectNumber: 2, number: 2 },
        { id: 4, projectNumber: 1, number: 1 },
      ]).size,
    ).toBe(0);
  });
  it('a new task takes one above the highest; an empty year starts at 1', () => {
    expect(newTaskNumber([3, 19, 7])).toBe(20);
    expect(newTaskNumber([])).toBe(1);
  });
  it('only a draft renumbers', () => {
    expect(renumbersTasks('DRAFT')).toBe(true);
    expect(renumbersTasks('ACTIVE')).toBe(false);
    expect(renumbersTasks('ARCHIVED')).toBe(false);
  });
});

it('percent units', () => {
  expect(isPercentUnit('%')).toBe(true);
  expect(isPercentUnit(' % ')).toBe(true);
  expect(isPercentUnit('户')).toBe(false);
});

it('project numerals', () => {
  expect([1, 4, 10, 11, 20].map(numeralOf)).toEqual(['一', '四', '十', '十一', '二十']);
  expect(numeralOf(21)).toBe('21');
});
