/**
 * Keeps every open IaC document analysed: at once on open and save, debounced (~300 ms) while
 * typing (or only on save, per `awsFieldGuide.lintOn`), incrementally where the parser allows.
 * A result for a version older than the one requested last is dropped. Other features (problems,
 * hovers, code actions, the "This file" view, the status bar) read the latest result from here.
 */
import * as vscode from 'vscode';
import type { AnalysisResult } from '../../core/analysis/analysisService';
import type { TextChange } from '../../core/model/edits';
import { AnalysisClient, Superseded } from './analysisClient';
import { lintOn } from './analysisSettings';

export const IAC_LANGUAGE_IDS: ReadonlySet<string> = new Set(['yaml', 'json', 'jsonc', 'terraform', 'hcl', 'typescript', 'javascript', 'python', 'cloudformation', 'cfn-yaml', 'cfn-json']);
const SCHEMES: ReadonlySet<string> = new Set(['file', 'untitled', 'vscode-remote', 'vscode-vfs']);
const DEBOUNCE_MS = 300;

/** Without the HashiCorp extension a `.tf` file is plain text: the extension decides by name then. */
export const IAC_FILE_PATTERN = '**/*.{tf,template}';
const IAC_EXTENSIONS = /\.(tf|template)$/i;

export function isCandidate(document: vscode.TextDocument): boolean {
  return SCHEMES.has(document.uri.scheme) && (IAC_LANGUAGE_IDS.has(document.languageId) || IAC_EXTENSIONS.test(document.uri.path));
}

interface Sent {
  version: number;
  /** Edits since `version`, for the next incremental request. */
  changes: TextChange[];
}

export class DocumentAnalyzer implements vscode.Disposable {
  private readonly latest = new Map<string, AnalysisResult>();
  private readonly requested = new Map<string, number>();
  private readonly inflight = new Map<string, Promise<AnalysisResult | undefined>>();
  private readonly sent = new Map<string, Sent>();
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly emitter = new vscode.EventEmitter<{ uri: vscode.Uri; result: AnalysisResult | undefined }>();
  readonly onDidAnalyze = this.emitter.event;
  private readonly disposables: vscode.Disposable[] = [];

  constructor(
    private readonly client: AnalysisClient,
    private readonly log: (m: string) => void,
    /** Files the workspace config's `ignore:` list skips (the CLI skips them too). */
    private readonly ignored: (uri: vscode.Uri) => boolean = () => false,
  ) {
    this.disposables.push(
      vscode.workspace.onDidOpenTextDocument(d => this.schedule(d, 0)),
      vscode.workspace.onDidChangeTextDocument(e => this.changed(e)),
      vscode.workspace.onDidSaveTextDocument(d => this.schedule(d, 0)),
      vscode.workspace.onDidCloseTextDocument(d => this.closed(d)),
      // The editor keeps a document alive for a while after its last tab closes; the findings go with the tab.
      vscode.window.tabGroups.onDidChangeTabs(e => this.tabsClosed(e.closed)),
      // …and come back when it is shown again without being reopened.
      vscode.window.onDidChangeVisibleTextEditors(editors => {
        for (const editor of editors) if (!this.latest.has(editor.document.uri.toString())) this.schedule(editor.document, 0);
      }),
    );
  }

  /** Analyse every open document (activation, settings changes). */
  refreshAll(): void {
    for (const d of vscode.workspace.textDocuments) this.schedule(d, 0, true);
  }

  /** The result for the document's current version, if it is there already. */
  resultFor(document: vscode.TextDocument): AnalysisResult | undefined {
    const r = this.latest.get(document.uri.toString());
    return r && r.version === document.version ? r : undefined;
  }

  /** The last result, whatever its version (the view shows it while a newer one is computed). */
  lastResult(uri: vscode.Uri): AnalysisResult | undefined {
    return this.latest.get(uri.toString());
  }

