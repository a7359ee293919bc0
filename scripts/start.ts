// `npm start`: migrate (and seed an empty database), build when the sources are newer than the
// last build, then serve on PORT (default 3000).
import { spawn } from 'node:child_process';
import { env } from '@/lib/env';
import { prepareDatabase } from './prepare-db';
import { buildIfNeeded, TSX_BIN } from './build-if-needed';

async function main(): Promise<void> {
  if (env.APP_MODE === 'production' && !env.SESSION_SECRET) {
    throw new Error('APP_MODE=production needs SESSION_SECRET (at least 32 characters) to sign sessions.');
  }
  await prepareDatabase();
  buildIfNeeded();
  // The production server: Next's handler behind a wrapper that knows the client's address.
  const child = spawn(process.execPath, [TSX_BIN, 'scripts/serve.ts'], {
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1' },
  });
  for (const sig of ['SIGINT', 'SIGTERM'] as const) process.on(sig, () => child.kill(sig));
  child.on('exit', (code) => process.exit(code ?? 0));
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
