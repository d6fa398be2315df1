/**
 * Point-in-time recovery keeps continuous backups of a DynamoDB table for up to 35 days.
 * CloudFormation / CDK L1: `PointInTimeRecoverySpecification.PointInTimeRecoveryEnabled` on a
 * table, on each replica of an `AWS::DynamoDB::GlobalTable`; Terraform: the
 * `point_in_time_recovery { enabled }` block; CDK `Table` / `TableV2`:
 * `pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled }` or the deprecated
 * `pointInTimeRecovery`. All default to off. `AWS::Serverless::SimpleTable` cannot enable it and
 * is left alone.
 */
import type { Property, Resource } from '../../model/types';
import { bool, items, prop, str, val } from '../helpers/properties';
import { writeFix } from '../helpers/fixPath';
import { hasHidden, mayBeOverridden } from '../helpers/hidden';
import { familyOf, type RuleContext, type RuleModule } from '../ruleTypes';

const CFN_PATH = 'PointInTimeRecoverySpecification.PointInTimeRecoveryEnabled';

const rule: RuleModule = {
  meta: {
    id: 'dynamodb-pitr-enabled',
    category: 'reliability',
    defaultSeverity: 'info',
    appliesTo: ['aws.dynamodb.table', 'aws.dynamodb.global-table'],
    formats: ['cloudformation', 'terraform', 'cdk'],
    knowledge: ['dynamodb', 'reliability-pillar'],
    messages: {
      missing: {
        en: 'Table {name} has no point-in-time recovery: an accidental write or delete cannot be rolled back.',
        ko: '테이블 {name}에 특정 시점 복구(PITR)가 없습니다. 실수로 쓰거나 지운 데이터를 되돌릴 수 없습니다.',
      },
      disabled: {
        en: 'Point-in-time recovery of table {name} is turned off: an accidental write or delete cannot be rolled back.',
        ko: '테이블 {name}의 특정 시점 복구(PITR)가 꺼져 있습니다. 실수로 쓰거나 지운 데이터를 되돌릴 수 없습니다.',
      },
      replicaMissing: {
        en: 'Replica {region} of global table {name} has no point-in-time recovery.',
        ko: '글로벌 테이블 {name}의 복제본 {region}에 특정 시점 복구(PITR)가 없습니다.',
      },
      replicaDisabled: {
        en: 'Point-in-time recovery of replica {region} of global table {name} is turned off.',
        ko: '글로벌 테이블 {name}의 복제본 {region}에서 특정 시점 복구(PITR)가 꺼져 있습니다.',
      },
      fix: { en: 'Enable point-in-time recovery', ko: '특정 시점 복구 활성화' },
    },
    why: {
      en: 'With point-in-time recovery, DynamoDB keeps continuous backups and can restore the table to any second in the recovery period (35 days by default, 1 to 35 configurable), which undoes a buggy deployment or an accidental bulk delete. It has no performance impact and costs per GB of table data; on-demand backups and AWS Backup are the alternative for longer retention. Restores create a new table.',
      ko: '특정 시점 복구를 켜면 DynamoDB가 연속 백업을 유지하여 복구 기간(기본 35일, 1~35일 설정 가능) 안의 어느 초로든 테이블을 복원할 수 있습니다. 버그 있는 배포나 실수로 한 대량 삭제를 되돌릴 수 있습니다. 성능 영향은 없고 테이블 데이터 GB당 비용이 들며, 더 오래 보관하려면 온디맨드 백업이나 AWS Backup을 함께 쓰세요. 복원하면 새 테이블이 만들어집니다.',
    },
    howToFix: {
      en: 'CloudFormation: `PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true }` (on each replica of a global table). Terraform: `point_in_time_recovery { enabled = true }`. CDK: `pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true }`. Enabling it on an existing table does not interrupt traffic.',
      ko: 'CloudFormation: `PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true }`(글로벌 테이블은 복제본마다). Terraform: `point_in_time_recovery { enabled = true }`. CDK: `pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true }`. 기존 테이블에서 켜도 트래픽은 중단되지 않습니다.',
    },
    fixable: ['cloudformation', 'terraform', 'cdk'],
    examples: [
      {
        format: 'cloudformation',
        bad: 'Resources:\n  Orders:\n    Type: AWS::DynamoDB::Table\n    Properties:\n      BillingMode: PAY_PER_REQUEST\n',
        good: 'Resources:\n  Orders:\n    Type: AWS::DynamoDB::Table\n    Properties:\n      BillingMode: PAY_PER_REQUEST\n      PointInTimeRecoverySpecification:\n        PointInTimeRecoveryEnabled: true\n',
      },
      {
        format: 'terraform',
        bad: 'resource "aws_dynamodb_table" "orders" {\n  name     = "orders"\n  hash_key = "id"\n}\n',
        good: 'resource "aws_dynamodb_table" "orders" {\n  name     = "orders"\n  hash_key = "id"\n\n  point_in_time_recovery {\n    enabled = true\n  }\n}\n',
      },
      {
        format: 'cdk-typescript',
        bad: "import * as dynamodb from 'aws-cdk-lib/aws-dynamodb';\nnew dynamodb.TableV2(this, 'Orders', { partitionKey });\n",
        good: "import * as dynamodb from 'aws-cdk-lib/aws-dynamodb';\nnew dynamodb.TableV2(this, 'Orders', { partitionKey, pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true } });\n",
      },
    ],
  },

  check(table, context) {
    switch (familyOf(table)) {
      case 'cloudformation':
        if (table.type === 'AWS::Serverless::SimpleTable') return;
        if (table.kind === 'aws.dynamodb.global-table') return checkReplicas(table, context);
        return checkSpec(table, context, prop(table, 'PointInTimeRecoverySpecification'), CFN_PATH);
      case 'terraform':
        if (table.type !== 'aws_dynamodb_table') return;
        return checkSpec(table, context, prop(table, 'point_in_time_recovery'), 'point_in_time_recovery.enabled');
      case 'cdk':
        return checkCdk(table, context);
    }
  },
};

