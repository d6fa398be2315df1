/**
 * Entry point: wires the features and returns the test API. Nothing heavy happens here — the
 * knowledge base loads on first use (tree expansion, search, a topic).
 */
import * as vscode from 'vscode';
import type { KnowledgeBase } from '../core/knowledge/knowledgeBase';
import type { Language } from '../core/knowledge/types';
import { filterKnowledge } from './commands/filterKnowledge';
import { searchKnowledge } from './commands/searchKnowledge';
import { KnowledgeLoader } from './knowledgeLoader';
import { LanguageSetting } from './languageSetting';
import { createLog } from './log';
import { KNOWLEDGE_VIEW_ID, KnowledgeTreeProvider, type KnowledgeNode } from './views/knowledgeTree';
import { TopicPanel, type TopicPanelState } from './webview/topicPanel';

export interface FieldGuideApi {
  readonly knowledge: KnowledgeBase;
  readonly knowledgeTree: vscode.TreeDataProvider<KnowledgeNode>;
  readonly topicPanel: { current(): TopicPanelState | undefined };
  language(): Language;
  /** Milliseconds `activate` took. */
  readonly activationMs: number;
}

export function activate(context: vscode.ExtensionContext): FieldGuideApi {
  const started = performance.now();
  const log = createLog();
  const language = new LanguageSetting();
  const knowledge = new KnowledgeLoader(vscode.Uri.joinPath(context.extensionUri, 'dist').fsPath, message => log.info(message));
  const tree = new KnowledgeTreeProvider(knowledge, language);
  const treeView = vscode.window.createTreeView(KNOWLEDGE_VIEW_ID, { treeDataProvider: tree, showCollapseAll: true });
  tree.attach(treeView);
  const panel = new TopicPanel(context.extensionUri, knowledge, language);

  const openTopic = (id: unknown) => {
    if (typeof id !== 'string' || !panel.show(id)) {
      const message = vscode.l10n.t('AWS Field Guide has no topic "{0}".', String(id));
      log.warn(message);
      void vscode.window.showErrorMessage(message);
      return false;
    }
    return true;
  };

  context.subscriptions.push(
    log,
    language,
    tree,
    treeView,
    panel,
    vscode.commands.registerCommand('awsFieldGuide.searchKnowledge', (query?: string) =>
      searchKnowledge(knowledge, language, typeof query === 'string' ? query : '')),
    vscode.commands.registerCommand('awsFieldGuide.openTopic', openTopic),
    vscode.commands.registerCommand('awsFieldGuide.filterKnowledge', () => filterKnowledge(tree, language)),
    vscode.commands.registerCommand('awsFieldGuide.clearKnowledgeFilter', () => tree.setFilter(undefined)),
    vscode.commands.registerCommand('awsFieldGuide.showLog', () => log.show()),
    language.onDidChange(lang => log.info(`Content language is now ${lang}`)),
  );

  const activationMs = performance.now() - started;
  log.info(`Activated in ${activationMs.toFixed(1)} ms (language: ${language.current()})`);
  return {
    get knowledge() {
      return knowledge.get();
    },
    knowledgeTree: tree,
    topicPanel: panel,
    language: () => language.current(),
    activationMs,
  };
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
