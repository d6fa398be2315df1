/**
 * Template → model, written once for both surface syntaxes. The YAML and JSON front ends each
 * provide a small adapter over their own syntax tree (yaml's nodes; the JSON scanner's flat tree),
 * so the rules about sections, resources, intrinsics and links live in one place and neither
 * front end copies its tree into an intermediate one (model building has to stay close to the
 * bare parse time, see bench/cloudformation.bench.ts).
 *
 * Conventions (shared with the other formats, see DESIGN.md "Common model"): a resource's range
 * runs from its logical-id key token to the end of its value; nameRange and typeRange exclude
 * quotes; a property's keyRange excludes quotes, its range starts at the key token (quote
 * included) and ends with its value; a value's range is its whole token (quotes, YAML tag).
 * A link's path is the dotted property path from Properties, list positions left out
 * (`Policies.PolicyDocument.Statement.Resource`), or `DependsOn`.
 */
import { cloudFormationKind } from '../../model/kinds';
import type { Link, ParseError, Position, Property, Resource, SourceRange, Value } from '../../model/types';
import { isIntrinsicKey, splitGetAtt, subVariables } from './intrinsics';
import type { Positions } from './positions';

export type NodeKind = 'map' | 'seq' | 'string' | 'number' | 'boolean' | 'null' | 'other';

/** What the builder needs from a syntax tree. `N` is a value node, `P` a key/value pair. */
export interface CfnAdapter<N, P> {
  /** Structure of the node, ignoring any YAML tag. */
  kind(n: N): NodeKind;
  /** Long-form intrinsic name of a YAML short-form tag (`!GetAtt` → `Fn::GetAtt`), else undefined. */
  intrinsicTag(n: N): string | undefined;
  /** A scalar's value (string for 'string', number for 'number', …). */
  scalar(n: N): string | number | boolean | null;
  pairs(n: N): readonly P[];
  items(n: N): readonly (N | undefined)[];
  /** The key as written, undefined when it is not a scalar. */
  key(p: P): string | undefined;
  /** Key text without quotes. */
  keyStart(p: P): number;
  keyEnd(p: P): number;
  /** The key token, with quotes. */
  keyTokenStart(p: P): number;
  value(p: P): N | undefined;
  /** Where the value's text starts (a YAML tag included) and ends (trailing blanks and comments excluded). */
  start(n: N): number;
  end(n: N): number;
  /** For a quoted scalar: the text between the quotes. Defaults to start/end. */
  innerStart(n: N): number;
  innerEnd(n: N): number;
  /** The builder is done with this resource pair; a front end may drop its subtree to lower peak memory. */
  release?(p: P): void;
}

interface Context {
  text: string;
  /** Positions are asked for in document order (start before children, end after), see positions.ts. */
  pos: Positions;
  resourceNames: Set<string>;
  links: Link[];
  errors: ParseError[];
  /** The resource being built and the property keys from its Properties down to here. */
  from: string;
  path: string[];
}

const SMALL_MAP = 8;

// Templates repeat a handful of types many times; the kind is a few regular expressions away.
const KINDS = new Map<string, string>();

function kindOf(type: string): string {
  let kind = KINDS.get(type);
  if (kind === undefined) {
    kind = cloudFormationKind(type);
    if (KINDS.size < 4096) KINDS.set(type, kind);
  }
  return kind;
}

export interface BuiltTemplate {
  resources: Resource[];
  links: Link[];
}

/**
 * Resources read from a second parse of part of the text (YAML recovery, see yaml.ts): a map of
 * logical ids whose adapter reports offsets in the whole text.
 */
export interface ExtraSection {
  adapter: CfnAdapter<unknown, unknown>;
  map: unknown;
}

