/**
 * S3 accepts plain HTTP unless the bucket policy denies it: the usual statement denies `s3:*` to
 * anyone when `aws:SecureTransport` is false. CDK L2 writes that statement for `enforceSSL: true`.
 * CloudFormation / CDK L1: an `AWS::S3::BucketPolicy` for the bucket; Terraform: an
 * `aws_s3_bucket_policy` (or the provider v3 inline `policy`). A policy we cannot read, or one
 * whose bucket we cannot resolve, may hold the statement: silent. A Deny limited to a key prefix
 * (`…/AWSLogs/*`) or to the bucket ARN alone leaves the other objects open to plain HTTP.
 */
import type { EditValue } from '../../iac/editTypes';
import type { Resource } from '../../model/types';
import { conditionValues, type PolicyStatement } from '../helpers/policy';
import { bool, keyPath, prop } from '../helpers/properties';
import { freshName, localName } from '../helpers/s3';
import { bucketStatements } from '../helpers/s3Policy';
import { familyOf, type RuleContext, type RuleModule } from '../ruleTypes';
import { hasHidden } from '../helpers/hidden';

const rule: RuleModule = {
  meta: {
    id: 's3-enforce-tls',
    category: 'security',
    defaultSeverity: 'info',
    appliesTo: ['aws.s3.bucket'],
    formats: ['cloudformation', 'terraform', 'cdk'],
    knowledge: ['encryption-in-transit', 's3'],
    messages: {
      missing: {
        en: 'Bucket {name} has no bucket policy that denies requests without TLS (aws:SecureTransport false): plain HTTP is accepted.',
        ko: '버킷 {name}에 TLS 없는 요청(aws:SecureTransport false)을 거부하는 버킷 정책이 없어 일반 HTTP 요청도 받아들입니다.',
      },
      noDeny: {
        en: 'The policy of bucket {name} does not deny requests without TLS (aws:SecureTransport false): plain HTTP is accepted.',
        ko: '버킷 {name}의 정책이 TLS 없는 요청(aws:SecureTransport false)을 거부하지 않아 일반 HTTP 요청도 받아들입니다.',
      },
      partial: {
        en: 'The policy of bucket {name} denies requests without TLS only for part of the bucket (a key prefix, or the bucket ARN without its objects): the other objects are still reachable over plain HTTP.',
        ko: '버킷 {name}의 정책은 버킷의 일부(키 접두사, 또는 객체를 뺀 버킷 ARN)에 대해서만 TLS 없는 요청을 거부합니다. 나머지 객체는 여전히 일반 HTTP로 접근할 수 있습니다.',
      },
      disabled: {
        en: '{prop} is false for bucket {name}: plain HTTP requests are accepted.',
        ko: '버킷 {name}의 {prop}이(가) false라서 일반 HTTP 요청도 받아들입니다.',
      },
      fixPolicy: { en: 'Add a bucket policy that denies requests without TLS', ko: 'TLS 없는 요청을 거부하는 버킷 정책 추가' },
      fixEnforce: { en: 'Set {prop} to true', ko: '{prop}을(를) true로 설정' },
    },
    why: {
      en: 'S3 endpoints answer both HTTPS and HTTP. Without a Deny on `aws:SecureTransport` = false, a misconfigured client or SDK can send data and credentials-signed requests in clear text. The statement costs nothing and is what AWS Config (`s3-bucket-ssl-requests-only`) and Security Hub check for.',
      ko: 'S3 엔드포인트는 HTTPS와 HTTP 모두에 응답합니다. `aws:SecureTransport`가 false일 때 거부하는 문이 없으면 잘못 설정된 클라이언트나 SDK가 데이터와 서명된 요청을 평문으로 보낼 수 있습니다. 이 문은 비용이 들지 않으며 AWS Config(`s3-bucket-ssl-requests-only`)와 Security Hub가 검사하는 항목입니다.',
    },
    howToFix: {
      en: 'Add to the bucket policy a statement with `Effect: Deny`, `Principal: "*"`, `Action: "s3:*"`, the bucket and its objects as `Resource`, and `Condition: { Bool: { "aws:SecureTransport": "false" } }`. CDK: `enforceSSL: true`.',
      ko: '버킷 정책에 `Effect: Deny`, `Principal: "*"`, `Action: "s3:*"`, 버킷과 그 객체를 `Resource`로, `Condition: { Bool: { "aws:SecureTransport": "false" } }`를 둔 문을 추가하세요. CDK: `enforceSSL: true`.',
    },
    fixable: ['cloudformation', 'terraform', 'cdk'],
    examples: [
      {
        format: 'cloudformation',
        bad: 'Resources:\n  Data:\n    Type: AWS::S3::Bucket\n',
        good:
          "Resources:\n  Data:\n    Type: AWS::S3::Bucket\n  DataPolicy:\n    Type: AWS::S3::BucketPolicy\n    Properties:\n      Bucket: !Ref Data\n      PolicyDocument:\n        Statement:\n          - Effect: Deny\n            Principal: '*'\n            Action: 's3:*'\n            Resource:\n              - !GetAtt Data.Arn\n              - !Sub '${Data.Arn}/*'\n            Condition:\n              Bool:\n                aws:SecureTransport: 'false'\n",
      },
      {
        format: 'terraform',
        bad: 'resource "aws_s3_bucket" "data" {\n  bucket = "data"\n}\n',
        good:
          'resource "aws_s3_bucket" "data" {\n  bucket = "data"\n}\n\nresource "aws_s3_bucket_policy" "data" {\n  bucket = aws_s3_bucket.data.id\n  policy = jsonencode({\n    Version = "2012-10-17"\n    Statement = [\n      {\n        Effect    = "Deny"\n        Principal = "*"\n        Action    = "s3:*"\n        Resource  = [aws_s3_bucket.data.arn, "${aws_s3_bucket.data.arn}/*"]\n        Condition = {\n          Bool = {\n            "aws:SecureTransport" = "false"\n          }\n        }\n      },\n    ]\n  })\n}\n',
      },
      {
        format: 'cdk-typescript',
        bad: "import * as s3 from 'aws-cdk-lib/aws-s3';\nnew s3.Bucket(this, 'Data');\n",
        good: "import * as s3 from 'aws-cdk-lib/aws-s3';\nnew s3.Bucket(this, 'Data', { enforceSSL: true });\n",
      },
    ],
  },

  check(bucket, context) {
    if (familyOf(bucket) === 'cdk') return checkCdk(bucket, context);
    const found = bucketStatements(context, bucket);
    const denies = found.statements.filter(isTlsDeny);
    if (denies.some(coversEveryObject) || !found.complete) return;
    const partial = denies.find(s => s.resources);
    if (partial?.resources) {
      context.report({ messageId: 'partial', data: { name: bucket.name }, range: partial.resources.keyRange, resource: partial.resource });
      return;
    }
    // The Terraform v3 inline `policy`, or the first bucket policy resource.
    const inline = familyOf(bucket) === 'terraform' ? prop(bucket, 'policy') : undefined;
    if (inline) {
      context.report({ messageId: 'noDeny', data: { name: bucket.name }, range: inline.keyRange });
      return;
    }
    const policy = found.policies[0];
    if (policy) {
      const key = prop(policy, 'PolicyDocument') ?? prop(policy, 'policy');
      context.report({ messageId: 'noDeny', data: { name: bucket.name }, range: key?.keyRange ?? policy.typeRange, resource: policy });
      return;
    }
    context.report({ messageId: 'missing', data: { name: bucket.name }, range: bucket.typeRange, fix: newPolicyFix(bucket, context) });
  },
};

