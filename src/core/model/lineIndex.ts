import type { Position, SourceRange } from './types';

/**
 * Converts between string offsets and 0-based line / UTF-16 column positions. JavaScript strings
 * are UTF-16, so an offset is already a UTF-16 column count within its line; Korean text and
 * emoji (surrogate pairs) need no special casing. Lines end at \n, \r\n or a lone \r.
 */
export class LineIndex {
  private readonly starts: number[] = [0];

  constructor(readonly text: string) {
    if (text.indexOf('\r') < 0) {
      // Only \n breaks (the common case): indexOf finds them far faster than a loop over every character.
      for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) this.starts.push(i + 1);
      return;
    }
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10) this.starts.push(i + 1);
      else if (c === 13) {
        if (text.charCodeAt(i + 1) === 10) i++;
        this.starts.push(i + 1);
      }
    }
  }

  get lineCount(): number {
    return this.starts.length;
  }

  positionAt(offset: number): Position {
    const o = Math.max(0, Math.min(offset, this.text.length));
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= o) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo, character: o - this.starts[lo] };
  }

  /**
   * The 0-based line holding `offset`, searched from line `near` outward (galloping, then binary
   * search): a walk over a document asks for positions a few lines apart, so this costs a step
   * or two where `positionAt` always pays the full binary search.
   */
  lineNear(offset: number, near: number): number {
    const starts = this.starts;
    const last = starts.length - 1;
    const o = Math.max(0, Math.min(offset, this.text.length));
    let lo: number;
    let hi: number;
    const l = near > 0 && near <= last ? near : 0;
    if (starts[l] <= o) {
      // Forward: find a line whose start is past `o`, doubling the step.
      lo = l;
      let step = 1;
      hi = l + 1;
      while (hi <= last && starts[hi] <= o) {
        lo = hi;
        step *= 2;
        hi = lo + step;
      }
      hi = Math.min(hi - 1, last);
    } else {
      hi = l - 1;
      let step = 1;
      lo = l - 1;
      while (lo > 0 && starts[lo] > o) {
        hi = lo - 1;
        step *= 2;
        lo = Math.max(0, lo - step);
      }
    }
    // Now starts[lo] <= o and the answer is in [lo, hi].
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= o) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /** Offset of the first character of a line (0-based; past the last line: the text's end). */
  lineStart(line: number): number {
    return this.starts[line] ?? this.text.length;
  }

  offsetAt(position: Position): number {
    if (position.line < 0) return 0;
    if (position.line >= this.starts.length) return this.text.length;
    const start = this.starts[position.line];
    let end = position.line + 1 < this.starts.length ? this.starts[position.line + 1] : this.text.length;
    // A column past the end of the line means the end of its text, before the line break.
    if (end > start && this.text.charCodeAt(end - 1) === 10) end--;
    if (end > start && this.text.charCodeAt(end - 1) === 13) end--;
    return Math.min(start + Math.max(0, position.character), end);
  }

  range(start: number, end: number): SourceRange {
    return { start: this.positionAt(start), end: this.positionAt(end) };
  }

  /** The text of a line without its line break. */
  lineText(line: number): string {
    const start = this.starts[line] ?? this.text.length;
    const end = line + 1 < this.starts.length ? this.starts[line + 1] : this.text.length;
    return this.text.slice(start, end).replace(/\r?\n$|\r$/, '');
  }
}

export function containsPosition(range: SourceRange, p: Position): boolean {
  const afterStart = p.line > range.start.line || (p.line === range.start.line && p.character >= range.start.character);
  const beforeEnd = p.line < range.end.line || (p.line === range.end.line && p.character <= range.end.character);
  return afterStart && beforeEnd;
}
