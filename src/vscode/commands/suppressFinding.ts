/**
 * "Suppress '<rule>' for this resource…": asks why (a suppression without a reason is itself
 * reported), then writes the comment — or CloudFormation Metadata when
 * `awsFieldGuide.suppressionStyle` says so — through the analysis of the current version.
 */
import * as vscode from 'vscode';
import type { AnalysisClient } from '../analysis/analysisClient';
import type { DocumentAnalyzer } from '../analysis/documentAnalyzer';
import { CONFIG_SECTION } from '../languageSetting';
import type { SuppressArgs } from '../features/codeActions';
import { toRange } from '../features/diagnostics';

export async function suppressFinding(args: SuppressArgs | undefined, analyzer: DocumentAnalyzer, client: AnalysisClient): Promise<boolean> {
  if (!args) return false;
  const document = vscode.workspace.textDocuments.find(d => d.uri.toString() === args.uri);
  if (!document) return false;
  if (document.version !== args.version) {
    void vscode.window.showWarningMessage(vscode.l10n.t('The file changed since the finding was reported. Open the quick fixes again.'));
    return false;
  }
  const reason =
    args.reason ??
    (await vscode.window.showInputBox({
      title: vscode.l10n.t("Suppress '{0}'", args.ruleId),
      prompt: vscode.l10n.t('Why is this finding acceptable here? The reason is written next to the suppression.'),
      placeHolder: vscode.l10n.t('e.g. public website bucket, reviewed by the security team'),
      ignoreFocusOut: true,
      validateInput: v => (v.trim() ? undefined : vscode.l10n.t('Give a reason, so reviewers know why.')),
    }));
  if (!reason?.trim()) return false;
  const result = await analyzer.ensure(document);
  if (!result || result.version !== document.version) return false;
  const style = vscode.workspace.getConfiguration(CONFIG_SECTION).get<string>('suppressionStyle', 'comment') === 'metadata' ? 'metadata' : 'comment';
  const edits = await client.suppress(args.uri, document.version, { ruleId: args.ruleId, resource: args.resource, reason: reason.trim(), style });
  if (edits.length === 0) {
    void vscode.window.showWarningMessage(vscode.l10n.t('This finding cannot be suppressed here automatically. Add the comment by hand (see the README).'));
    return false;
  }
  const edit = new vscode.WorkspaceEdit();
  for (const e of edits) edit.replace(document.uri, toRange(e.range), e.newText);
  return vscode.workspace.applyEdit(edit);
}
