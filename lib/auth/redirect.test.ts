import { describe, expect, it } from 'vitest';
import { safeNextPath } from './redirect';

describe('the path after sign-in', () => {
  it('keeps same-site paths with their query', () => {
    expect(safeNextPath('/tasks/3/update?year=2023')).toBe('/tasks/3/update?year=2023');
    expect(safeNextPath('/my')).toBe('/my');
  });
  it('refuses everything that leaves the site', () => {
    for (const bad of ['//evil.example/', '/\\evil.example/', '/\t/evil.example/', '/\n/evil.example', 'https://evil.example/', 'javascript:alert(1)', '\\\\evil.example', '', null, undefined]) {
      expect(safeNextPath(bad), String(bad)).toBe('/');
    }
  });
});
