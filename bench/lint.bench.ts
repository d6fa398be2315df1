/**
 * Lint benchmark: rule time against parse time on the same inputs in the same run (target: lint
 * adds ≤ 0.3 × the parse, i.e. parse + lint ≤ 1.3 × parse), on generated ~1 MB files of every
 * format and on the real corpus; then the CLI over the whole corpus against the CLI's own start-up.
 * CPU time, median of a few interleaved runs after a warm-up. Parsers and rules come from the built
 * bundle dist/analysis.js (what the editor's worker runs), so `npm run bench` builds first.
 * Run: npx tsx bench/lint.bench.ts
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { ParsedDocument } from '../src/core/model/types';
import { generate as cdkPython } from './cdk-python.bench';
import { generate as cdkTypeScript } from './cdk-typescript.bench';
import { template as cloudFormation } from './cloudformation.bench';
import { generate as terraform } from './terraform.bench';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { parseDocument, lint, RULES } = require(path.resolve(__dirname, '..', 'dist', 'analysis.js')) as typeof import('../src/core/analysis/library');

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[s.length >> 1];
}

async function cpu<T>(fn: () => Promise<T> | T): Promise<{ ms: number; value: T }> {
  const t = process.cpuUsage();
  const value = await fn();
  const d = process.cpuUsage(t);
  return { ms: (d.user + d.system) / 1000, value };
}

async function measure(label: string, files: { text: string; uri: string }[], runs: number): Promise<void> {
  const parseMs: number[] = [];
  const lintMs: number[] = [];
  const fixMs: number[] = [];
  let findings = 0;
  for (let i = 0; i < runs + 1; i++) {
    let p = 0;
    let l = 0;
    let f = 0;
    for (const file of files) {
      // Each lint gets a fresh parse: rules keep per-document indexes, and a second lint of the same
      // model would be cheaper than any real one.
      const parsed = await cpu(() => parseDocument(file.text, { uri: file.uri }));
      const doc: ParsedDocument = parsed.value;
      const linted = await cpu(() => lint(doc, file.text, { rules: RULES, computeFixes: false, today: '2026-11-23' }));
      const again: ParsedDocument = await parseDocument(file.text, { uri: file.uri });
      // The editor's path: fixes stay unbuilt until a code action asks (computeFixes: 'lazy').
      const fixed = await cpu(() => lint(again, file.text, { rules: RULES, computeFixes: 'lazy', today: '2026-11-23' }));
      p += parsed.ms;
      l += linted.ms;
      f += fixed.ms;
      if (i === 0) findings += linted.value.findings.length;
    }
    if (i === 0) continue; // warm-up
    parseMs.push(p);
    lintMs.push(l);
    fixMs.push(f);
  }
  const x = median(parseMs);
  const y = median(lintMs);
  const z = median(fixMs);
  console.log(
    `lint ${label}: parse ${x.toFixed(1)} ms, rules ${y.toFixed(1)} ms (parse+lint = ${((x + y) / x).toFixed(2)} × parse), ` +
      `editor path (lazy fixes) ${z.toFixed(1)} ms (${((x + z) / x).toFixed(2)} ×), ${findings} findings`,
  );
}

async function main(): Promise<void> {
  const MB = 1_000_000;
  await measure('cloudformation-yaml 1MB', [{ text: cloudFormation(MB, 'yaml'), uri: 'file:///b/t.yaml' }], 3);
  await measure('cloudformation-json 1MB', [{ text: cloudFormation(MB, 'json'), uri: 'file:///b/t.json' }], 3);
  await measure('terraform 1MB', [{ text: terraform(MB), uri: 'file:///b/main.tf' }], 3);
  await measure('cdk-typescript 1MB', [{ text: cdkTypeScript(MB), uri: 'file:///b/stack.ts' }], 3);
  await measure('cdk-python 1MB', [{ text: cdkPython(MB), uri: 'file:///b/app.py' }], 3);

  const corpus = path.resolve(__dirname, '..', '..', 'shared', 'corpus');
  const index = path.join(corpus, 'index.yaml');
  if (!fs.existsSync(index)) {
    console.log('lint corpus: ../shared/corpus not present, skipped');
    return;
  }
  const entries = ((parseYaml(fs.readFileSync(index, 'utf8')) as { files?: { file: string }[] }).files ?? []).map(e => path.join(corpus, e.file));
  await measure(`corpus (${entries.length} templates)`, entries.map(f => ({ text: fs.readFileSync(f, 'utf8'), uri: `file://${f}` })), 3);

  // The CLI end to end (process start, reading, parsing, rules, output) against its own start-up.
  const cli = path.resolve(__dirname, '..', 'dist', 'cli.js');
  if (!fs.existsSync(cli)) return;
  const wall = (args: string[]) => {
    const t = performance.now();
    spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8' });
    return performance.now() - t;
  };
  const startup: number[] = [];
  const full: number[] = [];
  for (let i = 0; i < 4; i++) {
    startup.push(wall(['--version']));
    full.push(wall(['lint', corpus, '--format', 'json']));
  }
  const s = median(startup);
  const f = median(full);
  console.log(`lint CLI over the corpus: ${f.toFixed(0)} ms wall (${(f / entries.length).toFixed(1)} ms per template), start-up alone ${s.toFixed(0)} ms, ratio ${(f / s).toFixed(2)}`);
}

void main();
