/**
 * Canonical CDK code (as rules write it, in TypeScript form: `s3.BlockPublicAccess.BLOCK_ALL`,
 * `Duration.days(30)`, `ec2.Peer.anyIpv4()`, `new s3.BlockPublicAccess({ blockPublicAcls: true })`)
 * → CDK Python in this file's terms: module roots renamed to the file's imports (`aws_s3.…`,
 * `cdk.aws_s3.…`, `cdk.Duration`), a missing import noted for the caller to add, `new` dropped,
 * literals in Python spelling, methods in snake_case, a trailing object literal as keyword
 * arguments. Only that small grammar is translated: anything else is refused (undefined), so a
 * fix is left out rather than written wrong.
 */
import { camelCase, CDK_MODULES, snakeCase } from './cdkCommon';
import { importBinding, modelKey, PYTHON_RESERVED, type ImportBinding } from './pythonModel';
import { PyParser, tokenize, type Expr } from './pythonScan';

/** Root exports of aws-cdk-lib that canonical texts use without a module prefix (as in typescriptEdits.ts). */
const CORE_NAMES = new Set([
  'Duration', 'RemovalPolicy', 'Size', 'Aws', 'Fn', 'Stack', 'Tags', 'Token', 'Lazy', 'Expiration', 'TimeZone',
  'CfnOutput', 'SecretValue', 'PhysicalName', 'ArnFormat', 'Arn', 'CustomResource', 'CfnResource', 'Annotations',
  'Aspects', 'App', 'Names', 'CfnCondition', 'CfnParameter', 'Stage', 'NestedStack',
]);

const PY_WORDS = new Set([...PYTHON_RESERVED, 'match', 'case', 'self']);

/** What a file's top-level imports bind, resolved as the model resolves them, and the imports an edit still needs. */
export class PyImports {
  private readonly bindings = new Map<string, ImportBinding>();
  /** Names bound by anything but a top-level CDK import (assignments, defs, loops, nested imports): never trusted as CDK. */
  private readonly shadowed = new Set<string>();
  private readonly v1: boolean;
  private readonly coreFrom: boolean;
  /** Import lines to add, in order, without duplicates. */
  readonly needed: string[] = [];
  /** End offset of the last top-level CDK import (or any import), where new import lines go. */
  readonly anchor: number | undefined;

  constructor(private readonly text: string) {
    let anchorCdk: number | undefined;
    let anchorAny: number | undefined;
    let v1 = false;
    let coreFrom = false;
    for (const line of new PyParser(text, tokenize(text)).lines()) {
      for (const name of line.binds) this.shadowed.add(name);
      for (const st of line.stmts) {
        if (st.t === 'assign') {
          for (const t of st.targets) this.shadowTarget(t);
          continue;
        }
        if (st.t !== 'import') continue;
        const cdk = (st.from ?? '').startsWith('aws_cdk') || st.names.some(n => n.path.startsWith('aws_cdk'));
        if (st.from === 'aws_cdk.core' || (st.from === undefined && st.names.some(n => n.path === 'aws_cdk.core')) ||
            (st.from === 'aws_cdk' && st.names.some(n => n.path === 'core'))) v1 = true;
        if (st.from === 'aws_cdk.core') coreFrom = true;
        for (const n of st.names) {
          const b = importBinding(st.from, n.path, n.alias);
          if (!b) continue;
          // Bound twice, or by a nested / non-CDK import: the name cannot be trusted to mean one thing.
          if (line.indent === 0 && b.binding.k !== 'other' && !this.bindings.has(b.local)) this.bindings.set(b.local, b.binding);
          else this.shadowed.add(b.local);
        }
        if (line.indent === 0) {
          anchorAny = st.e;
          if (cdk) anchorCdk = st.e;
        }
      }
    }
    this.v1 = v1;
    this.coreFrom = coreFrom;
    this.anchor = anchorCdk ?? anchorAny;
  }

  private shadowTarget(t: Expr): void {
    if (t.t === 'name') this.shadowed.add(t.id);
    else if (t.t === 'tuple' || t.t === 'list') for (const item of t.items) this.shadowTarget(item);
    else if (t.t === 'star' && t.value) this.shadowTarget(t.value);
  }

  /** Top-level CDK bindings a local name can be trusted for. */
  private entries(): Array<[string, ImportBinding]> {
    return [...this.bindings].filter(([local]) => !this.shadowed.has(local));
  }

