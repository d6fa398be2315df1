/**
 * IAM policy documents, read from the model in every format into one shape, so a rule about
 * policies is written once. Nothing is guessed: a value that is not a literal is "cannot tell".
 *
 * API
 * - `policiesOf(resource, ctx)` → `HeldPolicy[]`: every policy document a resource holds, each with
 *   its `use` (`identity` | `resource` | `trust` | `document`) and its `document` (undefined when the
 *   value cannot be read). References are followed: Terraform `data.aws_iam_policy_document.x.json`,
 *   CDK `iam.PolicyStatement`s linked to a policy / role / user / group / bucket.
 *   Covers CloudFormation and CDK L1 (`PolicyDocument`, `Policies[].PolicyDocument`,
 *   `AssumeRolePolicyDocument` of IAM policies / roles / users / groups, S3 / SQS / SNS resource
 *   policies), Terraform (`policy` as `jsonencode({...})`, JSON heredoc or string, a policy document
 *   data source; `assume_role_policy`; `inline_policy {}`), the `aws_iam_policy_document` data source
 *   itself (`use: 'document'`), and CDK L2 policies / principals / buckets.
 * - `readPolicyDocument(value, owner, ctx)` → `PolicyDocument | undefined`: one document from a value (a map,
 *   a JSON string, a reference to a policy document data source).
 * - `readPolicyDocumentDataSource(resource)` and `readCdkStatement(resource)`: the two statement
 *   sources that are resources of their own.
 * - Small predicates: `matchesPattern`, `grantsAction`, `hasLiteral`, `conditionValues`.
 *
 * Shape: `PolicyStatement { effect, actions, notActions, resources, notResources, principal,
 * notPrincipal, conditions, range, resource }`. A `PolicyList` field is absent (undefined) when the
 * statement does not have it; present with `values: undefined` when some item is not a literal
 * (`items` still holds the literal ones with their ranges). `conditions: undefined` means the
 * Condition block cannot be read. `statement.resource` is the resource the statement is written in
 * (a CDK statement or a Terraform data source when followed through a reference), so a rule that
 * also runs on those resources can skip statements that are not its own and report each once.
 */
import { parseTree, type Node as JsonNode } from 'jsonc-parser';
import { LineIndex } from '../../model/lineIndex';
import { linksFrom, resourcesNamed } from '../../model/query';
import type { ParsedDocument, Property, Resource, SourceRange, Value } from '../../model/types';
import { familyOf } from '../ruleTypes';
import { items, prop, str, sym, val } from './properties';
import { templateText } from './templateText';

export interface PolicyContext {
  readonly doc: ParsedDocument;
  readonly text: string;
}

export interface PolicyItem {
  value: string;
  range: SourceRange;
}

/** `Action`, `Resource`… as written: one string or a list. */
export interface PolicyList {
  /** Every item's text; undefined when any item is not a literal (cannot tell the whole list). */
  values: string[] | undefined;
  /** The literal items with their ranges (also when other items are not literals). */
  items: PolicyItem[];
  /**
   * Per item, its text with `${…}` placeholders left in (a literal, a `!Sub` / `Fn::Sub` template, a
   * Terraform interpolated string); undefined for an item that is neither. Only where documents are
   * read from JSON-shaped values (CloudFormation, Terraform `jsonencode` / heredoc); absent otherwise.
   */
  patterns?: (string | undefined)[];
  /** The value (the list, the single string, or for CDK the first place the items come from). */
  range: SourceRange;
  /** The key (`Action`, `actions`), or the method name of a CDK fill-in call. */
  keyRange: SourceRange;
}

export interface PolicyPrincipal {
  /**
   * Anyone: `"*"`, `{ AWS: "*" }` (or `*` in its list), Terraform `principals { type = "*" }` or AWS
   * `["*"]`, CDK `AnyPrincipal` / `StarPrincipal` / `ArnPrincipal('*')` / `addAnyPrincipal()`.
   * false when every entry is known and none is; undefined when it cannot be told.
   */
  anyone: boolean | undefined;
  /** By principal type (`AWS`, `Service`, `Federated`, `CanonicalUser`; `*` for the string form). CDK principal objects are not listed. */
  entries: { type: string; values: PolicyList }[];
  range: SourceRange;
}

