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
      // The editor already gives the change's start and end positions: only the new end needs
      // computing, from the inserted text — no indexing of the whole document per keystroke.
      // Line breaks at the edges could merge or split a \r\n pair: those take the general path.
      const oldEnd = c.rangeOffset + c.rangeLength;
      if (!c.text.includes('\r') && text.charCodeAt(c.rangeOffset - 1) !== 13 && text.charCodeAt(oldEnd) !== 10 && text.charCodeAt(oldEnd - 1) !== 13) {
        const lastBreak = c.text.lastIndexOf('\n');
        let breaks = 0;
        for (let i = c.text.indexOf('\n'); i >= 0; i = c.text.indexOf('\n', i + 1)) breaks++;
        this.tree.edit(new Edit({
          startIndex: c.rangeOffset,
          oldEndIndex: oldEnd,
          newEndIndex: c.rangeOffset + c.text.length,
          startPosition: { row: c.range.start.line, column: c.range.start.character },
          oldEndPosition: { row: c.range.end.line, column: c.range.end.character },
          newEndPosition: lastBreak < 0
            ? { row: c.range.start.line, column: c.range.start.character + c.text.length }
            : { row: c.range.start.line + breaks, column: c.text.length - lastBreak - 1 },
        }));
        text = text.slice(0, c.rangeOffset) + c.text + text.slice(oldEnd);
        continue;
      }
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
