// The repository's import graph, read from the sources: imports run one way — app → components →
// lib/actions → lib/data and the other services → lib/domain — and no module reaches itself again
// through its imports. A newcomer can then read a layer without the ones above it.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = process.cwd();
const DIRS = ['app', 'components', 'lib', 'scripts', 'seeds', 'prisma'];
const SKIP = /(^|\/)(generated|node_modules)(\/|$)|\.test\.tsx?$/;

function files(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir)).flatMap((name) => {
    const rel = `${dir}/${name}`;
    if (SKIP.test(rel)) return [];
    if (statSync(path.join(ROOT, rel)).isDirectory()) return files(rel);
    return /\.(ts|tsx|mjs)$/.test(name) ? [rel] : [];
  });
}

const ALL = DIRS.flatMap(files);
const KNOWN = new Set(ALL);

/** The repository file an import names, or null for a package. */
function resolve(from: string, spec: string): string | null {
  let base: string;
  if (spec.startsWith('@/')) base = spec.slice(2);
  else if (spec.startsWith('.')) base = path.posix.normalize(path.posix.join(path.posix.dirname(from), spec));
  else return null;
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, `${base}/index.ts`, base.replace(/\.mjs$/, '.mjs')]) if (KNOWN.has(candidate)) return candidate;
  return null;
}

/** Static imports and re-exports (type-only ones included: they tie the layers as well); dynamic imports are left out (scripts load lazily on purpose). */
function importsOf(file: string): string[] {
  const text = readFileSync(path.join(ROOT, file), 'utf8');
  const specs = [...text.matchAll(/^\s*(?:import|export)\s[^;]*?from\s+'([^']+)'/gm)].map((m) => m[1]!);
  return [...new Set(specs.map((s) => resolve(file, s)).filter((f): f is string => f !== null))];
}

const GRAPH = new Map(ALL.map((f) => [f, importsOf(f)]));
const layerOf = (f: string): string => (f.startsWith('lib/') ? f.split('/').slice(0, 2).join('/') : f.split('/')[0]!);

describe('the import graph', () => {
  it('has edges to check (the reader finds the imports)', () => {
    expect(GRAPH.get('lib/data/evaluated-plan.ts')).toContain('lib/domain/overview.ts');
    expect([...GRAPH.values()].flat().length).toBeGreaterThan(500);
  });

  it('lib/domain imports only lib/domain: the rules are pure', () => {
    const bad = [...GRAPH].flatMap(([f, to]) => (f.startsWith('lib/domain/') ? to.filter((t) => !t.startsWith('lib/domain/')).map((t) => `${f} → ${t}`) : []));
    expect(bad).toEqual([]);
  });

  it('nothing imports upward: lib never imports components or app, components never import app, lib/data never imports lib/actions', () => {
    const rules: [RegExp, RegExp][] = [
      [/^lib\//, /^(components|app)\//],
      [/^components\//, /^app\//],
      [/^lib\/(data|domain|validation|i18n|auth|reports|reminders|plan-import)\//, /^lib\/actions\//],
      [/^lib\/(domain|validation|i18n)\//, /^lib\/data\//],
    ];
    const bad = [...GRAPH].flatMap(([f, to]) => to.filter((t) => rules.some(([a, b]) => a.test(f) && b.test(t))).map((t) => `${f} → ${t}`));
    expect(bad).toEqual([]);
  });

  it('has no import loop', () => {
    // Tarjan's strongly connected components: any component of more than one file is a loop.
    let index = 0;
    const idx = new Map<string, number>();
    const low = new Map<string, number>();
    const stack: string[] = [];
    const on = new Set<string>();
    const loops: string[][] = [];
    const visit = (v: string) => {
      idx.set(v, index);
      low.set(v, index++);
      stack.push(v);
      on.add(v);
      for (const w of GRAPH.get(v) ?? []) {
        if (!idx.has(w)) {
          visit(w);
          low.set(v, Math.min(low.get(v)!, low.get(w)!));
        } else if (on.has(w)) low.set(v, Math.min(low.get(v)!, idx.get(w)!));
      }
      if (low.get(v) === idx.get(v)) {
        const comp: string[] = [];
        let w: string;
        do {
          w = stack.pop()!;
          on.delete(w);
          comp.push(w);
        } while (w !== v);
        if (comp.length > 1 || (GRAPH.get(v) ?? []).includes(v)) loops.push(comp.sort());
      }
    };
    for (const f of GRAPH.keys()) if (!idx.has(f)) visit(f);
    expect(loops).toEqual([]);
  });

  it('layers are what the architecture document names', () => {
    const layers = new Set([...GRAPH.keys()].map(layerOf));
    for (const l of ['app', 'components', 'lib/domain', 'lib/data', 'lib/actions', 'lib/auth']) expect(layers).toContain(l);
  });
});
