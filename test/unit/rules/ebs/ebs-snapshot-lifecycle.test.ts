import rule from '../../../../src/core/rules/ebs/ebs-snapshot-lifecycle';
import { dedent, runRuleTests } from '../ruleTester';

runRuleTests(rule, {
  valid: [
    {
      name: 'a DLM policy in the file',
      syntax: 'yaml',
      code: dedent(`
        Resources:
          Data:
            Type: AWS::EC2::Volume
            Properties:
              AvailabilityZone: us-east-1a
              Size: 100
          Snapshots:
            Type: AWS::DLM::LifecyclePolicy
            Properties:
              Description: daily
      `),
    },
    {
      name: 'an AWS Backup plan in the file',
      syntax: 'yaml',
      code: dedent(`
        Resources:
          Data:
            Type: AWS::EC2::Volume
            Properties:
              AvailabilityZone: us-east-1a
          Plan:
            Type: AWS::Backup::BackupPlan
            Properties:
              BackupPlan:
                BackupPlanName: daily
                BackupPlanRule: []
      `),
    },
    {
      name: 'no volume, nothing to say',
      syntax: 'yaml',
      code: dedent(`
        Resources:
          Web:
            Type: AWS::EC2::Instance
            Properties:
              ImageId: ami-1
      `),
    },
    {
      syntax: 'json',
      code: '{\n  "Resources": {\n    "Data": { "Type": "AWS::EC2::Volume", "Properties": { "AvailabilityZone": "a" } },\n    "Plan": { "Type": "AWS::DLM::LifecyclePolicy", "Properties": {} }\n  }\n}\n',
    },
    {
      syntax: 'terraform',
      code: dedent(`
        resource "aws_ebs_volume" "data" {
          availability_zone = "us-east-1a"
        }

        resource "aws_dlm_lifecycle_policy" "daily" {
          description        = "daily"
          execution_role_arn = aws_iam_role.dlm.arn
        }
      `),
    },
    {
      name: 'a backup plan',
      syntax: 'terraform',
      code: dedent(`
        resource "aws_ebs_volume" "data" {
          availability_zone = "us-east-1a"
        }

        resource "aws_backup_plan" "daily" {
          name = "daily"
        }
      `),
    },
    {
      name: 'a module about backups may hold the plan',
      syntax: 'terraform',
      code: dedent(`
        resource "aws_ebs_volume" "data" {
          availability_zone = "us-east-1a"
        }

        module "backups" {
          source = "./modules/aws-backup"
        }
      `),
    },
    {
      syntax: 'typescript',
      code: dedent(`
        import * as ec2 from 'aws-cdk-lib/aws-ec2';
        import * as backup from 'aws-cdk-lib/aws-backup';
        new ec2.Volume(this, 'Data', { availabilityZone: 'us-east-1a' });
        const plan = backup.BackupPlan.daily35DayRetention(this, 'Plan');
      `),
    },
    {
      name: 'L1 volume and an L1 DLM policy',
      syntax: 'typescript',
      code: dedent(`
        import { aws_ec2 as ec2, aws_dlm as dlm } from 'aws-cdk-lib';
        new ec2.CfnVolume(this, 'Data', { availabilityZone: 'us-east-1a' });
        new dlm.CfnLifecyclePolicy(this, 'Snapshots', { description: 'daily' });
      `),
    },
    {
      syntax: 'python',
      code: dedent(`
        from aws_cdk import aws_ec2 as ec2, aws_backup as backup
        ec2.Volume(self, "Data", availability_zone="us-east-1a")
        backup.BackupPlan(self, "Plan")
      `),
    },
  ],
  invalid: [
    {
      syntax: 'yaml',
      code: dedent(`
        Resources:
          Data:
            Type: AWS::EC2::Volume
            Properties:
              AvailabilityZone: us-east-1a
              Size: 100
      `),
      errors: [{ messageId: 'noSchedule', line: 3, column: 11, endLine: 3, endColumn: 27, data: { name: 'Data' }, severity: 'hint' }],
      output: null,
    },
    {
      syntax: 'json',
      code: '{\n  "Resources": {\n    "Data": { "Type": "AWS::EC2::Volume", "Properties": { "AvailabilityZone": "a" } }\n  }\n}\n',
      errors: [{ messageId: 'noSchedule', line: 3, column: 24, endLine: 3, endColumn: 40 }],
    },
    {
      name: 'a module unrelated to backups does not silence',
      syntax: 'terraform',
      code: dedent(`
        resource "aws_ebs_volume" "data" {
          availability_zone = "us-east-1a"
        }

        module "network" {
          source = "./modules/vpc"
        }
      `),
      errors: [{ messageId: 'noSchedule', line: 1, column: 11, endLine: 1, endColumn: 25, data: { name: 'aws_ebs_volume.data' } }],
    },
    {
      syntax: 'typescript',
      code: dedent(`
        import * as ec2 from 'aws-cdk-lib/aws-ec2';
        new ec2.Volume(this, 'Data', { availabilityZone: 'us-east-1a' });
      `),
      errors: [{ messageId: 'noSchedule', line: 2, column: 5, endLine: 2, endColumn: 15 }],
    },
    {
      name: 'L1 volume',
      syntax: 'typescript',
      code: dedent(`
        import * as ec2 from 'aws-cdk-lib/aws-ec2';
        new ec2.CfnVolume(this, 'Data', { availabilityZone: 'us-east-1a' });
      `),
      errors: [{ messageId: 'noSchedule', line: 2, column: 5, endLine: 2, endColumn: 18 }],
    },
    {
      syntax: 'python',
      code: dedent(`
        from aws_cdk import aws_ec2 as ec2
        ec2.Volume(self, "Data", availability_zone="us-east-1a")
      `),
      errors: [{ messageId: 'noSchedule', line: 2, column: 1, endLine: 2, endColumn: 11 }],
    },
  ],
});