  /** The result for the current version, analysing now if needed (hover, code actions). */
  async ensure(document: vscode.TextDocument): Promise<AnalysisResult | undefined> {
    if (!isCandidate(document) || this.ignored(document.uri)) return undefined;
    const ready = this.resultFor(document);
    if (ready) return ready;
    const key = document.uri.toString();
    if (this.requested.get(key) === document.version && this.inflight.has(key)) return this.inflight.get(key);
    return this.run(document);
  }

  private changed(e: vscode.TextDocumentChangeEvent): void {
    const key = e.document.uri.toString();
    const sent = this.sent.get(key);
    if (sent) {
      for (const c of e.contentChanges) {
        sent.changes.push({
          range: { start: { line: c.range.start.line, character: c.range.start.character }, end: { line: c.range.end.line, character: c.range.end.character } },
          rangeOffset: c.rangeOffset,
          rangeLength: c.rangeLength,
          text: c.text,
        });
      }
    }
    if (e.contentChanges.length > 0 && lintOn() === 'type') this.schedule(e.document, DEBOUNCE_MS);
  }

  private schedule(document: vscode.TextDocument, delay: number, force = false): void {
    if (!isCandidate(document)) return;
    const key = document.uri.toString();
    if (this.ignored(document.uri)) {
      // Ignored now (the config may have changed): whatever it said before goes away.
      if (this.latest.delete(key)) this.emitter.fire({ uri: document.uri, result: undefined });
      return;
    }
    clearTimeout(this.timers.get(key));
    if (force) this.latest.delete(key);
    this.timers.set(
      key,
      setTimeout(() => {
        this.timers.delete(key);
        if (!document.isClosed) void this.run(document);
      }, delay),
    );
  }

  private run(document: vscode.TextDocument): Promise<AnalysisResult | undefined> {
    const key = document.uri.toString();
    const version = document.version;
    this.requested.set(key, version);
    const sent = this.sent.get(key);
    const changes = sent && sent.changes.length > 0 ? { fromVersion: sent.version, changes: sent.changes } : undefined;
    this.sent.set(key, { version, changes: [] });
    const promise = this.client
      .analyze({ uri: key, version, text: document.getText(), languageId: document.languageId, changes })
      .then(
        result => {
          // A newer version was asked for meanwhile: this result describes text that is gone.
          if (this.requested.get(key) !== version || document.isClosed) return this.resultFor(document);
          this.latest.set(key, result);
          this.emitter.fire({ uri: document.uri, result });
          return result;
        },
        e => {
          if (!(e instanceof Superseded)) this.log(`Analysis of ${vscode.workspace.asRelativePath(document.uri)} failed: ${e instanceof Error ? e.message : String(e)}`);
          return undefined;
        },
      )
      .finally(() => {
        if (this.inflight.get(key) === promise) this.inflight.delete(key);
      });
    this.inflight.set(key, promise);
    return promise;
  }

  private tabsClosed(tabs: readonly vscode.Tab[]): void {
    const open = new Set<string>();
    for (const group of vscode.window.tabGroups.all) {
      for (const tab of group.tabs) if (tab.input instanceof vscode.TabInputText) open.add(tab.input.uri.toString());
    }
    for (const tab of tabs) {
      if (!(tab.input instanceof vscode.TabInputText)) continue;
      const uri = tab.input.uri;
      if (open.has(uri.toString())) continue;
      const document = vscode.workspace.textDocuments.find(d => d.uri.toString() === uri.toString());
      // A dirty document stays in memory with its edits: keep analysing it.
      if (document && !document.isDirty) this.closed(document);
    }
  }

  private closed(document: vscode.TextDocument): void {
    const key = document.uri.toString();
    clearTimeout(this.timers.get(key));
    this.timers.delete(key);
    this.latest.delete(key);
    this.requested.delete(key);
    this.sent.delete(key);
    this.client.close(key);
    this.emitter.fire({ uri: document.uri, result: undefined });
  }

  dispose(): void {
    for (const t of this.timers.values()) clearTimeout(t);
    this.emitter.dispose();
    for (const d of this.disposables) d.dispose();
  }
}