/** Builds resources and links from the document root; appends duplicate-key and shape warnings to `errors`. */
export function buildTemplate<N, P>(a: CfnAdapter<N, P>, root: N | undefined, text: string, pos: Positions, errors: ParseError[], extra: readonly ExtraSection[] = []): BuiltTemplate {
  const resources: Resource[] = [];
  const links: Link[] = [];
  const top = root !== undefined && a.kind(root) === 'map' ? a.pairs(root) : [];
  reportDuplicates(a, top, pos, errors);

  // First pass: the names a Ref can point at, so forward references link too.
  const resourceSections: N[] = [];
  const parameterNames = new Set<string>();
  const resourceNames = new Set<string>();
  for (const p of top) {
    const k = a.key(p);
    const v = a.value(p);
    if (v === undefined || a.kind(v) !== 'map') continue;
    if (k === 'Resources') {
      resourceSections.push(v);
      for (const r of a.pairs(v)) {
        const name = a.key(r);
        if (name !== undefined) resourceNames.add(name);
      }
    } else if (k === 'Parameters') {
      for (const r of a.pairs(v)) {
        const name = a.key(r);
        if (name !== undefined) parameterNames.add(name);
      }
    }
  }
  for (const x of extra) {
    for (const r of x.adapter.pairs(x.map)) {
      const name = x.adapter.key(r);
      if (name !== undefined) resourceNames.add(name);
    }
  }
  // A name declared as both is invalid CloudFormation; treat it as the parameter (no link).
  for (const n of parameterNames) resourceNames.delete(n);

  const ctx: Context = { text, pos, resourceNames, links, errors, from: '', path: [] };
  for (const section of resourceSections) {
    const pairs = a.pairs(section);
    reportDuplicates(a, pairs, pos, errors);
    for (const p of pairs) {
      const r = buildResource(a, ctx, p);
      if (r) resources.push(r);
      a.release?.(p);
    }
  }
  if (extra.length > 0) {
    for (const x of extra) {
      for (const p of x.adapter.pairs(x.map)) {
        const r = buildResource(x.adapter, ctx, p);
        if (r) resources.push(r);
      }
    }
    const before = (l: { line: number; character: number }, r: { line: number; character: number }) => l.line - r.line || l.character - r.character;
    resources.sort((x, y) => before(x.range.start, y.range.start));
    links.sort((x, y) => before(x.range.start, y.range.start));
  }
  return { resources, links };
}

function buildResource<N, P>(a: CfnAdapter<N, P>, ctx: Context, pair: P): Resource | undefined {
  const name = a.key(pair);
  // `Fn::ForEach::Name: [...]` (AWS::LanguageExtensions) is a loop that stamps out resources, not one.
  if (name === undefined || name.startsWith('Fn::ForEach::')) return undefined;
  const { pos } = ctx;
  const tokenStart = a.keyTokenStart(pair);
  const keyStart = a.keyStart(pair);
  const start = pos.at(tokenStart);
  const nameRange: SourceRange = { start: tokenStart === keyStart ? start : pos.at(keyStart), end: pos.at(a.keyEnd(pair)) };
  const body = a.value(pair);
  const resource: Resource = {
    format: 'cloudformation',
    role: 'resource',
    type: '',
    kind: 'unknown',
    name,
    range: { start, end: nameRange.end },
    typeRange: nameRange,
    nameRange,
    properties: [],
    calls: [],
  };
  if (body === undefined || a.kind(body) !== 'map' || a.intrinsicTag(body) !== undefined) {
    ctx.errors.push({ message: `Resource '${name}' has no definition (expected a map with Type and Properties).`, range: nameRange, severity: 'warning' });
    if (body !== undefined) resource.range.end = pos.at(Math.max(a.end(body), a.keyEnd(pair)));
    return resource;
  }
  const attributes = a.pairs(body);
  reportDuplicates(a, attributes, pos, ctx.errors);
  let typed = false;
  ctx.from = name;
  const work: P[] = attributes.slice();
  for (let i = 0; i < work.length; i++) {
    const attr = work[i];
    const key = a.key(attr);
    const v = a.value(attr);
    if (v === undefined) continue;
    if (key === 'Type') {
      if (a.kind(v) === 'string' && a.intrinsicTag(v) === undefined) {
        resource.type = String(a.scalar(v));
        resource.kind = kindOf(resource.type);
        resource.typeRange = pos.range(a.innerStart(v), a.innerEnd(v));
        typed = true;
      } else {
        const rest = halfTypedType(a, ctx, v, resource);
        if (rest) {
          typed = true;
          work.splice(i + 1, 0, ...rest);
        }
      }
    } else if (key === 'Properties') {
      ctx.path.length = 0;
      if (a.kind(v) === 'map' && a.intrinsicTag(v) === undefined && !isIntrinsicMap(a, v)) {
        resource.properties = buildProperties(a, ctx, v);
      } else if (a.intrinsicTag(v) !== undefined || (a.kind(v) === 'map' && isIntrinsicMap(a, v))) {
        // `Properties: !If [...]`, `Fn::Transform`: properties we cannot see into. Like a CDK
        // `...props` spread, one `...` entry says so, and rules stay silent on what is missing.
        const keyRange: SourceRange = { start: pos.at(a.keyStart(attr)), end: pos.at(a.keyEnd(attr)) };
        ctx.path.push('...');
        const value = buildValue(a, ctx, v);
        ctx.path.pop();
        resource.properties = [{ key: '...', keyRange, value, range: { start: keyRange.start, end: value.range.end } }];
      }
    } else if (key === 'DependsOn') {
      dependsOnLinks(a, ctx, v);
    } else if (key === 'Metadata' && a.kind(v) === 'map' && a.intrinsicTag(v) === undefined) {
      // Read for suppressions only; its references are not links between resources.
      const links = ctx.links;
      ctx.links = [];
      ctx.path.length = 0;
      resource.metadata = buildProperties(a, ctx, v);
      ctx.links = links;
    }
  }
  resource.range.end = pos.at(Math.max(a.end(body), a.keyEnd(pair)));
  if (!typed) ctx.errors.push({ message: `Resource '${name}' has no Type.`, range: nameRange, severity: 'warning' });
  return resource;
}

