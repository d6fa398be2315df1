/** Status bar item on IaC files: the active file's finding counts; a click focuses the "This file" view. */
import * as vscode from 'vscode';
import type { DocumentAnalyzer } from '../analysis/documentAnalyzer';
import { THIS_FILE_VIEW_ID } from '../views/thisFileView';

export class StatusBarFeature implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('awsFieldGuide.findings', vscode.StatusBarAlignment.Left, 50);
  private readonly disposables: vscode.Disposable[] = [];

  constructor(private readonly analyzer: DocumentAnalyzer) {
    this.item.name = vscode.l10n.t('AWS Field Guide findings');
    this.item.command = `${THIS_FILE_VIEW_ID}.focus`;
    this.disposables.push(
      this.item,
      vscode.window.onDidChangeActiveTextEditor(() => this.update()),
      analyzer.onDidAnalyze(({ uri }) => {
        if (vscode.window.activeTextEditor?.document.uri.toString() === uri.toString()) this.update();
      }),
    );
    this.update();
  }

  /** The text shown now, or undefined when hidden (the test API reads it). */
  get text(): string | undefined {
    return this.visible ? this.item.text : undefined;
  }

  private visible = false;

  private update(): void {
    const editor = vscode.window.activeTextEditor;
    const result = editor ? this.analyzer.lastResult(editor.document.uri) : undefined;
    if (!result?.format) {
      this.item.hide();
      this.visible = false;
      return;
    }
    const count = (s: string) => result.findings.filter(f => f.severity === s).length;
    const errors = count('error');
    const warnings = count('warning');
    const infos = count('info') + count('hint');
    this.item.text = result.skipped ? '$(shield) —' : `$(shield) $(error) ${errors} $(warning) ${warnings} $(info) ${infos}`;
    this.item.tooltip = result.skipped
      ? vscode.l10n.t('AWS Field Guide skipped this file: {0}', result.skipped)
      : vscode.l10n.t('AWS Field Guide: {0} errors, {1} warnings, {2} suggestions in this file. Click to see them by resource.', errors, warnings, infos);
    this.item.show();
    this.visible = true;
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
