/**
 * What the IAM rules share: which policies are attached to a user / group / role (inline, managed
 * policy ARNs, policy resources naming it, Terraform attachment resources, CDK methods), group
 * membership, AWS managed policy ARNs, and which identity statements a resource writes itself.
 * Nothing is guessed: something that may attach to a principal but cannot be resolved makes the
 * answer "unresolved", and callers stay silent.
 */
import type { Link, ParsedDocument, Resource, SourceRange, Value } from '../../model/types';
import { familyOf } from '../ruleTypes';
import { hasLiteral, policiesOf, readCdkStatement, readPolicyDocumentDataSource, type PolicyContext, type PolicyDocument, type PolicyItem, type PolicyStatement } from './policy';
import { items, normKey, prop, str, val } from './properties';
import { templateText } from './templateText';

// Rules ask the same questions for every user and group of a document: answer each once per document.
interface DocCache {
  byName: Map<string, Resource>;
  linksFrom: Map<string, Link[]>;
  linksTo: Map<string, Link[]>;
  attachments: Map<Resource, Attachments>;
  groups: Map<Resource, Membership>;
  documents: Map<Resource, { documents: PolicyDocument[]; opaque: boolean }>;
  identity: Map<Resource, PolicyStatement[]>;
  names: Map<string, NameIndex>;
}

const caches = new WeakMap<ParsedDocument, DocCache>();

function cacheOf(ctx: PolicyContext): DocCache {
  let c = caches.get(ctx.doc);
  if (!c) {
    const byName = new Map<string, Resource>();
    for (const r of ctx.doc.resources) if (!byName.has(r.name)) byName.set(r.name, r);
    for (const r of ctx.doc.resources) if (r.variable && !byName.has(r.variable)) byName.set(r.variable, r);
    const linksFrom = new Map<string, Link[]>();
    const linksTo = new Map<string, Link[]>();
    for (const l of ctx.doc.links) {
      if (!linksFrom.has(l.from)) linksFrom.set(l.from, []);
      if (!linksTo.has(l.to)) linksTo.set(l.to, []);
      linksFrom.get(l.from)!.push(l);
      linksTo.get(l.to)!.push(l);
    }
    c = { byName, linksFrom, linksTo, attachments: new Map(), groups: new Map(), documents: new Map(), names: new Map(), identity: new Map() };
    caches.set(ctx.doc, c);
  }
  return c;
}

/** A resource of the document by name (logical id, address, construct id) or CDK variable. */
function lookup(ctx: PolicyContext, name: string): Resource | undefined {
  return cacheOf(ctx).byName.get(name);
}

export type PrincipalKind = 'user' | 'group' | 'role';

export function principalKind(r: Resource): PrincipalKind | undefined {
  if (r.kind === 'aws.iam.user') return 'user';
  if (r.kind === 'aws.iam.group') return 'group';
  if (r.kind === 'aws.iam.role') return 'role';
  return undefined;
}

/** The principal's own name when written as a literal (`UserName`, `name`, `userName`). */
export function principalName(r: Resource): string | undefined {
  const kind = principalKind(r);
  if (!kind) return undefined;
  return familyOf(r) === 'terraform' ? str(r, 'name') : str(r, `${kind}Name`);
}

// ---- AWS managed policy ARNs ---------------------------------------------------------------------

const MANAGED_ARN = /^arn:(?:aws|aws-cn|aws-us-gov|aws-iso(?:-[a-z])?|\$\{AWS::Partition\}|\$\{data\.aws_partition\.[\w-]+\.partition\}):iam::aws:policy\/(?:[\w+=,.@-]+\/)*([\w+=,.@-]+)$/;

/**
 * The AWS managed policy an ARN value names (`AdministratorAccess`), from a literal, a `!Sub` with
 * only `${AWS::Partition}`, Terraform's `data.aws_partition.x.partition`, or CDK
 * `ManagedPolicy.fromAwsManagedPolicyName('X')` / `fromManagedPolicyArn(scope, id, 'arn:…')`.
 */
