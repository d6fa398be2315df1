/**
 * Text edits for CDK Python (quick fixes): keyword arguments of a construct call or of a struct
 * inside it, and new construct statements. Every edit follows the call's own layout — one
 * argument per line with the file's indentation and trailing-comma habit, or inline — and the
 * file's quote character. Anything we cannot place safely returns [].
 *
 * The model keeps ranges, not syntax, so each edit re-reads the text with pythonScan.ts (a few ms
 * per MB) to find the call, its brackets and separators.
 */
import type { TextEdit } from '../../model/edits';
import { LineIndex } from '../../model/lineIndex';
import type { Resource } from '../../model/types';
import { isRaw, isRef, type EditTarget, type EditValue, type FormatEdits, type NewResource } from '../editTypes';
import { snakeCase } from './cdkCommon';
import { canonicalToPython, PyImports } from './pythonCanonical';
import { modelKey, PYTHON_RESERVED } from './pythonModel';
import { PyParser, tokenize, type Arg, type CallExpr, type DictExpr, type Expr, type Line, type Pair, type SeqExpr } from './pythonScan';

const PY_KEYWORDS = new Set([
  'False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await', 'break', 'class', 'continue', 'def', 'del', 'elif',
  'else', 'except', 'finally', 'for', 'from', 'global', 'if', 'import', 'in', 'is', 'lambda', 'nonlocal', 'not', 'or',
  'pass', 'raise', 'return', 'try', 'while', 'with', 'yield', 'match', 'case', 'self',
]);

interface Found {
  call: CallExpr;
  line: Line;
}

/** The logical lines and the construct / struct call whose callee starts at `offset`. */
function findCall(text: string, offset: number, recovery: boolean): Found | undefined {
  const parser = new PyParser(text, tokenize(text, 0, text.length, recovery));
  for (const line of parser.lines()) {
    if (line.e < offset) continue;
    if (line.s > offset) return undefined;
    for (const st of line.stmts) {
      const exprs = st.t === 'assign' ? [...st.targets, ...(st.value ? [st.value] : [])] : st.t === 'expr' ? st.exprs : [];
      for (const x of exprs) {
        const call = callAt(x, offset);
        if (call) return { call, line };
      }
    }
    for (const x of line.header) {
      const call = callAt(x, offset);
      if (call) return { call, line };
    }
  }
  return undefined;
}

function callAt(x: Expr, offset: number): CallExpr | undefined {
  if (offset < x.s || offset > x.e) return undefined;
  switch (x.t) {
    case 'call': {
      if (x.fn.s === offset) return x;
      const inFn = callAt(x.fn, offset);
      if (inFn) return inFn;
      for (const a of x.args) {
        const c = callAt(a.value, offset);
        if (c) return c;
      }
      return undefined;
    }
    case 'attr':
      return callAt(x.obj, offset);
    case 'list': case 'tuple': case 'set':
      for (const i of x.items) { const c = callAt(i, offset); if (c) return c; }
      return undefined;
    case 'dict':
      for (const p of x.pairs) {
        const c = (p.key && callAt(p.key, offset)) || callAt(p.value, offset);
        if (c) return c;
      }
      return undefined;
    case 'star':
      return x.value && callAt(x.value, offset);
    case 'other':
      for (const k of x.kids) { const c = callAt(k, offset); if (c) return c; }
      return undefined;
    case 'str':
      for (const f of x.fields ?? []) { const c = callAt(f, offset); if (c) return c; }
      return undefined;
    default:
      return undefined;
  }
}

/**
 * A container of keyword entries: a call's keyword arguments or a dict's pairs. `converted`: a
 * dict jsii turns into a struct with `Struct(**d)` — the direct value of a keyword argument of an
 * L2 construct or struct call (or of such a dict) — whose keys are therefore snake_case keywords.
 * Other dicts (in lists, in L1 props, which jsii passes verbatim) keep TypeScript's camelCase keys.
 */
type Container = { kind: 'call'; node: CallExpr } | { kind: 'dict'; node: DictExpr; converted: boolean };

/** Struct fields are lowerCamelCase (or already snake_case); other keys (`/api/*`, `StringEquals`) make the dict a map of data. */
function isFieldKey(key: string): boolean {
  return /^[a-z][A-Za-z0-9_]*$/.test(key);
}

/** Whether a dict placed under `key` in this container is converted by jsii (see Container). */
function convertsValues(c: Container, l2: boolean, key: string): boolean {
  return c.kind === 'call' ? l2 : c.converted && isFieldKey(key);
}

