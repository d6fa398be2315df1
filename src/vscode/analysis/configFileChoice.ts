/**
 * Which workspace config file the editor reads, and what it tells the user about it. No editor
 * API here, so the decisions are unit-tested in plain Node.
 *
 * In an untrusted workspace (Restricted Mode) the `awsFieldGuide.configFile` setting is not
 * honoured: a setting that points at a file is what a hostile repository would abuse. VS Code
 * already drops a workspace-level value (package.json `restrictedConfigurations`); a user-level
 * value is ignored here, and the user is told so instead of silently getting other settings.
 */
import * as path from 'node:path';
import { CONFIG_FILE_NAME } from '../../core/config/configFile';

export interface ConfigFileChoice {
  /** Path relative to the first workspace folder. */
  path: string;
  /** The path came from the setting (so a missing file is a mistake, not the usual "no config"). */
  custom?: boolean;
  /** The setting's value when it was set but not used because the workspace is untrusted. */
  ignoredSetting?: string;
}

function isDefaultPath(setting: string): boolean {
  return path.posix.normalize(setting.replace(/\\/g, '/')) === CONFIG_FILE_NAME;
}

export function chooseConfigFile(setting: string | undefined, trusted: boolean): ConfigFileChoice {
  const custom = setting?.trim() ?? '';
  if (!custom || isDefaultPath(custom)) return { path: CONFIG_FILE_NAME };
  return trusted ? { path: custom, custom: true } : { path: CONFIG_FILE_NAME, ignoredSetting: custom };
}

/** What the editor knows about the config file after loading it. */
export interface ConfigFileStatus extends ConfigFileChoice {
  /** Whether the file exists (no file: every rule at its default). */
  found: boolean;
  errors: number;
  warnings: number;
}

export type ConfigNote =
  | { kind: 'settingIgnored'; setting: string; using: string }
  | { kind: 'missing'; file: string }
  | { kind: 'problems'; file: string; errors: number; warnings: number };

/** Lines for the status bar tooltip: why the config may not be what the user expects. */
export function configNotes(status: ConfigFileStatus): ConfigNote[] {
  const notes: ConfigNote[] = [];
  if (status.ignoredSetting) notes.push({ kind: 'settingIgnored', setting: status.ignoredSetting, using: status.path });
  if (status.custom && !status.found) notes.push({ kind: 'missing', file: status.path });
  if (status.found && status.errors + status.warnings > 0) notes.push({ kind: 'problems', file: status.path, errors: status.errors, warnings: status.warnings });
  return notes;
}

/**
 * Whether to show the one-time message about an ignored setting: once per workspace and value
 * (`announced` is the value last shown for this workspace), so changing the setting tells again.
 */
export function shouldAnnounceIgnoredSetting(status: ConfigFileChoice, announced: string | undefined): boolean {
  return status.ignoredSetting !== undefined && status.ignoredSetting !== announced;
}
