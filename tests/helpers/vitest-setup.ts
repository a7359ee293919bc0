// Any console.error during a test fails it: an error a test did not expect is a defect, not noise.
import { afterEach, beforeEach, expect, vi, type MockInstance } from 'vitest';

let spy: MockInstance<typeof console.error>;
beforeEach(() => {
  spy = vi.spyOn(console, 'error');
});
afterEach(() => {
  const calls = spy.mock.calls.map((c) => c.map(String).join(' '));
  spy.mockRestore();
  expect(calls, 'console.error during the test').toEqual([]);
});
