// Creates and migrates the database, and seeds it when it holds no plan year yet.
import { buildSeedPlan } from '@/seeds/plan';
import { env, databaseFile, databaseKind } from '@/lib/env';
import { migrateDeploy } from '@/prisma/migrate';
import { disableDemoAccounts, isEmpty, seedDatabase } from '@/seeds/seed';

export async function prepareDatabase(): Promise<void> {
  const applied = await migrateDeploy();
  const where = databaseKind() === 'sqlite' ? databaseFile() : `PostgreSQL ${new URL(env.DATABASE_URL).host}${new URL(env.DATABASE_URL).pathname}`;
  if (applied.length) console.log(`[db] ${where}: applied ${applied.join(', ')}`);
  const { prisma } = await import('@/lib/prisma');
  if (await isEmpty(prisma)) {
    await seedDatabase(prisma, buildSeedPlan(), { demoUsers: env.APP_MODE === 'demo' });
    console.log(`[db] seeded from the 2023 H1 report${env.APP_MODE === 'demo' ? ' with demo accounts' : ''}`);
  }
  if (env.APP_MODE === 'production') {
    const disabled = await disableDemoAccounts(prisma, buildSeedPlan());
    if (disabled.length) {
      console.warn(`[db] APP_MODE=production: deactivated ${disabled.length} account(s) still using a demo password: ${disabled.join(', ')}.`);
      console.warn('[db] To use one, give it a real password: `npm run user:password -- --username NAME --activate`.');
    }
  }
  await prisma.$disconnect();
}

if (process.argv[1] && process.argv[1].endsWith('prepare-db.ts')) {
  prepareDatabase().catch((e: unknown) => {
    console.error(e);
    process.exit(1);
  });
}
