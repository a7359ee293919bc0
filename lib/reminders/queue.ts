// Queuing the day's reminders: the rules (lib/domain/reminders.ts) over every active plan year,
// each reminder written once (its key), with one outbox delivery per chat the unit has configured.
// Runs from `npm run remind` and the server's own timer: no request, no session, no 'server-only'.
import { prisma, writeTransaction } from '@/lib/prisma';
import { toIsoDate, type IsoDate } from '@/lib/domain/dates';
import { isOpenNotice } from '@/lib/domain/notices';
import { remindersFor, type ReminderDraft } from '@/lib/domain/reminders';
import { resolveSettings } from '@/lib/domain/settings';
import { fmtDate } from '@/lib/i18n/format';
import { t } from '@/lib/i18n/zh-CN';

const iso = (d: Date | null) => (d ? toIsoDate(d) : null);

function textOf(r: ReminderDraft, unitName: string): string {
  const c = t.reminders;
  const s = r.subject;
  const what =
    s.type === 'milestone'
      ? c.milestone(r.rule as 'DUE_SOON' | 'OVERDUE', s.label, s.text.replace(/^[^：:]{1,10}[：:]/, ''), fmtDate(s.dueDate))
      : s.type === 'deadline'
        ? c.deadline(r.rule as 'DUE_SOON' | 'OVERDUE', fmtDate(s.dueDate))
        : s.type === 'notice'
          ? c.notice(r.rule as 'DUE_SOON' | 'OVERDUE', t.notice.number(s.numberYear, s.number), fmtDate(s.dueDate))
          : c.report(s.lastReported ? fmtDate(s.lastReported) : null, s.days);
  return c.text(unitName, t.task.inYear(r.planYear, r.taskNumber), what);
}

/** A robot's message: the unit's own prefix (a 钉钉 自定义关键词 must be in it), else the app's, then the text. */
export const webhookPayload = (text: string, prefix: string | null = null) =>
  JSON.stringify({ msgtype: 'text', text: { content: `${prefix ?? t.reminders.prefix}${text}` } });

/** The outbox rows of one reminder: one per robot the unit has (企业微信, 钉钉). */
export const deliveriesOf = (unit: { wecomWebhook: string | null; dingtalkWebhook: string | null; robotPrefix: string | null }, text: string) =>
  (
    [
      ['WECOM', unit.wecomWebhook],
      ['DINGTALK', unit.dingtalkWebhook],
    ] as const
  )
    .filter((c): c is ['WECOM' | 'DINGTALK', string] => !!c[1])
    .map(([channel, url]) => ({ channel, url, payload: webhookPayload(text, unit.robotPrefix) }));

/** Queues the reminders of `day`; returns how many were new (0 when run again the same day). */
export async function queueReminders(day: IsoDate): Promise<{ reminders: number; deliveries: number }> {
  const [tasks, notices, units, settings, submitted] = await Promise.all([
    prisma.task.findMany({
      where: { planYear: { status: 'ACTIVE' } },
      select: {
        id: true,
        number: true,
        deadlineMonth: true,
        completedOn: true,
        planYear: { select: { year: true } },
        units: { select: { unitId: true } },
        milestones: { select: { id: true, periodLabel: true, text: true, dueDate: true, reachedOn: true } },
      },
    }),
    // Every notice not closed, of any plan year: one still open when its year is archived is chased on.
    prisma.supervisionNotice.findMany({
      where: { status: { not: 'CLOSED' } },
      select: {
        id: true,
        numberYear: true,
        number: true,
        status: true,
        dueDate: true,
        task: { select: { number: true, planYear: { select: { year: true } } } },
        recipients: { select: { unitId: true, status: true } },
      },
    }),
    prisma.unit.findMany({ select: { id: true, name: true, wecomWebhook: true, dingtalkWebhook: true, robotPrefix: true } }),
    prisma.setting.findMany(),
    prisma.progressUpdate.groupBy({
      by: ['taskId'],
      where: { status: { in: ['APPROVED', 'PENDING'] }, asOf: { lte: new Date(`${day}T00:00:00.000Z`) } },
      _max: { asOf: true },
    }),
  ]);
  const last = new Map(submitted.map((s) => [s.taskId, iso(s._max.asOf)]));
  const drafts = remindersFor(
    {
      tasks: tasks.map((x) => ({
        id: x.id,
        number: x.number,
        planYear: x.planYear.year,
        deadlineMonth: x.deadlineMonth,
        completedOn: iso(x.completedOn),
        unitIds: x.units.map((u) => u.unitId),
        milestones: x.milestones.map((m) => ({
          id: m.id,
          periodLabel: m.periodLabel,
          text: m.text,
          dueDate: toIsoDate(m.dueDate),
          reachedOn: iso(m.reachedOn),
        })),
        lastReported: last.get(x.id) ?? null,
      })),
      notices: notices.map((n) => ({
        id: n.id,
        numberYear: n.numberYear,
        number: n.number,
        taskNumber: n.task.number,
        planYear: n.task.planYear.year,
        dueDate: toIsoDate(n.dueDate),
        open: isOpenNotice(n.status),
        // Reminded: the units whose own part still waits on them.
        recipientIds: n.recipients.filter((r) => isOpenNotice(r.status)).map((r) => r.unitId),
      })),
    },
    day,
    resolveSettings(settings),
  );
  const unitOf = new Map(units.map((u) => [u.id, u]));
  return writeTransaction(async (tx) => {
    const existing = new Set((await tx.reminder.findMany({ where: { day }, select: { key: true } })).map((r) => r.key));
    let reminders = 0;
    let deliveries = 0;
    for (const d of drafts) {
      if (existing.has(d.key)) continue;
      const unit = unitOf.get(d.unitId);
      if (!unit) continue;
      const text = textOf(d, unit.name);
      const outbox = deliveriesOf(unit, text);
      await tx.reminder.create({
        data: { key: d.key, day, rule: d.rule, unitId: d.unitId, taskNumber: d.taskNumber, planYear: d.planYear, text, deliveries: { create: outbox } },
      });
      existing.add(d.key);
      reminders++;
      deliveries += outbox.length;
    }
    return { reminders, deliveries };
  });
}
