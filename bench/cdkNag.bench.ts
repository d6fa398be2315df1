/**
 * Our CLI's lint against cdk-nag v3 (aws-cdk-lib `CfnInclude` + `AwsSolutionsChecks`, synthesised)
 * on the same CloudFormation templates in one run: generated ones of several sizes and every
 * template of ../shared/corpus when it is there. Per template and in total, CPU time in process
 * (median of a few interleaved runs after a warm-up pass), then each tool as the process a user
 * starts (module loading included, wall time), then the findings of both on the rules that check
 * the same thing (bench/cdkNag/rulePairs.ts).
 * Run: npx tsx bench/cdkNag.bench.ts   (the process comparison needs dist/cli.js: node esbuild.mjs)
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { runLint } from '../src/cli/lint';
import { parseLintArgs } from '../src/cli/lintArgs';
import { template as cloudFormation } from './cloudformation.bench';
import { comparePair, type OurFinding, type PairResult } from './cdkNag/compareFindings';
import { NAG_RUNNER_SCRIPT, runCdkNag, type NagRun } from './cdkNag/nagRunner';
import { RULE_PAIRS } from './cdkNag/rulePairs';

const ROOT = path.resolve(__dirname, '..');
const CORPUS = path.resolve(ROOT, '..', 'shared', 'corpus');
const CLI = path.join(ROOT, 'dist', 'cli.js');
const CHILD_CPU = path.join(__dirname, 'cdkNag', 'childCpu.cjs');
const RUNS = 3;
const VERSION = (JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;

interface Template {
  label: string;
  file: string;
  bytes: number;
  generated: boolean;
}

interface Measured {
  ours: number[];
  nag: number[];
  nagRules: number[];
  findings: OurFinding[];
  nagRun: NagRun;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[s.length >> 1];
}

// Generated sizes stay under CloudFormation's 500 resources per stack: CDK refuses to synthesise more
// (a 1 MB template of these groups has ~2,200), so the largest ones sit near that limit.
const GENERATED: { label: string; bytes: number; syntax: 'yaml' | 'json' }[] = [
  { label: 'generated 10KB.yaml', bytes: 10_000, syntax: 'yaml' },
  { label: 'generated 100KB.yaml', bytes: 100_000, syntax: 'yaml' },
  { label: 'generated 190KB.yaml', bytes: 200_000, syntax: 'yaml' },
  { label: 'generated 380KB.json', bytes: 400_000, syntax: 'json' },
];

function writeGenerated(dir: string): Template[] {
  return GENERATED.map(g => {
    const file = path.join(dir, `generated-${g.label.split(' ')[1]}`);
    fs.writeFileSync(file, cloudFormation(g.bytes, g.syntax));
    return { label: g.label, file, bytes: fs.statSync(file).size, generated: true };
  });
}

function corpusTemplates(): Template[] | undefined {
  const index = path.join(CORPUS, 'index.yaml');
  if (!fs.existsSync(index)) return undefined;
  const entries = (parseYaml(fs.readFileSync(index, 'utf8')) as { files?: { file: string }[] }).files ?? [];
  return entries.map(e => {
    const file = path.join(CORPUS, e.file);
    return { label: e.file.replace(/^aws-cloudformation-templates\//, ''), file, bytes: fs.statSync(file).size, generated: false };
  });
}

/** The CLI's lint of one file, in process, through the function the CLI calls; JSON output as the CLI prints it. */
async function ourLint(file: string, cwd: string): Promise<{ ms: number; findings: OurFinding[] }> {
  let out = '';
  const io = { out: (s: string) => void (out += s), err: () => {}, cwd };
  const t = process.cpuUsage();
  await runLint(parseLintArgs([file, '--format', 'json']), io, VERSION);
  const d = process.cpuUsage(t);
  const files = (JSON.parse(out) as { files: { findings: { ruleId: string; resource: { address: string } }[] }[] }).files;
  return { ms: (d.user + d.system) / 1000, findings: files.flatMap(f => f.findings.map(x => ({ ruleId: x.ruleId, address: x.resource.address }))) };
}

const nagMs = (r: NagRun) => (r.loaded ? r.cpu.include + r.cpu.synth : NaN);

