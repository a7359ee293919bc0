import { describe, expect, it } from 'vitest';
import { figureFlags, updateFlags } from './plausibility';

describe('figures to check before approval', () => {
  it('2800 against a 280-household target (last approved 197): far above target and more than double', () => {
    expect(figureFlags({ before: 197, after: 2800, target: 280 })).toEqual(['over_target', 'more_than_double']);
  });
  it('boundaries: 150 % of target and exactly double are not flagged; just above is', () => {
    expect(figureFlags({ before: 210, after: 420, target: 280 })).toEqual([]);
    expect(figureFlags({ before: 210, after: 421, target: 280 })).toEqual(['over_target', 'more_than_double']);
  });
  it('a decrease is flagged; no previous value or target, nothing to compare', () => {
    expect(figureFlags({ before: 197, after: 190, target: 280 })).toEqual(['decrease']);
    expect(figureFlags({ before: null, after: 5000, target: null })).toEqual([]);
  });
  it('a milestone reached, or an as-of date, before the last approved update', () => {
    expect(updateFlags({ asOf: '2023-09-30', milestonesReachedOn: ['2023-06-01'] }, '2023-06-30')).toEqual(['milestone_before_last_update']);
    expect(updateFlags({ asOf: '2023-06-15', milestonesReachedOn: [] }, '2023-06-30')).toEqual(['as_of_before_last_update']);
    expect(updateFlags({ asOf: '2023-06-30', milestonesReachedOn: ['2023-06-30'] }, '2023-06-30')).toEqual([]);
    expect(updateFlags({ asOf: '2023-01-01', milestonesReachedOn: [] }, null)).toEqual([]);
  });
});
