import * as vscode from 'vscode';
import { renderTopicHtml } from '../../core/knowledge/topicHtml';
import type { Language } from '../../core/knowledge/types';
import type { RuleInfo } from '../../core/rules/ruleTypes';
import type { KnowledgeLoader } from '../knowledgeLoader';
import type { LanguageSetting } from '../languageSetting';
import { topicPageHtml, topicPanelOptions, WEBVIEW_MEDIA_FOLDER } from './topicPage';

export const TOPIC_VIEW_TYPE = 'awsFieldGuide.topic';

export interface TopicPanelState {
  topicId: string;
  /** The rule a diagnostic link asked for, highlighted in the topic. */
  highlightRule?: string;
  language: Language;
  html: string;
}

type PanelMessage = { type: 'openTopic'; id: string } | { type: 'openExternal'; url: string };

/**
 * One reusable webview panel that shows a topic. Strict CSP (topicPage.ts): nothing but our own
 * stylesheet and one nonce'd script that forwards link clicks; no remote content.
 */
export class TopicPanel implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private state: TopicPanelState | undefined;
  private readonly disposables: vscode.Disposable[] = [];

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly knowledge: KnowledgeLoader,
    private readonly language: LanguageSetting,
    private readonly rules: (id: string) => RuleInfo | undefined = () => undefined,
  ) {
    // Re-render in place: revealing the panel here would pull focus away from whatever the user
    // is doing (e.g. a quick pick opened right after changing the setting).
    this.disposables.push(language.onDidChange(() => {
      if (this.panel && this.state) this.render(this.panel, this.state.topicId, this.state.highlightRule);
    }));
  }

  /** Opens (or re-uses) the panel on a topic. Returns false when the id is unknown. */
  show(topicId: string, options: { preserveFocus?: boolean; highlightRule?: string } = {}): boolean {
    const topic = this.knowledge.get().topic(topicId);
    if (!topic) return false;
    const lang = this.language.current();
    if (!this.panel) {
      this.panel = vscode.window.createWebviewPanel(
        TOPIC_VIEW_TYPE,
        topic.title[lang],
        { viewColumn: vscode.ViewColumn.Beside, preserveFocus: options.preserveFocus ?? false },
        topicPanelOptions(this.extensionUri, (base, ...segments) => vscode.Uri.joinPath(base, ...segments)),
      );
      this.panel.iconPath = vscode.Uri.joinPath(this.extensionUri, 'media', 'activity-icon.svg');
      this.panel.onDidDispose(() => {
        this.panel = undefined;
        this.state = undefined;
      }, undefined, this.disposables);
      this.panel.webview.onDidReceiveMessage((m: PanelMessage) => this.onMessage(m), undefined, this.disposables);
    } else {
      this.panel.reveal(undefined, options.preserveFocus ?? false);
    }
    return this.render(this.panel, topicId, options.highlightRule);
  }

  private render(panel: vscode.WebviewPanel, topicId: string, highlightRule?: string): boolean {
    const topic = this.knowledge.get().topic(topicId);
    if (!topic) return false;
    const lang = this.language.current();
    const body = renderTopicHtml(topic, lang, id => this.knowledge.get().topic(id), { lookup: this.rules, highlight: highlightRule });
    const html = topicPageHtml({
      body,
      language: lang,
      title: topic.title[lang],
      highlightRule,
      cspSource: panel.webview.cspSource,
      stylesheetUri: panel.webview.asWebviewUri(vscode.Uri.joinPath(this.extensionUri, WEBVIEW_MEDIA_FOLDER, 'topic.css')).toString(),
    });
    panel.title = topic.title[lang];
    panel.webview.html = html;
    this.state = { topicId, language: lang, html, highlightRule };
    return true;
  }

  current(): TopicPanelState | undefined {
    return this.state;
  }

  private onMessage(message: PanelMessage): void {
    if (message.type === 'openTopic' && typeof message.id === 'string') {
      this.show(message.id);
    } else if (message.type === 'openExternal' && typeof message.url === 'string' && /^https:\/\//i.test(message.url)) {
      void vscode.env.openExternal(vscode.Uri.parse(message.url));
    }
  }

  dispose(): void {
    this.panel?.dispose();
    for (const d of this.disposables) d.dispose();
  }
}
