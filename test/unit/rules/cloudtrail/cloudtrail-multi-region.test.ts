import rule from '../../../../src/core/rules/cloudtrail/cloudtrail-multi-region';
import { dedent, runRuleTests } from '../ruleTester';

runRuleTests(rule, {
  valid: [
    {
      name: 'properties we cannot see, a spread that may replace the flag',
      syntax: 'yaml',
      code: dedent(`
        Resources:
          Trail:
            Type: AWS::CloudTrail::Trail
            Properties:
              Fn::Transform:
                Name: AWS::Include
                Parameters: { Location: s3://templates/trail.yaml }
      `),
    },
    {
      name: 'a later spread may replace the flag',
      syntax: 'typescript',
      code: dedent(`
        import * as cloudtrail from 'aws-cdk-lib/aws-cloudtrail';
        new cloudtrail.Trail(this, 'Trail', { isMultiRegionTrail: false, ...overrides });
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
              S3BucketName: !Ref Logs
              IsMultiRegionTrail: true
      `),
    },
    {
      name: 'quoted, and from a parameter',
      syntax: 'yaml',
      code: dedent(`
        Parameters:
          MultiRegion:
            Type: String
        Resources:
          A:
            Type: AWS::CloudTrail::Trail
            Properties:
              IsLogging: true
              S3BucketName: logs
              IsMultiRegionTrail: "true"
          B:
            Type: AWS::CloudTrail::Trail
            Properties:
              IsLogging: true
              S3BucketName: logs
              IsMultiRegionTrail: !Ref MultiRegion
      `),
    },
    {
      syntax: 'json',
      code: '{\n  "Resources": {\n    "Trail": {\n      "Type": "AWS::CloudTrail::Trail",\n      "Properties": { "IsLogging": true, "S3BucketName": "logs", "IsMultiRegionTrail": true }\n    }\n  }\n}\n',
    },
    {
      syntax: 'terraform',
      code: dedent(`
        resource "aws_cloudtrail" "main" {
          name                  = "main"
          s3_bucket_name        = aws_s3_bucket.logs.id
          is_multi_region_trail = true
        }

        resource "aws_cloudtrail" "other" {
          name                  = "other"
          s3_bucket_name        = aws_s3_bucket.logs.id
          is_multi_region_trail = var.multi_region
        }
      `),
    },
    {
      name: 'the CDK construct defaults to multi-Region',
      syntax: 'typescript',
      code: dedent(`
        import * as cloudtrail from 'aws-cdk-lib/aws-cloudtrail';
        new cloudtrail.Trail(this, 'Trail');
        new cloudtrail.Trail(this, 'Trail2', { isMultiRegionTrail: true, sendToCloudWatchLogs: true });
      `),
    },
    {
      name: 'L1 construct',
      syntax: 'typescript',
      code: dedent(`
        import * as cloudtrail from 'aws-cdk-lib/aws-cloudtrail';
        new cloudtrail.CfnTrail(this, 'Trail', { isLogging: true, s3BucketName: 'logs', isMultiRegionTrail: true });
      `),
    },
    {
      syntax: 'python',
      code: dedent(`
        from aws_cdk import aws_cloudtrail as cloudtrail
        cloudtrail.Trail(self, "Trail", send_to_cloud_watch_logs=True)
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
              IsMultiRegionTrail: true
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
              IsMultiRegionTrail: false
      `),
      errors: [{ messageId: 'disabled', line: 7, column: 27, endLine: 7, endColumn: 32 }],
      output: dedent(`
        Resources:
          Trail:
            Type: AWS::CloudTrail::Trail
            Properties:
              IsLogging: true
              S3BucketName: logs
              IsMultiRegionTrail: true
      `),
    },
    {
      name: 'global service events off: no fix (CloudTrail would reject the result)',
      syntax: 'yaml',
      code: dedent(`
        Resources:
          Trail:
            Type: AWS::CloudTrail::Trail
            Properties:
              IsLogging: true
              S3BucketName: logs
              IncludeGlobalServiceEvents: false
      `),
      errors: [{ messageId: 'missing', line: 3, column: 11, endLine: 3, endColumn: 33 }],
      output: null,
    },
    {
      syntax: 'json',
      code: '{\n  "Resources": {\n    "Trail": {\n      "Type": "AWS::CloudTrail::Trail",\n      "Properties": { "IsLogging": true, "S3BucketName": "logs" }\n    }\n  }\n}\n',
      errors: [{ messageId: 'missing', line: 4, column: 16, endLine: 4, endColumn: 38 }],
      output: '{\n  "Resources": {\n    "Trail": {\n      "Type": "AWS::CloudTrail::Trail",\n      "Properties": { "IsLogging": true, "S3BucketName": "logs", "IsMultiRegionTrail": true }\n    }\n  }\n}\n',
    },
    {
      syntax: 'terraform',
      code: dedent(`
        resource "aws_cloudtrail" "main" {
          name           = "main"
          s3_bucket_name = "logs"
        }
      `),
      errors: [{ messageId: 'missing', line: 1, column: 11, endLine: 1, endColumn: 25, data: { name: 'aws_cloudtrail.main' } }],
      output: dedent(`
        resource "aws_cloudtrail" "main" {
          name                  = "main"
          s3_bucket_name        = "logs"
          is_multi_region_trail = true
        }
      `),
    },
    {
      name: 'is_multi_region_trail = false',
      syntax: 'terraform',
      code: dedent(`
        resource "aws_cloudtrail" "main" {
          name                  = "main"
          s3_bucket_name        = "logs"
          is_multi_region_trail = false
        }
      `),
      errors: [{ messageId: 'disabled', line: 4, column: 27, endLine: 4, endColumn: 32 }],
      output: dedent(`
        resource "aws_cloudtrail" "main" {
          name                  = "main"
          s3_bucket_name        = "logs"
          is_multi_region_trail = true
        }
      `),
    },
    {
      syntax: 'typescript',
      code: dedent(`
        import * as cloudtrail from 'aws-cdk-lib/aws-cloudtrail';
        new cloudtrail.Trail(this, 'Trail', { isMultiRegionTrail: false });
      `),
      errors: [{ messageId: 'disabled', line: 2, column: 59, endLine: 2, endColumn: 64 }],
      output: dedent(`
        import * as cloudtrail from 'aws-cdk-lib/aws-cloudtrail';
        new cloudtrail.Trail(this, 'Trail', { isMultiRegionTrail: true });
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
        new cloudtrail.CfnTrail(this, 'Trail', { isLogging: true, s3BucketName: 'logs', isMultiRegionTrail: true });
      `),
    },
    {
      syntax: 'python',
      code: dedent(`
        from aws_cdk import aws_cloudtrail as cloudtrail
        cloudtrail.Trail(self, "Trail", is_multi_region_trail=False)
      `),
      errors: [{ messageId: 'disabled', line: 2, column: 55, endLine: 2, endColumn: 60 }],
      output: dedent(`
        from aws_cdk import aws_cloudtrail as cloudtrail
        cloudtrail.Trail(self, "Trail", is_multi_region_trail=True)
      `),
    },
  ],
});
