/**
 * CDK Python source → resources, properties, calls and links (the common model), from the
 * statements pythonScan.ts reads. Import aliases resolve to canonical aws-cdk-lib modules, so
 * `_lambda.Runtime.PYTHON_3_12`, `cdk.aws_lambda.Runtime.PYTHON_3_12` and `Runtime.PYTHON_3_12`
 * are all the symbol `lambda.Runtime.PYTHON_3_12`, as CDK TypeScript writes it: one rule string
 * covers both languages.
 */
import { cdkKind } from '../../model/kinds';
import type { LineIndex } from '../../model/lineIndex';
import type { Link, MapValue, MethodCall, Position, Property, Resource, SourceRange, Value } from '../../model/types';
import { camelCase, canonicalModule, moduleFromRootExport, POLICY_STATEMENT_METHODS, POSTURE_METHODS } from './cdkCommon';
import { PyParser, tokenize, type Arg, type CallExpr, type Expr, type Line, type Stmt } from './pythonScan';

/** What a name is bound to. `cdk`: a module namespace (names empty) or a member path in it. */
type Binding =
  | { k: 'root' }
  | { k: 'cdk'; module: string; names: string[] }
  | { k: 'res'; resource: Resource }
  | { k: 'other' };

const OTHER: Binding = { k: 'other' };

type Resolved =
  | { kind: 'res'; resource: Resource; used: number }
  | { kind: 'cdk'; module: string; names: string[] };

class Scope {
  readonly vars = new Map<string, Binding>();
  constructor(readonly parent: Scope | undefined) {}

  lookup(name: string): Binding | undefined {
    for (let s: Scope | undefined = this; s; s = s.parent) {
      const b = s.vars.get(name);
      if (b) return b;
    }
    return undefined;
  }
}

interface Frame {
  indent: number;
  kind: 'module' | 'def' | 'class' | 'block';
  scope: Scope;
  /** `self.x` bindings of the enclosing class (shared by its methods). */
  self: Map<string, Binding>;
}

/** Where a call sits when it is the whole value of a statement: the resource then spans the statement. */
interface Top {
  s: number;
  e: number;
  variable: string | undefined;
  target: Expr | undefined;
  created?: Resource;
}

/**
 * Positional parameters (snake_case) of the posture methods, so keyword arguments land where the
 * TypeScript call has them; other keyword arguments are the options object TypeScript passes last.
 */
const POSTURE_PARAMS: Record<string, string[]> = {
  addIngressRule: ['peer', 'connection', 'description', 'remote_rule'],
  addEgressRule: ['peer', 'connection', 'description', 'remote_rule'],
  'connections.allowFrom': ['other', 'port_range', 'description'],
  'connections.allowFromAnyIpv4': ['port_range', 'description'],
  'connections.allowDefaultPortFromAnyIpv4': ['description'],
  grantPublicAccess: ['key_prefix'],
  grantRead: ['identity', 'objects_key_pattern'],
  grantReadWrite: ['identity', 'objects_key_pattern'],
  grantWrite: ['identity', 'objects_key_pattern', 'allowed_action_patterns'],
  grant: ['grantee'],
  addToResourcePolicy: ['permission'],
  addToPolicy: ['statement'],
  addToPrincipalPolicy: ['statement'],
  addManagedPolicy: ['policy'],
  attachInlinePolicy: ['policy'],
  addToGroup: ['group'],
  addUser: ['user'],
  addEntry: ['id'],
  addFlowLog: ['id'],
  addAlias: ['alias_name'],
  addEventNotification: ['event', 'dest'],
  addListener: ['id'],
  logAccessLogs: ['bucket', 'prefix'],
  addBehavior: ['path_pattern', 'origin'],
};

const ALL_CAPS = /^[A-Z][A-Z0-9_]*$/;

function isClassName(n: string): boolean {
  const c = n.charCodeAt(0);
  return c >= 65 && c <= 90 && !ALL_CAPS.test(n);
}

