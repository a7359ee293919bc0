import { describe, expect, it } from 'vitest';
import { ACCEPT_ATTR, checkAddition, checkFile, dispositionOf, PRUNE, stagedExpired, unevidencedJumps, unnamedPrunable } from './evidence';
import { DEFAULT_STATUS_SETTINGS as S } from './settings';

const MB = 1024 * 1024;
const jpeg = { mime: 'image/jpeg', ext: 'jpg' };

describe('checkFile: by the type found in the bytes, within the limits', () => {
  it.each([
    ['JPEG', jpeg, 'image'],
    ['PNG', { mime: 'image/png', ext: 'png' }, 'image'],
    ['WebP', { mime: 'image/webp', ext: 'webp' }, 'image'],
    ['HEIC (an iPhone photo)', { mime: 'image/heic', ext: 'heic' }, 'image'],
    ['HEIF', { mime: 'image/heif', ext: 'heif' }, 'image'],
    ['PDF', { mime: 'application/pdf', ext: 'pdf' }, 'pdf'],
    ['DOCX', { mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', ext: 'docx' }, 'document'],
    ['XLSX', { mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', ext: 'xlsx' }, 'document'],
    ['DOC/XLS/WPS', { mime: 'application/x-cfb', ext: 'cfb' }, 'document'],
  ] as const)('accepts %s', (_, detected, kind) => {
    expect(checkFile(detected, 1000, S)).toEqual({ ok: true, kind });
  });

  it.each([
    ['nothing recognised (text, SVG, HTML)', undefined],
    ['a zip archive', { mime: 'application/zip', ext: 'zip' }],
    ['an executable', { mime: 'application/x-msdownload', ext: 'exe' }],
    ['an ELF binary', { mime: 'application/x-elf', ext: 'elf' }],
    ['a GIF', { mime: 'image/gif', ext: 'gif' }],
    ['an AVIF (no phone sends one here)', { mime: 'image/avif', ext: 'avif' }],
  ] as const)('refuses %s', (_, detected) => {
    expect(checkFile(detected, 1000, S)).toEqual({ ok: false, reason: 'type' });
  });

  it('refuses an empty file and one over the size limit (the limit itself passes)', () => {
    expect(checkFile(jpeg, 0, S)).toEqual({ ok: false, reason: 'empty' });
    expect(checkFile(jpeg, S.evidenceMaxFileMb * MB, S).ok).toBe(true);
    expect(checkFile(jpeg, S.evidenceMaxFileMb * MB + 1, S)).toEqual({ ok: false, reason: 'too_big' });
  });
});

describe('checkAddition: files per submission and the unit quota', () => {
  it('allows up to the count and the quota, not beyond', () => {
    expect(checkAddition(S.evidenceMaxFiles - 1, 0, 1, S)).toBeNull();
    expect(checkAddition(S.evidenceMaxFiles, 0, 1, S)).toBe('too_many');
    const quota = S.evidenceUnitQuotaMb * MB;
    expect(checkAddition(0, quota - 10, 10, S)).toBeNull();
    expect(checkAddition(0, quota - 10, 11, S)).toBe('quota');
  });
});

describe('unevidencedJumps: a large change without evidence', () => {
  const v = (value: number, previous: number | null, target: number | null) => ({ indicatorId: 1, value, previous, target });
  it('flags a move of at least the setting in points of the target, either way', () => {
    expect(unevidencedJumps([v(60, 40, 100)], 0, 20)).toEqual([{ indicatorId: 1, points: 20 }]);
    expect(unevidencedJumps([v(40, 60, 100)], 0, 20)).toEqual([{ indicatorId: 1, points: 20 }]);
    expect(unevidencedJumps([v(59, 40, 100)], 0, 20)).toEqual([]);
  });
  it('says nothing when evidence came, when the setting is 0, or without an earlier figure or a target', () => {
    expect(unevidencedJumps([v(90, 10, 100)], 1, 20)).toEqual([]);
    expect(unevidencedJumps([v(90, 10, 100)], 0, 0)).toEqual([]);
    expect(unevidencedJumps([v(90, null, 100), v(90, 10, null), v(90, 10, 0)], 0, 20)).toEqual([]);
  });
});

it('offers the accepted kinds in the file picker, and no web or vector formats', () => {
  expect(ACCEPT_ATTR.split(',')).toEqual(expect.arrayContaining(['image/jpeg', 'image/png', 'image/heic', '.heic', '.pdf', '.docx', '.xlsx', '.wps']));
  expect(ACCEPT_ATTR).not.toMatch(/svg|html|zip|\*/);
});

it('shows photos browsers can show in place; downloads documents and a HEIC original (its JPEG versions are shown)', () => {
  expect([
    dispositionOf('image', 'image/jpeg'),
    dispositionOf('image', 'image/png'),
    dispositionOf('image', 'image/webp'),
    dispositionOf('image', 'image/heic'),
    dispositionOf('pdf', 'application/pdf'),
    dispositionOf('document', 'application/x-cfb'),
  ]).toEqual(['inline', 'inline', 'inline', 'attachment', 'attachment', 'attachment']);
});

describe('the store’s clean-up: what has waited long enough', () => {
  const now = new Date('2026-12-04T12:00:00Z');
  const ago = (ms: number) => new Date(now.getTime() - ms);
  const DAY = 86_400_000;
  it('a staged file goes once it has waited more than the days (30 unless said)', () => {
    expect(PRUNE).toEqual({ stagedDays: 30, graceHours: 24 });
    expect(stagedExpired(ago(30 * DAY), now)).toBe(false);
    expect(stagedExpired(ago(30 * DAY + 1), now)).toBe(true);
    expect(stagedExpired(ago(2 * DAY + 1), now, 2)).toBe(true);
    expect(stagedExpired(ago(2 * DAY), now, 2)).toBe(false);
  });
  it('bytes nothing names go once untouched for more than the grace hours (24 unless said)', () => {
    expect(unnamedPrunable(ago(DAY), now)).toBe(false);
    expect(unnamedPrunable(ago(DAY + 1), now)).toBe(true);
    expect(unnamedPrunable(ago(3_600_001), now, 1)).toBe(true);
    expect(unnamedPrunable(ago(3_600_000), now, 1)).toBe(false);
    expect(unnamedPrunable(now, now, 0)).toBe(false);
  });
});
