/**
 * Bucket policies and public exposure for the S3 rules: the statements that apply to a bucket
 * (CloudFormation / Terraform bucket policy resources, the Terraform v3 inline `policy`, CDK
 * `addToResourcePolicy(…)` and `s3.BucketPolicy`), when a statement makes a bucket public (S3's
 * own definition: it allows anyone and no condition pins who), and whether a bucket is meant to
 * be public at all (which decides whether a "block public access" fix would break it).
 */
import type { ParsedDocument, Resource, Value } from '../../model/types';
import { familyOf } from '../ruleTypes';
import { policiesOf, readCdkStatement, type PolicyCondition, type PolicyContext, type PolicyStatement } from './policy';
import { bool, prop, str, sym, val } from './properties';
import { bucketConfigs } from './s3';
import { linksFrom, resourcesNamed } from '../../model/query';

export interface BucketStatements {
  statements: PolicyStatement[];
  /** false when a policy of the bucket cannot be read, or statements may be added where we do not see them. */
  complete: boolean;
  /** The bucket policy resources found for the bucket. */
  policies: Resource[];
}

/** The statements of one bucket policy resource (CloudFormation, Terraform, CDK L1 or L2). */
export function policyResourceStatements(ctx: PolicyContext, policy: Resource): { statements: PolicyStatement[]; complete: boolean } {
  if (familyOf(policy) === 'cdk') {
    // `new s3.BucketPolicy(…)`: statements linked from its props; `policy.document.addStatements(…)` is not seen.
    const names = new Set(linksFrom(ctx.doc, policy).map(l => l.to));
    const statements = [...new Set([...names].flatMap(n => resourcesNamed(ctx.doc, n)))]
      .filter(r => r.kind === 'aws.iam.policy-statement')
      .sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character)
      .map(readCdkStatement);
    return { statements, complete: false };
  }
  const out: PolicyStatement[] = [];
  let complete = true;
  const held = policiesOf(policy, ctx);
  if (held.length === 0) complete = false;
  for (const h of held) {
    if (!h.document) complete = false;
    else {
      out.push(...h.document.statements);
      if (!h.document.complete) complete = false;
    }
  }
  return { statements: out, complete };
}

/** Every statement that applies to the bucket, from the policies we can link to it. */
export function bucketStatements(ctx: PolicyContext, bucket: Resource): BucketStatements {
  const { configs, unresolved } = bucketConfigs(ctx.doc, bucket, 'aws.s3.bucket-policy');
  const out: BucketStatements = { statements: [], complete: !unresolved, policies: configs };
  for (const p of configs) {
    const s = policyResourceStatements(ctx, p);
    out.statements.push(...s.statements);
    if (!s.complete) out.complete = false;
  }
  // The bucket's own: Terraform v3 `policy`, CDK `addToResourcePolicy(…)`.
  for (const h of policiesOf(bucket, ctx)) {
    if (!h.document) out.complete = false;
    else {
      out.statements.push(...h.document.statements);
      if (!h.document.complete) out.complete = false;
    }
  }
  return out;
}

/** Condition keys that pin who can use an Allow to fixed values, so S3 does not count it as public. */
const PINNING_KEYS = new Set([
  'aws:sourceip', 'aws:sourcearn', 'aws:sourcevpc', 'aws:sourcevpce', 'aws:sourceowner', 'aws:sourceaccount',
  'aws:sourceorgid', 'aws:sourceorgpaths', 'aws:userid', 'aws:principalorgid', 'aws:principalorgpaths',
  'aws:principalaccount', 'aws:principalarn', 'aws:principalservicename', 's3:dataaccesspointarn',
  's3:dataaccesspointaccount', 's3:x-amz-server-side-encryption-aws-kms-key-id',
]);

/**
 * Operators that require the key to match: `…IfExists` and `ForAllValues:` are true when the key
 * is missing (an anonymous request has no `aws:PrincipalOrgID`), negated operators allow everyone else.
 */
const PINNING_OPERATOR = /^(?:ForAnyValue:)?(?:StringEquals|StringEqualsIgnoreCase|StringLike|ArnEquals|ArnLike|IpAddress)$/i;

function pins(c: PolicyCondition): boolean {
  if (!PINNING_KEYS.has(c.key.toLowerCase()) || !PINNING_OPERATOR.test(c.operator)) return false;
  // Values we cannot read are pinned to something; `*` or an all-addresses range is not.
  return !(c.values ?? []).some(v => v === '*' || v === '0.0.0.0/0' || v === '::/0');
}

/**
 * Whether the statement makes the bucket public: an Allow for anyone (`"*"`, `{AWS: "*"}`,
 * `AnyPrincipal`) with no condition that pins who. undefined when it cannot be told.
 */
export function isPublicStatement(s: PolicyStatement): boolean | undefined {
  if (s.effect !== 'Allow') return s.effect === 'Deny' ? false : undefined;
  const anyone = s.principal?.anyone;
  if (anyone !== true) return anyone === false || !s.principal ? false : undefined;
  if (!s.conditions) return undefined;
  return !s.conditions.some(pins);
}

const PUBLIC_ACLS = new Set(['publicread', 'publicreadwrite', 'authenticatedread']);

/** A canned ACL that grants everyone (or every AWS account) access: CloudFormation `PublicRead`, Terraform `public-read`, CDK `PUBLIC_READ`. */
export function publicAcl(value: Value | undefined): string | undefined {
  const written = str(value) ?? sym(value);
  if (written === undefined) return undefined;
  const bare = written.replace(/^s3\.BucketAccessControl\./, '').replace(/[-_]/g, '').toLowerCase();
  return PUBLIC_ACLS.has(bare) ? written : undefined;
}

/**
 * The bucket is meant to be reachable by the public: a public canned ACL, website hosting, a
 * public bucket policy, CDK `publicReadAccess` / `grantPublicAccess()`. A fix that blocks public
 * access (or moves objects to archive classes) would break it.
 */
export function publicIntent(ctx: { doc: ParsedDocument; text: string }, bucket: Resource): boolean {
  const doc = ctx.doc;
  const publicPolicy = () => bucketStatements(ctx, bucket).statements.some(s => isPublicStatement(s) === true);
  switch (familyOf(bucket)) {
    case 'cloudformation':
      return publicAcl(val(bucket, 'AccessControl')) !== undefined || prop(bucket, 'WebsiteConfiguration') !== undefined || publicPolicy();
    case 'terraform':
      return (
        publicAcl(val(bucket, 'acl')) !== undefined ||
        prop(bucket, 'website') !== undefined ||
        bucketConfigs(doc, bucket, 'aws.s3.bucket-acl').configs.some(a => publicAcl(val(a, 'acl')) !== undefined) ||
        bucketConfigs(doc, bucket, 'tf.aws_s3_bucket_website_configuration').configs.length > 0 ||
        publicPolicy()
      );
    case 'cdk':
      return (
        bool(bucket, 'publicReadAccess') === true ||
        publicAcl(val(bucket, 'accessControl')) !== undefined ||
        prop(bucket, 'websiteIndexDocument') !== undefined ||
        prop(bucket, 'websiteRedirect') !== undefined ||
        bucket.calls.some(c => c.method === 'grantPublicAccess') ||
        publicPolicy()
      );
  }
}
