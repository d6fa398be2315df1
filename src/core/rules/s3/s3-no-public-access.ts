/**
 * Explicit public exposure of a bucket: a public canned ACL or an ACL grant to everyone, a Block
 * Public Access setting turned off, a bucket policy statement that allows anyone without a
 * condition that pins who (S3's own meaning of "public"), CDK `publicReadAccess: true` and
 * `grantPublicAccess()`. A Deny for anyone (the usual TLS-only statement) is not public. A website
 * bucket behind a deliberate public policy is public too: that is what this rule reports, and a
 * team that means it suppresses the finding with a reason.
 */
import { snakeCase } from '../../iac/cdk/cdkCommon';
import { findResource, walkValues } from '../../model/query';
import type { Property, Resource, Value } from '../../model/types';
import { bool, keyPath, prop, str, sym, val } from '../helpers/properties';
import { displayKey } from '../helpers/s3';
import { policiesOf, type PolicyStatement } from '../helpers/policy';
import { isPublicStatement, policyResourceStatements, publicAcl } from '../helpers/s3Policy';
import { familyOf, type RuleContext, type RuleModule } from '../ruleTypes';

const FLAGS = ['BlockPublicAcls', 'IgnorePublicAcls', 'BlockPublicPolicy', 'RestrictPublicBuckets'] as const;
const ACL_FLAGS: ReadonlySet<string> = new Set(['BlockPublicAcls', 'IgnorePublicAcls']);
const CHECKED_KINDS = ['aws.s3.bucket', 'aws.s3.bucket-public-access-block', 'aws.s3.bucket-acl', 'aws.s3.bucket-policy'];
const PUBLIC_GROUP = /acs\.amazonaws\.com\/groups\/global\/(AllUsers|AuthenticatedUsers)\b/;

