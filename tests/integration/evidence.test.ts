// 佐证材料 end to end on a real database and a real file store: upload through the route (content
// checked, limits, nothing written on refusal), attach with an update, approve, publish the file,
// and who may read each version at each stage — anonymous, another unit, a leader, the task's unit,
// the office — with the office's opening of an original audited.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { migrateAndSeed, tempDatabaseEnv } from '@/tests/helpers/db';
import { docx, jpegWithGps, minimalPdf } from '@/tests/helpers/evidence-fixtures';
import type { Actor } from '@/lib/auth/policy';
import sharp from 'sharp';
import { docxParagraphs, docxTables, docxXml, readWorkbook } from '@/tests/helpers/office';

const file = tempDatabaseEnv({ APP_TODAY: '2023-10-08' });
const session = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock('@/lib/auth/session', () => ({ getSession: async () => session.actor }));
vi.mock('next/cache', () => ({ revalidatePath: () => {} }));
// Forms posted as React posts them when JavaScript runs (the Next-Action header): the action answers with its result.
vi.mock('next/headers', async () => (await import('../helpers/action-request')).scriptedPost());

let prisma: typeof import('@/lib/prisma').prisma;
let POST: (r: Request) => Promise<Response>;
let GET: (r: Request, c: { params: Promise<{ id: string; variant: string }> }) => Promise<Response>;
let updates: typeof import('@/lib/actions/updates');
let signSeenPending: (taskId: number, id: number) => string;
const who: Record<'office' | 'leader' | 'unit' | 'other', Actor> = {} as never;
let task: { id: number; version: number };
const HOST = 'ms.example.test';

beforeAll(async () => {
  await migrateAndSeed(file, { demoUsers: true });
  prisma = (await import('@/lib/prisma')).prisma;
  ({ POST } = await import('@/app/evidence/upload/route'));
  ({ GET } = await import('@/app/evidence/[id]/[variant]/route'));
  updates = await import('@/lib/actions/updates');
  ({ signSeenPending } = await import('@/lib/auth/form-token'));
  const select = { id: true, role: true, unitId: true, displayName: true, username: true } as const;
  for (const [k, u] of Object.entries({ office: 'duchashi', leader: 'lingdao', unit: 'mzj', other: 'clh' }))
    who[k as keyof typeof who] = await prisma.user.findUniqueOrThrow({ where: { username: u }, select });
  // Task 16 (区民政局's): the unit's own task.
  task = await prisma.task.findFirstOrThrow({ where: { number: 16, planYear: { year: 2023 } }, select: { id: true, version: true } });
});

/** The update form's upload as the browser sends it, with its length. */
async function uploadRequest(bytes: Buffer, name: string, caption = '施工现场', headers: Record<string, string> = {}) {
  const fd = new FormData();
  fd.set('taskId', String(task.id));
  fd.set('caption', caption);
  fd.set('file', new File([new Uint8Array(bytes)], name));
  const body = new Response(fd);
  const buf = await body.arrayBuffer();
  return new Request(`http://${HOST}/evidence/upload`, {
    method: 'POST',
    body: buf,
    headers: {
      'content-type': body.headers.get('content-type')!,
      'content-length': String(buf.byteLength),
      host: HOST,
      origin: `http://${HOST}`,
      'sec-fetch-site': 'same-origin',
      ...headers,
    },
  });
}

async function upload(as: Actor | null, bytes: Buffer, name: string, caption = '施工现场', headers: Record<string, string> = {}) {
  session.actor = as;
  const res = await POST(await uploadRequest(bytes, name, caption, headers));
  return {
    status: res.status,
    answer: ((await res.json()) as { answer: { status: string; message: string; errors?: Record<string, string[]>; evidence?: { id: number } } }).answer,
  };
}

async function fetchAs(as: Actor | null, id: number, variant: string) {
  session.actor = as;
  const res = await GET(new Request(`http://${HOST}/evidence/${id}/${variant}`), { params: Promise.resolve({ id: String(id), variant }) });
  return res;
}
/** Who gets the file (one caller at a time: the session is one shared mock). */
async function readable(id: number, variant: string) {
  const out: Record<string, boolean> = {};
  for (const [k, a] of [['anonymous', null], ...Object.entries(who)] as [string, Actor | null][]) out[k] = (await fetchAs(a, id, variant)).status === 200;
  return out;
}

function updateForm(extra: Record<string, string>) {
  const fd = new FormData();
  const fields = {
    asOf: '2023-09-30',
    narrative: '完成安装并验收',
    baseVersion: String(task.version),
    seenPendingId: '0',
    seenToken: signSeenPending(task.id, 0),
    ...extra,
  };
  for (const [k, v] of Object.entries(fields)) fd.set(k, v);
  return fd;
}