/** A model key as the key of a converted dict: struct fields in snake_case; anything else is data and stays. */
function dictKey(key: string, converted: boolean): string {
  return converted && isFieldKey(key) ? kwarg(key) : key;
}

interface Entry { s: number; e: number; value: Expr }

/** The key as written: a keyword's name, a dict key's value. */
function keyOf(container: Container, entry: Arg | Pair, text: string): string | undefined {
  if (container.kind === 'call') {
    const a = entry as Arg;
    return a.kind === 'kw' ? a.name : undefined;
  }
  const p = entry as Pair;
  if (!p.key) return undefined;
  return p.key.t === 'str' && p.key.value !== undefined ? p.key.value : text.slice(p.key.s, p.key.e);
}

/** Whether an entry is a path step: keywords and converted dict keys by their model (camelCase) name or as written. */
function matches(container: Container, entry: Arg | Pair, step: string, text: string): boolean {
  const key = keyOf(container, entry, text);
  if (key === undefined) return false;
  if (key === step) return true;
  return (container.kind === 'call' || container.converted) && modelKey(key) === step;
}

function entriesOf(c: Container): Array<Arg | Pair> {
  return c.kind === 'call' ? c.node.args : c.node.pairs;
}

/** A value that keyword entries can be added to: a struct call with keyword arguments only, or a dict. */
function asContainer(x: Expr, converted: boolean): Container | undefined {
  if (x.t === 'dict' && !x.comp) return { kind: 'dict', node: x, converted };
  if (x.t === 'call' && !x.comp && x.args.every(a => a.kind === 'kw' || a.kind === 'dstar') && x.fn.t !== 'other') return { kind: 'call', node: x };
  return undefined;
}

interface Walk {
  /** The container the last existing step is in, and that step's entry (undefined when missing). */
  container: Container | undefined;
  entry: Arg | Pair | undefined;
  /** List item reached by a numeric step (set when the last step is an index). */
  item: Expr | undefined;
  /** Steps not found, from the first missing one. */
  missing: string[];
}

/** `l2`: the resource is an L2 construct, whose struct-typed keyword arguments jsii converts from dicts. */
function walk(text: string, call: CallExpr, path: string, l2: boolean): Walk | undefined {
  const steps = path.split('.');
  let container: Container | undefined = { kind: 'call', node: call };
  let current: Expr | undefined;
  let converts = l2;
  for (let i = 0; i < steps.length; i++) {
    const step = steps[i];
    if (container) {
      const entry: Arg | Pair | undefined = entriesOf(container).find(e => matches(container!, e, step, text));
      if (!entry) return { container, entry: undefined, item: undefined, missing: steps.slice(i) };
      if (i === steps.length - 1) return { container, entry, item: undefined, missing: [] };
      current = entry.value;
      converts = convertsValues(container, l2, step);
    } else if (current && (current.t === 'list' || current.t === 'tuple') && /^\d+$/.test(step)) {
      const item: Expr | undefined = (current as SeqExpr).items[Number(step)];
      if (!item) return undefined;
      if (i === steps.length - 1) return { container: undefined, entry: undefined, item, missing: [] };
      current = item;
      converts = false; // list items are passed verbatim
    } else {
      return undefined;
    }
    container = asContainer(current, converts);
    if (!container && !(current.t === 'list' || current.t === 'tuple')) return undefined;
  }
  return undefined;
}

// ---- rendering --------------------------------------------------------------------------------

interface Style {
  quote: string;
  doc: EditTarget['doc'];
  text: string;
  /** The construct call's scope argument (`self`, `scope`): what canonical `this` becomes. */
  scope: string | undefined;
  /** The file's imports, read on the first `$raw` value; collects the imports new code needs. */
  imports?: PyImports;
}

function importsOf(style: Style): PyImports {
  return (style.imports ??= new PyImports(style.text));
}

export function pythonString(s: string, quote: string): string {
  let out = '';
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (ch === '\\') out += '\\\\';
    else if (ch === quote) out += `\\${quote}`;
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (c < 0x20 || c === 0x7f) out += `\\x${c.toString(16).padStart(2, '0')}`;
    else out += ch;
  }
  return quote + out + quote;
}