function isMethodName(n: string): boolean {
  const c = n.charCodeAt(0);
  return (c >= 97 && c <= 122) || c === 95;
}

/** Canonical member text: methods in camelCase (as TypeScript spells them), classes and enum members as written. */
function canonicalName(n: string): string {
  if (!isMethodName(n)) return n;
  let c = canonicalNames.get(n);
  if (c === undefined) {
    if (canonicalNames.size > 5000) canonicalNames.clear();
    c = camelCase(n);
    canonicalNames.set(n, c);
  }
  return c;
}
const canonicalNames = new Map<string, string>();

/** `self.bucket.bucket_arn` → ['self', 'bucket', 'bucket_arn']; undefined when the base is not a name. */
export function chainOf(x: Expr): string[] | undefined {
  if (x.t === 'name') return [x.id];
  if (x.t !== 'attr') return undefined;
  const out: string[] = [];
  let cur: Expr = x;
  while (cur.t === 'attr') {
    out.push(cur.name);
    cur = cur.obj;
  }
  if (cur.t !== 'name') return undefined;
  out.push(cur.id);
  return out.reverse();
}

/** The node of the first `keep` names of a chain (`self.bucket` of `self.bucket.grant_read`). */
function chainPrefix(x: Expr, length: number, keep: number): Expr {
  let cur = x;
  for (let i = length; i > keep && cur.t === 'attr'; i--) cur = cur.obj;
  return cur;
}

/** Canonical symbol text of a CDK member path: `s3.BlockPublicAccess.BLOCK_ALL`, `Duration.days`. */
export function symbolText(module: string, names: readonly string[]): string {
  const members = names.map(canonicalName).join('.');
  return module === 'core' ? members : `${module}.${members}`;
}

/** A string argument in a canonical symbol, quoted as TypeScript code usually is: `ec2.Peer.ipv4('10.0.0.0/8')`. */
export function canonicalString(s: string): string {
  // Exactly as the TypeScript parser quotes them, so both languages produce one string.
  return `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(/\n/g, '\\n')}'`;
}

export interface ModelResult {
  resources: Resource[];
  links: Link[];
  /** Offsets of brackets the scanner had to close (see pythonScan.ts), for a precise parse error. */
  unclosed: number[];
}

export class CdkPythonModel {
  readonly resources: Resource[] = [];
  readonly links: Link[] = [];
  private readonly frames: Frame[];
  private readonly statementCounts = new Map<string, number>();
  /** Keyword names repeat all over a stack; converting each once keeps the garbage down. */
  private readonly camelCache = new Map<string, string>();
  private readonly kindCache = new Map<string, string>();

  constructor(private readonly text: string, private readonly li: LineIndex) {
    this.frames = [{ indent: -1, kind: 'module', scope: new Scope(undefined), self: new Map() }];
  }

  /** Reads the whole text. `recovery`: the file has syntax errors (see pythonScan.ts). */
  build(recovery: boolean): ModelResult {
    const tokens = tokenize(this.text, 0, this.text.length, recovery);
    const parser = new PyParser(this.text, tokens);
    for (const line of parser.lines()) this.line(line);
    return { resources: this.resources, links: this.links, unclosed: tokens.unclosed };
  }

  // ---- statements and scopes ------------------------------------------------------------------

  private get frame(): Frame {
    return this.frames[this.frames.length - 1];
  }

  private line(line: Line): void {
    while (this.frames.length > 1 && this.frame.indent >= line.indent) this.frames.pop();
    for (const h of line.header) this.scan(h, undefined, '');
    for (const name of line.binds) this.frame.scope.vars.set(name, OTHER);
    if (line.opens) {
      const parent = this.frame;
      if (line.opens === 'def') {
        // A function sees the enclosing function / module scope, not the class body.
        let outer = parent;
        for (let i = this.frames.length - 1; outer.kind === 'class' && i > 0; i--) outer = this.frames[i - 1];
        this.frames.push({ indent: line.indent, kind: 'def', scope: new Scope(outer.scope), self: parent.self });
      } else if (line.opens === 'class') {
        this.frames.push({ indent: line.indent, kind: 'class', scope: new Scope(parent.scope), self: new Map() });
      } else {
        this.frames.push({ indent: line.indent, kind: 'block', scope: parent.scope, self: parent.self });
      }
    }
    for (const st of line.stmts) this.statement(st);
    // A compound statement with its body on the same line has no indented body.
    if (line.opens && line.stmts.length) this.frames.pop();
  }

