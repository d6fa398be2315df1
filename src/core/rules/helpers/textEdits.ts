/**
 * Small text edits the format edit helpers do not offer: they take dotted paths and refuse a step
 * into a list, but a block device mapping or a Terraform block written twice lives in a list.
 * These edit one value or one map the model already located, in the file's own syntax, and return
 * [] whenever the shape is not the plain one they understand (never a broken file).
 */
import type { TextEdit } from '../../model/edits';
import { LineIndex } from '../../model/lineIndex';
import type { MapValue, Property, SourceRange, Syntax, Value } from '../../model/types';

export interface TextTarget {
  readonly text: string;
  readonly syntax: Syntax;
}

const indexes = new WeakMap<object, LineIndex>();

function lineIndex(target: TextTarget): LineIndex {
  // Keyed by the context object: one index per linted document, built only when an edit needs it.
  let index = indexes.get(target);
  if (!index || index.text !== target.text) {
    index = new LineIndex(target.text);
    indexes.set(target, index);
  }
  return index;
}

/** A range as [start, end) string offsets. */
export function offsetsOf(target: TextTarget, range: SourceRange): [number, number] {
  const index = lineIndex(target);
  return [index.offsetAt(range.start), index.offsetAt(range.end)];
}

/** The source text of a range. */
export function sourceOf(target: TextTarget, range: SourceRange): string {
  const index = lineIndex(target);
  return target.text.slice(index.offsetAt(range.start), index.offsetAt(range.end));
}

/** Replaces `length` characters at `offset` inside `range` (offset counted from the range start). */
export function replaceInside(target: TextTarget, range: SourceRange, offset: number, length: number, newText: string): TextEdit {
  const index = lineIndex(target);
  const start = index.offsetAt(range.start) + offset;
  return { range: index.range(start, start + length), newText };
}

/** A scalar replaced by `true`, keeping its quotes (`"false"` → `"true"`) and the language's spelling (`True`). */
export function setTrue(target: TextTarget, value: Value): TextEdit[] {
  if (value.kind !== 'boolean' && value.kind !== 'string') return [];
  const src = sourceOf(target, value.range);
  const quote = /^["']/.test(src) ? src[0] : '';
  if (quote && !src.endsWith(quote)) return [];
  const word = quote ? 'true' : target.syntax === 'python' ? 'True' : 'true';
  return [{ range: value.range, newText: `${quote}${word}${quote}` }];
}

function leadingSpace(line: string): string {
  return /^[ \t]*/.exec(line)![0];
}

/** Whether the property's key is the first thing on its line (a block layout we can extend). */
function keyStartsLine(index: LineIndex, p: Property): string | undefined {
  const line = index.lineText(p.keyRange.start.line);
  const indent = leadingSpace(line);
  // JSON key ranges may or may not include the opening quote.
  const col = p.keyRange.start.character;
  return col === indent.length || (col === indent.length + 1 && line[indent.length] === '"') ? indent : undefined;
}

/** `key ` padded so its `=` lines up with the sibling line's, as `terraform fmt` aligns them. */
function alignedKey(siblingLine: string, indent: string, key: string): string {
  const m = /^[ \t]*[\w-]+([ \t]*)=/.exec(siblingLine);
  const column = m ? m[0].length - 1 - indent.length : 0;
  return key.length < column ? key.padEnd(column) : `${key} `;
}

/**
 * Adds `key: value` (`"key": value`, `key = value`) as the last entry of a map the model located,
 * for CloudFormation YAML / JSON and Terraform blocks. `valueText` is already in the target syntax.
 */
export function appendToMap(target: TextTarget, map: MapValue, key: string, valueText: string): TextEdit[] {
  const last = map.properties[map.properties.length - 1];
  if (!last || map.properties.some(p => p.key === '...')) return [];
  const index = lineIndex(target);
  const eol = target.text.includes('\r\n') ? '\r\n' : '\n';
  const after = (p: Property) => index.offsetAt(p.range.end);
  const lineEnd = (p: Property) => index.offsetAt({ line: p.range.end.line, character: Number.MAX_SAFE_INTEGER });
  const insert = (offset: number, text: string): TextEdit[] => [{ range: index.range(offset, offset), newText: text }];
  const flow = target.text[index.offsetAt(map.range.start)] === '{';
  const indent = keyStartsLine(index, last);
  switch (target.syntax) {
    case 'yaml':
      if (flow) return insert(after(last), `, ${key}: ${valueText}`);
      if (indent === undefined || last.keyRange.start.character !== indent.length) {
        // `- Key: v` list items: the key follows the dash, its siblings sit at its column.
        const line = index.lineText(last.keyRange.start.line);
        if (!/^[ \t]*-[ \t]+$/.test(line.slice(0, last.keyRange.start.character))) return [];
      }
      return insert(lineEnd(last), `${eol}${' '.repeat(last.keyRange.start.character)}${key}: ${valueText}`);
    case 'json':
      if (map.range.start.line === map.range.end.line || indent === undefined) return insert(after(last), `, "${key}": ${valueText}`);
      return insert(after(last), `,${eol}${indent}"${key}": ${valueText}`);
    case 'hcl':
      if (map.range.start.line === map.range.end.line || indent === undefined) return []; // a one-line block holds one argument
      return insert(lineEnd(last), `${eol}${indent}${alignedKey(index.lineText(last.keyRange.start.line), indent, key)}= ${valueText}`);
    default:
      return [];
  }
}

/** Merges zero-width inserts at one place into one edit (two new sibling keys), else []. */
export function mergeInserts(parts: TextEdit[][]): TextEdit[] {
  if (parts.some(p => p.length === 0)) return [];
  const all = parts.flat();
  const first = all[0];
  const same = (a: SourceRange, b: SourceRange) =>
    a.start.line === b.start.line && a.start.character === b.start.character && a.end.line === b.end.line && a.end.character === b.end.character;
  const zero = (r: SourceRange) => r.start.line === r.end.line && r.start.character === r.end.character;
  if (all.length === parts.length && all.every(e => zero(e.range) && same(e.range, first.range))) {
    return [{ range: first.range, newText: all.map(e => e.newText).join('') }];
  }
  // Edits at different places are independent when none overlaps another.
  return all.some((e, i) => all.some((f, j) => i !== j && same(e.range, f.range))) ? [] : all;
}
