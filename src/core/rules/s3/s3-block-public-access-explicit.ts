/**
 * S3 Block Public Access, set explicitly on every bucket. Since April 2023 S3 turns all four
 * settings on for new buckets, so a bucket without them is not public by itself: this is a nudge
 * (info) to write the intent down, so a later change cannot open the bucket unnoticed. A public
 * access block that leaves flags out sets those flags to false.
 * CloudFormation / CDK L1: `PublicAccessBlockConfiguration`; Terraform: a separate
 * `aws_s3_bucket_public_access_block` (or an account-wide `aws_s3_account_public_access_block`);
 * CDK L2: `blockPublicAccess`.
 */
import type { EditValue } from '../../iac/editTypes';
import type { Resource, Value } from '../../model/types';
import { sequenceEdits } from '../helpers/editSequence';
import { bool, keyPath, prop, sym } from '../helpers/properties';
import { bucketConfigs, displayKey, freshName, localName } from '../helpers/s3';
import { publicIntent } from '../helpers/s3Policy';
import { familyOf, type RuleContext, type RuleModule } from '../ruleTypes';
import { hasHidden } from '../helpers/hidden';

/** The four settings, in CloudFormation spelling. */
const FLAGS = ['BlockPublicAcls', 'BlockPublicPolicy', 'IgnorePublicAcls', 'RestrictPublicBuckets'] as const;

