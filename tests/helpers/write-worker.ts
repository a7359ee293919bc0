// A separate process that writes like the app does (read, then write, in writeTransaction), for the
// contention test: prints "ack <narrative>" after each committed write, "err <message>" on failure.
import { createPrismaClient, writeTransaction } from '@/lib/prisma';

const [worker, count, taskId] = process.argv.slice(2).map(Number) as [number, number, number];
const client = createPrismaClient();
for (let i = 0; i < count; i++) {
  const narrative = `worker${worker}-${i}`;
  try {
    await writeTransaction(async (tx) => {
      const task = await tx.task.findUniqueOrThrow({ where: { id: taskId }, select: { version: true } }); // read first, as submitUpdate does
      await tx.progressUpdate.create({ data: { taskId, asOf: new Date('2023-09-30T00:00:00Z'), narrative, status: 'PENDING', baseVersion: task.version } });
    }, client);
    process.stdout.write(`ack ${narrative}\n`);
  } catch (e) {
    process.stdout.write(`err ${e instanceof Error ? e.message.split('\n')[0] : String(e)}\n`);
  }
}
await client.$disconnect();
