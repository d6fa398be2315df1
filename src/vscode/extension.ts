/**
 * Entry point: wires the features and returns the test API. Nothing heavy happens here — the
 * knowledge base loads on first use (tree expansion, search, a topic), and the parsers and rules
 * live in the analysis worker, started with the first IaC document.
 */
import * as vscode from 'vscode';
import type { KnowledgeBase } from '../core/knowledge/knowledgeBase';
import type { Language } from '../core/knowledge/types';
import { AnalysisClient } from './analysis/analysisClient';
import { readAnalysisSettings } from './analysis/analysisSettings';
import { DocumentAnalyzer, IAC_FILE_PATTERN, IAC_LANGUAGE_IDS } from './analysis/documentAnalyzer';
import { WorkspaceConfigFile } from './analysis/workspaceConfigFile';
import { filterKnowledge } from './commands/filterKnowledge';
import { scanWorkspace, type ScanSummary } from './commands/scanWorkspace';
import { suppressFinding } from './commands/suppressFinding';
import { CodeActionsFeature, SUPPRESS_COMMAND, type SuppressArgs } from './features/codeActions';
import { DiagnosticsFeature } from './features/diagnostics';
import { HoverFeature } from './features/hover';
import { announceIgnoredConfigSetting } from './features/restrictedModeNotice';
import { StatusBarFeature } from './features/statusBar';
import { RuleCatalog } from './ruleCatalog';
import { openRule, RuleUriHandler } from './ruleUriHandler';
import { THIS_FILE_VIEW_ID, ThisFileViewProvider, type ThisFileNode } from './views/thisFileView';
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
  readonly thisFile: vscode.TreeDataProvider<ThisFileNode> & { current(): { uri: string; resources: number; findings: number } | undefined };
  /** Text of the status bar item, undefined when hidden. */
  statusBarText(): string | undefined;
  /** Tooltip of the status bar item, undefined when hidden. */
  statusBarTooltip(): string | undefined;
  /** Whether analysis runs in a worker thread. */
  usesWorker(): boolean;
  /** Resolves when the document's current version has been analysed. */
  analyzed(uri: vscode.Uri): Promise<{ version: number; findings: number } | undefined>;
  readonly workspaceDiagnostics: vscode.DiagnosticCollection;
}

export function activate(context: vscode.ExtensionContext): FieldGuideApi {
  const started = performance.now();
  const log = createLog();
  const language = new LanguageSetting();
  const knowledge = new KnowledgeLoader(vscode.Uri.joinPath(context.extensionUri, 'dist').fsPath, message => log.info(message));
  const tree = new KnowledgeTreeProvider(knowledge, language);
  const treeView = vscode.window.createTreeView(KNOWLEDGE_VIEW_ID, { treeDataProvider: tree, showCollapseAll: true });
  tree.attach(treeView);
  const distDir = vscode.Uri.joinPath(context.extensionUri, 'dist').fsPath;
  const rules = new RuleCatalog(distDir);
  const panel = new TopicPanel(context.extensionUri, knowledge, language, id => rules.get(id));
  const topicTitle = (id: string) => knowledge.get().topic(id)?.title[language.current()];

  // Analysis: a worker thread started on the first request; every feature reads its results.
  const client = new AnalysisClient(distDir, m => log.info(m));
  const configFile = new WorkspaceConfigFile(() => new Set(rules.ids()), m => log.warn(m));
  const analyzer = new DocumentAnalyzer(client, m => log.warn(m), uri => configFile.ignores(uri));
  const diagnostics = new DiagnosticsFeature(analyzer, reason => vscode.l10n.t('AWS Field Guide skipped this file: {0}.', reason));
  const thisFile = new ThisFileViewProvider(analyzer, topicTitle);
  const thisFileView = vscode.window.createTreeView(THIS_FILE_VIEW_ID, { treeDataProvider: thisFile });
  const statusBar = new StatusBarFeature(analyzer, configFile);
  const announceConfig = () => void announceIgnoredConfigSetting(configFile.status(), context.workspaceState);
  const workspaceDiagnostics = vscode.languages.createDiagnosticCollection('awsFieldGuide.workspace');
  const configure = async () => {
    await client.configure(readAnalysisSettings(language.current(), rules.ids(), configFile.current()));
    analyzer.refreshAll();
  };
  const selector: vscode.DocumentSelector = [...[...IAC_LANGUAGE_IDS].map(language => ({ language })), { pattern: IAC_FILE_PATTERN }];

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
    client,
    configFile,
    analyzer,
    diagnostics,
    thisFile,
    thisFileView,
    statusBar,
    workspaceDiagnostics,
    vscode.languages.registerHoverProvider(selector, new HoverFeature(analyzer, client, language)),
    vscode.languages.registerCodeActionsProvider(selector, new CodeActionsFeature(analyzer, client, topicTitle), CodeActionsFeature.metadata),
    vscode.window.registerUriHandler(new RuleUriHandler(rules, panel)),
    vscode.commands.registerCommand('awsFieldGuide.openRule', (id: unknown) => openRule(id, rules, panel)),
    vscode.commands.registerCommand(SUPPRESS_COMMAND, (args?: SuppressArgs) => suppressFinding(args, analyzer, client)),
    vscode.commands.registerCommand('awsFieldGuide.scanWorkspace', async (): Promise<ScanSummary> => {
      const isLive = (uri: vscode.Uri) => vscode.workspace.textDocuments.some(d => d.uri.toString() === uri.toString());
      const summary = await scanWorkspace(client, configFile, workspaceDiagnostics, isLive);
      const message = summary.cancelled
        ? vscode.l10n.t('Workspace scan cancelled after {0} files.', summary.files)
        : vscode.l10n.t('Workspace scan: {0} findings in {1} IaC files ({2} skipped).', summary.findings, summary.iacFiles, summary.skipped);
      log.info(message);
      void vscode.window.showInformationMessage(message);
      return summary;
    }),
    // An opened file's live diagnostics replace what the scan said about it.
    vscode.workspace.onDidOpenTextDocument(d => workspaceDiagnostics.delete(d.uri)),
    vscode.workspace.onDidChangeConfiguration(e => {
      if (e.affectsConfiguration('awsFieldGuide')) void configure();
    }),
    configFile.onDidChange(() => void configure()),
    configFile.onDidChange(announceConfig),
    language.onDidChange(() => void configure()),
  );
  // Settings and the workspace file first, then every open document (nothing heavy runs before
  // the first IaC document reaches the worker).
  void configFile.load().then(() => {
    announceConfig();
    return configure();
  });

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
    thisFile,
    statusBarText: () => statusBar.text,
    statusBarTooltip: () => statusBar.tooltip,
    usesWorker: () => client.usesWorker,
    analyzed: async uri => {
      const document = vscode.workspace.textDocuments.find(d => d.uri.toString() === uri.toString());
      if (!document) return undefined;
      const r = await analyzer.ensure(document);
      return r ? { version: r.version, findings: r.findings.length } : undefined;
    },
    workspaceDiagnostics,
  };
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
