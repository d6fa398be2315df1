import * as vscode from 'vscode';
import { uiString } from '../../core/i18n/uiStrings';
import { CATEGORY_LABELS } from '../../core/knowledge/categoryLabels';
import type { KnowledgeLoader } from '../knowledgeLoader';
import type { LanguageSetting } from '../languageSetting';

interface TopicPick extends vscode.QuickPickItem {
  topicId: string;
}

/** QuickPick that searches the knowledge base as you type and opens the chosen topic. */
export async function searchKnowledge(knowledge: KnowledgeLoader, language: LanguageSetting, initialQuery = ''): Promise<string | undefined> {
  const lang = language.current();
  const kb = knowledge.get();
  const pick = vscode.window.createQuickPick<TopicPick>();
  pick.title = uiString('searchTitle', lang);
  pick.placeholder = uiString('searchPlaceholder', lang);
  pick.matchOnDescription = false;
  pick.matchOnDetail = false;
  const update = (query: string) => {
    const hits = kb.search(query, lang, 30);
    // The QuickPick must not re-filter our ranked results with its own fuzzy matcher, so every
    // item keeps the query as a hidden filter text (alwaysShow).
    pick.items = hits.map(h => ({
      topicId: h.id,
      label: h.title,
      description: CATEGORY_LABELS[h.category][lang],
      detail: h.summary,
      alwaysShow: true,
    }));
    pick.placeholder = query.trim() && hits.length === 0 ? uiString('noResults', lang, query) : uiString('searchPlaceholder', lang);
  };
  pick.onDidChangeValue(update);
  pick.value = initialQuery;
  update(initialQuery);
  const chosen = await new Promise<string | undefined>(resolve => {
    pick.onDidAccept(() => resolve(pick.selectedItems[0]?.topicId));
    pick.onDidHide(() => resolve(undefined));
    pick.show();
  });
  pick.dispose();
  if (chosen) await vscode.commands.executeCommand('awsFieldGuide.openTopic', chosen);
  return chosen;
}
