import rule from '../../../../src/core/rules/s3/s3-block-public-access-explicit';
import { dedent, runRuleTests } from '../ruleTester';

runRuleTests(rule, {
  valid: [
    {
      syntax: 'yaml',
      code: dedent(`
        Resources:
          Data:
            Type: AWS::S3::Bucket
            Properties:
              PublicAccessBlockConfiguration:
                BlockPublicAcls: true
                BlockPublicPolicy: true
                IgnorePublicAcls: true
                RestrictPublicBuckets: true
      `),
    },
    {
      name: 'quoted booleans and a deliberate false are explicit',
      syntax: 'yaml',
      code: dedent(`
        Resources:
          Site:
            Type: AWS::S3::Bucket
            Properties:
              PublicAccessBlockConfiguration:
                BlockPublicAcls: "true"
                BlockPublicPolicy: false
                IgnorePublicAcls: 'true'
                RestrictPublicBuckets: false
      `),
    },
    {
      name: 'flags from a parameter are not guessed',
      syntax: 'yaml',
      code: dedent(`
        Parameters:
          Block:
            Type: String
        Resources:
          Data:
            Type: AWS::S3::Bucket
            Properties:
              PublicAccessBlockConfiguration:
                BlockPublicAcls: !Ref Block
      `),
    },
    {
      name: 'a configuration chosen by a condition is not guessed',
      syntax: 'yaml',
      code: dedent(`
        Conditions:
          IsProd: !Equals [!Ref AWS::AccountId, '111111111111']
        Resources:
          Data:
            Type: AWS::S3::Bucket
            Properties:
              PublicAccessBlockConfiguration: !If
                - IsProd
                - BlockPublicAcls: true
                - !Ref AWS::NoValue
      `),
    },
    {
      name: 'other resource kinds are not buckets',
      syntax: 'yaml',
      code: dedent(`
        Resources:
          Queue:
            Type: AWS::SQS::Queue
      `),
    },
    {
      syntax: 'json',
      code: '{\n  "Resources": {\n    "Data": {\n      "Type": "AWS::S3::Bucket",\n      "Properties": { "PublicAccessBlockConfiguration": { "BlockPublicAcls": true, "BlockPublicPolicy": true, "IgnorePublicAcls": true, "RestrictPublicBuckets": true } }\n    }\n  }\n}\n',
    },
    {
      syntax: 'terraform',
      code: dedent(`
        resource "aws_s3_bucket" "data" {
          bucket = "data"
        }

        resource "aws_s3_bucket_public_access_block" "data" {
          bucket                  = aws_s3_bucket.data.id
          block_public_acls       = true
          block_public_policy     = true
          ignore_public_acls      = true
          restrict_public_buckets = true
        }
      `),
    },
    {
      name: 'the account-wide block counts as explicit',
      syntax: 'terraform',
      code: dedent(`
        resource "aws_s3_bucket" "data" {
          bucket = "data"
        }

        resource "aws_s3_account_public_access_block" "all" {
          block_public_acls       = true
          block_public_policy     = true
          ignore_public_acls      = true
          restrict_public_buckets = true
        }
      `),
    },
    {
      name: 'a block whose bucket is a variable may be this one',
      syntax: 'terraform',
      code: dedent(`
        resource "aws_s3_bucket" "data" {
          bucket = "data"
        }

        resource "aws_s3_bucket_public_access_block" "other" {
          bucket                  = var.bucket_id
          block_public_acls       = true
          block_public_policy     = true
          ignore_public_acls      = true
          restrict_public_buckets = true
        }
      `),
    },
    {
      name: 'a block naming the bucket by its literal name',
      syntax: 'terraform',
      code: dedent(`
        resource "aws_s3_bucket" "data" {
          bucket = "data-bucket"
        }

        resource "aws_s3_bucket_public_access_block" "data" {
          bucket                  = "data-bucket"
          block_public_acls       = true
          block_public_policy     = true
          ignore_public_acls      = true
          restrict_public_buckets = true
        }
      `),
    },
    {
      name: 'for_each over the buckets',
      syntax: 'terraform',
      code: dedent(`
        resource "aws_s3_bucket" "data" {
          for_each = toset(["a", "b"])
          bucket   = "data-\${each.key}"
        }

        resource "aws_s3_bucket_public_access_block" "data" {
          for_each                = aws_s3_bucket.data
          bucket                  = each.value.id
          block_public_acls       = true
          block_public_policy     = true
          ignore_public_acls      = true
          restrict_public_buckets = true
        }
      `),
    },
    {
      syntax: 'typescript',
      code: dedent(`
        import * as s3 from 'aws-cdk-lib/aws-s3';
        new s3.Bucket(this, 'Data', { blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL });
        new s3.Bucket(this, 'Acls', { blockPublicAccess: s3.BlockPublicAccess.BLOCK_ACLS });
      `),
    },
    {
      name: 'every option written, one deliberately false',
      syntax: 'typescript',
      code: dedent(`
        import { aws_s3 as storage } from 'aws-cdk-lib';
        new storage.Bucket(this, 'Site', {
          blockPublicAccess: new storage.BlockPublicAccess({
            blockPublicAcls: true,
            blockPublicPolicy: false,
            ignorePublicAcls: true,
            restrictPublicBuckets: false,
          }),
        });
      `),
    },
    {
      name: 'props we cannot see into, or a setting from a variable',
      syntax: 'typescript',
      code: dedent(`
        import * as s3 from 'aws-cdk-lib/aws-s3';
        new s3.Bucket(this, 'Data', { ...props.bucket });
        new s3.Bucket(this, 'Other', { blockPublicAccess: props.blockPublicAccess });
        new s3.CfnBucket(this, 'L1', props.l1);
      `),
    },
    {
      name: 'L1 construct',
      syntax: 'typescript',
      code: dedent(`
        import * as s3 from 'aws-cdk-lib/aws-s3';
        new s3.CfnBucket(this, 'Data', {
          publicAccessBlockConfiguration: { blockPublicAcls: true, blockPublicPolicy: true, ignorePublicAcls: true, restrictPublicBuckets: true },
        });
      `),
    },
    {
      syntax: 'python',
      code: dedent(`
        from aws_cdk import aws_s3 as s3
        s3.Bucket(self, "Data", block_public_access=s3.BlockPublicAccess.BLOCK_ALL)
      `),
    },
  ],
  invalid: [
    {
      syntax: 'yaml',
      code: dedent(`
        Resources:
          Data:
            Type: AWS::S3::Bucket
            Properties:
              BucketName: data
      `),
      errors: [{ messageId: 'missing', line: 3, column: 11, endLine: 3, endColumn: 26, data: { name: 'Data' }, severity: 'info' }],
      output: dedent(`
        Resources:
          Data:
            Type: AWS::S3::Bucket
            Properties:
              BucketName: data
              PublicAccessBlockConfiguration:
                BlockPublicAcls: true
                BlockPublicPolicy: true
                IgnorePublicAcls: true
                RestrictPublicBuckets: true
      `),
    },
    {
      name: 'flags left out are false; the ones written stay as they are',
      syntax: 'yaml',
      code: dedent(`
        Resources:
          Data:
            Type: AWS::S3::Bucket
            Properties:
              PublicAccessBlockConfiguration:
                BlockPublicAcls: true
                BlockPublicPolicy: false
      `),
      errors: [{ messageId: 'unset', line: 5, column: 7, endLine: 5, endColumn: 37, data: { name: 'Data', flags: 'IgnorePublicAcls, RestrictPublicBuckets' } }],
      output: dedent(`
        Resources:
          Data:
            Type: AWS::S3::Bucket
            Properties:
              PublicAccessBlockConfiguration:
                BlockPublicAcls: true
                BlockPublicPolicy: false
                IgnorePublicAcls: true
                RestrictPublicBuckets: true
      `),
    },
    {
      name: 'a bucket with a public ACL: reported, but blocking it would break it, so no fix',
      syntax: 'yaml',
      code: dedent(`
        Resources:
          Site:
            Type: AWS::S3::Bucket
            Properties:
              AccessControl: PublicRead
      `),
      errors: [{ messageId: 'missing', line: 3, column: 11, endLine: 3, endColumn: 26 }],
      output: null,
    },
    {
      syntax: 'json',
      code: '{\n  "Resources": {\n    "Data": {\n      "Type": "AWS::S3::Bucket"\n    }\n  }\n}\n',
      errors: [{ messageId: 'missing', line: 4, column: 16, endLine: 4, endColumn: 31 }],
      output: '{\n  "Resources": {\n    "Data": {\n      "Type": "AWS::S3::Bucket",\n      "Properties": {\n        "PublicAccessBlockConfiguration": {\n          "BlockPublicAcls": true,\n          "BlockPublicPolicy": true,\n          "IgnorePublicAcls": true,\n          "RestrictPublicBuckets": true\n        }\n      }\n    }\n  }\n}\n',
    },
    {
      syntax: 'terraform',
      code: dedent(`
        resource "aws_s3_bucket" "data" {
          bucket = "data"
        }
      `),
      errors: [{ messageId: 'missing', line: 1, column: 11, endLine: 1, endColumn: 24, data: { name: 'aws_s3_bucket.data' } }],
      output: dedent(`
        resource "aws_s3_bucket" "data" {
          bucket = "data"
        }

        resource "aws_s3_bucket_public_access_block" "data" {
          bucket                  = aws_s3_bucket.data.id
          block_public_acls       = true
          block_public_policy     = true
          ignore_public_acls      = true
          restrict_public_buckets = true
        }
      `),
    },
    {
      name: 'the new block gets a name no other block has',
      syntax: 'terraform',
      code: dedent(`
        resource "aws_s3_bucket" "data" {
          bucket = "data"
        }

        resource "aws_s3_bucket_public_access_block" "data" {
          bucket                  = "some-other-bucket"
          block_public_acls       = true
          block_public_policy     = true
          ignore_public_acls      = true
          restrict_public_buckets = true
        }
      `),
      errors: [{ messageId: 'missing', line: 1, column: 11, endLine: 1, endColumn: 24 }],
      output: dedent(`
        resource "aws_s3_bucket" "data" {
          bucket = "data"
        }

        resource "aws_s3_bucket_public_access_block" "data2" {
          bucket                  = aws_s3_bucket.data.id
          block_public_acls       = true
          block_public_policy     = true
          ignore_public_acls      = true
          restrict_public_buckets = true
        }

        resource "aws_s3_bucket_public_access_block" "data" {
          bucket                  = "some-other-bucket"
          block_public_acls       = true
          block_public_policy     = true
          ignore_public_acls      = true
          restrict_public_buckets = true
        }
      `),
    },
    {
      name: 'one argument left out of the block resource',
      syntax: 'terraform',
      code: dedent(`
        resource "aws_s3_bucket" "data" {
          bucket = "data"
        }

        resource "aws_s3_bucket_public_access_block" "data" {
          bucket              = aws_s3_bucket.data.id
          block_public_acls   = true
          block_public_policy = true
          ignore_public_acls  = true
        }
      `),
      errors: [{ messageId: 'unset', line: 5, column: 11, endLine: 5, endColumn: 44, data: { name: 'aws_s3_bucket.data', flags: 'restrict_public_buckets' } }],
      output: dedent(`
        resource "aws_s3_bucket" "data" {
          bucket = "data"
        }

        resource "aws_s3_bucket_public_access_block" "data" {
          bucket                  = aws_s3_bucket.data.id
          block_public_acls       = true
          block_public_policy     = true
          ignore_public_acls      = true
          restrict_public_buckets = true
        }
      `),
    },
    {
      name: 'several arguments left out: added one after the other',
      syntax: 'terraform',
      code: dedent(`
        resource "aws_s3_bucket" "data" {
          bucket = "data"
        }

        resource "aws_s3_bucket_public_access_block" "data" {
          bucket            = aws_s3_bucket.data.id
          block_public_acls = true
        }
      `),
      errors: [{ messageId: 'unset', line: 5, column: 11, endLine: 5, endColumn: 44, data: { name: 'aws_s3_bucket.data', flags: 'block_public_policy, ignore_public_acls, restrict_public_buckets' } }],
      output: dedent(`
        resource "aws_s3_bucket" "data" {
          bucket = "data"
        }

        resource "aws_s3_bucket_public_access_block" "data" {
          bucket                  = aws_s3_bucket.data.id
          block_public_acls       = true
          block_public_policy     = true
          ignore_public_acls      = true
          restrict_public_buckets = true
        }
      `),
    },
    {
      name: 'a bucket made with count: no fix (the reference needs an index)',
      syntax: 'terraform',
      code: dedent(`
        resource "aws_s3_bucket" "data" {
          count  = 2
          bucket = "data-\${count.index}"
        }
      `),
      errors: [{ messageId: 'missing', line: 1, column: 11, endLine: 1, endColumn: 24 }],
      output: null,
    },
    {
      syntax: 'typescript',
      code: dedent(`
        import * as s3 from 'aws-cdk-lib/aws-s3';
        const bucket = new s3.Bucket(this, 'Data', {
          versioned: true,
        });
      `),
      errors: [{ messageId: 'missing', line: 2, column: 20, endLine: 2, endColumn: 29, data: { name: 'Data' } }],
      output: dedent(`
        import * as s3 from 'aws-cdk-lib/aws-s3';
        const bucket = new s3.Bucket(this, 'Data', {
          versioned: true,
          blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
        });
      `),
    },
    {
      name: 'the file imports the module under another name',
      syntax: 'typescript',
      code: dedent(`
        import { aws_s3 as storage } from 'aws-cdk-lib';
        new storage.Bucket(this, 'Data');
      `),
      errors: [{ messageId: 'missing', line: 2, column: 5, endLine: 2, endColumn: 19 }],
      output: dedent(`
        import { aws_s3 as storage } from 'aws-cdk-lib';
        new storage.Bucket(this, 'Data', { blockPublicAccess: storage.BlockPublicAccess.BLOCK_ALL });
      `),
    },
    {
      name: 'options left out of new BlockPublicAccess are false',
      syntax: 'typescript',
      code: dedent(`
        import * as s3 from 'aws-cdk-lib/aws-s3';
        new s3.Bucket(this, 'Data', { blockPublicAccess: new s3.BlockPublicAccess({ blockPublicAcls: true, blockPublicPolicy: false }) });
      `),
      errors: [{ messageId: 'unset', line: 2, column: 31, endLine: 2, endColumn: 48, data: { name: 'Data', flags: 'ignorePublicAcls, restrictPublicBuckets' } }],
      output: dedent(`
        import * as s3 from 'aws-cdk-lib/aws-s3';
        new s3.Bucket(this, 'Data', { blockPublicAccess: new s3.BlockPublicAccess({ blockPublicAcls: true, blockPublicPolicy: false, ignorePublicAcls: true, restrictPublicBuckets: true }) });
      `),
    },
    {
      name: 'a website bucket: no fix',
      syntax: 'typescript',
      code: dedent(`
        import * as s3 from 'aws-cdk-lib/aws-s3';
        new s3.Bucket(this, 'Site', { websiteIndexDocument: 'index.html' });
      `),
      errors: [{ messageId: 'missing', line: 2, column: 5, endLine: 2, endColumn: 14 }],
      output: null,
    },
    {
      name: 'L1 construct without the configuration',
      syntax: 'typescript',
      code: dedent(`
        import * as s3 from 'aws-cdk-lib/aws-s3';
        new s3.CfnBucket(this, 'Data', { bucketName: 'data' });
      `),
      errors: [{ messageId: 'missing', line: 2, column: 5, endLine: 2, endColumn: 17 }],
      output: dedent(`
        import * as s3 from 'aws-cdk-lib/aws-s3';
        new s3.CfnBucket(this, 'Data', { bucketName: 'data', publicAccessBlockConfiguration: { blockPublicAcls: true, blockPublicPolicy: true, ignorePublicAcls: true, restrictPublicBuckets: true } });
      `),
    },
    {
      name: 'L1 construct with flags left out',
      syntax: 'typescript',
      code: dedent(`
        import * as s3 from 'aws-cdk-lib/aws-s3';
        new s3.CfnBucket(this, 'Data', { publicAccessBlockConfiguration: { blockPublicAcls: true } });
      `),
      errors: [{ messageId: 'unset', line: 2, column: 34, endLine: 2, endColumn: 64, data: { name: 'Data', flags: 'blockPublicPolicy, ignorePublicAcls, restrictPublicBuckets' } }],
      output: dedent(`
        import * as s3 from 'aws-cdk-lib/aws-s3';
        new s3.CfnBucket(this, 'Data', { publicAccessBlockConfiguration: { blockPublicAcls: true, blockPublicPolicy: true, ignorePublicAcls: true, restrictPublicBuckets: true } });
      `),
    },
    {
      syntax: 'python',
      code: dedent(`
        from aws_cdk import aws_s3 as s3
        s3.Bucket(self, "Data", versioned=True)
      `),
      errors: [{ messageId: 'missing', line: 2, column: 1, endLine: 2, endColumn: 10 }],
      output: dedent(`
        from aws_cdk import aws_s3 as s3
        s3.Bucket(self, "Data", versioned=True, block_public_access=s3.BlockPublicAccess.BLOCK_ALL)
      `),
    },
    {
      name: 'python keyword names in the message',
      syntax: 'python',
      code: dedent(`
        from aws_cdk import aws_s3 as s3
        s3.Bucket(self, "Data", block_public_access=s3.BlockPublicAccess(block_public_acls=True))
      `),
      errors: [{ messageId: 'unset', line: 2, column: 25, endLine: 2, endColumn: 44, data: { name: 'Data', flags: 'block_public_policy, ignore_public_acls, restrict_public_buckets' } }],
      output: dedent(`
        from aws_cdk import aws_s3 as s3
        s3.Bucket(self, "Data", block_public_access=s3.BlockPublicAccess(block_public_acls=True, block_public_policy=True, ignore_public_acls=True, restrict_public_buckets=True))
      `),
    },
  ],
});