describe('uploading evidence', () => {
  it('refuses by content with the message beside the field, and writes nothing', async () => {
    const before = await prisma.evidence.count();
    const html = await upload(who.unit, Buffer.from('<!doctype html><script>alert(1)</script>'), 'photo.jpg');
    expect(html.answer).toMatchObject({ status: 'error', errors: { file: [expect.stringContaining('按文件内容判断')] }, values: { caption: '施工现场' } });
    const noCaption = await upload(who.unit, minimalPdf(), '验收单.pdf', '  ');
    expect(noCaption.answer.errors).toEqual({ caption: [expect.stringContaining('说明')] });
    expect((await upload(who.other, minimalPdf(), '验收单.pdf')).answer.message).toBe('您没有权限进行此操作。');
    expect((await upload(null, minimalPdf(), '验收单.pdf')).answer.message).toBe('登录已失效，本页填写的内容仍在。请在新窗口登录，再回到本页提交。');
    expect((await upload(who.unit, minimalPdf(), '验收单.pdf', 'x', { origin: 'http://evil.example' })).status).toBe(403);
    expect(await prisma.evidence.count()).toBe(before);
    expect(await prisma.auditEvent.count({ where: { action: 'evidence.uploaded' } })).toBe(0);
  });

  it('a caller who may send no file (signed out, a leader) is refused before the body is read: no megabytes parsed for them', async () => {
    // Had been read whole and parsed (up to the route's 200 MB) before the step asked who was sending.
    const big = Buffer.alloc(5 * 1024 * 1024, 7);
    for (const [as, status, message] of [
      [null, 401, '登录已失效，本页填写的内容仍在。请在新窗口登录，再回到本页提交。'],
      [who.leader, 403, '您没有权限进行此操作。'],
      [{ ...who.unit!, mustChangePassword: true }, 403, '您没有权限进行此操作。'],
    ] as const) {
      session.actor = as;
      const request = await uploadRequest(big, '照片.jpg');
      const res = await POST(request);
      expect([res.status, ((await res.json()) as { answer: { message: string } }).answer.message]).toEqual([status, message]);
      expect(request.bodyUsed).toBe(false);
    }
    // A unit's post is read, then judged on the task (another unit's: refused after reading, as the step does).
    session.actor = who.other;
    const read = await uploadRequest(minimalPdf(), '验收单.pdf');
    expect((await POST(read)).status).toBe(200);
    expect(read.bodyUsed).toBe(true);
  });

  it('enforces files per submission and the unit quota from the settings', async () => {
    await prisma.setting.createMany({ data: [{ key: 'evidenceMaxFiles', value: '1' }] });
    try {
      const first = await upload(who.unit, minimalPdf(), 'a.pdf');
      expect(first.answer.status).toBe('ok');
      expect((await upload(who.unit, minimalPdf(), 'b.pdf')).answer.errors).toEqual({ file: ['每次报送最多附1个文件。'] });
      await prisma.evidence.delete({ where: { id: first.answer.evidence!.id } });
      await prisma.setting.update({ where: { key: 'evidenceMaxFiles' }, data: { value: '9' } });
      await prisma.setting.create({ data: { key: 'evidenceUnitQuotaMb', value: '0' } });
      expect((await upload(who.unit, minimalPdf(), 'c.pdf')).answer.errors?.file?.[0]).toContain('总容量');
    } finally {
      await prisma.setting.deleteMany({ where: { key: { in: ['evidenceMaxFiles', 'evidenceUnitQuotaMb'] } } });
    }
  });
});