  private statement(st: Stmt): void {
    switch (st.t) {
      case 'import':
        this.importStatement(st.from, st.names);
        return;
      case 'expr':
        if (st.exprs.length === 1) this.top(st.exprs[0], { s: st.s, e: st.e, variable: undefined, target: undefined });
        else for (const x of st.exprs) this.scan(x, undefined, '');
        return;
      case 'assign': {
        if (!st.value) return;
        if (st.aug) {
          this.scan(st.value, undefined, '');
          return;
        }
        const target = st.targets[0];
        const chain = chainOf(target);
        const variable = chain ? chain.join('.') : undefined;
        const bound = this.top(st.value, { s: st.s, e: st.e, variable, target });
        for (const t of st.targets) this.bind(t, bound ?? OTHER);
      }
    }
  }

  /** A statement's whole value: constructs created here span the statement. Returns what a target assigned this value is bound to. */
  private top(x: Expr, top: Top): Binding | undefined {
    if (x.t === 'call') {
      this.call(x, undefined, '', top);
      return top.created ? { k: 'res', resource: top.created } : undefined;
    }
    const chain = chainOf(x);
    if (chain) {
      const r = this.resolve(chain);
      if (r?.kind === 'res' && r.used === chain.length) return { k: 'res', resource: r.resource }; // `b2 = bucket`
      if (r?.kind === 'cdk') return { k: 'cdk', module: r.module, names: r.names }; // `Bucket = s3.Bucket`
      return undefined;
    }
    this.scan(x, undefined, '');
    return undefined;
  }

  private bind(target: Expr, b: Binding): void {
    if (target.t === 'name') this.frame.scope.vars.set(target.id, b);
    else if (target.t === 'attr' && target.obj.t === 'name' && target.obj.id === 'self') this.frame.self.set(target.name, b);
    else if (target.t === 'tuple' || target.t === 'list') for (const item of target.items) this.bind(item, OTHER);
    else if (target.t === 'star' && target.value) this.bind(target.value, OTHER);
  }

  private importStatement(from: string | undefined, names: readonly { path: string; alias: string | undefined }[]): void {
    const vars = this.frame.scope.vars;
    for (const { path, alias } of names) {
      const b = importBinding(from, path, alias);
      if (b) vars.set(b.local, b.binding.k === 'other' ? OTHER : b.binding);
    }
  }

  private resolve(names: readonly string[]): Resolved | undefined {
    if (names[0] === 'self' && names.length > 1) {
      const b = this.frame.self.get(names[1]);
      if (b?.k === 'res') return { kind: 'res', resource: b.resource, used: 2 };
      if (b) return undefined;
    }
    const b = this.frame.scope.lookup(names[0]);
    if (!b || b.k === 'other') return undefined;
    if (b.k === 'res') return { kind: 'res', resource: b.resource, used: 1 };
    if (b.k === 'cdk') return { kind: 'cdk', module: b.module, names: names.length > 1 ? [...b.names, ...names.slice(1)] : b.names };
    // The root package: submodules (`aws_s3`, v1 `core`) and core classes (`Duration`).
    const n = names[1];
    if (n === undefined) return undefined;
    if (n === 'core') return { kind: 'cdk', module: 'core', names: names.slice(2) };
    const m = moduleFromRootExport(n);
    if (m) return { kind: 'cdk', module: m, names: names.slice(2) };
    return { kind: 'cdk', module: 'core', names: names.slice(1) };
  }