/** Deny to anyone when `aws:SecureTransport` is false: the statement that rejects plain HTTP. */
function isTlsDeny(s: PolicyStatement): boolean {
  if (s.effect !== 'Deny' || s.principal?.anyone !== true) return false;
  return conditionValues(s, ['Bool', 'BoolIfExists'], 'aws:SecureTransport').some(c => c.values?.some(v => v.toLowerCase() === 'false'));
}

/**
 * Whether the statement reaches every object of the bucket: a resource `*`, `<bucket ARN>/*`, or a
 * bucket pattern ending in `*`. A statement limited to a key prefix (`…/AWSLogs/*`), or to the bucket
 * ARN alone (bucket-level actions only), leaves objects readable over HTTP. Resources we cannot
 * read may reach everything: true.
 */
function coversEveryObject(s: PolicyStatement): boolean {
  const patterns = s.resources?.patterns;
  if (!patterns) return true;
  return patterns.some(p => p === undefined || reachesEveryObject(p));
}

function reachesEveryObject(pattern: string): boolean {
  if (pattern === '*') return true;
  // `arn:${AWS::Partition}:s3:::` (placeholders may hold colons), or a `${Bucket.Arn}` placeholder.
  const arn = /^arn:(?:\$\{[^}]*\}|[^:])*:s3:::(.*)$/s.exec(pattern);
  const rest = arn ? arn[1] : /^\$\{[^}]*\}/.test(pattern) ? pattern : undefined;
  if (rest === undefined) return true; // not an S3 ARN we can read
  const slash = rest.indexOf('/');
  const bucketPart = slash < 0 ? rest : rest.slice(0, slash);
  if (bucketPart.endsWith('*')) return true; // `arn:aws:s3:::*`, `my-bucket*`: keys too
  if (slash < 0) return false; // the bucket ARN alone
  const key = rest.slice(slash + 1);
  // A placeholder first (`${Prefix}*`) may be empty: cannot tell, so count it as reaching everything.
  return key === '*' || key.startsWith('${');
}