describe('evidence with an update, through review and publication', () => {
  let photo: number;
  let pdf: number;
  let doc: number;

  it('stores the bytes by hash, keeps GPS only in the original, and stages the files for their uploader and the office', async () => {
    const original = await jpegWithGps();
    const up = await upload(who.unit, original, 'IMG_0001.jpg', '智能设备安装现场');
    expect(up.answer.status).toBe('ok');
    photo = up.answer.evidence!.id;
    pdf = (await upload(who.unit, minimalPdf(), '验收单.pdf', '验收单')).answer.evidence!.id;
    doc = (await upload(who.unit, await docx(), '安装名单.docx', '安装名单')).answer.evidence!.id;
    const row = await prisma.evidence.findUniqueOrThrow({ where: { id: photo } });
    expect(row).toMatchObject({ kind: 'image', mime: 'image/jpeg', updateId: null, unitId: who.unit.unitId });
    const { filesDir, LocalFileStore } = await import('@/lib/files/store');
    expect(existsSync(new LocalFileStore(filesDir()).pathOf(row.sha256))).toBe(true);
    // The original as sent; the screen version re-encoded without EXIF.
    expect(Buffer.from(await (await fetchAs(who.unit, photo, 'original')).arrayBuffer()).equals(original)).toBe(true);
    const screen = Buffer.from(await (await fetchAs(who.unit, photo, 'screen')).arrayBuffer());
    expect((await sharp(screen).metadata()).exif).toBeUndefined();
    // Staged: the uploader and the office only.
    expect(await readable(photo, 'thumb')).toEqual({ anonymous: false, office: true, leader: false, unit: true, other: false });
  });

  it('attaches the staged files to the submitted update; an id not staged by the caller refuses the whole update', async () => {
    // Another user's staged file on the same task (the office's), and an id that does not exist.
    const officeFile = (await upload(who.office, minimalPdf(), '督查记录.pdf', '督查记录')).answer.evidence!.id;
    session.actor = who.unit;
    for (const other of [officeFile, 999999]) {
      const bad = await updates.submitUpdate(task.id, { status: 'idle' }, updateForm({ evidenceIds: `${photo},${other}` }));
      expect(bad).toMatchObject({ status: 'error', errors: { evidence: [expect.stringContaining('重新上传')] } });
    }
    expect(await prisma.progressUpdate.count({ where: { taskId: task.id, status: 'PENDING' } })).toBe(0);
    expect(await prisma.evidence.findUniqueOrThrow({ where: { id: officeFile }, select: { updateId: true } })).toEqual({ updateId: null });
    const ok = await updates.submitUpdate(task.id, { status: 'idle' }, updateForm({ evidenceIds: `${photo},${pdf},${doc}` }));
    expect(ok).toMatchObject({ status: 'ok' });
    const u = await prisma.progressUpdate.findFirstOrThrow({
      where: { taskId: task.id, status: 'PENDING' },
      select: { id: true, evidence: { select: { id: true } } },
    });
    expect(u.evidence.map((e) => e.id).sort((a, b) => a - b)).toEqual([photo, pdf, doc].sort((a, b) => a - b));
  });

  it('pending: the office, leaders and the task unit see it; the original image only the office and the unit; visitors and other units nothing', async () => {
    expect(await readable(photo, 'thumb')).toEqual({ anonymous: false, office: true, leader: true, unit: true, other: false });
    expect(await readable(photo, 'original')).toEqual({ anonymous: false, office: true, leader: false, unit: true, other: false });
    expect(await readable(pdf, 'original')).toEqual({ anonymous: false, office: true, leader: true, unit: true, other: false });
    // A document has no screen version or thumbnail.
    expect((await fetchAs(who.office, pdf, 'thumb')).status).toBe(404);
  });

  it('serves documents as downloads with their detected type, never sniffed, sandboxed; and audits the office opening an original', async () => {
    const before = await prisma.auditEvent.count({ where: { action: 'evidence.viewed' } });
    const res = await fetchAs(who.office, pdf, 'original');
    expect(res.headers.get('content-type')).toBe('application/pdf');
    expect(res.headers.get('content-disposition')).toBe(`attachment; filename*=UTF-8''${encodeURIComponent('验收单.pdf')}`);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('content-security-policy')).toContain('sandbox');
    expect((await fetchAs(who.office, photo, 'screen')).headers.get('content-disposition')).toMatch(/^inline/);
    expect(await prisma.auditEvent.count({ where: { action: 'evidence.viewed' } })).toBe(before + 1);
    expect(await prisma.auditEvent.count({ where: { action: 'evidence.uploaded' } })).toBeGreaterThanOrEqual(3);
  });

  it('approved and marked public: visitors see the photo without metadata and the document; never the original image', async () => {
    const { setEvidencePublic } = await import('@/lib/actions/evidence');
    const publish = (id: number) => {
      session.actor = who.office;
      const fd = new FormData();
      fd.set('public', '1');
      return setEvidencePublic(id, { status: 'idle' }, fd);
    };
    // Not while the update is pending.
    expect(await publish(photo)).toMatchObject({ status: 'error', message: '只有审核通过的报送所附材料才能公开。' });
    await prisma.progressUpdate.updateMany({ where: { taskId: task.id, status: 'PENDING' }, data: { status: 'APPROVED' } });
    expect(await readable(photo, 'screen')).toMatchObject({ anonymous: false, other: false });
    for (const id of [photo, pdf]) expect(await publish(id)).toMatchObject({ status: 'ok' });
    expect(await prisma.auditEvent.count({ where: { action: 'evidence.published' } })).toBe(2);
    expect(await readable(photo, 'screen')).toEqual({ anonymous: true, office: true, leader: true, unit: true, other: true });
    expect(await readable(photo, 'original')).toEqual({ anonymous: false, office: true, leader: false, unit: true, other: false });
    expect(await readable(pdf, 'original')).toMatchObject({ anonymous: true });
    expect(await readable(doc, 'original')).toMatchObject({ anonymous: false, other: false });
  });

  it('a unit removes what nobody has decided on yet, never a file of a reviewed update; each removal audited', async () => {
    const { removeEvidence } = await import('@/lib/actions/evidence');
    const remove = (as: Actor, id: number) => {
      session.actor = as;
      return removeEvidence(id, { status: 'idle' }, new FormData());
    };
    const staged = (await upload(who.unit, minimalPdf(), '多传的.pdf', '多传的')).answer.evidence!.id;
    expect(await remove(who.other, staged)).toMatchObject({ status: 'error', message: '您没有权限进行此操作。' });
    expect(await remove(who.office, staged)).toMatchObject({ status: 'error', message: '您没有权限进行此操作。' });
    expect(await remove(who.unit, staged)).toMatchObject({ status: 'ok' });
    expect(await prisma.evidence.count({ where: { id: staged } })).toBe(0);
    // The approved update's document stays.
    expect(await remove(who.unit, doc)).toMatchObject({ status: 'error', message: '该报送已审核，所附材料不能再移除。' });
    expect(await prisma.evidence.count({ where: { id: doc } })).toBe(1);
    expect(await prisma.auditEvent.count({ where: { action: 'evidence.removed' } })).toBe(1);
  });

  it('flags on the review card a figure that moved a lot with no evidence, and not the same figure with evidence', async () => {
    const { getReviewQueue } = await import('@/lib/data/review');
    const { field } = await import('@/lib/validation/update-fields');
    const t = await prisma.task.findUniqueOrThrow({ where: { id: task.id }, select: { version: true, indicators: { select: { id: true, name: true } } } });
    const ind = t.indicators[0]!;
    const pendingId = async () =>
      (await prisma.progressUpdate.findFirst({ where: { taskId: task.id, status: 'PENDING' }, orderBy: { id: 'desc' }, select: { id: true } }))?.id ?? 0;
    const submit = async (extra: Record<string, string>) => {
      session.actor = who.unit;
      const seenId = await pendingId();
      const r = await updates.submitUpdate(
        task.id,
        { status: 'idle' },
        updateForm({
          baseVersion: String(t.version),
          seenPendingId: String(seenId),
          seenToken: signSeenPending(task.id, seenId),
          [field.value(ind.id)]: '280',
          ...extra,
        }),
      );
      expect(r).toMatchObject({ status: 'ok' });
    };
    const card = async () => {
      const id = await pendingId();
      session.actor = who.office;
      return (await getReviewQueue())!.find((u) => u.id === id)!;
    };
    // 197 → 280 against a target of 280: 29.6 points, over the 20-point setting.
    await submit({});
    expect((await card()).unevidenced).toEqual([ind.name]);
    const proof = (await upload(who.unit, minimalPdf(), '安装清单.pdf', '安装清单')).answer.evidence!.id;
    await submit({ evidenceIds: String(proof) });
    expect((await card()).unevidenced).toEqual([]);
    // While that update waits for review, its unit may still take the file back.
    const { removeEvidence } = await import('@/lib/actions/evidence');
    session.actor = who.unit;
    expect(await removeEvidence(proof, { status: 'idle' }, new FormData())).toMatchObject({ status: 'ok' });
    expect((await card()).evidence).toEqual([]);
  });

  it('answers 404 alike for a missing file, a bad id and a bad variant', async () => {
    for (const [id, v] of [
      [999999, 'original'],
      [photo, 'exif'],
    ] as const)
      expect((await fetchAs(who.office, id, v)).status).toBe(404);
    session.actor = who.office;
    expect((await GET(new Request(`http://${HOST}/evidence/x/original`), { params: Promise.resolve({ id: 'x', variant: 'original' }) })).status).toBe(404);
  });
});

