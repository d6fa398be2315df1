/**
 * The workspace config's name and shape, apart from its parser (workspaceConfig.ts loads `yaml`):
 * the editor needs these at activation, the parser only when a workspace has the file.
 */
import type { SeveritySetting } from '../rules/engine';
import type { Language } from '../rules/ruleTypes';

export const CONFIG_FILE_NAME = '.aws-field-guide.yaml';

export interface WorkspaceConfig {
  rules: Record<string, SeveritySetting>;
  ignore: string[];
  language?: Language;
}

export function emptyConfig(): WorkspaceConfig {
  return { rules: {}, ignore: [] };
}
