import rule from '../../../../src/core/rules/s3/s3-versioning-enabled';
import { dedent, runRuleTests } from '../ruleTester';

runRuleTests(rule, {
  valid: [
    {
      syntax: 'yaml',
      code: dedent(`
        Resources:
          Logs:
            Type: AWS::S3::Bucket
            Properties:
              VersioningConfiguration:
                Status: Enabled
      `),
    },
    {
      name: 'status from a parameter is not guessed',
      syntax: 'yaml',
      code: dedent(`
        Parameters:
          Versioning:
            Type: String
        Resources:
          Logs:
            Type: AWS::S3::Bucket
            Properties:
              VersioningConfiguration:
                Status: !Ref Versioning
      `),
    },
    {
      syntax: 'json',
      code: '{\n  "Resources": {\n    "Logs": {\n      "Type": "AWS::S3::Bucket",\n      "Properties": { "VersioningConfiguration": { "Status": "Enabled" } }\n    }\n  }\n}\n',
    },
    {
      syntax: 'terraform',
      code: dedent(`
        resource "aws_s3_bucket" "logs" {
          bucket = "logs"
        }

        resource "aws_s3_bucket_versioning" "logs" {
          bucket = aws_s3_bucket.logs.id
          versioning_configuration {
            status = "Enabled"
          }
        }
      `),
    },
    {
      name: 'a versioning resource whose bucket is a variable may be this one',
      syntax: 'terraform',
      code: dedent(`
        resource "aws_s3_bucket" "logs" {
          bucket = "logs"
        }

        resource "aws_s3_bucket_versioning" "other" {
          bucket = var.bucket_id
          versioning_configuration {
            status = "Enabled"
          }
        }
      `),
    },
    {
      name: 'provider v3 inline block',
      syntax: 'terraform',
      code: dedent(`
        resource "aws_s3_bucket" "logs" {
          bucket = "logs"
          versioning {
            enabled = true
          }
        }
      `),
    },
    {
      syntax: 'typescript',
      code: dedent(`
        import * as s3 from 'aws-cdk-lib/aws-s3';
        new s3.Bucket(this, 'Logs', { versioned: true });
      `),
    },
    {
      name: 'L1 construct',
      syntax: 'typescript',
      code: dedent(`
        import { aws_s3 as s3 } from 'aws-cdk-lib';
        new s3.CfnBucket(this, 'Logs', { versioningConfiguration: { status: 'Enabled' } });
      `),
    },
    {
      name: 'versioned from a prop is not guessed',
      syntax: 'typescript',
      code: dedent(`
        import * as s3 from 'aws-cdk-lib/aws-s3';
        new s3.Bucket(this, 'Logs', { versioned: props.versioned });
      `),
    },
    {
      syntax: 'python',
      code: dedent(`
        from aws_cdk import aws_s3 as s3
        s3.Bucket(self, "Logs", versioned=True)
      `),
    },
  ],
  invalid: [
    {
      syntax: 'yaml',
      code: dedent(`
        Resources:
          Logs:
            Type: AWS::S3::Bucket
            Properties:
              BucketName: logs
      `),
      errors: [{ messageId: 'missing', line: 3, column: 11, endLine: 3, endColumn: 26, data: { name: 'Logs' } }],
      output: dedent(`
        Resources:
          Logs:
            Type: AWS::S3::Bucket
            Properties:
              BucketName: logs
              VersioningConfiguration:
                Status: Enabled
      `),
    },
    {
      name: 'suspended',
      syntax: 'yaml',
      code: dedent(`
        Resources:
          Logs:
            Type: AWS::S3::Bucket
            Properties:
              VersioningConfiguration:
                Status: Suspended
      `),
      errors: [{ messageId: 'notEnabled', line: 6, column: 17, endLine: 6, endColumn: 26, data: { name: 'Logs', status: 'Suspended' } }],
      output: dedent(`
        Resources:
          Logs:
            Type: AWS::S3::Bucket
            Properties:
              VersioningConfiguration:
                Status: Enabled
      `),
    },
    {
      syntax: 'json',
      code: '{\n  "Resources": {\n    "Logs": {\n      "Type": "AWS::S3::Bucket"\n    }\n  }\n}\n',
      errors: [{ messageId: 'missing', line: 4, column: 16, endLine: 4, endColumn: 31 }],
      output: '{\n  "Resources": {\n    "Logs": {\n      "Type": "AWS::S3::Bucket",\n      "Properties": {\n        "VersioningConfiguration": {\n          "Status": "Enabled"\n        }\n      }\n    }\n  }\n}\n',
    },
    {
      syntax: 'terraform',
      code: dedent(`
        resource "aws_s3_bucket" "logs" {
          bucket = "logs"
        }
      `),
      errors: [{ messageId: 'missing', line: 1, column: 11, endLine: 1, endColumn: 24 }],
      output: dedent(`
        resource "aws_s3_bucket" "logs" {
          bucket = "logs"
        }

        resource "aws_s3_bucket_versioning" "logs" {
          bucket = aws_s3_bucket.logs.id

          versioning_configuration {
            status = "Enabled"
          }
        }
      `),
    },
    {
      name: 'suspended through the versioning resource',
      syntax: 'terraform',
      code: dedent(`
        resource "aws_s3_bucket" "logs" {
          bucket = "logs"
        }

        resource "aws_s3_bucket_versioning" "logs" {
          bucket = aws_s3_bucket.logs.id
          versioning_configuration {
            status = "Suspended"
          }
        }
      `),
      errors: [{ messageId: 'notEnabled', line: 8, column: 14, endLine: 8, endColumn: 25 }],
      output: dedent(`
        resource "aws_s3_bucket" "logs" {
          bucket = "logs"
        }

        resource "aws_s3_bucket_versioning" "logs" {
          bucket = aws_s3_bucket.logs.id
          versioning_configuration {
            status = "Enabled"
          }
        }
      `),
    },
    {
      name: 'a bucket made with count: no fix (the reference would need an index)',
      syntax: 'terraform',
      code: dedent(`
        resource "aws_s3_bucket" "logs" {
          count  = 2
          bucket = "logs-\${count.index}"
        }
      `),
      errors: [{ messageId: 'missing', line: 1, column: 11, endLine: 1, endColumn: 24 }],
      output: null,
    },
    {
      name: 'the new resource does not reuse a name another bucket\'s versioning has',
      syntax: 'terraform',
      code: dedent(`
        resource "aws_s3_bucket" "logs" {
          bucket = "logs"
        }

        resource "aws_s3_bucket" "other" {
          bucket = "other"
        }

        resource "aws_s3_bucket_versioning" "logs" {
          bucket = aws_s3_bucket.other.id
          versioning_configuration {
            status = "Enabled"
          }
        }
      `),
      errors: [{ messageId: 'missing', line: 1, column: 11, endLine: 1, endColumn: 24 }],
      output: dedent(`
        resource "aws_s3_bucket" "logs" {
          bucket = "logs"
        }

        resource "aws_s3_bucket_versioning" "logs2" {
          bucket = aws_s3_bucket.logs.id

          versioning_configuration {
            status = "Enabled"
          }
        }

        resource "aws_s3_bucket" "other" {
          bucket = "other"
        }

        resource "aws_s3_bucket_versioning" "logs" {
          bucket = aws_s3_bucket.other.id
          versioning_configuration {
            status = "Enabled"
          }
        }
      `),
    },
    {
      syntax: 'typescript',
      code: dedent(`
        import * as s3 from 'aws-cdk-lib/aws-s3';
        const bucket = new s3.Bucket(this, 'Logs', {
          encryption: s3.BucketEncryption.S3_MANAGED,
        });
      `),
      errors: [{ messageId: 'missing', line: 2, column: 20, endLine: 2, endColumn: 29 }],
      output: dedent(`
        import * as s3 from 'aws-cdk-lib/aws-s3';
        const bucket = new s3.Bucket(this, 'Logs', {
          encryption: s3.BucketEncryption.S3_MANAGED,
          versioned: true,
        });
      `),
    },
    {
      name: 'versioned: false',
      syntax: 'typescript',
      code: dedent(`
        import { Bucket } from 'aws-cdk-lib/aws-s3';
        new Bucket(this, 'Logs', { versioned: false });
      `),
      errors: [{ messageId: 'notEnabled', line: 2, column: 39, endLine: 2, endColumn: 44 }],
      output: dedent(`
        import { Bucket } from 'aws-cdk-lib/aws-s3';
        new Bucket(this, 'Logs', { versioned: true });
      `),
    },
    {
      name: 'L1 construct without versioning',
      syntax: 'typescript',
      code: dedent(`
        import * as s3 from 'aws-cdk-lib/aws-s3';
        new s3.CfnBucket(this, 'Logs', { bucketName: 'logs' });
      `),
      errors: [{ messageId: 'missing', line: 2, column: 5, endLine: 2, endColumn: 17 }],
      output: dedent(`
        import * as s3 from 'aws-cdk-lib/aws-s3';
        new s3.CfnBucket(this, 'Logs', { bucketName: 'logs', versioningConfiguration: { status: 'Enabled' } });
      `),
    },
    {
      syntax: 'python',
      code: dedent(`
        from aws_cdk import aws_s3 as s3
        s3.Bucket(self, "Logs", encryption=s3.BucketEncryption.S3_MANAGED)
      `),
      errors: [{ messageId: 'missing', line: 2, column: 1, endLine: 2, endColumn: 10 }],
      output: dedent(`
        from aws_cdk import aws_s3 as s3
        s3.Bucket(self, "Logs", encryption=s3.BucketEncryption.S3_MANAGED, versioned=True)
      `),
    },
  ],
});