export interface PolicyCondition {
  /** As written: `Bool`, `StringEquals`, `ForAnyValue:StringLike`, `BoolIfExists`. */
  operator: string;
  /** As written: `aws:SecureTransport`. Condition keys are case-insensitive in AWS: compare with `sameKey`. */
  key: string;
  /** The values as text (booleans and numbers too); undefined when not all are literals. */
  values: string[] | undefined;
  range: SourceRange;
}

export type Effect = 'Allow' | 'Deny';

export interface PolicyStatement {
  sid?: string;
  /** undefined when missing in a JSON document (invalid) or not a literal. CDK and Terraform default to Allow. */
  effect: Effect | undefined;
  effectRange?: SourceRange;
  actions?: PolicyList;
  notActions?: PolicyList;
  resources?: PolicyList;
  notResources?: PolicyList;
  principal?: PolicyPrincipal;
  notPrincipal?: PolicyPrincipal;
  /** [] when there is none; undefined when the condition block cannot be read. */
  conditions: PolicyCondition[] | undefined;
  range: SourceRange;
  /** The resource the statement is written in. */
  resource: Resource;
}

export interface PolicyDocument {
  statements: PolicyStatement[];
  /** false when some statements could not be read (or may be added elsewhere): absence of a statement proves nothing. */
  complete: boolean;
  range: SourceRange;
}

/** Identity policies grant a principal permissions; resource policies name principals; trust policies say who may assume a role. */
export type PolicyUse = 'identity' | 'resource' | 'trust' | 'document';

export interface HeldPolicy {
  use: PolicyUse;
  /** undefined when the document cannot be read (a parameter, an `!If`, a variable). */
  document: PolicyDocument | undefined;
  /** The value that holds (or refers to) the document. */
  range: SourceRange;
}

// ---- predicates --------------------------------------------------------------------------------

const patternCache = new Map<string, RegExp>();

/** IAM wildcard matching (`*`, `?`), case-insensitive like action names: `s3:Get*` matches `s3:GetObject`. */
export function matchesPattern(pattern: string, text: string): boolean {
  let re = patternCache.get(pattern);
  if (!re) {
    re = new RegExp(`^${pattern.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.')}$`, 'is');
    if (patternCache.size < 5000) patternCache.set(pattern, re);
  }
  return re.test(text);
}

/**
 * Whether the statement's Action / NotAction covers `action`: true / false, or undefined when it
 * cannot be told (non-literal items, neither key).
 */
export function grantsAction(statement: PolicyStatement, action: string): boolean | undefined {
  if (statement.actions) {
    if (statement.actions.items.some(i => matchesPattern(i.value, action))) return true;
    return statement.actions.values ? false : undefined;
  }
  if (statement.notActions) {
    if (statement.notActions.items.some(i => matchesPattern(i.value, action))) return false;
    return statement.notActions.values ? true : undefined;
  }
  return undefined;
}

/** Whether a list holds this literal exactly (`*` in Resource). */
export function hasLiteral(list: PolicyList | undefined, value: string): PolicyItem | undefined {
  return list?.items.find(i => i.value === value);
}

/** Condition keys compare without case (`aws:securetransport`). */
export function sameKey(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}

/** The conditions on `key` under one of `operators` (exact operator names, e.g. `['Bool', 'BoolIfExists']`). */
export function conditionValues(statement: PolicyStatement, operators: readonly string[], key: string): PolicyCondition[] {
  return (statement.conditions ?? []).filter(c => operators.includes(c.operator) && sameKey(c.key, key));
}

// ---- reading JSON-shaped documents ---------------------------------------------------------------

function literalText(v: Value): string | undefined {
  if (v.kind === 'string') return v.value;
  if (v.kind === 'number' || v.kind === 'boolean') return String(v.value);
  return undefined;
}

