import { describe, expect, it } from 'vitest';
import { parseEvidenceIds } from './evidence';
import { m } from '@/lib/i18n/messages';

describe('parseEvidenceIds (the update form’s staged files)', () => {
  it.each([
    [undefined, []],
    ['', []],
    ['  ', []],
    ['7', [7]],
    [' 12,7 ', [12, 7]],
    ['7,7,12', [7, 12]], // a file listed twice is one file
    ['123456789', [123456789]],
    [Array.from({ length: 50 }, (_, i) => i + 1).join(','), Array.from({ length: 50 }, (_, i) => i + 1)],
  ])('%j → %j', (raw, ids) => expect(parseEvidenceIds(raw)).toEqual({ ok: true, ids }));

  it.each([
    ['a', 'a letter'],
    ['7,', 'a trailing comma'],
    [',7', 'a leading comma'],
    ['7,,8', 'an empty id'],
    ['1234567890', 'ten digits'],
    ['7,1234567890', 'ten digits after a comma'],
    ['-1', 'a sign'],
    ['7;8', 'another separator'],
    ['x7', 'a prefix'],
    ['7x', 'a suffix'],
    [Array.from({ length: 51 }, (_, i) => i + 1).join(','), 'more than 50'],
  ])('%j (%s) is refused as a whole, with the form’s message', (raw) => expect(parseEvidenceIds(raw)).toEqual({ ok: false, message: m.evidence.notStaged }));
});