  // ---- values ---------------------------------------------------------------------------------

  private range(s: number, e: number): SourceRange {
    return { start: this.pos(s), end: this.pos(e) };
  }

  // Offsets are asked for mostly in increasing order: walk forward from the last one instead of a
  // binary search per position (a 1 MB stack asks ~300k of them). Line breaks as LineIndex counts
  // them (\n, \r\n, lone \r); a jump backwards before the current line asks the LineIndex.
  private curOffset = 0;
  private curLine = 0;
  private curLineStart = 0;

  // Offsets repeat (a key's start is its property's start, a call's end its statement's end): a
  // small direct-mapped cache hands out the same Position object, ~15 % fewer objects to collect.
  private readonly posCacheOffset = new Int32Array(64).fill(-1);
  private readonly posCache: Position[] = new Array<Position>(64);

  private pos(o: number): Position {
    const slot = o & 63;
    if (this.posCacheOffset[slot] === o) return this.posCache[slot];
    const p = this.computePos(o);
    this.posCacheOffset[slot] = o;
    this.posCache[slot] = p;
    return p;
  }

  private computePos(o: number): Position {
    if (o >= this.curOffset) {
      const text = this.text;
      let line = this.curLine;
      let lineStart = this.curLineStart;
      for (let k = this.curOffset; k < o; k++) {
        const c = text.charCodeAt(k);
        if (c === 10 || (c === 13 && text.charCodeAt(k + 1) !== 10)) {
          line++;
          lineStart = k + 1;
        }
      }
      this.curOffset = o;
      this.curLine = line;
      this.curLineStart = lineStart;
      return { line, character: o - lineStart };
    }
    if (o >= this.curLineStart) return { line: this.curLine, character: o - this.curLineStart };
    const p = this.li.positionAt(o);
    this.curOffset = o;
    this.curLine = p.line;
    this.curLineStart = o - p.character;
    return p;
  }

  private kind(module: string, className: string): string {
    const key = `${module}.${className}`;
    let k = this.kindCache.get(key);
    if (k === undefined) {
      k = cdkKind(module, className);
      this.kindCache.set(key, k);
    }
    return k;
  }

  private camel(name: string): string {
    let c = this.camelCache.get(name);
    if (c === undefined) {
      c = modelKey(name);
      this.camelCache.set(name, c);
    }
    return c;
  }

  private src(x: { s: number; e: number }): string {
    return this.text.slice(x.s, x.e);
  }

  private unknown(x: Expr): Value {
    return { kind: 'unknown', text: this.src(x), range: this.range(x.s, x.e) };
  }

  private link(owner: Resource | undefined, to: Resource, path: string, x: { s: number; e: number }, range?: SourceRange): void {
    if (owner && owner !== to) this.links.push({ from: owner.name, to: to.name, path, range: range ?? this.range(x.s, x.e) });
  }