function newPolicyFix(bucket: Resource, context: RuleContext) {
  const doc = context.doc;
  const target = { text: context.text, doc };
  if (bucket.format === 'cloudformation') {
    const arn = `${bucket.name}.Arn`;
    const objects: EditValue = context.syntax === 'json' ? { 'Fn::Sub': `\${${arn}}/*` } : { $raw: `!Sub '\${${arn}}/*'` };
    const statement = {
      Sid: 'DenyInsecureTransport',
      Effect: 'Deny',
      Principal: '*',
      Action: 's3:*',
      Resource: [{ $ref: bucket.name, attribute: 'Arn' }, objects],
      Condition: { Bool: { 'aws:SecureTransport': 'false' } },
    };
    return {
      messageId: 'fixPolicy',
      edits: () =>
        context.edits.addResource(target, {
          type: 'AWS::S3::BucketPolicy',
          name: freshName(doc, 'AWS::S3::BucketPolicy', `${bucket.name}Policy`),
          properties: { Bucket: { $ref: bucket.name }, PolicyDocument: { Version: '2012-10-17', Statement: [statement] } },
        }, bucket),
    };
  }
  // CDK L1 would need `s3.CfnBucketPolicy` with token ARNs, and a bucket made with count / for_each an index: no fix.
  if (bucket.format !== 'terraform' || bucket.repeated) return undefined;
  const type = 'aws_s3_bucket_policy';
  return {
    messageId: 'fixPolicy',
    edits: () => context.edits.addResource(target, { type, name: freshName(doc, type, localName(bucket)), properties: { bucket: { $ref: bucket.name, attribute: 'id' }, policy: { $raw: tlsPolicy(bucket, context) } } }, bucket),
  };
}

/** `jsonencode({…})` as `terraform fmt` writes it, indented from the file's unit. */
function tlsPolicy(bucket: Resource, context: RuleContext): string {
  const first = bucket.properties[0];
  const unit = first && first.keyRange.start.character > 0 ? ' '.repeat(first.keyRange.start.character) : '  ';
  const i = (n: number) => unit.repeat(n);
  const arn = `${bucket.name}.arn`;
  return [
    'jsonencode({',
    `${i(2)}Version = "2012-10-17"`,
    `${i(2)}Statement = [`,
    `${i(3)}{`,
    `${i(4)}Sid       = "DenyInsecureTransport"`,
    `${i(4)}Effect    = "Deny"`,
    `${i(4)}Principal = "*"`,
    `${i(4)}Action    = "s3:*"`,
    `${i(4)}Resource  = [${arn}, "\${${arn}}/*"]`,
    `${i(4)}Condition = {`,
    `${i(5)}Bool = {`,
    `${i(6)}"aws:SecureTransport" = "false"`,
    `${i(5)}}`,
    `${i(4)}}`,
    `${i(3)}},`,
    `${i(2)}]`,
    `${i(1)}})`,
  ].join(context.text.includes('\r\n') ? '\r\n' : '\n');
}

function checkCdk(bucket: Resource, context: RuleContext): void {
  const python = bucket.format === 'cdk-python';
  const label = python ? 'enforce_ssl' : 'enforceSSL';
  const enforce = prop(bucket, 'enforceSSL');
  const target = { text: context.text, doc: context.doc };
  if (enforce) {
    if (bool(enforce.value) !== false) return;
    const found = bucketStatements(context, bucket);
    if (found.statements.some(isTlsDeny)) return;
    context.report({
      messageId: 'disabled',
      data: { prop: label, name: bucket.name },
      range: enforce.value.range,
      fix: { messageId: 'fixEnforce', data: { prop: label }, edits: () => context.edits.setValue(target, bucket, enforce.key, true) },
    });
    return;
  }
  if (hasHidden(bucket)) return;
  const found = bucketStatements(context, bucket);
  if (found.statements.some(isTlsDeny) || !found.complete) return;
  context.report({
    messageId: 'missing',
    data: { name: bucket.name },
    range: bucket.typeRange,
    fix: { messageId: 'fixEnforce', data: { prop: label }, edits: () => context.edits.insertProperty(target, bucket, keyPath(bucket, 'EnforceSSL'), true) },
  });
}

export default rule;
