/**
 * Text edits for CDK TypeScript / JavaScript quick fixes. Each operation re-parses only the
 * resource's own text (`new X(…)` through the end of its statement) to find the props object
 * literal, so a fix costs a few hundred microseconds whatever the file size; if that text does
 * not parse cleanly the edit is refused ([]). New text follows the file's own quote style,
 * indentation unit, trailing-comma habit and line breaks. Symbol values come as `$raw`
 * canonical text (`s3.BlockPublicAccess.BLOCK_ALL`, `Duration.days(30)`) and are rewritten to
 * the aliases this file imports (`storage.BlockPublicAccess…`, `cdk.Duration…`), adding an import
 * when the module is not imported at all.
 */
import * as ts from 'typescript';
import type { TextEdit } from '../../model/edits';
import { LineIndex } from '../../model/lineIndex';
import type { Resource } from '../../model/types';
import { isRaw, isRef, type EditTarget, type EditValue, type FormatEdits, type NewResource } from '../editTypes';
import { CDK_MODULES } from './cdkCommon';
import { aliasesOf } from './typescript';
import { collectAliases, type Aliases, type Entity } from './typescriptImports';

// The compiler's namespace object exposes its members through getters once bundled; read the
// ones used per node into constants once, so the walk pays plain variable reads.
const {
  ScriptKind,
  ScriptTarget,
  SyntaxKind,
  createSourceFile,
  forEachChild,
  isAsExpression,
  isBindingElement,
  isBlock,
  isCallExpression,
  isCaseClause,
  isClassDeclaration,
  isConstructorDeclaration,
  isDefaultClause,
  isExpressionStatement,
  isFunctionDeclaration,
  isIdentifier,
  isImportClause,
  isImportDeclaration,
  isImportEqualsDeclaration,
  isImportSpecifier,
  isModuleBlock,
  isNamedImports,
  isNamespaceImport,
  isNewExpression,
  isNoSubstitutionTemplateLiteral,
  isNonNullExpression,
  isNumericLiteral,
  isObjectBindingPattern,
  isObjectLiteralExpression,
  isParameter,
  isParenthesizedExpression,
  isPropertyAccessExpression,
  isPropertyAssignment,
  isSatisfiesExpression,
  isShorthandPropertyAssignment,
  isStringLiteral,
  isVariableDeclaration,
  isVariableStatement,
} = ts;

/** Thrown inside an edit when it would not be safe; the operation then returns []. */
class Unsafe extends Error {}

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;
/** Root exports of aws-cdk-lib that canonical symbol texts use without a module prefix. */
const CORE_NAMES = new Set([
  'Duration', 'RemovalPolicy', 'Size', 'Aws', 'Fn', 'Stack', 'Tags', 'Token', 'Lazy', 'Expiration', 'TimeZone',
  'CfnOutput', 'SecretValue', 'PhysicalName', 'ArnFormat', 'Arn', 'CustomResource', 'CfnResource', 'Annotations',
  'Aspects', 'App', 'Names', 'CfnCondition', 'CfnParameter', 'Stage', 'NestedStack',
]);

function parse(text: string): ts.SourceFile {
  return createSourceFile('edit.ts', text, ScriptTarget.Latest, false, ScriptKind.TS);
}

function diagnosticsOf(sf: ts.SourceFile): readonly ts.Diagnostic[] {
  return (sf as unknown as { parseDiagnostics?: readonly ts.Diagnostic[] }).parseDiagnostics ?? [];
}

function unwrap(e: ts.Expression): ts.Expression {
  while (isParenthesizedExpression(e) || isAsExpression(e) || isNonNullExpression(e) || isSatisfiesExpression(e)) e = e.expression;
  return e;
}

function keyOf(el: ts.ObjectLiteralElementLike): string | undefined {
  const n = el.name;
  if (!n) return undefined;
  if (isIdentifier(n) || isStringLiteral(n) || isNoSubstitutionTemplateLiteral(n) || isNumericLiteral(n)) return n.text;
  return undefined;
}

