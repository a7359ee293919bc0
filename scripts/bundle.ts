// `npm run bundle [-- --out DIR]`: one archive that installs and starts on a Linux x64 machine
// with Node >= 20.19 and no network (government intranets often have no npm registry): the
// production build, the production dependencies with the compiled better-sqlite3 and the generated
// Prisma client, migrations, the seed, the scripts. Unpack, then `npm start`.
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, utimesSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { buildIfNeeded } from './build-if-needed';

const ROOT = process.cwd();
/** What the running app needs besides node_modules and .next (sources stay: the scripts run them with tsx). */
const FILES = [
  'app',
  'components',
  'lib',
  'prisma',
  'public',
  'scripts',
  'seeds',
  'package.json',
  'package-lock.json',
  'next.config.js',
  'tsconfig.json',
  'postcss.config.mjs',
  'prisma.config.ts',
  'README.md',
  'docs',
];

function run(cmd: string, args: string[], cwd: string) {
  const r = spawnSync(cmd, args, { cwd, stdio: 'inherit' });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed (${r.status})`);
}

export function bundle(outDir = path.join(ROOT, 'dist')): string {
  if (process.platform !== 'linux' || process.arch !== 'x64')
    console.warn(`[bundle] built on ${process.platform}-${process.arch}: the archive runs only there`);
  buildIfNeeded();
  const { name, version } = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { name: string; version: string };
  const stage = mkdtempSync(path.join(os.tmpdir(), 'msd-bundle-'));
  const app = path.join(stage, name);
  try {
    mkdirSync(app);
    for (const f of FILES) if (existsSync(path.join(ROOT, f))) cpSync(path.join(ROOT, f), path.join(app, f), { recursive: true, preserveTimestamps: true });
    cpSync(path.join(ROOT, '.next'), path.join(app, '.next'), {
      recursive: true,
      preserveTimestamps: true,
      filter: (src) => !src.includes(`${path.sep}.next${path.sep}cache`),
    });
    cpSync(path.join(ROOT, 'node_modules'), path.join(app, 'node_modules'), { recursive: true, preserveTimestamps: true, verbatimSymlinks: true });
    // Drop the development tools (browsers, test runners, linters) without touching the network.
    run('npm', ['prune', '--omit=dev', '--offline', '--no-audit', '--no-fund', '--ignore-scripts'], app);
    // The build is newer than every source, so `npm start` serves it and never rebuilds.
    const now = new Date();
    utimesSync(path.join(app, '.next', 'BUILD_ID'), now, now);
    mkdirSync(outDir, { recursive: true });
    const archive = path.join(outDir, `${name}-${version}-linux-x64.tar.gz`);
    run('tar', ['-czf', archive, '-C', stage, name], ROOT);
    console.log(`[bundle] ${archive} (${(statSync(archive).size / 1e6).toFixed(0)} MB). On the target: tar -xzf it, cd ${name}, npm start.`);
    return archive;
  } finally {
    rmSync(stage, { recursive: true, force: true });
  }
}

if (process.argv[1] && process.argv[1].endsWith('bundle.ts')) {
  const i = process.argv.indexOf('--out');
  try {
    bundle(i > 0 ? process.argv[i + 1] : undefined);
  } catch (e) {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  }
}
