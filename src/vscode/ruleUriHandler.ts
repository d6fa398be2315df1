/**
 * Opens a rule's explanation when a diagnostic's code link is clicked:
 * `<scheme>://fieldguide.aws-field-guide/rule?id=<rule-id>` → the rule's first knowledge topic in
 * the Field Guide panel, with the rule highlighted. Nothing else is accepted.
 */
import * as vscode from 'vscode';
import type { RuleCatalog } from './ruleCatalog';
import type { TopicPanel } from './webview/topicPanel';

export function openRule(ruleId: unknown, rules: RuleCatalog, panel: TopicPanel): boolean {
  if (typeof ruleId !== 'string') return false;
  const rule = rules.get(ruleId);
  const topic = rule?.knowledge[0];
  return topic ? panel.show(topic, { highlightRule: ruleId }) : false;
}

export class RuleUriHandler implements vscode.UriHandler {
  constructor(private readonly rules: RuleCatalog, private readonly panel: TopicPanel) {}

  handleUri(uri: vscode.Uri): void {
    if (uri.path !== '/rule') return;
    const id = new URLSearchParams(uri.query).get('id');
    if (!openRule(id ?? undefined, this.rules, this.panel)) void vscode.window.showWarningMessage(vscode.l10n.t('AWS Field Guide has no rule "{0}".', String(id)));
  }
}
