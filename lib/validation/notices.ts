// The 督办台账's filters from the URL: anything unknown is ignored, never an error page.
import { z } from 'zod';
import type { LedgerFilters } from '@/lib/domain/notices';

const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) || undefined;
const schema = z.object({
  status: z.enum(['OPEN', 'ACKNOWLEDGED', 'ANSWERED', 'RETURNED', 'CLOSED']).optional().catch(undefined),
  unit: z
    .string()
    .regex(/^[a-z0-9_-]{1,20}$/)
    .optional()
    .catch(undefined),
  level: z.enum(['DUBAN', 'CUIBAN', 'YUETAN']).optional().catch(undefined),
  overdue: z.literal('1').optional().catch(undefined),
  year: z.coerce.number().int().min(2000).max(2100).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).optional().catch(undefined),
});

export function parseLedgerFilters(sp: Record<string, string | string[] | undefined>): LedgerFilters & { overdue: boolean } {
  const f = schema.parse({
    status: one(sp.status),
    unit: one(sp.unit),
    level: one(sp.level),
    overdue: one(sp.overdue),
    year: one(sp.year),
    page: one(sp.page),
  });
  return { status: f.status, unit: f.unit, level: f.level, overdue: f.overdue === '1', year: f.year, page: f.page };
}
