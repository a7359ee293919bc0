// Where evidence files live: content-addressed (the SHA-256 of the bytes names the file), written
// once and never changed, so a published report can point at a hash for ever and a backup is a copy
// of new names. The app uses only this interface; an S3-compatible object store can implement the
// same two calls (put under the hash as key, get by it) — see docs/evidence.md.
import { createHash, randomUUID } from 'node:crypto';
import { mkdir, readFile, rename, stat, utimes, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { dataHome, env } from '@/lib/env';

export interface FileStore {
  /** Stores `bytes` (a no-op when present) and returns their SHA-256 in hex. */
  put(bytes: Uint8Array): Promise<string>;
  /** The bytes stored under `sha256`, or null. */
  get(sha256: string): Promise<Buffer | null>;
}

const HEX64 = /^[0-9a-f]{64}$/;
export const sha256Of = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

/** Files in a folder, two levels of the hash's first characters deep (ab/cd/abcd…). */
export class LocalFileStore implements FileStore {
  constructor(readonly dir: string) {}

  pathOf(sha256: string): string {
    if (!HEX64.test(sha256)) throw new Error('not a SHA-256');
    return path.join(this.dir, sha256.slice(0, 2), sha256.slice(2, 4), sha256);
  }

  async put(bytes: Uint8Array): Promise<string> {
    const sha = sha256Of(bytes);
    const file = this.pathOf(sha);
    if (await stat(file).catch(() => null)) {
      // Already there: touched, so the clean-up (lib/files/prune.ts), which leaves bytes alone for a
      // while after their last write, cannot take them between this upload and its row.
      const now = new Date();
      await utimes(file, now, now).catch(() => {});
      return sha;
    }
    await mkdir(path.dirname(file), { recursive: true });
    // Written beside, then renamed: a reader never sees half a file.
    const tmp = `${file}.${randomUUID()}.tmp`;
    await writeFile(tmp, bytes);
    await rename(tmp, file);
    return sha;
  }

  async get(sha256: string): Promise<Buffer | null> {
    if (!HEX64.test(sha256)) return null;
    return readFile(this.pathOf(sha256)).catch(() => null);
  }
}

/** The folder of the evidence files of database `dbFile`: FILES_DIR, or `files` beside it. */
export const filesDirFor = (dbFile: string): string => env.FILES_DIR ?? path.join(path.dirname(dbFile), 'files');
export const filesDir = (): string => env.FILES_DIR ?? path.join(dataHome(), 'files');

export const fileStore = (): FileStore => new LocalFileStore(filesDir());
