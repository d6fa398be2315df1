/**
 * Fixes inside a `LoadBalancerAttributes` list, which the format edit helpers do not step into:
 * a new `{ Key, Value }` entry written like the last entry (its quotes, layout and separators, its
 * comments left out), and a `"false"` turned into `"true"` in its own quotes. Anything but plain
 * `{ Key: literal, Value: literal }` entries is refused ([]).
 */
import type { TextEdit } from '../../model/edits';
import { LineIndex } from '../../model/lineIndex';
import type { ListValue, SourceRange, Syntax, Value } from '../../model/types';
import { prop } from './properties';

interface Target {
  text: string;
  syntax: Syntax;
}

class Text {
  private readonly index: LineIndex;
  constructor(readonly text: string) {
    this.index = new LineIndex(text);
  }
  start(r: SourceRange): number {
    return this.index.offsetAt(r.start);
  }
  end(r: SourceRange): number {
    return this.index.offsetAt(r.end);
  }
  slice(s: number, e: number): string {
    return this.text.slice(s, e);
  }
  edit(s: number, e: number, newText: string): TextEdit {
    return { range: this.index.range(s, e), newText };
  }
  lineEnd(offset: number): number {
    let i = offset;
    while (i < this.text.length && this.text[i] !== '\n' && this.text[i] !== '\r') i++;
    return i;
  }
  lineStart(offset: number): number {
    let i = offset;
    while (i > 0 && this.text[i - 1] !== '\n' && this.text[i - 1] !== '\r') i--;
    return i;
  }
}

/** Separator text between two entries without its comments; undefined when a block comment makes it unclear. */
function withoutComments(sep: string, syntax: Syntax): string | undefined {
  if (syntax === 'typescript') return sep.includes('/*') ? undefined : sep.replace(/[ \t]*\/\/[^\r\n]*/g, '');
  if (syntax === 'json') return sep;
  return sep.replace(/[ \t]*#[^\r\n]*/g, '');
}

/** `s` written like `original` (a literal's source): the same quotes, or plain YAML when the original is plain. */
function likeLiteral(original: string, s: string, syntax: Syntax): string | undefined {
  if (/["'\\]/.test(s)) return undefined;
  const q = original[0];
  if (q === '"' || q === "'") return `${q}${s}${q}`;
  if (syntax === 'yaml') return /^[A-Za-z0-9_][\w.-]*$/.test(s) && !/^(?:true|false|yes|no|on|off|null|y|n)$/i.test(s) && !/^[\d.]+$/.test(s) ? s : `"${s}"`;
  if (syntax === 'json') return `"${s}"`;
  return undefined;
}

function literal(v: Value): boolean {
  return v.kind === 'string' || v.kind === 'number' || v.kind === 'boolean';
}

/** Edits that append `{ Key: key, Value: value }` to `list`, cloned from its last entry; [] when not plain. */
export function appendAttribute(target: Target, list: ListValue, key: string, value: string): TextEdit[] {
  const last = list.items[list.items.length - 1];
  if (!last || last.kind !== 'map' || last.properties.length !== 2) return [];
  const keyProp = prop(last, 'Key');
  const valueProp = prop(last, 'Value');
  if (!keyProp || !valueProp || !literal(keyProp.value) || !literal(valueProp.value)) return [];
  const t = new Text(target.text);
  const syntax = target.syntax;
  // The entry, pair by pair, with the new literals in place of the old ones.
  const [first, second] = last.properties;
  const itemStart = t.start(last.range);
  const itemEnd = t.end(last.range);
  const pieces: string[] = [];
  const open = withoutComments(t.slice(itemStart, t.start(first.range)), syntax);
  const between = withoutComments(t.slice(t.end(first.range), t.start(second.range)), syntax);
  const close = withoutComments(t.slice(t.end(second.range), itemEnd), syntax);
  if (open === undefined || between === undefined || close === undefined) return [];
  for (const [i, p] of [first, second].entries()) {
    const s = t.start(p.range);
    const vs = t.start(p.value.range);
    const ve = t.end(p.value.range);
    const replacement = likeLiteral(t.slice(vs, ve), p === keyProp ? key : value, syntax);
    if (replacement === undefined) return [];
    pieces.push(t.slice(s, vs) + replacement + t.slice(ve, t.end(p.range)));
    if (i === 0) pieces.push(between);
  }
  const entry = open + pieces.join('') + close;
  const eol = target.text.includes('\r\n') ? '\r\n' : '\n';
  const listText = t.slice(t.start(list.range), t.end(list.range));
  if (syntax === 'yaml' && listText.startsWith('-')) {
    // Block sequence: a new `- ` line at the dash column of the last entry, after its comment.
    const prefix = t.slice(t.lineStart(itemStart), itemStart);
    if (!/^[ \t]*-[ \t]+$/.test(prefix)) return [];
    const at = t.lineEnd(itemEnd);
    if (!/^[ \t]*(?:#.*)?$/.test(t.slice(itemEnd, at))) return [];
    return [t.edit(at, at, `${eol}${prefix}${entry}`)];
  }
  let sep: string | undefined;
  if (list.items.length >= 2) {
    const before = list.items[list.items.length - 2];
    sep = withoutComments(t.slice(t.end(before.range), itemStart), syntax);
    if (sep === undefined || sep.split(',').length !== 2) return [];
  } else {
    const lineStart = t.lineStart(itemStart);
    const indent = t.slice(lineStart, itemStart);
    sep = /^[ \t]*$/.test(indent) ? `,${eol}${indent}` : ', ';
  }
  const nl = sep.search(/[\r\n]/);
  if (nl >= 0) {
    // One entry per line: the new one on a line of its own, after the last one's comma and comment.
    const indent = sep.slice(sep.search(/[^\r\n]*$/));
    let after = itemEnd;
    while (target.text[after] === ' ' || target.text[after] === '\t') after++;
    const comma = target.text[after] === ',';
    const at = t.lineEnd(itemEnd);
    const rest = t.slice(comma ? after + 1 : itemEnd, at);
    const comment = syntax === 'typescript' ? /^[ \t]*(?:\/\/.*)?$/ : syntax === 'json' ? /^[ \t]*$/ : /^[ \t]*(?:#.*)?$/;
    if (comment.test(rest)) {
      if (comma) return [t.edit(at, at, `${eol}${indent}${entry},`)];
      if (at === itemEnd) return [t.edit(at, at, `,${eol}${indent}${entry}`)];
      return [t.edit(itemEnd, itemEnd, ','), t.edit(at, at, `${eol}${indent}${entry}`)];
    }
  }
  return [t.edit(itemEnd, itemEnd, `${sep}${entry}`)];
}

/** Turns a literal `false` (in any quotes) into `true`; [] for anything else. */
export function falseToTrue(target: Target, v: Value): TextEdit[] {
  const t = new Text(target.text);
  const s = t.start(v.range);
  const e = t.end(v.range);
  const m = /^(["']?)false\1$/i.exec(t.slice(s, e));
  if (!m) return [];
  // A Python boolean is `True`; every other spelling reads `true` back as true.
  return [t.edit(s + m[1].length, e - m[1].length, target.syntax === 'python' && !m[1] ? 'True' : 'true')];
}