const rule: RuleModule = {
  meta: {
    id: 's3-no-public-access',
    category: 'security',
    defaultSeverity: 'error',
    appliesTo: CHECKED_KINDS,
    formats: ['cloudformation', 'terraform', 'cdk'],
    knowledge: ['s3-public-access', 's3'],
    messages: {
      publicAcl: {
        en: 'The canned ACL {acl} makes bucket {name} public.',
        ko: '표준 ACL {acl} 때문에 버킷 {name}이(가) 공개됩니다.',
      },
      publicGrant: {
        en: 'An ACL grant to the {group} group makes bucket {name} public.',
        ko: '{group} 그룹에 대한 ACL 권한 부여 때문에 버킷 {name}이(가) 공개됩니다.',
      },
      blockAclsOff: {
        en: '{flag} is false for bucket {name}: public ACLs are not blocked.',
        ko: '버킷 {name}의 {flag}이(가) false라서 퍼블릭 ACL이 차단되지 않습니다.',
      },
      blockPolicyOff: {
        en: '{flag} is false for bucket {name}: public bucket policies are not blocked.',
        ko: '버킷 {name}의 {flag}이(가) false라서 퍼블릭 버킷 정책이 차단되지 않습니다.',
      },
      blockAclsOnly: {
        en: '{preset} blocks only ACLs: a bucket policy can still make bucket {name} public.',
        ko: '{preset}은(는) ACL만 차단합니다. 버킷 정책으로 버킷 {name}이(가) 여전히 공개될 수 있습니다.',
      },
      publicPolicy: {
        en: 'A policy statement for bucket {name} allows anyone, with no condition that limits who: the bucket is public.',
        ko: '버킷 {name}의 정책에 누구에게나 허용하면서 대상을 제한하는 조건이 없는 문(statement)이 있어 버킷이 공개됩니다.',
      },
      publicReadAccess: {
        en: '{prop} makes every object in bucket {name} readable by anyone.',
        ko: '{prop} 때문에 버킷 {name}의 모든 객체를 누구나 읽을 수 있습니다.',
      },
      grantPublicAccess: {
        en: '{method}() makes objects in bucket {name} readable by anyone.',
        ko: '{method}() 때문에 버킷 {name}의 객체를 누구나 읽을 수 있습니다.',
      },
      grantToAnyone: {
        en: '{method}() gives anyone ({principal}) access to bucket {name}: the bucket is public.',
        ko: '{method}()가 버킷 {name}에 대한 권한을 누구에게나({principal}) 부여하므로 버킷이 공개됩니다.',
      },
      fixRemoveAcl: { en: 'Remove the public ACL', ko: '퍼블릭 ACL 제거' },
      fixPrivateAcl: { en: 'Use the private ACL', ko: 'private ACL로 변경' },
      fixFlag: { en: 'Set {flag} to true', ko: '{flag}을(를) true로 설정' },
      fixBlockAll: { en: 'Block all public access', ko: '모든 퍼블릭 액세스 차단' },
      fixRemoveProp: { en: 'Remove {prop}', ko: '{prop} 제거' },
    },
    why: {
      en: 'A public bucket can be listed, read or even written by anyone on the internet; most S3 data leaks start with one public ACL or one `"Principal": "*"`. Block Public Access is the guard that overrides both, so turning it off removes the safety net. A Deny statement for anyone (such as the TLS-only statement) restricts access and is not public.',
      ko: '공개 버킷은 인터넷의 누구나 목록을 보고, 읽고, 심지어 쓸 수도 있습니다. S3 데이터 유출은 대부분 퍼블릭 ACL 하나나 `"Principal": "*"` 하나에서 시작됩니다. 퍼블릭 액세스 차단은 둘 다 무력화하는 안전장치이므로 끄면 보호막이 사라집니다. 누구에게나 적용되는 Deny 문(TLS 전용 문 등)은 접근을 제한할 뿐 공개가 아닙니다.',
    },
    howToFix: {
      en: 'Remove public canned ACLs and grants to AllUsers / AuthenticatedUsers, keep the four Block Public Access settings true, and limit Allow statements to named principals or pin them with a condition (`aws:SourceVpce`, `aws:PrincipalOrgID`, `aws:SourceArn`…). To serve content publicly, put CloudFront with origin access control in front of a private bucket. If the bucket must be public, suppress this finding with the reason.',
      ko: '퍼블릭 표준 ACL과 AllUsers / AuthenticatedUsers에 대한 권한 부여를 없애고, 퍼블릭 액세스 차단 네 항목을 true로 유지하며, Allow 문은 특정 주체로 한정하거나 조건(`aws:SourceVpce`, `aws:PrincipalOrgID`, `aws:SourceArn` 등)으로 묶으세요. 콘텐츠를 공개 제공하려면 비공개 버킷 앞에 원본 액세스 제어(OAC)를 쓰는 CloudFront를 두세요. 꼭 공개해야 하는 버킷이라면 이유를 적어 이 결과를 억제하세요.',
    },
    fixable: ['cloudformation', 'terraform', 'cdk'],
    examples: [
      {
        format: 'cloudformation',
        bad: 'Resources:\n  Site:\n    Type: AWS::S3::Bucket\n    Properties:\n      AccessControl: PublicRead\n',
        good: 'Resources:\n  Site:\n    Type: AWS::S3::Bucket\n    Properties:\n      AccessControl: Private\n',
      },
      {
        format: 'terraform',
        bad: 'resource "aws_s3_bucket_public_access_block" "site" {\n  bucket                  = "site"\n  block_public_acls       = true\n  block_public_policy     = false\n  ignore_public_acls      = true\n  restrict_public_buckets = false\n}\n',
        good: 'resource "aws_s3_bucket_public_access_block" "site" {\n  bucket                  = "site"\n  block_public_acls       = true\n  block_public_policy     = true\n  ignore_public_acls      = true\n  restrict_public_buckets = true\n}\n',
      },
      {
        format: 'cdk-typescript',
        bad: "import * as s3 from 'aws-cdk-lib/aws-s3';\nnew s3.Bucket(this, 'Site', { publicReadAccess: true });\n",
        good: "import * as s3 from 'aws-cdk-lib/aws-s3';\nnew s3.Bucket(this, 'Site', { blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL });\n",
      },
    ],
  },

  check(resource, context) {
    switch (resource.kind) {
      case 'aws.s3.bucket':
        return checkBucket(resource, context);
      case 'aws.s3.bucket-public-access-block':
        return checkBlock(resource, context, resource.properties, (f: string) => keyPath(resource, f));
      case 'aws.s3.bucket-acl':
        return checkAclResource(resource, context);
      case 'aws.s3.bucket-policy':
        return checkStatements(resource, context, policyResourceStatements(context, resource).statements);
    }
  },
};

