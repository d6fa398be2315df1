/**
 * SARIF 2.1.0 (validated against the OASIS schema in the unit tests), as GitHub code scanning and
 * Azure DevOps read it: rules carry their description, help text and help URI; results point at
 * 1-based lines and UTF-16 columns (SARIF's default column unit, like ours).
 */
import type { Log, ReportingDescriptor, Result } from 'sarif';
import type { Language, RuleMeta, Severity } from '../../core/rules/ruleTypes';
import { SUPPRESSION_RULE } from '../../core/rules/suppressions';
import type { FileReport } from '../report';

export const RULES_DOC_URL = 'https://github.com/aws-field-guide/aws-field-guide/blob/main/docs/rules.md';

const LEVEL: Record<Severity, Result.level> = { error: 'error', warning: 'warning', info: 'note', hint: 'note' };

function firstSentence(text: string): string {
  const m = /^(.+?[.!?。])(\s|$)/.exec(text.replace(/\s+/g, ' '));
  return m ? m[1] : text;
}

function descriptor(meta: RuleMeta, language: Language): ReportingDescriptor {
  return {
    id: meta.id,
    name: meta.id.replace(/(^|-)([a-z0-9])/g, (_m, _d, c: string) => c.toUpperCase()),
    shortDescription: { text: firstSentence(meta.why[language]) },
    fullDescription: { text: meta.why[language] },
    help: { text: `${meta.why[language]}\n\n${meta.howToFix[language]}`, markdown: `${meta.why[language]}\n\n**How to fix:** ${meta.howToFix[language]}` },
    helpUri: `${RULES_DOC_URL}#${meta.id}`,
    defaultConfiguration: { level: LEVEL[meta.defaultSeverity] },
    properties: { tags: [meta.category, ...meta.formats], 'aws-field-guide/knowledge': [...meta.knowledge] },
  };
}

export function formatSarif(reports: readonly FileReport[], rules: readonly RuleMeta[], language: Language, version: string): string {
  const metas = [...rules, SUPPRESSION_RULE];
  const ruleIndex = new Map(metas.map((m, i) => [m.id, i]));
  const results: Result[] = [];
  const notifications: NonNullable<NonNullable<Log['runs'][number]['invocations']>[number]['toolExecutionNotifications']> = [];
  const location = (path: string, r: { start: { line: number; character: number }; end: { line: number; character: number } }) => ({
    physicalLocation: {
      artifactLocation: { uri: encodeURI(path), uriBaseId: '%SRCROOT%' },
      region: { startLine: r.start.line + 1, startColumn: r.start.character + 1, endLine: r.end.line + 1, endColumn: r.end.character + 1 },
    },
  });
  for (const report of reports) {
    for (const e of report.parseErrors) {
      notifications.push({ level: e.severity === 'error' ? 'error' : 'warning', message: { text: `${report.path}: ${e.message}` }, locations: [location(report.path, e.range)] });
    }
    const add = (f: FileReport['findings'][number], suppression?: FileReport['suppressed'][number]['suppression']) => {
      results.push({
        ruleId: f.ruleId,
        ruleIndex: ruleIndex.get(f.ruleId),
        level: LEVEL[f.severity],
        message: { text: f.message },
        locations: [location(report.path, f.range)],
        ...(f.related.length > 0
          ? { relatedLocations: f.related.map((r, id) => ({ id, ...location(report.path, r.range), message: { text: r.message } })) }
          : {}),
        partialFingerprints: { 'resource/v1': `${f.ruleId}:${f.resource.type}:${f.resource.address}` },
        ...(suppression ? { suppressions: [{ kind: 'inSource' as const, justification: suppression.reason ?? '' }] } : {}),
        properties: { resource: { type: f.resource.type, address: f.resource.address }, fixable: f.fixable },
      });
    };
    for (const f of report.findings) add(f);
    // Suppressed findings are results with a suppression, so code scanning shows them as dismissed.
    for (const s of report.suppressed) add(s.finding, s.suppression);
  }
  const log: Log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'AWS Field Guide',
            semanticVersion: version,
            version,
            informationUri: 'https://github.com/aws-field-guide/aws-field-guide',
            rules: metas.map(m => descriptor(m, language)),
          },
        },
        invocations: [{ executionSuccessful: true, toolExecutionNotifications: notifications }],
        originalUriBaseIds: { '%SRCROOT%': { uri: toFileUri(process.cwd()) } },
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
}

function toFileUri(dir: string): string {
  const p = dir.replace(/\\/g, '/');
  return `file://${p.startsWith('/') ? '' : '/'}${encodeURI(p)}${p.endsWith('/') ? '' : '/'}`;
}