  value(x: Expr, owner: Resource | undefined, path: string): Value {
    switch (x.t) {
      case 'str':
        if (x.value !== undefined) return { kind: 'string', value: x.value, range: this.range(x.s, x.e) };
        if (x.fields) for (const f of x.fields) this.scan(f, owner, path);
        return this.unknown(x);
      case 'num':
        return x.value !== undefined ? { kind: 'number', value: x.value, range: this.range(x.s, x.e) } : this.unknown(x);
      case 'const':
        return x.value === null ? { kind: 'null', range: this.range(x.s, x.e) } : { kind: 'boolean', value: x.value, range: this.range(x.s, x.e) };
      case 'list':
      case 'tuple':
      case 'set': {
        if (x.comp) {
          this.scan(x, owner, path);
          return this.unknown(x);
        }
        // Link paths name properties, not list positions (as in the other formats and getProperty).
        const items: Value[] = x.items.map(item => this.value(item, owner, path));
        return { kind: 'list', items, range: this.range(x.s, x.e) };
      }
      case 'dict': {
        if (x.comp) {
          this.scan(x, owner, path);
          return this.unknown(x);
        }
        const properties: Property[] = [];
        for (const p of x.pairs) {
          if (!p.key) { // **spread
            properties.push({ key: '...', keyRange: this.range(p.s, p.s + 2), value: this.value(p.value, owner, path), range: this.range(p.s, p.e) });
            continue;
          }
          const key = p.key.t === 'str' && p.key.value !== undefined ? p.key.value : this.src(p.key);
          if (!(p.key.t === 'str' && p.key.value !== undefined)) this.scan(p.key, owner, path);
          const keyRange = this.range(p.key.s, p.key.e);
          const value = this.value(p.value, owner, join(path, key));
          properties.push({ key, keyRange, value, range: { start: keyRange.start, end: value.range.end } });
        }
        return { kind: 'map', properties, range: this.range(x.s, x.e) };
      }
      case 'name':
      case 'attr':
        return this.chainValue(x, owner, path);
      case 'call':
        return this.call(x, owner, path, undefined);
      case 'star':
        if (x.value) this.scan(x.value, owner, path);
        return this.unknown(x);
      default:
        this.scan(x, owner, path);
        return this.unknown(x);
    }
  }

  /** Only the side effects of reading `x`: links to resources and constructs created inside it. */
  private scan(x: Expr, owner: Resource | undefined, path: string): void {
    switch (x.t) {
      case 'name':
      case 'attr':
        if (x.t === 'attr' && x.obj.t !== 'name' && x.obj.t !== 'attr') {
          this.scan(x.obj, owner, path);
          return;
        }
        this.chainValue(x, owner, path);
        return;
      case 'call':
        this.call(x, owner, path, undefined);
        return;
      case 'str':
        if (x.fields) for (const f of x.fields) this.scan(f, owner, path);
        return;
      case 'list':
      case 'tuple':
      case 'set':
        for (const i of x.items) this.scan(i, owner, path);
        return;
      case 'dict':
        for (const p of x.pairs) {
          if (p.key) this.scan(p.key, owner, path);
          this.scan(p.value, owner, path);
        }
        return;
      case 'star':
        if (x.value) this.scan(x.value, owner, path);
        return;
      case 'other':
        for (const k of x.kids) this.scan(k, owner, path);
        return;
      default:
    }
  }

  private chainValue(x: Expr, owner: Resource | undefined, path: string): Value {
    const names = chainOf(x);
    if (!names) {
      if (x.t === 'attr') this.scan(x.obj, owner, path);
      return this.unknown(x);
    }
    const r = this.resolve(names);
    if (r?.kind === 'res') {
      const range = this.range(x.s, x.e);
      this.link(owner, r.resource, path, x, range); // the link shares the reference's range
      const attrs = names.slice(r.used);
      return attrs.length
        ? { kind: 'reference', target: r.resource.name, attribute: this.camelPath(attrs), text: this.src(x), range }
        : { kind: 'reference', target: r.resource.name, text: this.src(x), range };
    }
    // `s3.BlockPublicAccess.BLOCK_ALL`, `ec2.InstanceClass.T3`: a member of a CDK class.
    if (r?.kind === 'cdk' && r.names.length >= 2) return { kind: 'symbol', value: symbolText(r.module, r.names), range: this.range(x.s, x.e) };
    return this.unknown(x);
  }

