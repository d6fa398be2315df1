/**
 * A bucket with neither a lifecycle rule nor Intelligent-Tiering keeps every object in the class
 * it was written in until someone deletes it: the most common S3 cost leak.
 * CloudFormation / CDK L1: `LifecycleConfiguration`, `IntelligentTieringConfigurations`;
 * Terraform: a separate `aws_s3_bucket_lifecycle_configuration` or
 * `aws_s3_bucket_intelligent_tiering_configuration` (or the provider v3 inline `lifecycle_rule`);
 * CDK L2: `lifecycleRules`, `addLifecycleRule(…)`, `intelligentTieringConfigurations`.
 * Buckets that serve the public (website, public ACL) are left alone: moving their objects to
 * colder classes would be wrong advice.
 */
import type { EditValue } from '../../iac/editTypes';
import type { Resource } from '../../model/types';
import { keyPath, prop } from '../helpers/properties';
import { bucketConfigs, freshName, localName } from '../helpers/s3';
import { publicIntent } from '../helpers/s3Policy';
import { familyOf, type FixDescriptor, type RuleContext, type RuleModule } from '../ruleTypes';
import { hasHidden } from '../helpers/hidden';

const RULE_ID = 'transition-to-cheaper-storage';

const rule: RuleModule = {
  meta: {
    id: 's3-lifecycle-configured',
    category: 'cost',
    defaultSeverity: 'info',
    appliesTo: ['aws.s3.bucket'],
    formats: ['cloudformation', 'terraform', 'cdk'],
    knowledge: ['s3-lifecycle', 's3-storage-classes', 'cost-optimization'],
    messages: {
      missing: {
        en: 'Bucket {name} has no lifecycle rule and no Intelligent-Tiering: its objects never move to a cheaper storage class or expire.',
        ko: '버킷 {name}에 수명 주기 규칙도 Intelligent-Tiering도 없습니다. 객체가 더 싼 스토리지 클래스로 옮겨지거나 만료되지 않습니다.',
      },
      fix: {
        en: 'Add a lifecycle rule: Standard-IA after 30 days, Glacier Flexible Retrieval after 90 days',
        ko: '수명 주기 규칙 추가: 30일 후 Standard-IA, 90일 후 Glacier Flexible Retrieval',
      },
    },
    why: {
      en: 'Most data is read often only in its first weeks. A lifecycle rule moves older objects to Standard-IA or a Glacier class (or deletes them), and Intelligent-Tiering moves them by access automatically; without either, everything is billed at the rate of the class it was written in, forever.',
      ko: '대부분의 데이터는 처음 몇 주만 자주 읽힙니다. 수명 주기 규칙은 오래된 객체를 Standard-IA나 Glacier 계열로 옮기거나 삭제하고, Intelligent-Tiering은 접근 패턴에 따라 자동으로 옮깁니다. 둘 다 없으면 모든 객체가 처음 저장된 클래스의 요금으로 계속 과금됩니다.',
    },
    howToFix: {
      en: 'Add a lifecycle rule that fits the data: transitions (Standard-IA from 30 days, Glacier classes later; objects in Glacier Flexible Retrieval must be restored before reading), an expiration for data you do not keep, and an expiration for noncurrent versions on versioned buckets. Unknown access patterns: use Intelligent-Tiering. CloudFormation: `LifecycleConfiguration.Rules`; Terraform: `aws_s3_bucket_lifecycle_configuration`; CDK: `lifecycleRules`.',
      ko: '데이터에 맞는 수명 주기 규칙을 추가하세요. 전환(30일부터 Standard-IA, 이후 Glacier 계열. Glacier Flexible Retrieval의 객체는 읽기 전에 복원해야 함), 보관하지 않을 데이터의 만료, 버전 관리 버킷이라면 이전 버전의 만료를 둡니다. 접근 패턴을 모르면 Intelligent-Tiering을 쓰세요. CloudFormation: `LifecycleConfiguration.Rules`, Terraform: `aws_s3_bucket_lifecycle_configuration`, CDK: `lifecycleRules`.',
    },
    fixable: ['cloudformation', 'terraform', 'cdk'],
    examples: [
      {
        format: 'cloudformation',
        bad: 'Resources:\n  Logs:\n    Type: AWS::S3::Bucket\n',
        good: 'Resources:\n  Logs:\n    Type: AWS::S3::Bucket\n    Properties:\n      LifecycleConfiguration:\n        Rules:\n          - Status: Enabled\n            ExpirationInDays: 365\n',
      },
      {
        format: 'terraform',
        bad: 'resource "aws_s3_bucket" "logs" {\n  bucket = "logs"\n}\n',
        good: 'resource "aws_s3_bucket" "logs" {\n  bucket = "logs"\n}\n\nresource "aws_s3_bucket_lifecycle_configuration" "logs" {\n  bucket = aws_s3_bucket.logs.id\n\n  rule {\n    id     = "expire"\n    status = "Enabled"\n    filter {}\n\n    expiration {\n      days = 365\n    }\n  }\n}\n',
      },
      {
        format: 'cdk-typescript',
        bad: "import * as s3 from 'aws-cdk-lib/aws-s3';\nnew s3.Bucket(this, 'Logs');\n",
        good: "import { Duration } from 'aws-cdk-lib';\nimport * as s3 from 'aws-cdk-lib/aws-s3';\nnew s3.Bucket(this, 'Logs', { lifecycleRules: [{ expiration: Duration.days(365) }] });\n",
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

function report(bucket: Resource, context: RuleContext, fix: FixDescriptor | undefined): void {
  if (publicIntent(context, bucket)) return;
  context.report({ messageId: 'missing', data: { name: bucket.name }, range: bucket.typeRange, fix });
}

function checkCloudFormation(bucket: Resource, context: RuleContext): void {
  if (prop(bucket, 'LifecycleConfiguration') || prop(bucket, 'IntelligentTieringConfigurations') || hasHidden(bucket)) return;
  const k = (p: string) => keyPath(bucket, p);
  const value: EditValue = {
    [k('Rules')]: [
      {
        [k('Id')]: RULE_ID,
        [k('Status')]: 'Enabled',
        [k('Transitions')]: [
          { [k('StorageClass')]: 'STANDARD_IA', [k('TransitionInDays')]: 30 },
          { [k('StorageClass')]: 'GLACIER', [k('TransitionInDays')]: 90 },
        ],
      },
    ],
  };
  // CDK Python L1 props given as a dict are not checked against their keys: no fix there.
  const fixable = bucket.format !== 'cdk-python';
  report(bucket, context, fixable ? {
    messageId: 'fix',
    edits: () => context.edits.insertProperty({ text: context.text, doc: context.doc }, bucket, k('LifecycleConfiguration'), value),
  } : undefined);
}

function checkTerraform(bucket: Resource, context: RuleContext): void {
  if (prop(bucket, 'lifecycle_rule')) return;
  const doc = context.doc;
  const lifecycle = bucketConfigs(doc, bucket, 'aws.s3.bucket-lifecycle-configuration');
  const tiering = bucketConfigs(doc, bucket, 'tf.aws_s3_bucket_intelligent_tiering_configuration');
  if (lifecycle.configs.length || tiering.configs.length || lifecycle.unresolved || tiering.unresolved) return;
  const type = 'aws_s3_bucket_lifecycle_configuration';
  report(bucket, context, bucket.repeated ? undefined : {
    messageId: 'fix',
    edits: () =>
      context.edits.addResource(
        { text: context.text, doc },
        {
          type,
          name: freshName(doc, type, localName(bucket)),
          properties: {
            bucket: { $ref: bucket.name, attribute: 'id' },
            rule: {
              id: RULE_ID,
              status: 'Enabled',
              filter: {},
              transition: [
                { days: 30, storage_class: 'STANDARD_IA' },
                { days: 90, storage_class: 'GLACIER' },
              ],
            },
          },
        },
        bucket,
      ),
  });
}

function checkCdk(bucket: Resource, context: RuleContext): void {
  if (prop(bucket, 'lifecycleRules') || prop(bucket, 'intelligentTieringConfigurations') || hasHidden(bucket)) return;
  if (bucket.calls.some(c => c.method === 'addLifecycleRule')) return;
  const transition = (cls: string, days: number) => ({ storageClass: { $raw: `s3.StorageClass.${cls}` }, transitionAfter: { $raw: `Duration.days(${days})` } });
  // TypeScript takes the rule as an object literal; Python needs the struct classes.
  const value: EditValue =
    bucket.format === 'cdk-python'
      ? [{ $raw: `new s3.LifecycleRule({ id: '${RULE_ID}', transitions: [new s3.Transition({ storageClass: s3.StorageClass.INFREQUENT_ACCESS, transitionAfter: Duration.days(30) }), new s3.Transition({ storageClass: s3.StorageClass.GLACIER, transitionAfter: Duration.days(90) })] })` }]
      : [{ id: RULE_ID, transitions: [transition('INFREQUENT_ACCESS', 30), transition('GLACIER', 90)] }];
  report(bucket, context, {
    messageId: 'fix',
    edits: () => context.edits.insertProperty({ text: context.text, doc: context.doc }, bucket, 'lifecycleRules', value),
  });
}

export default rule;
