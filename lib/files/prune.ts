// The evidence store's clean-up (`npm run files:prune`, scripts/files.ts): staged files never sent
// (their rows, after PRUNE.stagedDays: they count toward the unit's quota and the files per
// submission), then the bytes no file row and no published report name any more — a file a unit
// removed, a staged file expired, a file refused after its bytes were stored — once untouched for
// PRUNE.graceHours. Without `apply` it only says what it would remove. No request, no session, no
// 'server-only': a command for cron or an operator, on SQLite or PostgreSQL.
import { readdir, stat, unlink } from 'node:fs/promises';
import path from 'node:path';
import type { PrismaClient } from '@/lib/generated/prisma/client';
import { writeTransaction } from '@/lib/prisma';
import { audit } from '@/lib/audit';
import { PRUNE, STAGED, stagedExpired, unnamedPrunable } from '@/lib/domain/evidence';
import type { ReportModel } from '@/lib/domain/report';

export type PruneOptions = { apply: boolean; now: Date; stagedDays?: number; graceHours?: number };
export type PruneResult = {
  /** Staged files never sent, past their time: removed (or to be). */
  staged: { id: number; caption: string; fileName: string; uploadedAt: Date }[];
  /** Stored files nothing names, past the grace period: removed (or to be). */
  files: { name: string; size: number }[];
};

const HASH_FILE = /^[0-9a-f]{64}$/;
const TEMP_FILE = /^[0-9a-f]{64}\.[0-9a-f-]{36}\.tmp$/; // a write cut short (LocalFileStore.put)

/**
 * Every file in the store's two levels of folders (ab/cd/abcd…), with its size and last change, each
 * read as the walk reaches it: the caller decides on it at once, so an upload that stored the same
 * bytes while the walk ran (touching them) is seen.
 */
async function* storedFiles(dir: string): AsyncGenerator<{ name: string; file: string; size: number; touched: Date }> {
  const list = (d: string) => readdir(d, { withFileTypes: true }).catch(() => []);
  for (const a of await list(dir))
    if (a.isDirectory() && /^[0-9a-f]{2}$/.test(a.name))
      for (const b of await list(path.join(dir, a.name)))
        if (b.isDirectory() && /^[0-9a-f]{2}$/.test(b.name))
          for (const f of await list(path.join(dir, a.name, b.name))) {
            if (!f.isFile() || !(HASH_FILE.test(f.name) || TEMP_FILE.test(f.name))) continue;
            const file = path.join(dir, a.name, b.name, f.name);
            const s = await stat(file).catch(() => null);
            if (s) yield { name: f.name, file, size: s.size, touched: s.mtime };
          }
}

/** The hashes the file rows (but `except`) and the published reports name. */
async function namedHashes(client: PrismaClient, except: Set<number>): Promise<Set<string>> {
  const [rows, snapshots] = await Promise.all([
    client.evidence.findMany({ select: { id: true, sha256: true, screenSha256: true, thumbSha256: true } }),
    client.reportSnapshot.findMany({ select: { model: true } }),
  ]);
  const named = new Set<string>();
  const add = (...hashes: (string | null)[]) => hashes.forEach((h) => h && named.add(h));
  for (const r of rows) if (!except.has(r.id)) add(r.sha256, r.screenSha256, r.thumbSha256);
  for (const s of snapshots) for (const e of (JSON.parse(s.model) as ReportModel).evidence ?? []) add(e.sha256, e.screenSha256, e.thumbSha256);
  return named;
}

export async function pruneEvidence(client: PrismaClient, dir: string, opts: PruneOptions): Promise<PruneResult> {
  const stagedDays = opts.stagedDays ?? PRUNE.stagedDays;
  const graceHours = opts.graceHours ?? PRUNE.graceHours;
  // Every staged file (few: at most the files per submission per user and task), judged by the one rule.
  const candidates = await client.evidence.findMany({
    where: STAGED,
    select: { id: true, caption: true, fileName: true, uploadedAt: true, taskId: true, sha256: true },
    orderBy: { id: 'asc' },
  });
  const staged = candidates.filter((e) => stagedExpired(e.uploadedAt, opts.now, stagedDays));
  if (opts.apply && staged.length > 0)
    await writeTransaction(async (tx) => {
      for (const e of staged) {
        // Still staged at this moment (not sent since it was listed): else it stays.
        const gone = await tx.evidence.deleteMany({ where: { id: e.id, ...STAGED } });
        if (gone.count === 0) continue;
        await audit(tx, {
          actorId: null,
          action: 'evidence.removed',
          entityType: 'Evidence',
          entityId: e.id,
          taskId: e.taskId,
          before: { caption: e.caption, fileName: e.fileName, sha256: e.sha256 },
          after: { reason: 'staged_expired', stagedDays },
        });
      }
    }, client);

  const named = await namedHashes(client, new Set(staged.map((e) => e.id)));
  const files: PruneResult['files'] = [];
  for await (const f of storedFiles(dir)) {
    if (HASH_FILE.test(f.name) && named.has(f.name)) continue;
    if (!unnamedPrunable(f.touched, opts.now, graceHours)) continue;
    if (opts.apply) await unlink(f.file).catch(() => {});
    files.push({ name: f.name, size: f.size });
  }
  return { staged: staged.map(({ id, caption, fileName, uploadedAt }) => ({ id, caption, fileName, uploadedAt })), files };
}