function listOf(value: Value, keyRange: SourceRange): PolicyList {
  const all = value.kind === 'list' ? value.items : [value];
  const literal: PolicyItem[] = [];
  let known = value.kind !== 'unknown' && value.kind !== 'reference';
  const patterns: (string | undefined)[] = [];
  for (const item of all) {
    const t = literalText(item);
    if (t === undefined) known = false;
    else literal.push({ value: t, range: item.range });
    patterns.push(t ?? (item.kind === 'unknown' ? templateText(item.text) : undefined));
  }
  return { values: known ? literal.map(i => i.value) : undefined, items: literal, patterns, range: value.range, keyRange };
}

function listAt(owner: Value, key: string): PolicyList | undefined {
  const p = prop(owner, key);
  return p ? listOf(p.value, p.keyRange) : undefined;
}

function jsonPrincipal(p: Property): PolicyPrincipal {
  const v = p.value;
  if (v.kind === 'string') {
    const entry = { type: '*', values: listOf(v, p.keyRange) };
    return { anyone: v.value === '*', entries: [entry], range: v.range };
  }
  if (v.kind !== 'map') return { anyone: undefined, entries: [], range: v.range };
  const entries = v.properties.map(e => ({ type: e.key, values: listOf(e.value, e.keyRange) }));
  const aws = entries.filter(e => e.type === 'AWS');
  const anyone = aws.some(e => e.values.items.some(i => i.value === '*'))
    ? true
    : entries.every(e => e.values.values !== undefined) ? false : undefined;
  return { anyone, entries, range: v.range };
}

function jsonConditions(v: Value | undefined): PolicyCondition[] | undefined {
  if (!v) return [];
  if (v.kind !== 'map') return undefined;
  const out: PolicyCondition[] = [];
  for (const op of v.properties) {
    if (op.value.kind !== 'map') return undefined;
    for (const k of op.value.properties) {
      const values = listOf(k.value, k.keyRange).values;
      out.push({ operator: op.key, key: k.key, values, range: k.range });
    }
  }
  return out;
}

function effectOf(v: Value | undefined, fallback: Effect | undefined): { effect: Effect | undefined; range?: SourceRange } {
  if (!v) return { effect: fallback };
  const s = str(v);
  return { effect: s === 'Allow' || s === 'Deny' ? s : undefined, range: v.range };
}

/** One statement written as IAM JSON (CloudFormation, CDK L1, `jsonencode`, a JSON string). */
function jsonStatement(v: Value, resource: Resource): PolicyStatement | undefined {
  if (v.kind !== 'map') return undefined;
  const { effect, range: effectRange } = effectOf(val(v, 'Effect'), undefined);
  const principal = prop(v, 'Principal');
  const notPrincipal = prop(v, 'NotPrincipal');
  return {
    sid: str(v, 'Sid'),
    effect,
    effectRange,
    actions: listAt(v, 'Action'),
    notActions: listAt(v, 'NotAction'),
    resources: listAt(v, 'Resource'),
    notResources: listAt(v, 'NotResource'),
    principal: principal && jsonPrincipal(principal),
    notPrincipal: notPrincipal && jsonPrincipal(notPrincipal),
    conditions: jsonConditions(val(v, 'Condition')),
    range: v.range,
    resource,
  };
}

function jsonDocument(v: Value, resource: Resource): PolicyDocument | undefined {
  if (v.kind !== 'map') return undefined;
  const statement = val(v, 'Statement');
  if (!statement) return { statements: [], complete: true, range: v.range };
  if (statement.kind !== 'list' && statement.kind !== 'map') return { statements: [], complete: false, range: v.range };
  const statements: PolicyStatement[] = [];
  let complete = true;
  for (const item of items(statement)) {
    const s = jsonStatement(item, resource);
    if (s) statements.push(s);
    else complete = false;
  }
  return { statements, complete, range: v.range };
}

// One document is linted at a time: remember the last text's line index and facts.
let lastText: string | undefined;
let lastIndex: LineIndex | undefined;
let lastAddsToDocument = false;

function lineIndexOf(text: string): LineIndex {
  if (text !== lastText || !lastIndex) remember(text);
  return lastIndex!;
}

