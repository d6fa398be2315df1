import { randomBytes } from 'node:crypto';
import * as vscode from 'vscode';
import { escapeHtml, renderTopicHtml } from '../../core/knowledge/topicHtml';
import type { Language } from '../../core/knowledge/types';
import type { RuleInfo } from '../../core/rules/ruleTypes';
import type { KnowledgeLoader } from '../knowledgeLoader';
import type { LanguageSetting } from '../languageSetting';

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
 * One reusable webview panel that shows a topic. Strict CSP: nothing but our own stylesheet and
 * one nonce'd script that forwards link clicks; no remote content.
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
        {
          enableScripts: true,
          enableCommandUris: false,
          retainContextWhenHidden: false,
          localResourceRoots: [vscode.Uri.joinPath(this.extensionUri, 'media')],
        },
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
    const html = this.page(panel.webview, body, lang, topic.title[lang], highlightRule);
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

  private page(webview: vscode.Webview, body: string, lang: Language, title: string, highlightRule?: string): string {
    const nonce = randomBytes(16).toString('base64');
    const css = webview.asWebviewUri(vscode.Uri.joinPath(this.extensionUri, 'media', 'topic.css'));
    const csp = [
      "default-src 'none'",
      `style-src ${webview.cspSource}`,
      `img-src ${webview.cspSource} data:`,
      `script-src 'nonce-${nonce}'`,
    ].join('; ');
    return `<!DOCTYPE html>
<html lang="${lang}">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${css.toString()}">
<title>${escapeHtml(title)}</title>
</head>
<body>
${body}
<script nonce="${nonce}">
(function () {
  const vscode = acquireVsCodeApi();
  const target = ${JSON.stringify(highlightRule ? `rule-${highlightRule}` : '').replace(/</g, '\\u003c')};
  if (target) document.getElementById(target)?.scrollIntoView();
  document.addEventListener('click', event => {
    const link = event.target.closest('a');
    if (!link) return;
    event.preventDefault();
    if (link.dataset.topic) vscode.postMessage({ type: 'openTopic', id: link.dataset.topic });
    else if (/^https:\\/\\//i.test(link.getAttribute('href') || '')) vscode.postMessage({ type: 'openExternal', url: link.getAttribute('href') });
  });
}());
</script>
</body>
</html>`;
  }

  dispose(): void {
    this.panel?.dispose();
    for (const d of this.disposables) d.dispose();
  }
}
