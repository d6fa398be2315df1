/**
 * Status bar item on IaC files: the active file's finding counts; a click focuses the "This file"
 * view. Its tooltip also says when the workspace config is not what the user may expect (a
 * setting Restricted Mode ignores, a missing or broken file), so that is never silent.
 */
import * as vscode from 'vscode';
import { configNotes, type ConfigFileStatus, type ConfigNote } from '../analysis/configFileChoice';
import type { DocumentAnalyzer } from '../analysis/documentAnalyzer';
import { THIS_FILE_VIEW_ID } from '../views/thisFileView';

export class StatusBarFeature implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('awsFieldGuide.findings', vscode.StatusBarAlignment.Left, 50);
  private readonly disposables: vscode.Disposable[] = [];

  constructor(
    private readonly analyzer: DocumentAnalyzer,
    private readonly config?: { status(): ConfigFileStatus; onDidChange: vscode.Event<void> },
  ) {
    this.item.name = vscode.l10n.t('AWS Field Guide findings');
    this.item.command = `${THIS_FILE_VIEW_ID}.focus`;
    this.disposables.push(
      this.item,
      vscode.window.onDidChangeActiveTextEditor(() => this.update()),
      analyzer.onDidAnalyze(({ uri }) => {
        if (vscode.window.activeTextEditor?.document.uri.toString() === uri.toString()) this.update();
      }),
    );
    if (config) this.disposables.push(config.onDidChange(() => this.update()));
    this.update();
  }

  /** The text shown now, or undefined when hidden (the test API reads it). */
  get text(): string | undefined {
    return this.visible ? this.item.text : undefined;
  }

  /** The tooltip shown now, or undefined when hidden (the test API reads it). */
  get tooltip(): string | undefined {
    return this.visible && typeof this.item.tooltip === 'string' ? this.item.tooltip : undefined;
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
    const summary = result.skipped
      ? vscode.l10n.t('AWS Field Guide skipped this file: {0}', result.skipped)
      : vscode.l10n.t('AWS Field Guide: {0} errors, {1} warnings, {2} suggestions in this file. Click to see them by resource.', errors, warnings, infos);
    const notes = this.config ? configNotes(this.config.status()).map(noteText) : [];
    this.item.tooltip = [summary, ...notes].join('\n\n');
    this.item.show();
    this.visible = true;
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}

function noteText(note: ConfigNote): string {
  switch (note.kind) {
    case 'settingIgnored':
      return vscode.l10n.t('Restricted Mode: the setting awsFieldGuide.configFile ({0}) is ignored in this untrusted workspace; {1} is used. Trust the workspace to use it.', note.setting, note.using);
    case 'missing':
      return vscode.l10n.t('{0} (awsFieldGuide.configFile) was not found: every rule uses its default severity.', note.file);
    case 'problems':
      return vscode.l10n.t('{0}: {1} error(s), {2} warning(s) (see the Problems panel); its valid entries still apply.', note.file, note.errors, note.warnings);
  }
}
