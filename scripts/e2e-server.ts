// Serves the production build for e2e tests on a fresh temporary database (migrated and seeded).
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const port = process.env.E2E_PORT ?? '3100';
const dir = mkdtempSync(path.join(os.tmpdir(), 'msdb-e2e-'));
process.env.DATABASE_URL = `file:${path.join(dir, 'e2e.db')}`;
// Where this server's database is, for tests that move a date into the past (e2eDatabase in tests/e2e/fixtures.ts).
writeFileSync(path.join(os.tmpdir(), `msdb-e2e-${port}.path`), path.join(dir, 'e2e.db'));
process.env.APP_MODE = 'demo';

const { prepareDatabase } = await import('./prepare-db');
await prepareDatabase();

// The same server `npm start` runs (scripts/serve.ts), on 127.0.0.1.
const { TSX_BIN } = await import('./build-if-needed');
const child = spawn(process.execPath, [TSX_BIN, 'scripts/serve.ts'], {
  stdio: 'inherit',
  env: { ...process.env, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1', PORT: port, HOST: '127.0.0.1' },
});
for (const sig of ['SIGINT', 'SIGTERM'] as const) process.on(sig, () => child.kill(sig));
child.on('exit', (code) => process.exit(code ?? 0));
