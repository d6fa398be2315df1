/**
 * `aws-field-guide lint [paths…]`: the editor's analysis over files and folders, for CI.
 * Exit codes: 0 clean, 1 a finding at or above the threshold (or a file that cannot be read or parsed),
 * 2 usage or configuration errors.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyzeText } from '../core/analysis/analyze';
import { CONFIG_FILE_NAME, emptyConfig, formatConfigProblem, parseWorkspaceConfig, type WorkspaceConfig } from '../core/config/workspaceConfig';
import { RULES } from '../core/rules/index';
import { todayUtc } from '../core/rules/engine';
import type { Language } from '../core/rules/ruleTypes';
import { SUPPRESSION_RULE } from '../core/rules/suppressions';
import { formatJson } from './formatters/json';
import { formatSarif } from './formatters/sarif';
import { formatText } from './formatters/text';
import type { LintArgs } from './lintArgs';
import { atOrAbove, fileProblem, type FileReport } from './report';
import { collectFiles, errorText } from './walk';

export interface Io {
  out(s: string): void;
  err(s: string): void;
  cwd: string;
}

function loadConfig(args: LintArgs, io: Io): { config: WorkspaceConfig; root: string } | undefined {
  const explicit = args.config !== undefined;
  const file = path.resolve(io.cwd, args.config ?? CONFIG_FILE_NAME);
  if (!fs.existsSync(file)) {
    if (explicit) {
      io.err(`aws-field-guide: config file ${args.config} not found\n`);
      return undefined;
    }
    return { config: emptyConfig(), root: io.cwd };
  }
  const known = new Set([...RULES.map(r => r.meta.id), SUPPRESSION_RULE.id]);
  const shown = path.relative(io.cwd, file) || file;
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (e) {
    // A config that exists but cannot be read (a folder, no permission) is an error, not "no config".
    io.err(`aws-field-guide: cannot read config file ${shown}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}\n`);
    return undefined;
  }
  const { config, problems } = parseWorkspaceConfig(text, known);
  for (const p of problems) io.err(`${formatConfigProblem(shown, p)}\n`);
  // A broken config must not quietly lint with other settings than the team agreed on.
  if (problems.some(p => p.severity === 'error')) {
    io.err('aws-field-guide: fix the configuration errors above (nothing was linted)\n');
    return undefined;
  }
  return { config, root: path.dirname(file) };
}

export async function runLint(args: LintArgs, io: Io, version: string): Promise<number> {
  const loaded = loadConfig(args, io);
  if (!loaded) return 2;
  const { config, root } = loaded;
  const language: Language = args.language ?? config.language ?? 'en';
  const today = todayUtc();
  const resolved = args.paths.map(p => path.resolve(io.cwd, p));
  const walk = collectFiles(resolved, root, config.ignore);
  const reports: FileReport[] = [];
  const rel = (p: string) => (path.relative(io.cwd, p) || path.basename(p)).split(path.sep).join('/');
  for (const p of walk.problems) reports.push({ path: rel(p.path), format: null, parseErrors: [fileProblem(`not read: ${p.message}`)], findings: [], suppressed: [] });
  const maxFileBytes = Math.round(args.maxFileMb * 1024 * 1024);
  for (const file of walk.files) {
    let text: string;
    try {
      const size = fs.statSync(file).size;
      if (size > maxFileBytes) {
        reports.push({ path: rel(file), format: null, parseErrors: [fileProblem(`skipped: larger than the ${args.maxFileMb} MB size limit (--max-file-size)`, 'warning')], findings: [], suppressed: [] });
        continue;
      }
      text = fs.readFileSync(file, 'utf8');
    } catch (e) {
      reports.push({ path: rel(file), format: null, parseErrors: [fileProblem(`not read: ${errorText(e)}`)], findings: [], suppressed: [] });
      continue;
    }
    try {
      const a = await analyzeText(text, { uri: `file://${file}` }, { rules: RULES, language, today, computeFixes: false, severityOf: id => config.rules[id], maxFileBytes });
      if (a.skipped) {
        // Too big or binary: said once, not counted as a failure (the size limit is a choice).
        reports.push({ path: rel(file), format: null, parseErrors: [fileProblem(`skipped: ${a.skipped}`, 'warning')], findings: [], suppressed: [] });
        continue;
      }
      if (!a.doc?.format) continue;
      for (const e of a.lint.ruleErrors) io.err(`aws-field-guide: rule ${e.ruleId} failed on ${rel(file)} (${e.resource}): ${e.message}\n`);
      reports.push({ path: rel(file), format: a.doc.format, parseErrors: a.doc.parseErrors, findings: a.lint.findings, suppressed: a.lint.suppressed });
    } catch (e) {
      reports.push({ path: rel(file), format: null, parseErrors: [fileProblem(`could not be analysed: ${errorText(e)}`)], findings: [], suppressed: [] });
    }
  }

  if (args.format === 'json') io.out(formatJson(reports, args.showSuppressed));
  else if (args.format === 'sarif') io.out(formatSarif(reports, RULES.map(r => r.meta), language, version));
  else io.out(formatText(reports, language, args.showSuppressed));

  const failing = reports.some(r => r.parseErrors.some(e => e.severity === 'error') || r.findings.some(f => atOrAbove(f.severity, args.threshold)));
  return failing ? 1 : 0;
}
