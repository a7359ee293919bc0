import { describe, expect, it } from 'vitest';
import { safeNextPath } from './redirect';

describe('the path after sign-in', () => {
  it('keeps same-site paths with their query, resolving dot segments', () => {
    expect(safeNextPath('/tasks/3/update?year=2023')).toBe('/tasks/3/update?year=2023');
    expect(safeNextPath('/my')).toBe('/my');
    expect(safeNextPath('/')).toBe('/');
    expect(safeNextPath('/a/../review#x')).toBe('/review#x');
    expect(safeNextPath('/notices?status=OPEN&unit=3')).toBe('/notices?status=OPEN&unit=3');
  });
  it('refuses everything that leaves the site', () => {
    for (const bad of [
      '//evil.example/',
      '/\\evil.example/',
      '/\t/evil.example/',
      '/\n/evil.example',
      'https://evil.example/',
      'javascript:alert(1)',
      '\\\\evil.example',
      '',
      null,
      undefined,
    ]) {
      expect(safeNextPath(bad), String(bad)).toBe('/');
    }
  });
  // The probe's findings (dot segments that leave a path starting with "//"), plus encoded and mixed-slash forms.
  it.each([
    '/..//evil.example/',
    '/.//evil.example',
    '/%2e%2e//evil.example',
    '/%2E%2E//evil.example',
    '/a/..//evil.example',
    '/./\\evil.example',
    '/../\\evil.example',
    '/.%2e//evil.example',
    '/%2e//evil.example',
    '/a/b/../..//evil.example',
    '/..\\/evil.example',
    '/../\t/evil.example',
    '/..//\\evil.example',
    '/.///evil.example/',
    '/..//evil.example/?next=/',
  ])('refuses %j', (bad) => {
    const out = safeNextPath(bad);
    expect(out).toBe('/');
    // Whatever comes out resolves to this site in a browser.
    expect(new URL(out, 'https://dashboard.example').origin).toBe('https://dashboard.example');
  });
});

describe('where a sign-in lands', () => {
  it('a unit on 我的任务 unless it asked for a page; the office and leaders where they asked', async () => {
    const { landingPath } = await import('./redirect');
    expect(landingPath('UNIT', '/')).toBe('/my');
    expect(landingPath('UNIT', '/tasks/3')).toBe('/tasks/3');
    expect(landingPath('SUPERVISOR', '/')).toBe('/');
    expect(landingPath('LEADER', '/')).toBe('/leadership');
    expect(landingPath('LEADER', '/tasks/3')).toBe('/tasks/3');
  });
});