  /** Whether `name` is free for a new import: not bound, not a keyword, not used anywhere in the text. */
  private free(name: string): boolean {
    if (this.bindings.has(name) || this.shadowed.has(name) || PY_WORDS.has(name)) return false;
    return !new RegExp(`(^|[^\\w.])${name}\\b`, 'm').test(this.text);
  }

  private need(line: string): void {
    if (!this.needed.includes(line)) this.needed.push(line);
  }

  /**
   * What this file calls canonical `root.member` (root a module like `s3`, or a core name like
   * `Duration` with member undefined). `withMember`: the text replaces `root.member`, not just `root`.
   */
  reference(root: string, member: string | undefined): { text: string; withMember: boolean } | undefined {
    const entries = this.entries();
    const rootNs = entries.find(([, b]) => b.k === 'root')?.[0];
    const find = (pred: (b: { module: string; names: string[] }) => boolean) => entries.find(([, b]) => b.k === 'cdk' && pred(b))?.[0];
    if (member !== undefined) {
      const ns = find(b => b.module === root && b.names.length === 0);
      if (ns) return { text: ns, withMember: false };
      const named = find(b => b.module === root && b.names.length === 1 && b.names[0] === member);
      if (named) return { text: named, withMember: true };
      // Not bound by the file: only a real module may be reached through the root or imported.
      if (!CDK_MODULES.has(root)) return undefined;
      const pyModule = `aws_${root}`;
      // CDK v1 submodules are separate packages: the root namespace holds only what was imported.
      if (rootNs && !this.v1) return { text: `${rootNs}.${pyModule}`, withMember: false };
      const alias = root === 'lambda' ? 'lambda_' : root;
      if (!this.free(alias)) return undefined;
      this.need(`from aws_cdk import ${pyModule} as ${alias}`);
      return { text: alias, withMember: false };
    }
    const named = find(b => b.module === 'core' && b.names.length === 1 && b.names[0] === root);
    if (named) return { text: named, withMember: false };
    const coreNs = find(b => b.module === 'core' && b.names.length === 0);
    if (coreNs) return { text: `${coreNs}.${root}`, withMember: false };
    if (rootNs && !this.v1) return { text: `${rootNs}.${root}`, withMember: false };
    if (!this.free(root)) return undefined;
    this.need(this.v1 || this.coreFrom ? `from aws_cdk.core import ${root}` : `from aws_cdk import ${root}`);
    return { text: root, withMember: false };
  }
}

// ---- the canonical grammar -------------------------------------------------------------------

type Tok = { k: 'id' | 'str' | 'num' | 'punct'; v: string };

/** Tokens of canonical text, or undefined for anything outside the small grammar. */
function lex(src: string): Tok[] | undefined {
  const out: Tok[] = [];
  let i = 0;
  while (i < src.length) {
    const c = src[i];
    if (/\s/.test(c)) { i++; continue; }
    const id = /^[A-Za-z_$][\w$]*/.exec(src.slice(i));
    if (id) { out.push({ k: 'id', v: id[0] }); i += id[0].length; continue; }
    const num = /^\d+(?:\.\d+)?(?![\w.])/.exec(src.slice(i));
    if (num) { out.push({ k: 'num', v: num[0] }); i += num[0].length; continue; }
    if (c === "'" || c === '"' || c === '`') {
      let value = '';
      let j = i + 1;
      for (; j < src.length && src[j] !== c; j++) {
        if (c === '`' && src[j] === '$' && src[j + 1] === '{') return undefined;
        if (src[j] === '\n') return undefined;
        if (src[j] === '\\') {
          const e = ({ n: '\n', t: '\t', r: '\r', '\\': '\\', "'": "'", '"': '"', '`': '`' } as Record<string, string>)[src[j + 1]];
          if (e === undefined) return undefined;
          value += e;
          j++;
        } else value += src[j];
      }
      if (j >= src.length) return undefined;
      out.push({ k: 'str', v: value });
      i = j + 1;
      continue;
    }
    if ('.,()[]{}:-'.includes(c)) { out.push({ k: 'punct', v: c }); i++; continue; }
    return undefined;
  }
  return out;
}

class Refused extends Error {}

export interface PyRawContext {
  imports: PyImports;
  quote: string;
  /** What `this` (a construct scope) is where the code goes: `self`, `scope`; undefined refuses `this`. */
  scope: string | undefined;
  string(value: string): string;
}

