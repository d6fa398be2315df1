/**
 * Parses every template of the shared corpus (../shared/corpus, listed in its index.yaml) through
 * the same dispatcher the extension uses, and checks that the model finds exactly the resources a
 * reader sees: the keys of the Resources section counted independently (JSON.parse, or a plain
 * `yaml.parse` that knows nothing of intrinsics). Prints one line per file: resources found /
 * expected, links, parse errors, time.
 * Exit 1 on any exception or mismatch; exit 0 with a message when the corpus is absent.
 * Run: npm run check:corpus   (or: npx tsx scripts/checkCorpus.ts [corpus dir])
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { parseDocument } from '../src/core/iac/parseDocument';
import { lint } from '../src/core/rules/engine';
import { RULES } from '../src/core/rules/index';
import type { Finding } from '../src/core/rules/ruleTypes';

interface Entry {
  format: string;
  file: string;
  source_repo?: string;
  source_path?: string;
}

/** Keys of the Resources section, as a reader sees them (last duplicate wins, like JSON.parse). */
function readerCount(text: string, json: boolean): number | string {
  try {
    // A plain read: unknown tags (!Ref, !Sub…) only change values, never the keys we count.
    const data = json ? JSON.parse(text) : parseYaml(text, { logLevel: 'silent', uniqueKeys: false });
    const resources = data && typeof data === 'object' ? (data as { Resources?: unknown }).Resources : undefined;
    if (!resources || typeof resources !== 'object' || Array.isArray(resources)) return 0;
    // `Fn::ForEach::…` keys are loops (AWS::LanguageExtensions), not resources.
    return Object.keys(resources).filter(k => !k.startsWith('Fn::ForEach::')).length;
  } catch (e) {
    return `unreadable (${e instanceof Error ? e.message.split('\n')[0] : String(e)})`;
  }
}

async function main(): Promise<number> {
  const corpus = path.resolve(process.argv[2] ?? path.join(__dirname, '..', '..', 'shared', 'corpus'));
  const indexFile = path.join(corpus, 'index.yaml');
  if (!fs.existsSync(indexFile)) {
    console.log(`check:corpus: no corpus at ${corpus} (nothing to check).`);
    return 0;
  }
  const index = parseYaml(fs.readFileSync(indexFile, 'utf8')) as { files?: Entry[] };
  const entries = (index.files ?? []).filter(e => e.format === 'cloudformation');
  let failures = 0;
  let warnings = 0;
  let totalMs = 0;
  const width = Math.max(...entries.map(e => e.file.length), 10);
  console.log(`${'file'.padEnd(width)}  resources  links  errors  warnings      ms  findings (E/W/I/H)`);
  const byRule = new Map<string, number>();
  const errorFindings: { file: string; finding: Finding }[] = [];
  let lintMs = 0;
  for (const entry of entries) {
    const file = path.join(corpus, entry.file);
    const label = entry.file.padEnd(width);
    try {
      const text = fs.readFileSync(file, 'utf8');
      const started = performance.now();
      const doc = await parseDocument(text, { uri: `file://${file}` });
      const ms = performance.now() - started;
      totalMs += ms;
      const expected = readerCount(text, doc.syntax === 'json' || /\.json$/i.test(file));
      const errors = doc.parseErrors.filter(e => e.severity === 'error');
      const warns = doc.parseErrors.filter(e => e.severity === 'warning');
      const found = doc.resources.length;
      const problems: string[] = [];
      if (doc.format !== 'cloudformation') problems.push(`detected as ${doc.format ?? 'not IaC'}`);
      if (typeof expected === 'string') problems.push(`reader: ${expected}`);
      else if (found !== expected) problems.push(`found ${found}, a reader sees ${expected}`);
      // A broken corpus file is reported, not hidden: its errors are listed and it counts as a failure.
      if (errors.length > 0) problems.push(`syntax errors: ${errors.slice(0, 3).map(e => `${e.range.start.line + 1}:${e.range.start.character + 1} ${e.message}`).join('; ')}`);
      warnings += warns.length;
      // Lint with fixes computed, so the edit helpers run on real templates too.
      const lintStarted = performance.now();
      const result = lint(doc, text, { rules: RULES, computeFixes: true });
      lintMs += performance.now() - lintStarted;
      for (const e of result.ruleErrors) problems.push(`rule ${e.ruleId} threw on ${e.resource}: ${e.message}`);
      const sev = { error: 0, warning: 0, info: 0, hint: 0 };
      for (const f of result.findings) {
        sev[f.severity]++;
        byRule.set(f.ruleId, (byRule.get(f.ruleId) ?? 0) + 1);
        if (f.severity === 'error') errorFindings.push({ file: entry.file, finding: f });
      }
      const counts = `${String(found).padStart(4)}/${String(typeof expected === 'number' ? expected : '?').padEnd(4)}  ${String(doc.links.length).padStart(5)}  ${String(errors.length).padStart(6)}  ${String(warns.length).padStart(8)}  ${ms.toFixed(1).padStart(6)}  ${sev.error}/${sev.warning}/${sev.info}/${sev.hint}`;
      console.log(`${label}  ${counts}${problems.length ? `  ✗ ${problems.join(' | ')}` : ''}`);
      for (const w of warns.slice(0, 3)) console.log(`${' '.repeat(width)}    warning ${w.range.start.line + 1}:${w.range.start.character + 1} ${w.message}`);
      if (problems.length > 0) failures++;
    } catch (e) {
      failures++;
      console.log(`${label}  ✗ exception: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
    }
  }
  console.log(`\n${entries.length} files, ${failures} failing, ${warnings} warnings, ${totalMs.toFixed(0)} ms parsing and ${lintMs.toFixed(0)} ms linting in total.`);
  console.log('\nFindings by rule:');
  for (const [id, n] of [...byRule].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))) console.log(`  ${String(n).padStart(5)}  ${id}`);
  // Error-severity findings are listed in full: each one is reviewed by hand (a false positive is a bug).
  console.log(`\nError-severity findings (${errorFindings.length}):`);
  for (const { file, finding: f } of errorFindings) console.log(`  ${file}:${f.range.start.line + 1}:${f.range.start.character + 1} [${f.ruleId}] ${f.message}`);
  return failures > 0 ? 1 : 0;
}

main().then(
  code => process.exit(code),
  e => {
    console.error(e);
    process.exit(1);
  },
);