/**
 * YAML reads a half-typed `Type: AWS::S3::` as a map whose first key is `AWS::S3:` and whose other
 * keys are the lines below it (`Properties:` …). Keep what the author typed as the type (kind
 * `unknown`) and hand the swallowed keys back as the resource's own attributes.
 */
function halfTypedType<N, P>(a: CfnAdapter<N, P>, ctx: Context, v: N, resource: Resource): P[] | undefined {
  if (a.kind(v) !== 'map' || a.intrinsicTag(v) !== undefined) return undefined;
  const pairs = a.pairs(v);
  const first = pairs[0];
  if (first === undefined) return undefined;
  const firstValue = a.value(first);
  if (firstValue !== undefined && a.kind(firstValue) !== 'null') return undefined;
  const start = a.start(v);
  const colon = a.keyEnd(first);
  const lineEnd = ctx.text.indexOf('\n', start);
  if (ctx.text.charCodeAt(colon) !== 58 /* : */ || (lineEnd >= 0 && lineEnd <= colon)) return undefined;
  resource.type = ctx.text.slice(start, colon + 1);
  resource.kind = kindOf(resource.type);
  resource.typeRange = ctx.pos.range(start, colon + 1);
  return pairs.slice(1);
}

function dependsOnLinks<N, P>(a: CfnAdapter<N, P>, ctx: Context, v: N): void {
  const one = (n: N | undefined) => {
    if (n === undefined || a.kind(n) !== 'string') return;
    const target = String(a.scalar(n));
    if (ctx.resourceNames.has(target) && target !== ctx.from) {
      ctx.links.push({ from: ctx.from, to: target, path: 'DependsOn', range: ctx.pos.range(a.innerStart(n), a.innerEnd(n)) });
    }
  };
  if (a.kind(v) === 'seq') for (const item of a.items(v)) one(item);
  else one(v);
}

function isIntrinsicMap<N, P>(a: CfnAdapter<N, P>, n: N): boolean {
  const pairs = a.pairs(n);
  return pairs.length === 1 && isIntrinsicKey(a.key(pairs[0]));
}

function buildProperties<N, P>(a: CfnAdapter<N, P>, ctx: Context, map: N): Property[] {
  const pairs = a.pairs(map);
  const { pos } = ctx;
  const out: Property[] = [];
  // Duplicate keys: a scan of the keys so far for small maps, a Set for big ones.
  const seen = pairs.length > SMALL_MAP ? new Set<string>() : undefined;
  for (const p of pairs) {
    const key = a.key(p);
    if (key === undefined) continue;
    if (seen ? seen.has(key) || (seen.add(key), false) : hasKey(out, key)) reportDuplicate(a, p, key, pos, ctx.errors);
    const tokenStart = a.keyTokenStart(p);
    const keyStart = a.keyStart(p);
    const start = pos.at(tokenStart);
    const keyRange: SourceRange = { start: tokenStart === keyStart ? start : pos.at(keyStart), end: pos.at(a.keyEnd(p)) };
    const v = a.value(p);
    let value: Value;
    if (v === undefined) {
      // `"Key":` with nothing after it (JSON): not null, just not written yet.
      value = { kind: 'unknown', text: '', range: { start: keyRange.end, end: keyRange.end } };
    } else {
      ctx.path.push(key);
      value = buildValue(a, ctx, v);
      ctx.path.pop();
    }
    // The property ends where its value does: one shared Position.
    out.push({ key, keyRange, value, range: { start, end: value.range.end } });
  }
  return out;
}

function hasKey(properties: Property[], key: string): boolean {
  for (let i = 0; i < properties.length; i++) if (properties[i].key === key) return true;
  return false;
}

