import rule from '../../../../src/core/rules/cloudtrail/cloudtrail-log-file-validation';
import { dedent, runRuleTests } from '../ruleTester';

runRuleTests(rule, {
  valid: [
    {
      name: 'properties we cannot see',
      syntax: 'yaml',
      code: dedent(`
        Conditions:
          Prod: !Equals [!Ref Env, prod]
        Resources:
          Trail:
            Type: AWS::CloudTrail::Trail
            Properties: !If [Prod, { IsLogging: true, S3BucketName: a, EnableLogFileValidation: true }, { IsLogging: true, S3BucketName: b }]
      `),
    },
    {
      name: 'a later spread may replace the flag',
      syntax: 'python',
      code: dedent(`
        from aws_cdk import aws_cloudtrail as cloudtrail
        cloudtrail.Trail(self, "Trail", enable_file_validation=False, **overrides)
      `),
    },
    {
      syntax: 'yaml',
      code: dedent(`
        Resources:
          Trail:
            Type: AWS::CloudTrail::Trail
            Properties:
              IsLogging: true
              S3BucketName: logs
              EnableLogFileValidation: true
      `),
    },
    {
      name: 'quoted, and from a condition',
      syntax: 'yaml',
      code: dedent(`
        Conditions:
          IsProd: !Equals [!Ref AWS::AccountId, "111111111111"]
        Resources:
          A:
            Type: AWS::CloudTrail::Trail
            Properties:
              IsLogging: true
              S3BucketName: logs
              EnableLogFileValidation: "True"
          B:
            Type: AWS::CloudTrail::Trail
            Properties:
              IsLogging: true
              S3BucketName: logs
              EnableLogFileValidation: !If [IsProd, true, false]
      `),
    },
    {
      syntax: 'json',
      code: '{\n  "Resources": {\n    "Trail": {\n      "Type": "AWS::CloudTrail::Trail",\n      "Properties": { "IsLogging": true, "S3BucketName": "logs", "EnableLogFileValidation": true }\n    }\n  }\n}\n',
    },
    {
      syntax: 'terraform',
      code: dedent(`
        resource "aws_cloudtrail" "main" {
          name                       = "main"
          s3_bucket_name             = "logs"
          enable_log_file_validation = true
        }

        resource "aws_cloudtrail" "other" {
          name                       = "other"
          s3_bucket_name             = "logs"
          enable_log_file_validation = local.validate
        }
      `),
    },
    {
      name: 'the CDK construct validates by default',
      syntax: 'typescript',
      code: dedent(`
        import * as cloudtrail from 'aws-cdk-lib/aws-cloudtrail';
        new cloudtrail.Trail(this, 'Trail');
        new cloudtrail.Trail(this, 'Trail2', { enableFileValidation: true });
      `),
    },
    {
      name: 'L1 construct',
      syntax: 'typescript',
      code: dedent(`
        import { aws_cloudtrail as cloudtrail } from 'aws-cdk-lib';
        new cloudtrail.CfnTrail(this, 'Trail', { isLogging: true, s3BucketName: 'logs', enableLogFileValidation: true });
      `),
    },
    {
      syntax: 'python',
      code: dedent(`
        from aws_cdk import aws_cloudtrail as cloudtrail
        cloudtrail.Trail(self, "Trail")
      `),
    },
  ],
  invalid: [
    {
      syntax: 'yaml',
      code: dedent(`
        Resources:
          Trail:
            Type: AWS::CloudTrail::Trail
            Properties:
              IsLogging: true
              S3BucketName: logs
      `),
      errors: [{ messageId: 'missing', line: 3, column: 11, endLine: 3, endColumn: 33, data: { name: 'Trail' } }],
      output: dedent(`
        Resources:
          Trail:
            Type: AWS::CloudTrail::Trail
            Properties:
              IsLogging: true
              S3BucketName: logs
              EnableLogFileValidation: true
      `),
    },
    {
      name: 'turned off',
      syntax: 'yaml',
      code: dedent(`
        Resources:
          Trail:
            Type: AWS::CloudTrail::Trail
            Properties:
              IsLogging: true
              S3BucketName: logs
              EnableLogFileValidation: "false"
      `),
      errors: [{ messageId: 'disabled', line: 7, column: 32, endLine: 7, endColumn: 39 }],
      output: dedent(`
        Resources:
          Trail:
            Type: AWS::CloudTrail::Trail
            Properties:
              IsLogging: true
              S3BucketName: logs
              EnableLogFileValidation: true
      `),
    },
    {
      syntax: 'json',
      code: '{\n  "Resources": {\n    "Trail": {\n      "Type": "AWS::CloudTrail::Trail",\n      "Properties": { "IsLogging": true, "S3BucketName": "logs", "EnableLogFileValidation": false }\n    }\n  }\n}\n',
      errors: [{ messageId: 'disabled', line: 5, column: 93, endLine: 5, endColumn: 98 }],
      output: '{\n  "Resources": {\n    "Trail": {\n      "Type": "AWS::CloudTrail::Trail",\n      "Properties": { "IsLogging": true, "S3BucketName": "logs", "EnableLogFileValidation": true }\n    }\n  }\n}\n',
    },
    {
      syntax: 'terraform',
      code: dedent(`
        resource "aws_cloudtrail" "main" {
          name           = "main"
          s3_bucket_name = "logs"
        }
      `),
      errors: [{ messageId: 'missing', line: 1, column: 11, endLine: 1, endColumn: 25 }],
      output: dedent(`
        resource "aws_cloudtrail" "main" {
          name                       = "main"
          s3_bucket_name             = "logs"
          enable_log_file_validation = true
        }
      `),
    },
    {
      syntax: 'typescript',
      code: dedent(`
        import * as cloudtrail from 'aws-cdk-lib/aws-cloudtrail';
        new cloudtrail.Trail(this, 'Trail', { enableFileValidation: false });
      `),
      errors: [{ messageId: 'disabled', line: 2, column: 61, endLine: 2, endColumn: 66 }],
      output: dedent(`
        import * as cloudtrail from 'aws-cdk-lib/aws-cloudtrail';
        new cloudtrail.Trail(this, 'Trail', { enableFileValidation: true });
      `),
    },
    {
      name: 'L1 construct',
      syntax: 'typescript',
      code: dedent(`
        import * as cloudtrail from 'aws-cdk-lib/aws-cloudtrail';
        new cloudtrail.CfnTrail(this, 'Trail', { isLogging: true, s3BucketName: 'logs' });
      `),
      errors: [{ messageId: 'missing', line: 2, column: 5, endLine: 2, endColumn: 24 }],
      output: dedent(`
        import * as cloudtrail from 'aws-cdk-lib/aws-cloudtrail';
        new cloudtrail.CfnTrail(this, 'Trail', { isLogging: true, s3BucketName: 'logs', enableLogFileValidation: true });
      `),
    },
    {
      syntax: 'python',
      code: dedent(`
        from aws_cdk import aws_cloudtrail as cloudtrail
        cloudtrail.Trail(self, "Trail", enable_file_validation=False)
      `),
      errors: [{ messageId: 'disabled', line: 2, column: 56, endLine: 2, endColumn: 61 }],
      output: dedent(`
        from aws_cdk import aws_cloudtrail as cloudtrail
        cloudtrail.Trail(self, "Trail", enable_file_validation=True)
      `),
    },
  ],
});
