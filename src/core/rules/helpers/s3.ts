/**
 * What the S3 rules share: which separate resources configure a bucket (a Terraform
 * `aws_s3_bucket_public_access_block`, a CloudFormation `AWS::S3::BucketPolicy`), whether the
 * bucket keeps versions, and whether its props may hold more than we see. Never guesses: a
 * configuration resource whose bucket we cannot resolve makes the answer "cannot tell".
 */
import type { ParsedDocument, Resource } from '../../model/types';
import { snakeCase } from '../../iac/cdk/cdkCommon';
import { bool, keyPath, prop, str, val } from './properties';
import { familyOf } from '../ruleTypes';
import { hasHidden } from './hidden';

export interface BucketConfigs {
  /** The resources of the kind that configure this bucket. */
  configs: Resource[];
  /** Some resource of the kind names a bucket we cannot resolve (a variable, a parameter, an expression): it may be this one. */
  unresolved: boolean;
}

/** The bucket's literal name (`BucketName`, `bucket`, `bucketName`), when written. */
export function bucketName(bucket: Resource): string | undefined {
  return str(bucket, familyOf(bucket) === 'terraform' ? 'bucket' : 'BucketName');
}

interface KindIndex {
  /** Configuration resources by the name of the bucket resource they refer to. */
  byTarget: Map<string, Resource[]>;
  /** Configuration resources by the literal bucket name they give. */
  byLiteral: Map<string, Resource[]>;
  unresolved: boolean;
}

/** Per parsed document (immutable once parsed): resources by name / variable, and configurations by bucket, per kind. */
const indexes = new WeakMap<ParsedDocument, { names: Map<string, Resource>; kinds: Map<string, KindIndex> }>();

function docIndex(doc: ParsedDocument) {
  let index = indexes.get(doc);
  if (!index) {
    const names = new Map<string, Resource>();
    // First match wins, as `findResource` does: a name before a variable.
    for (const r of doc.resources) if (!names.has(r.name)) names.set(r.name, r);
    for (const r of doc.resources) if (r.variable !== undefined && !names.has(r.variable)) names.set(r.variable, r);
    index = { names, kinds: new Map() };
    indexes.set(doc, index);
  }
  return index;
}

function push(map: Map<string, Resource[]>, key: string, r: Resource): void {
  const list = map.get(key);
  if (list) list.push(r);
  else map.set(key, [r]);
}

function kindIndex(doc: ParsedDocument, kind: string): KindIndex {
  const { names, kinds } = docIndex(doc);
  let index = kinds.get(kind);
  if (index) return index;
  index = { byTarget: new Map(), byLiteral: new Map(), unresolved: false };
  const isResource = (r: Resource | undefined): r is Resource => r !== undefined && (r.role === 'resource' || r.role === 'data');
  const forEach = new Map<string, string[]>();
  for (const l of doc.links) {
    if (l.path !== 'for_each') continue;
    const to = names.get(l.to);
    if (isResource(to)) forEach.set(l.from, [...(forEach.get(l.from) ?? []), to.name]);
  }
  for (const r of doc.resources) {
    if (r.kind !== kind) continue;
    // Terraform `for_each = aws_s3_bucket.logs` with `bucket = each.value.id`: one per instance of that bucket.
    const each = forEach.get(r.name);
    if (each) {
      for (const name of each) push(index.byTarget, name, r);
      continue;
    }
    const target = val(r, 'bucket');
    if (target?.kind === 'reference') {
      const res = names.get(target.target);
      if (isResource(res)) push(index.byTarget, res.name, r);
      else index.unresolved = true;
    } else if (target?.kind === 'string') push(index.byLiteral, target.value, r);
    else index.unresolved = true;
  }
  kinds.set(kind, index);
  return index;
}

/**
 * Resources of `kind` whose `bucket` / `Bucket` property names this bucket: by reference
 * (`!Ref Logs`, `aws_s3_bucket.logs.id`, a CDK variable), by the same literal bucket name, or
 * (Terraform) by `for_each` over the bucket resource.
 */
export function bucketConfigs(doc: ParsedDocument, bucket: Resource, kind: string): BucketConfigs {
  const index = kindIndex(doc, kind);
  const name = bucketName(bucket);
  const configs = [...(index.byTarget.get(bucket.name) ?? []), ...(name !== undefined ? index.byLiteral.get(name) ?? [] : [])].filter(r => r !== bucket);
  return { configs, unresolved: index.unresolved };
}

export type VersioningState = 'enabled' | 'off' | 'unknown';

/** Whether the bucket keeps object versions: `off` only when we know it never does. */
export function versioningState(doc: ParsedDocument, bucket: Resource): VersioningState {
  switch (familyOf(bucket)) {
    case 'cloudformation': {
      const config = prop(bucket, 'VersioningConfiguration');
      if (!config) return hasHidden(bucket) ? 'unknown' : 'off';
      const status = str(config.value, 'Status');
      return status === 'Enabled' || status === 'Suspended' ? 'enabled' : 'unknown';
    }
    case 'terraform': {
      const inline = prop(bucket, 'versioning');
      if (inline) {
        const enabled = bool(inline.value, 'enabled');
        return enabled === true ? 'enabled' : enabled === false ? 'off' : 'unknown';
      }
      const { configs, unresolved } = bucketConfigs(doc, bucket, 'aws.s3.bucket-versioning');
      if (configs.length === 0) return unresolved ? 'unknown' : 'off';
      // Suspended keeps the versions made before: treat it like Enabled.
      const statuses = configs.map(c => str(c, 'versioning_configuration.status'));
      if (statuses.some(s => s === 'Enabled' || s === 'Suspended')) return 'enabled';
      return statuses.every(s => s === 'Disabled') ? 'off' : 'unknown';
    }
    case 'cdk': {
      const versioned = prop(bucket, 'versioned');
      if (!versioned) return hasHidden(bucket) ? 'unknown' : 'off';
      const v = bool(versioned.value);
      return v === true ? 'enabled' : v === false ? 'off' : 'unknown';
    }
  }
}

/** A name for a new resource of `type` that no resource of the file uses yet (`Logs`, `Logs2`, …). */
export function freshName(doc: ParsedDocument, type: string, base: string): string {
  const taken = (n: string) => doc.resources.some(r => r.name === n || r.name === `${type}.${n}` || r.variable === n);
  let name = base;
  for (let i = 2; taken(name); i++) name = `${base}${i}`;
  return name;
}

/** The Terraform local name of a resource address (`aws_s3_bucket.logs` → `logs`). */
export function localName(resource: Resource): string {
  return resource.name.split('.').pop()!;
}


/** A CloudFormation key as the author of this file writes it (`BlockPublicAcls`, `blockPublicAcls`, `block_public_acls`), for messages. */
export function displayKey(resource: Resource, cfnKey: string): string {
  return resource.format === 'cdk-python' ? snakeCase(cfnKey) : keyPath(resource, cfnKey);
}
