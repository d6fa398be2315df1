import rule from '../../../../src/core/rules/s3/s3-lifecycle-configured';
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
              LifecycleConfiguration:
                Rules:
                  - Status: Enabled
                    ExpirationInDays: 365
      `),
    },
    {
      name: 'Intelligent-Tiering counts',
      syntax: 'yaml',
      code: dedent(`
        Resources:
          Data:
            Type: AWS::S3::Bucket
            Properties:
              IntelligentTieringConfigurations:
                - Id: archive
                  Status: Enabled
                  Tierings:
                    - AccessTier: ARCHIVE_ACCESS
                      Days: 90
      `),
    },
    {
      name: 'a configuration chosen by a condition is not guessed',
      syntax: 'yaml',
      code: dedent(`
        Conditions:
          IsProd: !Equals [!Ref AWS::AccountId, '111111111111']
        Resources:
          Logs:
            Type: AWS::S3::Bucket
            Properties:
              LifecycleConfiguration: !If [IsProd, { Rules: [{ Status: Enabled, ExpirationInDays: 30 }] }, !Ref AWS::NoValue]
      `),
    },
    {
      name: 'a website bucket is not advised to move its pages to colder classes',
      syntax: 'yaml',
      code: dedent(`
        Resources:
          Site:
            Type: AWS::S3::Bucket
            Properties:
              WebsiteConfiguration:
                IndexDocument: index.html
      `),
    },
    {
      syntax: 'json',
      code: '{\n  "Resources": {\n    "Logs": {\n      "Type": "AWS::S3::Bucket",\n      "Properties": { "LifecycleConfiguration": { "Rules": [{ "Status": "Enabled", "ExpirationInDays": 30 }] } }\n    }\n  }\n}\n',
    },
    {
      syntax: 'terraform',
      code: dedent(`
        resource "aws_s3_bucket" "logs" {
          bucket = "logs"
        }

        resource "aws_s3_bucket_lifecycle_configuration" "logs" {
          bucket = aws_s3_bucket.logs.id
          rule {
            id     = "expire"
            status = "Enabled"
            filter {}
            expiration {
              days = 365
            }
          }
        }
      `),
    },
    {
      name: 'an Intelligent-Tiering configuration counts',
      syntax: 'terraform',
      code: dedent(`
        resource "aws_s3_bucket" "data" {
          bucket = "data"
        }

        resource "aws_s3_bucket_intelligent_tiering_configuration" "data" {
          bucket = aws_s3_bucket.data.bucket
          name   = "archive"
          tiering {
            access_tier = "ARCHIVE_ACCESS"
            days        = 90
          }
        }
      `),
    },
    {
      name: 'provider v3 inline lifecycle_rule; the lifecycle meta-argument is something else',
      syntax: 'terraform',
      code: dedent(`
        resource "aws_s3_bucket" "logs" {
          bucket = "logs"
          lifecycle_rule {
            enabled = true
            expiration {
              days = 90
            }
          }
          lifecycle {
            prevent_destroy = true
          }
        }
      `),
    },
    {
      name: 'a lifecycle configuration whose bucket is a variable may be this one',
      syntax: 'terraform',
      code: dedent(`
        resource "aws_s3_bucket" "logs" {
          bucket = "logs"
        }

        resource "aws_s3_bucket_lifecycle_configuration" "any" {
          bucket = var.bucket
          rule {
            id     = "expire"
            status = "Enabled"
            expiration {
              days = 30
            }
          }
        }
      `),
    },
    {
      name: 'a public-read bucket is left alone',
      syntax: 'terraform',
      code: dedent(`
        resource "aws_s3_bucket" "site" {
          bucket = "site"
        }

        resource "aws_s3_bucket_acl" "site" {
          bucket = aws_s3_bucket.site.id
          acl    = "public-read"
        }
      `),
    },
    {
      syntax: 'typescript',
      code: dedent(`
        import { Duration } from 'aws-cdk-lib';
        import * as s3 from 'aws-cdk-lib/aws-s3';
        new s3.Bucket(this, 'Logs', { lifecycleRules: [{ expiration: Duration.days(365) }] });
        new s3.Bucket(this, 'Data', { intelligentTieringConfigurations: [{ name: 'archive', archiveAccessTierTime: Duration.days(90) }] });
      `),
    },
    {
      name: 'addLifecycleRule() later in the stack',
      syntax: 'typescript',
      code: dedent(`
        import { Duration } from 'aws-cdk-lib';
        import * as s3 from 'aws-cdk-lib/aws-s3';
        const logs = new s3.Bucket(this, 'Logs');
        logs.addLifecycleRule({ expiration: Duration.days(30) });
      `),
    },
    {
      name: 'props we cannot see into; a public website bucket',
      syntax: 'typescript',
      code: dedent(`
        import * as s3 from 'aws-cdk-lib/aws-s3';
        new s3.Bucket(this, 'Logs', props);
        new s3.Bucket(this, 'Site', { websiteIndexDocument: 'index.html', publicReadAccess: true });
      `),
    },
    {
      name: 'L1 construct',
      syntax: 'typescript',
      code: dedent(`
        import * as s3 from 'aws-cdk-lib/aws-s3';
        new s3.CfnBucket(this, 'Logs', { lifecycleConfiguration: { rules: [{ status: 'Enabled', expirationInDays: 30 }] } });
      `),
    },
    {
      syntax: 'python',
      code: dedent(`
        from aws_cdk import Duration, aws_s3 as s3
        s3.Bucket(self, "Logs", lifecycle_rules=[s3.LifecycleRule(expiration=Duration.days(365))])
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
      errors: [{ messageId: 'missing', line: 3, column: 11, endLine: 3, endColumn: 26, data: { name: 'Logs' }, severity: 'info' }],
      output: dedent(`
        Resources:
          Logs:
            Type: AWS::S3::Bucket
            Properties:
              BucketName: logs
              LifecycleConfiguration:
                Rules:
                  - Id: transition-to-cheaper-storage
                    Status: Enabled
                    Transitions:
                      - StorageClass: STANDARD_IA
                        TransitionInDays: 30
                      - StorageClass: GLACIER
                        TransitionInDays: 90
      `),
    },
    {
      syntax: 'json',
      code: '{\n  "Resources": {\n    "Logs": {\n      "Type": "AWS::S3::Bucket",\n      "Properties": {\n        "BucketName": "logs"\n      }\n    }\n  }\n}\n',
      errors: [{ messageId: 'missing', line: 4, column: 16, endLine: 4, endColumn: 31 }],
      output:
        '{\n  "Resources": {\n    "Logs": {\n      "Type": "AWS::S3::Bucket",\n      "Properties": {\n        "BucketName": "logs",\n        "LifecycleConfiguration": {\n          "Rules": [\n            {\n              "Id": "transition-to-cheaper-storage",\n              "Status": "Enabled",\n              "Transitions": [\n                {\n                  "StorageClass": "STANDARD_IA",\n                  "TransitionInDays": 30\n                },\n                {\n                  "StorageClass": "GLACIER",\n                  "TransitionInDays": 90\n                }\n              ]\n            }\n          ]\n        }\n      }\n    }\n  }\n}\n',
    },
    {
      syntax: 'terraform',
      code: dedent(`
        resource "aws_s3_bucket" "logs" {
          bucket = "logs"
        }
      `),
      errors: [{ messageId: 'missing', line: 1, column: 11, endLine: 1, endColumn: 24, data: { name: 'aws_s3_bucket.logs' } }],
      output: dedent(`
        resource "aws_s3_bucket" "logs" {
          bucket = "logs"
        }

        resource "aws_s3_bucket_lifecycle_configuration" "logs" {
          bucket = aws_s3_bucket.logs.id

          rule {
            id     = "transition-to-cheaper-storage"
            status = "Enabled"

            filter {}

            transition {
              days          = 30
              storage_class = "STANDARD_IA"
            }

            transition {
              days          = 90
              storage_class = "GLACIER"
            }
          }
        }
      `),
    },
    {
      name: 'a lifecycle configuration of another bucket does not count',
      syntax: 'terraform',
      code: dedent(`
        resource "aws_s3_bucket" "logs" {
          bucket = "logs"
        }

        resource "aws_s3_bucket" "other" {
          bucket = "other"
        }

        resource "aws_s3_bucket_lifecycle_configuration" "other" {
          bucket = aws_s3_bucket.other.id
          rule {
            id     = "expire"
            status = "Enabled"
            expiration {
              days = 30
            }
          }
        }
      `),
      errors: [{ messageId: 'missing', line: 1, column: 11, endLine: 1, endColumn: 24, data: { name: 'aws_s3_bucket.logs' } }],
      output: dedent(`
        resource "aws_s3_bucket" "logs" {
          bucket = "logs"
        }

        resource "aws_s3_bucket_lifecycle_configuration" "logs" {
          bucket = aws_s3_bucket.logs.id

          rule {
            id     = "transition-to-cheaper-storage"
            status = "Enabled"

            filter {}

            transition {
              days          = 30
              storage_class = "STANDARD_IA"
            }

            transition {
              days          = 90
              storage_class = "GLACIER"
            }
          }
        }

        resource "aws_s3_bucket" "other" {
          bucket = "other"
        }

        resource "aws_s3_bucket_lifecycle_configuration" "other" {
          bucket = aws_s3_bucket.other.id
          rule {
            id     = "expire"
            status = "Enabled"
            expiration {
              days = 30
            }
          }
        }
      `),
    },
    {
      name: 'a bucket made with for_each: no fix',
      syntax: 'terraform',
      code: dedent(`
        resource "aws_s3_bucket" "logs" {
          for_each = toset(["a", "b"])
          bucket   = "logs-\${each.key}"
        }
      `),
      errors: [{ messageId: 'missing', line: 1, column: 11, endLine: 1, endColumn: 24 }],
      output: null,
    },
    {
      syntax: 'typescript',
      code: dedent(`
        import * as s3 from 'aws-cdk-lib/aws-s3';
        const logs = new s3.Bucket(this, 'Logs', {
          versioned: true,
        });
      `),
      errors: [{ messageId: 'missing', line: 2, column: 18, endLine: 2, endColumn: 27, data: { name: 'Logs' } }],
      output: dedent(`
        import * as s3 from 'aws-cdk-lib/aws-s3';
        import { Duration } from 'aws-cdk-lib';
        const logs = new s3.Bucket(this, 'Logs', {
          versioned: true,
          lifecycleRules: [
            {
              id: 'transition-to-cheaper-storage',
              transitions: [
                {
                  storageClass: s3.StorageClass.INFREQUENT_ACCESS,
                  transitionAfter: Duration.days(30),
                },
                {
                  storageClass: s3.StorageClass.GLACIER,
                  transitionAfter: Duration.days(90),
                },
              ],
            },
          ],
        });
      `),
    },
    {
      name: 'the file already imports the root module',
      syntax: 'typescript',
      code: dedent(`
        import * as cdk from 'aws-cdk-lib';
        new cdk.aws_s3.Bucket(this, 'Logs');
      `),
      errors: [{ messageId: 'missing', line: 2, column: 5, endLine: 2, endColumn: 22 }],
      output: dedent(`
        import * as cdk from 'aws-cdk-lib';
        new cdk.aws_s3.Bucket(this, 'Logs', { lifecycleRules: [{ id: 'transition-to-cheaper-storage', transitions: [{ storageClass: cdk.aws_s3.StorageClass.INFREQUENT_ACCESS, transitionAfter: cdk.Duration.days(30) }, { storageClass: cdk.aws_s3.StorageClass.GLACIER, transitionAfter: cdk.Duration.days(90) }] }] });
      `),
    },
    {
      name: 'L1 construct',
      syntax: 'typescript',
      code: dedent(`
        import * as s3 from 'aws-cdk-lib/aws-s3';
        new s3.CfnBucket(this, 'Logs');
      `),
      errors: [{ messageId: 'missing', line: 2, column: 5, endLine: 2, endColumn: 17 }],
      output: dedent(`
        import * as s3 from 'aws-cdk-lib/aws-s3';
        new s3.CfnBucket(this, 'Logs', { lifecycleConfiguration: { rules: [{ id: 'transition-to-cheaper-storage', status: 'Enabled', transitions: [{ storageClass: 'STANDARD_IA', transitionInDays: 30 }, { storageClass: 'GLACIER', transitionInDays: 90 }] }] } });
      `),
    },
    {
      syntax: 'python',
      code: dedent(`
        from aws_cdk import aws_s3 as s3
        s3.Bucket(self, "Logs", versioned=True)
      `),
      errors: [{ messageId: 'missing', line: 2, column: 1, endLine: 2, endColumn: 10 }],
      output: dedent(`
        from aws_cdk import aws_s3 as s3
        from aws_cdk import Duration
        s3.Bucket(self, "Logs", versioned=True, lifecycle_rules=[s3.LifecycleRule(id="transition-to-cheaper-storage", transitions=[s3.Transition(storage_class=s3.StorageClass.INFREQUENT_ACCESS, transition_after=Duration.days(30)), s3.Transition(storage_class=s3.StorageClass.GLACIER, transition_after=Duration.days(90))])])
      `),
    },
    {
      name: 'python L1 construct: reported without a fix',
      syntax: 'python',
      code: dedent(`
        from aws_cdk import aws_s3 as s3
        s3.CfnBucket(self, "Logs")
      `),
      errors: [{ messageId: 'missing', line: 2, column: 1, endLine: 2, endColumn: 13 }],
      output: null,
    },
  ],
});
