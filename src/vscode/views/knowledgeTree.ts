import * as vscode from 'vscode';
import { uiString } from '../../core/i18n/uiStrings';
import { CATEGORY_LABELS } from '../../core/knowledge/categoryLabels';
import type { Category, Topic } from '../../core/knowledge/types';
import type { KnowledgeLoader } from '../knowledgeLoader';
import type { LanguageSetting } from '../languageSetting';

export type KnowledgeNode =
  | { kind: 'category'; category: Category }
  | { kind: 'topic'; topic: Topic };

const CATEGORY_ICONS: Record<Category, string> = {
  compute: 'server-process',
  storage: 'database',
  networking: 'globe',
  databases: 'table',
  security: 'shield',
  management: 'dashboard',
  containers: 'package',
  analytics: 'graph',
  cost: 'credit-card',
  'well-architected': 'verified',
  'global-infrastructure': 'globe',
  ecosystem: 'organization',
};

export const KNOWLEDGE_VIEW_ID = 'awsFieldGuide.knowledge';
const FILTERED_CONTEXT_KEY = 'awsFieldGuide.knowledgeFiltered';

/** Sidebar "Knowledge" view: categories → topics, optionally narrowed by a search filter. */
export class KnowledgeTreeProvider implements vscode.TreeDataProvider<KnowledgeNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<KnowledgeNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private filter: { query: string; ids: Set<string> } | undefined;
  private view: vscode.TreeView<KnowledgeNode> | undefined;
  private readonly disposables: vscode.Disposable[] = [];

  constructor(private readonly knowledge: KnowledgeLoader, private readonly language: LanguageSetting) {
    this.disposables.push(this.changed, language.onDidChange(() => this.refresh()));
  }

  attach(view: vscode.TreeView<KnowledgeNode>): void {
    this.view = view;
    this.updateMessage();
  }

  refresh(): void {
    this.updateMessage();
    this.changed.fire(undefined);
  }

  get filterQuery(): string | undefined {
    return this.filter?.query;
  }

  setFilter(query: string | undefined): void {
    const q = query?.trim();
    if (q) {
      const lang = this.language.current();
      this.filter = { query: q, ids: new Set(this.knowledge.get().search(q, lang, 1000).map(h => h.id)) };
    } else {
      this.filter = undefined;
    }
    void vscode.commands.executeCommand('setContext', FILTERED_CONTEXT_KEY, !!this.filter);
    this.refresh();
  }

  getTreeItem(node: KnowledgeNode): vscode.TreeItem {
    const lang = this.language.current();
    if (node.kind === 'category') {
      const count = this.topicsOf(node.category).length;
      const item = new vscode.TreeItem(
        CATEGORY_LABELS[node.category][lang],
        this.filter ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.Collapsed,
      );
      item.id = `category:${node.category}${this.filter ? ':filtered' : ''}`;
      item.iconPath = new vscode.ThemeIcon(CATEGORY_ICONS[node.category]);
      item.description = uiString('topicCount', lang, count);
      item.contextValue = 'category';
      return item;
    }
    const { topic } = node;
    const item = new vscode.TreeItem(topic.title[lang], vscode.TreeItemCollapsibleState.None);
    item.id = `topic:${topic.id}`;
    item.iconPath = new vscode.ThemeIcon('book');
    // Plain (untrusted) markdown: the summary is our text, but nothing in a tooltip needs commands.
    item.tooltip = new vscode.MarkdownString().appendMarkdown(`**${escapeMd(topic.title[lang])}**\n\n`).appendText(topic.summary[lang]);
    item.command = { command: 'awsFieldGuide.openTopic', title: topic.title[lang], arguments: [topic.id] };
    item.contextValue = 'topic';
    return item;
  }

  getChildren(node?: KnowledgeNode): KnowledgeNode[] {
    const kb = this.knowledge.get();
    if (!node) {
      return kb.categories()
        .filter(c => this.topicsOf(c).length > 0)
        .map(category => ({ kind: 'category', category }));
    }
    if (node.kind === 'category') return this.topicsOf(node.category).map(topic => ({ kind: 'topic', topic }));
    return [];
  }

  getParent(node: KnowledgeNode): KnowledgeNode | undefined {
    return node.kind === 'topic' ? { kind: 'category', category: node.topic.category } : undefined;
  }

  private topicsOf(category: Category): Topic[] {
    const topics = this.knowledge.get().topicsIn(category, this.language.current());
    return this.filter ? topics.filter(t => this.filter!.ids.has(t.id)) : topics;
  }

  private updateMessage(): void {
    if (!this.view) return;
    this.view.message = this.filter
      ? uiString('filterMessage', this.language.current(), this.filter.query, this.filter.ids.size)
      : undefined;
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}

function escapeMd(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|<>]/g, '\\$&');
}
