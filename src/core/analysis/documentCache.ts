/**
 * Parsed documents keyed by uri + version, so hover, diagnostics and code actions on the same
 * version share one parse. When the editor reports the changes from the cached version to the
 * next one, tree-sitter formats re-parse incrementally from the cached tree.
 */
import type { TextChange } from '../model/edits';
import type { ParsedDocument } from '../model/types';
import { disposeState, parseWithState, type ParseInput, type ParseResult } from '../iac/parseDocument';

interface Entry {
  version: number;
  text: string;
  result: Promise<ParseResult>;
}

export interface DocumentSnapshot {
  uri: string;
  version: number;
  text: string;
  languageId?: string;
}

export class DocumentCache {
  private readonly entries = new Map<string, Entry>();
  private parses = 0;

  constructor(private readonly maxEntries = 64) {}

  /**
   * The model of this version. `changes` (optional) are the edits from the previously cached
   * version `changes.fromVersion` to this one.
   */
  get(doc: DocumentSnapshot, changes?: { fromVersion: number; changes: readonly TextChange[] }): Promise<ParsedDocument> {
    const cached = this.entries.get(doc.uri);
    if (cached && cached.version === doc.version && cached.text.length === doc.text.length) {
      return cached.result.then(r => r.doc);
    }
    const input: ParseInput = { uri: doc.uri, languageId: doc.languageId };
    const incremental = cached && changes && changes.fromVersion === cached.version ? cached : undefined;
    const result = (async () => {
      this.parses++;
      if (incremental) {
        const previous = await incremental.result.catch(() => undefined);
        if (previous?.state.tree) {
          const r = await parseWithState(doc.text, input, previous.state, changes!.changes);
          disposeState(previous.state);
          return r;
        }
      }
      if (cached) void cached.result.then(r => disposeState(r.state), () => undefined);
      return parseWithState(doc.text, input);
    })();
    this.entries.delete(doc.uri);
    this.entries.set(doc.uri, { version: doc.version, text: doc.text, result });
    this.evict();
    return result.then(r => r.doc);
  }

  /** Forget a document (closed): frees its tree-sitter tree. */
  delete(uri: string): void {
    const e = this.entries.get(uri);
    if (e) void e.result.then(r => disposeState(r.state), () => undefined);
    this.entries.delete(uri);
  }

  /** How many parses ran (tests check that repeated requests share one). */
  get parseCount(): number {
    return this.parses;
  }

  private evict(): void {
    while (this.entries.size > this.maxEntries) {
      const oldest = this.entries.keys().next().value as string;
      this.delete(oldest);
    }
  }
}
