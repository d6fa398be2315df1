/**
 * The editor's analysis settings: `awsFieldGuide.*` plus the workspace's `.aws-field-guide.yaml`
 * (settings win over the file, which wins over a rule's default severity).
 */
import * as vscode from 'vscode';
import type { AnalysisSettings } from '../../core/analysis/analysisService';
import type { WorkspaceConfig } from '../../core/config/workspaceConfig';
import type { SeveritySetting } from '../../core/rules/engine';
import type { IacFormat } from '../../core/model/types';
import type { Language } from '../../core/rules/ruleTypes';
import { CONFIG_SECTION } from '../languageSetting';

const FORMAT_SETTINGS: [string, IacFormat][] = [
  ['cloudformation', 'cloudformation'],
  ['terraform', 'terraform'],
  ['cdkTypeScript', 'cdk-typescript'],
  ['cdkPython', 'cdk-python'],
];
const SEVERITIES: readonly string[] = ['error', 'warning', 'info', 'hint', 'off'];

export type LintOn = 'type' | 'save';

export function lintOn(): LintOn {
  return vscode.workspace.getConfiguration(CONFIG_SECTION).get<string>('lintOn', 'type') === 'save' ? 'save' : 'type';
}

export function maxFileBytes(): number {
  const mb = vscode.workspace.getConfiguration(CONFIG_SECTION).get<number>('maxFileSize', 5);
  return Math.max(0.1, Number.isFinite(mb) ? mb : 5) * 1024 * 1024;
}

export function readAnalysisSettings(language: Language, ruleIds: readonly string[], workspace: WorkspaceConfig): AnalysisSettings {
  const config = vscode.workspace.getConfiguration(CONFIG_SECTION);
  const severities: Record<string, SeveritySetting> = { ...workspace.rules };
  for (const id of ruleIds) {
    const v = config.get<string>(`rules.${id}.severity`, 'default');
    if (SEVERITIES.includes(v)) severities[id] = v as SeveritySetting;
  }
  const formats = FORMAT_SETTINGS.filter(([key]) => config.get<boolean>(`formats.${key}`, true)).map(([, f]) => f);
  return { language, severities, formats, maxFileBytes: maxFileBytes() };
}
