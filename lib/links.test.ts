import { describe, expect, it } from 'vitest';
import { exportLinks, projectHref, publishedQuery, taskHref, viewOf } from './links';

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

  it("a list's files: the CSV with the query's values, the Excel the same with format=xlsx, whatever the query", () => {
    expect(exportLinks('/export/tasks', { year: '2023', snapshot: '7', unit: 'mzj', q: undefined })).toEqual({
      csv: '/export/tasks?year=2023&snapshot=7&unit=mzj',
      xlsx: '/export/tasks?year=2023&snapshot=7&unit=mzj&format=xlsx',
    });
    // An empty query still gives a well-formed Excel link (appending "&format=xlsx" would not).
    expect(exportLinks('/export/half-year', {})).toEqual({ csv: '/export/half-year', xlsx: '/export/half-year?format=xlsx' });
  });
});