async function measure(templates: Template[], cwd: string): Promise<Map<Template, Measured>> {
  const results = new Map<Template, Measured>();
  // Warm-up pass (JIT, cdk-nag's lazily loaded modules), which also collects the findings.
  for (const t of templates) {
    const ours = await ourLint(t.file, cwd);
    results.set(t, { ours: [], nag: [], nagRules: [], findings: ours.findings, nagRun: runCdkNag(t.file) });
  }
  for (let i = 0; i < RUNS; i++) {
    for (const t of templates) {
      const m = results.get(t)!;
      // Alternate which goes first, so neither always pays for the other's garbage.
      if (i % 2 === 0) m.ours.push((await ourLint(t.file, cwd)).ms);
      if (m.nagRun.loaded) {
        const r = runCdkNag(t.file, { timeRules: true });
        m.nag.push(nagMs(r));
        if (r.loaded && r.cpu.rules !== undefined) m.nagRules.push(r.cpu.rules);
      }
      if (i % 2 === 1) m.ours.push((await ourLint(t.file, cwd)).ms);
    }
  }
  return results;
}

const ms = (x: number) => (x >= 100 ? x.toFixed(0) : x.toFixed(1));
const pad = (s: string, n: number) => (s.length >= n ? s : s + ' '.repeat(n - s.length));
const lpad = (s: string, n: number) => (s.length >= n ? s : ' '.repeat(n - s.length) + s);

function printTimes(results: Map<Template, Measured>): void {
  const w = Math.max(...[...results.keys()].map(t => t.label.length), 8);
  console.log(`\n${pad('template', w)}  ${lpad('KB', 5)}  ${lpad('ours ms', 8)}  ${lpad('cdk-nag ms', 10)}  ${lpad('ratio', 7)}  ${lpad('nag rules ms', 12)}`);
  for (const [t, m] of results) {
    const kb = lpad((t.bytes / 1024).toFixed(0), 5);
    const ours = median(m.ours);
    if (!m.nagRun.loaded) {
      console.log(`${pad(t.label, w)}  ${kb}  ${lpad(ms(ours), 8)}  cdk-nag could not load (${m.nagRun.stage}: ${m.nagRun.message.slice(0, 90)})`);
      continue;
    }
    const nag = median(m.nag);
    console.log(`${pad(t.label, w)}  ${kb}  ${lpad(ms(ours), 8)}  ${lpad(ms(nag), 10)}  ${lpad(`${(nag / ours).toFixed(0)}×`, 7)}  ${lpad(ms(median(m.nagRules)), 12)}`);
  }
  for (const group of [true, false]) {
    const rows = [...results].filter(([t, m]) => t.generated === group && m.nagRun.loaded);
    if (rows.length === 0) continue;
    const ours = rows.reduce((s, [, m]) => s + median(m.ours), 0);
    const nag = rows.reduce((s, [, m]) => s + median(m.nag), 0);
    const rules = rows.reduce((s, [, m]) => s + median(m.nagRules), 0);
    const skipped = [...results].filter(([t, m]) => t.generated === group && !m.nagRun.loaded).length;
    console.log(
      `cdk-nag ${group ? 'generated' : 'corpus'} total (${rows.length} templates cdk-nag loaded${skipped ? `, ${skipped} it could not` : ''}): ` +
        `ours ${ms(ours)} ms, cdk-nag ${ms(nag)} ms CPU, ratio ${(nag / ours).toFixed(0)}× ` +
        `(cdk-nag's rule walk alone ${ms(rules)} ms: ${(rules / ours).toFixed(1)}× ours)`,
    );
  }
}

interface ProcessTime {
  wall: number;
  cpu: number;
}

/** One child process: wall time, and its own CPU time (all threads, start-up included) reported by childCpu.cjs. */
function runProcess(args: string[], cwd: string): ProcessTime {
  const cpuFile = path.join(cwd, 'child-cpu.txt');
  fs.rmSync(cpuFile, { force: true });
  const t = performance.now();
  const r = spawnSync(process.execPath, ['--require', CHILD_CPU, ...args], {
    cwd,
    env: { ...process.env, AFG_BENCH_CPU_FILE: cpuFile },
    stdio: ['ignore', 'pipe', 'pipe'],
    maxBuffer: 256 * 1024 * 1024,
  });
  const wall = performance.now() - t;
  if (r.error) throw r.error;
  return { wall, cpu: fs.existsSync(cpuFile) ? Number(fs.readFileSync(cpuFile, 'utf8')) : NaN };
}

