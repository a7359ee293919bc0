// Times the credentials check (scripts/bench.ts runs it): a wrong password for an existing account
// against an unknown username, median of repeated alternating runs. The test suite proves the work
// is the same (one scrypt verification of the same cost); this prints how close the clocks are.
//   DATABASE_URL=file:… node --import tsx --import ./scripts/server-only-off.mjs scripts/bench-login.ts
import { checkCredentials } from '@/lib/auth/credentials';
import { hashPassword } from '@/lib/auth/password';
import { prisma } from '@/lib/prisma';

const RUNS = Number(process.env.BENCH_LOGIN_RUNS ?? 21);

async function main() {
  const passwordHash = await hashPassword('bench-password-1');
  await prisma.user.upsert({
    where: { username: 'bench-user' },
    create: { username: 'bench-user', displayName: '基准', role: 'LEADER', passwordHash },
    update: { passwordHash, active: true },
  });
  const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  const time = async (username: string) => {
    const t0 = performance.now();
    await checkCredentials(username, 'definitely-wrong');
    return performance.now() - t0;
  };
  const known: number[] = [];
  const unknown: number[] = [];
  await time('bench-user'); // warm-up: the dummy hash is made once
  await time('ghost');
  for (let i = 0; i < RUNS; i++) {
    known.push(await time('bench-user'));
    unknown.push(await time(`ghost${i}`));
  }
  const [k, u] = [med(known), med(unknown)];
  console.log(`wrong password ${k.toFixed(1)} ms, unknown user ${u.toFixed(1)} ms (medians of ${RUNS}); ratio unknown/known ${(u / k).toFixed(2)}`);
  process.exit(0);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
