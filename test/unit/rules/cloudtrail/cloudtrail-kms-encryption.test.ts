import rule from '../../../../src/core/rules/cloudtrail/cloudtrail-kms-encryption';
import { dedent, runRuleTests } from '../ruleTester';

runRuleTests(rule, {
  valid: [
    {
      name: 'props we cannot see may hold the key',
      syntax: 'typescript',
      code: dedent(`
        import * as cloudtrail from 'aws-cdk-lib/aws-cloudtrail';
        new cloudtrail.Trail(this, 'Trail', { ...trailProps });
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
              KMSKeyId: !GetAtt TrailKey.Arn
      `),
    },
    {
      name: 'an alias, a parameter, an expression',
      syntax: 'yaml',
      code: dedent(`
        Parameters:
          Key:
            Type: String
        Resources:
          A:
            Type: AWS::CloudTrail::Trail
            Properties:
              IsLogging: true
              S3BucketName: logs
              KMSKeyId: alias/cloudtrail
          B:
            Type: AWS::CloudTrail::Trail
            Properties:
              IsLogging: true
              S3BucketName: logs
              KMSKeyId: !Ref Key
          C:
            Type: AWS::CloudTrail::Trail
            Properties:
              IsLogging: true
              S3BucketName: logs
              KMSKeyId: !Sub arn:aws:kms:\${AWS::Region}:\${AWS::AccountId}:alias/trail
      `),
    },
    {
      syntax: 'json',
      code: '{\n  "Resources": {\n    "Trail": {\n      "Type": "AWS::CloudTrail::Trail",\n      "Properties": { "IsLogging": true, "S3BucketName": "logs", "KMSKeyId": { "Ref": "Key" } }\n    }\n  }\n}\n',
    },
    {
      syntax: 'terraform',
      code: dedent(`
        resource "aws_cloudtrail" "main" {
          name           = "main"
          s3_bucket_name = "logs"
          kms_key_id     = aws_kms_key.trail.arn
        }
      `),
    },
    {
      syntax: 'typescript',
      code: dedent(`
        import * as cloudtrail from 'aws-cdk-lib/aws-cloudtrail';
        new cloudtrail.Trail(this, 'Trail', { encryptionKey: key });
        new cloudtrail.Trail(this, 'Old', { kmsKey: key });
      `),
    },
    {
      name: 'L1 construct',
      syntax: 'typescript',
      code: dedent(`
        import * as cloudtrail from 'aws-cdk-lib/aws-cloudtrail';
        new cloudtrail.CfnTrail(this, 'Trail', { isLogging: true, s3BucketName: 'logs', kmsKeyId: key.keyArn });
      `),
    },
    {
      syntax: 'python',
      code: dedent(`
        from aws_cdk import aws_cloudtrail as cloudtrail
        cloudtrail.Trail(self, "Trail", encryption_key=key)
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
      output: null,
    },
    {
      name: 'an empty key',
      syntax: 'yaml',
      code: dedent(`
        Resources:
          Trail:
            Type: AWS::CloudTrail::Trail
            Properties:
              IsLogging: true
              S3BucketName: logs
              KMSKeyId: ""
      `),
      errors: [{ messageId: 'missing', line: 7, column: 17, endLine: 7, endColumn: 19 }],
      output: null,
    },
    {
      syntax: 'json',
      code: '{\n  "Resources": {\n    "Trail": {\n      "Type": "AWS::CloudTrail::Trail",\n      "Properties": { "IsLogging": true, "S3BucketName": "logs" }\n    }\n  }\n}\n',
      errors: [{ messageId: 'missing', line: 4, column: 16, endLine: 4, endColumn: 38 }],
      output: null,
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
      output: null,
    },
    {
      syntax: 'typescript',
      code: dedent(`
        import * as cloudtrail from 'aws-cdk-lib/aws-cloudtrail';
        new cloudtrail.Trail(this, 'Trail', { sendToCloudWatchLogs: true });
      `),
      errors: [{ messageId: 'missing', line: 2, column: 5, endLine: 2, endColumn: 21 }],
      output: null,
    },
    {
      name: 'L1 construct',
      syntax: 'typescript',
      code: dedent(`
        import * as cloudtrail from 'aws-cdk-lib/aws-cloudtrail';
        new cloudtrail.CfnTrail(this, 'Trail', { isLogging: true, s3BucketName: 'logs' });
      `),
      errors: [{ messageId: 'missing', line: 2, column: 5, endLine: 2, endColumn: 24 }],
      output: null,
    },
    {
      syntax: 'python',
      code: dedent(`
        from aws_cdk import aws_cloudtrail as cloudtrail
        cloudtrail.Trail(self, "Trail")
      `),
      errors: [{ messageId: 'missing', line: 2, column: 1, endLine: 2, endColumn: 17 }],
      output: null,
    },
  ],
});
