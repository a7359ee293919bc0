// The PostgreSQL schema is derived from the one schema (prisma/schema.prisma): the same models with
// the other provider and the PostgreSQL client's output. Used by `prisma generate`
// (scripts/prisma-generate.mjs) and by the migrate command (prisma/engine.ts).

/** The PostgreSQL schema: `schema` with provider "postgresql" and output "./prisma-pg" (beside lib/generated/postgres.prisma). */
export function postgresSchema(schema) {
  const out = schema
    .replace(/(datasource db \{[^}]*provider\s*=\s*)"sqlite"/, '$1"postgresql"')
    .replace(/(generator client \{[^}]*output\s*=\s*)"[^"]*"/, '$1"./prisma-pg"');
  if (!out.includes('provider = "postgresql"') || !out.includes('"./prisma-pg"')) throw new Error('prisma/schema.prisma: datasource or generator not found');
  return out;
}
