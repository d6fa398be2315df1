import rule from '../../../../src/core/rules/dynamodb/dynamodb-pitr-enabled';
import { dedent, runRuleTests } from '../ruleTester';

runRuleTests(rule, {
  valid: [
    {
      name: 'spreads we cannot see into',
      syntax: 'typescript',
      code: dedent(`
        import * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
        new dynamodb.TableV2(this, 'A', { ...tableDefaults, partitionKey });
        new dynamodb.Table(this, 'B', { partitionKey, pointInTimeRecoverySpecification: { ...pitr } });
        new dynamodb.Table(this, 'C', { partitionKey, pointInTimeRecovery: false, ...overrides });
      `),
    },
    {
      name: 'CloudFormation Properties as an intrinsic',
      syntax: 'yaml',
      code: dedent(`
        Conditions:
          Prod: !Equals [!Ref Env, prod]
        Resources:
          Orders:
            Type: AWS::DynamoDB::Table
            Properties: !If [Prod, { PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true } }, { BillingMode: PAY_PER_REQUEST }]
      `),
    },
    {
      syntax: 'yaml',
      code: dedent(`
        Resources:
          Orders:
            Type: AWS::DynamoDB::Table
            Properties:
              BillingMode: PAY_PER_REQUEST
              PointInTimeRecoverySpecification:
                PointInTimeRecoveryEnabled: true
                RecoveryPeriodInDays: 14
      `),
    },
    {
      name: 'quoted, from a condition, from a parameter',
      syntax: 'yaml',
      code: dedent(`
        Parameters:
          Pitr:
            Type: String
        Conditions:
          IsProd: !Equals [!Ref AWS::AccountId, "111111111111"]
        Resources:
          A:
            Type: AWS::DynamoDB::Table
            Properties:
              PointInTimeRecoverySpecification:
                PointInTimeRecoveryEnabled: "true"
          B:
            Type: AWS::DynamoDB::Table
            Properties:
              PointInTimeRecoverySpecification: !If [IsProd, { PointInTimeRecoveryEnabled: true }, !Ref AWS::NoValue]
          C:
            Type: AWS::DynamoDB::Table
            Properties:
              PointInTimeRecoverySpecification:
                PointInTimeRecoveryEnabled: !Ref Pitr
      `),
    },
    {
      name: 'SAM SimpleTable cannot enable it',
      syntax: 'yaml',
      code: dedent(`
        Transform: AWS::Serverless-2016-10-31
        Resources:
          Table:
            Type: AWS::Serverless::SimpleTable
            Properties:
              PrimaryKey:
                Name: id
                Type: String
      `),
    },
    {
      name: 'global table with every replica covered',
      syntax: 'yaml',
      code: dedent(`
        Resources:
          Global:
            Type: AWS::DynamoDB::GlobalTable
            Properties:
              Replicas:
                - Region: us-east-1
                  PointInTimeRecoverySpecification:
                    PointInTimeRecoveryEnabled: true
                - Region: eu-west-1
                  PointInTimeRecoverySpecification:
                    PointInTimeRecoveryEnabled: true
      `),
    },
    {
      syntax: 'json',
      code: '{\n  "Resources": {\n    "Orders": {\n      "Type": "AWS::DynamoDB::Table",\n      "Properties": { "PointInTimeRecoverySpecification": { "PointInTimeRecoveryEnabled": true } }\n    }\n  }\n}\n',
    },
    {
      syntax: 'terraform',
      code: dedent(`
        resource "aws_dynamodb_table" "orders" {
          name     = "orders"
          hash_key = "id"

          point_in_time_recovery {
            enabled = true
          }
        }
      `),
    },
    {
      name: 'dynamic block and variable are not guessed',
      syntax: 'terraform',
      code: dedent(`
        resource "aws_dynamodb_table" "a" {
          name = "a"
          dynamic "point_in_time_recovery" {
            for_each = var.pitr ? [1] : []
            content {
              enabled = true
            }
          }
        }

        resource "aws_dynamodb_table" "b" {
          name = "b"
          point_in_time_recovery {
            enabled = var.pitr
          }
        }
      `),
    },
    {
      syntax: 'typescript',
      code: dedent(`
        import * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
        new dynamodb.Table(this, 'A', { partitionKey, pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true } });
        new dynamodb.TableV2(this, 'B', { partitionKey, pointInTimeRecovery: true });
        new dynamodb.TableV2(this, 'C', { partitionKey, pointInTimeRecoverySpecification: props.pitr });
      `),
    },
    {
      name: 'L1 construct',
      syntax: 'typescript',
      code: dedent(`
        import * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
        new dynamodb.CfnTable(this, 'A', { keySchema, pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true } });
      `),
    },
    {
      syntax: 'python',
      code: dedent(`
        from aws_cdk import aws_dynamodb as dynamodb
        dynamodb.TableV2(self, "T", partition_key=key, point_in_time_recovery_specification=dynamodb.PointInTimeRecoverySpecification(point_in_time_recovery_enabled=True))
      `),
    },
  ],
  invalid: [
    {
      syntax: 'yaml',
      code: dedent(`
        Resources:
          Orders:
            Type: AWS::DynamoDB::Table
            Properties:
              BillingMode: PAY_PER_REQUEST
      `),
      errors: [{ messageId: 'missing', line: 3, column: 11, endLine: 3, endColumn: 31, data: { name: 'Orders' } }],
      output: dedent(`
        Resources:
          Orders:
            Type: AWS::DynamoDB::Table
            Properties:
              BillingMode: PAY_PER_REQUEST
              PointInTimeRecoverySpecification:
                PointInTimeRecoveryEnabled: true
      `),
    },
    {
      name: 'turned off',
      syntax: 'yaml',
      code: dedent(`
        Resources:
          Orders:
            Type: AWS::DynamoDB::Table
            Properties:
              PointInTimeRecoverySpecification:
                PointInTimeRecoveryEnabled: false
      `),
      errors: [{ messageId: 'disabled', line: 6, column: 37, endLine: 6, endColumn: 42 }],
      output: dedent(`
        Resources:
          Orders:
            Type: AWS::DynamoDB::Table
            Properties:
              PointInTimeRecoverySpecification:
                PointInTimeRecoveryEnabled: true
      `),
    },
    {
      name: 'global table replicas (no fix: inside a list)',
      syntax: 'yaml',
      code: dedent(`
        Resources:
          Global:
            Type: AWS::DynamoDB::GlobalTable
            Properties:
              Replicas:
                - Region: us-east-1
                  PointInTimeRecoverySpecification:
                    PointInTimeRecoveryEnabled: true
                - Region: eu-west-1
                - Region: ap-northeast-2
                  PointInTimeRecoverySpecification:
                    PointInTimeRecoveryEnabled: false
      `),
      errors: [
        { messageId: 'replicaMissing', line: 9, column: 19, endLine: 9, endColumn: 28, data: { name: 'Global', region: 'eu-west-1' } },
        { messageId: 'replicaDisabled', line: 12, column: 41, endLine: 12, endColumn: 46, data: { name: 'Global', region: 'ap-northeast-2' } },
      ],
      output: null,
    },
    {
      syntax: 'json',
      code: '{\n  "Resources": {\n    "Orders": {\n      "Type": "AWS::DynamoDB::Table",\n      "Properties": {\n        "BillingMode": "PAY_PER_REQUEST"\n      }\n    }\n  }\n}\n',
      errors: [{ messageId: 'missing', line: 4, column: 16, endLine: 4, endColumn: 36 }],
      output: '{\n  "Resources": {\n    "Orders": {\n      "Type": "AWS::DynamoDB::Table",\n      "Properties": {\n        "BillingMode": "PAY_PER_REQUEST",\n        "PointInTimeRecoverySpecification": {\n          "PointInTimeRecoveryEnabled": true\n        }\n      }\n    }\n  }\n}\n',
    },
    {
      syntax: 'terraform',
      code: dedent(`
        resource "aws_dynamodb_table" "orders" {
          name     = "orders"
          hash_key = "id"
        }
      `),
      errors: [{ messageId: 'missing', line: 1, column: 11, endLine: 1, endColumn: 29, data: { name: 'aws_dynamodb_table.orders' } }],
      output: dedent(`
        resource "aws_dynamodb_table" "orders" {
          name     = "orders"
          hash_key = "id"

          point_in_time_recovery {
            enabled = true
          }
        }
      `),
    },
    {
      name: 'enabled = false',
      syntax: 'terraform',
      code: dedent(`
        resource "aws_dynamodb_table" "orders" {
          name = "orders"
          point_in_time_recovery {
            enabled = false
          }
        }
      `),
      errors: [{ messageId: 'disabled', line: 4, column: 15, endLine: 4, endColumn: 20 }],
      output: dedent(`
        resource "aws_dynamodb_table" "orders" {
          name = "orders"
          point_in_time_recovery {
            enabled = true
          }
        }
      `),
    },
    {
      syntax: 'typescript',
      code: dedent(`
        import * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
        new dynamodb.TableV2(this, 'Orders', { partitionKey });
      `),
      errors: [{ messageId: 'missing', line: 2, column: 5, endLine: 2, endColumn: 21 }],
      output: dedent(`
        import * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
        new dynamodb.TableV2(this, 'Orders', { partitionKey, pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true } });
      `),
    },
    {
      name: 'deprecated flag off, and a spec turned off',
      syntax: 'typescript',
      code: dedent(`
        import { Table } from 'aws-cdk-lib/aws-dynamodb';
        new Table(this, 'A', { partitionKey, pointInTimeRecovery: false });
        new Table(this, 'B', { partitionKey, pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: false } });
      `),
      errors: [
        { messageId: 'disabled', line: 2, column: 59, endLine: 2, endColumn: 64 },
        { messageId: 'disabled', line: 3, column: 102, endLine: 3, endColumn: 107 },
      ],
      output: dedent(`
        import { Table } from 'aws-cdk-lib/aws-dynamodb';
        new Table(this, 'A', { partitionKey, pointInTimeRecovery: true });
        new Table(this, 'B', { partitionKey, pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true } });
      `),
    },
    {
      name: 'L1 construct',
      syntax: 'typescript',
      code: dedent(`
        import * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
        new dynamodb.CfnTable(this, 'Orders', { keySchema });
      `),
      errors: [{ messageId: 'missing', line: 2, column: 5, endLine: 2, endColumn: 22 }],
      output: dedent(`
        import * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
        new dynamodb.CfnTable(this, 'Orders', { keySchema, pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true } });
      `),
    },
    {
      name: 'struct dict keys are the Python names',
      syntax: 'python',
      code: dedent(`
        from aws_cdk import aws_dynamodb as dynamodb
        dynamodb.TableV2(self, "Orders", partition_key=key)
      `),
      errors: [{ messageId: 'missing', line: 2, column: 1, endLine: 2, endColumn: 17 }],
      output: dedent(`
        from aws_cdk import aws_dynamodb as dynamodb
        dynamodb.TableV2(self, "Orders", partition_key=key, point_in_time_recovery_specification={"point_in_time_recovery_enabled": True})
      `),
    },
    {
      name: 'struct turned off',
      syntax: 'python',
      code: dedent(`
        from aws_cdk import aws_dynamodb as dynamodb
        dynamodb.Table(self, "Orders", partition_key=key, point_in_time_recovery_specification=dynamodb.PointInTimeRecoverySpecification(point_in_time_recovery_enabled=False))
      `),
      errors: [{ messageId: 'disabled', line: 2, column: 161, endLine: 2, endColumn: 166 }],
      output: dedent(`
        from aws_cdk import aws_dynamodb as dynamodb
        dynamodb.Table(self, "Orders", partition_key=key, point_in_time_recovery_specification=dynamodb.PointInTimeRecoverySpecification(point_in_time_recovery_enabled=True))
      `),
    },
    {
      name: 'Python L1 dict keeps the CloudFormation (camelCase) keys',
      syntax: 'python',
      code: dedent(`
        from aws_cdk import aws_dynamodb as dynamodb
        dynamodb.CfnTable(self, "Orders", key_schema=key_schema)
      `),
      errors: [{ messageId: 'missing', line: 2, column: 1, endLine: 2, endColumn: 18 }],
      output: dedent(`
        from aws_cdk import aws_dynamodb as dynamodb
        dynamodb.CfnTable(self, "Orders", key_schema=key_schema, point_in_time_recovery_specification={"pointInTimeRecoveryEnabled": True})
      `),
    },
  ],
});
