import { LineIndex } from './lineIndex';
import type { SourceRange } from './types';

/** A replacement of `range` by `newText`, like `vscode.TextEdit`. */
export interface TextEdit {
  range: SourceRange;
  newText: string;
}

/** Applies non-overlapping edits to a text (used by tests and the CLI's --fix). */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const index = new LineIndex(text);
  const resolved = edits
    .map(e => ({ start: index.offsetAt(e.range.start), end: index.offsetAt(e.range.end), newText: e.newText }))
    .sort((a, b) => b.start - a.start || b.end - a.end);
  let out = text;
  let lastStart = Infinity;
  for (const e of resolved) {
    if (e.end > lastStart) throw new Error('applyEdits: overlapping edits');
    out = out.slice(0, e.start) + e.newText + out.slice(e.end);
    lastStart = e.start;
  }
  return out;
}

/**
 * One change the editor reports between two versions (like `vscode.TextDocumentContentChangeEvent`):
 * `rangeOffset`/`rangeLength` locate the replaced text in the previous version.
 */
export interface TextChange {
  range: SourceRange;
  rangeOffset: number;
  rangeLength: number;
  text: string;
}
