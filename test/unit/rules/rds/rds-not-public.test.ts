import rule from '../../../../src/core/rules/rds/rds-not-public';
import { dedent, runRuleTests } from '../ruleTester';

runRuleTests(rule, {
  valid: [
    {
      name: 'a later spread may replace the flag; a spread may hold publiclyAccessible: false',
      syntax: 'typescript',
      code: dedent(`
        import * as ec2 from 'aws-cdk-lib/aws-ec2';
        import * as rds from 'aws-cdk-lib/aws-rds';
        new rds.DatabaseInstance(this, 'Db', { engine, vpc, publiclyAccessible: true, ...overrides });
        new rds.DatabaseInstance(this, 'Db2', { ...common, vpcSubnets: { subnetType: ec2.SubnetType.PUBLIC } });
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
              PubliclyAccessible: false
      `),
    },
    {
      name: 'absent: depends on the VPC, not guessed',
      syntax: 'yaml',
      code: dedent(`
        Resources:
          Db:
            Type: AWS::RDS::DBInstance
            Properties:
              Engine: postgres
              DBSubnetGroupName: !Ref Subnets
      `),
    },
    {
      name: 'a parameter is not guessed',
      syntax: 'yaml',
      code: dedent(`
        Parameters:
          Public:
            Type: String
            AllowedValues: ["true", "false"]
        Resources:
          Db:
            Type: AWS::RDS::DBInstance
            Properties:
              Engine: postgres
              PubliclyAccessible: !Ref Public
      `),
    },
    {
      name: 'quoted false',
      syntax: 'yaml',
      code: dedent(`
        Resources:
          Cluster:
            Type: AWS::RDS::DBCluster
            Properties:
              Engine: mysql
              DBClusterInstanceClass: db.m6gd.large
              PubliclyAccessible: "false"
      `),
    },
    {
      syntax: 'json',
      code: '{\n  "Resources": {\n    "Db": {\n      "Type": "AWS::RDS::DBInstance",\n      "Properties": { "Engine": "mysql", "PubliclyAccessible": false }\n    }\n  }\n}\n',
    },
    {
      syntax: 'terraform',
      code: dedent(`
        resource "aws_db_instance" "db" {
          engine              = "postgres"
          publicly_accessible = false
        }

        resource "aws_rds_cluster_instance" "i" {
          cluster_identifier = "c"
          instance_class     = "db.r7g.large"
        }
      `),
    },
    {
      name: 'a variable is not guessed',
      syntax: 'terraform',
      code: dedent(`
        resource "aws_db_instance" "db" {
          engine              = "postgres"
          publicly_accessible = var.public
        }
      `),
    },
    {
      syntax: 'typescript',
      code: dedent(`
        import * as ec2 from 'aws-cdk-lib/aws-ec2';
        import * as rds from 'aws-cdk-lib/aws-rds';
        new rds.DatabaseInstance(this, 'Db', { engine, vpc, vpcSubnets: { subnetType: ec2.SubnetType.PRIVATE_ISOLATED } });
        new rds.DatabaseInstance(this, 'Db2', { engine, vpc });
      `),
    },
    {
      name: 'public subnets but explicitly private',
      syntax: 'typescript',
      code: dedent(`
        import { aws_ec2 as ec2, aws_rds as rds } from 'aws-cdk-lib';
        new rds.DatabaseInstance(this, 'Db', {
          engine,
          vpc,
          vpcSubnets: { subnetType: ec2.SubnetType.PUBLIC },
          publiclyAccessible: false,
        });
      `),
    },
    {
      name: 'cluster with private instance props',
      syntax: 'typescript',
      code: dedent(`
        import * as ec2 from 'aws-cdk-lib/aws-ec2';
        import * as rds from 'aws-cdk-lib/aws-rds';
        new rds.DatabaseCluster(this, 'Cluster', {
          engine: rds.DatabaseClusterEngine.auroraMysql({ version: rds.AuroraMysqlEngineVersion.VER_3_08_0 }),
          instanceProps: { vpc, vpcSubnets: { subnetType: ec2.SubnetType.PRIVATE_WITH_EGRESS } },
        });
      `),
    },
    {
      name: 'subnets chosen another way are not guessed',
      syntax: 'typescript',
      code: dedent(`
        import * as rds from 'aws-cdk-lib/aws-rds';
        new rds.DatabaseInstance(this, 'Db', { engine, vpc, vpcSubnets: props.subnets });
      `),
    },
    {
      syntax: 'python',
      code: dedent(`
        from aws_cdk import aws_ec2 as ec2, aws_rds as rds
        rds.DatabaseInstance(self, "Db", engine=engine, vpc=vpc, vpc_subnets=ec2.SubnetSelection(subnet_type=ec2.SubnetType.PRIVATE_ISOLATED))
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
              PubliclyAccessible: true
      `),
      errors: [{ messageId: 'public', line: 6, column: 27, endLine: 6, endColumn: 31, data: { name: 'Db' } }],
      output: dedent(`
        Resources:
          Db:
            Type: AWS::RDS::DBInstance
            Properties:
              Engine: postgres
              PubliclyAccessible: false
      `),
    },
    {
      name: 'quoted true on a Multi-AZ DB cluster',
      syntax: 'yaml',
      code: dedent(`
        Resources:
          Cluster:
            Type: AWS::RDS::DBCluster
            Properties:
              Engine: postgres
              PubliclyAccessible: 'true'
      `),
      errors: [{ messageId: 'public', line: 6, column: 27, endLine: 6, endColumn: 33 }],
      output: dedent(`
        Resources:
          Cluster:
            Type: AWS::RDS::DBCluster
            Properties:
              Engine: postgres
              PubliclyAccessible: false
      `),
    },
    {
      syntax: 'json',
      code: '{\n  "Resources": {\n    "Db": {\n      "Type": "AWS::RDS::DBInstance",\n      "Properties": { "Engine": "mysql", "PubliclyAccessible": true }\n    }\n  }\n}\n',
      errors: [{ messageId: 'public', line: 5, column: 64, endLine: 5, endColumn: 68 }],
      output: '{\n  "Resources": {\n    "Db": {\n      "Type": "AWS::RDS::DBInstance",\n      "Properties": { "Engine": "mysql", "PubliclyAccessible": false }\n    }\n  }\n}\n',
    },
    {
      syntax: 'terraform',
      code: dedent(`
        resource "aws_db_instance" "db" {
          engine              = "postgres"
          publicly_accessible = true
        }
      `),
      errors: [{ messageId: 'public', line: 3, column: 25, endLine: 3, endColumn: 29, data: { name: 'aws_db_instance.db' } }],
      output: dedent(`
        resource "aws_db_instance" "db" {
          engine              = "postgres"
          publicly_accessible = false
        }
      `),
    },
    {
      name: 'Aurora cluster instance',
      syntax: 'terraform',
      code: dedent(`
        resource "aws_rds_cluster_instance" "writer" {
          cluster_identifier  = aws_rds_cluster.main.id
          instance_class      = "db.r7g.large"
          publicly_accessible = true
        }
      `),
      errors: [{ messageId: 'public', line: 4, column: 25, endLine: 4, endColumn: 29 }],
      output: dedent(`
        resource "aws_rds_cluster_instance" "writer" {
          cluster_identifier  = aws_rds_cluster.main.id
          instance_class      = "db.r7g.large"
          publicly_accessible = false
        }
      `),
    },
    {
      name: 'public subnets',
      syntax: 'typescript',
      code: dedent(`
        import * as ec2 from 'aws-cdk-lib/aws-ec2';
        import * as rds from 'aws-cdk-lib/aws-rds';
        new rds.DatabaseInstance(this, 'Db', {
          engine,
          vpc,
          vpcSubnets: { subnetType: ec2.SubnetType.PUBLIC },
        });
      `),
      errors: [{ messageId: 'publicSubnets', line: 6, column: 29, endLine: 6, endColumn: 50 }],
      output: dedent(`
        import * as ec2 from 'aws-cdk-lib/aws-ec2';
        import * as rds from 'aws-cdk-lib/aws-rds';
        new rds.DatabaseInstance(this, 'Db', {
          engine,
          vpc,
          vpcSubnets: { subnetType: ec2.SubnetType.PUBLIC },
          publiclyAccessible: false,
        });
      `),
    },
    {
      name: 'publiclyAccessible: true',
      syntax: 'typescript',
      code: dedent(`
        import * as rds from 'aws-cdk-lib/aws-rds';
        new rds.DatabaseInstance(this, 'Db', { engine, vpc, publiclyAccessible: true });
      `),
      errors: [{ messageId: 'public', line: 2, column: 73, endLine: 2, endColumn: 77 }],
      output: dedent(`
        import * as rds from 'aws-cdk-lib/aws-rds';
        new rds.DatabaseInstance(this, 'Db', { engine, vpc, publiclyAccessible: false });
      `),
    },
    {
      name: 'cluster instance props in public subnets',
      syntax: 'typescript',
      code: dedent(`
        import { SubnetType } from 'aws-cdk-lib/aws-ec2';
        import * as rds from 'aws-cdk-lib/aws-rds';
        new rds.DatabaseCluster(this, 'Cluster', {
          engine,
          instanceProps: { vpc, vpcSubnets: { subnetType: SubnetType.PUBLIC } },
        });
      `),
      errors: [{ messageId: 'publicSubnets', line: 5, column: 51, endLine: 5, endColumn: 68 }],
      output: dedent(`
        import { SubnetType } from 'aws-cdk-lib/aws-ec2';
        import * as rds from 'aws-cdk-lib/aws-rds';
        new rds.DatabaseCluster(this, 'Cluster', {
          engine,
          instanceProps: { vpc, vpcSubnets: { subnetType: SubnetType.PUBLIC }, publiclyAccessible: false },
        });
      `),
    },
    {
      name: 'L1 construct',
      syntax: 'typescript',
      code: dedent(`
        import * as rds from 'aws-cdk-lib/aws-rds';
        new rds.CfnDBInstance(this, 'Db', { engine: 'mysql', publiclyAccessible: true });
      `),
      errors: [{ messageId: 'public', line: 2, column: 74, endLine: 2, endColumn: 78 }],
      output: dedent(`
        import * as rds from 'aws-cdk-lib/aws-rds';
        new rds.CfnDBInstance(this, 'Db', { engine: 'mysql', publiclyAccessible: false });
      `),
    },
    {
      name: 'public subnets as a struct',
      syntax: 'python',
      code: dedent(`
        from aws_cdk import aws_ec2 as ec2, aws_rds as rds
        rds.DatabaseInstance(self, "Db", engine=engine, vpc=vpc, vpc_subnets=ec2.SubnetSelection(subnet_type=ec2.SubnetType.PUBLIC))
      `),
      errors: [{ messageId: 'publicSubnets', line: 2, column: 102, endLine: 2, endColumn: 123 }],
      output: dedent(`
        from aws_cdk import aws_ec2 as ec2, aws_rds as rds
        rds.DatabaseInstance(self, "Db", engine=engine, vpc=vpc, vpc_subnets=ec2.SubnetSelection(subnet_type=ec2.SubnetType.PUBLIC), publicly_accessible=False)
      `),
    },
    {
      name: 'publicly_accessible=True',
      syntax: 'python',
      code: dedent(`
        from aws_cdk import aws_rds as rds
        rds.DatabaseInstance(self, "Db", engine=engine, vpc=vpc, publicly_accessible=True)
      `),
      errors: [{ messageId: 'public', line: 2, column: 78, endLine: 2, endColumn: 82 }],
      output: dedent(`
        from aws_cdk import aws_rds as rds
        rds.DatabaseInstance(self, "Db", engine=engine, vpc=vpc, publicly_accessible=False)
      `),
    },
  ],
});
