/**
 * Findings → the Problems panel. Each diagnostic carries the rule id as its code, linked to the
 * rule's explanation in the Field Guide panel, the related places the finding names, and tags
 * where the editor has a fitting style (deprecated runtimes and instance types, unused EIPs).
 */
import * as vscode from 'vscode';
import type { AnalysisResult } from '../../core/analysis/analysisService';
import type { Finding, Severity } from '../../core/rules/ruleTypes';
import type { DocumentAnalyzer } from '../analysis/documentAnalyzer';

export const DIAGNOSTIC_SOURCE = 'AWS Field Guide';

const SEVERITY: Record<Severity, vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  info: vscode.DiagnosticSeverity.Information,
  hint: vscode.DiagnosticSeverity.Hint,
};

const TAGS: Record<string, vscode.DiagnosticTag[]> = {
  'lambda-runtime-supported': [vscode.DiagnosticTag.Deprecated],
  'ec2-current-generation': [vscode.DiagnosticTag.Deprecated],
  'elb-classic-legacy': [vscode.DiagnosticTag.Deprecated],
  'ec2-eip-unattached': [vscode.DiagnosticTag.Unnecessary],
};

export function toRange(r: { start: { line: number; character: number }; end: { line: number; character: number } }): vscode.Range {
  return new vscode.Range(r.start.line, r.start.character, r.end.line, r.end.character);
}

/** The uri a diagnostic's code links to: handled by this extension's UriHandler, which opens the rule. */
export function ruleUri(ruleId: string): vscode.Uri {
  return vscode.Uri.from({ scheme: vscode.env.uriScheme, authority: 'fieldguide.aws-field-guide', path: '/rule', query: `id=${encodeURIComponent(ruleId)}` });
}

export function toDiagnostic(uri: vscode.Uri, f: Finding): vscode.Diagnostic {
  const d = new vscode.Diagnostic(toRange(f.range), f.message, SEVERITY[f.severity]);
  d.source = DIAGNOSTIC_SOURCE;
  d.code = { value: f.ruleId, target: ruleUri(f.ruleId) };
  if (f.related.length > 0) d.relatedInformation = f.related.map(r => new vscode.DiagnosticRelatedInformation(new vscode.Location(uri, toRange(r.range)), r.message));
  const tags = TAGS[f.ruleId];
  if (tags) d.tags = tags;
  return d;
}

/** Index of the finding behind a diagnostic the editor hands back (a copy, so matched by rule, range and message); -1 if none. */
export function findingIndex(result: AnalysisResult | undefined, d: vscode.Diagnostic): number {
  if (!result || d.source !== DIAGNOSTIC_SOURCE) return -1;
  const code = typeof d.code === 'object' ? d.code.value : d.code;
  return result.findings.findIndex(
    f => f.ruleId === code && f.message === d.message && f.range.start.line === d.range.start.line && f.range.start.character === d.range.start.character && f.range.end.line === d.range.end.line && f.range.end.character === d.range.end.character,
  );
}

export class DiagnosticsFeature implements vscode.Disposable {
  readonly collection = vscode.languages.createDiagnosticCollection('awsFieldGuide');
  private readonly subscription: vscode.Disposable;

  constructor(analyzer: DocumentAnalyzer, private readonly skippedMessage: (reason: string) => string) {
    this.subscription = analyzer.onDidAnalyze(({ uri, result }) => this.publish(uri, result));
  }

  publish(uri: vscode.Uri, result: AnalysisResult | undefined): void {
    if (!result || (!result.format && !result.skipped)) {
      this.collection.delete(uri);
      return;
    }
    const diagnostics = result.findings.map(f => toDiagnostic(uri, f));
    if (result.skipped && result.format !== undefined) {
      // Said once, at the top: the file is IaC but was not analysed (and why).
      const d = new vscode.Diagnostic(new vscode.Range(0, 0, 0, 0), this.skippedMessage(result.skipped), vscode.DiagnosticSeverity.Information);
      d.source = DIAGNOSTIC_SOURCE;
      diagnostics.push(d);
    }
    this.collection.set(uri, diagnostics);
  }

  dispose(): void {
    this.subscription.dispose();
    this.collection.dispose();
  }
}
