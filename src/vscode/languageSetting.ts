import * as vscode from 'vscode';
import type { Language } from '../core/knowledge/types';

export const CONFIG_SECTION = 'awsFieldGuide';

/**
 * The content language: `awsFieldGuide.language` = auto | en | ko, where auto follows the editor's
 * display language. Fires when the setting changes so views re-render live.
 */
export class LanguageSetting implements vscode.Disposable {
  private readonly emitter = new vscode.EventEmitter<Language>();
  readonly onDidChange = this.emitter.event;
  private readonly subscription: vscode.Disposable;

  constructor() {
    this.subscription = vscode.workspace.onDidChangeConfiguration(e => {
      if (e.affectsConfiguration(`${CONFIG_SECTION}.language`)) this.emitter.fire(this.current());
    });
  }

  current(): Language {
    const setting = vscode.workspace.getConfiguration(CONFIG_SECTION).get<string>('language', 'auto');
    if (setting === 'en' || setting === 'ko') return setting;
    return vscode.env.language.toLowerCase().startsWith('ko') ? 'ko' : 'en';
  }

  dispose(): void {
    this.subscription.dispose();
    this.emitter.dispose();
  }
}