function buildValue<N, P>(a: CfnAdapter<N, P>, ctx: Context, n: N): Value {
  const tag = a.intrinsicTag(n);
  if (tag !== undefined) return intrinsic(a, ctx, n, tag, n);
  const start = a.start(n);
  const startPos = ctx.pos.at(start);
  switch (a.kind(n)) {
    case 'map': {
      const pairs = a.pairs(n);
      if (pairs.length === 1) {
        const key = a.key(pairs[0]);
        if (isIntrinsicKey(key)) return intrinsic(a, ctx, n, key!, a.value(pairs[0]));
      }
      const properties = buildProperties(a, ctx, n);
      return { kind: 'map', properties, range: { start: startPos, end: ctx.pos.at(a.end(n)) } };
    }
    case 'seq': {
      const items: Value[] = [];
      for (const item of a.items(n)) if (item !== undefined) items.push(buildValue(a, ctx, item));
      return { kind: 'list', items, range: { start: startPos, end: ctx.pos.at(a.end(n)) } };
    }
    case 'string':
      return { kind: 'string', value: a.scalar(n) as string, range: { start: startPos, end: ctx.pos.at(a.end(n)) } };
    case 'number':
      return { kind: 'number', value: a.scalar(n) as number, range: { start: startPos, end: ctx.pos.at(a.end(n)) } };
    case 'boolean':
      return { kind: 'boolean', value: a.scalar(n) as boolean, range: { start: startPos, end: ctx.pos.at(a.end(n)) } };
    case 'null':
      return { kind: 'null', range: { start: startPos, end: ctx.pos.at(a.end(n)) } };
    default: {
      const end = a.end(n);
      return { kind: 'unknown', text: ctx.text.slice(start, end), range: { start: startPos, end: ctx.pos.at(end) } };
    }
  }
}

/**
 * An intrinsic call: `whole` is the node written in the template (tagged node or one-key map),
 * `arg` its argument (for a YAML tag the same node, whose tag is then ignored).
 * `Ref` and `Fn::GetAtt` with literal arguments are references; everything else is unknown,
 * with a link for every resource it mentions.
 */
function intrinsic<N, P>(a: CfnAdapter<N, P>, ctx: Context, whole: N, name: string, arg: N | undefined): Value {
  const start = a.start(whole);
  const end = a.end(whole);
  const text = ctx.text.slice(start, end);
  const startPos = ctx.pos.at(start);
  // Links inside the call come before its end, so its end position is taken after them (see Positions).
  if (arg === undefined) return { kind: 'unknown', text, range: { start: startPos, end: ctx.pos.at(end) } };
  if (arg !== whole && a.intrinsicTag(arg) !== undefined) {
    // `Ref: !Sub …` and the like: nothing literal to read.
    collectLinks(a, ctx, arg);
    return { kind: 'unknown', text, range: { start: startPos, end: ctx.pos.at(end) } };
  }
  // `!Ref` with nothing after it yet reads as an empty string: not a reference to anything.
  const kind = a.kind(arg) === 'string' && a.scalar(arg) === '' ? 'null' : a.kind(arg);
  if (name === 'Ref' && kind === 'string') {
    const target = String(a.scalar(arg));
    const range: SourceRange = { start: startPos, end: ctx.pos.at(end) };
    link(ctx, target, range);
    return { kind: 'reference', target, text, range };
  }
  if (name === 'Fn::GetAtt' && kind === 'string') {
    const { target, attribute } = splitGetAtt(String(a.scalar(arg)));
    const range: SourceRange = { start: startPos, end: ctx.pos.at(end) };
    link(ctx, target, range);
    return attribute === undefined ? { kind: 'reference', target, text, range } : { kind: 'reference', target, attribute, text, range };
  }
  if (name === 'Fn::GetAtt' && kind === 'seq') {
    const items = a.items(arg);
    const first = items[0];
    if (first !== undefined && a.kind(first) === 'string' && a.intrinsicTag(first) === undefined) {
      const target = String(a.scalar(first));
      const second = items[1];
      if (items.length === 2 && second !== undefined && a.kind(second) === 'string' && a.intrinsicTag(second) === undefined) {
        const range: SourceRange = { start: startPos, end: ctx.pos.at(end) };
        link(ctx, target, range);
        return { kind: 'reference', target, attribute: String(a.scalar(second)), text, range };
      }
      // The attribute is itself computed (`[Db, !Ref Attr]`): the target is known, the value is not.
      for (let i = 1; i < items.length; i++) collectLinks(a, ctx, items[i]);
      const range: SourceRange = { start: startPos, end: ctx.pos.at(end) };
      link(ctx, target, range);
      return { kind: 'unknown', text, range };
    }
  }
  if (name === 'Fn::Sub') {
    if (kind === 'string') subLinks(a, ctx, arg, undefined);
    else if (kind === 'seq') {
      const [template, vars] = a.items(arg);
      const varPairs = vars !== undefined && a.kind(vars) === 'map' && a.intrinsicTag(vars) === undefined ? a.pairs(vars) : undefined;
      // `${Name}` names a Sub-local variable when the map defines it, else a resource / parameter.
      const local = new Set<string>();
      if (varPairs) for (const p of varPairs) local.add(a.key(p) ?? '');
      if (template !== undefined && a.kind(template) === 'string' && a.intrinsicTag(template) === undefined) subLinks(a, ctx, template, local);
      else collectLinks(a, ctx, template);
      if (varPairs) for (const p of varPairs) collectLinks(a, ctx, a.value(p));
      else collectLinks(a, ctx, vars);
    }
    return { kind: 'unknown', text, range: { start: startPos, end: ctx.pos.at(end) } };
  }
  // The argument of a YAML tag is the tagged node itself: read its content, not its tag again.
  if (arg === whole) collectUntagged(a, ctx, arg);
  else collectLinks(a, ctx, arg);
  return { kind: 'unknown', text, range: { start: startPos, end: ctx.pos.at(end) } };
}

