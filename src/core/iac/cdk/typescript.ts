/**
 * CDK TypeScript / JavaScript → model. Uses only `createSourceFile` (no program, no type
 * checker): we read what the author wrote and never execute or type-check it.
 *
 * One pre-order walk over the tree does everything (by itself it costs what a bare
 * `forEachChild` walk costs; the rest is allocating the model): it tracks lexical scopes (which variable holds which construct), turns
 * `new <cdk class>(scope, 'Id', { props })` into resources, posture method calls on construct
 * variables into `calls`, and every use of a construct variable inside another resource's props
 * or calls into a link. Each node is visited once: value conversion (`toValue`) hands anything it
 * does not evaluate back to the walker, which still finds nested constructs and references in it.
 */
import * as ts from 'typescript';
import { LineIndex } from '../../model/lineIndex';
import type { Link, ParsedDocument, ParseError, Position, Property, Resource, SourceRange, Value } from '../../model/types';
import { cdkKind } from '../../model/kinds';
import { POLICY_STATEMENT_METHODS, POSTURE_METHODS } from './cdkCommon';
import { canonicalText, collectAliases, member, type Aliases, type Entity } from './typescriptImports';

// The compiler's namespace object exposes its members through getters once bundled; read the
// ones used per node into constants once, so the walk pays plain variable reads.
const {
  DiagnosticCategory,
  ScriptKind,
  ScriptTarget,
  SyntaxKind,
  createSourceFile,
  flattenDiagnosticMessageText,
  forEachChild,
  isBinaryExpression,
  isBlock,
  isCallExpression,
  isComputedPropertyName,
  isDecorator,
  isGetAccessorDeclaration,
  isIdentifier,
  isMethodDeclaration,
  isNewExpression,
  isNoSubstitutionTemplateLiteral,
  isNumericLiteral,
  isObjectLiteralExpression,
  isOmittedExpression,
  isPrefixUnaryExpression,
  isPrivateIdentifier,
  isPropertyAccessExpression,
  isPropertyAssignment,
  isSetAccessorDeclaration,
  isShorthandPropertyAssignment,
  isSpreadAssignment,
  isSpreadElement,
  isStringLiteral,
  isTypeNode,
  isVariableStatement,
} = ts;

/** The aliases found in each parsed document, so edits can write `s3.X` the way this file says it. */
const ALIASES = new WeakMap<ParsedDocument, Aliases>();

export function aliasesOf(doc: ParsedDocument): Aliases | undefined {
  return ALIASES.get(doc);
}

export function parseCdkTypeScript(text: string): ParsedDocument {
  // ScriptKind.TS reads plain JavaScript too (CommonJS `require`, no annotations) with the same tree.
  const sf = createSourceFile('stack.ts', text, ScriptTarget.Latest, false, ScriptKind.TS);
  const builder = new Builder(text, sf);
  const doc: ParsedDocument = {
    format: 'cdk-typescript',
    syntax: 'typescript',
    resources: builder.resources,
    links: builder.links,
    parseErrors: builder.parseErrors,
  };
  try {
    builder.run();
  } catch (e) {
    // Never throw on user code: keep what was built and say where the model may be incomplete.
    builder.parseErrors.push({ message: `CDK model incomplete: ${(e as Error).message}`, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, severity: 'warning' });
  }
  ALIASES.set(doc, builder.aliases);
  return doc;
}

/** Lexical scope: which names hold constructs here (null = shadowed by something that is not one). */
class Scope {
  private vars: Map<string, Resource | null> | undefined;

  constructor(readonly parent: Scope | undefined, readonly isClass = false) {}

  lookup(name: string): Resource | undefined {
    for (let s: Scope | undefined = this; s; s = s.parent) {
      const v = s.vars?.get(name);
      if (v !== undefined) return v ?? undefined;
    }
    return undefined;
  }

  bind(name: string, r: Resource | null): void {
    (this.vars ??= new Map()).set(name, r);
  }

  /** Binds `name` as not-a-construct only when it would otherwise resolve to an outer construct. */
  shadow(name: string): void {
    if (this.lookup(name)) this.bind(name, null);
  }

  /** Where `this.x` members live: the nearest class (or the file). */
  thisScope(): Scope {
    let s: Scope = this;
    while (!s.isClass && s.parent) s = s.parent;
    return s;
  }

  /** The scope that declares `name` (for assignments to an outer `let`). */
  owning(name: string): Scope {
    for (let s: Scope | undefined = this; s; s = s.parent) if (s.has(name)) return s;
    return this;
  }

  private has(name: string): boolean {
    return this.vars?.has(name) ?? false;
  }
}

interface Ctx {
  scope: Scope;
  /** The resource whose props / calls we are inside: references found here become its links. */
  owner?: Resource;
  /** Dotted property path inside `owner`. */
  path: string;
  /** Name that inline `iam.PolicyStatement`s here are named after. */
  parent?: string;
  /** forEachChild callback bound to this context, made on first use. */
  visitor?: (n: ts.Node) => undefined;
}

