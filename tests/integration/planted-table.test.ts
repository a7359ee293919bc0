// The planted-bug table (tests/promises/planted.ts, run by `npm run test:promises`) stays in step
// with the code: every bug's code is found exactly once and every test it names exists — so a
// refactoring or a reformatting cannot silently turn a planted bug into one that no longer applies.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PLANTED } from '@/tests/promises/planted';

describe('the planted-bug table', () => {
  it('has a unique id per bug', () => {
    expect(new Set(PLANTED.map((p) => p.id)).size).toBe(PLANTED.length);
  });
  for (const p of PLANTED) {
    it(`${p.id}: its code occurs once in ${p.file} and its tests exist`, () => {
      const text = readFileSync(p.file, 'utf8');
      for (const e of [{ from: p.from }, ...(p.also ?? [])]) expect(text.split(e.from).length - 1, e.from).toBe(1);
      for (const t of p.tests) expect(existsSync(t), t).toBe(true);
    });
  }
});
