// Bundles the in-host suites test/integration/**/*.ts into out/test/integration/: index.js (the
// extensionTestsPath module) plus one <name>.test.js per suite, which index.js hands to mocha.
// `vscode` (provided by the extension host) and `mocha` (resolved from the root node_modules)
// stay external.
//
// Usage: `node test/editor/buildSuites.mjs` (also imported by run.mjs and test/electron/run.mjs).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const SOURCE_DIR = path.join(REPO_ROOT, 'test', 'integration');
export const SUITES_OUT_DIR = path.join(REPO_ROOT, 'out', 'test', 'integration');

function listTs(dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return listTs(p);
    return e.isFile() && e.name.endsWith('.ts') && !e.name.endsWith('.d.ts') ? [p] : [];
  });
}

/** Builds the suites; returns the path of index.js. Throws on a compile error. */
export async function buildSuites() {
  const esbuild = await import('esbuild');
  const sources = listTs(SOURCE_DIR);
  // Entry points: the runner and every suite. Helpers are bundled into each file that uses them.
  const entryPoints = sources.filter((f) => f.endsWith('.test.ts') || path.basename(f) === 'index.ts');
  if (!entryPoints.some((f) => f.endsWith('.test.ts'))) throw new Error(`no *.test.ts suites in ${SOURCE_DIR}`);
  const byName = new Map();
  for (const f of entryPoints) {
    const name = path.basename(f);
    if (byName.has(name)) throw new Error(`two suites would both be bundled as ${name}: ${byName.get(name)} and ${f}`);
    byName.set(name, f);
  }
  fs.rmSync(SUITES_OUT_DIR, { recursive: true, force: true });
  await esbuild.build({
    entryPoints,
    outdir: SUITES_OUT_DIR,
    // Suites in sub-folders land flat beside index.js (it reads its own folder only).
    entryNames: '[name]',
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node18',
    // As in esbuild.mjs: jsonc-parser's UMD `main` cannot be bundled, its ESM build can.
    mainFields: ['module', 'main'],
    sourcemap: 'inline',
    sourcesContent: false,
    external: ['vscode', 'mocha'],
    logLevel: 'error',
  });
  return path.join(SUITES_OUT_DIR, 'index.js');
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const t0 = Date.now();
  buildSuites().then(
    (index) => console.log(`in-host suites: ${path.relative(REPO_ROOT, index)} and ${fs.readdirSync(SUITES_OUT_DIR).filter((f) => f.endsWith('.test.js')).length} suites (${Date.now() - t0} ms)`),
    (e) => {
      console.error(`building the in-host suites failed: ${e.message}`);
      process.exit(1);
    },
  );
}
