import { LineIndex } from '../../model/lineIndex';
import type { Position, SourceRange } from '../../model/types';

/**
 * Offset → 0-based line / UTF-16 column for a walk that mostly moves forward through the text
 * (model building visits nodes in document order). Moving forward costs one native `indexOf`
 * per line crossed, so a whole document costs one pass and no line table; a step back to an
 * earlier line (a duplicate-key warning, a link inside `!GetAtt [A, !Ref B]`) falls back to a
 * LineIndex built on first need. Results equal LineIndex's (same line breaks: \n, \r\n, lone \r).
 */
export class Positions {
  private line = 0;
  private lineStart = 0;
  private nextBreak: number;
  private index: LineIndex | undefined;
  private readonly tableOnly: boolean;

  constructor(private readonly text: string) {
    // A lone \r is a line break too; such (rare) files just use the line table throughout.
    this.tableOnly = text.indexOf('\r') >= 0 && /\r(?!\n)/.test(text);
    this.nextBreak = text.indexOf('\n');
  }

  at(offset: number): Position {
    const o = offset < 0 ? 0 : offset > this.text.length ? this.text.length : offset;
    if (o < this.lineStart || this.tableOnly) return this.table().positionAt(o);
    while (this.nextBreak >= 0 && this.nextBreak < o) {
      this.line++;
      this.lineStart = this.nextBreak + 1;
      this.nextBreak = this.text.indexOf('\n', this.lineStart);
    }
    return { line: this.line, character: o - this.lineStart };
  }

  range(start: number, end: number): SourceRange {
    return { start: this.at(start), end: this.at(end) };
  }

  private table(): LineIndex {
    this.index ??= new LineIndex(this.text);
    return this.index;
  }
}
