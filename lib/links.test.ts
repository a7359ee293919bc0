import { describe, expect, it } from 'vitest';
import { projectHref, publishedQuery, taskHref, viewOf } from './links';

describe('views and the links that keep them', () => {
  const live = { snap: { year: 2023 }, asOf: '2023-06-30', isDefaultAsOf: true, published: null };

  it('a live view keeps its year, and its date only when chosen', () => {
    expect(viewOf(live)).toEqual({ year: 2023, asOf: undefined });
    expect(taskHref(18, viewOf(live))).toBe('/tasks/18?year=2023');
    expect(taskHref(18, viewOf({ ...live, isDefaultAsOf: false }))).toBe('/tasks/18?year=2023&asOf=2023-06-30');
    expect(projectHref(9, viewOf({ ...live, isDefaultAsOf: false }))).toBe('/projects/9?year=2023&asOf=2023-06-30');
    expect(taskHref(3)).toBe('/tasks/3');
    expect(publishedQuery(null)).toEqual({});
  });

  it('a published view keeps its report, whose date is its own (no asOf beside it)', () => {
    const published = { ...live, isDefaultAsOf: false, published: { id: 7 } };
    expect(viewOf(published)).toEqual({ year: 2023, snapshot: 7 });
    expect(taskHref(18, viewOf(published))).toBe('/tasks/18?year=2023&snapshot=7');
    expect(projectHref(9, viewOf(published))).toBe('/projects/9?year=2023&snapshot=7');
    expect(taskHref(18, { year: 2023, asOf: '2023-06-30', snapshot: 7 })).toBe('/tasks/18?year=2023&snapshot=7');
    expect(publishedQuery({ id: 7 })).toEqual({ snapshot: '7' });
  });
});
