/**
 * Text edits on Terraform files for quick fixes, written the way `terraform fmt` would leave them:
 * the file's own indentation unit, and `=` aligned across a run of consecutive one-line
 * attributes (hclwrite's rule: a blank line, a comment line, a block or a multi-line value ends the
 * run) — but only where the file is already aligned that way; an unformatted file gets single spaces.
 *
 * Rendering of values: strings in double quotes with HCL escapes, references as `aws_x.y.id`,
 * objects as multi-line `{ … }`, lists inline unless they hold objects. In a block body an object
 * value is a nested block (`metadata_options { … }`) and a list of objects repeated blocks —
 * except for the well-known map arguments (`tags`, `variables`…), which are attributes
 * (`tags = { … }`). Pass `{ $raw }` for anything else.
 *
 * Every function returns [] when the change would not be safe (a block left open, a path through
 * a list or an unknown value, a key that is not an identifier where one is required).
 */
import type { TextEdit } from '../../model/edits';
import { LineIndex } from '../../model/lineIndex';
import { getProperty } from '../../model/query';
import type { MapValue, Property, Resource } from '../../model/types';
import { isRaw, isRef, type EditTarget, type EditValue, type FormatEdits, type NewResource } from '../editTypes';

/** Arguments whose value is a map, written `key = { … }`, not as a nested block. */
const MAP_ARGUMENTS = new Set(['tags', 'tags_all', 'variables', 'triggers', 'dimensions', 'parameters', 'labels', 'environment_variables']);

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_-]*$/;

// ------------------------------------------------------------------ file facts

interface FileFacts {
  text: string;
  index: LineIndex;
  /** One indentation step: two spaces unless the file says otherwise. */
  unit: string;
  eol: string;
}

function factsOf(text: string): FileFacts {
  const index = new LineIndex(text);
  return { text, index, unit: indentUnit(text), eol: text.includes('\r\n') ? '\r\n' : '\n' };
}

