// Which Chromium the e2e suite drives, in order: CHROMIUM_PATH; a system Chromium; else the
// Chromium that installs from the npm registry (@sparticuz/chromium), so a new machine with no
// browser and no internet still runs `npm test`.
import { existsSync } from 'node:fs';

const SYSTEM_PATHS = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

export async function resolveChromium(env: NodeJS.ProcessEnv = process.env): Promise<{ path: string; source: 'env' | 'system' | 'npm' }> {
  if (env.CHROMIUM_PATH) {
    if (!existsSync(env.CHROMIUM_PATH)) throw new Error(`CHROMIUM_PATH=${env.CHROMIUM_PATH} does not exist`);
    return { path: env.CHROMIUM_PATH, source: 'env' };
  }
  const system = SYSTEM_PATHS.find((p) => existsSync(p));
  if (system) return { path: system, source: 'system' };
  // Unpacks its brotli-compressed binary to /tmp/chromium once; later calls reuse it.
  const { default: sparticuz } = await import('@sparticuz/chromium');
  return { path: await sparticuz.executablePath(), source: 'npm' };
}

/** Flags for a closed network: without them Chromium floods it with refused connections. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