/** The bucket a configuration resource names, for messages (its own name when it cannot be resolved). */
function bucketLabel(resource: Resource, context: RuleContext): string {
  if (resource.kind === 'aws.s3.bucket') return resource.name;
  const ref = val(resource, 'bucket');
  const target = ref?.kind === 'reference' ? findResource(context.doc, ref.target) : undefined;
  if (target?.kind === 'aws.s3.bucket') return target.name;
  return str(ref) ?? resource.name;
}

function target(context: RuleContext) {
  return { text: context.text, doc: context.doc };
}

function checkBucket(bucket: Resource, context: RuleContext): void {
  const family = familyOf(bucket);
  const name = bucket.name;
  const aclKey = family === 'terraform' ? 'acl' : keyPath(bucket, 'AccessControl');
  const acl = prop(bucket, aclKey);
  const written = acl && publicAcl(acl.value);
  if (acl && written) {
    context.report({
      messageId: 'publicAcl',
      data: { acl: written.replace(/^s3\./, ''), name },
      range: acl.value.range,
      fix: { messageId: 'fixRemoveAcl', edits: () => context.edits.removeProperty(target(context), bucket, aclKey) },
    });
  }
  switch (family) {
    case 'cloudformation': {
      const config = val(bucket, 'PublicAccessBlockConfiguration');
      if (config?.kind === 'map') checkBlock(bucket, context, config.properties, f => keyPath(bucket, `PublicAccessBlockConfiguration.${f}`));
      break;
    }
    case 'terraform':
      checkGrants(bucket, context, val(bucket, 'grant'));
      checkStatements(bucket, context, ownStatements(bucket, context));
      break;
    case 'cdk':
      checkCdkBucket(bucket, context);
      break;
  }
}

/** Block Public Access flags written false, in a CloudFormation map or a Terraform block resource. */
function checkBlock(resource: Resource, context: RuleContext, properties: Property[], path: (flag: string) => string): void {
  for (const f of FLAGS) {
    const p = prop(properties, f);
    if (!p || bool(p.value) !== false) continue;
    const flag = displayKey(resource, f);
    context.report({
      messageId: ACL_FLAGS.has(f) ? 'blockAclsOff' : 'blockPolicyOff',
      data: { flag, name: bucketLabel(resource, context) },
      range: p.value.range,
      fix: { messageId: 'fixFlag', data: { flag }, edits: () => context.edits.setValue(target(context), resource, path(f), true) },
    });
  }
}

/** ACL grants to everyone (`AllUsers`) or every AWS account (`AuthenticatedUsers`): Terraform only. */
function checkGrants(resource: Resource, context: RuleContext, grants: Value | undefined): void {
  if (!grants) return;
  for (const v of walkValues([grants])) {
    const m = v.kind === 'string' ? PUBLIC_GROUP.exec(v.value) : null;
    if (m) context.report({ messageId: 'publicGrant', data: { group: m[1], name: bucketLabel(resource, context) }, range: v.range });
  }
}

function checkAclResource(resource: Resource, context: RuleContext): void {
  const acl = prop(resource, 'acl');
  const written = acl && publicAcl(acl.value);
  if (acl && written) {
    context.report({
      messageId: 'publicAcl',
      data: { acl: written, name: bucketLabel(resource, context) },
      range: acl.value.range,
      fix: { messageId: 'fixPrivateAcl', edits: () => context.edits.setValue(target(context), resource, 'acl', 'private') },
    });
  }
  checkGrants(resource, context, val(resource, 'access_control_policy'));
}

/** Statements the bucket holds itself: the Terraform v3 inline `policy`, CDK `addToResourcePolicy(…)`. */
function ownStatements(bucket: Resource, context: RuleContext): PolicyStatement[] {
  return policiesOf(bucket, context).flatMap(h => h.document?.statements ?? []);
}

/**
 * Public statements. A statement written in another resource (a Terraform policy document, a CDK
 * `iam.PolicyStatement`) is reported once, from the first bucket or bucket policy that uses it.
 */