/** `spec` is the map holding the enabled flag (`PointInTimeRecoverySpecification`, `point_in_time_recovery`). */
function checkSpec(table: Resource, context: RuleContext, spec: Property | undefined, path: string): void {
  const data = { name: table.name };
  const fix = writeFix(context, table, path, true);
  if (!spec) {
    if (!hasHidden(table)) context.report({ messageId: 'missing', data, range: table.typeRange, fix });
    return;
  }
  if (spec.value.kind !== 'map' || mayBeOverridden(table, spec)) return; // a reference, a condition, a `dynamic` block: not guessed
  const enabled = prop(spec.value, path.split('.').pop()!);
  if (!enabled) {
    if (!hasHidden(spec.value)) context.report({ messageId: 'missing', data, range: spec.keyRange, fix });
  } else if (bool(enabled.value) === false && !mayBeOverridden(spec.value, enabled)) {
    context.report({ messageId: 'disabled', data, range: enabled.value.range, fix });
  }
}

/** Each replica of a CloudFormation global table has its own setting (the edit helpers do not reach into lists: no fix). */
function checkReplicas(table: Resource, context: RuleContext): void {
  const replicas = val(table, 'Replicas');
  if (replicas?.kind !== 'list') return;
  for (const replica of items(replicas)) {
    if (replica.kind !== 'map' || hasHidden(replica)) continue;
    const enabled = val(replica, CFN_PATH);
    const spec = val(replica, 'PointInTimeRecoverySpecification');
    if (spec && spec.kind !== 'map') continue;
    if (enabled && bool(enabled) !== false) continue;
    const region = val(replica, 'Region');
    const data = { name: table.name, region: str(region) ?? '?' };
    const range = enabled?.range ?? (region ?? replica).range;
    context.report({ messageId: enabled ? 'replicaDisabled' : 'replicaMissing', data, range });
  }
}

function checkCdk(table: Resource, context: RuleContext): void {
  const spec = prop(table, 'pointInTimeRecoverySpecification');
  if (spec) {
    checkSpec(table, context, spec, 'pointInTimeRecoverySpecification.pointInTimeRecoveryEnabled');
    return;
  }
  const legacy = prop(table, 'pointInTimeRecovery');
  const data = { name: table.name };
  if (!legacy) {
    if (hasHidden(table)) return;
    const fix = writeFix(context, table, 'pointInTimeRecoverySpecification.pointInTimeRecoveryEnabled', true);
    context.report({ messageId: 'missing', data, range: table.typeRange, fix });
  } else if (bool(legacy.value) === false && !mayBeOverridden(table, legacy)) {
    context.report({ messageId: 'disabled', data, range: legacy.value.range, fix: writeFix(context, table, 'pointInTimeRecovery', true) });
  }
}

export default rule;