/** The smallest indentation of an indented line under a top-level block line (tab if tabs). */
function indentUnit(text: string): string {
  const m = /^[^\s#/][^\n]*\{[ \t]*\r?\n([ \t]+)\S/m.exec(text);
  if (!m) return '  ';
  return m[1].startsWith('\t') ? '\t' : m[1];
}

function offset(f: FileFacts, p: { line: number; character: number }): number {
  return f.index.offsetAt(p);
}

function lineStart(f: FileFacts, line: number): number {
  return f.index.offsetAt({ line, character: 0 });
}

function lineEnd(f: FileFacts, line: number): number {
  return lineStart(f, line) + f.index.lineText(line).length;
}

function indentOfLine(f: FileFacts, line: number): string {
  return /^[ \t]*/.exec(f.index.lineText(line))![0];
}

// ------------------------------------------------------------------ rendering

function quote(s: string): string {
  return `"${s
    .replace(/\\/g, '\\\\')
    .replace(/"/g, '\\"')
    .replace(/\n/g, '\\n')
    .replace(/\r/g, '\\r')
    .replace(/\t/g, '\\t')
    .replace(/\$\{/g, () => '$${') // (a function: in a replacement string `$$` is one `$`)
    .replace(/%\{/g, '%%{')}"`;
}

function isPlainObject(v: EditValue): v is { [key: string]: EditValue } {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && !isRef(v) && !isRaw(v);
}

function objectKey(key: string, quoted: boolean): string {
  return !quoted && IDENTIFIER.test(key) ? key : quote(key);
}

/** An expression in HCL; `indent` is the indentation of the line it starts on. Undefined if not renderable. */
function render(v: EditValue, indent: string, f: FileFacts): string | undefined {
  if (v === null) return 'null';
  if (typeof v === 'string') return quote(v);
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : undefined;
  if (typeof v === 'boolean') return String(v);
  if (isRef(v)) return v.attribute ? `${v.$ref}.${v.attribute}` : v.$ref;
  if (isRaw(v)) return v.$raw;
  const inner = indent + f.unit;
  if (Array.isArray(v)) {
    const items = v.map(i => render(i, inner, f));
    if (items.some(i => i === undefined)) return undefined;
    const simple = v.every(i => !isPlainObject(i) && !Array.isArray(i)) && !items.some(i => i!.includes('\n'));
    const inline = `[${items.join(', ')}]`;
    if (simple && indent.length + inline.length < 100) return inline;
    return `[${f.eol}${items.map(i => `${inner}${i},${f.eol}`).join('')}${indent}]`;
  }
  const entries = Object.entries(v);
  if (entries.length === 0) return '{}';
  const lines = renderAssignments(entries.map(([k, x]) => [objectKey(k, false), x]), inner, f, false);
  return lines && `{${f.eol}${lines}${f.eol}${indent}}`;
}

/**
 * `key = value` lines at `indent`, `=` aligned over runs of one-line values (terraform fmt). In a
 * block body (`body`), objects become nested blocks and lists of objects repeated blocks.
 */
function renderAssignments(entries: [string, EditValue][], indent: string, f: FileFacts, body: boolean): string | undefined {
  const out: { key: string; text: string; assign: boolean; block: boolean }[] = [];
  for (const [key, value] of entries) {
    if (body && !MAP_ARGUMENTS.has(key) && isPlainObject(value)) {
      const inner = renderAssignments(Object.entries(value), indent + f.unit, f, true);
      if (inner === undefined) return undefined;
      out.push({ key, text: blockText(key, inner, indent, f), assign: false, block: true });
      continue;
    }
    if (body && !MAP_ARGUMENTS.has(key) && Array.isArray(value) && value.length > 0 && value.every(isPlainObject)) {
      const blocks: string[] = [];
      for (const item of value) {
        const inner = renderAssignments(Object.entries(item), indent + f.unit, f, true);
        if (inner === undefined) return undefined;
        blocks.push(blockText(key, inner, indent, f));
      }
      out.push({ key, text: blocks.join(f.eol + f.eol), assign: false, block: true });
      continue;
    }
    const rendered = render(value, indent, f);
    if (rendered === undefined) return undefined;
    out.push({ key, text: rendered, assign: isOneLineAssignment(rendered), block: false });
  }
  // Arguments first, then nested blocks (Terraform style); `=` aligned over each run of one-line values.
  if (body) out.sort((a, b) => Number(a.block) - Number(b.block));
  const lines: string[] = [];
  for (let i = 0; i < out.length; ) {
    let j = i;
    while (j < out.length && out[j].assign) j++;
    const width = Math.max(0, ...out.slice(i, j).map(o => o.key.length));
    for (let k = i; k < j; k++) lines.push(`${indent}${out[k].key.padEnd(width)} = ${out[k].text}`);
    if (j < out.length) {
      const o = out[j];
      if (o.block) {
        if (lines.length > 0) lines.push('');
        lines.push(o.text);
      } else lines.push(`${indent}${o.key} = ${o.text}`);
      j++;
    }
    i = j;
  }
  return lines.join(f.eol);
}

function blockText(key: string, inner: string, indent: string, f: FileFacts): string {
  return inner ? `${indent}${key} {${f.eol}${inner}${f.eol}${indent}}` : `${indent}${key} {}`;
}

/** A value that stays on one line with balanced brackets: it joins an `=` alignment run. */
function isOneLineAssignment(rendered: string): boolean {
  return !rendered.includes('\n');
}

// ------------------------------------------------------------------ alignment runs in the file

interface AssignLine {
  line: number;
  /** Column just past the key. */
  keyEnd: number;
  /** Column of the `=`. */
  eq: number;
}

/**
 * hclwrite's "assign cell": a line `key = …` whose part from the `=` on opens and closes as many
 * brackets as it closes (a one-line value). Undefined for anything else.
 */
function assignLine(f: FileFacts, line: number): AssignLine | undefined {
  if (line < 0 || line >= f.index.lineCount) return undefined;
  const t = f.index.lineText(line);
  const m = /^([ \t]*)("(?:[^"\\]|\\.)*"|[A-Za-z_][A-Za-z0-9_-]*)([ \t]*)=(?![=>])/.exec(t);
  if (!m) return undefined;
  let net = 0;
  for (let i = m[0].length; i < t.length; i++) {
    const c = t[i];
    if (c === '"') {
      for (i++; i < t.length && t[i] !== '"'; i++) {
        if (t[i] === '\\') i++;
        else if ((t[i] === '$' || t[i] === '%') && t[i + 1] === '{') net++;
        else if (t[i] === '}' && net > 0) net--;
      }
      continue;
    }
    if (c === '#' || (c === '/' && (t[i + 1] === '/' || t[i + 1] === '*'))) break;
    if (c === '{' || c === '[' || c === '(') net++;
    else if (c === '}' || c === ']' || c === ')') net--;
  }
  if (net !== 0) return undefined;
  const keyEnd = m[1].length + m[2].length;
  return { line, keyEnd, eq: keyEnd + m[3].length };
}

