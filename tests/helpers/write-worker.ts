// A separate process that writes like the app does (read, then write, in writeTransaction), for the
// contention test: prints "ack <narrative>" after each committed write, "err <message>" on failure.
// With a fourth argument `increment` each write instead reads a counter (Setting 'contention-counter')
// and writes it back plus one: a lost update shows as a final count below the number acknowledged.
import { createPrismaClient, writeTransaction } from '@/lib/prisma';

const [worker, count, taskId] = process.argv.slice(2, 5).map(Number) as [number, number, number];
const increment = process.argv[5] === 'increment';
const client = createPrismaClient();
for (let i = 0; i < count; i++) {
  const narrative = `worker${worker}-${i}`;
  try {
    await writeTransaction(async (tx) => {
      if (increment) {
        const row = await tx.setting.findUniqueOrThrow({ where: { key: 'contention-counter' } });
        await tx.setting.update({ where: { key: 'contention-counter' }, data: { value: String(Number(row.value) + 1) } });
        return;
      }
      const task = await tx.task.findUniqueOrThrow({ where: { id: taskId }, select: { version: true } }); // read first, as submitUpdate does
      await tx.progressUpdate.create({ data: { taskId, asOf: new Date('2023-09-30T00:00:00Z'), narrative, status: 'PENDING', baseVersion: task.version } });
    }, client);
    process.stdout.write(`ack ${narrative}\n`);
  } catch (e) {
    process.stdout.write(`err ${e instanceof Error ? e.message.split('\n')[0] : String(e)}\n`);
  }
}
await client.$disconnect();
