/**
 * Shared helpers of the in-host suites. These run inside a real extension host (code-server's or
 * a downloaded VS Code's), against the real `vscode` API and the built extension (dist/).
 */
import * as assert from 'assert';
import * as vscode from 'vscode';

export const EXTENSION_ID = 'fieldguide.aws-field-guide';

export type Language = 'en' | 'ko';

/** One search hit, as the extension's test API returns it. */
export interface SearchHit {
  id: string;
  title: string;
  summary: string;
  category: string;
  score: number;
}

/**
 * The test API `activate()` returns (the contract the extension promises; kept here rather than
 * imported from src/ so the suites check the contract, not the implementation's own types).
 */
export interface FieldGuideApi {
  knowledge: {
    search(query: string, language: Language): SearchHit[];
    topic(id: string): { id: string; title: { en: string; ko: string } } | undefined;
    readonly size: number;
  };
  knowledgeTree: {
    getChildren(element?: unknown): vscode.ProviderResult<unknown[]>;
    getTreeItem(element: unknown): vscode.TreeItem | Thenable<vscode.TreeItem>;
  };
  topicPanel: { current(): { topicId: string; language: Language; html: string } | undefined };
  language(): Language;
  /** Milliseconds `activate` took. */
  readonly activationMs: number;
  thisFile: {
    getChildren(element?: unknown): vscode.ProviderResult<unknown[]>;
    getTreeItem(element: unknown): vscode.TreeItem | Thenable<vscode.TreeItem>;
    current(): { uri: string; resources: number; findings: number } | undefined;
  };
  statusBarText(): string | undefined;
  statusBarTooltip(): string | undefined;
  usesWorker(): boolean;
  analyzed(uri: vscode.Uri): Promise<{ version: number; findings: number } | undefined>;
  workspaceDiagnostics: vscode.DiagnosticCollection;
}

/** Activates the extension (idempotent) and returns its test API. */
export async function api(): Promise<FieldGuideApi> {
  const extension = vscode.extensions.getExtension<FieldGuideApi>(EXTENSION_ID);
  assert.ok(extension, `extension ${EXTENSION_ID} is not loaded`);
  const exported = await extension.activate();
  assert.ok(exported, 'activate() returned no test API');
  return exported;
}

/** Polls `probe` until it returns a truthy value; fails with `what` after `timeoutMs`. */
export async function waitFor<T>(what: string, probe: () => T | undefined | false | Promise<T | undefined | false>, timeoutMs = 10_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  let lastError: unknown;
  for (;;) {
    try {
      const value = await probe();
      if (value) return value;
    } catch (e) {
      lastError = e;
    }
    if (Date.now() > end) {
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}${lastError ? ` (last error: ${String(lastError)})` : ''}`);
    }
    await new Promise(resolve => setTimeout(resolve, 100));
  }
}

/** Sets awsFieldGuide.language in the user settings (undefined removes it) and waits for the extension to follow. */
export async function setLanguage(value: Language | 'auto' | undefined): Promise<void> {
  const inspected = vscode.workspace.getConfiguration('awsFieldGuide').inspect('language');
  assert.strictEqual(inspected?.workspaceValue ?? inspected?.workspaceFolderValue, undefined,
    'the test workspace must not set awsFieldGuide.language (it would override the user setting the tests change)');
  await vscode.workspace.getConfiguration('awsFieldGuide').update('language', value, vscode.ConfigurationTarget.Global);
  if (value === 'en' || value === 'ko') {
    const fieldGuide = await api();
    await waitFor(`language() to become ${value}`, () => fieldGuide.language() === value);
  }
}

/** The label text of a tree item, whether it is a string or a TreeItemLabel. */
export function labelOf(item: vscode.TreeItem): string {
  const label = item.label;
  return typeof label === 'string' ? label : label?.label ?? '';
}

/** The tooltip text of a tree item, whether it is a string or markdown. */
export function tooltipOf(item: vscode.TreeItem): string {
  const tooltip = item.tooltip;
  return typeof tooltip === 'string' ? tooltip : tooltip?.value ?? '';
}

/** First-level nodes and their tree items. */
export async function rootItems(fieldGuide: FieldGuideApi): Promise<{ node: unknown; item: vscode.TreeItem }[]> {
  return itemsOf(fieldGuide, undefined);
}

/** Children of a node (undefined: the roots) and their tree items. */
export async function itemsOf(fieldGuide: FieldGuideApi, parent: unknown): Promise<{ node: unknown; item: vscode.TreeItem }[]> {
  const nodes = (await fieldGuide.knowledgeTree.getChildren(parent)) ?? [];
  return Promise.all(nodes.map(async node => ({ node, item: await fieldGuide.knowledgeTree.getTreeItem(node) })));
}

export const HANGUL = /[\uac00-\ud7a3]/;

/** Writes a file into the test workspace, opens it in an editor and returns its document. */
export async function openWorkspaceFile(relativePath: string, content: string): Promise<vscode.TextDocument> {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the tests run with a workspace folder');
  const uri = vscode.Uri.joinPath(folder.uri, relativePath);
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(content));
  const document = await vscode.workspace.openTextDocument(uri);
  await vscode.window.showTextDocument(document, { preview: false });
  return document;
}

/** Our diagnostics on a document, once `accept` says they are the expected ones. */
export async function ourDiagnostics(uri: vscode.Uri, what: string, accept: (d: vscode.Diagnostic[]) => boolean, timeoutMs = 15_000): Promise<vscode.Diagnostic[]> {
  return waitFor(what, () => {
    const d = vscode.languages.getDiagnostics(uri).filter(x => x.source === 'AWS Field Guide');
    return accept(d) ? d : undefined;
  }, timeoutMs);
}

export function codeOf(d: vscode.Diagnostic): string {
  return String(typeof d.code === 'object' ? d.code.value : d.code);
}

/** Markdown text of every hover the editor's hover providers give at a position. */
export async function hoverText(uri: vscode.Uri, position: vscode.Position): Promise<string> {
  const hovers = (await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, position)) ?? [];
  return hovers.flatMap(h => h.contents.map(c => (typeof c === 'string' ? c : 'value' in c ? c.value : ''))).join('\n---\n');
}

export async function closeAllEditors(): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}