const rule: RuleModule = {
  meta: {
    id: 's3-block-public-access-explicit',
    category: 'security',
    defaultSeverity: 'info',
    appliesTo: ['aws.s3.bucket'],
    formats: ['cloudformation', 'terraform', 'cdk'],
    knowledge: ['s3-public-access'],
    messages: {
      missing: {
        en: 'Bucket {name} does not set Block Public Access. S3 blocks public access on new buckets by default, but set it explicitly so the intent is written down.',
        ko: '버킷 {name}에 퍼블릭 액세스 차단 설정이 없습니다. 새 버킷은 기본으로 퍼블릭 액세스가 차단되지만, 의도가 드러나도록 명시적으로 설정하세요.',
      },
      unset: {
        en: 'The public access block of bucket {name} leaves {flags} unset, which means false.',
        ko: '버킷 {name}의 퍼블릭 액세스 차단 설정에 {flags}이(가) 빠져 있어 false로 적용됩니다.',
      },
      fix: { en: 'Block all public access', ko: '모든 퍼블릭 액세스 차단' },
      fixUnset: { en: 'Set the missing settings to true', ko: '빠진 설정을 true로 지정' },
    },
    why: {
      en: 'Block Public Access overrides any ACL or bucket policy that would make the bucket or its objects public. S3 turns it on for new buckets, but a template that does not say so hides the intent, and an omitted flag in an explicit configuration is false.',
      ko: '퍼블릭 액세스 차단은 버킷이나 객체를 공개하는 ACL·버킷 정책을 모두 무력화합니다. 새 버킷에는 기본으로 켜지지만, 템플릿에 적혀 있지 않으면 의도가 드러나지 않고, 명시한 설정에서 빠진 항목은 false가 됩니다.',
    },
    howToFix: {
      en: 'CloudFormation: `PublicAccessBlockConfiguration` with `BlockPublicAcls`, `BlockPublicPolicy`, `IgnorePublicAcls` and `RestrictPublicBuckets` all `true`. Terraform: an `aws_s3_bucket_public_access_block` for the bucket with the four arguments `true`. CDK: `blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL`. A bucket that must be public sets the flags it needs to false, explicitly.',
      ko: 'CloudFormation: `BlockPublicAcls`, `BlockPublicPolicy`, `IgnorePublicAcls`, `RestrictPublicBuckets`를 모두 `true`로 둔 `PublicAccessBlockConfiguration`. Terraform: 네 인수를 `true`로 둔 버킷용 `aws_s3_bucket_public_access_block`. CDK: `blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL`. 공개해야 하는 버킷은 필요한 항목만 명시적으로 false로 두세요.',
    },
    fixable: ['cloudformation', 'terraform', 'cdk'],
    examples: [
      {
        format: 'cloudformation',
        bad: 'Resources:\n  Data:\n    Type: AWS::S3::Bucket\n',
        good: 'Resources:\n  Data:\n    Type: AWS::S3::Bucket\n    Properties:\n      PublicAccessBlockConfiguration:\n        BlockPublicAcls: true\n        BlockPublicPolicy: true\n        IgnorePublicAcls: true\n        RestrictPublicBuckets: true\n',
      },
      {
        format: 'terraform',
        bad: 'resource "aws_s3_bucket" "data" {\n  bucket = "data"\n}\n',
        good: 'resource "aws_s3_bucket" "data" {\n  bucket = "data"\n}\n\nresource "aws_s3_bucket_public_access_block" "data" {\n  bucket                  = aws_s3_bucket.data.id\n  block_public_acls       = true\n  block_public_policy     = true\n  ignore_public_acls      = true\n  restrict_public_buckets = true\n}\n',
      },
      {
        format: 'cdk-typescript',
        bad: "import * as s3 from 'aws-cdk-lib/aws-s3';\nnew s3.Bucket(this, 'Data');\n",
        good: "import * as s3 from 'aws-cdk-lib/aws-s3';\nnew s3.Bucket(this, 'Data', { blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL });\n",
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

/** Flags absent from a public access block map; undefined when the map has keys we cannot read. */
function missingFlags(config: Value): { missing: string[]; present: Map<string, boolean> } | undefined {
  if (config.kind !== 'map') return undefined;
  const present = new Map<string, boolean>();
  const missing: string[] = [];
  for (const f of FLAGS) {
    const p = prop(config, f);
    if (!p) {
      missing.push(f);
      continue;
    }
    const b = bool(p.value);
    if (b === undefined) return undefined;
    present.set(f, b);
  }
  if (config.properties.some(p => p.key === '...')) return undefined;
  return { missing, present };
}

function checkCloudFormation(bucket: Resource, context: RuleContext): void {
  const target = { text: context.text, doc: context.doc };
  const config = prop(bucket, 'PublicAccessBlockConfiguration');
  const data = { name: bucket.name };
  if (!config) {
    if (hasHidden(bucket)) return;
    const path = keyPath(bucket, 'PublicAccessBlockConfiguration');
    const value = Object.fromEntries(FLAGS.map(f => [keyPath(bucket, f), true]));
    context.report({
      messageId: 'missing',
      data,
      range: bucket.typeRange,
      fix: publicIntent(context, bucket) ? undefined : { messageId: 'fix', edits: () => context.edits.insertProperty(target, bucket, path, value) },
    });
    return;
  }
  const flags = missingFlags(config.value);
  if (!flags || flags.missing.length === 0) return;
  // One edit for the whole map keeps the flags that are set, as they are.
  const value: Record<string, EditValue> = {};
  for (const f of FLAGS) value[keyPath(bucket, f)] = flags.present.get(f) ?? true;
  context.report({
    messageId: 'unset',
    data: { ...data, flags: flags.missing.map(f => displayKey(bucket, f)).join(', ') },
    range: config.keyRange,
    fix: { messageId: 'fixUnset', edits: () => context.edits.setValue(target, bucket, keyPath(bucket, 'PublicAccessBlockConfiguration'), value) },
  });
}

function checkTerraform(bucket: Resource, context: RuleContext): void {
  const doc = context.doc;
  const target = { text: context.text, doc };
  const { configs, unresolved } = bucketConfigs(doc, bucket, 'aws.s3.bucket-public-access-block');
  if (configs.length === 0) {
    if (unresolved || doc.resources.some(r => r.kind === 'aws.s3.account-public-access-block')) return;
    const properties: Record<string, EditValue> = { bucket: { $ref: bucket.name, attribute: 'id' } };
    for (const f of FLAGS) properties[keyPath(bucket, f)] = true;
    // A bucket made with count / for_each needs an index we cannot choose for the user.
    const safe = !bucket.repeated && !publicIntent(context, bucket);
    context.report({
      messageId: 'missing',
      data: { name: bucket.name },
      range: bucket.typeRange,
      fix: safe
        ? {
            messageId: 'fix',
            edits: () => context.edits.addResource(target, { type: 'aws_s3_bucket_public_access_block', name: freshName(doc, 'aws_s3_bucket_public_access_block', localName(bucket)), properties }, bucket),
          }
        : undefined,
    });
    return;
  }
  for (const pab of configs) {
    const missing = FLAGS.map(f => keyPath(pab, f)).filter(k => !prop(pab, k));
    if (missing.length === 0) continue;
    context.report({
      messageId: 'unset',
      data: { name: bucket.name, flags: missing.join(', ') },
      range: pab.typeRange,
      resource: pab,
      // One argument after the other: each insert sees the text (and alignment) the previous one left.
      fix: { messageId: 'fixUnset', edits: () => sequenceEdits(context, pab, missing.map(k => (t, r) => context.edits.insertProperty(t, r, k, true))) },
    });
  }
}

/** CDK's predefined settings: BLOCK_ALL sets all four, BLOCK_ACLS(_ONLY) the two ACL flags. */
const CDK_PRESETS = new Set(['s3.BlockPublicAccess.BLOCK_ALL', 's3.BlockPublicAccess.BLOCK_ACLS', 's3.BlockPublicAccess.BLOCK_ACLS_ONLY']);

function checkCdk(bucket: Resource, context: RuleContext): void {
  const target = { text: context.text, doc: context.doc };
  const config = prop(bucket, 'blockPublicAccess');
  if (!config) {
    if (hasHidden(bucket)) return;
    context.report({
      messageId: 'missing',
      data: { name: bucket.name },
      range: bucket.typeRange,
      fix: publicIntent(context, bucket)
        ? undefined
        : { messageId: 'fix', edits: () => context.edits.insertProperty(target, bucket, 'blockPublicAccess', { $raw: 's3.BlockPublicAccess.BLOCK_ALL' }) },
    });
    return;
  }
  const preset = sym(config.value);
  if (preset !== undefined && CDK_PRESETS.has(preset)) return;
  // `new s3.BlockPublicAccess({ … })`: the options left out are false.
  const cfnFlags = missingFlags(config.value);
  if (!cfnFlags || cfnFlags.missing.length === 0) return;
  const camel = (f: string) => f.charAt(0).toLowerCase() + f.slice(1);
  const options = FLAGS.map(f => `${camel(f)}: ${cfnFlags.present.get(f) ?? true}`).join(', ');
  context.report({
    messageId: 'unset',
    data: { name: bucket.name, flags: cfnFlags.missing.map(f => displayKey(bucket, f)).join(', ') },
    range: config.keyRange,
    fix: { messageId: 'fixUnset', edits: () => context.edits.setValue(target, bucket, 'blockPublicAccess', { $raw: `new s3.BlockPublicAccess({ ${options} })` }) },
  });
}

export default rule;