function checkStatements(resource: Resource, context: RuleContext, statements: PolicyStatement[]): void {
  const doc = context.doc;
  for (const s of statements) {
    if (isPublicStatement(s) !== true) continue;
    if (s.resource !== resource) {
      const first = doc.resources.find(r => CHECKED_KINDS.includes(r.kind) && doc.links.some(l => l.from === r.name && l.to === s.resource.name));
      if (first !== resource) continue;
    }
    context.report({ messageId: 'publicPolicy', data: { name: bucketLabel(resource, context) }, range: s.principal!.range, resource: s.resource });
  }
}

const GRANTS = new Set(['grant', 'grantRead', 'grantReadWrite', 'grantWrite', 'grantPut', 'grantDelete']);
const ANYONE = /^(?:new\s+)?(?:[\w$]+\.)*(AnyPrincipal|StarPrincipal)\s*\(\s*\)$/;
const ACLS_ONLY = new Set(['s3.BlockPublicAccess.BLOCK_ACLS', 's3.BlockPublicAccess.BLOCK_ACLS_ONLY']);

function checkCdkBucket(bucket: Resource, context: RuleContext): void {
  const name = bucket.name;
  const python = bucket.format === 'cdk-python';
  const bpa = prop(bucket, 'blockPublicAccess');
  const blockAll = () => context.edits.setValue(target(context), bucket, 'blockPublicAccess', { $raw: 's3.BlockPublicAccess.BLOCK_ALL' });
  if (bpa) {
    const preset = sym(bpa.value);
    if (preset && ACLS_ONLY.has(preset)) {
      context.report({ messageId: 'blockAclsOnly', data: { preset: preset.replace(/^s3\./, ''), name }, range: bpa.value.range, fix: { messageId: 'fixBlockAll', edits: blockAll } });
    } else if (bpa.value.kind === 'map') {
      // `new s3.BlockPublicAccess({ … })`: rewritten whole, with the false options turned true.
      const options = bpa.value.properties.map(p => ({ key: p.key, value: bool(p.value) }));
      const rewritable = options.every(o => o.value !== undefined && FLAGS.some(f => f.toLowerCase() === o.key.toLowerCase()));
      const raw = `new s3.BlockPublicAccess({ ${options.map(o => `${o.key}: true`).join(', ')} })`;
      for (const p of bpa.value.properties) {
        if (bool(p.value) !== false) continue;
        const cfn = FLAGS.find(f => f.toLowerCase() === p.key.toLowerCase());
        if (!cfn) continue;
        const flag = python ? displayKey(bucket, cfn) : p.key;
        context.report({
          messageId: ACL_FLAGS.has(cfn) ? 'blockAclsOff' : 'blockPolicyOff',
          data: { flag, name },
          range: p.value.range,
          fix: rewritable ? { messageId: 'fixFlag', data: { flag }, edits: () => context.edits.setValue(target(context), bucket, 'blockPublicAccess', { $raw: raw }) } : undefined,
        });
      }
    }
  }
  const publicRead = prop(bucket, 'publicReadAccess');
  if (publicRead && bool(publicRead.value) === true) {
    const label = python ? 'public_read_access' : 'publicReadAccess';
    context.report({
      messageId: 'publicReadAccess',
      data: { prop: label, name },
      range: publicRead.keyRange,
      fix: { messageId: 'fixRemoveProp', data: { prop: label }, edits: () => context.edits.removeProperty(target(context), bucket, 'publicReadAccess') },
    });
  }
  for (const c of bucket.calls) {
    const method = python ? snakeCase(c.method) : c.method;
    if (c.method === 'grantPublicAccess') context.report({ messageId: 'grantPublicAccess', data: { method, name }, range: c.nameRange });
    // `grantRead(new iam.AnyPrincipal())` writes a bucket policy statement for "*".
    const grantee = c.arguments[0];
    const principal = GRANTS.has(c.method) && grantee?.kind === 'unknown' ? ANYONE.exec(grantee.text)?.[1] : undefined;
    if (principal) context.report({ messageId: 'grantToAnyone', data: { method, name, principal }, range: grantee!.range });
  }
  checkStatements(bucket, context, ownStatements(bucket, context));
}

export default rule;
