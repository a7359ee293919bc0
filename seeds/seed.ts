// The seeding command: writes the 2023 H1 report (and, in demo mode, the demo accounts) into the
// database. Idempotent: upserts on stable keys and never overwrites what units have since reported.
import path from 'node:path';
import type { PrismaClient } from '@/lib/generated/prisma/client';
import { env } from '@/lib/env';
import { writeTransaction } from '@/lib/prisma';
import { hashPassword, verifyPassword } from '@/lib/auth/password';
import { buildSeedPlan, type SeedPlan } from './plan';
import { dateOf } from '@/lib/domain/dates';

const day = dateOf;

export type DemoAccount = { username: string; password: string; displayName: string; role: 'SUPERVISOR' | 'LEADER' | 'UNIT'; unitCode?: string };

/** Demo accounts (demo mode only): one supervisor, one leader, one user per unit. */
export function demoAccounts(plan: SeedPlan): DemoAccount[] {
  return [
    { username: 'duchashi', password: 'demo-duchashi', displayName: '区督查室', role: 'SUPERVISOR' },
    { username: 'lingdao', password: 'demo-lingdao', displayName: '区领导', role: 'LEADER' },
    ...plan.units.map((u) => ({ username: u.code, password: `demo-${u.code}`, displayName: u.name, role: 'UNIT' as const, unitCode: u.code })),
  ];
}

export async function seedDatabase(prisma: PrismaClient, plan: SeedPlan, opts: { demoUsers: boolean }): Promise<void> {
  const hashes = opts.demoUsers ? await Promise.all(demoAccounts(plan).map(async (a) => [a.username, await hashPassword(a.password)] as const)) : [];

  await writeTransaction(async (tx) => {
    const year = await tx.planYear.upsert({
      where: { year: plan.year },
      create: { year: plan.year, title: plan.title },
      update: {},
    });
    const units = new Map<string, number>();
    for (const [i, u] of plan.units.entries()) {
      const row = await tx.unit.upsert({ where: { code: u.code }, create: { code: u.code, name: u.name, fullName: u.fullName, sortKey: i }, update: {} });
      // Names the office has not set yet (a database seeded before full names existed); never overwrites an edit.
      await tx.unit.updateMany({ where: { id: row.id, fullName: null }, data: { fullName: u.fullName } });
      for (const alias of u.aliases ?? []) await tx.unitAlias.upsert({ where: { alias }, create: { alias, unitId: row.id }, update: {} });
      units.set(u.name, row.id);
      units.set(u.code, row.id);
    }
    const projects = new Map<number, number>();
    for (const p of plan.projects) {
      const row = await tx.project.upsert({
        where: { planYearId_number: { planYearId: year.id, number: p.number } },
        create: { planYearId: year.id, number: p.number, numeral: p.numeral, title: p.title, category: p.category },
        update: {},
      });
      projects.set(p.number, row.id);
    }
    const reportDate = day(plan.reportAsOf);
    const taskIds = new Map<number, number>();
    const itemIds = new Map<string, number>();
    for (const t of plan.tasks) {
      const task = await tx.task.upsert({
        where: { planYearId_number: { planYearId: year.id, number: t.taskNumber } },
        create: {
          planYearId: year.id,
          projectId: projects.get(t.projectNumber)!,
          number: t.taskNumber,
          content: t.content,
          deadlineMonth: t.deadlineMonth,
          h1Progress: t.h1Progress,
          h2Plan: t.h2Plan,
          reportClass: t.reportClass,
          completedOn: t.completedOn ? day(t.completedOn) : null,
        },
        update: {},
      });
      taskIds.set(t.taskNumber, task.id);
      for (const [ord, name] of t.units.entries()) {
        const unitId = units.get(name)!;
        await tx.taskUnit.upsert({ where: { taskId_unitId: { taskId: task.id, unitId } }, create: { taskId: task.id, unitId, ord }, update: {} });
      }
      for (const [ord, it] of (t.items ?? []).entries()) {
        const row = await tx.taskItem.upsert({
          where: { taskId_key: { taskId: task.id, key: it.key } },
          create: { taskId: task.id, key: it.key, name: it.name, ord, completedOn: it.completedOn ? day(it.completedOn) : null, note: it.note || null },
          update: {},
        });
        itemIds.set(`${t.taskNumber}/${it.key}`, row.id);
      }
      const indicatorIds = new Map<string, number>();
      for (const [ord, ind] of (t.indicators ?? []).entries()) {
        const row = await tx.indicator.upsert({
          where: { taskId_key: { taskId: task.id, key: ind.key } },
          create: {
            taskId: task.id,
            key: ind.key,
            name: ind.name,
            unitOfMeasure: ind.unitOfMeasure,
            isPercent: ind.isPercent ?? false,
            direction: ind.direction,
            target: ind.target,
            accrual: ind.accrual,
            ord,
            note: ind.note ?? null,
            mismatch: ind.mismatch ?? false,
            itemId: ind.item ? itemIds.get(`${t.taskNumber}/${ind.item}`) : null,
          },
          update: {},
        });
        indicatorIds.set(ind.key, row.id);
      }
      for (const [ord, m] of (t.milestones ?? []).entries()) {
        const milestone = await tx.milestone.upsert({
          where: { taskId_key: { taskId: task.id, key: m.key } },
          create: {
            taskId: task.id,
            key: m.key,
            periodLabel: m.periodLabel,
            dueDate: day(m.due),
            text: m.text,
            ord,
            indicatorId: m.indicator ? indicatorIds.get(m.indicator) : null,
            cumulativeTarget: m.cumulative ?? null,
            itemId: m.item ? itemIds.get(`${t.taskNumber}/${m.item}`) : null,
          },
          update: {},
          select: { id: true },
        });
        for (const x of m.alsoTargets ?? []) {
          const indicatorId = indicatorIds.get(x.indicator)!;
          await tx.milestoneTarget.upsert({
            where: { milestoneId_indicatorId: { milestoneId: milestone.id, indicatorId } },
            create: { milestoneId: milestone.id, indicatorId, cumulativeTarget: x.cumulative },
            update: {},
          });
        }
      }
      // The report's H1 column is the task's first, approved progress update.
      let update = await tx.progressUpdate.findFirst({ where: { taskId: task.id, fromReport: true }, select: { id: true } });
      update ??= await tx.progressUpdate.create({
        data: {
          taskId: task.id,
          asOf: reportDate,
          narrative: t.h1Progress,
          nextSteps: t.h2Plan,
          status: 'APPROVED',
          fromReport: true,
          submittedAt: reportDate,
          reviewedAt: reportDate,
        },
        select: { id: true },
      });
      for (const ind of t.indicators ?? []) {
        if (!ind.h1) continue;
        const indicatorId = indicatorIds.get(ind.key)!;
        await tx.indicatorValue.upsert({
          where: { updateId_indicatorId: { updateId: update.id, indicatorId } },
          create: {
            updateId: update.id,
            indicatorId,
            value: ind.h1.value,
            asOf: day(ind.h1.asOf ?? plan.reportAsOf),
            note: ind.h1.note ?? null,
            approx: ind.h1.approx ?? false,
          },
          update: {},
        });
      }
    }
    for (const p of plan.problems) {
      const taskId = taskIds.get(p.task)!;
      const firstUpdate = await tx.progressUpdate.findFirst({ where: { taskId, fromReport: true }, select: { id: true } });
      await tx.problem.upsert({
        where: { taskId_key: { taskId, key: p.key } },
        create: {
          taskId,
          key: p.key,
          kind: p.kind,
          text: p.text,
          blocking: p.blocking,
          raisedOn: reportDate,
          raisedInUpdateId: firstUpdate?.id ?? null,
          items: { create: (p.items ?? []).map((k) => ({ itemId: itemIds.get(`${p.task}/${k}`)! })) },
        },
        update: {},
      });
    }
    for (const [username, passwordHash] of hashes) {
      const a = demoAccounts(plan).find((x) => x.username === username)!;
      await tx.user.upsert({
        where: { username },
        create: { username, passwordHash, displayName: a.displayName, role: a.role, unitId: a.unitCode ? units.get(a.unitCode) : null },
        update: {},
      });
    }
  }, prisma);
}