function remember(text: string): void {
  lastText = text;
  lastIndex = new LineIndex(text);
  // `policy.document.addStatements(...)` adds statements the model does not record.
  lastAddsToDocument = /\.document\s*\.\s*add_?[sS]tatements\s*\(/.test(text);
}

/**
 * A JSON string (Terraform heredoc or quoted string, CloudFormation JSON string) as a model map.
 * Ranges are exact when the JSON appears verbatim in the source (a heredoc); otherwise every
 * part gets the string's range.
 */
function jsonStringValue(v: Value & { kind: 'string' }, text: string): Value | undefined {
  const body = v.value.trim();
  if (!body.startsWith('{')) return undefined;
  const tree = parseTree(body, [], { allowTrailingComma: false, disallowComments: true });
  if (!tree || tree.type !== 'object') return undefined;
  const lines = lineIndexOf(text);
  const from = lines.offsetAt(v.range.start);
  const source = text.slice(from, lines.offsetAt(v.range.end));
  const at = source.indexOf(body);
  const base = at >= 0 ? from + at : undefined;
  const range = (n: { offset: number; length: number }): SourceRange =>
    base === undefined ? v.range : lines.range(base + n.offset, base + n.offset + n.length);
  const convert = (n: JsonNode): Value | undefined => {
    const r = range(n);
    switch (n.type) {
      case 'string':
        return { kind: 'string', value: String(n.value), range: r };
      case 'number':
        return { kind: 'number', value: Number(n.value), range: r };
      case 'boolean':
        return { kind: 'boolean', value: Boolean(n.value), range: r };
      case 'null':
        return { kind: 'null', range: r };
      case 'array': {
        const out: Value[] = [];
        for (const c of n.children ?? []) {
          const x = convert(c);
          if (!x) return undefined;
          out.push(x);
        }
        return { kind: 'list', items: out, range: r };
      }
      case 'object': {
        const properties: Property[] = [];
        for (const p of n.children ?? []) {
          const [k, x] = p.children ?? [];
          const value = x && convert(x);
          if (!k || !value) return undefined;
          properties.push({ key: String(k.value), keyRange: range(k), value, range: range(p) });
        }
        return { kind: 'map', properties, range: r };
      }
      default:
        return undefined;
    }
  };
  return convert(tree);
}

/** A document from a value: a map, a JSON string, or a reference to a Terraform policy document data source. */
export function readPolicyDocument(value: Value | undefined, owner: Resource, ctx: PolicyContext): PolicyDocument | undefined {
  if (!value) return undefined;
  if (value.kind === 'map') return jsonDocument(value, owner);
  if (value.kind === 'string') {
    const parsed = jsonStringValue(value, ctx.text);
    return parsed && jsonDocument(parsed, owner);
  }
  if (value.kind === 'reference' && (value.attribute === 'json' || value.attribute === 'minified_json')) {
    const source = resourcesNamed(ctx.doc, value.target)[0];
    if (source?.kind === 'aws.iam.policy-document' && source.format === 'terraform') return readPolicyDocumentDataSource(source);
  }
  return undefined;
}

// ---- Terraform aws_iam_policy_document -----------------------------------------------------------

function tfPrincipal(v: Value | undefined): PolicyPrincipal | undefined {
  if (!v) return undefined;
  const blocks = items(v);
  const entries: PolicyPrincipal['entries'] = [];
  let anyone: boolean | undefined = false;
  for (const b of blocks) {
    const type = str(b, 'type');
    const ids = val(b, 'identifiers');
    if (b.kind !== 'map' || type === undefined || !ids) {
      anyone = anyone || undefined;
      continue;
    }
    const values = listOf(ids, prop(b, 'identifiers')!.keyRange);
    entries.push({ type, values });
    if (type === '*' || (type === 'AWS' && values.items.some(i => i.value === '*'))) anyone = true;
    else if (values.values === undefined && type === 'AWS') anyone = anyone || undefined;
  }
  return { anyone, entries, range: v.range };
}

function tfConditions(v: Value | undefined): PolicyCondition[] | undefined {
  if (!v) return [];
  const out: PolicyCondition[] = [];
  for (const b of items(v)) {
    const test = str(b, 'test');
    const variable = str(b, 'variable');
    const values = val(b, 'values');
    if (test === undefined || variable === undefined || !values) return undefined;
    out.push({ operator: test, key: variable, values: listOf(values, b.range).values, range: b.range });
  }
  return out;
}

function tfList(block: Value, key: string): PolicyList | undefined {
  const p = prop(block, key);
  return p ? listOf(p.value, p.keyRange) : undefined;
}

/** The statements of a Terraform `aws_iam_policy_document` data source. */
export function readPolicyDocumentDataSource(source: Resource): PolicyDocument {
  const statementProp = prop(source, 'statement');
  const merged = ['source_policy_documents', 'override_policy_documents', 'source_json', 'override_json'].some(k => prop(source, k));
  const overridden = prop(source, 'override_policy_documents') !== undefined || prop(source, 'override_json') !== undefined;
  let complete = !merged && !prop(source, 'dynamic') && source.repeated === undefined;
  const statements: PolicyStatement[] = [];
  for (const b of items(statementProp?.value)) {
    if (b.kind !== 'map') {
      complete = false;
      continue;
    }
    const sid = str(b, 'sid');
    // An override document replaces the statement with the same sid: this one may not survive.
    if (overridden && (sid !== undefined || prop(b, 'sid'))) {
      complete = false;
      continue;
    }
    const principals = prop(b, 'principals');
    const notPrincipals = prop(b, 'not_principals');
    const { effect, range: effectRange } = effectOf(val(b, 'effect'), 'Allow');
    statements.push({
      sid,
      effect,
      effectRange,
      actions: tfList(b, 'actions'),
      notActions: tfList(b, 'not_actions'),
      resources: tfList(b, 'resources'),
      notResources: tfList(b, 'not_resources'),
      principal: principals && tfPrincipal(principals.value),
      notPrincipal: notPrincipals && tfPrincipal(notPrincipals.value),
      conditions: tfConditions(val(b, 'condition')),
      range: b.range,
      resource: source,
    });
  }
  return { statements, complete, range: source.range };
}

// ---- CDK iam.PolicyStatement ---------------------------------------------------------------------

const ANY_PRINCIPAL = /^(?:new\s+)?(?:[\w$]+\.)*(?:AnyPrincipal|StarPrincipal)\s*\(\s*\)$/;
const ARN_PRINCIPAL_STAR = /^(?:new\s+)?(?:[\w$]+\.)*ArnPrincipal\s*\(\s*(['"])\*\1\s*\)$/;

function principalText(v: Value): string | undefined {
  if (v.kind === 'unknown') return v.text.trim();
  if (v.kind === 'symbol') return v.value;
  return undefined;
}

/** Growing list for a CDK field filled from props and `add*` calls. */
class ListBuilder {
  values: string[] | undefined = [];
  items: PolicyItem[] = [];
  range: SourceRange | undefined;
  keyRange: SourceRange | undefined;

  add(values: readonly Value[], range: SourceRange, keyRange: SourceRange): void {
    this.range ??= range;
    this.keyRange ??= keyRange;
    for (const v of values) {
      if (v.kind === 'list') {
        this.add(v.items, range, keyRange);
        continue;
      }
      const t = literalText(v);
      if (t === undefined) this.values = undefined;
      else {
        this.items.push({ value: t, range: v.range });
        this.values?.push(t);
      }
    }
  }

  unknown(range: SourceRange, keyRange: SourceRange): void {
    this.range ??= range;
    this.keyRange ??= keyRange;
    this.values = undefined;
  }

  build(): PolicyList | undefined {
    return this.range && this.keyRange ? { values: this.values, items: this.items, range: this.range, keyRange: this.keyRange } : undefined;
  }
}

class PrincipalBuilder {
  anyone: boolean | undefined = false;
  range: SourceRange | undefined;
  entries: PolicyPrincipal['entries'] = [];

  add(values: readonly Value[], range: SourceRange): void {
    this.range ??= range;
    for (const v of values) {
      if (v.kind === 'list') {
        this.add(v.items, range);
        continue;
      }
      const t = principalText(v);
      if (t !== undefined && (ANY_PRINCIPAL.test(t) || ARN_PRINCIPAL_STAR.test(t))) this.anyone = true;
      else if (this.anyone === false && !(t !== undefined && /^(?:new\s+)?(?:[\w$]+\.)*(?:ServicePrincipal|AccountRootPrincipal|AccountPrincipal|OrganizationPrincipal|FederatedPrincipal|CanonicalUserPrincipal)\s*\(/.test(t))) {
        this.anyone = undefined; // a variable, an ArnPrincipal of something: cannot tell
      }
    }
  }

  entry(type: string, value: Value, keyRange: SourceRange, range: SourceRange): void {
    this.range ??= range;
    const values = listOf(value, keyRange);
    this.entries.push({ type, values });
    if (type === 'AWS' && values.items.some(i => i.value === '*')) this.anyone = true;
    else if (values.values === undefined && this.anyone === false) this.anyone = undefined;
  }

  build(): PolicyPrincipal | undefined {
    return this.range && { anyone: this.anyone, entries: this.entries, range: this.range };
  }
}

function cdkConditionMap(v: Value | undefined, out: PolicyCondition[]): boolean {
  if (!v) return true;
  if (v.kind !== 'map') return false;
  for (const op of v.properties) {
    if (op.value.kind !== 'map') return false;
    for (const k of op.value.properties) out.push({ operator: op.key, key: k.key, values: listOf(k.value, k.keyRange).values, range: k.range });
  }
  return true;
}

/** A CDK `iam.PolicyStatement` resource with its props and fill-in calls (`addActions`, `addAnyPrincipal`…). */
export function readCdkStatement(statement: Resource): PolicyStatement {
  const lists = { actions: new ListBuilder(), notActions: new ListBuilder(), resources: new ListBuilder(), notResources: new ListBuilder() };
  for (const key of Object.keys(lists) as (keyof typeof lists)[]) {
    const p = prop(statement, key);
    if (p) lists[key].add([p.value], p.value.range, p.keyRange);
  }
  const principal = new PrincipalBuilder();
  const notPrincipal = new PrincipalBuilder();
  const pp = prop(statement, 'principals');
  if (pp) principal.add([pp.value], pp.value.range);
  const np = prop(statement, 'notPrincipals');
  if (np) notPrincipal.add([np.value], np.value.range);
  const conditions: PolicyCondition[] = [];
  let conditionsKnown = cdkConditionMap(val(statement, 'conditions'), conditions);

  for (const c of statement.calls) {
    const args = c.arguments;
    switch (c.method) {
      case 'addActions':
        lists.actions.add(args, c.range, c.nameRange);
        break;
      case 'addNotActions':
        lists.notActions.add(args, c.range, c.nameRange);
        break;
      case 'addResources':
        lists.resources.add(args, c.range, c.nameRange);
        break;
      case 'addNotResources':
        lists.notResources.add(args, c.range, c.nameRange);
        break;
      case 'addAllResources':
        lists.resources.add([{ kind: 'string', value: '*', range: c.nameRange }], c.range, c.nameRange);
        break;
      case 'addPrincipals':
        principal.add(args, c.range);
        break;
      case 'addNotPrincipals':
        notPrincipal.add(args, c.range);
        break;
      case 'addAnyPrincipal':
        principal.add([{ kind: 'unknown', text: 'AnyPrincipal()', range: c.nameRange }], c.range);
        break;
      case 'addArnPrincipal':
      case 'addAwsAccountPrincipal':
      case 'addAccountRootPrincipal':
        if (c.method === 'addAccountRootPrincipal') principal.add([{ kind: 'unknown', text: 'AccountRootPrincipal()', range: c.nameRange }], c.range);
        else if (args[0]) principal.entry('AWS', args[0], c.nameRange, c.range);
        else principal.add([{ kind: 'unknown', text: '?', range: c.range }], c.range);
        break;
      case 'addServicePrincipal':
        if (args[0]) principal.entry('Service', args[0], c.nameRange, c.range);
        break;
      case 'addFederatedPrincipal':
        if (args[0]) principal.entry('Federated', args[0], c.nameRange, c.range);
        if (!cdkConditionMap(args[1], conditions)) conditionsKnown = false;
        break;
      case 'addCanonicalUserPrincipal':
        if (args[0]) principal.entry('CanonicalUser', args[0], c.nameRange, c.range);
        break;
      case 'addCondition': {
        const op = args[0] && literalText(args[0]);
        const key = args[1] && literalText(args[1]);
        if (op === undefined || key === undefined || !args[2]) conditionsKnown = false;
        else conditions.push({ operator: op, key, values: listOf(args[2], c.nameRange).values, range: c.range });
        break;
      }
      case 'addConditions':
        if (!cdkConditionMap(args[0], conditions)) conditionsKnown = false;
        break;
    }
  }
  const effectValue = val(statement, 'effect');
  let effect: Effect | undefined = 'Allow';
  if (effectValue) {
    const s = sym(effectValue);
    effect = s === 'iam.Effect.ALLOW' ? 'Allow' : s === 'iam.Effect.DENY' ? 'Deny' : undefined;
  }
  return {
    sid: str(statement, 'sid'),
    effect,
    effectRange: effectValue?.range,
    actions: lists.actions.build(),
    notActions: lists.notActions.build(),
    resources: lists.resources.build(),
    notResources: lists.notResources.build(),
    principal: principal.build(),
    notPrincipal: notPrincipal.build(),
    conditions: conditionsKnown ? conditions : undefined,
    range: statement.range,
    resource: statement,
  };
}

// ---- what a resource holds -----------------------------------------------------------------------

function held(use: PolicyUse, value: Value, ctx: PolicyContext, owner: Resource): HeldPolicy {
  return { use, document: readPolicyDocument(value, owner, ctx), range: value.range };
}

function inlinePolicies(resource: Resource, ctx: PolicyContext, key: string, documentKey: string): HeldPolicy[] {
  const p = prop(resource, key);
  if (!p) return [];
  if (p.value.kind !== 'list' && p.value.kind !== 'map') return [{ use: 'identity', document: undefined, range: p.value.range }];
  return items(p.value).map(item => {
    const d = val(item, documentKey);
    return d ? held('identity', d, ctx, resource) : { use: 'identity' as const, document: undefined, range: item.range };
  });
}

const CFN_DOCUMENT_KINDS: Record<string, PolicyUse> = {
  'aws.iam.policy': 'identity',
  'aws.iam.managed-policy': 'identity',
  'aws.iam.user-policy': 'identity',
  'aws.iam.group-policy': 'identity',
  'aws.iam.role-policy': 'identity',
  'aws.s3.bucket-policy': 'resource',
  'aws.sqs.queue-policy': 'resource',
  'aws.sns.topic-policy': 'resource',
};

function cloudFormationPolicies(resource: Resource, ctx: PolicyContext): HeldPolicy[] {
  const out: HeldPolicy[] = [];
  const use = CFN_DOCUMENT_KINDS[resource.kind];
  if (use) {
    const d = val(resource, 'PolicyDocument');
    if (d) out.push(held(use, d, ctx, resource));
  }
  if (resource.kind === 'aws.iam.role' || resource.kind === 'aws.iam.user' || resource.kind === 'aws.iam.group') {
    out.push(...inlinePolicies(resource, ctx, 'Policies', 'PolicyDocument'));
  }
  if (resource.kind === 'aws.iam.role') {
    const trust = val(resource, 'AssumeRolePolicyDocument');
    if (trust) out.push(held('trust', trust, ctx, resource));
  }
  return out;
}

const TF_POLICY_KINDS: Record<string, PolicyUse> = {
  'aws.iam.managed-policy': 'identity',
  'aws.iam.user-policy': 'identity',
  'aws.iam.group-policy': 'identity',
  'aws.iam.role-policy': 'identity',
  'aws.s3.bucket-policy': 'resource',
  'aws.s3.bucket': 'resource',
};

function terraformPolicies(resource: Resource, ctx: PolicyContext): HeldPolicy[] {
  if (resource.kind === 'aws.iam.policy-document') {
    return resource.role === 'data' ? [{ use: 'document', document: readPolicyDocumentDataSource(resource), range: resource.range }] : [];
  }
  const out: HeldPolicy[] = [];
  const use = TF_POLICY_KINDS[resource.kind];
  if (use && resource.role === 'resource') {
    const p = val(resource, 'policy');
    if (p) out.push(held(use, p, ctx, resource));
  }
  if (resource.kind === 'aws.iam.role') {
    const trust = val(resource, 'assume_role_policy');
    if (trust) out.push(held('trust', trust, ctx, resource));
    out.push(...inlinePolicies(resource, ctx, 'inline_policy', 'policy'));
  }
  return out;
}

/** Where CDK L2 constructs take statements: props and methods, as link paths. */
const CDK_STATEMENT_PATHS: Record<string, { use: PolicyUse; paths: RegExp }> = {
  'aws.iam.policy': { use: 'identity', paths: /^(statements|document|calls\.addStatements)(\.|$)/ },
  'aws.iam.managed-policy': { use: 'identity', paths: /^(statements|document|calls\.addStatements)(\.|$)/ },
  'aws.iam.role': { use: 'identity', paths: /^(inlinePolicies|calls\.addToPolicy|calls\.addToPrincipalPolicy)(\.|$)/ },
  'aws.iam.user': { use: 'identity', paths: /^(inlinePolicies|calls\.addToPolicy|calls\.addToPrincipalPolicy)(\.|$)/ },
  'aws.iam.group': { use: 'identity', paths: /^(inlinePolicies|calls\.addToPolicy|calls\.addToPrincipalPolicy)(\.|$)/ },
  'aws.s3.bucket': { use: 'resource', paths: /^calls\.addToResourcePolicy$/ },
};

/**
 * A CDK L2 construct's statements. Statements are resources linked from their holder; the document
 * is complete only when every prop that holds statements is a plain list of them.
 */
function cdkPolicies(resource: Resource, ctx: PolicyContext): HeldPolicy[] {
  const spec = CDK_STATEMENT_PATHS[resource.kind];
  if (!spec) return [];
  // Through the document's link index: a scan of every link and resource per resource was quadratic.
  const names = new Set(linksFrom(ctx.doc, resource).filter(l => spec.paths.test(l.path)).map(l => l.to));
  const statementResources = [...new Set([...names].flatMap(n => resourcesNamed(ctx.doc, n)))]
    .filter(r => r.kind === 'aws.iam.policy-statement')
    .sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
  let complete = true;
  for (const key of ['statements', 'document', 'inlinePolicies']) {
    const p = prop(resource, key);
    if (!p || !spec.paths.test(key)) continue;
    if (key === 'statements' && p.value.kind === 'list') {
      // Each item a statement (a reference to one, or a Python map that is one).
      if (p.value.items.some(i => i.kind !== 'reference' && i.kind !== 'map')) complete = false;
    } else complete = false;
  }
  for (const c of resource.calls) {
    if (/^(addToPolicy|addToPrincipalPolicy|addToResourcePolicy|addStatements)$/.test(c.method) && c.arguments.some(a => a.kind !== 'reference')) complete = false;
  }
  // Statements can be added through methods the model does not record (`policy.document.addStatements`).
  if (ctx.text !== lastText) remember(ctx.text);
  if (lastAddsToDocument) complete = false;
  if (statementResources.length === 0 && complete) return [];
  return [{
    use: spec.use,
    document: { statements: statementResources.map(readCdkStatement), complete, range: resource.range },
    range: resource.typeRange,
  }];
}

/** Every policy document the resource holds (see the top of this file). */
export function policiesOf(resource: Resource, ctx: PolicyContext): HeldPolicy[] {
  switch (familyOf(resource)) {
    case 'cloudformation':
      return cloudFormationPolicies(resource, ctx);
    case 'terraform':
      return terraformPolicies(resource, ctx);
    case 'cdk':
      return cdkPolicies(resource, ctx);
  }
}
