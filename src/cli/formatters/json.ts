import type { FileReport } from '../report';

/**
 * The stable JSON shape (README, "CLI"): { files: [{ path, format, parseErrors, findings:
 * [{ ruleId, severity, message, resource: { type, address }, range, fixable }] }] }.
 */
export function formatJson(reports: readonly FileReport[], showSuppressed: boolean): string {
  const files = reports.map(r => ({
    path: r.path,
    format: r.format,
    parseErrors: r.parseErrors.map(e => ({ message: e.message, severity: e.severity, range: e.range })),
    findings: r.findings.map(f => ({
      ruleId: f.ruleId,
      severity: f.severity,
      message: f.message,
      resource: { type: f.resource.type, address: f.resource.address },
      range: f.range,
      fixable: f.fixable,
    })),
    ...(showSuppressed
      ? {
          suppressed: r.suppressed.map(s => ({
            ruleId: s.finding.ruleId,
            message: s.finding.message,
            range: s.finding.range,
            reason: s.suppression.reason ?? null,
            until: s.suppression.until ?? null,
          })),
        }
      : {}),
  }));
  return JSON.stringify({ files }, null, 2) + '\n';
}
