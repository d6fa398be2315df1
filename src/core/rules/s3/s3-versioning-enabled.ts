/**
 * Versioning keeps every version of an object, so an overwrite or delete can be undone.
 * CloudFormation / CDK L1: `VersioningConfiguration.Status`; Terraform: a separate
 * `aws_s3_bucket_versioning` (or the provider v3 inline `versioning { enabled }` block);
 * CDK L2: `versioned: true`.
 */
import { referrers } from '../../model/query';
import type { ParsedDocument, Resource } from '../../model/types';
import { bool, keyPath, prop, str, val } from '../helpers/properties';
import { freshName, localName } from '../helpers/s3';
import { familyOf, type RuleContext, type RuleModule } from '../ruleTypes';

const rule: RuleModule = {
  meta: {
    id: 's3-versioning-enabled',
    category: 'reliability',
    defaultSeverity: 'info',
    appliesTo: ['aws.s3.bucket'],
    formats: ['cloudformation', 'terraform', 'cdk'],
    knowledge: ['s3-versioning'],
    messages: {
      missing: {
        en: 'Bucket {name} has no versioning: an overwrite or a delete cannot be undone.',
        ko: '버킷 {name}에 버전 관리가 없습니다. 덮어쓰거나 삭제한 객체를 되돌릴 수 없습니다.',
      },
      notEnabled: {
        en: 'Versioning of bucket {name} is "{status}", not Enabled.',
        ko: '버킷 {name}의 버전 관리가 Enabled가 아니라 "{status}"입니다.',
      },
      fix: { en: 'Enable versioning', ko: '버전 관리 활성화' },
    },
    why: {
      en: 'With versioning, a deleted or overwritten object keeps its earlier versions, which protects against mistakes and ransomware; it is also required for replication. Pair it with a lifecycle rule that expires noncurrent versions so storage does not grow without bound.',
      ko: '버전 관리를 켜면 삭제되거나 덮어쓴 객체의 이전 버전이 남아 실수나 랜섬웨어로부터 데이터를 지킬 수 있고, 복제(Replication)에도 필요합니다. 이전 버전이 끝없이 쌓이지 않도록 수명 주기 규칙으로 noncurrent 버전을 만료시키세요.',
    },
    howToFix: {
      en: 'CloudFormation: `VersioningConfiguration: { Status: Enabled }`. Terraform: an `aws_s3_bucket_versioning` with `status = "Enabled"`. CDK: `versioned: true`.',
      ko: 'CloudFormation: `VersioningConfiguration: { Status: Enabled }`. Terraform: `status = "Enabled"`인 `aws_s3_bucket_versioning`. CDK: `versioned: true`.',
    },
    fixable: ['cloudformation', 'terraform', 'cdk'],
    examples: [
      {
        format: 'cloudformation',
        bad: 'Resources:\n  Logs:\n    Type: AWS::S3::Bucket\n',
        good: 'Resources:\n  Logs:\n    Type: AWS::S3::Bucket\n    Properties:\n      VersioningConfiguration:\n        Status: Enabled\n',
      },
      {
        format: 'terraform',
        bad: 'resource "aws_s3_bucket" "logs" {\n  bucket = "logs"\n}\n',
        good: 'resource "aws_s3_bucket" "logs" {\n  bucket = "logs"\n}\n\nresource "aws_s3_bucket_versioning" "logs" {\n  bucket = aws_s3_bucket.logs.id\n  versioning_configuration {\n    status = "Enabled"\n  }\n}\n',
      },
      {
        format: 'cdk-typescript',
        bad: "import * as s3 from 'aws-cdk-lib/aws-s3';\nnew s3.Bucket(this, 'Logs');\n",
        good: "import * as s3 from 'aws-cdk-lib/aws-s3';\nnew s3.Bucket(this, 'Logs', { versioned: true });\n",
      },
    ],
  },

  check(bucket, context) {
    switch (familyOf(bucket)) {
      case 'cloudformation':
        return checkCloudFormation(bucket, context);
      case 'terraform':
        return checkTerraform(bucket, context);
      case 'cdk':
        return checkCdk(bucket, context);
    }
  },
};