  private call(x: CallExpr, owner: Resource | undefined, path: string, top: Top | undefined): Value {
    const names = chainOf(x.fn);
    if (!names) {
      this.scan(x.fn, owner, path);
      this.scanArgs(x, owner, path);
      return this.unknown(x);
    }
    const r = this.resolve(names);
    if (r?.kind === 'cdk') {
      const last = r.names[r.names.length - 1];
      if (last !== undefined && isClassName(last)) {
        if (r.module === 'iam' && r.names.length === 1 && last === 'PolicyStatement') return this.policyStatement(x, owner, path, top);
        if (r.names.length === 1 && r.module !== 'core' && this.isConstructCall(x)) return this.construct(x, r.module, last, owner, path, top);
        if (!x.comp && x.args.length > 0 && x.args.every(a => a.kind === 'kw')) return this.struct(x, owner, path);
      } else if (last !== undefined && r.names.length >= 2 && isMethodName(last)) {
        const symbol = this.staticHelper(x, r.module, r.names);
        if (symbol !== undefined) return { kind: 'symbol', value: symbol, range: this.range(x.s, x.e) };
      }
      this.scanArgs(x, owner, path);
      return this.unknown(x);
    }
    if (r?.kind === 'res') {
      // `bucket.arn_for_objects('*')` inside a prop: a reference to the bucket in an expression we do not evaluate.
      this.link(owner, r.resource, path, chainPrefix(x.fn, names.length, r.used));
      const attrs = names.slice(r.used);
      if (attrs.length) {
        const method = this.camelPath(attrs);
        const receiver = r.resource;
        if (POSTURE_METHODS.has(method) || (receiver.kind === 'aws.iam.policy-statement' && POLICY_STATEMENT_METHODS.has(method))) {
          this.methodCall(receiver, x, method, chainPrefix(x.fn, names.length, r.used + 1));
        } else {
          // Any other method: constructs passed to it are still linked from the receiver.
          this.scanArgs(x, receiver, `calls.${method}`);
        }
        return this.unknown(x);
      }
    }
    this.scanArgs(x, owner, path);
    return this.unknown(x);
  }

  private scanArgs(x: CallExpr, owner: Resource | undefined, path: string): void {
    for (const a of x.args) this.scan(a.value, owner, path);
  }

  /** `X(self, "Id", …)`: a scope (a name: `self`, `scope`, `stack`) and an id (a string, or anything after self/scope). */
  private isConstructCall(x: CallExpr): boolean {
    const a = x.args;
    if (a.length < 2 || a[0].kind !== 'pos' || a[1].kind !== 'pos') return false;
    const scope = chainOf(a[0].value);
    if (!scope) return false;
    return a[1].value.t === 'str' || scope[0] === 'self' || scope[0] === 'scope';
  }

  private construct(x: CallExpr, module: string, className: string, owner: Resource | undefined, path: string, top: Top | undefined): Value {
    const id = x.args[1].value;
    const literal = id.t === 'str' && id.value !== undefined;
    const res: Resource = {
      format: 'cdk-python',
      role: 'resource',
      type: this.src(x.fn),
      kind: this.kind(module, className),
      name: literal ? (id as { value: string }).value : this.src(id),
      ...(top?.variable !== undefined ? { variable: top.variable } : {}),
      range: top ? this.range(top.s, top.e) : this.range(x.s, x.e),
      typeRange: this.range(x.fn.s, x.fn.e),
      nameRange: id.t === 'str' && literal ? this.range(id.cs, id.ce) : this.range(id.s, id.e),
      properties: [],
      calls: [],
    };
    this.resources.push(res);
    if (top) top.created = res;
    this.scan(x.args[0].value, undefined, '');
    this.arguments(x.args, 2, res);
    if (top) return this.unknown(x);
    // A construct created inline as another construct's prop refers to it.
    const range = this.range(x.s, x.e);
    this.link(owner, res, path, x, range);
    return { kind: 'reference', target: res.name, text: this.src(x), range };
  }

  /** Keyword arguments from `from` on become properties of `res`; `**kwargs` an unknown `...` property. */
  private arguments(args: readonly Arg[], from: number, res: Resource): void {
    for (let i = from; i < args.length; i++) {
      const a = args[i];
      if (a.kind === 'kw') res.properties.push(this.property(a, res, ''));
      else if (a.kind === 'dstar') {
        this.scan(a.value, res, '...');
        res.properties.push({ key: '...', keyRange: this.range(a.s, a.s + 2), value: this.unknown(a.value), range: this.range(a.s, a.e) });
      } else this.scan(a.value, res, '');
    }
  }

