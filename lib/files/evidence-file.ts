// What the server does with an uploaded evidence file's bytes: finds its type from the content
// (file-type reads the magic numbers, and looks inside a zip for Word/Excel), and for an image makes
// the versions others are shown — turned upright, at most 1600 px, and a 320 px thumbnail, both
// re-encoded as JPEG without any metadata (sharp drops EXIF, so a GPS position stays in the
// original, which only the office and the uploading unit can open). A HEIC photo (an iPhone's) is
// decoded by libheif compiled to WebAssembly (heic-decode), which sharp's prebuilt libvips cannot do,
// and its versions made from the decoded pixels.
import { fileTypeFromBuffer } from 'file-type';
import decodeHeic from 'heic-decode';
import sharp, { type Sharp } from 'sharp';
import { BROWSER_IMAGES, type Detected } from '@/lib/domain/evidence';

export async function detectType(bytes: Uint8Array): Promise<Detected> {
  const found = await fileTypeFromBuffer(bytes);
  return found ? { mime: found.mime, ext: found.ext } : undefined;
}

const SCREEN_PX = 1600;
const THUMB_PX = 320;

const MAX_PIXELS = 80_000_000;

/** The image as sharp reads it: as sent, or (HEIC) its decoded pixels, already turned as the file says. */
async function source(bytes: Uint8Array, mime: string): Promise<Sharp> {
  if (BROWSER_IMAGES.includes(mime)) return sharp(bytes, { limitInputPixels: MAX_PIXELS }).rotate();
  const { width, height, data } = await decodeHeic({ buffer: bytes });
  if (width * height > MAX_PIXELS) throw new Error('image too large');
  return sharp(Buffer.from(data.buffer, data.byteOffset, data.byteLength), { raw: { width, height, channels: 4 } });
}

/** The screen version and the thumbnail of an image; null when the bytes do not decode as one. */
export async function imageVersions(bytes: Uint8Array, mime: string): Promise<{ screen: Buffer; thumb: Buffer } | null> {
  try {
    const upright = await source(bytes, mime);
    const [screen, thumb] = await Promise.all([
      upright.clone().resize(SCREEN_PX, SCREEN_PX, { fit: 'inside', withoutEnlargement: true }).jpeg({ quality: 82 }).toBuffer(),
      upright.clone().resize(THUMB_PX, THUMB_PX, { fit: 'inside', withoutEnlargement: true }).jpeg({ quality: 75 }).toBuffer(),
    ]);
    return { screen, thumb };
  } catch {
    return null;
  }
}
