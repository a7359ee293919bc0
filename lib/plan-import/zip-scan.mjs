// The central directory of a zip (an .xlsx is one), read without inflating anything: entries with
// their declared sizes, refused when they declare more than a plan table could need (a zip bomb) —
// too many entries, too much in all, one entry growing too much, ZIP64. Used before a worker is
// started (lib/plan-import/read-xlsx.ts) and by the worker itself (xlsx-worker.mjs), which then
// checks that every entry really inflates to no more than it declared.

/**
 * @param {Buffer} buf
 * @param {{ entries: number; uncompressed: number; ratio: number }} limits
 * @returns {{ list: { name: string; method: number; compressed: number; size: number; local: number }[]; error?: undefined } | { error: 'bomb' | 'corrupted'; list?: undefined }}
 */
export function zipEntries(buf, limits) {
  const from = Math.max(0, buf.length - 65_557);
  let eocd = -1;
  for (let i = buf.length - 22; i >= from && i >= 0; i--) {
    if (buf.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return { error: 'corrupted' };
  const count = buf.readUInt16LE(eocd + 10);
  const cdOffset = buf.readUInt32LE(eocd + 16);
  if (count > limits.entries) return { error: 'bomb' };
  const list = [];
  let p = cdOffset;
  for (let n = 0; n < count; n++) {
    if (p + 46 > buf.length || buf.readUInt32LE(p) !== 0x02014b50) return { error: 'corrupted' };
    const method = buf.readUInt16LE(p + 10);
    const compressed = buf.readUInt32LE(p + 20);
    const size = buf.readUInt32LE(p + 24);
    const nameLen = buf.readUInt16LE(p + 28);
    const extraLen = buf.readUInt16LE(p + 30);
    const commentLen = buf.readUInt16LE(p + 32);
    const local = buf.readUInt32LE(p + 42);
    const name = buf.toString('utf8', p + 46, p + 46 + nameLen);
    // ZIP64 sizes: no plan table needs them.
    if (compressed === 0xffffffff || size === 0xffffffff || local === 0xffffffff) return { error: 'bomb' };
    if (method !== 0 && method !== 8) return { error: 'corrupted' };
    list.push({ name, method, compressed, size, local });
    p += 46 + nameLen + extraLen + commentLen;
  }
  let total = 0;
  for (const e of list) {
    total += e.size;
    if (total > limits.uncompressed) return { error: 'bomb' };
    if (e.size > 1024 * 1024 && e.size > e.compressed * limits.ratio) return { error: 'bomb' };
  }
  return { list };
}