interface Binding {
  variable?: string;
  /** The node whose range is the resource's range (the whole statement, when it is one). */
  rangeNode?: ts.Node;
  /** The variable's identifier: the name range of a variable-held PolicyStatement. */
  varNode?: ts.Node;
}

interface ConstructRef {
  resource: Resource;
  attribute?: string;
}

/** A context like `ctx` with some fields changed (never copies the bound visitor). */
function sub(ctx: Ctx, patch: Partial<Ctx>): Ctx {
  return { scope: ctx.scope, owner: ctx.owner, path: ctx.path, parent: ctx.parent, ...patch };
}

/**
 * `(x)`, `x as T`, `x!`, `x satisfies T`, `<T>x` → x. One `kind` read per level: node shapes vary
 * per kind, so every property read on a node is a megamorphic lookup, and this runs per value.
 */
function unwrap(e: ts.Expression): ts.Expression {
  for (;;) {
    switch (e.kind) {
      case SyntaxKind.ParenthesizedExpression:
      case SyntaxKind.AsExpression:
      case SyntaxKind.NonNullExpression:
      case SyntaxKind.SatisfiesExpression:
      case SyntaxKind.TypeAssertionExpression:
        e = (e as ts.ParenthesizedExpression).expression;
        continue;
    }
    return e;
  }
}

