// The type table on real bytes (not names), and metadata stripping on a real JPEG carrying a GPS position.
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { checkFile } from '@/lib/domain/evidence';
import { DEFAULT_STATUS_SETTINGS as S } from '@/lib/domain/settings';
import { detectType, imageVersions } from './evidence-file';
import { docx, jpegWithGps, minimalPdf, png, xlsx, zip } from '@/tests/helpers/evidence-fixtures';

describe('detectType: the type is read from the bytes, whatever the name says', () => {
  it.each([
    ['a JPEG', jpegWithGps, 'image/jpeg', 'image'],
    ['a PNG (sent as 验收单.pdf)', png, 'image/png', 'image'],
    ['a PDF', async () => minimalPdf(), 'application/pdf', 'pdf'],
    ['a DOCX', docx, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'document'],
    ['an XLSX', xlsx, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'document'],
  ] as const)('accepts %s', async (_, make, mime, kind) => {
    const d = await detectType(await make());
    expect(d?.mime).toBe(mime);
    expect(checkFile(d, 1000, S)).toEqual({ ok: true, kind });
  });

  it.each([
    ['HTML sent as photo.jpg', async () => Buffer.from('<!doctype html><html><script>alert(1)</script></html>')],
    ['an SVG', async () => Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><rect width="9" height="9"/></svg>')],
    ['a zip archive', async () => zip()],
    ['an ELF executable', async () => Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]), Buffer.alloc(56)])],
  ] as const)('refuses %s', async (_, make) => {
    expect(checkFile(await detectType(await make()), 1000, S)).toEqual({ ok: false, reason: 'type' });
  });
});

describe('imageVersions: what others are shown carries no metadata', () => {
  it('drops the GPS position (all EXIF) from the screen version and the thumbnail, and scales them down', async () => {
    const original = await jpegWithGps();
    expect((await sharp(original).metadata()).exif).toBeDefined();
    const v = (await imageVersions(original))!;
    for (const [name, bytes, max] of [
      ['screen', v.screen, 1600],
      ['thumb', v.thumb, 320],
    ] as const) {
      const meta = await sharp(bytes).metadata();
      expect(meta.exif, name).toBeUndefined();
      expect(meta.format).toBe('jpeg');
      expect(Math.max(meta.width, meta.height), name).toBe(max);
    }
    // The GPS bytes themselves are nowhere in the public versions.
    expect(original.includes(Buffer.from('TestPhone'))).toBe(true);
    expect(v.screen.includes(Buffer.from('TestPhone'))).toBe(false);
  });

  it('answers null for bytes that are not an image', async () => {
    expect(await imageVersions(minimalPdf())).toBeNull();
  });
});
