/**
 * Quick fixes for findings: the rule's fix (preferred; computed with the analysis of this exact
 * version, so a fix never applies to text it was not made for), "Fix all '<rule>' in file",
 * "Suppress '<rule>' for this resource…" and "Learn why: <topic>"; plus the source action
 * "Fix all AWS Field Guide findings" where the fixes do not overlap.
 */
import * as vscode from 'vscode';
import type { AnalysisResult } from '../../core/analysis/analysisService';
import type { TextEdit } from '../../core/model/edits';
import type { Finding } from '../../core/rules/ruleTypes';
import type { DocumentAnalyzer } from '../analysis/documentAnalyzer';
import { findingFor, toRange } from './diagnostics';

export const FIX_ALL_KIND = vscode.CodeActionKind.SourceFixAll.append('awsFieldGuide');
export const SUPPRESS_COMMAND = 'awsFieldGuide.suppressFinding';
export const OPEN_TOPIC_COMMAND = 'awsFieldGuide.openTopic';

export interface SuppressArgs {
  uri: string;
  version: number;
  ruleId: string;
  resource: string;
  /** Tests pass a reason; people are asked for one. */
  reason?: string;
}

/** Edits of several fixes that do not touch each other, in document order (later ones that overlap are left for the next run). */
export function nonOverlapping(document: vscode.TextDocument, fixes: readonly TextEdit[][]): TextEdit[] {
  const taken: [number, number][] = [];
  const out: TextEdit[] = [];
  for (const edits of fixes) {
    const spans = edits.map(e => [document.offsetAt(toRange(e.range).start), document.offsetAt(toRange(e.range).end)] as [number, number]);
    const clash = spans.some(([s, e]) => taken.some(([ts, te]) => (s < te && ts < e) || (s === e && s === ts)));
    if (clash) continue;
    taken.push(...spans);
    out.push(...edits);
  }
  return out;
}

function workspaceEdit(uri: vscode.Uri, edits: readonly TextEdit[]): vscode.WorkspaceEdit {
  const edit = new vscode.WorkspaceEdit();
  for (const e of edits) edit.replace(uri, toRange(e.range), e.newText);
  return edit;
}

export class CodeActionsFeature implements vscode.CodeActionProvider {
  static readonly metadata: vscode.CodeActionProviderMetadata = { providedCodeActionKinds: [vscode.CodeActionKind.QuickFix, FIX_ALL_KIND] };

  constructor(
    private readonly analyzer: DocumentAnalyzer,
    private readonly topicTitle: (id: string) => string | undefined,
  ) {}

  async provideCodeActions(document: vscode.TextDocument, range: vscode.Range, context: vscode.CodeActionContext): Promise<vscode.CodeAction[]> {
    const wantsFixAll = context.only?.contains(FIX_ALL_KIND) || (context.only && FIX_ALL_KIND.contains(context.only));
    const ours = context.diagnostics.filter(d => d.source === 'AWS Field Guide');
    if (ours.length === 0 && !wantsFixAll) return [];
    const result = await this.analyzer.ensure(document);
    // The analysis is for this exact version, or there is nothing safe to offer.
    if (!result || result.version !== document.version) return [];
    if (wantsFixAll) return this.fixAll(document, result);
    const actions: vscode.CodeAction[] = [];
    const seenRules = new Set<string>();
    for (const d of ours) {
      const f = findingFor(result, d);
      if (!f) continue;
      if (f.fix) {
        const a = new vscode.CodeAction(f.fix.title, vscode.CodeActionKind.QuickFix);
        a.edit = workspaceEdit(document.uri, f.fix.edits);
        a.diagnostics = [d];
        a.isPreferred = true;
        actions.push(a);
      }
      for (const s of f.suggestions) {
        const a = new vscode.CodeAction(s.title, vscode.CodeActionKind.QuickFix);
        a.edit = workspaceEdit(document.uri, s.edits);
        a.diagnostics = [d];
        actions.push(a);
      }
      if (!seenRules.has(f.ruleId)) {
        seenRules.add(f.ruleId);
        const sameRule = result.findings.filter(g => g.ruleId === f.ruleId && g.fix);
        if (sameRule.length > 1) {
          const a = new vscode.CodeAction(vscode.l10n.t("Fix all '{0}' in file", f.ruleId), vscode.CodeActionKind.QuickFix);
          a.edit = workspaceEdit(document.uri, nonOverlapping(document, sameRule.map(g => g.fix!.edits)));
          actions.push(a);
        }
      }
      if (f.resource.address) {
        const suppress = new vscode.CodeAction(vscode.l10n.t("Suppress '{0}' for this resource…", f.ruleId), vscode.CodeActionKind.QuickFix);
        const args: SuppressArgs = { uri: document.uri.toString(), version: document.version, ruleId: f.ruleId, resource: f.resource.address };
        suppress.command = { command: SUPPRESS_COMMAND, title: suppress.title, arguments: [args] };
        suppress.diagnostics = [d];
        actions.push(suppress);
      }
      for (const topic of f.knowledge.slice(0, 2)) {
        const title = this.topicTitle(topic);
        if (!title) continue;
        const learn = new vscode.CodeAction(vscode.l10n.t('Learn why: {0}', title), vscode.CodeActionKind.QuickFix);
        learn.command = { command: OPEN_TOPIC_COMMAND, title: learn.title, arguments: [topic] };
        actions.push(learn);
      }
    }
    return actions;
  }

  private fixAll(document: vscode.TextDocument, result: AnalysisResult): vscode.CodeAction[] {
    const fixable = result.findings.filter((f): f is Finding & { fix: NonNullable<Finding['fix']> } => f.fix !== undefined);
    if (fixable.length === 0) return [];
    const a = new vscode.CodeAction(vscode.l10n.t('Fix all AWS Field Guide findings'), FIX_ALL_KIND);
    a.edit = workspaceEdit(document.uri, nonOverlapping(document, fixable.map(f => f.fix.edits)));
    return [a];
  }
}
