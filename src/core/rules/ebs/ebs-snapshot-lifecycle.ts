/**
 * A volume with no snapshot schedule in sight: no Data Lifecycle Manager policy and no AWS Backup
 * plan in the same file. Backups are often managed elsewhere (an organization backup policy, a
 * shared stack selecting by tag), so this is only a hint, and anything that may be a schedule we
 * cannot read (a Terraform module about backups, a CDK `BackupPlan.daily…()` factory) silences it.
 */
import type { ParsedDocument } from '../../model/types';
import { type RuleModule } from '../ruleTypes';

const SCHEDULE_KINDS = new Set(['aws.dlm.lifecycle-policy', 'aws.backup.backup-plan', 'tf.aws_dlm_lifecycle_policy', 'tf.aws_backup_plan']);
// CDK L2 plans come from `new backup.BackupPlan(...)` or static factories the model does not list as resources.
const CDK_SCHEDULE = /\b(?:BackupPlan|CfnBackupPlan|CfnLifecyclePolicy)\b/;
const SCHEDULE_MODULE = /backup|dlm|snapshot|lifecycle/i;

const rule: RuleModule = {
  meta: {
    id: 'ebs-snapshot-lifecycle',
    category: 'reliability',
    defaultSeverity: 'hint',
    appliesTo: ['aws.ec2.volume'],
    formats: ['cloudformation', 'terraform', 'cdk'],
    knowledge: ['ebs-snapshots', 'ebs'],
    messages: {
      noSchedule: {
        en: 'Nothing in this file takes snapshots of EBS volume {name}: no Data Lifecycle Manager policy or AWS Backup plan. Add one, unless a backup policy elsewhere selects this volume.',
        ko: '이 파일에는 EBS 볼륨 {name}의 스냅샷을 만드는 설정이 없습니다(Data Lifecycle Manager 정책이나 AWS Backup 계획 없음). 다른 곳의 백업 정책이 이 볼륨을 선택하지 않는다면 추가하세요.',
      },
    },
    why: {
      en: 'An EBS volume lives in one Availability Zone and is replicated only inside it; snapshots (stored in S3, incremental) are what lets you restore after a deletion, corruption or AZ failure. Taking them by hand is forgotten; a DLM policy or an AWS Backup plan takes and expires them on a schedule.',
      ko: 'EBS 볼륨은 하나의 가용 영역 안에서만 복제됩니다. 삭제·손상·AZ 장애 뒤에 복구할 수 있게 해 주는 것은 S3에 증분으로 저장되는 스냅샷입니다. 수동 스냅샷은 잊기 쉬우므로 DLM 정책이나 AWS Backup 계획으로 일정에 따라 만들고 만료시키세요.',
    },
    howToFix: {
      en: 'CloudFormation: an `AWS::DLM::LifecyclePolicy` targeting the volume\'s tags, or an `AWS::Backup::BackupPlan` with a `BackupSelection`. Terraform: `aws_dlm_lifecycle_policy` or `aws_backup_plan` + `aws_backup_selection`. CDK: `backup.BackupPlan` with `addSelection(..., { resources: [backup.BackupResource.fromEc2Instance(...)] })` or tag-based selection.',
      ko: 'CloudFormation: 볼륨 태그를 대상으로 하는 `AWS::DLM::LifecyclePolicy`, 또는 `BackupSelection`이 있는 `AWS::Backup::BackupPlan`. Terraform: `aws_dlm_lifecycle_policy` 또는 `aws_backup_plan` + `aws_backup_selection`. CDK: `backup.BackupPlan`에 `addSelection(...)`으로 리소스나 태그 기반 선택을 추가하세요.',
    },
    fixable: [],
    examples: [
      {
        format: 'cloudformation',
        bad: 'Resources:\n  Data:\n    Type: AWS::EC2::Volume\n    Properties:\n      AvailabilityZone: us-east-1a\n      Size: 100\n      Encrypted: true\n',
        good: 'Resources:\n  Data:\n    Type: AWS::EC2::Volume\n    Properties:\n      AvailabilityZone: us-east-1a\n      Size: 100\n      Encrypted: true\n      Tags:\n        - Key: backup\n          Value: daily\n  Snapshots:\n    Type: AWS::DLM::LifecyclePolicy\n    Properties:\n      Description: Daily EBS snapshots\n      State: ENABLED\n      ExecutionRoleArn: arn:aws:iam::123456789012:role/AWSDataLifecycleManagerDefaultRole\n      PolicyDetails:\n        ResourceTypes: [VOLUME]\n        TargetTags:\n          - Key: backup\n            Value: daily\n        Schedules:\n          - Name: daily\n            CreateRule: { Interval: 24, IntervalUnit: HOURS }\n            RetainRule: { Count: 7 }\n',
      },
      {
        format: 'terraform',
        bad: 'resource "aws_ebs_volume" "data" {\n  availability_zone = "us-east-1a"\n  size              = 100\n  encrypted         = true\n}\n',
        good: 'resource "aws_ebs_volume" "data" {\n  availability_zone = "us-east-1a"\n  size              = 100\n  encrypted         = true\n  tags = { backup = "daily" }\n}\n\nresource "aws_backup_plan" "daily" {\n  name = "daily"\n  rule {\n    rule_name         = "daily"\n    target_vault_name = "Default"\n    schedule          = "cron(0 5 * * ? *)"\n  }\n}\n',
      },
      {
        format: 'cdk-typescript',
        bad: "import * as ec2 from 'aws-cdk-lib/aws-ec2';\nnew ec2.Volume(this, 'Data', { availabilityZone: 'us-east-1a', encrypted: true });\n",
        good: "import * as ec2 from 'aws-cdk-lib/aws-ec2';\nimport * as backup from 'aws-cdk-lib/aws-backup';\nnew ec2.Volume(this, 'Data', { availabilityZone: 'us-east-1a', encrypted: true });\nbackup.BackupPlan.dailyWeeklyMonthly5YearRetention(this, 'Plan');\n",
      },
    ],
  },

  check(volume, context) {
    if (hasSchedule(context.doc, context.text)) return;
    context.report({ messageId: 'noSchedule', data: { name: volume.name }, range: volume.typeRange });
  },
};

function hasSchedule(doc: ParsedDocument, text: string): boolean {
  if (doc.format === 'cdk-typescript' || doc.format === 'cdk-python') {
    if (CDK_SCHEDULE.test(text)) return true;
  }
  return doc.resources.some(r => {
    if (SCHEDULE_KINDS.has(r.kind)) return true;
    if (r.role === 'module') {
      const source = r.properties.find(p => p.key === 'source');
      const src = source?.value.kind === 'string' ? source.value.value : '';
      return SCHEDULE_MODULE.test(r.name) || SCHEDULE_MODULE.test(src);
    }
    return false;
  });
}

export default rule;