/** `converted`: a dict here becomes a struct through `Struct(**d)` (see Container), so its field keys are snake_case. */
function render(v: EditValue, style: Style, converted = false): string | undefined {
  if (v === null) return 'None';
  if (typeof v === 'boolean') return v ? 'True' : 'False';
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : undefined;
  if (typeof v === 'string') return pythonString(v, style.quote);
  if (Array.isArray(v)) {
    const items = v.map(i => render(i, style));
    return items.every(i => i !== undefined) ? `[${items.join(', ')}]` : undefined;
  }
  if (isRaw(v)) {
    const imports = importsOf(style);
    return canonicalToPython(v.$raw, { imports, quote: style.quote, scope: style.scope, string: s => pythonString(s, style.quote) });
  }
  if (isRef(v)) {
    const target = style.doc.resources.find(r => r.name === v.$ref);
    if (!target?.variable) return undefined;
    return v.attribute ? `${target.variable}.${v.attribute.split('.').map(snakeCase).join('.')}` : target.variable;
  }
  const parts: string[] = [];
  for (const [k, item] of Object.entries(v)) {
    const r = render(item, style, converted && isFieldKey(k));
    if (r === undefined) return undefined;
    parts.push(`${pythonString(dictKey(k, converted), style.quote)}: ${r}`);
  }
  return `{${parts.join(', ')}}`;
}

/** `{k2: {k3: value}}` for the steps below the first missing one. */
function nest(steps: readonly string[], value: EditValue): EditValue {
  let v = value;
  for (let i = steps.length - 1; i >= 1; i--) v = { [steps[i]]: v };
  return v;
}

