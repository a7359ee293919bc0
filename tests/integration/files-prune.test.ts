// The evidence store's clean-up on a real database and a real file store: staged files never sent
// are removed after their days (audited), then the bytes nothing names — neither a file row nor a
// published report — once untouched for the grace period; without --apply nothing changes.
import { existsSync, mkdirSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { migrateAndSeed, tempDatabaseEnv } from '@/tests/helpers/db';

const file = tempDatabaseEnv();

let prisma: typeof import('@/lib/prisma').prisma;
let store: import('@/lib/files/store').LocalFileStore;
let prune: typeof import('@/lib/files/prune').pruneEvidence;
const now = new Date();
const DAY = 86_400_000;
const ago = (ms: number) => new Date(now.getTime() - ms);
const bytes = (s: string) => new TextEncoder().encode(`%PDF-1.4 ${s}`);
/** Stored bytes, last written `age` ago. */
async function stored(s: string, age: number): Promise<string> {
  const sha = await store.put(bytes(s));
  utimesSync(store.pathOf(sha), ago(age), ago(age));
  return sha;
}

const ids: Record<string, number> = {};
const sha: Record<string, string> = {};
let tmpFile = '';

beforeAll(async () => {
  await migrateAndSeed(file, { demoUsers: true });
  prisma = (await import('@/lib/prisma')).prisma;
  const { LocalFileStore, filesDir } = await import('@/lib/files/store');
  store = new LocalFileStore(filesDir());
  prune = (await import('@/lib/files/prune')).pruneEvidence;
  const unit = await prisma.user.findUniqueOrThrow({ where: { username: 'mzj' }, select: { id: true, unitId: true } });
  const task = await prisma.task.findFirstOrThrow({ where: { number: 16, planYear: { year: 2023 } }, select: { id: true, planYearId: true } });
  const update = await prisma.progressUpdate.create({
    data: { taskId: task.id, asOf: new Date('2023-06-30'), narrative: '已完成', status: 'APPROVED', submittedById: unit.id, baseVersion: 1 },
    select: { id: true },
  });
  const row = async (name: string, age: number, to: { updateId?: number } = {}) => {
    sha[name] = await stored(name, age);
    ids[name] = (
      await prisma.evidence.create({
        data: {
          taskId: task.id,
          uploadedById: unit.id,
          unitId: unit.unitId,
          uploadedAt: ago(age),
          caption: name,
          fileName: `${name}.pdf`,
          mime: 'application/pdf',
          kind: 'pdf',
          size: 20,
          sha256: sha[name]!,
          ...to,
        },
        select: { id: true },
      })
    ).id;
  };
  await row('staged-40-days', 40 * DAY); // never sent: expires, and its bytes go with it
  await row('staged-2-days', 2 * DAY); // still waiting to be sent: stays
  await row('sent-40-days', 40 * DAY, { updateId: update.id }); // sent with an update: stays
  // Bytes only a published report names (its update's row gone since): stay.
  sha.report = await stored('in a report', 90 * DAY);
  const office = await prisma.user.findUniqueOrThrow({ where: { username: 'duchashi' }, select: { id: true } });
  await prisma.reportSnapshot.create({
    data: {
      planYearId: task.planYearId,
      periodKind: 'H1',
      asOf: new Date('2023-06-30'),
      title: '上半年',
      model: JSON.stringify({ evidence: [{ sha256: sha.report, screenSha256: null, thumbSha256: null }] }),
      plan: '{}',
      docx: Buffer.from('d'),
      docxSha256: 'd',
      xlsx: Buffer.from('x'),
      xlsxSha256: 'x',
      publishedById: office.id,
    },
  });
  sha.unnamedOld = await stored('removed by its unit long ago', 3 * DAY); // nothing names it: goes
  sha.unnamedNew = await stored('an upload a moment ago, its row not yet written', 60_000); // within the grace: stays
  // Old bytes stored again by an upload now (its row about to be written): touched, so they stay.
  sha.again = await stored('uploaded again', 5 * DAY);
  expect(await store.put(bytes('uploaded again'))).toBe(sha.again);
  // A write cut short, long ago.
  tmpFile = `${store.pathOf(sha.unnamedOld)}.0b7c5a3e-1d2f-4c4b-9a7e-2f1e8d6c5b4a.tmp`;
  mkdirSync(path.dirname(tmpFile), { recursive: true });
  writeFileSync(tmpFile, 'half');
  utimesSync(tmpFile, ago(2 * DAY), ago(2 * DAY));
});

const exists = (name: string) => existsSync(store.pathOf(sha[name]!));

describe('npm run files:prune', () => {
  it('without --apply: says what it would remove, and removes nothing', async () => {
    const rows = await prisma.evidence.count();
    const r = await prune(prisma, store.dir, { apply: false, now });
    expect(r.staged.map((e) => e.caption)).toEqual(['staged-40-days']);
    expect(r.files.map((f) => f.name).sort()).toEqual([sha['staged-40-days'], sha.unnamedOld, path.basename(tmpFile)].sort());
    expect(await prisma.evidence.count()).toBe(rows);
    expect(['staged-40-days', 'unnamedOld'].every(exists)).toBe(true);
    expect(existsSync(tmpFile)).toBe(true);
  });

  it('with --apply: the expired staged file’s row (audited) and the bytes nothing names; every named or recent file stays', async () => {
    const r = await prune(prisma, store.dir, { apply: true, now });
    expect(r.staged.map((e) => e.id)).toEqual([ids['staged-40-days']]);
    expect(await prisma.evidence.findUnique({ where: { id: ids['staged-40-days']! } })).toBeNull();
    const audited = await prisma.auditEvent.findFirstOrThrow({ where: { action: 'evidence.removed', entityId: String(ids['staged-40-days']) } });
    expect(audited.actorId).toBeNull();
    expect(JSON.parse(audited.after!)).toEqual({ reason: 'staged_expired', stagedDays: 30 });
    expect(JSON.parse(audited.before!)).toMatchObject({ caption: 'staged-40-days', sha256: sha['staged-40-days'] });
    expect([exists('staged-40-days'), exists('unnamedOld'), existsSync(tmpFile)]).toEqual([false, false, false]);
    expect(['staged-2-days', 'sent-40-days', 'report', 'unnamedNew', 'again'].filter((n) => !exists(n))).toEqual([]);
    expect(await prisma.evidence.count({ where: { id: { in: [ids['staged-2-days']!, ids['sent-40-days']!] } } })).toBe(2);
    // A second run finds nothing more.
    expect(await prune(prisma, store.dir, { apply: true, now })).toEqual({ staged: [], files: [] });
  });

  it('shorter days and hours from the command line; a bad number is refused', async () => {
    const { main } = await import('@/scripts/files');
    await expect(main(['prune', '--staged-days', 'x'])).rejects.toThrow(/--staged-days/);
    const said: string[] = [];
    await main(['prune', '--staged-days', '1', '--grace-hours', '0'], (s) => said.push(s));
    expect(said[0]).toBe('[files] staged files not sent within 1 days: 1 would remove (run with --apply to remove)');
    expect(said[1]).toContain('staged-2-days');
    // Untouched for 0 hours: all bytes nothing names now (the two uploads without a row), and those of staged-2-days were it removed.
    expect(said[2]).toMatch(/^\[files\] stored files nothing names, untouched for 0 hours: 3 \(0\.0 MB\) would remove/);
    expect(exists('staged-2-days')).toBe(true);
  });
});
