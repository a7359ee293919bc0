// Types of zip-scan.mjs (plain JavaScript, so the worker can use it as it is).
export type ZipEntry = { name: string; method: number; compressed: number; size: number; local: number };
export function zipEntries(
  buf: Buffer,
  limits: { entries: number; uncompressed: number; ratio: number },
): { list: ZipEntry[]; error?: undefined } | { error: 'bomb' | 'corrupted'; list?: undefined };
