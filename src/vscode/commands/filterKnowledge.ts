import * as vscode from 'vscode';
import { uiString } from '../../core/i18n/uiStrings';
import type { LanguageSetting } from '../languageSetting';
import type { KnowledgeTreeProvider } from '../views/knowledgeTree';

/** Asks for words and narrows the Knowledge tree to matching topics (empty input clears). */
export async function filterKnowledge(tree: KnowledgeTreeProvider, language: LanguageSetting): Promise<void> {
  const query = await vscode.window.showInputBox({
    prompt: uiString('filterPrompt', language.current()),
    value: tree.filterQuery ?? '',
  });
  if (query !== undefined) tree.setFilter(query);
}
