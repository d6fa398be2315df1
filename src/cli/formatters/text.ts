import type { Language } from '../../core/rules/ruleTypes';
import type { FileReport } from '../report';

const SUMMARY = {
  en: (n: number, counts: string, files: number, suppressed: number) =>
    `${n} finding${n === 1 ? '' : 's'}${counts ? ` (${counts})` : ''} in ${files} IaC file${files === 1 ? '' : 's'}${suppressed ? `, ${suppressed} suppressed` : ''}.`,
  ko: (n: number, counts: string, files: number, suppressed: number) =>
    `IaC 파일 ${files}개에서 결과 ${n}건${counts ? ` (${counts})` : ''}${suppressed ? `, 억제 ${suppressed}건` : ''}.`,
};

/** `path:line:col: severity: message [rule-id]`, one line each, 1-based like compilers print. */
export function formatText(reports: readonly FileReport[], language: Language, showSuppressed: boolean): string {
  const lines: string[] = [];
  const counts = { error: 0, warning: 0, info: 0, hint: 0 };
  let suppressed = 0;
  let iacFiles = 0;
  for (const r of reports) {
    if (r.format) iacFiles++;
    for (const e of r.parseErrors) lines.push(`${r.path}:${e.range.start.line + 1}:${e.range.start.character + 1}: ${e.severity}: ${e.message} [parse]`);
    for (const f of r.findings) {
      counts[f.severity]++;
      lines.push(`${r.path}:${f.range.start.line + 1}:${f.range.start.character + 1}: ${f.severity}: ${f.message} [${f.ruleId}]`);
    }
    suppressed += r.suppressed.length;
    if (showSuppressed) {
      for (const s of r.suppressed) {
        const f = s.finding;
        lines.push(`${r.path}:${f.range.start.line + 1}:${f.range.start.character + 1}: suppressed: ${f.message} [${f.ruleId}]${s.suppression.reason ? ` -- ${s.suppression.reason}` : ''}`);
      }
    }
  }
  const total = counts.error + counts.warning + counts.info + counts.hint;
  const parts = (Object.keys(counts) as (keyof typeof counts)[]).filter(k => counts[k] > 0).map(k => `${counts[k]} ${k}`);
  lines.push(SUMMARY[language](total, parts.join(', '), iacFiles, suppressed));
  return lines.join('\n') + '\n';
}