function link(ctx: Context, target: string, range: SourceRange): void {
  if (target !== ctx.from && ctx.resourceNames.has(target)) {
    ctx.links.push({ from: ctx.from, to: target, path: ctx.path.join('.'), range });
  }
}

function subLinks<N, P>(a: CfnAdapter<N, P>, ctx: Context, n: N, local: Set<string> | undefined): void {
  // The source text, not the unescaped value, so each `${X}` gets its exact range.
  const start = a.innerStart(n);
  const source = ctx.text.slice(start, a.innerEnd(n));
  for (const v of subVariables(source)) {
    if (local !== undefined && local.has(v.name)) continue;
    link(ctx, v.name, ctx.pos.range(start + v.start, start + v.end));
  }
}

/** Links from every reference anywhere inside an expression we do not evaluate. */
function collectLinks<N, P>(a: CfnAdapter<N, P>, ctx: Context, n: N | undefined): void {
  if (n === undefined) return;
  const tag = a.intrinsicTag(n);
  if (tag !== undefined) {
    intrinsic(a, ctx, n, tag, n);
    return;
  }
  collectUntagged(a, ctx, n);
}

/** Like collectLinks, ignoring the node's own tag (`!Base64 { Fn::Sub: … }` reads the inner call). */
function collectUntagged<N, P>(a: CfnAdapter<N, P>, ctx: Context, n: N): void {
  if (a.kind(n) === 'map') {
    const pairs = a.pairs(n);
    if (pairs.length === 1 && isIntrinsicKey(a.key(pairs[0]))) {
      intrinsic(a, ctx, n, a.key(pairs[0])!, a.value(pairs[0]));
      return;
    }
  }
  collectChildren(a, ctx, n);
}

function collectChildren<N, P>(a: CfnAdapter<N, P>, ctx: Context, n: N): void {
  const kind = a.kind(n);
  if (kind === 'seq') for (const item of a.items(n)) collectLinks(a, ctx, item);
  else if (kind === 'map') for (const p of a.pairs(n)) collectLinks(a, ctx, a.value(p));
}

/** Duplicate keys, reported here because yaml's own check is quadratic (see DESIGN.md). */
function reportDuplicates<N, P>(a: CfnAdapter<N, P>, pairs: readonly P[], pos: Positions, errors: ParseError[]): void {
  const n = pairs.length;
  if (n < 2) return;
  if (n <= SMALL_MAP) {
    for (let i = 1; i < n; i++) {
      const k = a.key(pairs[i]);
      if (k === undefined) continue;
      for (let j = 0; j < i; j++) {
        if (a.key(pairs[j]) === k) {
          reportDuplicate(a, pairs[i], k, pos, errors);
          break;
        }
      }
    }
    return;
  }
  const seen = new Set<string>();
  for (const p of pairs) {
    const k = a.key(p);
    if (k === undefined) continue;
    if (seen.has(k)) reportDuplicate(a, p, k, pos, errors);
    else seen.add(k);
  }
}

function reportDuplicate<N, P>(a: CfnAdapter<N, P>, p: P, key: string, pos: Positions, errors: ParseError[]): void {
  errors.push({ message: `Duplicate key '${key}'.`, range: pos.range(a.keyStart(p), a.keyEnd(p)), severity: 'warning' });
}
