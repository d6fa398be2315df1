import rule from '../../../../src/core/rules/rds/rds-storage-encrypted';
import { dedent, runRuleTests } from '../ruleTester';

runRuleTests(rule, {
  valid: [
    {
      name: 'properties we cannot see',
      syntax: 'yaml',
      code: dedent(`
        Resources:
          Db:
            Type: AWS::RDS::DBInstance
            Properties:
              Fn::Transform:
                Name: AWS::Include
                Parameters:
                  Location: s3://templates/db-properties.yaml
      `),
    },
    {
      name: 'a spread may hold a storageEncryptionKey',
      syntax: 'typescript',
      code: dedent(`
        import * as rds from 'aws-cdk-lib/aws-rds';
        new rds.DatabaseInstance(this, 'Db', { ...encryption, engine, vpc, storageEncrypted: false });
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
              StorageEncrypted: true
      `),
    },
    {
      name: 'quoted true and a KMS key',
      syntax: 'yaml',
      code: dedent(`
        Resources:
          Db:
            Type: AWS::RDS::DBInstance
            Properties:
              Engine: postgres
              StorageEncrypted: "true"
              KmsKeyId: !GetAtt Key.Arn
      `),
    },
    {
      name: 'a parameter is not guessed',
      syntax: 'yaml',
      code: dedent(`
        Parameters:
          Encrypt:
            Type: String
        Resources:
          Db:
            Type: AWS::RDS::DBInstance
            Properties:
              Engine: postgres
              StorageEncrypted: !Ref Encrypt
      `),
    },
    {
      name: 'Aurora: encrypted by default since February 2026; instances follow the cluster',
      syntax: 'yaml',
      code: dedent(`
        Resources:
          Cluster:
            Type: AWS::RDS::DBCluster
            Properties:
              Engine: aurora-mysql
          Writer:
            Type: AWS::RDS::DBInstance
            Properties:
              Engine: aurora-mysql
              DBClusterIdentifier: !Ref Cluster
              DBInstanceClass: db.r7g.large
      `),
    },
    {
      name: 'a DB cluster whose engine is not written is not guessed',
      syntax: 'yaml',
      code: dedent(`
        Parameters:
          Engine:
            Type: String
        Resources:
          Cluster:
            Type: AWS::RDS::DBCluster
            Properties:
              Engine: !Ref Engine
      `),
    },
    {
      name: 'read replica and snapshot restore inherit encryption',
      syntax: 'yaml',
      code: dedent(`
        Resources:
          Replica:
            Type: AWS::RDS::DBInstance
            Properties:
              SourceDBInstanceIdentifier: !Ref Primary
              DBInstanceClass: db.m7g.large
          Restored:
            Type: AWS::RDS::DBInstance
            Properties:
              DBSnapshotIdentifier: arn:aws:rds:us-east-1:111111111111:snapshot:nightly
              DBInstanceClass: db.m7g.large
      `),
    },
    {
      name: 'RDS Custom is always encrypted',
      syntax: 'terraform',
      code: dedent(`
        resource "aws_db_instance" "custom" {
          engine                      = "custom-oracle-ee-cdb"
          custom_iam_instance_profile = "AWSRDSCustomInstanceProfile"
          kms_key_id                  = aws_kms_key.custom.arn
        }

        resource "aws_db_instance" "custom2" {
          engine = "custom-sqlserver-se"
        }
      `),
    },
    {
      name: 'a KMS key without the flag',
      syntax: 'yaml',
      code: dedent(`
        Resources:
          Db:
            Type: AWS::RDS::DBInstance
            Properties:
              Engine: postgres
              KmsKeyId: alias/rds
      `),
    },
    {
      syntax: 'json',
      code: '{\n  "Resources": {\n    "Db": {\n      "Type": "AWS::RDS::DBInstance",\n      "Properties": { "Engine": "mysql", "StorageEncrypted": true }\n    }\n  }\n}\n',
    },
    {
      syntax: 'terraform',
      code: dedent(`
        resource "aws_db_instance" "db" {
          engine            = "postgres"
          storage_encrypted = true
        }

        resource "aws_rds_cluster" "aurora" {
          engine = "aurora-postgresql"
        }

        resource "aws_rds_cluster_instance" "writer" {
          cluster_identifier = aws_rds_cluster.aurora.id
          instance_class     = "db.r7g.large"
        }
      `),
    },
    {
      name: 'variables and replicas are not guessed',
      syntax: 'terraform',
      code: dedent(`
        resource "aws_db_instance" "db" {
          engine            = "postgres"
          storage_encrypted = var.encrypted
        }

        resource "aws_db_instance" "replica" {
          replicate_source_db = aws_db_instance.db.identifier
          instance_class      = "db.m7g.large"
        }

        resource "aws_db_instance" "restored" {
          snapshot_identifier = "nightly"
          instance_class      = "db.m7g.large"
        }
      `),
    },
    {
      syntax: 'typescript',
      code: dedent(`
        import * as rds from 'aws-cdk-lib/aws-rds';
        new rds.DatabaseInstance(this, 'Db', { engine, vpc, storageEncrypted: true });
        new rds.DatabaseInstance(this, 'Db2', { engine, vpc, storageEncryptionKey: key });
        new rds.DatabaseCluster(this, 'Aurora', { engine: rds.DatabaseClusterEngine.auroraPostgres({ version }), vpc });
      `),
    },
    {
      name: 'L1 Aurora cluster',
      syntax: 'typescript',
      code: dedent(`
        import * as rds from 'aws-cdk-lib/aws-rds';
        new rds.CfnDBCluster(this, 'Cluster', { engine: 'aurora-postgresql' });
      `),
    },
    {
      syntax: 'python',
      code: dedent(`
        from aws_cdk import aws_rds as rds
        rds.DatabaseInstance(self, "Db", engine=engine, vpc=vpc, storage_encrypted=True)
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
              DBInstanceClass: db.m7g.large
      `),
      errors: [{ messageId: 'missing', line: 3, column: 11, endLine: 3, endColumn: 31, data: { name: 'Db' } }],
      output: dedent(`
        Resources:
          Db:
            Type: AWS::RDS::DBInstance
            Properties:
              Engine: postgres
              DBInstanceClass: db.m7g.large
              StorageEncrypted: true
      `),
    },
    {
      name: 'StorageEncrypted false',
      syntax: 'yaml',
      code: dedent(`
        Resources:
          Db:
            Type: AWS::RDS::DBInstance
            Properties:
              Engine: mariadb
              StorageEncrypted: false
      `),
      errors: [{ messageId: 'disabled', line: 6, column: 25, endLine: 6, endColumn: 30 }],
      output: dedent(`
        Resources:
          Db:
            Type: AWS::RDS::DBInstance
            Properties:
              Engine: mariadb
              StorageEncrypted: true
      `),
    },
    {
      name: 'Multi-AZ DB cluster',
      syntax: 'yaml',
      code: dedent(`
        Resources:
          Cluster:
            Type: AWS::RDS::DBCluster
            Properties:
              Engine: postgres
              DBClusterInstanceClass: db.m6gd.large
      `),
      errors: [{ messageId: 'missing', line: 3, column: 11, endLine: 3, endColumn: 30, data: { name: 'Cluster' } }],
      output: dedent(`
        Resources:
          Cluster:
            Type: AWS::RDS::DBCluster
            Properties:
              Engine: postgres
              DBClusterInstanceClass: db.m6gd.large
              StorageEncrypted: true
      `),
    },
    {
      syntax: 'json',
      code: '{\n  "Resources": {\n    "Db": {\n      "Type": "AWS::RDS::DBInstance",\n      "Properties": { "Engine": "mysql", "StorageEncrypted": "false" }\n    }\n  }\n}\n',
      errors: [{ messageId: 'disabled', line: 5, column: 62, endLine: 5, endColumn: 69 }],
      output: '{\n  "Resources": {\n    "Db": {\n      "Type": "AWS::RDS::DBInstance",\n      "Properties": { "Engine": "mysql", "StorageEncrypted": true }\n    }\n  }\n}\n',
    },
    {
      syntax: 'terraform',
      code: dedent(`
        resource "aws_db_instance" "db" {
          engine         = "postgres"
          instance_class = "db.m7g.large"
        }
      `),
      errors: [{ messageId: 'missing', line: 1, column: 11, endLine: 1, endColumn: 26, data: { name: 'aws_db_instance.db' } }],
      output: dedent(`
        resource "aws_db_instance" "db" {
          engine            = "postgres"
          instance_class    = "db.m7g.large"
          storage_encrypted = true
        }
      `),
    },
    {
      name: 'Multi-AZ DB cluster with encryption off',
      syntax: 'terraform',
      code: dedent(`
        resource "aws_rds_cluster" "mysql" {
          engine                    = "mysql"
          db_cluster_instance_class = "db.m6gd.large"
          storage_encrypted         = false
        }
      `),
      errors: [{ messageId: 'disabled', line: 4, column: 31, endLine: 4, endColumn: 36 }],
      output: dedent(`
        resource "aws_rds_cluster" "mysql" {
          engine                    = "mysql"
          db_cluster_instance_class = "db.m6gd.large"
          storage_encrypted         = true
        }
      `),
    },
    {
      syntax: 'typescript',
      code: dedent(`
        import * as rds from 'aws-cdk-lib/aws-rds';
        new rds.DatabaseInstance(this, 'Db', { engine, vpc });
      `),
      errors: [{ messageId: 'missing', line: 2, column: 5, endLine: 2, endColumn: 25 }],
      output: dedent(`
        import * as rds from 'aws-cdk-lib/aws-rds';
        new rds.DatabaseInstance(this, 'Db', { engine, vpc, storageEncrypted: true });
      `),
    },
    {
      name: 'L1 construct with encryption off',
      syntax: 'typescript',
      code: dedent(`
        import * as rds from 'aws-cdk-lib/aws-rds';
        new rds.CfnDBInstance(this, 'Db', { engine: 'postgres', storageEncrypted: false });
      `),
      errors: [{ messageId: 'disabled', line: 2, column: 75, endLine: 2, endColumn: 80 }],
      output: dedent(`
        import * as rds from 'aws-cdk-lib/aws-rds';
        new rds.CfnDBInstance(this, 'Db', { engine: 'postgres', storageEncrypted: true });
      `),
    },
    {
      syntax: 'python',
      code: dedent(`
        from aws_cdk import aws_rds as rds
        rds.DatabaseInstance(self, "Db", engine=engine, vpc=vpc, storage_encrypted=False)
      `),
      errors: [{ messageId: 'disabled', line: 2, column: 76, endLine: 2, endColumn: 81 }],
      output: dedent(`
        from aws_cdk import aws_rds as rds
        rds.DatabaseInstance(self, "Db", engine=engine, vpc=vpc, storage_encrypted=True)
      `),
    },
  ],
});
