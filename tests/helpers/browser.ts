// Which Chromium the e2e suite drives, in order: CHROMIUM_PATH; a system Chromium; else the
// Chromium that installs from the npm registry (@sparticuz/chromium), so a new machine with no
// browser and no internet still runs `npm test`.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

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

/** The family our stylesheet asks for first (app/globals.css); the npm font answers to it in the e2e browser. */
const CJK_FAMILY = 'Noto Sans CJK SC';
/** The family name inside the npm font's files (Noto Sans CJK SC under its earlier name). */
const NPM_FONT_FAMILY = 'Noto Sans S Chinese';

/**
 * The environment that gives the e2e browser a Chinese font. An office's computer has one; a new
 * machine (and the npm Chromium) has none and draws every Chinese character as the same empty box,
 * so what the suite printed and laid out was not what an office prints. The font comes from the npm
 * registry (@embedpdf/fonts-sc: Noto Sans, Simplified Chinese, OFL): a fontconfig file of our own
 * adds its folder to the system's configuration and lets it answer for "Noto Sans CJK SC".
 */
export function chineseFontEnv(env: NodeJS.ProcessEnv = process.env): Record<string, string> {
  const pkg = path.join(path.dirname(createRequire(import.meta.url).resolve('@embedpdf/fonts-sc')), '..');
  const fonts = path.join(pkg, 'fonts');
  // In this checkout's node_modules: two checkouts testing at once keep their own.
  const dir = path.join(pkg, '..', '..', '.cache', 'e2e-fonts');
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, 'fonts.conf');
  const conf = `<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">
<fontconfig>
  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>
  <dir>${fonts}</dir>
  <cachedir>${path.join(dir, 'cache')}</cachedir>
  <alias binding="same"><family>${CJK_FAMILY}</family><prefer><family>${NPM_FONT_FAMILY}</family></prefer></alias>
</fontconfig>
`;
  // Written once: every Playwright worker loads the config, and a browser may be reading the file.
  if (!existsSync(file) || readFileSync(file, 'utf8') !== conf) writeFileSync(file, conf);
  const vars = Object.fromEntries(Object.entries(env).filter((e): e is [string, string] => e[1] !== undefined));
  return { ...vars, FONTCONFIG_FILE: file };
}