/** The run of assign lines through `line` (which must be one). */
function runAround(f: FileFacts, line: number): AssignLine[] {
  const run: AssignLine[] = [];
  for (let l = line; ; l--) {
    const a = assignLine(f, l);
    if (!a) break;
    run.unshift(a);
  }
  for (let l = line + 1; ; l++) {
    const a = assignLine(f, l);
    if (!a) break;
    run.push(a);
  }
  return run;
}

/** Whether a run is laid out as terraform fmt does it: every `=` one column past the longest key. */
function isAligned(run: AssignLine[]): boolean {
  const width = Math.max(...run.map(a => a.keyEnd));
  return run.every(a => a.eq === width + 1);
}

/** Edits that move the `=` of each line of `run` to one column past `width`. */
function realign(f: FileFacts, run: AssignLine[], width: number): TextEdit[] {
  const edits: TextEdit[] = [];
  for (const a of run) {
    if (a.eq === width + 1) continue;
    edits.push({ range: { start: { line: a.line, character: a.keyEnd }, end: { line: a.line, character: a.eq } }, newText: ' '.repeat(width + 1 - a.keyEnd) });
  }
  return edits;
}

// ------------------------------------------------------------------ containers

/** Where new properties go: a block body or an object constructor, between its braces. */
interface Container {
  kind: 'body' | 'object';
  open: number;
  close: number;
  properties: Property[];
  /** Indentation of the line that opens it. */
  indent: string;
}

function resourceContainer(f: FileFacts, resource: Resource): Container | undefined {
  // The body's `{` follows the labels (for a provider, its name label; the alias is inside).
  const after = resource.role === 'provider' ? resource.typeRange.end : resource.nameRange.end;
  const open = f.text.indexOf('{', offset(f, after));
  const close = offset(f, resource.range.end) - 1;
  if (open < 0 || open > close || f.text[close] !== '}') return undefined;
  return { kind: 'body', open, close, properties: resource.properties, indent: indentOfLine(f, resource.range.start.line) };
}

/** The container a map-valued property holds: a nested block, an object, or jsonencode's object. */
function propertyContainer(f: FileFacts, p: Property): Container | undefined {
  if (p.value.kind !== 'map') return undefined;
  const map: MapValue = p.value;
  let open = offset(f, map.range.start);
  let close = offset(f, map.range.end) - 1;
  if (f.text[open] !== '{') {
    // jsonencode({ … }): the braces inside the call.
    if (!f.text.startsWith('jsonencode', open)) return undefined;
    open = f.text.indexOf('{', open);
    close = f.text.lastIndexOf('}', close);
  }
  if (open < 0 || close <= open || f.text[open] !== '{' || f.text[close] !== '}') return undefined;
  return { kind: isBlock(f, p) ? 'body' : 'object', open, close, properties: map.properties, indent: indentOfLine(f, p.range.start.line) };
}

