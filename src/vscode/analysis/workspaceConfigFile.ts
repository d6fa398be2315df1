/**
 * Reads `.aws-field-guide.yaml` from the first workspace folder (or the path in
 * `awsFieldGuide.configFile`, honoured only in trusted workspaces: a setting that points at a file
 * is exactly what an untrusted repository could abuse), shows its problems in the Problems panel
 * on the file itself, and fires when it changes.
 */
import * as vscode from 'vscode';
import { createIgnoreMatcher, type IgnoreMatcher } from '../../core/config/ignore';
import { CONFIG_FILE_NAME, emptyConfig, type WorkspaceConfig } from '../../core/config/configFile';
import { CONFIG_SECTION } from '../languageSetting';

export class WorkspaceConfigFile implements vscode.Disposable {
  private config: WorkspaceConfig = emptyConfig();
  private root: vscode.Uri | undefined;
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

  fileUri(): vscode.Uri | undefined {
    const folder = vscode.workspace.workspaceFolders?.[0];
    if (!folder) return undefined;
    const custom = vscode.workspace.getConfiguration(CONFIG_SECTION).get<string>('configFile', '');
    if (custom && vscode.workspace.isTrusted) return vscode.Uri.joinPath(folder.uri, custom);
    if (custom && !vscode.workspace.isTrusted) this.log(`awsFieldGuide.configFile (${custom}) is ignored in an untrusted workspace; using ${CONFIG_FILE_NAME}.`);
    return vscode.Uri.joinPath(folder.uri, CONFIG_FILE_NAME);
  }

  async load(): Promise<void> {
    const uri = this.fileUri();
    this.diagnostics.clear();
    this.config = emptyConfig();
    this.root = uri ? vscode.Uri.joinPath(uri, '..') : undefined;
    if (!uri) return;
    let text: string;
    try {
      text = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
    } catch {
      return; // no config file: defaults
    }
    // The YAML parser loads only when a workspace has the file.
    const { parseWorkspaceConfig } = require('../../core/config/workspaceConfig') as typeof import('../../core/config/workspaceConfig');
    const { config, problems } = parseWorkspaceConfig(text, this.knownRuleIds());
    this.config = config;
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
