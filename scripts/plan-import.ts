// `npm run plan:import -- FILE --year YYYY [--title T] [--category ENGINEERING|SERVICE] [--dry-run] [--json] [--create-units] [--all-sheets]`
// Imports a plan table (.xlsx, .xls, a text "xls", a Word .docx, a PDF) as a draft plan year from the command line, with the same reader and
// checks as the import page. --dry-run writes nothing; --json prints the preview as JSON (the shape
// of lib/plan-import/preview.ts). Unknown unit names block unless --create-units creates them
// (collective entries such as 各街道 need the page, where the office chooses their units).
// --all-sheets reads every sheet that holds a plan table as one plan (工程类 and 服务类 on sheets of their own).
// Exit 0: could be confirmed (or was written); 1: something blocks; 2: unusable arguments.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { CATEGORIES } from '@/lib/domain/types';

function arg(argv: string[], name: string): string | undefined {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 ? argv[i + 1] : undefined;
}

const argsSchema = z.object({
  file: z.string().min(1),
  year: z.coerce.number().int().min(2000).max(2100),
  title: z.string().trim().min(1).max(100).optional(),
  category: z.enum(CATEGORIES).default('SERVICE'),
});

export async function planImport(argv: string[], out: (s: string) => void = console.log): Promise<number> {
  const parsed = argsSchema.safeParse({
    file: argv.find((a, i) => !a.startsWith('--') && !argv[i - 1]?.match(/^--(year|title|category)$/)),
    year: arg(argv, 'year'),
    title: arg(argv, 'title'),
    category: arg(argv, 'category'),
  });
  if (!parsed.success) {
    out(
      `usage: npm run plan:import -- FILE --year YYYY [--title T] [--category ENGINEERING|SERVICE] [--dry-run] [--json] [--create-units] [--all-sheets]\n${z.prettifyError(parsed.error)}`,
    );
    return 2;
  }
  const a = parsed.data;
  let bytes: Buffer;
  try {
    bytes = readFileSync(a.file);
  } catch {
    out(`cannot read ${a.file}`);
    return 2;
  }
  const { readPlanXlsx } = await import('@/lib/plan-import/read-xlsx');
  const { unitDirectory } = await import('@/lib/plan-import/units');
  const { importPreview } = await import('@/lib/plan-import/preview');
  const { applyUnitChoices, isWritable } = await import('@/lib/domain/plan-import');
  const { m } = await import('@/lib/i18n/messages');
  const units = await unitDirectory();
  // The same reading as the import page's: read and parsed in the worker.
  const read = await readPlanXlsx(new Uint8Array(bytes), { year: a.year, shift: false, allSheets: argv.includes('--all-sheets'), units });
  if (!read.ok) {
    out(read.header ? m.importHeaderGap(read.header) : m.importRead[read.error]);
    return 1;
  }
  const draft = read.draft;
  const preview = importPreview(draft, a.year);
  const createUnits = argv.includes('--create-units');
  const collective = draft.unknownUnits.filter((u) => u.collective);
  const blocked = !preview.canConfirm || collective.length > 0 || (draft.unknownUnits.length > 0 && !createUnits);
  if (argv.includes('--json')) out(JSON.stringify({ ...preview, canConfirm: !blocked }, null, 2));
  else {
    out(`${a.year}: ${preview.counts.projects} projects, ${preview.counts.tasks} tasks, ${preview.counts.milestones} plan steps`);
    for (const msg of preview.messages) out(`${msg.severity === 'error' ? 'ERROR' : 'warn '} ${msg.sheet} row ${msg.row}: ${msg.text} — ${msg.fix}`);
    for (const u of draft.unknownUnits)
      out(
        `unknown unit “${u.name}” (rows ${u.rows.join(', ')})${u.collective ? ' — collective: choose its units on the import page' : ''}${u.suggestions.length ? `; closest: ${u.suggestions.join('、')}` : ''}`,
      );
  }
  if (blocked) return 1;
  if (argv.includes('--dry-run')) return 0;

  const { prisma } = await import('@/lib/prisma');
  const { runPlanYearJob } = await import('@/lib/plan-import/plan-year-job');
  if (await prisma.planYear.findUnique({ where: { year: a.year }, select: { id: true } })) {
    out(m.yearExists(a.year));
    return 1;
  }
  const chosen = applyUnitChoices(draft, new Map(draft.unknownUnits.map((u) => [u.name, 'create' as const])));
  if (!isWritable(chosen.draft)) return 1;
  const title = a.title ?? `${a.year}年民生实事`;
  const made = await runPlanYearJob(prisma, {
    kind: 'import',
    year: a.year,
    title,
    draft: chosen.draft,
    defaultCategory: a.category,
    audit: { actorId: null, after: { year: a.year, title, file: path.basename(a.file), via: 'cli' } },
  });
  if (!made.ok) {
    // Imported by someone else since the check above (the job checks again inside the write lock).
    out(made.error === 'year_exists' ? m.yearExists(a.year) : m.importFailed);
    return 1;
  }
  out(m.imported(a.year, made.tasks));
  return 0;
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname)) {
  planImport(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (e: unknown) => {
      console.error(e);
      process.exit(1);
    },
  );
}