/** `'x'` → `'x'` with canonical single quotes, for symbol texts that must not depend on the file's style. */
function quote(s: string): string {
  if (!/[\\'\n]/.test(s)) return `'${s}'`; // nothing to escape: one test instead of three replaces
  return `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(/\n/g, '\\n')}'`;
}

class Builder {
  private readonly index: LineIndex;
  readonly resources: Resource[] = [];
  readonly links: Link[] = [];
  readonly parseErrors: ParseError[] = [];
  aliases: Aliases = new Map();
  /** The parser reported errors: object literals may hold recovered statements. */
  private broken = false;
  private readonly statementCounts = new Map<string, number>();
  /** Construct classes repeat all over a stack: each kind is derived once. */
  private readonly kindCache = new Map<string, string>();

  constructor(private readonly text: string, private readonly sf: ts.SourceFile) {
    this.index = new LineIndex(text);
  }

  run(): void {
    const diagnostics = (this.sf as unknown as { parseDiagnostics?: readonly ts.DiagnosticWithLocation[] }).parseDiagnostics ?? [];
    this.broken = diagnostics.length > 0;
    for (const d of diagnostics) {
      this.parseErrors.push({
        message: flattenDiagnosticMessageText(d.messageText, '\n'),
        range: this.range(d.start, d.start + d.length),
        severity: d.category === DiagnosticCategory.Error ? 'error' : 'warning',
      });
    }
    this.aliases = collectAliases(this.sf);
    const ctx: Ctx = { scope: new Scope(undefined, true), path: '' };
    for (const st of this.sf.statements) this.visit(st, ctx);
    // Recovered constructs of broken input can be found out of order; rules expect file order.
    if (this.broken) this.resources.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
  }

  // ---- positions ----------------------------------------------------------------------------

  /**
   * Where a node's first token starts: its `pos` plus the whitespace and comments before it, as
   * `node.getStart()` computes, without that method's generic checks (a hot path).
   */
  private start(n: ts.Node): number {
    const t = this.text;
    const end = n.end;
    let i = n.pos;
    while (i < end) {
      const c = t.charCodeAt(i);
      if (c === 32 || c === 9 || c === 10 || c === 13 || c === 11 || c === 12 || c === 0xa0 || c === 0xfeff || c === 0x2028 || c === 0x2029) i++;
      else if (c === 47 && t.charCodeAt(i + 1) === 47) {
        i += 2;
        while (i < end && t.charCodeAt(i) !== 10 && t.charCodeAt(i) !== 13) i++;
      } else if (c === 47 && t.charCodeAt(i + 1) === 42) {
        const close = t.indexOf('*/', i + 2);
        i = close < 0 ? end : close + 2;
      } else if (c === 35 && i === 0 && t.charCodeAt(1) === 33) {
        while (i < end && t.charCodeAt(i) !== 10) i++; // #! line
      } else return i;
    }
    return Math.min(i, end);
  }

  private rangeOf(n: ts.Node): SourceRange {
    return this.range(this.start(n), n.end);
  }

  /**
   * Ranges share their Position objects: a property's start is its key's start, its end its
   * value's end. Allocation, not arithmetic, is what the model costs on large files, so a small
   * direct-mapped cache of recent offsets pays for itself.
   */
  private range(start: number, end: number): SourceRange {
    return { start: this.position(start), end: this.position(end) };
  }

  private readonly cachedOffsets = new Int32Array(4096).fill(-1);
  private readonly cachedPositions: Position[] = new Array<Position>(4096);

  /** The line of the last position computed: the walk asks for positions close to each other. */
  private lastLine = 0;

  private position(offset: number): Position {
    const slot = offset & 4095;
    if (this.cachedOffsets[slot] === offset) return this.cachedPositions[slot];
    const o = offset < 0 ? 0 : offset > this.text.length ? this.text.length : offset;
    const line = (this.lastLine = this.index.lineNear(o, this.lastLine));
    const p: Position = { line, character: o - this.index.lineStart(line) };
    this.cachedOffsets[slot] = offset;
    this.cachedPositions[slot] = p;
    return p;
  }

  /** A statement's range; garbage before `const` that the parser took for decorators is not part of it. */
  private statementRange(n: ts.Node): SourceRange {
    if (isVariableStatement(n) && n.modifiers?.some(isDecorator)) {
      const first = n.modifiers.find(m => !isDecorator(m)) ?? n.declarationList;
      return this.range(this.start(first), n.end);
    }
    return this.rangeOf(n);
  }

  private textOf(n: ts.Node): string {
    return this.text.slice(this.start(n), n.end);
  }

  /** A string literal's range without its quotes. */
  private innerRange(n: ts.Node): SourceRange {
    const s = this.start(n);
    if ((isStringLiteral(n) || isNoSubstitutionTemplateLiteral(n)) && n.end - s >= 2) {
      const closed = this.text[n.end - 1] === this.text[s];
      return this.range(s + 1, closed ? n.end - 1 : n.end);
    }
    return this.range(s, n.end);
  }

  // ---- interning ----------------------------------------------------------------------------
  // Half of what the walk allocates is short-lived: property paths and the entities of symbol
  // values, rebuilt for every property although a stack repeats the same few hundred. Interning
  // them keeps that garbage (and the collections that copy the young parse tree) down.

  private readonly paths = new Map<string, Map<string, string>>();
  private readonly members = new Map<Entity, Map<string, Entity>>();
  private readonly canonicalTexts = new Map<Entity, string>();

  /** The context one property deeper (the hot path: one object, an interned path). */
  private at(ctx: Ctx, key: string): Ctx {
    let path = key;
    if (ctx.path) {
      let byKey = this.paths.get(ctx.path);
      if (!byKey) this.paths.set(ctx.path, (byKey = new Map()));
      const known = byKey.get(key);
      if (known === undefined) byKey.set(key, (path = `${ctx.path}.${key}`));
      else path = known;
    }
    return { scope: ctx.scope, owner: ctx.owner, path, parent: ctx.parent };
  }

  /** Resolves `s3.Bucket`, `cdk.aws_s3.Bucket`, `Bucket` to its (interned) CDK entity, as resolveEntity does. */
  private entity(expr: ts.Expression): Entity | undefined {
    switch (expr.kind) {
      case SyntaxKind.Identifier:
        return this.aliases.get((expr as ts.Identifier).text);
      case SyntaxKind.PropertyAccessExpression: {
        // `a.#private`, or a half-typed `s3.BucketEncryption.` whose member is still missing.
        const { name, expression } = expr as ts.PropertyAccessExpression;
        if (!isIdentifier(name) || name.text === '') return undefined;
        const base = this.entity(expression);
        if (!base) return undefined;
        let byName = this.members.get(base);
        if (!byName) this.members.set(base, (byName = new Map()));
        let e = byName.get(name.text);
        if (!e) byName.set(name.text, (e = member(base, name.text)));
        return e;
      }
      case SyntaxKind.ParenthesizedExpression:
        return this.entity((expr as ts.ParenthesizedExpression).expression);
    }
    return undefined;
  }

  private canonical(e: Entity): string {
    let t = this.canonicalTexts.get(e);
    if (t === undefined) this.canonicalTexts.set(e, (t = canonicalText(e)));
    return t;
  }

  // ---- the walk -----------------------------------------------------------------------------

  private children(n: ts.Node, ctx: Ctx): void {
    forEachChild(n, (ctx.visitor ??= (c: ts.Node) => {
      this.visit(c, ctx);
      return undefined;
    }));
  }

  private visit(n: ts.Node, ctx: Ctx): void {
    switch (n.kind) {
      case SyntaxKind.Identifier:
        if (ctx.owner) {
          const r = ctx.scope.lookup((n as ts.Identifier).text);
          if (r) this.link(ctx, r, n);
        }
        return;
      case SyntaxKind.PropertyAccessExpression: {
        // Outside any resource a reference links nothing: just look for calls / constructs below.
        const ref = ctx.owner && this.constructRef(n as ts.PropertyAccessExpression, ctx.scope);
        if (ref) {
          this.link(ctx, ref.resource, n);
          return;
        }
        this.visit((n as ts.PropertyAccessExpression).expression, ctx);
        return;
      }
      case SyntaxKind.NewExpression: {
        const e = n as ts.NewExpression;
        this.construct(e.expression, e.arguments ?? [], e, ctx, {});
        return;
      }
      case SyntaxKind.CallExpression:
        this.call(n as ts.CallExpression, ctx);
        return;
      case SyntaxKind.VariableStatement: {
        const decls = (n as ts.VariableStatement).declarationList.declarations;
        for (const d of decls) this.variable(d, ctx, decls.length === 1 ? n : d);
        return;
      }
      case SyntaxKind.VariableDeclaration:
        this.variable(n as ts.VariableDeclaration, ctx, n);
        return;
      case SyntaxKind.ExpressionStatement: {
        const e = unwrap((n as ts.ExpressionStatement).expression);
        if (isNewExpression(e)) this.construct(e.expression, e.arguments ?? [], e, ctx, { rangeNode: n });
        else if (isBinaryExpression(e) && e.operatorToken.kind === SyntaxKind.EqualsToken) this.assignment(e, ctx, n);
        else this.visit((n as ts.ExpressionStatement).expression, ctx);
        return;
      }
      case SyntaxKind.BinaryExpression: {
        const e = n as ts.BinaryExpression;
        if (e.operatorToken.kind === SyntaxKind.EqualsToken) this.assignment(e, ctx, e);
        else this.children(n, ctx);
        return;
      }
      case SyntaxKind.PropertyDeclaration: {
        const p = n as ts.PropertyDeclaration;
        if (!p.initializer) return;
        const init = unwrap(p.initializer);
        const key = isIdentifier(p.name) || isPrivateIdentifier(p.name) ? `this.${p.name.text}` : undefined;
        if (key && isNewExpression(init)) {
          const r = this.construct(init.expression, init.arguments ?? [], init, ctx, { variable: key, rangeNode: p, varNode: p.name });
          ctx.scope.thisScope().bind(key, r ?? null);
        } else this.visit(p.initializer, ctx);
        return;
      }
      case SyntaxKind.PropertyAssignment: {
        const p = n as ts.PropertyAssignment;
        if (isComputedPropertyName(p.name)) this.visit(p.name.expression, ctx);
        this.visit(p.initializer, ctx);
        return;
      }
      case SyntaxKind.ShorthandPropertyAssignment:
        this.visit((n as ts.ShorthandPropertyAssignment).name, ctx);
        return;
      case SyntaxKind.ClassDeclaration:
      case SyntaxKind.ClassExpression: {
        const inner: Ctx = sub(ctx, { scope: new Scope(ctx.scope, true) });
        for (const m of (n as ts.ClassLikeDeclaration).members) this.visit(m, inner);
        return;
      }
      case SyntaxKind.Block:
      case SyntaxKind.ForStatement:
      case SyntaxKind.ForOfStatement:
      case SyntaxKind.ForInStatement:
      case SyntaxKind.CatchClause:
      case SyntaxKind.CaseBlock:
      case SyntaxKind.ModuleBlock:
        this.children(n, sub(ctx, { scope: new Scope(ctx.scope) }));
        return;
      case SyntaxKind.ImportDeclaration:
      case SyntaxKind.ImportEqualsDeclaration:
      case SyntaxKind.InterfaceDeclaration:
      case SyntaxKind.TypeAliasDeclaration:
      case SyntaxKind.HeritageClause:
        return;
      case SyntaxKind.FunctionDeclaration:
      case SyntaxKind.FunctionExpression:
      case SyntaxKind.ArrowFunction:
      case SyntaxKind.MethodDeclaration:
      case SyntaxKind.Constructor:
      case SyntaxKind.GetAccessor:
      case SyntaxKind.SetAccessor:
        this.functionLike(n as ts.SignatureDeclaration & { body?: ts.Node }, ctx);
        return;
    }
    if (isTypeNode(n)) return; // type annotations hold no values
    this.children(n, ctx);
  }

  private functionLike(n: ts.SignatureDeclaration & { body?: ts.Node }, ctx: Ctx): void {
    const scope = new Scope(ctx.scope);
    const inner: Ctx = sub(ctx, { scope });
    if (n.name && isComputedPropertyName(n.name)) this.visit(n.name.expression, ctx);
    for (const p of n.parameters) {
      this.shadowNames(p.name, scope);
      if (p.initializer) this.visit(p.initializer, inner);
    }
    if (n.body) {
      // A block body shares the parameters' scope, so a `const` in it shadows like a parameter would.
      if (isBlock(n.body)) for (const st of n.body.statements) this.visit(st, inner);
      else this.visit(n.body, inner);
    }
  }

  private shadowNames(name: ts.BindingName, scope: Scope): void {
    if (isIdentifier(name)) scope.shadow(name.text);
    else for (const el of name.elements) if (!isOmittedExpression(el)) this.shadowNames(el.name, scope);
  }

  private variable(d: ts.VariableDeclaration, ctx: Ctx, rangeNode: ts.Node): void {
    if (!isIdentifier(d.name)) {
      if (d.initializer) this.visit(d.initializer, ctx);
      this.shadowNames(d.name, ctx.scope);
      return;
    }
    const name = d.name.text;
    if (!d.initializer) {
      // `let b;` … `b = new X(…)` later, maybe in a nested block: the binding belongs here.
      ctx.scope.bind(name, null);
      return;
    }
    const init = unwrap(d.initializer);
    if (isNewExpression(init)) {
      const r = this.construct(init.expression, init.arguments ?? [], init, sub(ctx, { parent: name }), { variable: name, rangeNode, varNode: d.name });
      if (r) ctx.scope.bind(name, r);
      else ctx.scope.shadow(name);
      return;
    }
    // `const b2 = bucket`: an alias of the same construct.
    const ref = isIdentifier(init) || isPropertyAccessExpression(init) ? this.constructRef(init, ctx.scope) : undefined;
    if (ref && !ref.attribute) {
      if (ctx.owner) this.link(ctx, ref.resource, init);
      ctx.scope.bind(name, ref.resource);
      return;
    }
    this.visit(d.initializer, isObjectLiteralExpression(init) || isCallExpression(init) ? sub(ctx, { parent: name }) : ctx);
    ctx.scope.shadow(name);
  }

  private assignment(e: ts.BinaryExpression, ctx: Ctx, rangeNode: ts.Node): void {
    const left = e.left;
    const key = isIdentifier(left)
      ? left.text
      : isPropertyAccessExpression(left) && left.expression.kind === SyntaxKind.ThisKeyword && isIdentifier(left.name)
        ? `this.${left.name.text}`
        : undefined;
    if (!key) {
      this.visit(left, ctx);
      this.visit(e.right, ctx);
      return;
    }
    const scope = key.startsWith('this.') ? ctx.scope.thisScope() : ctx.scope.owning(key);
    const right = unwrap(e.right);
    if (isNewExpression(right)) {
      const r = this.construct(right.expression, right.arguments ?? [], right, sub(ctx, { parent: key }), { variable: key, rangeNode, varNode: left });
      if (r || scope.lookup(key)) scope.bind(key, r ?? null);
      return;
    }
    this.visit(e.right, ctx);
    if (scope.lookup(key)) scope.bind(key, null);
  }

  // ---- constructs ---------------------------------------------------------------------------

  /**
   * `new X(args)` where X is a class of an aws-cdk-lib module: a construct (`(scope, id, props)`)
   * or an `iam.PolicyStatement` (`(props)`) becomes a resource. Anything else is walked as an
   * ordinary expression. `node` is the whole expression (or, when recovering, what stands for it).
   */
  private construct(callee: ts.Expression, args: readonly ts.Expression[], node: ts.Node, ctx: Ctx, bind: Binding): Resource | undefined {
    const entity = this.entity(callee);
    const cls = entity && entity.module !== 'core' && entity.path.length === 1 ? entity.path[0] : undefined;
    const isStatement = entity?.module === 'iam' && cls === 'PolicyStatement';
    if (!entity || !cls || !/^[A-Z]/.test(cls) || (!isStatement && !this.isConstructCall(args, ctx.scope))) {
      this.visit(callee, ctx);
      for (const a of args) this.visit(a, ctx);
      return undefined;
    }
    const typeRange = this.rangeOf(callee);
    let name: string;
    let nameRange: SourceRange;
    if (isStatement) {
      const prefix = bind.variable ?? ctx.parent ?? ctx.owner?.name ?? 'policy';
      const n = (this.statementCounts.get(prefix) ?? 0) + 1;
      this.statementCounts.set(prefix, n);
      name = `${prefix}#statement${n}`;
      nameRange = bind.varNode ? this.rangeOf(bind.varNode) : typeRange;
    } else {
      const id = unwrap(args[1]);
      name = isStringLiteral(id) || isNoSubstitutionTemplateLiteral(id) ? id.text : this.textOf(args[1]);
      nameRange = this.innerRange(id);
    }
    const r: Resource = {
      format: 'cdk-typescript',
      role: 'resource',
      type: this.textOf(callee),
      kind: this.kind(entity.module, cls),
      name,
      ...(bind.variable ? { variable: bind.variable } : {}),
      range: this.statementRange(bind.rangeNode ?? node),
      typeRange,
      nameRange,
      properties: [],
      calls: [],
    };
    this.resources.push(r);
    // Created inline inside another resource's props or call: the parent depends on it.
    if (ctx.owner && ctx.owner !== r) this.links.push({ from: ctx.owner.name, to: r.name, path: ctx.path, range: this.rangeOf(node) });

    const propsIndex = isStatement ? 0 : 2;
    const plain: Ctx = { scope: ctx.scope, path: '' };
    for (let i = 0; i < args.length; i++) {
      if (i === propsIndex) continue;
      this.visit(args[i], plain);
    }
    const props = args[propsIndex];
    if (props) {
      const pctx: Ctx = { scope: ctx.scope, owner: r, path: '', parent: r.name };
      const obj = unwrap(props);
      if (isObjectLiteralExpression(obj)) r.properties = this.objectProperties(obj, pctx);
      else {
        // Props we cannot see into (`props`, a function call): one `...` property says "there may be more".
        const start = this.start(props);
        this.visit(props, sub(pctx, { path: '...' }));
        const range = this.rangeOf(props);
        r.properties = [{ key: '...', keyRange: range, value: { kind: 'unknown', text: this.text.slice(start, props.end), range }, range }];
      }
    }
    return r;
  }

  private kind(module: string, cls: string): string {
    const key = `${module}.${cls}`;
    let k = this.kindCache.get(key);
    if (k === undefined) this.kindCache.set(key, (k = cdkKind(module, cls)));
    return k;
  }

  /** `(scope, id, …)`: the scope is `this` / an identifier / a member, the id is not an object. */
  private isConstructCall(args: readonly ts.Expression[], scope: Scope): boolean {
    if (args.length < 2) return false;
    const s = unwrap(args[0]);
    if (s.kind !== SyntaxKind.ThisKeyword && !isIdentifier(s) && !isPropertyAccessExpression(s)) return false;
    if (isIdentifier(s) && s.text === '') return false;
    const id = unwrap(args[1]);
    switch (id.kind) {
      case SyntaxKind.StringLiteral:
      case SyntaxKind.NoSubstitutionTemplateLiteral:
      case SyntaxKind.TemplateExpression:
      case SyntaxKind.BinaryExpression:
      case SyntaxKind.PropertyAccessExpression:
      case SyntaxKind.CallExpression:
      case SyntaxKind.ElementAccessExpression:
        return true;
      case SyntaxKind.Identifier:
        // `new iam.CompositePrincipal(a, b)` passes constructs, a construct id is a string.
        return (id as ts.Identifier).text !== '' && !scope.lookup((id as ts.Identifier).text);
    }
    return false;
  }

  // ---- method calls -------------------------------------------------------------------------

  private call(c: ts.CallExpression, ctx: Ctx): void {
    const callee = unwrap(c.expression);
    if (isPropertyAccessExpression(callee) && isIdentifier(callee.name)) {
      let method = callee.name.text;
      let receiver = this.exactConstruct(callee.expression, ctx.scope);
      let nameStart = this.start(callee.name);
      const recv = unwrap(callee.expression);
      if (!receiver && isPropertyAccessExpression(recv) && recv.name.text === 'connections') {
        receiver = this.exactConstruct(recv.expression, ctx.scope);
        method = `connections.${method}`;
        nameStart = this.start(recv.name);
      }
      if (receiver) {
        const posture = POSTURE_METHODS.has(method) || (receiver.kind === 'aws.iam.policy-statement' && POLICY_STATEMENT_METHODS.has(method));
        // Arguments belong to the receiver: constructs passed in are linked from it.
        const cctx: Ctx = { scope: ctx.scope, owner: receiver, path: `calls.${method}`, parent: receiver.name };
        if (ctx.owner && ctx.owner !== receiver) this.link(ctx, receiver, callee.expression);
        if (posture) {
          const values = c.arguments.map(a => this.toValue(a, cctx));
          receiver.calls.push({ method, arguments: values, range: this.rangeOf(c), nameRange: this.range(nameStart, callee.name.end) });
        } else for (const a of c.arguments) this.visit(a, cctx);
        return;
      }
    }
    this.children(c, ctx);
  }

  // ---- references ---------------------------------------------------------------------------

  /** `bucket`, `this.bucket`, `bucket.bucketArn`, `this.bucket.bucketArn.length` → the construct and member path. */
  private constructRef(e: ts.Expression, scope: Scope): ConstructRef | undefined {
    if (isIdentifier(e)) {
      const r = scope.lookup(e.text);
      return r && { resource: r };
    }
    // Find the chain's base first: most chains (`s3.BucketEncryption.KMS`) are not constructs, and
    // then nothing needs to be collected.
    let depth = 0;
    let cur: ts.Expression = e;
    while (isPropertyAccessExpression(cur)) {
      if (!isIdentifier(cur.name) || cur.name.text === '') return undefined; // half-typed `bucket.`
      depth++;
      cur = cur.expression;
    }
    let r: Resource | undefined;
    let skip = 0; // leading names that are part of the construct (`this.bucket`)
    if (isIdentifier(cur)) r = scope.lookup(cur.text);
    else if (cur.kind === SyntaxKind.ThisKeyword && depth > 0) {
      let first = e as ts.PropertyAccessExpression;
      while (first.expression !== cur) first = first.expression as ts.PropertyAccessExpression;
      r = scope.thisScope().lookup(`this.${(first.name as ts.Identifier).text}`);
      skip = 1;
    } else return undefined;
    if (!r) return undefined;
    if (depth === skip) return { resource: r };
    const names: string[] = new Array<string>(depth - skip);
    cur = e;
    for (let i = depth - skip - 1; i >= 0; i--) {
      const p = cur as ts.PropertyAccessExpression;
      names[i] = (p.name as ts.Identifier).text;
      cur = p.expression;
    }
    return { resource: r, attribute: names.join('.') };
  }

  private exactConstruct(e: ts.Expression, scope: Scope): Resource | undefined {
    const u = unwrap(e);
    if (!isIdentifier(u) && !isPropertyAccessExpression(u)) return undefined;
    const ref = this.constructRef(u, scope);
    return ref && !ref.attribute ? ref.resource : undefined;
  }

  private link(ctx: Ctx, to: Resource, at: ts.Node, range?: SourceRange): void {
    if (!ctx.owner || to === ctx.owner) return;
    this.links.push({ from: ctx.owner.name, to: to.name, path: ctx.path, range: range ?? this.rangeOf(at) });
  }

  // ---- values -------------------------------------------------------------------------------

  private objectProperties(obj: ts.ObjectLiteralExpression, ctx: Ctx): Property[] {
    const out: Property[] = [];
    let recovering = false;
    for (const el of obj.properties) {
      // An unclosed `{` swallows the statements after it as "properties" without colons
      // (`const q = new X(…)` → key `const`). From the first such key on, they are statements.
      if (this.broken && !recovering && isPropertyAssignment(el) && !this.text.slice(el.name.end, this.start(el.initializer)).includes(':')) recovering = true;
      if (recovering) {
        this.recover(el, ctx);
        continue;
      }
      const range = this.rangeOf(el);
      if (isPropertyAssignment(el)) {
        const key = this.propertyKey(el.name, ctx);
        const keyRange = this.innerRange(el.name);
        const value = this.toValue(el.initializer, this.at(ctx, key));
        out.push({ key, keyRange, value, range });
      } else if (isShorthandPropertyAssignment(el)) {
        const key = el.name.text;
        const value = this.toValue(el.name, this.at(ctx, key));
        out.push({ key, keyRange: this.rangeOf(el.name), value, range });
      } else if (isSpreadAssignment(el)) {
        const s = this.start(el);
        const value = this.unknown(el.expression, ctx.path ? ctx : sub(ctx, { path: '...' }));
        out.push({ key: '...', keyRange: this.range(s, s + 3), value, range });
      } else if (isMethodDeclaration(el) || isGetAccessorDeclaration(el) || isSetAccessorDeclaration(el)) {
        const key = this.propertyKey(el.name, ctx);
        const keyRange = this.innerRange(el.name);
        this.functionLike(el, this.at(ctx, key));
        out.push({ key, keyRange, value: { kind: 'unknown', text: this.textOf(el), range }, range });
      }
    }
    return out;
  }

  /** An element of a broken object literal that is really a statement (see objectProperties). */
  private recover(el: ts.ObjectLiteralElementLike, ctx: Ctx): void {
    const plain: Ctx = { scope: ctx.scope, path: '' };
    if (isPropertyAssignment(el)) {
      // `new s3.Bucket(this, 'Y', {…})` reads as key `new` + call `s3.Bucket(…)`: the next construct.
      if (isIdentifier(el.name) && el.name.text === 'new' && isCallExpression(el.initializer)) {
        this.construct(el.initializer.expression, el.initializer.arguments, el, plain, {});
      } else this.visit(el.initializer, plain);
    } else if (isSpreadAssignment(el)) this.visit(el.expression, plain);
    else if (isMethodDeclaration(el)) this.functionLike(el, plain);
  }

  /** A property's key; its range is `innerRange(name)` (a quoted key without its quotes). */
  private propertyKey(name: ts.PropertyName, ctx: Ctx): string {
    if (isIdentifier(name) || isPrivateIdentifier(name) || isStringLiteral(name) || isNoSubstitutionTemplateLiteral(name)) return name.text;
    if (isComputedPropertyName(name)) this.visit(name.expression, ctx);
    return this.textOf(name);
  }

  private unknown(e: ts.Node, ctx: Ctx): Value {
    this.visit(e, ctx);
    return { kind: 'unknown', text: this.textOf(e), range: this.rangeOf(e) };
  }

  private toValue(expr: ts.Expression, ctx: Ctx): Value {
    const e = unwrap(expr);
    switch (e.kind) {
      case SyntaxKind.StringLiteral:
      case SyntaxKind.NoSubstitutionTemplateLiteral:
        // An unclosed quote runs to the end of the line: that text is not the value the author means.
        if ((e as ts.StringLiteral).isUnterminated) return this.unknown(expr, ctx);
        return { kind: 'string', value: (e as ts.StringLiteral).text, range: this.rangeOf(expr) };
      case SyntaxKind.NumericLiteral:
      case SyntaxKind.PrefixUnaryExpression: {
        const n = this.numberOf(e);
        return n === undefined ? this.unknown(expr, ctx) : { kind: 'number', value: n, range: this.rangeOf(expr) };
      }
      case SyntaxKind.TrueKeyword:
        return { kind: 'boolean', value: true, range: this.rangeOf(expr) };
      case SyntaxKind.FalseKeyword:
        return { kind: 'boolean', value: false, range: this.rangeOf(expr) };
      case SyntaxKind.NullKeyword:
        return { kind: 'null', range: this.rangeOf(expr) };
      case SyntaxKind.ArrayLiteralExpression: {
        const items: Value[] = [];
        for (const el of (e as ts.ArrayLiteralExpression).elements) {
          if (isOmittedExpression(el)) continue;
          items.push(isSpreadElement(el) ? this.unknown(el, ctx) : this.toValue(el, ctx));
        }
        return { kind: 'list', items, range: this.rangeOf(expr) };
      }
      case SyntaxKind.ObjectLiteralExpression:
        return { kind: 'map', properties: this.objectProperties(e as ts.ObjectLiteralExpression, ctx), range: this.rangeOf(expr) };
      case SyntaxKind.Identifier:
      case SyntaxKind.PropertyAccessExpression: {
        const ref = this.constructRef(e, ctx.scope);
        if (ref) {
          const start = this.start(expr);
          const text = this.text.slice(start, expr.end);
          const range = this.range(start, expr.end);
          this.link(ctx, ref.resource, expr, range); // the link shares the reference's range
          return ref.attribute
            ? { kind: 'reference', target: ref.resource.name, attribute: ref.attribute, text, range }
            : { kind: 'reference', target: ref.resource.name, text, range };
        }
        const sym = this.symbolOf(e);
        return sym !== undefined ? { kind: 'symbol', value: sym, range: this.rangeOf(expr) } : this.unknown(expr, ctx);
      }
      case SyntaxKind.CallExpression: {
        const sym = this.symbolOf(e);
        return sym !== undefined ? { kind: 'symbol', value: sym, range: this.rangeOf(expr) } : this.unknown(expr, ctx);
      }
      case SyntaxKind.NewExpression: {
        const n = e as ts.NewExpression;
        const struct = this.structOf(n, ctx);
        if (struct) return { kind: 'map', properties: struct, range: this.rangeOf(expr) };
        const r = this.construct(n.expression, n.arguments ?? [], n, ctx, {});
        return r
          ? { kind: 'reference', target: r.name, text: this.textOf(expr), range: this.rangeOf(expr) }
          : { kind: 'unknown', text: this.textOf(expr), range: this.rangeOf(expr) };
      }
    }
    return this.unknown(expr, ctx);
  }

  /**
   * `new s3.BlockPublicAccess({ blockPublicAcls: false })`: a CDK class built from one props
   * object (not a construct, not a statement) is that object's map, as Python's keyword-only
   * `s3.BlockPublicAccess(block_public_acls=False)` is.
   */
  private structOf(n: ts.NewExpression, ctx: Ctx): Property[] | undefined {
    const args = n.arguments ?? [];
    if (args.length !== 1) return undefined;
    const obj = unwrap(args[0]);
    if (!isObjectLiteralExpression(obj)) return undefined;
    const entity = this.entity(n.expression);
    const cls = entity && entity.path.length === 1 ? entity.path[0] : undefined;
    if (!cls || !/^[A-Z]/.test(cls) || (entity!.module === 'iam' && cls === 'PolicyStatement')) return undefined;
    return this.objectProperties(obj, ctx);
  }

  private numberOf(e: ts.Expression): number | undefined {
    if (isNumericLiteral(e)) {
      const n = Number(e.text);
      return Number.isFinite(n) ? n : undefined;
    }
    if (isPrefixUnaryExpression(e) && isNumericLiteral(e.operand)) {
      const n = this.numberOf(e.operand);
      if (n === undefined) return undefined;
      if (e.operator === SyntaxKind.MinusToken) return -n;
      if (e.operator === SyntaxKind.PlusToken) return n;
    }
    return undefined;
  }

  /**
   * Canonical text of a CDK enum member (`s3.BlockPublicAccess.BLOCK_ALL`) or of a static helper
   * called with literal / symbol arguments only (`ec2.Port.tcp(22)`, `Duration.days(30)`), whatever
   * alias the file uses. Undefined for anything else.
   */
  private symbolOf(expr: ts.Expression): string | undefined {
    const e = unwrap(expr);
    if (isPropertyAccessExpression(e)) {
      const entity = this.entity(e);
      return entity && entity.path.length >= 2 ? this.canonical(entity) : undefined;
    }
    if (isCallExpression(e)) {
      const callee = unwrap(e.expression);
      if (!isPropertyAccessExpression(callee)) return undefined;
      const entity = this.entity(callee);
      if (!entity || entity.path.length < 2) return undefined;
      const args: string[] = [];
      for (const a of e.arguments) {
        const t = this.literalText(a);
        if (t === undefined) return undefined;
        args.push(t);
      }
      return `${this.canonical(entity)}(${args.join(', ')})`;
    }
    return undefined;
  }

  private literalText(expr: ts.Expression): string | undefined {
    const e = unwrap(expr);
    if ((isStringLiteral(e) || isNoSubstitutionTemplateLiteral(e)) && !e.isUnterminated) return quote(e.text);
    if (e.kind === SyntaxKind.TrueKeyword) return 'true';
    if (e.kind === SyntaxKind.FalseKeyword) return 'false';
    if (e.kind === SyntaxKind.NullKeyword) return 'null';
    const n = this.numberOf(e);
    if (n !== undefined) return String(n);
    return this.symbolOf(e);
  }
}