/** The last element with this key (JavaScript keeps the last of duplicate keys). */
function findElement(obj: ts.ObjectLiteralExpression, key: string): ts.ObjectLiteralElementLike | undefined {
  let found: ts.ObjectLiteralElementLike | undefined;
  for (const el of obj.properties) if ((isPropertyAssignment(el) || isShorthandPropertyAssignment(el)) && keyOf(el) === key) found = el;
  return found;
}

/** How this file writes code: quotes, indentation unit, trailing commas, line breaks, semicolons. */
class Style {
  readonly quote: string;
  readonly unit: string;
  readonly trailingComma: boolean;
  readonly eol: string;
  readonly semicolon: boolean;

  constructor(text: string) {
    const spec = /(?:\bfrom\s*|\brequire\s*\(\s*)(['"])/.exec(text);
    if (spec) this.quote = spec[1];
    else this.quote = (text.match(/"/g)?.length ?? 0) > (text.match(/'/g)?.length ?? 0) ? '"' : "'";
    this.eol = text.includes('\r\n') ? '\r\n' : '\n';
    const lines = text.split(/\r?\n/, 4000);
    const deltas = new Map<string, number>();
    let prev = 0;
    let trailing = 0;
    let bare = 0;
    let semis = 0;
    let bareEnds = 0;
    let prevLine = '';
    for (const line of lines) {
      const trimmed = line.trim();
      if (!trimmed || trimmed.startsWith('*') || trimmed.startsWith('//')) continue;
      const ws = /^[ \t]*/.exec(line)![0];
      if (ws.startsWith('\t')) deltas.set('\t', (deltas.get('\t') ?? 0) + 1);
      else if (ws.length > prev) {
        const d = ' '.repeat(ws.length - prev);
        deltas.set(d, (deltas.get(d) ?? 0) + 1);
      }
      if (!ws.startsWith('\t')) prev = ws.length;
      // Closers of multi-line literals (`});`, `},`, `],`, `]`) tell the trailing-comma habit.
      if (/^[}\]]\s*[)\],;]|^\]/.test(trimmed)) {
        const last = prevLine.trimEnd().slice(-1);
        if (last === ',') trailing++;
        else if (last && !'{[(;'.includes(last)) bare++;
      }
      // Statement ends: `…;` against one-line statements and `})` closers that end without one.
      if (/;\s*(?:\/\/.*)?$/.test(trimmed)) semis++;
      else if (/^(?:import|const|let|var|return)\b.*[\w'"`)\]]$/.test(trimmed) || /^\}\)+$/.test(trimmed)) bareEnds++;
      prevLine = line;
    }
    let unit = '  ';
    let best = 0;
    for (const [d, n] of deltas) if (n > best && d.length <= 8) [unit, best] = [d, n];
    this.unit = unit;
    this.trailingComma = trailing >= bare;
    this.semicolon = semis >= bareEnds;
  }

  string(s: string): string {
    const q = this.quote;
    return q + s.replace(/\\/g, '\\\\').replace(new RegExp(q, 'g'), `\\${q}`).replace(/\n/g, '\\n').replace(/\r/g, '\\r') + q;
  }

  key(k: string): string {
    return IDENTIFIER.test(k) ? k : this.string(k);
  }
}

interface ImportNeed {
  /** Local name to bind. */
  local: string;
  /** Canonical module (`s3`) or `core` for a root export. */
  module: string;
  /** For `core`: the export name. */
  name?: string;
}

let cache: { text: string; style: Style; index: LineIndex } | undefined;

/** One edit operation on one file: renders values and collects the imports they need. */
class Writer {
  readonly style: Style;
  readonly index: LineIndex;
  private aliases: Aliases;
  private declared: Set<string> | undefined;
  private full: ts.SourceFile | undefined;
  private readonly needs = new Map<string, ImportNeed>();
  /** Where the new code goes: a reference must be to a construct declared before it. */
  insertionOffset = Infinity;
  /** CDK v1 has no `aws_*` members on its core module, so `cdk.aws_s3.X` is not an option there. */
  private readonly v1: boolean;

  constructor(readonly target: EditTarget) {
    // Several fixes for one diagnosis share the text: keep its style and line index.
    if (cache?.text !== target.text) cache = { text: target.text, style: new Style(target.text), index: new LineIndex(target.text) };
    this.style = cache.style;
    this.index = cache.index;
    this.aliases = aliasesOf(target.doc) ?? collectAliases(this.fullTree());
    this.v1 = /(?:\bfrom\s*|\brequire\s*\(\s*)['"]@aws-cdk\//.test(target.text);
  }

  get text(): string {
    return this.target.text;
  }

  fullTree(): ts.SourceFile {
    return (this.full ??= parse(this.target.text));
  }

  // ---- text helpers -------------------------------------------------------------------------

  lineStart(offset: number): number {
    return this.index.offsetAt({ line: this.index.positionAt(offset).line, character: 0 });
  }

  /** Offset of the line break that ends the line holding `offset` (or the end of the text). */
  lineEnd(offset: number): number {
    const t = this.text;
    let i = offset;
    while (i < t.length && t[i] !== '\n' && t[i] !== '\r') i++;
    return i;
  }

  indentAt(offset: number): string {
    const s = this.lineStart(offset);
    return /^[ \t]*/.exec(this.text.slice(s, offset))![0];
  }

  /** Whether only whitespace precedes `offset` on its line. */
  startsLine(offset: number): boolean {
    return /^[ \t]*$/.test(this.text.slice(this.lineStart(offset), offset));
  }

  /** Whether only whitespace or a line comment follows `offset` on its line. */
  restIsBlank(offset: number): boolean {
    return /^[ \t]*(?:\/\/.*)?$/.test(this.text.slice(offset, this.lineEnd(offset)));
  }

  skipSpaces(offset: number): number {
    let i = offset;
    while (this.text[i] === ' ' || this.text[i] === '\t') i++;
    return i;
  }

  edit(start: number, end: number, newText: string): TextEdit {
    return { range: this.index.range(start, end), newText };
  }

  // ---- values -------------------------------------------------------------------------------

  /** `value` as TypeScript source; multi-line maps / lists are indented from `indent`. */
  render(value: EditValue, indent: string, multiline: boolean): string {
    if (value === null) return 'null';
    if (typeof value === 'string') return this.style.string(value);
    if (typeof value === 'number') {
      if (!Number.isFinite(value)) throw new Unsafe('not a finite number');
      return String(value);
    }
    if (typeof value === 'boolean') return String(value);
    if (isRaw(value)) return this.adapt(value.$raw);
    if (isRef(value)) return this.reference(value.$ref, value.attribute);
    const inner = indent + this.style.unit;
    const comma = this.style.trailingComma ? ',' : '';
    const eol = this.style.eol;
    if (Array.isArray(value)) {
      if (value.length === 0) return '[]';
      const scalar = value.every(v => v === null || typeof v !== 'object' || isRaw(v) || isRef(v));
      if (!multiline || scalar) return `[${value.map(v => this.render(v, indent, false)).join(', ')}]`;
      return `[${eol}${value.map(v => inner + this.render(v, inner, true)).join(`,${eol}`)}${comma}${eol}${indent}]`;
    }
    const entries = Object.entries(value);
    if (entries.length === 0) return '{}';
    if (!multiline) return `{ ${entries.map(([k, v]) => `${this.style.key(k)}: ${this.render(v, indent, false)}`).join(', ')} }`;
    return `{${eol}${entries.map(([k, v]) => `${inner}${this.style.key(k)}: ${this.render(v, inner, true)}`).join(`,${eol}`)}${comma}${eol}${indent}}`;
  }

  /** A resource (by construct id or variable) as the variable that holds it: `bucket`, `this.bucket.bucketArn`. */
  private reference(ref: string, attribute?: string): string {
    const resources = this.target.doc.resources;
    const r = resources.find(x => x.name === ref) ?? resources.find(x => x.variable === ref);
    let base: string;
    if (r) {
      if (!r.variable) throw new Unsafe(`no variable holds ${ref}`);
      // `const b = …` after the new code: using it there is a TDZ error at synth time.
      if (this.index.offsetAt(r.range.start) > this.insertionOffset) throw new Unsafe(`${ref} is declared later`);
      base = r.variable;
    } else if (/^(?:this\.)?[A-Za-z_$][\w$]*$/.test(ref)) base = ref;
    else throw new Unsafe(`cannot refer to ${ref}`);
    if (attribute !== undefined && !/^[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)*$/.test(attribute)) throw new Unsafe('bad attribute');
    return attribute ? `${base}.${attribute}` : base;
  }

  /**
   * Rewrites canonical CDK names in an expression (`s3.X.Y`, `Duration.days(1)`) to what this
   * file calls them; texts already in the file's own terms pass through unchanged.
   */
  adapt(raw: string): string {
    const sf = parse(`(${raw}\n)`);
    if (diagnosticsOf(sf).length) throw new Unsafe(`cannot parse ${raw}`);
    const replacements: { start: number; end: number; text: string }[] = [];
    const visit = (n: ts.Node): void => {
      if (isPropertyAccessExpression(n)) {
        let root: ts.Expression = n;
        let first: ts.PropertyAccessExpression = n;
        while (isPropertyAccessExpression(root)) {
          first = root;
          root = root.expression;
        }
        if (isIdentifier(root) && isIdentifier(first.name)) {
          const r = this.rename(root.text, first.name.text);
          // Offsets are in `(raw\n)`: one more than in raw. A chain holds no further names.
          if (r) replacements.push({ start: root.getStart(sf) - 1, end: (r.withMember ? first.end : root.end) - 1, text: r.text });
          return;
        }
      }
      forEachChild(n, visit);
    };
    visit(sf);
    let out = raw;
    for (const r of replacements.sort((a, b) => b.start - a.start)) out = out.slice(0, r.start) + r.text + out.slice(r.end);
    return out;
  }

  /** What the file calls `root.member` (root a canonical module or core export), or undefined to keep it. */
  private rename(root: string, member: string): { text: string; withMember: boolean } | undefined {
    const bound = this.aliases.get(root);
    const isModule = /^[a-z][a-z0-9]*$/.test(root) && /^[A-Z]/.test(member);
    const isCore = CORE_NAMES.has(root);
    if (!isModule && !isCore) return undefined;
    if (bound) return undefined; // already a CDK name of this file (canonical or the file's own alias)
    const find = (pred: (e: Entity) => boolean) => [...this.aliases].find(([, e]) => pred(e))?.[0];
    const rootNs = this.v1 ? undefined : find(e => e.module === 'core' && e.path.length === 0);
    if (isModule) {
      const ns = find(e => e.module === root && e.path.length === 0);
      if (ns) return { text: ns, withMember: false };
      const named = find(e => e.module === root && e.path.length === 1 && e.path[0] === member);
      if (named) return { text: named, withMember: true };
      // Not a module name (`elbv2.X` in canonical text): never imported or reached as `cdk.aws_elbv2`.
      if (!CDK_MODULES.has(root)) {
        if (this.isDeclared(root)) return undefined;
        throw new Unsafe(`${root} is not a CDK module`);
      }
      if (rootNs) return { text: `${rootNs}.aws_${root}`, withMember: false };
      if (this.isDeclared(root)) return undefined; // the file's own variable, not a module
      this.needs.set(root, { local: root, module: root });
      return undefined;
    }
    const named = find(e => e.module === 'core' && e.path.length === 1 && e.path[0] === root);
    if (named) return { text: named, withMember: false };
    if (rootNs) return { text: `${rootNs}.${root}`, withMember: false };
    if (this.isDeclared(root)) throw new Unsafe(`${root} is declared in this file`);
    this.needs.set(root, { local: root, module: 'core', name: root });
    return undefined;
  }

  private isDeclared(name: string): boolean {
    if (!this.declared) {
      const names = new Set<string>();
      const visit = (n: ts.Node): void => {
        if ((isVariableDeclaration(n) || isParameter(n) || isBindingElement(n) || isFunctionDeclaration(n) ||
             isClassDeclaration(n) || isImportSpecifier(n) || isNamespaceImport(n) || isImportClause(n) ||
             isImportEqualsDeclaration(n)) && n.name && isIdentifier(n.name)) names.add(n.name.text);
        forEachChild(n, visit);
      };
      visit(this.fullTree());
      this.declared = names;
    }
    return this.declared.has(name);
  }

  /** Edits that add the imports `adapt` found missing, in the file's import style. */
  importEdits(): TextEdit[] {
    if (this.needs.size === 0) return [];
    const sf = this.fullTree();
    const q = this.style.quote;
    const semi = this.style.semicolon ? ';' : '';
    let lastImport: ts.Statement | undefined;
    let lastRequire: ts.Statement | undefined;
    let v1 = false;
    let rootNamed: ts.NamedImports | undefined;
    let rootPattern: ts.ObjectBindingPattern | undefined;
    for (const st of sf.statements) {
      if (isImportDeclaration(st) || isImportEqualsDeclaration(st)) {
        lastImport = st;
        const decl = isImportDeclaration(st) ? st : undefined;
        const spec = decl?.moduleSpecifier;
        if (spec && isStringLiteral(spec)) {
          if (spec.text.startsWith('@aws-cdk/')) v1 = true;
          const nb = decl.importClause?.namedBindings;
          if ((spec.text === 'aws-cdk-lib' || spec.text === '@aws-cdk/core') && nb && isNamedImports(nb) && nb.elements.length) rootNamed = nb;
        }
      } else if (isVariableStatement(st)) {
        for (const d of st.declarationList.declarations) {
          const init = d.initializer && unwrap(d.initializer);
          if (init && isCallExpression(init) && isIdentifier(init.expression) && init.expression.text === 'require') {
            lastRequire = st;
            const arg = init.arguments[0];
            if (arg && isStringLiteral(arg)) {
              if (arg.text.startsWith('@aws-cdk/')) v1 = true;
              if ((arg.text === 'aws-cdk-lib' || arg.text === '@aws-cdk/core') && isObjectBindingPattern(d.name) && d.name.elements.length) rootPattern = d.name;
            }
          }
        }
      }
    }
    const commonJs = !lastImport && !!lastRequire;
    const anchor = lastImport ?? lastRequire;
    const modulePath = (m: string) => (v1 ? `@aws-cdk/aws-${m}` : `aws-cdk-lib/aws-${m}`);
    const rootPath = v1 ? '@aws-cdk/core' : 'aws-cdk-lib';
    const edits: TextEdit[] = [];
    const lines: string[] = [];
    const coreNames: string[] = [];
    for (const need of this.needs.values()) {
      if (need.module === 'core') coreNames.push(need.name!);
      else lines.push(commonJs ? `const ${need.local} = require(${q}${modulePath(need.module)}${q})${semi}` : `import * as ${need.local} from ${q}${modulePath(need.module)}${q}${semi}`);
    }
    if (coreNames.length) {
      const list = rootNamed?.elements ?? (commonJs ? rootPattern?.elements : undefined);
      if (list && list.length) edits.push(this.edit(list[list.length - 1].end, list[list.length - 1].end, `, ${coreNames.join(', ')}`));
      else lines.push(commonJs ? `const { ${coreNames.join(', ')} } = require(${q}${rootPath}${q})${semi}` : `import { ${coreNames.join(', ')} } from ${q}${rootPath}${q}${semi}`);
    }
    if (lines.length) {
      const eol = this.style.eol;
      if (anchor) edits.push(this.edit(anchor.end, anchor.end, lines.map(l => eol + l).join('')));
      else edits.push(this.edit(0, 0, lines.map(l => l + eol).join('')));
    }
    return edits;
  }
}

/** Where a resource's `new` expression and props object are. Offsets are in the file. */
interface Located {
  w: Writer;
  sf: ts.SourceFile;
  base: number;
  expr: ts.NewExpression;
  /** Index of the props argument: 0 for `iam.PolicyStatement(props)`, 2 for `X(scope, id, props)`. */
  propsIndex: number;
}

function locate(w: Writer, resource: Resource): Located | undefined {
  const text = w.text;
  const rs = w.index.offsetAt(resource.range.start);
  w.insertionOffset = Math.min(w.insertionOffset, rs);
  const re = w.index.offsetAt(resource.range.end);
  const typeStart = w.index.offsetAt(resource.typeRange.start);
  if (typeStart < rs || typeStart > re) return undefined;
  const m = /\bnew\s*$/.exec(text.slice(rs, typeStart));
  if (!m) return undefined;
  const base = rs + m.index;
  const sf = parse(text.slice(base, re));
  if (diagnosticsOf(sf).length) return undefined;
  const st = sf.statements[0];
  if (!st || !isExpressionStatement(st)) return undefined;
  const e = unwrap(st.expression);
  // `new X(…).node` never holds a resource; anything but a plain `new` is not ours to edit.
  if (!isNewExpression(e)) return undefined;
  if (base + e.expression.getStart(sf) !== typeStart) return undefined;
  return { w, sf, base, expr: e, propsIndex: resource.kind === 'aws.iam.policy-statement' ? 0 : 2 };
}

function start(l: Located, n: ts.Node): number {
  return l.base + n.getStart(l.sf);
}

function end(l: Located, n: ts.Node): number {
  return l.base + n.end;
}

function propsObject(l: Located): ts.ObjectLiteralExpression | undefined {
  const arg = l.expr.arguments?.[l.propsIndex];
  if (!arg) return undefined;
  const u = unwrap(arg);
  if (!isObjectLiteralExpression(u)) throw new Unsafe('props are not an object literal');
  return u;
}

/** `{` … first property on another line, or `{` … `}` on different lines when empty. */
function isMultiline(l: Located, obj: ts.ObjectLiteralExpression): boolean {
  const w = l.w;
  const open = start(l, obj);
  const probe = obj.properties.length ? start(l, obj.properties[0]) : end(l, obj) - 1;
  return w.index.positionAt(open).line !== w.index.positionAt(probe).line;
}

/** Inserts `key: value` as the last property of `obj`. */
function insertInto(l: Located, obj: ts.ObjectLiteralExpression, key: string, value: EditValue): TextEdit[] {
  const w = l.w;
  const eol = w.style.eol;
  const k = w.style.key(key);
  const els = obj.properties;
  const open = start(l, obj);
  const close = end(l, obj) - 1;
  if (w.text[close] !== '}') throw new Unsafe('object literal not closed');
  if (isMultiline(l, obj)) {
    let indent: string;
    if (els.length) {
      const lastStart = start(l, els[els.length - 1]);
      indent = w.startsLine(lastStart) ? w.indentAt(lastStart) : w.indentAt(open) + w.style.unit;
    } else indent = w.indentAt(open) + w.style.unit;
    const prop = `${indent}${k}: ${w.render(value, indent, true)}`;
    if (!els.length) return [w.edit(open + 1, open + 1, `${eol}${prop}${w.style.trailingComma ? ',' : ''}`)];
    const last = els[els.length - 1];
    const lastEnd = end(l, last);
    const c = w.skipSpaces(lastEnd);
    const hasComma = w.text[c] === ',';
    const after = hasComma ? c + 1 : lastEnd;
    const at = w.restIsBlank(after) ? w.lineEnd(after) : after;
    const edits: TextEdit[] = [];
    if (!hasComma) edits.push(w.edit(lastEnd, lastEnd, ','));
    const newText = `${eol}${prop}${hasComma ? ',' : ''}`;
    if (!hasComma && at === lastEnd) return [w.edit(lastEnd, lastEnd, `,${newText}`)];
    edits.push(w.edit(at, at, newText));
    return edits;
  }
  const prop = `${k}: ${w.render(value, w.indentAt(open), false)}`;
  if (!els.length) return [w.edit(open + 1, close, ` ${prop} `)];
  const lastEnd = end(l, els[els.length - 1]);
  const c = w.skipSpaces(lastEnd);
  if (w.text[c] === ',') return [w.edit(c + 1, c + 1, ` ${prop},`)];
  return [w.edit(lastEnd, lastEnd, `, ${prop}`)];
}

/** `{ b: { c: value } }` for the keys still missing under an existing object. */
function nest(keys: string[], value: EditValue): EditValue {
  let v = value;
  for (let i = keys.length - 1; i >= 1; i--) v = { [keys[i]]: v };
  return v;
}

function replaceValue(l: Located, el: ts.ObjectLiteralElementLike, value: EditValue): TextEdit[] {
  const w = l.w;
  const s = start(l, el);
  const multiline = w.startsLine(s);
  const indent = w.indentAt(s);
  if (isPropertyAssignment(el)) {
    return [w.edit(start(l, el.initializer), end(l, el.initializer), w.render(value, indent, multiline))];
  }
  if (isShorthandPropertyAssignment(el)) {
    // `{ vpc }` → `{ vpc: other }`: the key must stay.
    return [w.edit(s, end(l, el), `${el.name.text}: ${w.render(value, indent, multiline)}`)];
  }
  throw new Unsafe('not a plain property');
}

/** Walks `keys` through nested object literals; `create` inserts what is missing. */
function setAt(l: Located, keys: string[], value: EditValue, create: boolean): TextEdit[] {
  const w = l.w;
  let obj = propsObject(l);
  if (!obj) {
    if (!create) return [];
    const args = l.expr.arguments;
    const inline = `${w.render({ [keys[0]]: nest(keys, value) }, w.indentAt(start(l, l.expr)), false)}`;
    if (!args) return [w.edit(end(l, l.expr), end(l, l.expr), `(${inline})`)];
    if (args.length < l.propsIndex) return [];
    if (l.propsIndex === 0) return [w.edit(l.base + args.pos, l.base + args.pos, inline)];
    const lastArg = args[args.length - 1];
    return [w.edit(end(l, lastArg), end(l, lastArg), `, ${inline}`)];
  }
  for (let i = 0; i < keys.length; i++) {
    const el = findElement(obj, keys[i]);
    if (!el) return create ? insertInto(l, obj, keys[i], nest(keys.slice(i), value)) : [];
    if (i === keys.length - 1) return replaceValue(l, el, value);
    if (!isPropertyAssignment(el)) return [];
    const next = unwrap(el.initializer);
    if (!isObjectLiteralExpression(next)) return [];
    obj = next;
  }
  return [];
}

function removeAt(l: Located, keys: string[]): TextEdit[] {
  const w = l.w;
  let obj = propsObject(l);
  if (!obj) return [];
  for (let i = 0; i < keys.length - 1; i++) {
    const el = findElement(obj, keys[i]);
    if (!el || !isPropertyAssignment(el)) return [];
    const next = unwrap(el.initializer);
    if (!isObjectLiteralExpression(next)) return [];
    obj = next;
  }
  const el = findElement(obj, keys[keys.length - 1]);
  if (!el) return [];
  const els = obj.properties;
  const i = els.indexOf(el);
  const s = start(l, el);
  const e = end(l, el);
  const c = w.skipSpaces(e);
  const hasComma = w.text[c] === ',';
  const after = hasComma ? c + 1 : e;
  if (w.startsLine(s) && w.restIsBlank(after) && isMultiline(l, obj)) {
    const lineEnd = w.lineEnd(after);
    const next = w.text.startsWith('\r\n', lineEnd) ? lineEnd + 2 : lineEnd + (lineEnd < w.text.length ? 1 : 0);
    const edits = [w.edit(w.lineStart(s), next, '')];
    // The last property had no trailing comma: drop the one before it too, keeping the habit.
    if (!hasComma && i > 0) {
      const pc = w.skipSpaces(end(l, els[i - 1]));
      if (w.text[pc] === ',') edits.push(w.edit(pc, pc + 1, ''));
    }
    return edits;
  }
  if (i < els.length - 1) return [w.edit(s, start(l, els[i + 1]), '')];
  if (i > 0) return [w.edit(end(l, els[i - 1]), e, '')];
  return [w.edit(start(l, obj) + 1, end(l, obj) - 1, '')];
}

function guarded(fn: () => TextEdit[]): TextEdit[] {
  try {
    return fn();
  } catch (e) {
    if (e instanceof Unsafe) return [];
    throw e;
  }
}

function withImports(w: Writer, edits: TextEdit[]): TextEdit[] {
  return edits.length ? [...w.importEdits(), ...edits] : edits;
}

function splitPath(path: string): string[] | undefined {
  const keys = path.split('.');
  return keys.every(k => k.length > 0) ? keys : undefined;
}

/** The statement (directly in a statement list) that holds [from, to). */
function enclosingStatement(sf: ts.SourceFile, from: number, to: number): ts.Statement | undefined {
  let found: ts.Statement | undefined;
  const visitList = (statements: readonly ts.Statement[]): void => {
    for (const st of statements) {
      if (st.getStart(sf) <= from && to <= st.end) {
        found = st;
        forEachChild(st, visitNode);
        return;
      }
    }
  };
  const visitNode = (n: ts.Node): void => {
    if (n.getStart(sf) > from || n.end < to) return;
    if (isBlock(n) || isModuleBlock(n) || isCaseClause(n) || isDefaultClause(n)) visitList(n.statements);
    else forEachChild(n, visitNode);
  };
  visitList(sf.statements);
  // A class member (`readonly b = new X(…)`) is not in a statement list: no place for a statement.
  return found && (isClassDeclaration(found) || isFunctionDeclaration(found)) ? undefined : found;
}

/** `super(scope, id, props);` in the first class constructor: where a stack's body begins. */
function superCall(sf: ts.SourceFile): ts.Statement | undefined {
  let found: ts.Statement | undefined;
  const visit = (n: ts.Node): void => {
    if (found) return;
    if (isConstructorDeclaration(n) && n.body) {
      found = n.body.statements.find(st => isExpressionStatement(st) && isCallExpression(st.expression) && st.expression.expression.kind === SyntaxKind.SuperKeyword);
      return;
    }
    forEachChild(n, visit);
  };
  visit(sf);
  return found;
}

export const cdkTypeScriptEdits: FormatEdits = {
  setValue(target: EditTarget, resource: Resource, path: string, value: EditValue): TextEdit[] {
    return guarded(() => {
      const keys = splitPath(path);
      const w = new Writer(target);
      const l = keys && locate(w, resource);
      return l ? withImports(w, setAt(l, keys!, value, false)) : [];
    });
  },

  insertProperty(target: EditTarget, resource: Resource, path: string, value: EditValue): TextEdit[] {
    return guarded(() => {
      const keys = splitPath(path);
      const w = new Writer(target);
      const l = keys && locate(w, resource);
      return l ? withImports(w, setAt(l, keys!, value, true)) : [];
    });
  },

  removeProperty(target: EditTarget, resource: Resource, path: string): TextEdit[] {
    return guarded(() => {
      const keys = splitPath(path);
      const w = new Writer(target);
      const l = keys && locate(w, resource);
      return l ? removeAt(l, keys!) : [];
    });
  },

  addResource(target: EditTarget, resource: NewResource, after?: Resource): TextEdit[] {
    return guarded(() => {
      const w = new Writer(target);
      const sf = w.fullTree();
      const anchor = after ?? [...target.doc.resources].reverse().find(r => r.kind !== 'aws.iam.policy-statement') ?? target.doc.resources[target.doc.resources.length - 1];
      let statement: ts.Statement | undefined;
      let scope = 'this';
      if (anchor) {
        statement = enclosingStatement(sf, w.index.offsetAt(anchor.range.start), w.index.offsetAt(anchor.range.end));
        const l = locate(w, anchor);
        const first = l?.expr.arguments?.[0];
        if (l && l.propsIndex === 2 && first) scope = w.text.slice(start(l, first), end(l, first));
      } else statement = superCall(sf);
      if (!statement) return [];
      const stEnd = statement.end;
      w.insertionOffset = stEnd;
      const indent = w.indentAt(statement.getStart(sf));
      const type = w.adapt(resource.type);
      const props = Object.keys(resource.properties).length ? `, ${w.render(resource.properties, indent, true)}` : '';
      const code = `new ${type}(${scope}, ${w.style.string(resource.name)}${props})${w.style.semicolon ? ';' : ''}`;
      const at = w.restIsBlank(stEnd) ? w.lineEnd(stEnd) : stEnd;
      return [...w.importEdits(), w.edit(at, at, `${w.style.eol}${indent}${code}`)];
    });
  },
};
