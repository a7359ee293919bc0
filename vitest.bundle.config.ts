// The air-gapped bundle test: slow (it packs and unpacks the whole app), so it runs on its own,
// last in \`npm test\` (\`npm run test:bundle\`), after the build it packs exists.
import { defineConfig } from 'vitest/config';
import base from './vitest.config';

export default defineConfig({ ...base, test: { ...base.test, include: ['tests/bundle/**/*.test.ts'], testTimeout: 480_000 } });