describe('a published report keeps its evidence', () => {
  type Ctx = { params: Promise<{ id: string; n: string; variant: string }> };
  let snapshotGET: (r: Request, c: Ctx) => Promise<Response>;
  let snapshotId: number;
  const fetchFrozen = async (as: Actor | null, n: number, variant: string) => {
    session.actor = as;
    const params = Promise.resolve({ id: String(snapshotId), n: String(n), variant });
    return snapshotGET(new Request(`http://${HOST}/reports/${snapshotId}/evidence/${n}/${variant}`), { params });
  };
  const sha = async (res: Response) =>
    createHash('sha256')
      .update(new Uint8Array(await res.arrayBuffer()))
      .digest('hex');

  beforeAll(async () => {
    ({ GET: snapshotGET } = await import('@/app/reports/[id]/evidence/[n]/[variant]/route'));
    const { publishReport } = await import('@/lib/actions/reports');
    session.actor = who.office;
    const fd = new FormData();
    for (const [k, v] of Object.entries({ year: '2023', period: 'DATE', asOf: '2023-10-08' })) fd.set(k, v);
    await publishReport({ status: 'idle' }, fd).catch((e: unknown) => {
      if (!String((e as { digest?: string }).digest ?? '').startsWith('NEXT_REDIRECT')) throw e;
    });
    snapshotId = (await prisma.reportSnapshot.findFirstOrThrow({ orderBy: { id: 'desc' }, select: { id: true } })).id;
  });

  it('freezes the files of the approved updates it used, by hash, and lists them in the Word and Excel files', async () => {
    const row = await prisma.reportSnapshot.findUniqueOrThrow({ where: { id: snapshotId }, select: { model: true, docx: true, xlsx: true } });
    const model = JSON.parse(row.model) as import('@/lib/domain/report').ReportModel;
    const approved = await prisma.evidence.findMany({
      where: { update: { status: 'APPROVED' } },
      orderBy: { id: 'asc' },
      select: { caption: true, sha256: true, fileName: true, kind: true },
    });
    expect(approved.map((e) => e.caption)).toEqual(['智能设备安装现场', '验收单', '安装名单']);
    expect(
      model.evidence!.map((e) => ({
        caption: e.caption,
        sha256: e.sha256,
        fileName: e.fileName,
        kind: e.kind,
        taskNumber: e.taskNumber,
        updateAsOf: e.updateAsOf,
      })),
    ).toEqual(approved.map((e) => ({ ...e, taskNumber: 16, updateAsOf: '2023-09-30' })));
    expect(model.letterhead!.attachments).toEqual([expect.stringContaining('一览表'), '佐证材料清单']);
    const xml = await docxXml(row.docx);
    expect(docxParagraphs(xml)).toEqual(expect.arrayContaining(['附件1', '附件2', '佐证材料清单']));
    const list = docxTables(xml).at(-1)!;
    expect(list[0]).toEqual(['序号', '任务序号', '材料说明', '文件名', '类型', '大小', '报送截至', 'SHA-256校验码']);
    expect(list.slice(1).map((r) => [r[0], r[1], r[2], r[4], r[6], r[7]])).toEqual(
      approved.map((e, i) => [String(i + 1), '16', e.caption, { image: '照片', pdf: 'PDF', document: '文档' }[e.kind], '2023年9月30日', e.sha256]),
    );
    const sheet = (await readWorkbook(row.xlsx)).getWorksheet('佐证材料')!;
    expect([3, 4, 5].map((r) => sheet.getRow(r).getCell(8).value)).toEqual(approved.map((e) => e.sha256));
  });

  it('serves each frozen file to report readers only; an image’s original only to the office, audited', async () => {
    const who4 = [null, who.office, who.leader, who.unit] as const;
    // One caller at a time: the session is one shared mock.
    const codes = async (n: number, variant: string) => {
      const out: number[] = [];
      for (const a of who4) out.push((await fetchFrozen(a, n, variant)).status);
      return out;
    };
    expect(await codes(1, 'original')).toEqual([404, 200, 404, 404]);
    expect(await codes(1, 'screen')).toEqual([404, 200, 200, 404]);
    expect(await codes(2, 'original')).toEqual([404, 200, 200, 404]);
    expect(await codes(2, 'thumb')).toEqual([404, 404, 404, 404]); // a document has no thumbnail
    for (const [n, v] of [
      ['0', 'original'],
      ['4', 'original'],
      ['1', 'exif'],
      ['x', 'thumb'],
    ] as const) {
      session.actor = who.office;
      const params = Promise.resolve({ id: String(snapshotId), n, variant: v });
      expect((await snapshotGET(new Request(`http://${HOST}/`), { params })).status).toBe(404);
    }
    const before = await prisma.auditEvent.count({ where: { action: 'evidence.viewed', entityType: 'ReportSnapshot' } });
    const res = await fetchFrozen(who.office, 2, 'original');
    expect([res.headers.get('content-disposition'), res.headers.get('x-content-type-options')]).toEqual([
      `attachment; filename*=UTF-8''${encodeURIComponent('验收单.pdf')}`,
      'nosniff',
    ]);
    expect(await prisma.auditEvent.count({ where: { action: 'evidence.viewed', entityType: 'ReportSnapshot' } })).toBe(before + 1);
  });

  it('still serves the same bytes after the update’s files are gone (a task removed from the plan takes its rows with it)', async () => {
    const frozen = (
      JSON.parse((await prisma.reportSnapshot.findUniqueOrThrow({ where: { id: snapshotId }, select: { model: true } })).model) as {
        evidence: { sha256: string; screenSha256: string | null }[];
      }
    ).evidence;
    await prisma.evidence.deleteMany({ where: { update: { status: 'APPROVED' } } });
    expect(await sha(await fetchFrozen(who.office, 1, 'original'))).toBe(frozen[0]!.sha256);
    expect(await sha(await fetchFrozen(who.leader, 1, 'screen'))).toBe(frozen[0]!.screenSha256);
    expect(await sha(await fetchFrozen(who.leader, 3, 'original'))).toBe(frozen[2]!.sha256);
  });
});

