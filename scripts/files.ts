// The evidence store (佐证材料) for an operator or cron:
//   npm run files:prune [-- --apply] [--staged-days N] [--grace-hours N]
// Lists — and with --apply removes — the staged files nobody sent within N days (30) and the stored
// bytes no file row and no published report name, untouched for N hours (24). See lib/files/prune.ts.
import path from 'node:path';
import { PRUNE } from '@/lib/domain/evidence';

function arg(argv: string[], name: string): number | undefined {
  const i = argv.indexOf(`--${name}`);
  if (i < 0) return undefined;
  const n = Number(argv[i + 1]);
  if (!Number.isFinite(n) || n < 0) throw new Error(`--${name} takes a number of ${name.split('-')[1]} (0 or more)`);
  return n;
}

export async function main(argv: string[], log: (s: string) => void = console.log): Promise<void> {
  if (argv[0] !== 'prune') throw new Error('usage: npm run files:prune [-- --apply] [--staged-days N] [--grace-hours N]');
  const apply = argv.includes('--apply');
  const stagedDays = arg(argv, 'staged-days') ?? PRUNE.stagedDays;
  const graceHours = arg(argv, 'grace-hours') ?? PRUNE.graceHours;
  const { prisma } = await import('@/lib/prisma');
  const { filesDir } = await import('@/lib/files/store');
  const { pruneEvidence } = await import('@/lib/files/prune');
  try {
    const r = await pruneEvidence(prisma, filesDir(), { apply, now: new Date(), stagedDays, graceHours });
    const verb = apply ? 'removed' : 'would remove (run with --apply to remove)';
    log(`[files] staged files not sent within ${stagedDays} days: ${r.staged.length} ${verb}`);
    for (const e of r.staged) log(`  #${e.id} ${e.caption} (${e.fileName}), uploaded ${e.uploadedAt.toISOString()}`);
    const mb = r.files.reduce((n, f) => n + f.size, 0) / 1024 / 1024;
    log(`[files] stored files nothing names, untouched for ${graceHours} hours: ${r.files.length} (${mb.toFixed(1)} MB) ${verb}`);
  } finally {
    await prisma.$disconnect();
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname))
  main(process.argv.slice(2)).catch((e: unknown) => {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  });
