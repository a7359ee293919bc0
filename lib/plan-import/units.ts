// The unit directory an import matches names against: every unit with its full name and aliases.
// One query; the matching itself is pure (unitLookup in lib/domain/plan-source.ts).
import { prisma } from '@/lib/prisma';
import type { UnitNames } from '@/lib/domain/unit-names';

export async function unitDirectory(): Promise<UnitNames[]> {
  const rows = await prisma.unit.findMany({
    select: { code: true, name: true, fullName: true, aliases: { select: { alias: true } } },
    orderBy: { sortKey: 'asc' },
  });
  return rows.map((u) => ({ name: u.name, code: u.code, fullName: u.fullName, aliases: u.aliases.map((a) => a.alias) }));
}