describe('佐证材料 with 督办件', () => {
  let noticeId: number;
  let officeFile: number;
  let answerPhoto: number;
  const form = (o: Record<string, string | string[]>) => {
    const fd = new FormData();
    for (const [k, v] of Object.entries(o)) for (const x of Array.isArray(v) ? v : [v]) fd.append(k, x);
    return fd;
  };
  const view = async (as: Actor | null) => {
    const { noticesWhere } = await import('@/lib/data/notices');
    session.actor = as;
    return (await noticesWhere({ id: noticeId }, as, '2023-10-08'))[0]!;
  };

  it('the office sends files with a notice; they are shown under its requirement to those who see the task’s evidence', async () => {
    const { issueNotice } = await import('@/lib/actions/notices');
    officeFile = (await upload(who.office, minimalPdf(), '整改通知.pdf', '现场检查记录')).answer.evidence!.id;
    session.actor = who.office;
    const mzjUnit = who.unit.unitId!;
    const fields = { recipients: String(mzjUnit), level: 'DUBAN', reason: '进度滞后', requiredAction: '10月底前报送整改情况', dueDate: '2023-10-31' };
    // An id the office did not stage refuses the notice; nothing is issued.
    const before = await prisma.supervisionNotice.count();
    expect(await issueNotice(task.id, { status: 'idle' }, form({ ...fields, evidenceIds: `${officeFile},${answerPhoto ?? 999999}` }))).toMatchObject({
      status: 'error',
      errors: { evidence: [expect.stringContaining('重新上传')] },
      values: expect.objectContaining({ reason: '进度滞后' }),
    });
    expect(await prisma.supervisionNotice.count()).toBe(before);
    expect(await issueNotice(task.id, { status: 'idle' }, form({ ...fields, evidenceIds: String(officeFile) }))).toMatchObject({ status: 'ok' });
    noticeId = (await prisma.supervisionNotice.findFirstOrThrow({ orderBy: { id: 'desc' }, select: { id: true } })).id;
    expect((await view(who.unit)).events[0]!.evidence.map((e) => e.caption)).toEqual(['现场检查记录']);
    expect((await view(who.leader)).events[0]!.evidence).toHaveLength(1);
    expect((await view(who.other)).events[0]!.evidence).toEqual([]);
    expect(await readable(officeFile, 'original')).toEqual({ anonymous: false, office: true, leader: true, unit: true, other: false });
  });

  it('a unit answers with a photo; it shows under the answer and in the 办理过程; it stays (no removal), never public', async () => {
    const { answerNotice } = await import('@/lib/actions/notices');
    const { removeEvidence } = await import('@/lib/actions/evidence');
    answerPhoto = (
      await upload(
        who.unit,
        await sharp({ create: { width: 40, height: 30, channels: 3, background: '#3a6' } })
          .jpeg()
          .toBuffer(),
        'zg.jpg',
        '整改后现场',
      )
    ).answer.evidence!.id;
    session.actor = who.unit;
    // The office's file is not the unit's to send.
    expect(await answerNotice(noticeId, { status: 'idle' }, form({ text: '已整改', evidenceIds: `${answerPhoto},${officeFile}` }))).toMatchObject({
      status: 'error',
      errors: { evidence: [expect.stringContaining('重新上传')] },
    });
    expect((await view(who.office)).parts[0]!.status).toBe('OPEN');
    session.actor = who.unit;
    expect(await answerNotice(noticeId, { status: 'idle' }, form({ text: '已整改', evidenceIds: String(answerPhoto) }))).toMatchObject({ status: 'ok' });
    const seen = await view(who.office);
    expect(seen.parts[0]).toMatchObject({
      status: 'ANSWERED',
      answerEvidence: [expect.objectContaining({ id: answerPhoto, caption: '整改后现场', kind: 'image' })],
    });
    expect(seen.events.map((e) => [e.kind, e.evidence.map((x) => x.id)])).toEqual([
      ['ISSUED', [officeFile]],
      ['ANSWERED', [answerPhoto]],
    ]);
    expect((await view(who.other)).parts[0]!.answerEvidence).toEqual([]);
    expect(await readable(answerPhoto, 'thumb')).toEqual({ anonymous: false, office: true, leader: true, unit: true, other: false });
    expect(await readable(answerPhoto, 'original')).toEqual({ anonymous: false, office: true, leader: false, unit: true, other: false });
    session.actor = who.unit;
    expect(await removeEvidence(answerPhoto, { status: 'idle' }, new FormData())).toMatchObject({
      status: 'error',
      message: '该材料已随督办件提交，不能再移除。',
    });
    expect(await prisma.evidence.count({ where: { id: { in: [answerPhoto, officeFile] } } })).toBe(2);
    const audit = await prisma.auditEvent.findFirstOrThrow({ where: { action: 'notice.answer', entityId: String(noticeId) }, select: { after: true } });
    expect(JSON.parse(audit.after!)).toMatchObject({ evidenceIds: [answerPhoto] });
  });
});

