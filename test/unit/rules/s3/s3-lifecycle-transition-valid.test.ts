import rule from '../../../../src/core/rules/s3/s3-lifecycle-transition-valid';
import { dedent, runRuleTests } from '../ruleTester';

runRuleTests(rule, {
  valid: [
    {
      name: 'the usual waterfall, expiring after the last minimum',
      syntax: 'yaml',
      code: dedent(`
        Resources:
          Logs:
            Type: AWS::S3::Bucket
            Properties:
              LifecycleConfiguration:
                Rules:
                  - Id: archive
                    Status: Enabled
                    Transitions:
                      - StorageClass: STANDARD_IA
                        TransitionInDays: 30
                      - StorageClass: GLACIER
                        TransitionInDays: 60
                      - StorageClass: DEEP_ARCHIVE
                        TransitionInDays: 150
                    ExpirationInDays: 330
                    NoncurrentVersionTransitions:
                      - StorageClass: GLACIER_IR
                        TransitionInDays: 0
                    NoncurrentVersionExpiration:
                      NoncurrentDays: 90
      `),
    },
    {
      name: 'listed out of order but scheduled in order; quoted numbers; Glacier at day 0',
      syntax: 'yaml',
      code: dedent(`
        Resources:
          Logs:
            Type: AWS::S3::Bucket
            Properties:
              LifecycleConfiguration:
                Rules:
                  - Status: Enabled
                    Transitions:
                      - StorageClass: DEEP_ARCHIVE
                        TransitionInDays: "200"
                      - StorageClass: Glacier
                        TransitionInDays: "0"
      `),
    },
    {
      name: 'days from parameters and dates are not guessed',
      syntax: 'yaml',
      code: dedent(`
        Parameters:
          Days:
            Type: Number
        Resources:
          Logs:
            Type: AWS::S3::Bucket
            Properties:
              LifecycleConfiguration:
                Rules:
                  - Status: Enabled
                    Transitions:
                      - StorageClass: STANDARD_IA
                        TransitionInDays: !Ref Days
                      - StorageClass: GLACIER
                        TransitionDate: '2027-01-01T00:00:00.000Z'
                    ExpirationInDays: 10
      `),
    },
    {
      name: 'a disabled rule is not applied',
      syntax: 'yaml',
      code: dedent(`
        Resources:
          Logs:
            Type: AWS::S3::Bucket
            Properties:
              LifecycleConfiguration:
                Rules:
                  - Status: Disabled
                    Transitions:
                      - StorageClass: STANDARD_IA
                        TransitionInDays: 1
      `),
    },
    {
      name: 'on a versioned bucket an expiration only adds a delete marker: nothing is deleted early',
      syntax: 'yaml',
      code: dedent(`
        Resources:
          Logs:
            Type: AWS::S3::Bucket
            Properties:
              VersioningConfiguration:
                Status: Enabled
              LifecycleConfiguration:
                Rules:
                  - Status: Enabled
                    Transitions:
                      - StorageClass: GLACIER
                        TransitionInDays: 30
                    ExpirationInDays: 60
      `),
    },
    {
      name: 'Intelligent-Tiering has no minimum storage duration',
      syntax: 'json',
      code: '{\n  "Resources": {\n    "Logs": {\n      "Type": "AWS::S3::Bucket",\n      "Properties": { "LifecycleConfiguration": { "Rules": [{ "Status": "Enabled", "Transitions": [{ "StorageClass": "INTELLIGENT_TIERING", "TransitionInDays": 0 }], "ExpirationInDays": 1 }] } }\n    }\n  }\n}\n',
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
            id     = "archive"
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

            expiration {
              days = 365
            }

            noncurrent_version_transition {
              noncurrent_days = 30
              storage_class   = "ONEZONE_IA"
            }

            noncurrent_version_expiration {
              noncurrent_days = 60
            }
          }
        }
      `),
    },
    {
      name: 'days from variables; a bucket we cannot resolve may be versioned',
      syntax: 'terraform',
      code: dedent(`
        resource "aws_s3_bucket_lifecycle_configuration" "logs" {
          bucket = var.bucket

          rule {
            id     = "archive"
            status = "Enabled"

            transition {
              days          = var.ia_days
              storage_class = "STANDARD_IA"
            }

            transition {
              days          = 30
              storage_class = "GLACIER"
            }

            expiration {
              days = 31
            }
          }
        }
      `),
    },
    {
      name: 'provider v3 inline rule, disabled',
      syntax: 'terraform',
      code: dedent(`
        resource "aws_s3_bucket" "old" {
          bucket = "old"
          lifecycle_rule {
            enabled = false
            transition {
              days          = 1
              storage_class = "STANDARD_IA"
            }
          }
        }
      `),
    },
    {
      syntax: 'typescript',
      code: dedent(`
        import { Duration } from 'aws-cdk-lib';
        import * as s3 from 'aws-cdk-lib/aws-s3';
        new s3.Bucket(this, 'Logs', {
          versioned: true,
          lifecycleRules: [{
            transitions: [
              { storageClass: s3.StorageClass.INFREQUENT_ACCESS, transitionAfter: Duration.days(30) },
              { storageClass: s3.StorageClass.GLACIER, transitionAfter: Duration.days(90) },
            ],
            noncurrentVersionTransitions: [{ storageClass: s3.StorageClass.DEEP_ARCHIVE, transitionAfter: Duration.days(1) }],
            noncurrentVersionExpiration: Duration.days(181),
          }],
        });
      `),
    },
    {
      name: 'durations we do not evaluate; a disabled rule; an L1 construct',
      syntax: 'typescript',
      code: dedent(`
        import * as cdk from 'aws-cdk-lib';
        import * as s3 from 'aws-cdk-lib/aws-s3';
        const logs = new s3.Bucket(this, 'Logs', {
          lifecycleRules: [{ transitions: [{ storageClass: s3.StorageClass.INFREQUENT_ACCESS, transitionAfter: cdk.Duration.days(props.days) }] }],
        });
        logs.addLifecycleRule({ enabled: false, transitions: [{ storageClass: s3.StorageClass.INFREQUENT_ACCESS, transitionAfter: cdk.Duration.days(1) }] });
        new s3.CfnBucket(this, 'L1', { lifecycleConfiguration: { rules: [{ status: 'Enabled', transitions: [{ storageClass: 'STANDARD_IA', transitionInDays: 45 }] }] } });
      `),
    },
    {
      syntax: 'python',
      code: dedent(`
        from aws_cdk import Duration, aws_s3 as s3
        s3.Bucket(self, "Logs", lifecycle_rules=[s3.LifecycleRule(transitions=[s3.Transition(storage_class=s3.StorageClass.GLACIER, transition_after=Duration.days(30))], expiration=Duration.days(120))])
      `),
    },
  ],
  invalid: [
    {
      name: 'Standard-IA before day 30',
      syntax: 'yaml',
      code: dedent(`
        Resources:
          Logs:
            Type: AWS::S3::Bucket
            Properties:
              LifecycleConfiguration:
                Rules:
                  - Status: Enabled
                    Transitions:
                      - StorageClass: STANDARD_IA
                        TransitionInDays: 7
      `),
      errors: [{ messageId: 'iaTooEarly', line: 10, column: 35, endLine: 10, endColumn: 36, data: { class: 'STANDARD_IA', days: 7 }, severity: 'error' }],
      output: null,
    },
    {
      name: 'Glacier too soon after Standard-IA, and the expiration before the last transition',
      syntax: 'yaml',
      code: dedent(`
        Resources:
          Logs:
            Type: AWS::S3::Bucket
            Properties:
              LifecycleConfiguration:
                Rules:
                  - Status: Enabled
                    Transitions:
                      - StorageClass: STANDARD_IA
                        TransitionInDays: 30
                      - StorageClass: GLACIER
                        TransitionInDays: 45
                    ExpirationInDays: 45
      `),
      errors: [
        { messageId: 'tooSoonAfterIa', line: 12, column: 35, endLine: 12, endColumn: 37, data: { class: 'GLACIER', warmer: 'STANDARD_IA', gap: 15 } },
        { messageId: 'expirationTooEarly', line: 13, column: 31, endLine: 13, endColumn: 33, data: { days: 45, class: 'GLACIER', transitionDays: 45 } },
      ],
      output: null,
    },
    {
      name: 'a colder class scheduled before a warmer one; one class twice',
      syntax: 'yaml',
      code: dedent(`
        Resources:
          Logs:
            Type: AWS::S3::Bucket
            Properties:
              LifecycleConfiguration:
                Rules:
                  - Status: Enabled
                    Transitions:
                      - StorageClass: GLACIER
                        TransitionInDays: 60
                      - StorageClass: STANDARD_IA
                        TransitionInDays: 90
                  - Status: Enabled
                    NoncurrentVersionTransitions:
                      - StorageClass: GLACIER
                        TransitionInDays: 30
                      - StorageClass: GLACIER
                        TransitionInDays: 60
      `),
      errors: [
        { messageId: 'order', line: 10, column: 35, endLine: 10, endColumn: 37, data: { class: 'GLACIER', days: 60, warmer: 'STANDARD_IA', warmerDays: 90 } },
        { messageId: 'duplicateClass', line: 17, column: 31, endLine: 17, endColumn: 38, data: { class: 'GLACIER' } },
      ],
      output: null,
    },
    {
      name: 'costs more: leaving Glacier early, expiring from Deep Archive early (unversioned bucket)',
      syntax: 'yaml',
      code: dedent(`
        Resources:
          Logs:
            Type: AWS::S3::Bucket
            Properties:
              LifecycleConfiguration:
                Rules:
                  - Status: Enabled
                    Transitions:
                      - StorageClass: GLACIER
                        TransitionInDays: 0
                      - StorageClass: DEEP_ARCHIVE
                        TransitionInDays: 30
                    ExpirationInDays: 100
      `),
      errors: [
        { messageId: 'earlyMove', line: 12, column: 35, endLine: 12, endColumn: 37, data: { warmer: 'GLACIER', gap: 30, minimum: 90 }, severity: 'warning' },
        { messageId: 'earlyDelete', line: 13, column: 31, endLine: 13, endColumn: 34, data: { class: 'DEEP_ARCHIVE', gap: 70, minimum: 180 }, severity: 'warning' },
      ],
      output: null,
    },
    {
      name: 'noncurrent versions: the single NoncurrentVersionTransition, expired early',
      syntax: 'yaml',
      code: dedent(`
        Resources:
          Logs:
            Type: AWS::S3::Bucket
            Properties:
              VersioningConfiguration:
                Status: Enabled
              LifecycleConfiguration:
                Rules:
                  - Status: Enabled
                    NoncurrentVersionTransition:
                      StorageClass: GLACIER_IR
                      TransitionInDays: 30
                    NoncurrentVersionExpirationInDays: 60
      `),
      errors: [{ messageId: 'earlyDeleteNoncurrent', line: 13, column: 48, endLine: 13, endColumn: 50, data: { class: 'GLACIER_IR', gap: 30, minimum: 90 }, severity: 'warning' }],
      output: null,
    },
    {
      name: 'One Zone-IA and Glacier Instant Retrieval cannot follow each other',
      syntax: 'yaml',
      code: dedent(`
        Resources:
          Logs:
            Type: AWS::S3::Bucket
            Properties:
              LifecycleConfiguration:
                Rules:
                  - Status: Enabled
                    Transitions:
                      - StorageClass: ONEZONE_IA
                        TransitionInDays: 30
                      - StorageClass: GLACIER_IR
                        TransitionInDays: 90
      `),
      errors: [{ messageId: 'unsupported', line: 11, column: 31, endLine: 11, endColumn: 41, data: { warmer: 'ONEZONE_IA', class: 'GLACIER_IR' }, severity: 'warning' }],
      output: null,
    },
    {
      syntax: 'json',
      code: '{\n  "Resources": {\n    "Logs": {\n      "Type": "AWS::S3::Bucket",\n      "Properties": { "LifecycleConfiguration": { "Rules": [{ "Status": "Enabled", "Transitions": [{ "StorageClass": "ONEZONE_IA", "TransitionInDays": 29 }] }] } }\n    }\n  }\n}\n',
      errors: [{ messageId: 'iaTooEarly', line: 5, column: 152, endLine: 5, endColumn: 154, data: { class: 'ONEZONE_IA', days: 29 } }],
      output: null,
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
            id     = "archive"
            status = "Enabled"
            filter {}

            transition {
              days          = 30
              storage_class = "GLACIER"
            }

            expiration {
              days = 60
            }

            noncurrent_version_transition {
              noncurrent_days = 7
              storage_class   = "ONEZONE_IA"
            }
          }
        }
      `),
      errors: [
        { messageId: 'earlyDelete', line: 19, column: 14, endLine: 19, endColumn: 16, data: { class: 'GLACIER', gap: 30, minimum: 90 }, severity: 'warning' },
        { messageId: 'iaTooEarlyNoncurrent', line: 23, column: 25, endLine: 23, endColumn: 26, data: { class: 'ONEZONE_IA', days: 7 }, severity: 'error' },
      ],
      output: null,
    },
    {
      name: 'the expiration is checked whatever bucket the configuration is for',
      syntax: 'terraform',
      code: dedent(`
        resource "aws_s3_bucket_lifecycle_configuration" "logs" {
          bucket = var.bucket

          rule {
            id     = "archive"
            status = "Enabled"

            transition {
              days          = 90
              storage_class = "DEEP_ARCHIVE"
            }

            expiration {
              days = 90
            }
          }
        }
      `),
      errors: [{ messageId: 'expirationTooEarly', line: 14, column: 14, endLine: 14, endColumn: 16, data: { days: 90, class: 'DEEP_ARCHIVE', transitionDays: 90 } }],
      output: null,
    },
    {
      name: 'provider v3 inline lifecycle_rule',
      syntax: 'terraform',
      code: dedent(`
        resource "aws_s3_bucket" "old" {
          bucket = "old"
          lifecycle_rule {
            enabled = true
            transition {
              days          = 30
              storage_class = "STANDARD_IA"
            }
            transition {
              days          = 30
              storage_class = "GLACIER"
            }
          }
        }
      `),
      errors: [{ messageId: 'order', line: 10, column: 23, endLine: 10, endColumn: 25, data: { class: 'GLACIER', days: 30, warmer: 'STANDARD_IA', warmerDays: 30 } }],
      output: null,
    },
    {
      syntax: 'typescript',
      code: dedent(`
        import { Duration } from 'aws-cdk-lib';
        import * as s3 from 'aws-cdk-lib/aws-s3';
        const logs = new s3.Bucket(this, 'Logs', {
          lifecycleRules: [{
            transitions: [
              { storageClass: s3.StorageClass.GLACIER_INSTANT_RETRIEVAL, transitionAfter: Duration.days(0) },
              { storageClass: s3.StorageClass.DEEP_ARCHIVE, transitionAfter: Duration.days(30) },
            ],
          }],
        });
        logs.addLifecycleRule({ noncurrentVersionTransitions: [{ storageClass: s3.StorageClass.INFREQUENT_ACCESS, transitionAfter: Duration.days(10) }] });
      `),
      errors: [
        { messageId: 'earlyMove', line: 7, column: 70, endLine: 7, endColumn: 87, data: { warmer: 'StorageClass.GLACIER_INSTANT_RETRIEVAL', gap: 30, minimum: 90 }, severity: 'warning' },
        { messageId: 'iaTooEarlyNoncurrent', line: 11, column: 124, endLine: 11, endColumn: 141, data: { class: 'StorageClass.INFREQUENT_ACCESS', days: 10 }, severity: 'error' },
      ],
      output: null,
    },
    {
      name: 'L1 construct',
      syntax: 'typescript',
      code: dedent(`
        import * as s3 from 'aws-cdk-lib/aws-s3';
        new s3.CfnBucket(this, 'Logs', { lifecycleConfiguration: { rules: [{ status: 'Enabled', transitions: [{ storageClass: 'STANDARD_IA', transitionInDays: 1 }] }] } });
      `),
      errors: [{ messageId: 'iaTooEarly', line: 2, column: 152, endLine: 2, endColumn: 153, data: { class: 'STANDARD_IA', days: 1 } }],
      output: null,
    },
    {
      syntax: 'python',
      code: dedent(`
        from aws_cdk import Duration, aws_s3 as s3
        s3.Bucket(self, "Logs", lifecycle_rules=[s3.LifecycleRule(expiration=Duration.days(30), transitions=[s3.Transition(storage_class=s3.StorageClass.GLACIER, transition_after=Duration.days(30))])])
      `),
      errors: [{ messageId: 'expirationTooEarly', line: 2, column: 70, endLine: 2, endColumn: 87, data: { days: 30, class: 'StorageClass.GLACIER', transitionDays: 30 } }],
      output: null,
    },
  ],
});