  private camelPath(names: readonly string[]): string {
    return names.length === 1 ? this.camel(names[0]) : names.map(n => this.camel(n)).join('.');
  }

  private property(a: Arg, owner: Resource | undefined, path: string): Property {
    const key = this.camel(a.name!);
    const keyRange = this.range(a.ns, a.ns + a.name!.length);
    const value = this.value(a.value, owner, join(path, key));
    // The property's range shares the key's start and the value's end (fewer objects on big stacks).
    return { key, keyRange, value, range: { start: keyRange.start, end: value.range.end } };
  }

  /** `s3.LifecycleRule(expiration=…)`: a map of its keyword arguments (camelCase keys). */
  private struct(x: CallExpr, owner: Resource | undefined, path: string): MapValue {
    const properties: Property[] = [];
    for (const a of x.args) properties.push(this.property(a, owner, path));
    return { kind: 'map', properties, range: this.range(x.s, x.e) };
  }

  /** `iam.PolicyStatement(...)`: a map where it is used, and a resource of its own so rules see every statement. */
  private policyStatement(x: CallExpr, owner: Resource | undefined, path: string, top: Top | undefined): Value {
    const prefix = top?.variable ?? owner?.name ?? 'policy';
    const n = (this.statementCounts.get(prefix) ?? 0) + 1;
    this.statementCounts.set(prefix, n);
    const typeRange = this.range(x.fn.s, x.fn.e);
    const res: Resource = {
      format: 'cdk-python',
      role: 'resource',
      type: this.src(x.fn),
      kind: cdkKind('iam', 'PolicyStatement'),
      name: `${prefix}#statement${n}`,
      ...(top?.variable !== undefined ? { variable: top.variable } : {}),
      range: top ? this.range(top.s, top.e) : this.range(x.s, x.e),
      typeRange,
      nameRange: top?.target ? this.range(top.target.s, top.target.e) : typeRange,
      properties: [],
      calls: [],
    };
    this.resources.push(res);
    if (top) top.created = res;
    this.arguments(x.args, 0, res);
    this.link(owner, res, path, x);
    return { kind: 'map', properties: res.properties, range: this.range(x.s, x.e) };
  }

  /** `Duration.days(30)`, `ec2.Port.tcp(22)`, `ec2.Peer.any_ipv4()`: canonical text when every argument is a literal or a symbol. */
  private staticHelper(x: CallExpr, module: string, names: readonly string[]): string | undefined {
    const args: string[] = [];
    for (const a of x.args) {
      if (a.kind !== 'pos') return undefined;
      const t = this.literalText(a.value);
      if (t === undefined) return undefined;
      args.push(t);
    }
    return `${symbolText(module, names)}(${args.join(', ')})`;
  }

  private literalText(x: Expr): string | undefined {
    switch (x.t) {
      case 'str':
        return x.value === undefined ? undefined : canonicalString(x.value);
      case 'num':
        return x.value === undefined ? undefined : String(x.value);
      case 'const':
        return x.value === null ? 'null' : String(x.value);
      case 'attr': {
        const names = chainOf(x);
        const r = names && this.resolve(names);
        return r?.kind === 'cdk' && r.names.length >= 2 ? symbolText(r.module, r.names) : undefined;
      }
      case 'call': {
        const names = chainOf(x.fn);
        const r = names && this.resolve(names);
        if (r?.kind !== 'cdk' || r.names.length < 2 || !isMethodName(r.names[r.names.length - 1])) return undefined;
        return this.staticHelper(x, r.module, r.names);
      }
      default:
        return undefined;
    }
  }