describe('without JavaScript the file goes with the form itself', () => {
  // The picker's fields as a browser without JavaScript posts them: the caption, the chosen file,
  // and the photo field left empty (a part with no name and no bytes).
  const withFile = (fd: FormData, file: File | null, caption: string) => {
    fd.set('evidenceCaption', caption);
    if (file) fd.append('evidenceFile', file);
    fd.append('evidenceFile', new File([], ''));
    fd.append('evidenceFile', new File([], 'blob')); // as React's fetch re-sends an empty file field
    return fd;
  };
  const pdfFile = () => new File([new Uint8Array(minimalPdf())], '无脚本验收单.pdf');

  it('an update: stored with its file attached; a disguised file or no caption refuses the whole update, and nothing is written', async () => {
    session.actor = who.unit;
    const pending = await prisma.progressUpdate.findFirst({ where: { taskId: task.id, status: 'PENDING' }, orderBy: { id: 'desc' }, select: { id: true } });
    const { version } = await prisma.task.findUniqueOrThrow({ where: { id: task.id }, select: { version: true } });
    const seen = pending?.id ?? 0;
    const form = (file: File | null, caption: string) =>
      withFile(
        updateForm({ baseVersion: String(version), seenPendingId: String(seen), seenToken: signSeenPending(task.id, seen), narrative: '无脚本报送附验收单' }),
        file,
        caption,
      );
    const files = await prisma.evidence.count();
    const disguised = await updates.submitUpdate(
      task.id,
      { status: 'idle' },
      form(new File([new TextEncoder().encode('<!doctype html><script>alert(1)</script>')], 'x.pdf'), '验收单'),
    );
    expect(disguised).toMatchObject({
      status: 'error',
      errors: { evidence: [expect.stringContaining('按文件内容判断')] },
      values: expect.objectContaining({ narrative: '无脚本报送附验收单' }),
    });
    const noCaption = await updates.submitUpdate(task.id, { status: 'idle' }, form(pdfFile(), '  '));
    expect(noCaption).toMatchObject({ status: 'error', errors: { evidence: [expect.stringContaining('说明')] } });
    expect([await prisma.evidence.count(), await prisma.progressUpdate.count({ where: { narrative: '无脚本报送附验收单' } })]).toEqual([files, 0]);

    expect(await updates.submitUpdate(task.id, { status: 'idle' }, form(pdfFile(), '验收单（无脚本）'))).toMatchObject({ status: 'ok' });
    const u = await prisma.progressUpdate.findFirstOrThrow({
      where: { narrative: '无脚本报送附验收单' },
      select: { id: true, evidence: { select: { caption: true, fileName: true, mime: true, uploadedById: true } } },
    });
    expect(u.evidence).toEqual([{ caption: '验收单（无脚本）', fileName: '无脚本验收单.pdf', mime: 'application/pdf', uploadedById: who.unit.id }]);
    expect(await prisma.auditEvent.count({ where: { action: 'evidence.uploaded', after: { contains: '无脚本验收单.pdf' } } })).toBe(1);
    // With JavaScript the field arrives empty (the file went up on its own): nothing more is stored.
    expect(await prisma.evidence.count()).toBe(files + 1);
  });

  it('a notice answered by its unit: the file goes with the answer', async () => {
    const { issueNotice, answerNotice } = await import('@/lib/actions/notices');
    session.actor = who.office;
    const issue = new FormData();
    for (const [k, v] of Object.entries({
      recipients: String(who.unit.unitId),
      level: 'DUBAN',
      reason: '无脚本督办',
      requiredAction: '报送整改情况',
      dueDate: '2023-10-31',
    }))
      issue.set(k, v);
    expect(await issueNotice(task.id, { status: 'idle' }, issue)).toMatchObject({ status: 'ok' });
    const notice = await prisma.supervisionNotice.findFirstOrThrow({ where: { reason: '无脚本督办' }, select: { id: true } });
    session.actor = who.unit;
    const answer = new FormData();
    answer.set('text', '已整改（无脚本）');
    expect(await answerNotice(notice.id, { status: 'idle' }, withFile(answer, pdfFile(), '整改记录'))).toMatchObject({ status: 'ok' });
    const event = await prisma.noticeEvent.findFirstOrThrow({
      where: { noticeId: notice.id, kind: 'ANSWERED' },
      select: { evidence: { select: { caption: true, fileName: true, updateId: true } } },
    });
    expect(event.evidence).toEqual([{ caption: '整改记录', fileName: '无脚本验收单.pdf', updateId: null }]);
  });
});