/** Each tool as the process a user starts, on the same templates: module loading included. */
function printProcesses(label: string, ourTarget: string, files: string[], cwd: string): void {
  if (!fs.existsSync(CLI)) {
    console.log(`cdk-nag processes: ${path.relative(ROOT, CLI)} missing (node esbuild.mjs), skipped`);
    return;
  }
  const ours: ProcessTime[] = [];
  const nag: ProcessTime[] = [];
  for (let i = 0; i < RUNS; i++) {
    ours.push(runProcess([CLI, 'lint', ourTarget, '--format', 'json'], cwd));
    nag.push(runProcess([NAG_RUNNER_SCRIPT, ...files], cwd));
  }
  const o = { cpu: median(ours.map(x => x.cpu)), wall: median(ours.map(x => x.wall)) };
  const n = { cpu: median(nag.map(x => x.cpu)), wall: median(nag.map(x => x.wall)) };
  // What `cdk synth` costs with aws-cdk-lib's defaults (its own validation plugin on): once, it is slow.
  const d = runProcess([NAG_RUNNER_SCRIPT, '--cfn-validate', ...files], cwd);
  console.log(
    `cdk-nag process, ${label}: ours \`node dist/cli.js lint\` ${ms(o.cpu)} ms CPU (${ms(o.wall)} ms wall), ` +
      `cdk-nag ${ms(n.cpu)} ms CPU (${ms(n.wall)} ms wall), ratio ${(n.cpu / o.cpu).toFixed(1)}× CPU (${(n.wall / o.wall).toFixed(1)}× wall) [median of ${RUNS}]; ` +
      `cdk-nag with aws-cdk-lib's default CloudFormation Validate also on ${ms(d.cpu)} ms CPU, ${(d.cpu / o.cpu).toFixed(1)}× [1 run]`,
  );
}

function printFindings(label: string, results: Map<Template, Measured>): void {
  const loaded = [...results].filter(([, m]) => m.nagRun.loaded);
  console.log(`\nfindings on overlapping rules, ${label} (${loaded.length} templates cdk-nag loaded; resources flagged):`);
  console.log(`${pad('cdk-nag', 30)}  ${pad('ours', 52)}  ${lpad('both', 4)}  ${lpad('ours only', 9)}  ${lpad('nag only', 8)}  ${lpad('nag rule errors', 15)}`);
  const details: string[] = [];
  for (const pair of RULE_PAIRS) {
    const total: PairResult = { both: [], oursOnly: [], nagOnly: [], nagRuleErrors: [] };
    for (const [t, m] of loaded) {
      if (!m.nagRun.loaded) continue;
      const r = comparePair(pair, m.findings, m.nagRun.violations);
      for (const k of ['both', 'oursOnly', 'nagOnly', 'nagRuleErrors'] as const) total[k].push(...r[k].map(a => `${t.label}: ${a}`));
      for (const [k, what] of [['oursOnly', 'ours only'], ['nagOnly', 'nag only']] as const) {
        if (r[k].length) details.push(`  ${pair.nag}${pair.nagFinding ? ` ${pair.nagFinding.source}` : ''} ${what}: ${t.label}: ${r[k].slice(0, 6).join(', ')}${r[k].length > 6 ? ` +${r[k].length - 6} more` : ''}`);
      }
    }
    const nagName = `${pair.nag}${pair.nagFinding ? `[${pair.nagFinding.source.replace(/^\^|\$$/g, '')}]` : ''}`;
    console.log(`${pad(nagName, 30)}  ${pad(pair.ours.join(' + '), 52)}  ${lpad(String(total.both.length), 4)}  ${lpad(String(total.oursOnly.length), 9)}  ${lpad(String(total.nagOnly.length), 8)}  ${lpad(String(total.nagRuleErrors.length), 15)}`);
  }
  if (details.length) console.log(`disagreements (reasons: bench/cdkNag/rulePairs.ts):\n${details.join('\n')}`);
}

async function main(): Promise<void> {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'afg-cdk-nag-bench-'));
  try {
    const generated = writeGenerated(tmp);
    const corpus = corpusTemplates();
    if (!corpus) console.log('cdk-nag: ../shared/corpus not present: corpus rows, the corpus process run and corpus findings skipped');
    const results = await measure([...generated, ...(corpus ?? [])], tmp);
    printTimes(results);
    console.log('');
    const one = corpus?.find(t => t.label === 'SNS/SNSTopic.yaml') ?? generated[0];
    printProcesses(`one template (${one.label})`, one.file, [one.file], tmp);
    if (corpus) printProcesses(`the corpus folder (${corpus.length} templates)`, CORPUS, corpus.map(t => t.file), tmp);
    else printProcesses(`the generated templates (${generated.length})`, tmp, generated.map(t => t.file), tmp);
    const compared = new Map([...results].filter(([t]) => (corpus ? !t.generated : t === generated[0])));
    printFindings(corpus ? 'corpus' : generated[0].label, compared);
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

void main();
