/**
 * Reads `.aws-field-guide.yaml` from the first workspace folder (or the path in
 * `awsFieldGuide.configFile`, honoured only in trusted workspaces: see configFileChoice.ts), shows
 * its problems in the Problems panel on the file itself, and fires when it changes. `status()`
 * tells the status bar and the Restricted Mode notice what was read.
 */
import * as vscode from 'vscode';
import { createIgnoreMatcher, type IgnoreMatcher } from '../../core/config/ignore';
import { CONFIG_FILE_NAME, emptyConfig, type WorkspaceConfig } from '../../core/config/configFile';
import { CONFIG_SECTION } from '../languageSetting';
import { chooseConfigFile, type ConfigFileStatus } from './configFileChoice';

export class WorkspaceConfigFile implements vscode.Disposable {
  private config: WorkspaceConfig = emptyConfig();
  private root: vscode.Uri | undefined;
  private loaded: ConfigFileStatus = { path: CONFIG_FILE_NAME, found: false, errors: 0, warnings: 0 };
  private readonly emitter = new vscode.EventEmitter<void>();
  readonly onDidChange = this.emitter.event;
  private readonly diagnostics = vscode.languages.createDiagnosticCollection('awsFieldGuide.config');
  private readonly disposables: vscode.Disposable[] = [];

  constructor(private readonly knownRuleIds: () => ReadonlySet<string>, private readonly log: (m: string) => void) {
    const watcher = vscode.workspace.createFileSystemWatcher(`**/${CONFIG_FILE_NAME}`);
    const reload = () => void this.load().then(() => this.emitter.fire());
    this.disposables.push(
      watcher,
      watcher.onDidChange(reload),
      watcher.onDidCreate(reload),
      watcher.onDidDelete(reload),
      vscode.workspace.onDidChangeConfiguration(e => {
        if (e.affectsConfiguration(`${CONFIG_SECTION}.configFile`)) reload();
      }),
      vscode.workspace.onDidGrantWorkspaceTrust(reload),
      vscode.workspace.onDidChangeWorkspaceFolders(reload),
    );
  }

  current(): WorkspaceConfig {
    return this.config;
  }

  private matcher: { patterns: string[]; matcher: IgnoreMatcher } | undefined;

  /** Whether the file is under one of the config's `ignore:` patterns (as the CLI skips it). */
  ignores(uri: vscode.Uri): boolean {
    const root = this.root;
    if (!root || this.config.ignore.length === 0 || !uri.path.startsWith(`${root.path.replace(/\/$/, '')}/`)) return false;
    if (this.matcher?.patterns !== this.config.ignore) this.matcher = { patterns: this.config.ignore, matcher: createIgnoreMatcher(this.config.ignore) };
    return this.matcher.matcher.ignores(uri.path.slice(root.path.replace(/\/$/, '').length + 1), false);
  }

  /** The folder ignore patterns are relative to. */
  get rootUri(): vscode.Uri | undefined {
    return this.root;
  }

  /** The file read last, whether it was found, its problem counts, and a setting Restricted Mode ignored. */
  status(): ConfigFileStatus {
    return this.loaded;
  }

  private choose(): { uri: vscode.Uri; status: ConfigFileStatus } | undefined {
    const folder = vscode.workspace.workspaceFolders?.[0];
    if (!folder) return undefined;
    const choice = chooseConfigFile(vscode.workspace.getConfiguration(CONFIG_SECTION).get<string>('configFile', ''), vscode.workspace.isTrusted);
    if (choice.ignoredSetting) this.log(`awsFieldGuide.configFile (${choice.ignoredSetting}) is ignored in an untrusted workspace; using ${choice.path}.`);
    return { uri: vscode.Uri.joinPath(folder.uri, choice.path), status: { ...choice, found: false, errors: 0, warnings: 0 } };
  }

  async load(): Promise<void> {
    const chosen = this.choose();
    const uri = chosen?.uri;
    this.diagnostics.clear();
    this.config = emptyConfig();
    this.loaded = chosen?.status ?? { path: CONFIG_FILE_NAME, found: false, errors: 0, warnings: 0 };
    this.root = uri ? vscode.Uri.joinPath(uri, '..') : undefined;
    if (!uri) return;
    let text: string;
    try {
      text = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
    } catch {
      // No config file: every rule at its default. A path the user set that is not there is worth a line.
      if (this.loaded.custom) this.log(`${vscode.workspace.asRelativePath(uri)} (awsFieldGuide.configFile) was not found; rules use their defaults.`);
      return;
    }
    // The YAML parser loads only when a workspace has the file.
    const { parseWorkspaceConfig } = require('../../core/config/workspaceConfig') as typeof import('../../core/config/workspaceConfig');
    const { config, problems } = parseWorkspaceConfig(text, this.knownRuleIds());
    this.config = config;
    this.loaded = {
      ...this.loaded,
      found: true,
      errors: problems.filter(p => p.severity === 'error').length,
      warnings: problems.filter(p => p.severity === 'warning').length,
    };
    this.diagnostics.set(
      uri,
      problems.map(p => {
        const d = new vscode.Diagnostic(
          new vscode.Range(p.line, p.character, p.line, p.character + 1),
          p.message,
          p.severity === 'error' ? vscode.DiagnosticSeverity.Error : vscode.DiagnosticSeverity.Warning,
        );
        d.source = 'AWS Field Guide';
        return d;
      }),
    );
    if (problems.length > 0) this.log(`${vscode.workspace.asRelativePath(uri)}: ${problems.length} problem(s); valid entries still apply.`);
  }

  dispose(): void {
    this.emitter.dispose();
    this.diagnostics.dispose();
    for (const d of this.disposables) d.dispose();
  }
}
