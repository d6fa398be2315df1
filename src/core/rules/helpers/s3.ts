/**
 * What the S3 rules share: which separate resources configure a bucket (a Terraform
 * `aws_s3_bucket_public_access_block`, a CloudFormation `AWS::S3::BucketPolicy`), whether the
 * bucket keeps versions, and whether its props may hold more than we see. Never guesses: a
 * configuration resource whose bucket we cannot resolve makes the answer "cannot tell".
 */
import { findResource } from '../../model/query';
import type { ParsedDocument, Resource, Value } from '../../model/types';
import { bool, prop, str, sym, val } from './properties';
import { familyOf } from '../ruleTypes';

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

/**
 * Resources of `kind` whose `bucket` / `Bucket` property names this bucket: by reference
 * (`!Ref Logs`, `aws_s3_bucket.logs.id`, a CDK variable), by the same literal bucket name, or
 * (Terraform) by `for_each` over the bucket resource.
 */
export function bucketConfigs(doc: ParsedDocument, bucket: Resource, kind: string): BucketConfigs {
  const out: BucketConfigs = { configs: [], unresolved: false };
  const name = bucketName(bucket);
  for (const r of doc.resources) {
    if (r.kind !== kind || r === bucket) continue;
    if (doc.links.some(l => l.from === r.name && l.to === bucket.name && l.path === 'for_each')) {
      out.configs.push(r);
      continue;
    }
    const target = val(r, 'bucket');
    if (target?.kind === 'reference') {
      const res = findResource(doc, target.target);
      if (res === bucket) out.configs.push(r);
      else if (!res || res.role !== 'resource' && res.role !== 'data') out.unresolved = true;
    } else if (target?.kind === 'string') {
      if (name !== undefined && target.value === name) out.configs.push(r);
    } else out.unresolved = true;
  }
  return out;
}

export type VersioningState = 'enabled' | 'off' | 'unknown';

/** Whether the bucket keeps object versions: `off` only when we know it never does. */
export function versioningState(doc: ParsedDocument, bucket: Resource): VersioningState {
  switch (familyOf(bucket)) {
    case 'cloudformation': {
      const config = prop(bucket, 'VersioningConfiguration');
      if (!config) return hasHiddenProps(bucket) ? 'unknown' : 'off';
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
      if (!versioned) return hasHiddenProps(bucket) ? 'unknown' : 'off';
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

/** CDK props we cannot see into (`...props`, props passed as a variable): a missing property may be there. */
export function hasHiddenProps(resource: Resource): boolean {
  return resource.properties.some(p => p.key === '...');
}

const PUBLIC_ACLS = new Set(['publicread', 'publicreadwrite', 'authenticatedread', 'public-read', 'public-read-write', 'authenticated-read']);

/** A canned ACL that grants everyone (or every AWS account) access: CloudFormation `PublicRead`, Terraform `public-read`, CDK `PUBLIC_READ`. */
export function isPublicAcl(value: Value | undefined): boolean {
  const s = str(value) ?? sym(value)?.replace(/^s3\.BucketAccessControl\./, '').replace(/_/g, '');
  return s !== undefined && PUBLIC_ACLS.has(s.toLowerCase());
}

/**
 * The bucket is meant to be reachable by the public: a public canned ACL, website hosting,
 * CDK `publicReadAccess` / `grantPublicAccess()`. A fix that blocks public access would break it.
 */
export function publicIntent(doc: ParsedDocument, bucket: Resource): boolean {
  switch (familyOf(bucket)) {
    case 'cloudformation':
      return isPublicAcl(val(bucket, 'AccessControl')) || prop(bucket, 'WebsiteConfiguration') !== undefined;
    case 'terraform': {
      if (isPublicAcl(val(bucket, 'acl')) || prop(bucket, 'website') !== undefined) return true;
      const acls = bucketConfigs(doc, bucket, 'aws.s3.bucket-acl').configs;
      if (acls.some(a => isPublicAcl(val(a, 'acl')))) return true;
      return bucketConfigs(doc, bucket, 'tf.aws_s3_bucket_website_configuration').configs.length > 0;
    }
    case 'cdk':
      return (
        bool(bucket, 'publicReadAccess') === true ||
        isPublicAcl(val(bucket, 'accessControl')) ||
        prop(bucket, 'websiteIndexDocument') !== undefined ||
        prop(bucket, 'websiteRedirect') !== undefined ||
        bucket.calls.some(c => c.method === 'grantPublicAccess')
      );
  }
}