/** A nested block (`key {`), as opposed to an attribute or object element (`key = …`, `key: …`). */
function isBlock(f: FileFacts, p: Property): boolean {
  const between = f.text.slice(offset(f, p.keyRange.end), offset(f, p.value.range.start));
  return !/[=:]/.test(between);
}

function childIndent(f: FileFacts, c: Container): string {
  for (const p of c.properties) {
    const line = p.range.start.line;
    if (line > f.index.positionAt(c.open).line && /^\s*$/.test(f.index.lineText(line).slice(0, p.range.start.character))) return indentOfLine(f, line);
  }
  return c.indent + f.unit;
}

// ------------------------------------------------------------------ the operations

function setValue(target: EditTarget, resource: Resource, path: string, value: EditValue): TextEdit[] {
  const f = factsOf(target.text);
  const p = getProperty(resource, path);
  if (!p || isBlock(f, p)) return [];
  const start = offset(f, p.value.range.start);
  let text = render(value, indentOfLine(f, p.range.start.line), f);
  if (text === undefined) return [];
  // A jsonencode(...) value stays encoded: replacing it with a bare object would change its type.
  if (f.text.startsWith('jsonencode(', start) && (isPlainObject(value) || Array.isArray(value))) text = `jsonencode(${text})`;
  return [{ range: p.value.range, newText: text }];
}

function insertProperty(target: EditTarget, resource: Resource, path: string, value: EditValue): TextEdit[] {
  if (getProperty(resource, path)) return setValue(target, resource, path, value);
  const f = factsOf(target.text);
  const segments = path.split('.');
  let container = resourceContainer(f, resource);
  let i = 0;
  for (; container && i < segments.length - 1; i++) {
    const p = container.properties.find(q => q.key === segments[i]);
    if (!p) break;
    container = propertyContainer(f, p); // a list, an unknown or a scalar on the way: not safe
  }
  if (!container) return [];
  // The rest of the path, as nested blocks / objects around the value.
  let nested: EditValue = value;
  for (let k = segments.length - 1; k > i; k--) nested = { [segments[k]]: nested };
  return insertInto(f, container, segments[i], nested);
}