function styleOf(target: EditTarget, call: CallExpr | undefined): Style {
  let quote: string | undefined;
  const id = call?.args[1]?.value;
  if (id && id.t === 'str') quote = id.quote;
  if (!quote) {
    const m = /(^|[^\w'"])(["'])/m.exec(target.text.replace(/#.*$/gm, ''));
    quote = m ? m[2] : '"';
  }
  const first = call?.args[0];
  const scope = first?.kind === 'pos' && first.value.t === 'name' && call!.args[1]?.kind === 'pos' ? first.value.id : undefined;
  return { quote, doc: target.doc, text: target.text, scope };
}

/** The edits, preceded by the import lines their `$raw` values need; [] when there is nowhere to put those. */
function withImports(ed: Editor, style: Style, edits: TextEdit[]): TextEdit[] {
  const needed = style.imports?.needed ?? [];
  if (!edits.length || !needed.length) return edits;
  const anchor = style.imports!.anchor;
  if (anchor === undefined) return [];
  const end = lineEnd(ed.text, anchor);
  const nl = newlineOf(ed.text);
  return [ed.edit(end, end, needed.map(l => `${nl}${l}`).join('')), ...edits];
}

// ---- text helpers -------------------------------------------------------------------------------

function lineStart(text: string, i: number): number {
  while (i > 0 && text.charCodeAt(i - 1) !== 10 && text.charCodeAt(i - 1) !== 13) i--;
  return i;
}

function lineEnd(text: string, i: number): number {
  while (i < text.length && text.charCodeAt(i) !== 10 && text.charCodeAt(i) !== 13) i++;
  return i;
}

/** Offset just after the line break that ends the line containing `i`. */
function nextLineStart(text: string, i: number): number {
  const e = lineEnd(text, i);
  if (text.charCodeAt(e) === 13 && text.charCodeAt(e + 1) === 10) return e + 2;
  return e < text.length ? e + 1 : e;
}

function skipSpaces(text: string, i: number): number {
  while (i < text.length && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i++;
  return i;
}

function onlySpaceBefore(text: string, i: number): boolean {
  return text.slice(lineStart(text, i), i).trim() === '';
}

function newlineOf(text: string): string {
  return /\r\n/.test(text) ? '\r\n' : '\n';
}

class Editor {
  readonly li: LineIndex;
  constructor(readonly text: string) {
    this.li = new LineIndex(text);
  }

  edit(s: number, e: number, newText: string): TextEdit {
    return { range: this.li.range(s, e), newText };
  }
}

// ---- keyword entries ----------------------------------------------------------------------------

/** The keyword argument of a model key: `enforceSsl` → `enforce_ssl`, `from` → `from_` (jsii's escape). */
function kwarg(key: string): string {
  const k = snakeCase(key);
  return PYTHON_RESERVED.has(k) ? `${k}_` : k;
}

function entryText(container: Container, key: string, rendered: string, quote: string): string {
  return container.kind === 'call' ? `${kwarg(key)}=${rendered}` : `${pythonString(dictKey(key, container.converted), quote)}: ${rendered}`;
}

/** L2 constructs and their structs take dicts for struct-typed arguments; L1 props and policy statements take them verbatim. */
function isL2(resource: Resource): boolean {
  return !/(^|\.)Cfn[A-Z]/.test(resource.type) && resource.kind !== 'aws.iam.policy-statement';
}

function insertEntry(ed: Editor, container: Container, newEntry: string): TextEdit[] {
  const text = ed.text;
  const node = container.node;
  const close = node.close;
  if (close < 0) return []; // unclosed bracket: no safe place
  const entries: Entry[] = entriesOf(container);
  if (entries.length === 0) {
    const open = container.kind === 'call' ? container.node.open : container.node.s;
    return [ed.edit(open + 1, close, newEntry)];
  }
  const last = entries[entries.length - 1];
  const open = container.kind === 'call' ? container.node.open : container.node.s;
  const multiline = ed.li.positionAt(last.s).line > ed.li.positionAt(open).line && onlySpaceBefore(text, last.s);
  let after = skipSpaces(text, last.e);
  const trailingComma = text.charCodeAt(after) === 44;
  const comma = after;
  if (trailingComma) after = skipSpaces(text, after + 1);
  if (!multiline) {
    // `(a, b)` → `(a, b, new)`; `(a, b,)` keeps its trailing comma: `(a, b, new,)`.
    if (!trailingComma) return [ed.edit(last.e, last.e, `, ${newEntry}`)];
    return [ed.edit(after, after, `${after === comma + 1 ? ' ' : ''}${newEntry},`)];
  }
  const indent = text.slice(lineStart(text, last.s), last.s);
  const nl = newlineOf(text);
  const commentFollows = text.charCodeAt(after) === 35;
  if (trailingComma) {
    // One more `entry,` line after the comma's line (and its comment) — unless the closer shares it.
    const eol = lineEnd(text, after);
    if (close < eol) return [ed.edit(comma + 1, comma + 1, `${nl}${indent}${newEntry},`)];
    return [ed.edit(eol, eol, `${nl}${indent}${newEntry},`)];
  }
  if (commentFollows) {
    // `last  # note`: the comma goes before the comment, the entry on a line of its own.
    const eol = lineEnd(text, after);
    return [ed.edit(last.e, last.e, ','), ed.edit(eol, eol, `${nl}${indent}${newEntry}`)];
  }
  return [ed.edit(last.e, last.e, `,${nl}${indent}${newEntry}`)];
}

function removeEntry(ed: Editor, container: Container, entry: Entry): TextEdit[] {
  const text = ed.text;
  const entries: Entry[] = entriesOf(container);
  const idx = entries.indexOf(entry);
  if (idx < 0) return [];
  let after = skipSpaces(text, entry.e);
  if (text.charCodeAt(after) === 44) after = skipSpaces(text, after + 1);
  const restIsComment = text.charCodeAt(after) === 35;
  const restEmpty = after >= text.length || text.charCodeAt(after) === 10 || text.charCodeAt(after) === 13;
  if (onlySpaceBefore(text, entry.s) && (restEmpty || restIsComment) && ed.li.positionAt(entry.s).line > ed.li.positionAt(container.node.s).line) {
    // The entry has its own line(s): remove them whole.
    return [ed.edit(lineStart(text, entry.s), nextLineStart(text, after), '')];
  }
  if (idx > 0) return [ed.edit(entries[idx - 1].e, entry.e, '')];
  if (idx + 1 < entries.length) return [ed.edit(entry.s, entries[idx + 1].s, '')];
  let end = skipSpaces(text, entry.e);
  if (text.charCodeAt(end) === 44) end++;
  return [ed.edit(entry.s, end, '')];
}

// ---- FormatEdits ----------------------------------------------------------------------------------

function locate(target: EditTarget, resource: Resource): { ed: Editor; found: Found } | undefined {
  const ed = new Editor(target.text);
  const offset = ed.li.offsetAt(resource.typeRange.start);
  const found = findCall(target.text, offset, target.doc.parseErrors.length > 0);
  return found ? { ed, found } : undefined;
}

function setValue(target: EditTarget, resource: Resource, path: string, value: EditValue): TextEdit[] {
  const loc = locate(target, resource);
  if (!loc) return [];
  const l2 = isL2(resource);
  const w = walk(target.text, loc.found.call, path, l2);
  if (!w || w.missing.length) return [];
  const node = w.entry ? w.entry.value : w.item;
  if (!node) return [];
  const style = styleOf(target, loc.found.call);
  const last = path.slice(path.lastIndexOf('.') + 1);
  const rendered = render(value, style, !!w.entry && !!w.container && convertsValues(w.container, l2, last));
  if (rendered === undefined) return [];
  // `key=` with nothing typed yet: the empty value sits right after the `=`.
  return withImports(loc.ed, style, [loc.ed.edit(node.s, node.e, rendered)]);
}

function insertProperty(target: EditTarget, resource: Resource, path: string, value: EditValue): TextEdit[] {
  const loc = locate(target, resource);
  if (!loc) return [];
  const l2 = isL2(resource);
  const w = walk(target.text, loc.found.call, path, l2);
  if (!w) return [];
  if (!w.missing.length) return setValue(target, resource, path, value);
  if (!w.container) return [];
  const style = styleOf(target, loc.found.call);
  const rendered = render(nest(w.missing, value), style, convertsValues(w.container, l2, w.missing[0]));
  if (rendered === undefined) return [];
  return withImports(loc.ed, style, insertEntry(loc.ed, w.container, entryText(w.container, w.missing[0], rendered, style.quote)));
}

function removeProperty(target: EditTarget, resource: Resource, path: string): TextEdit[] {
  const loc = locate(target, resource);
  if (!loc) return [];
  const w = walk(target.text, loc.found.call, path, isL2(resource));
  if (!w || w.missing.length || !w.entry || !w.container) return [];
  return removeEntry(loc.ed, w.container, w.entry);
}

function variableName(name: string, text: string): string {
  let base = snakeCase(name.replace(/[^A-Za-z0-9_]+/g, '_')).replace(/^_+|_+$/g, '').replace(/__+/g, '_') || 'construct';
  if (/^[0-9]/.test(base)) base = `c_${base}`;
  let candidate = base;
  for (let n = 2; PY_KEYWORDS.has(candidate) || new RegExp(`\\b${candidate}\\b`).test(text); n++) candidate = `${base}_${n}`;
  return candidate;
}

function addResource(target: EditTarget, resource: NewResource, after?: Resource): TextEdit[] {
  const text = target.text;
  const anchor = after ?? [...target.doc.resources].reverse().find(r => r.format === 'cdk-python' && r.role === 'resource' && !r.name.includes('#'));
  if (!anchor) return [];
  const loc = locate(target, anchor);
  if (!loc) return [];
  const { ed, found } = loc;
  const call = found.call;
  const scope = call.args[0]?.kind === 'pos' && call.args[1]?.kind === 'pos' ? text.slice(call.args[0].s, call.args[0].e) : undefined;
  if (!scope || found.line.opens) return [];
  const style = styleOf(target, call);
  // The type in the file's terms (`iam.Policy`, `cdk.aws_iam.Policy`), noting a missing import.
  const type = render({ $raw: resource.type }, style);
  if (type === undefined || !/^[\w.]+$/.test(type)) return [];
  const kwargs: string[] = [];
  for (const [key, v] of Object.entries(resource.properties)) {
    const r = render(v, style, !/(^|\.)Cfn[A-Z]/.test(resource.type) && resource.type !== 'iam.PolicyStatement');
    if (r === undefined) return [];
    kwargs.push(`${kwarg(key)}=${r}`);
  }
  const variable = variableName(resource.name, text);
  const indent = text.slice(lineStart(text, found.line.s), found.line.s);
  const nl = newlineOf(text);
  const head = `${variable} = ${type}`;
  const args = [scope, pythonString(resource.name, style.quote), ...kwargs];
  const multiline = ed.li.positionAt(call.args[call.args.length - 1].s).line > ed.li.positionAt(call.open).line && onlySpaceBefore(text, call.args[call.args.length - 1].s);
  let statement: string;
  if (multiline) {
    const argIndent = text.slice(lineStart(text, call.args[0].s), call.args[0].s);
    const inner = argIndent.length > indent.length ? argIndent : `${indent}    `;
    const comma = text.charCodeAt(skipSpaces(text, call.args[call.args.length - 1].e)) === 44 ? ',' : '';
    statement = `${head}(${nl}${args.map(a => `${inner}${a}`).join(`,${nl}`)}${comma}${nl}${indent})`;
  } else {
    statement = `${head}(${args.join(', ')})`;
  }
  const at = lineEnd(text, found.line.e);
  return withImports(ed, style, [ed.edit(at, at, `${nl}${indent}${statement}`)]);
}

export const cdkPythonEdits: FormatEdits = { setValue, insertProperty, removeProperty, addResource };