/** Creates (or migrates) the SQLite file at `file` and seeds the report into it: tests and benchmarks. */
/** Migrates and seeds the SQLite file `file` (or the PostgreSQL database at a postgresql:// URL). */
export async function createSeededDatabase(file: string, opts: { demoUsers: boolean }): Promise<void> {
  const { migrateDeploy } = await import('@/prisma/migrate');
  const { createPrismaClient } = await import('@/lib/prisma');
  await migrateDeploy(file);
  const client = createPrismaClient(/^postgres(ql)?:\/\//.test(file) ? file : `file:${file}`);
  try {
    await seedDatabase(client, buildSeedPlan(), opts);
  } finally {
    await client.$disconnect();
  }
}

/** True when the database holds no plan year yet. */
export async function isEmpty(prisma: PrismaClient): Promise<boolean> {
  return (await prisma.planYear.count()) === 0;
}

async function main(argv: string[]): Promise<void> {
  if (env.APP_MODE === 'production' && !argv.includes('--allow-production')) {
    console.error(
      'Refusing to seed a production database (APP_MODE=production). Pass --allow-production to seed the report data anyway; no demo accounts are created in production.',
    );
    process.exit(1);
  }
  const { prisma } = await import('@/lib/prisma');
  const started = Date.now();
  await seedDatabase(prisma, buildSeedPlan(), { demoUsers: env.APP_MODE === 'demo' });
  const [projects, tasks, users] = await Promise.all([prisma.project.count(), prisma.task.count(), prisma.user.count()]);
  console.log(`Seeded: ${projects} projects, ${tasks} tasks, ${users} users (${Date.now() - started} ms).`);
  await prisma.$disconnect();
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname)) {
  main(process.argv.slice(2)).catch((e: unknown) => {
    console.error(e);
    process.exit(1);
  });
}

/**
 * Production must not keep a known password: every active account whose password is still its
 * demo password is deactivated (sessions ended, audited). Returns the usernames it disabled.
 */
export async function disableDemoAccounts(prisma: PrismaClient, plan: SeedPlan): Promise<string[]> {
  const demo = demoAccounts(plan);
  const users = await prisma.user.findMany({
    where: { active: true, username: { in: demo.map((d) => d.username) } },
    select: { id: true, username: true, passwordHash: true },
  });
  const disabled: string[] = [];
  for (const u of users) {
    const d = demo.find((x) => x.username === u.username)!;
    if (!(await verifyPassword(d.password, u.passwordHash))) continue;
    await writeTransaction(async (tx) => {
      await tx.user.update({ where: { id: u.id }, data: { active: false, version: { increment: 1 } } });
      await tx.session.deleteMany({ where: { userId: u.id } });
      await tx.auditEvent.create({
        data: {
          actorId: null,
          action: 'user.deactivated',
          entityType: 'User',
          entityId: String(u.id),
          after: JSON.stringify({ reason: 'demo password in production' }),
        },
      });
    }, prisma);
    disabled.push(u.username);
  }
  return disabled;
}
