/**
 * Tells the user, once per workspace and setting value, that Restricted Mode ignores
 * `awsFieldGuide.configFile`, with a way to manage workspace trust. Without it the findings
 * would quietly follow other settings than the ones the user chose.
 */
import * as vscode from 'vscode';
import { shouldAnnounceIgnoredSetting, type ConfigFileChoice } from '../analysis/configFileChoice';

const ANNOUNCED_KEY = 'awsFieldGuide.announcedIgnoredConfigFile';
const MANAGE_TRUST_COMMAND = 'workbench.trust.manage';

export async function announceIgnoredConfigSetting(choice: ConfigFileChoice, workspaceState: vscode.Memento): Promise<void> {
  if (!shouldAnnounceIgnoredSetting(choice, workspaceState.get<string>(ANNOUNCED_KEY))) return;
  await workspaceState.update(ANNOUNCED_KEY, choice.ignoredSetting);
  const manage = vscode.l10n.t('Manage Workspace Trust');
  const picked = await vscode.window.showInformationMessage(
    vscode.l10n.t('AWS Field Guide: this workspace is in Restricted Mode, so the setting awsFieldGuide.configFile ({0}) is ignored and {1} is used instead.', choice.ignoredSetting ?? '', choice.path),
    manage,
  );
  if (picked === manage) await vscode.commands.executeCommand(MANAGE_TRUST_COMMAND);
}