function insertInto(f: FileFacts, c: Container, key: string, value: EditValue): TextEdit[] {
  const body = c.kind === 'body';
  if (body && !IDENTIFIER.test(key)) return [];
  const quotedKeys = !body && c.properties.length > 0 && c.properties.every(p => f.text[offset(f, p.keyRange.start) - 1] === '"');
  const keyText = body ? key : objectKey(key, quotedKeys);
  const openLine = f.index.positionAt(c.open).line;
  const closeLine = f.index.positionAt(c.close).line;

  if (openLine === closeLine) {
    // `{}` or `{ a = 1 }` on one line.
    const inner = f.text.slice(c.open + 1, c.close);
    if (inner.trim() === '') {
      const indent = c.indent + f.unit;
      const lines = renderAssignments([[keyText, value]], indent, f, body);
      if (lines === undefined) return [];
      return [{ range: f.index.range(c.open, c.close + 1), newText: `{${f.eol}${lines}${f.eol}${c.indent}}` }];
    }
    if (body) return []; // a one-line block holds one attribute: rewriting it is not a small edit
    const rendered = render(value, c.indent, f);
    if (rendered === undefined || rendered.includes('\n')) return [];
    const last = c.properties[c.properties.length - 1];
    if (!last) return [];
    const at = offset(f, last.range.end);
    const comma = /^\s*,/.test(f.text.slice(at, c.close));
    const insertAt = comma ? f.text.indexOf(',', at) + 1 : at;
    return [{ range: f.index.range(insertAt, insertAt), newText: `${comma ? '' : ','} ${keyText} = ${rendered}` }];
  }

  const indent = childIndent(f, c);
  const lines = renderAssignments([[keyText, value]], indent, f, body);
  if (lines === undefined) return [];
  const isAssign = isAssignText(lines);
  const attributes = c.properties.filter(p => !isBlock(f, p));
  const blocks = c.properties.filter(p => isBlock(f, p));

  if (isAssign && (attributes.length > 0 || !body)) {
    // After the last attribute / element, joining its `=` run when that run is aligned.
    const last = (body ? attributes : c.properties).at(-1);
    if (last) {
      const line = last.range.end.line;
      // After the line (a trailing comment stays with it) — unless the closing brace is on it too.
      const at = line === closeLine ? offset(f, last.range.end) : lineEnd(f, line);
      const prev = assignLine(f, line);
      const edits: TextEdit[] = [];
      let newLine = lines;
      if (prev && last.range.start.line === line) {
        const run = runAround(f, line).filter(a => a.line <= line);
        if (isAligned(run)) {
          const width = Math.max(keyText.length + indent.length, ...run.map(a => a.keyEnd));
          edits.push(...realign(f, run, width));
          const rendered = lines.slice(indent.length + keyText.length).replace(/^ *= /, '');
          newLine = `${indent}${keyText}${' '.repeat(width - indent.length - keyText.length + 1)}= ${rendered}`;
        }
      }
      edits.push({ range: f.index.range(at, at), newText: `${f.eol}${newLine}` });
      return edits;
    }
  }
  if (isAssign && body && blocks.length > 0) {
    // Attributes come before nested blocks (Terraform style): above the first one, a blank line between.
    const first = blocks[0];
    const at = lineStart(f, first.range.start.line);
    return [{ range: f.index.range(at, at), newText: `${lines}${f.eol}${f.eol}` }];
  }
  // A nested block (or the first thing in an empty body): after the last property, in a block body
  // with a blank line between.
  const last = c.properties.at(-1);
  if (!last) {
    const at = lineEnd(f, openLine);
    return [{ range: f.index.range(at, at), newText: `${f.eol}${lines}` }];
  }
  const at = last.range.end.line === closeLine ? offset(f, last.range.end) : lineEnd(f, last.range.end.line);
  return [{ range: f.index.range(at, at), newText: `${body ? f.eol : ''}${f.eol}${lines}` }];
}

/** Whether rendered text is a single one-line `key = value`. */
function isAssignText(lines: string): boolean {
  return !lines.includes('\n') && /^\s*("(?:[^"\\]|\\.)*"|[A-Za-z_][\w-]*)\s*=/.test(lines);
}

