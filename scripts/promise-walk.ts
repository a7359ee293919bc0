// The README's promises, each with a bug that breaks it (tests/promises/planted.ts): every bug is
// planted in a throw-away copy of the repository, one at a time, and the test named beside it must
// then fail. A bug that survives means a promise nothing holds. `npm run test:promises [-- ID…]`;
// not part of `npm test` (each bug runs its own vitest file: about ten minutes for the whole table).
// Prints one line per bug and exits 1 when one survived or no longer applies.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PLANTED, type Planted } from '../tests/promises/planted';

const ROOT = process.cwd();
const SKIP = new Set(['node_modules', '.next', 'data', 'test-results', 'playwright-report', '.git', '.stryker-tmp', 'reports', 'dist']);

/** The repository without build output and data; node_modules linked, not copied. */
function sandbox(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'msdb-promises-'));
  cpSync(ROOT, dir, { recursive: true, filter: (src) => !SKIP.has(path.relative(ROOT, src).split(path.sep)[0] ?? '') });
  symlinkSync(path.join(ROOT, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
  return dir;
}

type Outcome = 'caught' | 'SURVIVED' | 'NOT APPLICABLE';

function plant(dir: string, p: Planted): { outcome: Outcome; ms: number; detail?: string } {
  const file = path.join(dir, p.file);
  const original = readFileSync(file, 'utf8');
  let planted = original;
  for (const e of [{ from: p.from, to: p.to }, ...(p.also ?? [])]) {
    const count = planted.split(e.from).length - 1;
    if (count !== 1) return { outcome: 'NOT APPLICABLE', ms: 0, detail: `the code to change occurs ${count} times in ${p.file}: ${e.from.slice(0, 60)}` };
    planted = planted.replace(e.from, e.to);
  }
  writeFileSync(file, planted);
  const t0 = performance.now();
  try {
    const args = ['vitest', 'run', ...p.tests, ...(p.only ? ['-t', p.only] : [])];
    const r = spawnSync('npx', args, { cwd: dir, encoding: 'utf8', timeout: 300_000, env: { ...process.env, CI: '1' } });
    const ms = performance.now() - t0;
    const ran = /Tests\s+.*\d+ (passed|failed)/.test(r.stdout ?? '');
    if (!ran) return { outcome: 'NOT APPLICABLE', ms, detail: `no test ran: ${(r.stderr || r.stdout || '').slice(-300)}` };
    return { outcome: r.status === 0 ? 'SURVIVED' : 'caught', ms };
  } finally {
    writeFileSync(file, original);
  }
}

function main() {
  const ids = process.argv.slice(2).filter((a) => !a.startsWith('-'));
  const table = ids.length > 0 ? PLANTED.filter((p) => ids.includes(p.id)) : PLANTED;
  const dir = sandbox();
  let bad = 0;
  try {
    for (const p of table) {
      const r = plant(dir, p);
      if (r.outcome !== 'caught') bad++;
      console.log(
        `${r.outcome.padEnd(14)} ${p.id.padEnd(28)} ${(r.ms / 1000).toFixed(0).padStart(3)} s  ${p.promise}  → ${p.tests.join(' ')}${r.detail ? `\n               ${r.detail}` : ''}`,
      );
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  console.log(`${table.length - bad} of ${table.length} planted bugs caught`);
  process.exit(bad === 0 ? 0 : 1);
}

main();