function checkCloudFormation(bucket: Resource, context: RuleContext): void {
  const config = prop(bucket, 'VersioningConfiguration');
  const data = { name: bucket.name };
  const fix = (op: 'set' | 'insert') => ({
    messageId: 'fix',
    edits: () => {
      const target = { text: context.text, doc: context.doc };
      const path = keyPath(bucket, 'VersioningConfiguration.Status');
      return op === 'set' ? context.edits.setValue(target, bucket, path, 'Enabled') : context.edits.insertProperty(target, bucket, path, 'Enabled');
    },
  });
  if (!config) {
    context.report({ messageId: 'missing', data, range: bucket.typeRange, fix: fix('insert') });
    return;
  }
  const status = val(config.value, 'Status');
  if (!status) {
    if (config.value.kind === 'map') context.report({ messageId: 'missing', data, range: config.keyRange, fix: fix('insert') });
    return;
  }
  const s = str(status);
  if (s !== undefined && s !== 'Enabled') context.report({ messageId: 'notEnabled', data: { ...data, status: s }, range: status.range, fix: fix('set') });
}

function checkTerraform(bucket: Resource, context: RuleContext): void {
  // Provider v3 style: `versioning { enabled = true }` inside the bucket.
  const inline = prop(bucket, 'versioning');
  if (inline) {
    const enabled = val(inline.value, 'enabled');
    if (enabled && bool(enabled) === false) context.report({ messageId: 'notEnabled', data: { name: bucket.name, status: 'false' }, range: enabled.range });
    return;
  }
  const versionings = referrers(context.doc, bucket, 'aws.s3.bucket-versioning');
  if (versionings.length === 0) {
    // A versioning resource whose bucket we cannot resolve may be this bucket's: do not guess.
    if (hasUnresolvedVersioning(context.doc)) return;
    context.report({
      messageId: 'missing',
      data: { name: bucket.name },
      range: bucket.typeRange,
      // A bucket made with count / for_each needs an index in the reference: no fix there.
      fix: bucket.repeated ? undefined : {
        messageId: 'fix',
        edits: () =>
          context.edits.addResource(
            { text: context.text, doc: context.doc },
            {
              type: 'aws_s3_bucket_versioning',
              // The bucket's name may already be taken by the versioning resource of another bucket.
              name: freshName(context.doc, 'aws_s3_bucket_versioning', localName(bucket)),
              properties: { bucket: { $ref: bucket.name, attribute: 'id' }, versioning_configuration: { status: 'Enabled' } },
            },
            bucket,
          ),
      },
    });
    return;
  }
  for (const v of versionings) {
    const status = val(v, 'versioning_configuration.status');
    const s = str(status);
    if (status && s !== undefined && s !== 'Enabled') {
      context.report({
        messageId: 'notEnabled',
        data: { name: bucket.name, status: s },
        range: status.range,
        resource: v,
        fix: { messageId: 'fix', edits: () => context.edits.setValue({ text: context.text, doc: context.doc }, v, 'versioning_configuration.status', 'Enabled') },
      });
    }
  }
}

const unresolvedCache = new WeakMap<ParsedDocument, boolean>();

/** Whether some `aws_s3_bucket_versioning` names its bucket in a way we cannot follow (once per document). */
function hasUnresolvedVersioning(doc: ParsedDocument): boolean {
  let unresolved = unresolvedCache.get(doc);
  if (unresolved === undefined) {
    const linked = new Set(doc.links.filter(l => l.path === 'bucket').map(l => l.from));
    unresolved = doc.resources.some(r => r.kind === 'aws.s3.bucket-versioning' && !linked.has(r.name));
    unresolvedCache.set(doc, unresolved);
  }
  return unresolved;
}

function checkCdk(bucket: Resource, context: RuleContext): void {
  const versioned = prop(bucket, 'versioned');
  const target = { text: context.text, doc: context.doc };
  if (!versioned) {
    context.report({
      messageId: 'missing',
      data: { name: bucket.name },
      range: bucket.typeRange,
      fix: { messageId: 'fix', edits: () => context.edits.insertProperty(target, bucket, 'versioned', true) },
    });
  } else if (bool(versioned.value) === false) {
    context.report({
      messageId: 'notEnabled',
      data: { name: bucket.name, status: 'false' },
      range: versioned.value.range,
      fix: { messageId: 'fix', edits: () => context.edits.setValue(target, bucket, 'versioned', true) },
    });
  }
}

export default rule;
