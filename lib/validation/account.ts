// Units and accounts managed in the app (督查室), and changing one's own password.
import { z } from 'zod';
import { m } from '@/lib/i18n/messages';
import { LIMITS } from './limits';
import { ROLES } from '@/lib/domain/types';

export const MIN_PASSWORD = 10;

const webhook = z
  .string()
  .trim()
  .max(500, m.tooLong(500))
  .refine((s) => s === '' || /^https?:\/\/[^\s]+$/.test(s), m.badWebhook)
  .transform((s) => s || null);

export const unitSchema = z.object({
  code: z
    .string()
    .trim()
    .regex(/^[a-z0-9_-]{2,20}$/, m.badCode),
  name: z.string().trim().min(2, m.required).max(40, m.tooLong(40)),
  /** The full official name (深圳市盐田区卫生健康局); empty: none. */
  fullName: z
    .string()
    .trim()
    .max(60, m.tooLong(60))
    .optional()
    .transform((v) => v || null),
  /** Other names plans use for the unit, separated by 、，,；; or line breaks; each at most 40 characters. */
  aliases: z
    .string()
    .optional()
    .transform((v) => [
      ...new Set(
        (v ?? '')
          .split(/[、，,；;\n]+/u)
          .map((a) => a.trim())
          .filter(Boolean),
      ),
    ])
    .refine((list) => list.every((a) => a.length <= 40), m.tooLong(40))
    .refine((list) => list.length <= 20, m.tooManyAliases),
  /** Group robots the unit's reminders are pushed to (企业微信 / 钉钉); empty: the inbox only. */
  wecomWebhook: webhook.optional().transform((v) => v ?? null),
  dingtalkWebhook: webhook.optional().transform((v) => v ?? null),
  /** The 钉钉 robot's 加签 secret, as its security settings show it (SEC followed by letters and digits); empty: none. */
  dingtalkSecret: z
    .string()
    .trim()
    .refine((s) => s === '' || /^SEC[0-9A-Za-z]{16,128}$/.test(s), m.badDingtalkSecret)
    .optional()
    .transform((v) => v || null),
  /** What the robots' messages start with (a 钉钉 自定义关键词 must be in it); empty: the app's own. */
  robotPrefix: z
    .string()
    .trim()
    .max(40, m.tooLong(40))
    .optional()
    .transform((v) => v || null),
});

/** An account's name as the app shows it (a leader's: their name as the plan's 牵头区领导 writes it). */
const displayName = z.string().trim().min(1, m.required).max(40, m.tooLong(40));

export const userCreateSchema = z
  .object({
    username: z
      .string()
      .trim()
      .regex(/^[a-z0-9_.-]{2,40}$/i, m.badUsername),
    displayName,
    role: z.enum(ROLES, { error: m.chooseRole }),
    unitId: z.union([z.literal(''), z.coerce.number().int().positive()]).optional(),
  })
  .refine((v) => v.role !== 'UNIT' || !!v.unitId, { path: ['unitId'], message: m.chooseUnit });

export const userRenameSchema = z.object({ displayName });

export const changePasswordSchema = z
  .object({
    current: z.string().min(1, m.required).max(LIMITS.password),
    next: z.string().min(MIN_PASSWORD, m.passwordTooShort(MIN_PASSWORD)).max(LIMITS.password, m.tooLong(LIMITS.password)),
    confirm: z.string().min(1, m.required),
  })
  .refine((v) => v.next === v.confirm, { path: ['confirm'], message: m.passwordMismatch })
  .refine((v) => v.next !== v.current, { path: ['next'], message: m.passwordSame });