export function awsManagedPolicyName(v: Value | undefined): string | undefined {
  if (!v) return undefined;
  if (v.kind === 'string') return MANAGED_ARN.exec(v.value)?.[1];
  const text = v.kind === 'symbol' ? v.value : v.kind === 'unknown' ? v.text.trim() : undefined;
  if (text === undefined) return undefined;
  const byName = /^(?:[\w$]+\.)*ManagedPolicy\.(?:fromAwsManagedPolicyName|from_aws_managed_policy_name)\(\s*(['"])([\w+=,.@/-]+)\1\s*\)$/.exec(text);
  if (byName) return byName[2].split('/').pop();
  const byArn = /^(?:[\w$]+\.)*ManagedPolicy\.(?:fromManagedPolicyArn|from_managed_policy_arn)\(\s*[\w.]+\s*,\s*(['"])[^'"]*\1\s*,\s*(['"])([^'"]+)\2\s*\)$/.exec(text);
  if (byArn) return MANAGED_ARN.exec(byArn[3])?.[1];
  const template = templateText(text);
  return template === undefined ? undefined : MANAGED_ARN.exec(template)?.[1];
}

// ---- attachments ---------------------------------------------------------------------------------

export interface AttachedPolicy {
  /** The resource where the attachment is written: the principal itself, a policy naming it, an attachment resource. */
  via: Resource;
  /** Where: the ARN, the `Users` item, the attachment's `user`, the principal's `Policies`. */
  range: SourceRange;
  /** An AWS managed policy, by name. */
  awsManaged?: string;
  /** The documents read; an AWS managed policy has none. */
  documents: PolicyDocument[];
  /** Part of the content cannot be told (a customer managed ARN, a variable, an unreadable document). */
  opaque: boolean;
  /** The policy resource of this file whose content this is. */
  source?: Resource;
}

export interface Attachments {
  policies: AttachedPolicy[];
  /** Something in the file may attach policies to this principal but cannot be resolved. */
  unresolved: boolean;
}

/** Kinds of resources that attach policies to principals named in them. */
const ATTACHING_KINDS = new Set([
  'aws.iam.policy', 'aws.iam.managed-policy', 'aws.iam.user-policy', 'aws.iam.group-policy', 'aws.iam.role-policy',
  'aws.iam.user-policy-attachment', 'aws.iam.group-policy-attachment', 'aws.iam.role-policy-attachment', 'aws.iam.policy-attachment',
]);

/** Keys that name principals, per kind (CloudFormation `Users` / `UserName`, Terraform `user(s)`, CDK `users`). */
const PRINCIPAL_KEYS: Record<PrincipalKind, Set<string>> = {
  user: new Set(['users', 'user', 'username']),
  group: new Set(['groups', 'group', 'groupname']),
  role: new Set(['roles', 'role', 'rolename']),
};

type Match = 'yes' | 'no' | 'maybe';

/** Whether one item of a `Users` / `user` value names the principal: by reference, or by its literal name. */
export function refersTo(item: Value, principal: Resource, ctx: PolicyContext): Match {
  if (item.kind === 'reference') {
    if (item.target === principal.name || item.target === principal.variable) return 'yes';
    // Another resource of the file: not this one. A parameter / variable: may be.
    return lookup(ctx, item.target) ? 'no' : 'maybe';
  }
  if (item.kind === 'string') {
    const own = principalName(principal);
    if (own !== undefined) return own === item.value ? 'yes' : 'no';
    // CloudFormation and CDK generate a name; Terraform's `name` is required (here not a literal).
    return familyOf(principal) === 'terraform' ? 'maybe' : 'no';
  }
  return 'maybe';
}

interface Naming {
  r: Resource;
  range: SourceRange;
}

/** Which principals the resources of some kinds name, indexed once per document. */
interface NameIndex {
  byTarget: Map<string, Naming[]>;
  literals: { value: string; naming: Naming }[];
  /** Some item may name any principal of the kind (a parameter, a variable, an expression). */
  unknown: boolean;
}

function nameIndex(ctx: PolicyContext, kinds: ReadonlySet<string>, kind: PrincipalKind): NameIndex {
  const cache = cacheOf(ctx);
  const key = `${[...kinds].join(',')}:${kind}`;
  let index = cache.names.get(key);
  if (index) return index;
  index = { byTarget: new Map(), literals: [], unknown: false };
  const add = (target: string, naming: Naming) => {
    const list = index!.byTarget.get(target);
    if (list) list.push(naming);
    else index!.byTarget.set(target, [naming]);
  };
  // CDK: `policy.attachToUser(user)` is a link from the policy.
  const method = `calls.attachTo${kind.charAt(0).toUpperCase()}${kind.slice(1)}`;
  for (const r of ctx.doc.resources) {
    if (!kinds.has(r.kind) || r.role !== 'resource') continue;
    for (const p of r.properties) {
      if (!PRINCIPAL_KEYS[kind].has(normKey(p.key))) continue;
      if (p.value.kind !== 'list' && p.value.kind !== 'reference' && p.value.kind !== 'string') {
        index.unknown = true;
        continue;
      }
      for (const item of items(p.value)) {
        const target = item.kind === 'reference' ? lookup(ctx, item.target) : undefined;
        if (target) add(target.name, { r, range: item.range });
        else if (item.kind === 'string') index.literals.push({ value: item.value, naming: { r, range: item.range } });
        else index.unknown = true;
      }
    }
    for (const l of cache.linksFrom.get(r.name) ?? []) if (l.path === method) add(l.to, { r, range: l.range });
  }
  cache.names.set(key, index);
  return index;
}

/** The resources (of the index's kinds) that name this principal, first place each; and whether others may. */
function namedBy(principal: Resource, index: NameIndex): { namings: Naming[]; maybe: boolean } {
  const all = [...(index.byTarget.get(principal.name) ?? [])];
  let maybe = index.unknown;
  const own = principalName(principal);
  if (own !== undefined) all.push(...index.literals.filter(l => l.value === own).map(l => l.naming));
  // CloudFormation and CDK generate a name no literal can match; Terraform's `name` is required (here not a literal).
  else if (index.literals.length > 0 && familyOf(principal) === 'terraform') maybe = true;
  const seen = new Set<Resource>();
  return { namings: all.filter(n => !seen.has(n.r) && seen.add(n.r)), maybe };
}

function documentsOf(r: Resource, ctx: PolicyContext): { documents: PolicyDocument[]; opaque: boolean } {
  const cache = cacheOf(ctx).documents;
  let out = cache.get(r);
  if (!out) {
    const held = policiesOf(r, ctx).filter(h => h.use === 'identity');
    const documents = held.map(h => h.document).filter((d): d is PolicyDocument => d !== undefined);
    out = { documents, opaque: documents.length !== held.length };
    cache.set(r, out);
  }
  return out;
}

/** What a policy ARN value attaches: an AWS managed policy, a policy of this file, or something opaque. */
function byArn(v: Value, via: Resource, ctx: PolicyContext): AttachedPolicy {
  const name = awsManagedPolicyName(v);
  if (name) return { via, range: v.range, awsManaged: name, documents: [], opaque: false };
  if (v.kind === 'reference') {
    const target = lookup(ctx, v.target);
    if (target && (target.kind === 'aws.iam.managed-policy' || target.kind === 'aws.iam.policy') && target.role === 'resource') {
      return { via, range: v.range, source: target, ...documentsOf(target, ctx) };
    }
  }
  return { via, range: v.range, documents: [], opaque: true };
}

/** The content an attaching resource attaches: its own documents, or the policy its `policy_arn` names. */
function attachedBy(r: Resource, range: SourceRange, ctx: PolicyContext): AttachedPolicy {
  if (r.kind.endsWith('-attachment')) {
    const arn = val(r, 'policy_arn');
    return arn ? { ...byArn(arn, r, ctx), range } : { via: r, range, documents: [], opaque: true };
  }
  return { via: r, range, source: r, ...documentsOf(r, ctx) };
}

/** The principal's own attachments: inline policies, managed policy ARNs, CDK methods. */
function ownAttachments(principal: Resource, ctx: PolicyContext): AttachedPolicy[] {
  const out: AttachedPolicy[] = [];
  for (const h of policiesOf(principal, ctx)) {
    if (h.use !== 'identity') continue;
    out.push({ via: principal, range: h.range, documents: h.document ? [h.document] : [], opaque: !h.document });
  }
  const family = familyOf(principal);
  const arnsKey = family === 'cdk' ? 'managedPolicies' : 'ManagedPolicyArns';
  const arns = prop(principal, arnsKey);
  if (arns) {
    if (arns.value.kind === 'list') for (const item of arns.value.items) out.push(byArn(item, principal, ctx));
    else out.push({ via: principal, range: arns.value.range, documents: [], opaque: true });
  }
  if (family === 'cdk') {
    for (const c of principal.calls) {
      if (c.method === 'addManagedPolicy') {
        for (const a of c.arguments) out.push(byArn(a, principal, ctx));
      } else if (c.method === 'attachInlinePolicy') {
        for (const a of c.arguments) {
          const target = a.kind === 'reference' ? lookup(ctx, a.target) : undefined;
          if (target?.kind === 'aws.iam.policy') out.push({ via: principal, range: a.range, source: target, ...documentsOf(target, ctx) });
          else out.push({ via: principal, range: a.range, documents: [], opaque: true });
        }
      }
    }
  }
  return out;
}

/** Every policy attached to a user, group or role in this file. */
export function attachmentsOf(principal: Resource, ctx: PolicyContext): Attachments {
  const cache = cacheOf(ctx).attachments;
  let out = cache.get(principal);
  if (!out) cache.set(principal, (out = computeAttachments(principal, ctx)));
  return out;
}

function computeAttachments(principal: Resource, ctx: PolicyContext): Attachments {
  const kind = principalKind(principal);
  if (!kind) return { policies: [], unresolved: false };
  const policies = ownAttachments(principal, ctx);
  const { namings, maybe } = namedBy(principal, nameIndex(ctx, ATTACHING_KINDS, kind));
  // A policy also attached with `user.attachInlinePolicy(policy)` is counted once.
  for (const n of namings) if (!policies.some(p => p.source === n.r)) policies.push(attachedBy(n.r, n.range, ctx));
  const unresolved = maybe;
  return { policies, unresolved };
}

// ---- group membership ----------------------------------------------------------------------------

export interface Membership {
  /** Groups (or users, for `membersOf`) of this file. */
  resources: Resource[];
  /** Some membership cannot be resolved (a group outside the file, a variable). */
  unresolved: boolean;
}

function resolveAll(values: Value[], want: PrincipalKind, ctx: PolicyContext): Membership {
  const resources: Resource[] = [];
  let unresolved = false;
  for (const v of values) {
    for (const item of items(v)) {
      const target = item.kind === 'reference' ? lookup(ctx, item.target) : undefined;
      if (target && principalKind(target) === want) resources.push(target);
      else if (item.kind === 'string') {
        const byName = ctx.doc.resources.find(r => principalKind(r) === want && principalName(r) === item.value);
        if (byName) resources.push(byName);
        else unresolved = true; // a group outside this file
      } else unresolved = true;
    }
  }
  return { resources, unresolved };
}

const MEMBERSHIP_KINDS = new Set(['aws.iam.user-to-group-addition', 'aws.iam.group-membership']);

/** Groups a user belongs to (user `Groups`, `addToGroup`, `group.addUser`, membership resources). */
export function groupsOf(user: Resource, ctx: PolicyContext): Membership {
  const cache = cacheOf(ctx).groups;
  let out = cache.get(user);
  if (!out) cache.set(user, (out = computeGroups(user, ctx)));
  return out;
}

function computeGroups(user: Resource, ctx: PolicyContext): Membership {
  const values: Value[] = [];
  const groups = val(user, 'Groups');
  if (groups) values.push(groups);
  for (const c of user.calls) if (c.method === 'addToGroup') values.push(...c.arguments);
  const own = resolveAll(values, 'group', ctx);
  const resources = [...own.resources];
  let unresolved = own.unresolved;
  for (const r of ctx.doc.resources) {
    if (principalKind(r) !== 'group') continue;
    for (const c of r.calls) {
      if (c.method !== 'addUser') continue;
      for (const a of c.arguments) {
        const m = refersTo(a, user, ctx);
        if (m === 'yes') resources.push(r);
        else if (m === 'maybe') unresolved = true;
      }
    }
  }
  const { namings, maybe } = namedBy(user, nameIndex(ctx, MEMBERSHIP_KINDS, 'user'));
  if (maybe) unresolved = true;
  for (const { r } of namings) {
    const g = resolveAll(r.properties.filter(p => PRINCIPAL_KEYS.group.has(normKey(p.key))).map(p => p.value), 'group', ctx);
    resources.push(...g.resources);
    if (g.unresolved) unresolved = true;
  }
  return { resources: [...new Set(resources)], unresolved };
}

/** Users of this file in a group; unresolved when some membership may add others we cannot see. */
export function membersOf(group: Resource, ctx: PolicyContext): Membership {
  const users = ctx.doc.resources.filter(r => principalKind(r) === 'user' && groupsOf(r, ctx).resources.includes(group));
  // A membership resource or `addUser` naming users outside the file.
  let unresolved = false;
  for (const { r } of namedBy(group, nameIndex(ctx, MEMBERSHIP_KINDS, 'group')).namings) {
    if (resolveAll(r.properties.filter(p => PRINCIPAL_KEYS.user.has(normKey(p.key))).map(p => p.value), 'user', ctx).unresolved) unresolved = true;
  }
  if (group.calls.some(c => c.method === 'addUser' && c.arguments.some(a => a.kind !== 'reference'))) unresolved = true;
  return { resources: users, unresolved };
}

// ---- identity statements written in a resource ----------------------------------------------------

const BOUNDARY = /permissions_?boundary/i;

/** A managed policy used as a permissions boundary: an Allow `*` there only caps permissions. */
export function isPermissionsBoundary(r: Resource, ctx: PolicyContext): boolean {
  if ((cacheOf(ctx).linksTo.get(r.name) ?? []).some(l => BOUNDARY.test(l.path))) return true;
  if (r.variable && familyOf(r) === 'cdk') {
    const b = boundaryVariables(ctx);
    return /^(this|self)\./.test(r.variable) ? b.written.has(r.variable) : b.bare.has(r.variable);
  }
  return false;
}

const BOUNDARY_APPLY = /PermissionsBoundary\.of\([^)]*\)\.apply\(\s*((?:this\.|self\.)?)([\w$]+)\s*\)/g;
const boundaryCache = new WeakMap<ParsedDocument, { written: Set<string>; bare: Set<string> }>();

/** Variables handed to `PermissionsBoundary.of(…).apply(x)`, found in one scan of the text (not one per policy). */
function boundaryVariables(ctx: PolicyContext): { written: Set<string>; bare: Set<string> } {
  let b = boundaryCache.get(ctx.doc);
  if (!b) {
    b = { written: new Set(), bare: new Set() };
    if (ctx.text.includes('PermissionsBoundary')) {
      for (const m of ctx.text.matchAll(BOUNDARY_APPLY)) {
        b.written.add(m[1] + m[2]);
        b.bare.add(m[2]);
      }
    }
    boundaryCache.set(ctx.doc, b);
  }
  return b;
}

/** Holders of identity statements that other resources (CDK statements, Terraform documents) feed. */
const IDENTITY_HOLDER_PATHS: Record<string, RegExp> = {
  'aws.iam.policy': /^(statements|document|policyDocument|calls\.addStatements)(\.|$)/,
  'aws.iam.managed-policy': /^(statements|document|policyDocument|calls\.addStatements|policy)(\.|$)/,
  'aws.iam.role': /^(inlinePolicies|inline_policy|policies|calls\.addToPolicy|calls\.addToPrincipalPolicy)(\.|$)/,
  'aws.iam.user': /^(policies|calls\.addToPolicy|calls\.addToPrincipalPolicy)(\.|$)/,
  'aws.iam.group': /^(policies|calls\.addToPolicy|calls\.addToPrincipalPolicy)(\.|$)/,
  'aws.iam.user-policy': /^(policy|policyDocument)$/,
  'aws.iam.group-policy': /^(policy|policyDocument)$/,
  'aws.iam.role-policy': /^(policy|policyDocument)$/,
};

/** Whether a CDK statement or Terraform policy document feeds an identity policy (not a boundary). */
function feedsIdentityPolicy(r: Resource, ctx: PolicyContext): boolean {
  return (cacheOf(ctx).linksTo.get(r.name) ?? []).some(l => {
    if (l.to !== r.name) return false;
    // `fn.addToRolePolicy(s)`, `new lambda.Function(…, { initialPolicy: [s] })`: the construct's role.
    if (/^(calls\.addToRolePolicy|initialPolicy)(\.|$)/.test(l.path)) return true;
    const holder = lookup(ctx, l.from);
    const paths = holder && IDENTITY_HOLDER_PATHS[holder.kind];
    return !!holder && !!paths && paths.test(l.path) && !isPermissionsBoundary(holder, ctx);
  });
}

/**
 * The identity-policy statements written in this resource, each once: an IAM policy's or a
 * principal's own documents (not trust or resource policies, not a permissions boundary); a CDK
 * `iam.PolicyStatement` or a Terraform policy document data source that feeds an identity policy.
 * Statements a resource only refers to (a data source, a CDK statement) are reported where written.
 */
export function identityStatements(r: Resource, ctx: PolicyContext): PolicyStatement[] {
  // Two rules ask the same question of every resource: answer it once per document.
  const cache = cacheOf(ctx).identity;
  let out = cache.get(r);
  if (!out) cache.set(r, (out = computeIdentityStatements(r, ctx)));
  return out;
}

function computeIdentityStatements(r: Resource, ctx: PolicyContext): PolicyStatement[] {
  if (r.kind === 'aws.iam.policy-statement' && familyOf(r) === 'cdk') {
    const s = readCdkStatement(r);
    return !s.principal && !s.notPrincipal && feedsIdentityPolicy(r, ctx) ? [s] : [];
  }
  if (r.kind === 'aws.iam.policy-document' && r.role === 'data') {
    if (!feedsIdentityPolicy(r, ctx)) return [];
    return readPolicyDocumentDataSource(r).statements.filter(s => !s.principal && !s.notPrincipal);
  }
  if ((r.kind === 'aws.iam.managed-policy' || r.kind === 'aws.iam.policy') && isPermissionsBoundary(r, ctx)) return [];
  const out: PolicyStatement[] = [];
  for (const h of policiesOf(r, ctx)) {
    if (h.use !== 'identity' || !h.document) continue;
    for (const s of h.document.statements) if (s.resource === r && !s.principal && !s.notPrincipal) out.push(s);
  }
  return out;
}

/** Where a principal's managed policy ARNs are written (CloudFormation / CDK L1 / Terraform role / CDK L2 props and calls). */
export function managedPolicyArnValues(principal: Resource): Value[] {
  const family = familyOf(principal);
  const out: Value[] = [];
  const key = family === 'cdk' ? 'managedPolicies' : family === 'terraform' ? 'managed_policy_arns' : 'ManagedPolicyArns';
  const v = val(principal, key);
  if (v?.kind === 'list') out.push(...v.items);
  if (family === 'cdk') for (const c of principal.calls) if (c.method === 'addManagedPolicy') out.push(...c.arguments);
  return out;
}

/** The `*` (or `*:*`) action item of an Allow statement on resource `*`: full administrator access. */
export function adminAction(s: PolicyStatement): PolicyItem | undefined {
  if (s.effect !== 'Allow' || !hasLiteral(s.resources, '*')) return undefined;
  return hasLiteral(s.actions, '*') ?? hasLiteral(s.actions, '*:*');
}

/** A readable name for a finding: a CDK statement by its variable or the construct holding it. */
export function labelOf(r: Resource, ctx: PolicyContext): string {
  if (r.kind !== 'aws.iam.policy-statement') return r.name;
  return r.variable ?? cacheOf(ctx).linksTo.get(r.name)?.[0]?.from ?? r.name;
}

/**
 * Whether the principal is handed to something we do not model, which may attach policies to it:
 * a Terraform module, a nested stack or custom resource, an unmapped resource type, or (CDK) its
 * variable passed to a function or a construct of this file that is not an AWS construct.
 */
export function handedElsewhere(principal: Resource, ctx: PolicyContext): boolean {
  for (const l of cacheOf(ctx).linksTo.get(principal.name) ?? []) {
    const from = lookup(ctx, l.from);
    if (!from || from.role === 'module' || from.kind === 'unknown' || from.kind.startsWith('tf.') || from.kind === 'aws.cloudformation.stack') return true;
  }
  if (familyOf(principal) !== 'cdk' || !principal.variable) return false;
  const lines = lineStarts(ctx.text);
  const name = principal.variable.replace(/[.$]/g, m => `\\${m}`);
  const use = new RegExp(`(?<![\\w$.])${name}(?![\\w$])`, 'g');
  const inside = (offset: number) => {
    const pos = positionAt(lines, offset);
    const within = (r: SourceRange) => before(r.start, pos) && before(pos, r.end);
    return ctx.doc.resources.some(r => within(r.range) || r.calls.some(c => within(c.range)));
  };
  for (const m of ctx.text.matchAll(use)) if (!inside(m.index!)) return true;
  return false;
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
  return starts;
}

function positionAt(starts: number[], offset: number): { line: number; character: number } {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo, character: offset - starts[lo] };
}

function before(a: { line: number; character: number }, b: { line: number; character: number }): boolean {
  return a.line < b.line || (a.line === b.line && a.character <= b.character);
}
