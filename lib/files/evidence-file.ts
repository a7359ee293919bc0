// What the server does with an uploaded evidence file's bytes: finds its type from the content
// (file-type reads the magic numbers, and looks inside a zip for Word/Excel), and for an image makes
// the versions others are shown — turned upright, at most 1600 px, and a 320 px thumbnail, both
// re-encoded as JPEG without any metadata (sharp drops EXIF, so a GPS position stays in the
// original, which only the office and the uploading unit can open).
import { fileTypeFromBuffer } from 'file-type';
import sharp from 'sharp';
import type { Detected } from '@/lib/domain/evidence';

export async function detectType(bytes: Uint8Array): Promise<Detected> {
  const found = await fileTypeFromBuffer(bytes);
  return found ? { mime: found.mime, ext: found.ext } : undefined;
}

const SCREEN_PX = 1600;
const THUMB_PX = 320;

/** The screen version and the thumbnail of an image; null when the bytes do not decode as one. */
export async function imageVersions(bytes: Uint8Array): Promise<{ screen: Buffer; thumb: Buffer } | null> {
  try {
    const upright = sharp(bytes, { limitInputPixels: 80_000_000 }).rotate();
    const [screen, thumb] = await Promise.all([
      upright.clone().resize(SCREEN_PX, SCREEN_PX, { fit: 'inside', withoutEnlargement: true }).jpeg({ quality: 82 }).toBuffer(),
      upright.clone().resize(THUMB_PX, THUMB_PX, { fit: 'inside', withoutEnlargement: true }).jpeg({ quality: 75 }).toBuffer(),
    ]);
    return { screen, thumb };
  } catch {
    return null;
  }
}
