// Plan-year forms: creating a year (empty or as a copy) and importing one from Excel.
import { z } from 'zod';
import { m } from '@/lib/i18n/messages';

const year = z.coerce.number({ error: m.badYear }).int(m.badYear).min(2000, m.badYear).max(2100, m.badYear);
const title = z.string().trim().min(1, m.required).max(100, m.tooLong(100));

export const createYearSchema = z.discriminatedUnion('source', [
  z.object({ source: z.literal('empty'), year, title }),
  z.object({ source: z.literal('copy'), year, title, from: year }),
], { error: m.chooseSource });

export const importSchema = z.object({
  year,
  title,
  defaultCategory: z.enum(['ENGINEERING', 'SERVICE'], { error: m.chooseCategory }),
  createUnits: z.literal('on').optional(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/).optional(),
});