describe('a photo from an iPhone (HEIC)', () => {
  it('is accepted by its content, shown as JPEG versions, and its original sent as a download', async () => {
    const heic = readFileSync(path.join(process.cwd(), 'tests/fixtures/evidence/photo-gps.heic'));
    const { status, answer } = await upload(who.office, heic, 'IMG_0042.HEIC', '现场照片（iPhone）');
    expect([status, answer.status]).toEqual([200, 'ok']);
    const id = answer.evidence!.id;
    expect(await prisma.evidence.findUniqueOrThrow({ where: { id }, select: { kind: true, mime: true, size: true } })).toEqual({
      kind: 'image',
      mime: 'image/heic',
      size: heic.byteLength,
    });
    const thumb = await fetchAs(who.office, id, 'thumb');
    expect([thumb.status, thumb.headers.get('content-type'), thumb.headers.get('content-disposition')?.split(';')[0]]).toEqual([200, 'image/jpeg', 'inline']);
    expect((await sharp(Buffer.from(await thumb.arrayBuffer())).metadata()).width).toBe(320);
    const original = await fetchAs(who.office, id, 'original');
    expect([original.headers.get('content-type'), original.headers.get('content-disposition')]).toEqual([
      'image/heic',
      `attachment; filename*=UTF-8''${encodeURIComponent('IMG_0042.HEIC')}`,
    ]);
    expect(Buffer.from(await original.arrayBuffer()).equals(heic)).toBe(true);
  });
});

describe('files staged and left behind (the page reloaded before the update was sent)', () => {
  it('the update form lists the caller’s own staged files for the task again, so they can be sent or removed; not another user’s, not those sent', async () => {
    const { getUpdatePage } = await import('@/lib/data/update-context');
    const staged = async (as: Actor) => {
      session.actor = as;
      const page = await getUpdatePage('2023', 16);
      if (!page?.allowed) throw new Error('the form is not open to this caller');
      return page.evidence.staged;
    };
    const before = await staged(who.unit);
    const kept = (await upload(who.unit, minimalPdf(), '走访清单.pdf', '上次上传的走访清单')).answer.evidence!.id;
    const mine = await staged(who.unit);
    expect(mine.slice(before.length)).toEqual([
      { id: kept, caption: '上次上传的走访清单', fileName: '走访清单.pdf', kind: 'pdf', size: minimalPdf().byteLength },
    ]);
    // The office's own staged files on this task (督查记录, the HEIC photo) are the office's, not the unit's.
    const officeOwn = await prisma.evidence.findMany({
      where: { taskId: task.id, uploadedById: who.office.id, updateId: null, noticeEventId: null },
      select: { id: true },
    });
    expect(officeOwn.length).toBeGreaterThan(0);
    expect(mine.map((e) => e.id)).not.toEqual(expect.arrayContaining([officeOwn[0]!.id]));
    expect((await staged(who.office)).map((e) => e.id)).toEqual(officeOwn.map((e) => e.id));
    // The task page's 督办 form (the office's one form there) lists the office's staged files too, and is opened for them.
    const { getTaskDetail } = await import('@/lib/data/task');
    session.actor = who.office;
    expect((await getTaskDetail(16, { year: '2023' }))!.issueForm).toMatchObject({
      staged: officeOwn.map((e) => expect.objectContaining({ id: e.id })),
      limits: { files: expect.any(Number), mb: expect.any(Number) },
    });
    session.actor = who.unit;
    expect((await getTaskDetail(16, { year: '2023' }))!.issueForm).toBeNull();

    // Sent with an update (the form hands the listed ids back): no longer listed.
    session.actor = who.unit;
    const pending = await prisma.progressUpdate.findFirst({ where: { taskId: task.id, status: 'PENDING' }, orderBy: { id: 'desc' }, select: { id: true } });
    const { version } = await prisma.task.findUniqueOrThrow({ where: { id: task.id }, select: { version: true } });
    const seen = pending?.id ?? 0;
    const sent = await updates.submitUpdate(
      task.id,
      { status: 'idle' },
      updateForm({
        baseVersion: String(version),
        seenPendingId: String(seen),
        seenToken: signSeenPending(task.id, seen),
        evidenceIds: mine.map((e) => e.id).join(','),
      }),
    );
    expect(sent).toMatchObject({ status: 'ok' });
    expect(await staged(who.unit)).toEqual([]);
  });
});

