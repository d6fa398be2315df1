/**
 * Quick fixes for findings: the rule's fix (preferred), "Fix all '<rule>' in file",
 * "Suppress '<rule>' for this resource…" and "Learn why: <topic>"; plus the source action
 * "Fix all AWS Field Guide findings" where the fixes do not overlap. Fixes are built by the
 * analysis for the exact version it analysed and refused once the document has changed; the
 * "fix all" edits are built only when the action is chosen (resolveCodeAction).
 */
import * as vscode from 'vscode';
import type { FindingFixes } from '../../core/analysis/analysisService';
import type { TextEdit } from '../../core/model/edits';
import type { AnalysisClient } from '../analysis/analysisClient';
import type { DocumentAnalyzer } from '../analysis/documentAnalyzer';
import { findingIndex, toRange } from './diagnostics';

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

/** A "fix all" action whose edits are built when it is chosen. */
class FixAllAction extends vscode.CodeAction {
  constructor(title: string, kind: vscode.CodeActionKind, readonly document: vscode.TextDocument, readonly version: number, readonly indices: number[]) {
    super(title, kind);
  }
}

export class CodeActionsFeature implements vscode.CodeActionProvider<vscode.CodeAction> {
  static readonly metadata: vscode.CodeActionProviderMetadata = { providedCodeActionKinds: [vscode.CodeActionKind.QuickFix, FIX_ALL_KIND] };

  constructor(
    private readonly analyzer: DocumentAnalyzer,
    private readonly client: AnalysisClient,
    private readonly topicTitle: (id: string) => string | undefined,
  ) {}

  async provideCodeActions(document: vscode.TextDocument, _range: vscode.Range, context: vscode.CodeActionContext): Promise<vscode.CodeAction[]> {
    const wantsFixAll = context.only !== undefined && (context.only.contains(FIX_ALL_KIND) || FIX_ALL_KIND.contains(context.only));
    const ours = context.diagnostics.filter(d => d.source === 'AWS Field Guide');
    if (ours.length === 0 && !wantsFixAll) return [];
    const result = await this.analyzer.ensure(document);
    // The analysis is for this exact version, or there is nothing safe to offer.
    if (!result || result.version !== document.version) return [];
    if (wantsFixAll) {
      const indices = result.findings.flatMap((f, i) => (f.fixable ? [i] : []));
      return indices.length > 0 ? [new FixAllAction(vscode.l10n.t('Fix all AWS Field Guide findings'), FIX_ALL_KIND, document, document.version, indices)] : [];
    }
    const matched = ours.map(d => ({ d, index: findingIndex(result, d) })).filter(m => m.index >= 0);
    const fixes = (await this.client.fixes(document.uri.toString(), document.version, matched.filter(m => result.findings[m.index].fixable).map(m => m.index))) ?? [];
    const fixOf = new Map<number, FindingFixes>();
    matched.filter(m => result.findings[m.index].fixable).forEach((m, k) => fixes[k] && fixOf.set(m.index, fixes[k]));
    const actions: vscode.CodeAction[] = [];
    const seenRules = new Set<string>();
    for (const { d, index } of matched) {
      const f = result.findings[index];
      const built = fixOf.get(index);
      if (built?.fix) {
        const a = new vscode.CodeAction(built.fix.title, vscode.CodeActionKind.QuickFix);
        a.edit = workspaceEdit(document.uri, built.fix.edits);
        a.diagnostics = [d];
        a.isPreferred = true;
        actions.push(a);
      }
      for (const s of built?.suggestions ?? []) {
        const a = new vscode.CodeAction(s.title, vscode.CodeActionKind.QuickFix);
        a.edit = workspaceEdit(document.uri, s.edits);
        a.diagnostics = [d];
        actions.push(a);
      }
      if (!seenRules.has(f.ruleId)) {
        seenRules.add(f.ruleId);
        const sameRule = result.findings.flatMap((g, i) => (g.ruleId === f.ruleId && g.fixable ? [i] : []));
        if (sameRule.length > 1) {
          actions.push(new FixAllAction(vscode.l10n.t("Fix all '{0}' in file", f.ruleId), vscode.CodeActionKind.QuickFix, document, document.version, sameRule));
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

  async resolveCodeAction(action: vscode.CodeAction): Promise<vscode.CodeAction> {
    if (!(action instanceof FixAllAction) || action.document.version !== action.version) return action;
    const fixes = await this.client.fixes(action.document.uri.toString(), action.version, action.indices);
    if (!fixes || action.document.version !== action.version) return action;
    const edits = fixes.flatMap(f => (f.fix ? [f.fix.edits] : []));
    action.edit = workspaceEdit(action.document.uri, nonOverlapping(action.document, edits));
    return action;
  }
}
