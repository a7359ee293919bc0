// The benchmark measures every screen: each app/**/page.tsx is among the measured paths, or named
// in NOT_MEASURED with why — a new screen cannot go unmeasured unnoticed.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DASHBOARDS, jsOverGoal, NOT_MEASURED, OTHER_ROUTES } from './bench-floor';

/** The route of every page file under app/, written as its folders are ('/plan/[year]/tasks/[n]'). */
function pageRoutes(dir = 'app', route = ''): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    if (e.isFile()) return e.name === 'page.tsx' ? [route || '/'] : [];
    if (!e.isDirectory() || e.name.startsWith('_')) return [];
    // A route group "(name)" adds no segment.
    return pageRoutes(path.join(dir, e.name), /^\(.*\)$/.test(e.name) ? route : `${route}/${e.name}`);
  });
}

const matches = (route: string, p: string) => new RegExp(`^${route.replace(/\[[^\]]+\]/g, '[^/]+')}$`).test(p);

describe('the benchmark measures every screen', () => {
  const measured = [...DASHBOARDS, ...OTHER_ROUTES].map((r) => r.path);
  const routes = pageRoutes();

  it('every page is measured by some path, or named as not measured with why', () => {
    expect(routes.length).toBeGreaterThan(15);
    const missing = routes.filter((r) => !measured.some((p) => matches(r, p)) && !NOT_MEASURED[r]);
    expect(missing).toEqual([]);
  });
  it('every measured path is a page, and every page named as not measured exists and is not measured', () => {
    expect(measured.filter((p) => !routes.some((r) => matches(r, p)))).toEqual([]);
    for (const r of Object.keys(NOT_MEASURED)) {
      expect(routes).toContain(r);
      expect(measured.filter((p) => matches(r, p))).toEqual([]);
    }
  });
  it('reads page routes as the folders write them', () => {
    expect(matches('/plan/[year]/tasks/[n]', '/plan/2023/tasks/1')).toBe(true);
    expect(matches('/tasks/[n]', '/tasks/1/update')).toBe(false);
    expect(routes).toEqual(expect.arrayContaining(['/', '/tasks/[n]/update', '/reports/[id]']));
  });
});

describe('first-load JavaScript over its goal ends the run', () => {
  it('a route over 1.05× its floor, by a byte, is named with its bytes and the goal; at the goal, none', () => {
    const floor = 177_880; // the plain floor's bytes (gzip -9)
    expect(jsOverGoal([{ path: '/tasks/16/update', bytes: 186_774, floor }])).toBeNull();
    expect(
      jsOverGoal([
        { path: '/', bytes: 182_359, floor },
        { path: '/tasks/16/update', bytes: 186_775, floor },
      ]),
    ).toBe('first-load JavaScript over 1.05× its floor: /tasks/16/update 186775 B (1.0500×, goal ≤ 186774 B)');
  });
});
