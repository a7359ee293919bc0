// Status-engine thresholds (stored in the Setting table, defaults in lib/domain/settings.ts):
//   npm run settings                      list the values in force
//   npm run settings -- set KEY VALUE     e.g. set amberGapPts 15
//   npm run settings -- reset KEY         back to the default
// Plus the session idle timeout: set sessionIdleMinutes N (5 to 480, default 60).
import { checkSetting, DEFAULT_STATUS_SETTINGS, resolveSettings, SETTING_KEYS } from '@/lib/domain/settings';
import { DEFAULT_IDLE_MINUTES, idleMinutesOf } from '@/lib/auth/session-rules';

const IDLE_KEY = 'sessionIdleMinutes';

async function main([command, key, value]: string[]) {
  const { prisma } = await import('@/lib/prisma');
  try {
    const current = resolveSettings(await prisma.setting.findMany());
    if (command === 'set' && key === IDLE_KEY && value !== undefined) {
      if (String(idleMinutesOf(value)) !== value) throw new Error(`${IDLE_KEY} must be a whole number of minutes from 5 to 480`);
      await prisma.setting.upsert({ where: { key }, create: { key, value }, update: { value } });
    } else if (command === 'set' && key && value !== undefined) {
      const err = checkSetting(key, value, current);
      if (err) throw new Error(err);
      await prisma.setting.upsert({ where: { key }, create: { key, value }, update: { value } });
    } else if (command === 'reset' && key) {
      await prisma.setting.deleteMany({ where: { key } });
    } else if (command) {
      throw new Error('usage: settings [set KEY VALUE | reset KEY]');
    }
    const now = resolveSettings(await prisma.setting.findMany());
    for (const k of SETTING_KEYS) console.log(`${k.padEnd(18)} ${String(now[k]).padStart(5)}   (default ${DEFAULT_STATUS_SETTINGS[k]})`);
    const idle = await prisma.setting.findUnique({ where: { key: IDLE_KEY } });
    console.log(`${IDLE_KEY.padEnd(18)} ${String(idleMinutesOf(idle?.value)).padStart(5)}   (default ${DEFAULT_IDLE_MINUTES})`);
  } finally {
    await prisma.$disconnect();
  }
}

main(process.argv.slice(2)).catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
