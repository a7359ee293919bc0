import { readFileSync } from 'node:fs';
import path from 'node:path';
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
    const v = (await imageVersions(original, 'image/jpeg'))!;
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

  it('a HEIC photo (libheif, x265) is accepted as an image and shown as JPEG versions without its EXIF and GPS', async () => {
    const heic = readFileSync(path.join(process.cwd(), 'tests/fixtures/evidence/photo-gps.heic'));
    const detected = await detectType(heic);
    expect(detected).toEqual({ mime: 'image/heic', ext: 'heic' });
    expect(checkFile(detected, heic.byteLength, S)).toEqual({ ok: true, kind: 'image' });
    expect(heic.includes(Buffer.from('Exif'))).toBe(true);
    expect(heic.includes(Buffer.from('TestPhone'))).toBe(true);
    const v = (await imageVersions(heic, 'image/heic'))!;
    const [screen, thumb] = await Promise.all([sharp(v.screen).metadata(), sharp(v.thumb).metadata()]);
    expect([screen.format, screen.width, screen.height, screen.exif]).toEqual(['jpeg', 480, 360, undefined]); // not enlarged
    expect([thumb.format, thumb.width, thumb.height, thumb.exif]).toEqual(['jpeg', 320, 240, undefined]);
    expect(v.screen.includes(Buffer.from('TestPhone'))).toBe(false);
    // The pixels survive the trip: the fixture's top-left is dark, its right edge red.
    const { data, info } = await sharp(v.screen).raw().toBuffer({ resolveWithObject: true });
    const at = (x: number, y: number) => [...data.subarray((y * info.width + x) * info.channels, (y * info.width + x) * info.channels + 3)];
    expect(at(2, 2).every((c) => c < 40)).toBe(true);
    expect(at(470, 2)[0]).toBeGreaterThan(200);
  });

  it('answers null for bytes that are not an image', async () => {
    expect(await imageVersions(minimalPdf(), 'application/pdf')).toBeNull();
    expect(await imageVersions(minimalPdf(), 'image/jpeg')).toBeNull();
    expect(await imageVersions(minimalPdf(), 'image/heic')).toBeNull();
  });
});
