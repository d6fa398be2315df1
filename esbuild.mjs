// Build: knowledge (validate + bake) → dist/extension.js + dist/cli.js.
// node esbuild.mjs [--production] [--watch]
import * as esbuild from 'esbuild';
import { createRequire } from 'node:module';
import * as fs from 'node:fs';
import * as path from 'node:path';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');
const root = path.dirname(new URL(import.meta.url).pathname);
const dist = path.join(root, 'dist');
const require = createRequire(import.meta.url);

const common = {
  // web-tree-sitter's ESM build calls createRequire(import.meta.url), which breaks in a CJS bundle.
  alias: { 'web-tree-sitter': require.resolve('web-tree-sitter') },
  // jsonc-parser's `main` is a UMD build whose inner requires esbuild cannot follow; its ESM build bundles cleanly.
  mainFields: ['module', 'main'],
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node18',
  minify: production,
  sourcemap: production ? false : 'linked',
  sourcesContent: false,
  logLevel: 'warning',
  legalComments: production ? 'none' : 'inline',
};

/** Validates knowledge/ and writes dist/knowledge.json + dist/search-index.json. */
async function buildKnowledge() {
  const out = path.join(root, '.build', 'buildKnowledge.cjs');
  await esbuild.build({ ...common, minify: false, sourcemap: false, entryPoints: [path.join(root, 'scripts/buildKnowledge.ts')], outfile: out, packages: 'external' });
  delete require.cache[out];
  const started = Date.now();
  const result = require(out).buildKnowledge(dist);
  console.log(`knowledge: ${result.topics} topics, ${(result.knowledgeBytes / 1024).toFixed(0)} KB + ${(result.indexBytes / 1024).toFixed(0)} KB index (${Date.now() - started} ms)`);
}

/**
 * The TypeScript compiler (~9 MB of source) lives in its own dist/typescript.js, required by the CDK
 * TypeScript parser on first use. Inside cli.js / analysis.js, V8 had to read all of it on every
 * start, CloudFormation-only runs included: most of the CLI's start-up. One copy also serves both.
 */
const typescriptOnDemand = {
  name: 'typescript-on-demand',
  setup(build) {
    build.onResolve({ filter: /^typescript$/ }, () => ({ path: './typescript.js', external: true }));
  },
};

const targets = [
  { entryPoints: [path.join(root, 'src/vscode/extension.ts')], outfile: path.join(dist, 'extension.js'), external: ['vscode'] },
  { entryPoints: [path.join(root, 'src/cli/main.ts')], outfile: path.join(dist, 'cli.js'), banner: { js: '#!/usr/bin/env node' }, plugins: [typescriptOnDemand] },
  // The analysis core (parsers, rules, hovers) in one bundle, loaded by the worker or, as a
  // fallback, by the extension host: never at activation.
  { entryPoints: [path.join(root, 'src/core/analysis/library.ts')], outfile: path.join(dist, 'analysis.js'), plugins: [typescriptOnDemand] },
  { entryPoints: [path.join(root, 'src/core/analysis/worker.ts')], outfile: path.join(dist, 'worker.js') },
  // The compiler as shipped (a CommonJS file), minified in a production build.
  { entryPoints: [require.resolve('typescript')], outfile: path.join(dist, 'typescript.js'), legalComments: 'none' },
];

// Tree-sitter runtime and grammars, loaded from next to the bundle (src/core/iac/treeSitter.ts,
// GRAMMAR_FILES: keep the two lists in step).
const WASM_FILES = [
  ['web-tree-sitter', 'web-tree-sitter.wasm'],
  ['@tree-sitter-grammars/tree-sitter-hcl', 'tree-sitter-terraform.wasm'],
  ['tree-sitter-python', 'tree-sitter-python.wasm'],
];

function copyWasm() {
  fs.mkdirSync(dist, { recursive: true });
  for (const [pkg, file] of WASM_FILES) {
    let source;
    try {
      source = require.resolve(`${pkg}/${file}`);
    } catch {
      source = path.join(path.dirname(require.resolve(`${pkg}/package.json`)), file);
    }
    fs.copyFileSync(source, path.join(dist, file));
  }
}

async function main() {
  if (production) fs.rmSync(dist, { recursive: true, force: true });
  await buildKnowledge();
  copyWasm();
  if (!watch) {
    await Promise.all(targets.map(t => esbuild.build({ ...common, ...t, metafile: false })));
    for (const t of targets) console.log(`${path.relative(root, t.outfile)}: ${(fs.statSync(t.outfile).size / 1024).toFixed(0)} KB`);
    return;
  }
  const contexts = await Promise.all(targets.map(t => esbuild.context({ ...common, ...t, logLevel: 'info' })));
  await Promise.all(contexts.map(c => c.watch()));
  let pending;
  fs.watch(path.join(root, 'knowledge'), { recursive: true }, () => {
    clearTimeout(pending);
    pending = setTimeout(() => buildKnowledge().catch(e => console.error(e.message)), 200);
  });
  console.log('watching src/ and knowledge/ …');
}

main().catch(e => {
  console.error(e.message);
  process.exit(1);
});
