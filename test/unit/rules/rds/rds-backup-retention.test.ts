import rule from '../../../../src/core/rules/rds/rds-backup-retention';
import { dedent, runRuleTests } from '../ruleTester';

runRuleTests(rule, {
  valid: [
    {
      name: 'spreads and backup settings we cannot see into',
      syntax: 'typescript',
      code: dedent(`
        import { Duration } from 'aws-cdk-lib';
        import * as rds from 'aws-cdk-lib/aws-rds';
        new rds.DatabaseInstance(this, 'Db', { ...common, engine, vpc });
        new rds.DatabaseInstance(this, 'Db2', { engine, vpc, backupRetention: Duration.days(1), ...overrides });
        new rds.DatabaseCluster(this, 'C', { engine, vpc, backup: props.backup });
        new rds.DatabaseCluster(this, 'C2', { engine, vpc, backup: { ...backupDefaults, preferredWindow: '03:00-04:00' } });
      `),
    },
    {
      name: 'CloudFormation Properties as an intrinsic',
      syntax: 'yaml',
      code: dedent(`
        Conditions:
          Prod: !Equals [!Ref Env, prod]
        Resources:
          Db:
            Type: AWS::RDS::DBInstance
            Properties: !If [Prod, { Engine: mysql, BackupRetentionPeriod: 14 }, { Engine: mysql }]
      `),
    },
    {
      syntax: 'yaml',
      code: dedent(`
        Resources:
          Db:
            Type: AWS::RDS::DBInstance
            Properties:
              Engine: postgres
              BackupRetentionPeriod: 7
          Cluster:
            Type: AWS::RDS::DBCluster
            Properties:
              Engine: aurora-postgresql
              BackupRetentionPeriod: "35"
      `),
    },
    {
      name: 'a parameter is not guessed',
      syntax: 'yaml',
      code: dedent(`
        Parameters:
          Retention:
            Type: Number
        Resources:
          Db:
            Type: AWS::RDS::DBInstance
            Properties:
              Engine: postgres
              BackupRetentionPeriod: !Ref Retention
      `),
    },
    {
      name: 'Aurora instance, read replica, snapshot restore without a value',
      syntax: 'yaml',
      code: dedent(`
        Resources:
          Cluster:
            Type: AWS::RDS::DBCluster
            Properties:
              Engine: aurora-mysql
              BackupRetentionPeriod: 14
          Writer:
            Type: AWS::RDS::DBInstance
            Properties:
              DBClusterIdentifier: !Ref Cluster
              Engine: aurora-mysql
          Replica:
            Type: AWS::RDS::DBInstance
            Properties:
              SourceDBInstanceIdentifier: !Ref Primary
              BackupRetentionPeriod: 0
          Restored:
            Type: AWS::RDS::DBInstance
            Properties:
              DBSnapshotIdentifier: nightly
          RestoredCluster:
            Type: AWS::RDS::DBCluster
            Properties:
              Engine: aurora-mysql
              SnapshotIdentifier: nightly
      `),
    },
    {
      syntax: 'json',
      code: '{\n  "Resources": {\n    "Db": {\n      "Type": "AWS::RDS::DBInstance",\n      "Properties": { "Engine": "mysql", "BackupRetentionPeriod": 10 }\n    }\n  }\n}\n',
    },
    {
      syntax: 'terraform',
      code: dedent(`
        resource "aws_db_instance" "db" {
          engine                  = "postgres"
          backup_retention_period = 7
        }

        resource "aws_rds_cluster" "c" {
          engine                  = "aurora-postgresql"
          backup_retention_period = "30"
        }

        resource "aws_rds_cluster_instance" "i" {
          cluster_identifier = aws_rds_cluster.c.id
          instance_class     = "db.r7g.large"
        }
      `),
    },
    {
      name: 'variables, replicas and restores are not guessed',
      syntax: 'terraform',
      code: dedent(`
        resource "aws_db_instance" "db" {
          engine                  = "postgres"
          backup_retention_period = var.retention
        }

        resource "aws_db_instance" "replica" {
          replicate_source_db = aws_db_instance.db.identifier
        }

        resource "aws_db_instance" "restored" {
          snapshot_identifier = "nightly"
        }
      `),
    },
    {
      syntax: 'typescript',
      code: dedent(`
        import * as cdk from 'aws-cdk-lib';
        import * as rds from 'aws-cdk-lib/aws-rds';
        new rds.DatabaseInstance(this, 'Db', { engine, vpc, backupRetention: cdk.Duration.days(7) });
        new rds.DatabaseCluster(this, 'Cluster', { engine, vpc, backup: { retention: cdk.Duration.days(14), preferredWindow: '03:00-04:00' } });
      `),
    },
    {
      name: 'durations that cannot be read are not guessed',
      syntax: 'typescript',
      code: dedent(`
        import { Duration } from 'aws-cdk-lib';
        import * as rds from 'aws-cdk-lib/aws-rds';
        new rds.DatabaseInstance(this, 'Db', { engine, vpc, backupRetention: Duration.days(props.days) });
        new rds.DatabaseInstance(this, 'Db2', { engine, vpc, backupRetention: retention });
      `),
    },
    {
      name: 'L1 construct',
      syntax: 'typescript',
      code: dedent(`
        import * as rds from 'aws-cdk-lib/aws-rds';
        new rds.CfnDBCluster(this, 'Cluster', { engine: 'aurora-mysql', backupRetentionPeriod: 7 });
      `),
    },
    {
      syntax: 'python',
      code: dedent(`
        from aws_cdk import Duration, aws_rds as rds
        rds.DatabaseInstance(self, "Db", engine=engine, vpc=vpc, backup_retention=Duration.days(7))
      `),
    },
  ],
  invalid: [
    {
      syntax: 'yaml',
      code: dedent(`
        Resources:
          Db:
            Type: AWS::RDS::DBInstance
            Properties:
              Engine: postgres
      `),
      errors: [{ messageId: 'missing', line: 3, column: 11, endLine: 3, endColumn: 31, data: { name: 'Db' } }],
      output: dedent(`
        Resources:
          Db:
            Type: AWS::RDS::DBInstance
            Properties:
              Engine: postgres
              BackupRetentionPeriod: 7
      `),
    },
    {
      name: 'backups off',
      syntax: 'yaml',
      code: dedent(`
        Resources:
          Db:
            Type: AWS::RDS::DBInstance
            Properties:
              Engine: postgres
              BackupRetentionPeriod: 0
      `),
      errors: [{ messageId: 'disabled', line: 6, column: 30, endLine: 6, endColumn: 31, data: { name: 'Db' } }],
      output: dedent(`
        Resources:
          Db:
            Type: AWS::RDS::DBInstance
            Properties:
              Engine: postgres
              BackupRetentionPeriod: 7
      `),
    },
    {
      name: 'short retention on an Aurora cluster, quoted',
      syntax: 'yaml',
      code: dedent(`
        Resources:
          Cluster:
            Type: AWS::RDS::DBCluster
            Properties:
              Engine: aurora-mysql
              BackupRetentionPeriod: "3"
      `),
      errors: [{ messageId: 'short', line: 6, column: 30, endLine: 6, endColumn: 33, data: { name: 'Cluster', days: 3 } }],
      output: dedent(`
        Resources:
          Cluster:
            Type: AWS::RDS::DBCluster
            Properties:
              Engine: aurora-mysql
              BackupRetentionPeriod: 7
      `),
    },
    {
      name: 'a snapshot restore that sets a short retention',
      syntax: 'yaml',
      code: dedent(`
        Resources:
          Restored:
            Type: AWS::RDS::DBInstance
            Properties:
              DBSnapshotIdentifier: nightly
              BackupRetentionPeriod: 1
      `),
      errors: [{ messageId: 'short', line: 6, column: 30, endLine: 6, endColumn: 31 }],
      output: dedent(`
        Resources:
          Restored:
            Type: AWS::RDS::DBInstance
            Properties:
              DBSnapshotIdentifier: nightly
              BackupRetentionPeriod: 7
      `),
    },
    {
      syntax: 'json',
      code: '{\n  "Resources": {\n    "Db": {\n      "Type": "AWS::RDS::DBInstance",\n      "Properties": { "Engine": "mysql", "BackupRetentionPeriod": 2 }\n    }\n  }\n}\n',
      errors: [{ messageId: 'short', line: 5, column: 67, endLine: 5, endColumn: 68 }],
      output: '{\n  "Resources": {\n    "Db": {\n      "Type": "AWS::RDS::DBInstance",\n      "Properties": { "Engine": "mysql", "BackupRetentionPeriod": 7 }\n    }\n  }\n}\n',
    },
    {
      syntax: 'terraform',
      code: dedent(`
        resource "aws_db_instance" "db" {
          engine = "postgres"
        }
      `),
      errors: [{ messageId: 'missing', line: 1, column: 11, endLine: 1, endColumn: 26 }],
      output: dedent(`
        resource "aws_db_instance" "db" {
          engine                  = "postgres"
          backup_retention_period = 7
        }
      `),
    },
    {
      name: 'cluster with backups for 1 day',
      syntax: 'terraform',
      code: dedent(`
        resource "aws_rds_cluster" "c" {
          engine                  = "aurora-postgresql"
          backup_retention_period = 1
        }
      `),
      errors: [{ messageId: 'short', line: 3, column: 29, endLine: 3, endColumn: 30, data: { name: 'aws_rds_cluster.c', days: 1 } }],
      output: dedent(`
        resource "aws_rds_cluster" "c" {
          engine                  = "aurora-postgresql"
          backup_retention_period = 7
        }
      `),
    },
    {
      syntax: 'typescript',
      code: dedent(`
        import * as cdk from 'aws-cdk-lib';
        import * as rds from 'aws-cdk-lib/aws-rds';
        new rds.DatabaseInstance(this, 'Db', { engine, vpc, backupRetention: cdk.Duration.days(0) });
      `),
      errors: [{ messageId: 'disabled', line: 3, column: 70, endLine: 3, endColumn: 90 }],
      output: dedent(`
        import * as cdk from 'aws-cdk-lib';
        import * as rds from 'aws-cdk-lib/aws-rds';
        new rds.DatabaseInstance(this, 'Db', { engine, vpc, backupRetention: cdk.Duration.days(7) });
      `),
    },
    {
      name: 'default retention, Duration imported by the fix',
      syntax: 'typescript',
      code: dedent(`
        import * as rds from 'aws-cdk-lib/aws-rds';
        new rds.DatabaseInstance(this, 'Db', { engine, vpc });
      `),
      errors: [{ messageId: 'missing', line: 2, column: 5, endLine: 2, endColumn: 25 }],
      output: dedent(`
        import * as rds from 'aws-cdk-lib/aws-rds';
        import { Duration } from 'aws-cdk-lib';
        new rds.DatabaseInstance(this, 'Db', { engine, vpc, backupRetention: Duration.days(7) });
      `),
    },
    {
      name: 'cluster backup window without retention',
      syntax: 'typescript',
      code: dedent(`
        import { Duration } from 'aws-cdk-lib';
        import * as rds from 'aws-cdk-lib/aws-rds';
        new rds.DatabaseCluster(this, 'Cluster', { engine, vpc, backup: { preferredWindow: '03:00-04:00' } });
      `),
      errors: [{ messageId: 'missing', line: 3, column: 5, endLine: 3, endColumn: 24 }],
      output: dedent(`
        import { Duration } from 'aws-cdk-lib';
        import * as rds from 'aws-cdk-lib/aws-rds';
        new rds.DatabaseCluster(this, 'Cluster', { engine, vpc, backup: { preferredWindow: '03:00-04:00', retention: Duration.days(7) } });
      `),
    },
    {
      name: 'L1 construct',
      syntax: 'typescript',
      code: dedent(`
        import * as rds from 'aws-cdk-lib/aws-rds';
        new rds.CfnDBInstance(this, 'Db', { engine: 'mysql', backupRetentionPeriod: 3 });
      `),
      errors: [{ messageId: 'short', line: 2, column: 77, endLine: 2, endColumn: 78 }],
      output: dedent(`
        import * as rds from 'aws-cdk-lib/aws-rds';
        new rds.CfnDBInstance(this, 'Db', { engine: 'mysql', backupRetentionPeriod: 7 });
      `),
    },
    {
      syntax: 'python',
      code: dedent(`
        from aws_cdk import Duration, aws_rds as rds
        rds.DatabaseInstance(self, "Db", engine=engine, vpc=vpc, backup_retention=Duration.days(3))
      `),
      errors: [{ messageId: 'short', line: 2, column: 75, endLine: 2, endColumn: 91 }],
      output: dedent(`
        from aws_cdk import Duration, aws_rds as rds
        rds.DatabaseInstance(self, "Db", engine=engine, vpc=vpc, backup_retention=Duration.days(7))
      `),
    },
    {
      name: 'Python cluster without backup settings',
      syntax: 'python',
      code: dedent(`
        from aws_cdk import Duration, aws_rds as rds
        rds.DatabaseCluster(self, "Cluster", engine=engine, vpc=vpc)
      `),
      errors: [{ messageId: 'missing', line: 2, column: 1, endLine: 2, endColumn: 20 }],
      output: dedent(`
        from aws_cdk import Duration, aws_rds as rds
        rds.DatabaseCluster(self, "Cluster", engine=engine, vpc=vpc, backup={"retention": Duration.days(7)})
      `),
    },
  ],
});
