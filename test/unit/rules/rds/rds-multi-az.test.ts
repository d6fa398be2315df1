import rule from '../../../../src/core/rules/rds/rds-multi-az';
import { dedent, runRuleTests } from '../ruleTester';

runRuleTests(rule, {
  valid: [
    {
      name: 'properties we cannot see: CloudFormation Properties as !If, a CDK spread',
      syntax: 'yaml',
      code: dedent(`
        Conditions:
          Prod: !Equals [!Ref Env, prod]
        Resources:
          Db:
            Type: AWS::RDS::DBInstance
            Properties: !If
              - Prod
              - { Engine: mysql, MultiAZ: true }
              - { Engine: mysql, MultiAZ: false }
      `),
    },
    {
      name: 'a CDK spread may hold multiAz',
      syntax: 'typescript',
      code: dedent(`
        import * as rds from 'aws-cdk-lib/aws-rds';
        new rds.DatabaseInstance(this, 'Db', { ...common, engine, vpc });
      `),
    },
    {
      name: 'Python **kwargs may hold multi_az',
      syntax: 'python',
      code: dedent(`
        from aws_cdk import aws_rds as rds
        rds.DatabaseInstance(self, "Db", engine=engine, vpc=vpc, **settings)
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
              MultiAZ: true
      `),
    },
    {
      name: 'quoted boolean',
      syntax: 'yaml',
      code: dedent(`
        Resources:
          Db:
            Type: AWS::RDS::DBInstance
            Properties:
              Engine: mysql
              MultiAZ: "true"
      `),
    },
    {
      name: 'a parameter is not guessed',
      syntax: 'yaml',
      code: dedent(`
        Parameters:
          MultiAZ:
            Type: String
        Resources:
          Db:
            Type: AWS::RDS::DBInstance
            Properties:
              Engine: mysql
              MultiAZ: !Ref MultiAZ
      `),
    },
    {
      name: 'a condition is not guessed',
      syntax: 'yaml',
      code: dedent(`
        Conditions:
          IsProd: !Equals [!Ref AWS::AccountId, "111111111111"]
        Resources:
          Db:
            Type: AWS::RDS::DBInstance
            Properties:
              Engine: mysql
              MultiAZ: !If [IsProd, true, false]
      `),
    },
    {
      name: 'Aurora instance: availability comes from the cluster',
      syntax: 'yaml',
      code: dedent(`
        Resources:
          Cluster:
            Type: AWS::RDS::DBCluster
            Properties:
              Engine: aurora-postgresql
          Writer:
            Type: AWS::RDS::DBInstance
            Properties:
              Engine: aurora-postgresql
              DBClusterIdentifier: !Ref Cluster
              DBInstanceClass: db.r7g.large
      `),
    },
    {
      name: 'read replica',
      syntax: 'yaml',
      code: dedent(`
        Resources:
          Replica:
            Type: AWS::RDS::DBInstance
            Properties:
              SourceDBInstanceIdentifier: arn:aws:rds:us-east-1:111111111111:db:primary
              DBInstanceClass: db.m7g.large
      `),
    },
    {
      name: 'SQL Server Express has no Multi-AZ',
      syntax: 'yaml',
      code: dedent(`
        Resources:
          Db:
            Type: AWS::RDS::DBInstance
            Properties:
              Engine: sqlserver-ex
              DBInstanceClass: db.t3.small
      `),
    },
    {
      name: 'other resource kinds',
      syntax: 'yaml',
      code: dedent(`
        Resources:
          Cluster:
            Type: AWS::RDS::DBCluster
            Properties:
              Engine: aurora-mysql
      `),
    },
    {
      syntax: 'json',
      code: '{\n  "Resources": {\n    "Db": {\n      "Type": "AWS::RDS::DBInstance",\n      "Properties": { "Engine": "mysql", "MultiAZ": true }\n    }\n  }\n}\n',
    },
    {
      syntax: 'terraform',
      code: dedent(`
        resource "aws_db_instance" "db" {
          engine         = "postgres"
          instance_class = "db.m7g.large"
          multi_az       = true
        }
      `),
    },
    {
      name: 'a variable is not guessed',
      syntax: 'terraform',
      code: dedent(`
        resource "aws_db_instance" "db" {
          engine   = "postgres"
          multi_az = var.multi_az
        }
      `),
    },
    {
      name: 'Aurora cluster instance and read replica',
      syntax: 'terraform',
      code: dedent(`
        resource "aws_rds_cluster" "c" {
          engine = "aurora-mysql"
        }

        resource "aws_rds_cluster_instance" "i" {
          cluster_identifier = aws_rds_cluster.c.id
          instance_class     = "db.r7g.large"
          engine             = aws_rds_cluster.c.engine
        }

        resource "aws_db_instance" "replica" {
          replicate_source_db = "primary"
          instance_class      = "db.m7g.large"
        }
      `),
    },
    {
      name: 'SQL Server Express and RDS Custom for Oracle',
      syntax: 'terraform',
      code: dedent(`
        resource "aws_db_instance" "express" {
          engine         = "sqlserver-ex"
          instance_class = "db.t3.small"
        }

        resource "aws_db_instance" "custom" {
          engine         = "custom-oracle-ee"
          instance_class = "db.m5.large"
        }
      `),
    },
    {
      syntax: 'typescript',
      code: dedent(`
        import * as rds from 'aws-cdk-lib/aws-rds';
        new rds.DatabaseInstance(this, 'Db', { engine: rds.DatabaseInstanceEngine.POSTGRES, vpc, multiAz: true });
      `),
    },
    {
      name: 'Python SQL Server Express engine constant',
      syntax: 'python',
      code: dedent(`
        from aws_cdk import aws_rds as rds
        rds.DatabaseInstance(self, "Db", engine=rds.DatabaseInstanceEngine.SQL_SERVER_EX, vpc=vpc)
      `),
    },
    {
      name: 'from props is not guessed',
      syntax: 'typescript',
      code: dedent(`
        import * as rds from 'aws-cdk-lib/aws-rds';
        new rds.DatabaseInstance(this, 'Db', { engine: rds.DatabaseInstanceEngine.POSTGRES, vpc, multiAz: props.prod });
      `),
    },
    {
      name: 'CDK SQL Server Express',
      syntax: 'typescript',
      code: dedent(`
        import * as rds from 'aws-cdk-lib/aws-rds';
        new rds.DatabaseInstance(this, 'Db', {
          engine: rds.DatabaseInstanceEngine.sqlServerEx({ version: rds.SqlServerEngineVersion.VER_16 }),
          vpc,
        });
      `),
    },
    {
      name: 'L1 construct',
      syntax: 'typescript',
      code: dedent(`
        import { aws_rds as rds } from 'aws-cdk-lib';
        new rds.CfnDBInstance(this, 'Db', { engine: 'mysql', multiAz: true });
      `),
    },
    {
      name: 'read replica construct',
      syntax: 'typescript',
      code: dedent(`
        import * as rds from 'aws-cdk-lib/aws-rds';
        new rds.DatabaseInstanceReadReplica(this, 'Replica', { sourceDatabaseInstance: source, instanceType, vpc });
      `),
    },
    {
      syntax: 'python',
      code: dedent(`
        from aws_cdk import aws_rds as rds
        rds.DatabaseInstance(self, "Db", engine=rds.DatabaseInstanceEngine.POSTGRES, vpc=vpc, multi_az=True)
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
              MultiAZ: true
      `),
    },
    {
      name: 'MultiAZ false',
      syntax: 'yaml',
      code: dedent(`
        Resources:
          Db:
            Type: AWS::RDS::DBInstance
            Properties:
              Engine: mysql
              MultiAZ: false
      `),
      errors: [{ messageId: 'disabled', line: 6, column: 16, endLine: 6, endColumn: 21, data: { name: 'Db' } }],
      output: dedent(`
        Resources:
          Db:
            Type: AWS::RDS::DBInstance
            Properties:
              Engine: mysql
              MultiAZ: true
      `),
    },
    {
      name: 'a fixed Availability Zone: no fix (a Multi-AZ instance cannot name one)',
      syntax: 'yaml',
      code: dedent(`
        Resources:
          Db:
            Type: AWS::RDS::DBInstance
            Properties:
              Engine: mysql
              AvailabilityZone: us-east-1a
      `),
      errors: [{ messageId: 'missing', line: 3, column: 11, endLine: 3, endColumn: 31 }],
      output: null,
    },
    {
      name: 'engine from a parameter still needs Multi-AZ',
      syntax: 'yaml',
      code: dedent(`
        Parameters:
          Engine:
            Type: String
        Resources:
          Db:
            Type: AWS::RDS::DBInstance
            Properties:
              Engine: !Ref Engine
              MultiAZ: "false"
      `),
      errors: [{ messageId: 'disabled', line: 9, column: 16, endLine: 9, endColumn: 23 }],
      output: dedent(`
        Parameters:
          Engine:
            Type: String
        Resources:
          Db:
            Type: AWS::RDS::DBInstance
            Properties:
              Engine: !Ref Engine
              MultiAZ: true
      `),
    },
    {
      syntax: 'json',
      code: '{\n  "Resources": {\n    "Db": {\n      "Type": "AWS::RDS::DBInstance",\n      "Properties": {\n        "Engine": "mysql"\n      }\n    }\n  }\n}\n',
      errors: [{ messageId: 'missing', line: 4, column: 16, endLine: 4, endColumn: 36 }],
      output: '{\n  "Resources": {\n    "Db": {\n      "Type": "AWS::RDS::DBInstance",\n      "Properties": {\n        "Engine": "mysql",\n        "MultiAZ": true\n      }\n    }\n  }\n}\n',
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
          engine         = "postgres"
          instance_class = "db.m7g.large"
          multi_az       = true
        }
      `),
    },
    {
      name: 'multi_az = false',
      syntax: 'terraform',
      code: dedent(`
        resource "aws_db_instance" "db" {
          engine   = "mysql"
          multi_az = false
        }
      `),
      errors: [{ messageId: 'disabled', line: 3, column: 14, endLine: 3, endColumn: 19 }],
      output: dedent(`
        resource "aws_db_instance" "db" {
          engine   = "mysql"
          multi_az = true
        }
      `),
    },
    {
      name: 'a fixed availability_zone: no fix',
      syntax: 'terraform',
      code: dedent(`
        resource "aws_db_instance" "db" {
          engine            = "mysql"
          availability_zone = "eu-west-1a"
        }
      `),
      errors: [{ messageId: 'missing', line: 1, column: 11, endLine: 1, endColumn: 26 }],
      output: null,
    },
    {
      name: 'a fixed availabilityZone: no fix',
      syntax: 'typescript',
      code: dedent(`
        import * as rds from 'aws-cdk-lib/aws-rds';
        new rds.DatabaseInstance(this, 'Db', { engine, vpc, availabilityZone: 'eu-west-1a', multiAz: false });
      `),
      errors: [{ messageId: 'disabled', line: 2, column: 94, endLine: 2, endColumn: 99 }],
      output: null,
    },
    {
      syntax: 'typescript',
      code: dedent(`
        import * as rds from 'aws-cdk-lib/aws-rds';
        const db = new rds.DatabaseInstance(this, 'Db', {
          engine: rds.DatabaseInstanceEngine.POSTGRES,
          vpc,
        });
      `),
      errors: [{ messageId: 'missing', line: 2, column: 16, endLine: 2, endColumn: 36 }],
      output: dedent(`
        import * as rds from 'aws-cdk-lib/aws-rds';
        const db = new rds.DatabaseInstance(this, 'Db', {
          engine: rds.DatabaseInstanceEngine.POSTGRES,
          vpc,
          multiAz: true,
        });
      `),
    },
    {
      name: 'multiAz: false',
      syntax: 'typescript',
      code: dedent(`
        import { DatabaseInstance } from 'aws-cdk-lib/aws-rds';
        new DatabaseInstance(this, 'Db', { engine, vpc, multiAz: false });
      `),
      errors: [{ messageId: 'disabled', line: 2, column: 58, endLine: 2, endColumn: 63 }],
      output: dedent(`
        import { DatabaseInstance } from 'aws-cdk-lib/aws-rds';
        new DatabaseInstance(this, 'Db', { engine, vpc, multiAz: true });
      `),
    },
    {
      name: 'L1 construct',
      syntax: 'typescript',
      code: dedent(`
        import * as rds from 'aws-cdk-lib/aws-rds';
        new rds.CfnDBInstance(this, 'Db', { engine: 'mysql', dbInstanceClass: 'db.m7g.large' });
      `),
      errors: [{ messageId: 'missing', line: 2, column: 5, endLine: 2, endColumn: 22 }],
      output: dedent(`
        import * as rds from 'aws-cdk-lib/aws-rds';
        new rds.CfnDBInstance(this, 'Db', { engine: 'mysql', dbInstanceClass: 'db.m7g.large', multiAz: true });
      `),
    },
    {
      syntax: 'python',
      code: dedent(`
        from aws_cdk import aws_rds as rds
        rds.DatabaseInstance(self, "Db", engine=rds.DatabaseInstanceEngine.POSTGRES, vpc=vpc)
      `),
      errors: [{ messageId: 'missing', line: 2, column: 1, endLine: 2, endColumn: 21 }],
      output: dedent(`
        from aws_cdk import aws_rds as rds
        rds.DatabaseInstance(self, "Db", engine=rds.DatabaseInstanceEngine.POSTGRES, vpc=vpc, multi_az=True)
      `),
    },
    {
      name: 'Python L1 with multi_az=False',
      syntax: 'python',
      code: dedent(`
        from aws_cdk import aws_rds as rds
        rds.CfnDBInstance(self, "Db", engine="mysql", multi_az=False)
      `),
      errors: [{ messageId: 'disabled', line: 2, column: 56, endLine: 2, endColumn: 61 }],
      output: dedent(`
        from aws_cdk import aws_rds as rds
        rds.CfnDBInstance(self, "Db", engine="mysql", multi_az=True)
      `),
    },
  ],
});