describe('a notice answered inside a progress update', () => {
  it('the part shows the update’s files under the answer and names the update; a later direct answer shows its own', async () => {
    const { issueNotice, returnNotice, answerNotice } = await import('@/lib/actions/notices');
    const { noticesWhere } = await import('@/lib/data/notices');
    const form = (o: Record<string, string>) => {
      const fd = new FormData();
      for (const [k, v] of Object.entries(o)) fd.set(k, v);
      return fd;
    };
    session.actor = who.office;
    const fields = {
      recipients: String(who.unit.unitId),
      level: 'DUBAN',
      reason: '入户走访进度滞后',
      requiredAction: '随下次进展报送反馈',
      dueDate: '2023-10-31',
    };
    expect(await issueNotice(task.id, { status: 'idle' }, form(fields))).toMatchObject({ status: 'ok' });
    const noticeId = (await prisma.supervisionNotice.findFirstOrThrow({ orderBy: { id: 'desc' }, select: { id: true } })).id;
    const view = async (as: Actor | null) => {
      session.actor = as;
      return (await noticesWhere({ id: noticeId }, as, '2023-10-08'))[0]!.parts[0]!;
    };

    const photo = (await upload(who.unit, minimalPdf(), '走访记录.pdf', '入户走访记录')).answer.evidence!.id;
    session.actor = who.unit;
    const pending = await prisma.progressUpdate.findFirst({ where: { taskId: task.id, status: 'PENDING' }, orderBy: { id: 'desc' }, select: { id: true } });
    const { version } = await prisma.task.findUniqueOrThrow({ where: { id: task.id }, select: { version: true } });
    const seen = pending?.id ?? 0;
    const sent = await updates.submitUpdate(
      task.id,
      { status: 'idle' },
      updateForm({
        baseVersion: String(version),
        seenPendingId: String(seen),
        seenToken: signSeenPending(task.id, seen),
        [`notice_${noticeId}`]: '已完成入户走访，记录见附件',
        evidenceIds: String(photo),
      }),
    );
    expect(sent).toMatchObject({ status: 'ok' });
    const updateId = (await prisma.progressUpdate.findFirstOrThrow({ where: { taskId: task.id }, orderBy: { id: 'desc' }, select: { id: true } })).id;

    // The office deciding 办结 sees the files sent with the answer, and which update carried it.
    expect(await view(who.office)).toMatchObject({
      status: 'ANSWERED',
      answer: '已完成入户走访，记录见附件',
      answeredInUpdate: { id: updateId, asOf: '2023-09-30' },
      answerEvidence: [expect.objectContaining({ id: photo, caption: '入户走访记录', kind: 'pdf' })],
    });
    expect((await view(who.leader)).answerEvidence.map((e) => e.id)).toEqual([photo]);
    // A unit outside the task sees the part's state, not the files.
    expect((await view(who.other)).answerEvidence).toEqual([]);
    // The update in the task's 进展记录 names the notice it answered.
    const { getTaskDetail } = await import('@/lib/data/task');
    const { number } = await prisma.supervisionNotice.findUniqueOrThrow({ where: { id: noticeId }, select: { number: true } });
    session.actor = who.office;
    const carried = (await getTaskDetail(16, { year: '2023' }))!.history.find((u) => u.id === updateId);
    expect(carried?.answered).toEqual([{ id: noticeId, numberYear: 2023, number }]);

    // Returned, then answered directly without files: the part shows that answer, with no files and no update.
    session.actor = who.office;
    expect(await returnNotice(noticeId, { status: 'idle' }, form({ text: '请补充走访照片' }))).toMatchObject({ status: 'ok' });
    expect((await view(who.office)).answerEvidence.map((e) => e.id)).toEqual([photo]);
    session.actor = who.unit;
    expect(await answerNotice(noticeId, { status: 'idle' }, form({ text: '照片将于下周补报' }))).toMatchObject({ status: 'ok' });
    expect(await view(who.office)).toMatchObject({ answer: '照片将于下周补报', answeredInUpdate: null, answerEvidence: [] });
    // The update still carried its answer: its 进展记录 entry names the notice, and its review card
    // shows what it answered, not the later direct answer.
    session.actor = who.office;
    const again = (await getTaskDetail(16, { year: '2023' }))!.history.find((u) => u.id === updateId);
    expect(again?.answered).toEqual([{ id: noticeId, numberYear: 2023, number }]);
    const { getReviewQueue } = await import('@/lib/data/review');
    const card = (await getReviewQueue())!.find((u) => u.id === updateId)!;
    expect(card.noticeAnswers).toEqual([{ numberYear: 2023, number, reason: '入户走访进度滞后', answer: '已完成入户走访，记录见附件' }]);
    // The notice's 办理过程 says which answer came with which update.
    const events = (await noticesWhere({ id: noticeId }, who.office, '2023-10-08'))[0]!.events;
    expect(events.filter((e) => e.kind === 'ANSWERED').map((e) => [e.text, e.inUpdate])).toEqual([
      ['已完成入户走访，记录见附件', { id: updateId, asOf: '2023-09-30' }],
      ['照片将于下周补报', null],
    ]);
  });
});

describe('留痕 names each file by its caption', () => {
  it('a file still there by its row; a removed one by the caption its upload and removal recorded', async () => {
    const { getAuditEvents } = await import('@/lib/data/audit');
    session.actor = who.office;
    const names = async (action: string) => ((await getAuditEvents({ action }))?.rows ?? []).map((e) => [e.entityType, e.entityName]);
    // “多传的” was uploaded and removed earlier in this file: its row is gone.
    expect(await names('evidence.removed')).toContainEqual(['Evidence', '多传的']);
    const uploads = await names('evidence.uploaded');
    expect(uploads).toContainEqual(['Evidence', '多传的']);
    expect(uploads).toContainEqual(['Evidence', '验收单']);
    // Publication records no caption: the row names it while there is one (the published photo's
    // went with its task, removed from the plan earlier in this file: then its number).
    const file = await prisma.evidence.findFirstOrThrow({ where: { caption: '上次上传的走访清单' }, select: { id: true, taskId: true } });
    await prisma.auditEvent.create({
      data: {
        actorId: who.office.id,
        action: 'evidence.published',
        entityType: 'Evidence',
        entityId: String(file.id),
        taskId: file.taskId,
        after: '{"public":true}',
      },
    });
    const published = await names('evidence.published');
    expect(published[0]).toEqual(['Evidence', '上次上传的走访清单']);
    expect(published).toContainEqual(['Evidence', null]);
  });
});
