/**
 * The previous tree-sitter tree and text of a document, kept for incremental re-parsing.
 * `applyChanges` tells the old tree about the edits (tree.edit) so the next parse reuses it.
 */
import { Edit, type Tree } from 'web-tree-sitter';
import type { TextChange } from '../model/edits';
import { LineIndex } from '../model/lineIndex';

export class TreeSitterState {
  constructor(readonly tree: Tree, readonly text: string) {}

  /** Edits the old tree in place for each change, in order; returns the tree to pass as oldTree. */
  applyChanges(changes: readonly TextChange[]): Tree {
    let text = this.text;
    for (const c of changes) {
      const before = new LineIndex(text);
      const startIndex = c.rangeOffset;
      const oldEndIndex = c.rangeOffset + c.rangeLength;
      const next = text.slice(0, startIndex) + c.text + text.slice(oldEndIndex);
      const after = new LineIndex(next);
      const newEndIndex = startIndex + c.text.length;
      // web-tree-sitter counts columns and indices in UTF-16 code units, like our positions.
      const point = (p: { line: number; character: number }) => ({ row: p.line, column: p.character });
      // web-tree-sitter 0.27 types `edit` with its Edit class (a plain object fails to typecheck).
      this.tree.edit(new Edit({
        startIndex,
        oldEndIndex,
        newEndIndex,
        startPosition: point(before.positionAt(startIndex)),
        oldEndPosition: point(before.positionAt(oldEndIndex)),
        newEndPosition: point(after.positionAt(newEndIndex)),
      }));
      text = next;
    }
    return this.tree;
  }

  dispose(): void {
    this.tree.delete();
  }
}