/** Translates canonical text to Python in the file's terms; undefined when it cannot do so confidently. */
export function canonicalToPython(raw: string, ctx: PyRawContext): string | undefined {
  const toks = lex(raw);
  if (!toks || toks.length === 0) return undefined;
  let i = 0;
  const peek = (v?: string): Tok | undefined => (v === undefined || toks[i]?.v === v ? toks[i] : undefined);
  const expect = (v: string): void => {
    if (toks[i]?.k !== 'punct' || toks[i].v !== v) throw new Refused(v);
    i++;
  };
  const ident = (): string => {
    const t = toks[i];
    if (t?.k !== 'id') throw new Refused('identifier');
    i++;
    return t.v;
  };

  /** A member name in Python spelling; refuses names whose snake_case does not map back (`fromARN`). */
  const member = (name: string): string => {
    if (!/^[a-z]/.test(name)) return name;
    const py = snakeCase(name);
    if (camelCase(py) !== name) throw new Refused(name);
    return PYTHON_RESERVED.has(py) ? `${py}_` : py;
  };

  /** `root.A.b…`: the root renamed, members in Python spelling. */
  const chain = (): string => {
    const root = ident();
    if (root === 'true' || root === 'false' || root === 'null') {
      if (peek('.') || peek('(')) throw new Refused(root);
      return root === 'true' ? 'True' : root === 'false' ? 'False' : 'None';
    }
    if (root === 'this') {
      if (!ctx.scope || peek('.')) throw new Refused('this');
      return ctx.scope;
    }
    const names: string[] = [];
    while (peek('.')) {
      i++;
      names.push(ident());
    }
    let out: string;
    let rest: string[];
    if (CORE_NAMES.has(root)) {
      const r = ctx.imports.reference(root, undefined);
      if (!r) throw new Refused(root);
      out = r.text;
      rest = names;
    } else if (/^[a-z][a-z0-9]*$/.test(root) && names.length > 0 && /^[A-Z]/.test(names[0])) {
      const r = ctx.imports.reference(root, names[0]);
      if (!r) throw new Refused(root);
      out = r.text;
      rest = r.withMember ? names.slice(1) : names;
    } else throw new Refused(`not a CDK name: ${root}`);
    for (const n of rest) out += `.${member(n)}`;
    return out;
  };

  const args = (): string => {
    expect('(');
    const parts: string[] = [];
    while (!peek(')')) {
      if (peek('{')) {
        parts.push(...keywords());
        if (!peek(')')) throw new Refused('object literal not last');
        break;
      }
      parts.push(expr());
      if (!peek(')')) expect(',');
    }
    expect(')');
    return `(${parts.join(', ')})`;
  };

  /** `{ a: 1, bC: x }` as the last argument: jsii's keyword arguments `a=1, b_c=x`. */
  const keywords = (): string[] => {
    expect('{');
    const out: string[] = [];
    while (!peek('}')) {
      const key = ident();
      // Struct fields are lowerCamelCase; anything else (a map of names) is not keyword arguments.
      if (!/^[a-z][A-Za-z0-9]*$/.test(key)) throw new Refused(key);
      expect(':');
      if (peek('{')) throw new Refused('nested object literal');
      const kw = snakeCase(key);
      const name = PYTHON_RESERVED.has(kw) ? `${kw}_` : kw;
      if (modelKey(name) !== key) throw new Refused(key);
      out.push(`${name}=${expr()}`);
      if (!peek('}')) expect(',');
    }
    expect('}');
    return out;
  };

  const postfix = (head: string): string => {
    let out = head;
    for (;;) {
      if (peek('(')) out += args();
      else if (peek('.')) {
        i++;
        out += `.${member(ident())}`;
      } else return out;
    }
  };

  const expr = (): string => {
    const t = toks[i];
    if (!t) throw new Refused('end');
    if (t.k === 'str') { i++; return ctx.string(t.v); }
    if (t.k === 'num') { i++; return t.v; }
    if (t.k === 'punct' && t.v === '-' && toks[i + 1]?.k === 'num') { i += 2; return `-${toks[i - 1].v}`; }
    if (t.k === 'punct' && t.v === '[') {
      i++;
      const items: string[] = [];
      while (!peek(']')) {
        items.push(expr());
        if (!peek(']')) expect(',');
      }
      expect(']');
      return `[${items.join(', ')}]`;
    }
    if (t.k === 'id' && t.v === 'new') {
      i++;
      const callee = chain();
      return postfix(peek('(') ? callee + args() : `${callee}()`);
    }
    if (t.k === 'id') return postfix(chain());
    throw new Refused(t.v);
  };

  try {
    const out = expr();
    return i === toks.length ? out : undefined;
  } catch (e) {
    if (e instanceof Refused) return undefined;
    throw e;
  }
}
