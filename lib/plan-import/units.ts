// The unit directory an import matches names against: every unit with its full name and aliases,
// and the lookup (exact, then normalised; closest names for suggestions). One query.
import { prisma } from '@/lib/prisma';
import type { UnitLookup } from '@/lib/domain/plan-import';
import { closestUnits, matchUnit, type UnitNames } from '@/lib/domain/unit-names';

export async function unitDirectory(): Promise<UnitNames[]> {
  const rows = await prisma.unit.findMany({ select: { code: true, name: true, fullName: true, aliases: { select: { alias: true } } }, orderBy: { sortKey: 'asc' } });
  return rows.map((u) => ({ name: u.name, code: u.code, fullName: u.fullName, aliases: u.aliases.map((a) => a.alias) }));
}

export const unitLookup = (units: UnitNames[]): UnitLookup => Object.assign((n: string) => matchUnit(n, units), { suggest: (n: string) => closestUnits(n, units, 5) });
