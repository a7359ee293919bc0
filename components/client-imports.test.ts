// What a client component may pull into the browser. Every 'use client' module's value imports are
// followed (type-only imports are erased by the compiler; imports of server actions become references)
// and none may reach the modules that made form pages 50 KB heavier than the framework's floor: the
// schema library (zod, 29 KB gzip), the whole catalogue (lib/i18n/zh-CN, with ./messages 19 KB), the
// server side of the action state, the Chinese calendar. A form imports its strings from lib/i18n/parts and its idle state
// from lib/actions/form-state. `npm run bench` measures each route's first-load JavaScript.
import { readdirSync, readFileSync, existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(__dirname, '..');
const FORBIDDEN: { what: string; test: (spec: string, file: string | null) => boolean }[] = [
  { what: 'zod', test: (spec) => spec === 'zod' || spec.startsWith('zod/') },
  { what: 'the whole catalogue (lib/i18n/zh-CN)', test: (_, f) => f === path.join(root, 'lib/i18n/zh-CN.ts') },
  { what: 'all messages (lib/i18n/messages)', test: (_, f) => f === path.join(root, 'lib/i18n/messages.ts') },
  { what: "the server's evidence refusals (lib/i18n/parts/evidence-messages)", test: (_, f) => f === path.join(root, 'lib/i18n/parts/evidence-messages.ts') },
  { what: 'the server side of the action state (lib/actions/state)', test: (_, f) => f === path.join(root, 'lib/actions/state.ts') },
  { what: 'the database client', test: (spec) => spec.startsWith('@prisma/') || spec === 'better-sqlite3' || spec === 'pg' },
  { what: 'the Chinese calendar (lunar-typescript, for reading 春节前 in plan tables)', test: (spec) => spec === 'lunar-typescript' },
];

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === 'generated' || e.name === 'node_modules' ? [] : filesUnder(p);
    return /\.tsx?$/.test(e.name) && !/\.test\.tsx?$/.test(e.name) ? [p] : [];
  });
}

function resolve(spec: string, from: string): string | null {
  const base = spec.startsWith('@/') ? path.join(root, spec.slice(2)) : spec.startsWith('.') ? path.resolve(path.dirname(from), spec) : null;
  if (!base) return null;
  for (const c of [base, `${base}.ts`, `${base}.tsx`, path.join(base, 'index.ts'), path.join(base, 'index.tsx')])
    if (existsSync(c) && statSync(c).isFile()) return c;
  throw new Error(`cannot resolve ${spec} from ${from}`);
}

/** The module's value imports and re-exports (not `import type`, not `export type`). */
export function valueImports(source: string): string[] {
  const specs: string[] = [];
  for (const m of source.matchAll(/^\s*(import|export)\s+(type\s+)?([^'";]*?)\s*from\s*['"]([^'"]+)['"]/gm)) {
    if (m[2]) continue;
    // `import { type A, type B } from` carries no value either.
    const names = /^\{([^}]*)\}$/.exec(m[3]!.trim())?.[1];
    if (names !== undefined && names.split(',').every((n) => !n.trim() || n.trim().startsWith('type '))) continue;
    specs.push(m[4]!);
  }
  for (const m of source.matchAll(/^\s*import\s+['"]([^'"]+)['"]/gm)) specs.push(m[1]!);
  // A dynamic import (not `import('x').Type`, a type written inline).
  for (const m of source.matchAll(/\bimport\(\s*['"]([^'"]+)['"]\s*\)(?!\.[A-Z])/g)) specs.push(m[1]!);
  return specs;
}

const isServerActionModule = (source: string) => /^\s*['"]use server['"]/.test(source);

/** Every module a client component reaches, with the chain that reached it; a forbidden one is reported. */
function reach(entry: string): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  const walk = (file: string, chain: string[]) => {
    if (seen.has(file)) return;
    seen.add(file);
    const source = readFileSync(file, 'utf8');
    for (const spec of valueImports(source)) {
      const target = resolve(spec, file);
      const bad = FORBIDDEN.find((f) => f.test(spec, target));
      const here = [...chain, path.relative(root, target ?? spec)];
      if (bad) {
        problems.push(`${bad.what}: ${here.join(' → ')}`);
        continue;
      }
      // A server action module is a reference in the browser: its imports stay on the server.
      if (target && !isServerActionModule(readFileSync(target, 'utf8'))) walk(target, here);
    }
  };
  walk(entry, [path.relative(root, entry)]);
  return problems;
}

const clientModules = [...filesUnder(path.join(root, 'components')), ...filesUnder(path.join(root, 'app'))].filter((f) =>
  /^\s*['"]use client['"]/.test(readFileSync(f, 'utf8')),
);

describe('client components', () => {
  it('are found (the walk below has something to check)', () => {
    expect(clientModules.map((f) => path.relative(root, f))).toEqual(
      expect.arrayContaining(['components/forms/update-form.tsx', 'components/forms/login-form.tsx', 'components/forms/import-form.tsx']),
    );
  });

  it.each(clientModules.map((f) => [path.relative(root, f), f]))(
    '%s keeps the schema library, the whole catalogue and the database out of the browser',
    (_, file) => {
      expect(reach(file)).toEqual([]);
    },
  );

  it('the walk sees an import that would break the rule (the check itself)', () => {
    expect(
      valueImports(
        `import { z } from 'zod';\nimport type { A } from './a';\nimport { type B } from './b';\nexport { IDLE } from './form-state';\ntype F = import('./flags').Flag;\nconst lazy = () => import('./heavy');`,
      ),
    ).toEqual(['zod', './form-state', './heavy']);
    // The server side of the action state, reached the way the forms reached it before.
    expect(reach(path.join(root, 'lib/actions/state.ts')).join('\n')).toContain('zod');
  });
});