  /** A posture method on a construct: arguments in TypeScript's order, extra keyword arguments as its options map. */
  private methodCall(res: Resource, x: CallExpr, method: string, first: Expr): void {
    const path = `calls.${method}`;
    const params = POSTURE_PARAMS[method] ?? [];
    const args: Value[] = [];
    const named: Array<[number, Value]> = [];
    const options: Property[] = [];
    for (const a of x.args) {
      if (a.kind === 'pos' || a.kind === 'star') {
        args.push(a.kind === 'pos' ? this.value(a.value, res, path) : (this.scan(a.value, res, path), this.unknown(a.value)));
      } else if (a.kind === 'kw') {
        const j = params.indexOf(a.name!);
        if (j >= 0) named.push([j, this.value(a.value, res, path)]);
        else options.push(this.property(a, res, path));
      } else {
        this.scan(a.value, res, path);
        options.push({ key: '...', keyRange: this.range(a.s, a.s + 2), value: this.unknown(a.value), range: this.range(a.s, a.e) });
      }
    }
    named.sort((p, q) => p[0] - q[0]);
    for (const [, v] of named) args.push(v);
    if (options.length) {
      const first = options[0].range.start;
      const last = options[options.length - 1].range.end;
      args.push({ kind: 'map', properties: options, range: { start: first, end: last } });
    }
    // nameRange: the method as written after the receiver (`add_ingress_rule`, `connections.allow_from`).
    const nameStart = first.t === 'attr' ? first.ns : x.fn.s;
    const call: MethodCall = { method, arguments: args, range: this.range(x.s, x.e), nameRange: this.range(nameStart, x.fn.e) };
    res.calls.push(call);
  }
}

/** What one imported name binds: the CDK root package, a CDK module or a member path in it, or something else. */
export type ImportBinding = { k: 'root' } | { k: 'cdk'; module: string; names: string[] } | { k: 'other' };

/**
 * The local name an import binds and what it is: `from aws_cdk import aws_s3 as s3` → s3 = module
 * `s3`; `from aws_cdk import Duration` → Duration = core `Duration`; `import aws_cdk.aws_s3` binds
 * `aws_cdk` (the root). Undefined for `*`. Shared by the model and the edit helpers.
 */
export function importBinding(from: string | undefined, path: string, alias: string | undefined): { local: string; binding: ImportBinding } | undefined {
  if (path === '*') return undefined;
  if (from === undefined) {
    if (alias !== undefined) {
      if (path === 'aws_cdk') return { local: alias, binding: { k: 'root' } };
      const m = canonicalModule(path);
      return { local: alias, binding: m ? { k: 'cdk', module: m, names: [] } : { k: 'other' } };
    }
    const root = path.split('.')[0];
    return { local: root, binding: root === 'aws_cdk' ? { k: 'root' } : { k: 'other' } };
  }
  const local = alias ?? path;
  if (from === 'aws_cdk') {
    const m = path === 'core' ? 'core' : moduleFromRootExport(path);
    return { local, binding: m ? { k: 'cdk', module: m, names: [] } : { k: 'cdk', module: 'core', names: [path] } };
  }
  const m = canonicalModule(from);
  return { local, binding: m ? { k: 'cdk', module: m, names: [path] } : { k: 'other' } };
}

/** jsii appends `_` to Python reserved words: `from_=22` is TypeScript's `from: 22`. */
export const PYTHON_RESERVED: ReadonlySet<string> = new Set([
  'False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await', 'break', 'class', 'continue', 'def', 'del', 'elif',
  'else', 'except', 'finally', 'for', 'from', 'global', 'if', 'import', 'in', 'is', 'lambda', 'nonlocal', 'not', 'or',
  'pass', 'raise', 'return', 'try', 'while', 'with', 'yield',
]);

/** The model key of a keyword argument: camelCase, without jsii's reserved-word underscore. */
export function modelKey(name: string): string {
  return camelCase(jsiiName(name));
}

function jsiiName(name: string): string {
  return name.endsWith('_') && PYTHON_RESERVED.has(name.slice(0, -1)) ? name.slice(0, -1) : name;
}

function join(path: string, key: string): string {
  return path ? `${path}.${key}` : key;
}