function removeProperty(target: EditTarget, resource: Resource, path: string): TextEdit[] {
  const f = factsOf(target.text);
  const p = getProperty(resource, path);
  if (!p) return [];
  const parent = path.includes('.') ? getProperty(resource, path.slice(0, path.lastIndexOf('.'))) : undefined;
  const container = parent ? propertyContainer(f, parent) : resourceContainer(f, resource);
  if (!container) return [];
  // A block written several times, maybe with other things between: each block on its own.
  if (p.value.kind === 'list' && isBlock(f, p)) {
    const edits: TextEdit[] = [];
    for (const item of p.value.items) {
      const e = removeLines(f, container, item.range.start.line, item.range.end.line);
      if (!e) return [];
      edits.push(...e);
    }
    return mergeAdjacent(edits);
  }
  const first = p.range.start.line;
  const last = p.range.end.line;
  const before = f.index.lineText(first).slice(0, p.range.start.character);
  const after = f.index.lineText(last).slice(p.range.end.character);
  if (/^\s*$/.test(before) && /^\s*(?:(?:#|\/\/).*)?$/.test(after)) {
    const edits = removeLines(f, container, first, last);
    if (!edits) return [];
    // The `=` run the property was in, without it, laid out again if it was aligned.
    const a = first === last ? assignLine(f, first) : undefined;
    if (a) {
      const run = runAround(f, first);
      const rest = run.filter(x => x.line !== first);
      if (rest.length > 0 && isAligned(run)) edits.push(...realign(f, rest, Math.max(...rest.map(x => x.keyEnd))));
    }
    return edits;
  }
  // On a line with other things (`{ a = 1, b = 2 }`): the property and one comma.
  const start = offset(f, p.range.start);
  const end = offset(f, p.range.end);
  const rest = f.text.slice(end, container.close);
  const next = /^\s*,\s*/.exec(rest);
  if (next && rest.slice(next[0].length).trim() !== '') return [{ range: f.index.range(start, end + next[0].length), newText: '' }];
  const head = f.text.slice(container.open + 1, start);
  const prev = /,\s*$/.exec(head);
  if (prev) return [{ range: f.index.range(start - prev[0].length, end + (next ? next[0].length : 0)), newText: '' }];
  // The only element: `{ a = 1 }` → `{}`.
  return [{ range: f.index.range(container.open + 1, container.close), newText: '' }];
}

/**
 * Deletes whole lines [first, last], and a blank line above when the removal would leave two blank
 * lines together or a blank line just before the closing brace.
 */
function removeLines(f: FileFacts, c: Container, first: number, last: number): TextEdit[] | undefined {
  const closeLine = f.index.positionAt(c.close).line;
  if (first <= f.index.positionAt(c.open).line || last >= closeLine) return undefined;
  let from = first;
  const blank = (l: number) => l >= 0 && l < f.index.lineCount && f.index.lineText(l).trim() === '';
  if (blank(first - 1) && (blank(last + 1) || last + 1 === closeLine)) from = first - 1;
  return [{ range: { start: { line: from, character: 0 }, end: { line: last + 1, character: 0 } }, newText: '' }];
}

/** Line deletions that touch or overlap become one. */
function mergeAdjacent(edits: TextEdit[]): TextEdit[] {
  const sorted = [...edits].sort((a, b) => a.range.start.line - b.range.start.line);
  const out: TextEdit[] = [];
  for (const e of sorted) {
    const prev = out[out.length - 1];
    if (prev && e.range.start.line <= prev.range.end.line) {
      if (e.range.end.line > prev.range.end.line) prev.range = { start: prev.range.start, end: e.range.end };
    } else out.push({ range: e.range, newText: '' });
  }
  return out;
}

function addResource(target: EditTarget, resource: NewResource, after?: Resource): TextEdit[] {
  const f = factsOf(target.text);
  if (!IDENTIFIER.test(resource.type) || !IDENTIFIER.test(resource.name)) return [];
  const body = renderAssignments(Object.entries(resource.properties), f.unit, f, true);
  if (body === undefined) return [];
  const block = `resource ${quote(resource.type)} ${quote(resource.name)} {${body ? `${f.eol}${body}${f.eol}` : ''}}`;
  const anchor = after ?? target.doc.resources.filter(r => r.role === 'resource').at(-1);
  if (anchor) {
    const end = offset(f, anchor.range.end);
    if (f.text[end - 1] !== '}') return []; // the block it should follow is left open
    // After the anchor's line (a trailing comment stays with it), a blank line between.
    const at = lineEnd(f, anchor.range.end.line);
    return [{ range: f.index.range(at, at), newText: `${f.eol}${f.eol}${block}` }];
  }
  const t = f.text;
  const prefix = t.length === 0 ? '' : t.endsWith(`${f.eol}${f.eol}`) ? '' : t.endsWith(f.eol) ? f.eol : f.eol + f.eol;
  const at = t.length;
  return [{ range: f.index.range(at, at), newText: `${prefix}${block}${f.eol}` }];
}

export const terraformEdits: FormatEdits = { setValue, insertProperty, removeProperty, addResource };
