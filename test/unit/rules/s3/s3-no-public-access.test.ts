import rule from '../../../../src/core/rules/s3/s3-no-public-access';
import { dedent, runRuleTests } from '../ruleTester';

runRuleTests(rule, {
  valid: [
    {
      name: 'private bucket, all four settings on',
      syntax: 'yaml',
      code: dedent(`
        Resources:
          Data:
            Type: AWS::S3::Bucket
            Properties:
              AccessControl: Private
              PublicAccessBlockConfiguration:
                BlockPublicAcls: true
                BlockPublicPolicy: 'true'
                IgnorePublicAcls: true
                RestrictPublicBuckets: !Ref Restrict
      `),
    },
    {
      name: 'a Deny for anyone (TLS only) is not public; pinned Allows are not public',
      syntax: 'yaml',
      code: dedent(`
        Resources:
          Data:
            Type: AWS::S3::Bucket
          DataPolicy:
            Type: AWS::S3::BucketPolicy
            Properties:
              Bucket: !Ref Data
              PolicyDocument:
                Statement:
                  - Effect: Deny
                    Principal: '*'
                    Action: 's3:*'
                    Resource: !Sub '\${Data.Arn}/*'
                    Condition:
                      Bool:
                        aws:SecureTransport: false
                  - Effect: Allow
                    Principal: '*'
                    Action: s3:GetObject
                    Resource: !Sub '\${Data.Arn}/*'
                    Condition:
                      StringEquals:
                        aws:SourceVpce: vpce-1a2b3c4d
                  - Effect: Allow
                    Principal:
                      AWS: '*'
                    Action: s3:GetObject
                    Resource: !Sub '\${Data.Arn}/*'
                    Condition:
                      StringEquals:
                        aws:PrincipalOrgID: !Ref OrgId
                  - Effect: Allow
                    Principal:
                      Service: cloudfront.amazonaws.com
                    Action: s3:GetObject
                    Resource: !Sub '\${Data.Arn}/*'
                  - Effect: Allow
                    Principal:
                      AWS: !Sub 'arn:aws:iam::\${AWS::AccountId}:root'
                    Action: s3:*
                    Resource: !Sub '\${Data.Arn}/*'
      `),
    },
    {
      name: 'an effect or a condition we cannot read is not guessed',
      syntax: 'yaml',
      code: dedent(`
        Resources:
          DataPolicy:
            Type: AWS::S3::BucketPolicy
            Properties:
              Bucket: !Ref Data
              PolicyDocument:
                Statement:
                  - Effect: !Ref Effect
                    Principal: '*'
                    Action: s3:GetObject
                    Resource: '*'
                  - Effect: Allow
                    Principal: '*'
                    Action: s3:GetObject
                    Resource: '*'
                    Condition: !If [Restricted, { StringEquals: { 'aws:SourceVpc': vpc-1 } }, !Ref AWS::NoValue]
      `),
    },
    {
      syntax: 'json',
      code: '{\n  "Resources": {\n    "Data": {\n      "Type": "AWS::S3::Bucket",\n      "Properties": { "AccessControl": "LogDeliveryWrite", "PublicAccessBlockConfiguration": { "BlockPublicAcls": true, "BlockPublicPolicy": true } }\n    }\n  }\n}\n',
    },
    {
      syntax: 'terraform',
      code: dedent(`
        resource "aws_s3_bucket" "data" {
          bucket = "data"
        }

        resource "aws_s3_bucket_acl" "data" {
          bucket = aws_s3_bucket.data.id
          acl    = "private"
        }

        resource "aws_s3_bucket_public_access_block" "data" {
          bucket                  = aws_s3_bucket.data.id
          block_public_acls       = true
          block_public_policy     = true
          ignore_public_acls      = var.ignore
          restrict_public_buckets = true
        }

        resource "aws_s3_bucket_policy" "data" {
          bucket = aws_s3_bucket.data.id
          policy = data.aws_iam_policy_document.data.json
        }

        data "aws_iam_policy_document" "data" {
          statement {
            effect  = "Deny"
            actions = ["s3:*"]
            principals {
              type        = "*"
              identifiers = ["*"]
            }
            condition {
              test     = "Bool"
              variable = "aws:SecureTransport"
              values   = ["false"]
            }
          }
          statement {
            actions = ["s3:GetObject"]
            principals {
              type        = "AWS"
              identifiers = ["*"]
            }
            condition {
              test     = "StringEquals"
              variable = "aws:SourceVpce"
              values   = [var.vpce]
            }
          }
        }
      `),
    },
    {
      name: 'negated or if-exists conditions are not public only when the principal is pinned',
      syntax: 'terraform',
      code: dedent(`
        resource "aws_s3_bucket_policy" "data" {
          bucket = "data"
          policy = jsonencode({
            Statement = [{
              Effect    = "Allow"
              Principal = { AWS = "arn:aws:iam::111111111111:root" }
              Action    = "s3:GetObject"
              Resource  = "arn:aws:s3:::data/*"
              Condition = { StringNotEquals = { "aws:SourceVpce" = "vpce-1" } }
            }]
          })
        }
      `),
    },
    {
      syntax: 'typescript',
      code: dedent(`
        import * as iam from 'aws-cdk-lib/aws-iam';
        import * as s3 from 'aws-cdk-lib/aws-s3';
        const data = new s3.Bucket(this, 'Data', {
          blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
          publicReadAccess: false,
          accessControl: s3.BucketAccessControl.PRIVATE,
        });
        data.addToResourcePolicy(new iam.PolicyStatement({
          effect: iam.Effect.DENY,
          principals: [new iam.AnyPrincipal()],
          actions: ['s3:*'],
          resources: [data.arnForObjects('*')],
          conditions: { Bool: { 'aws:SecureTransport': 'false' } },
        }));
        data.addToResourcePolicy(new iam.PolicyStatement({
          principals: [new iam.ServicePrincipal('logging.s3.amazonaws.com')],
          actions: ['s3:PutObject'],
          resources: [data.arnForObjects('*')],
        }));
        data.grantRead(role);
      `),
    },
    {
      name: 'every option written true; principals from a variable',
      syntax: 'typescript',
      code: dedent(`
        import * as iam from 'aws-cdk-lib/aws-iam';
        import * as s3 from 'aws-cdk-lib/aws-s3';
        const data = new s3.Bucket(this, 'Data', {
          blockPublicAccess: new s3.BlockPublicAccess({ blockPublicAcls: true, blockPublicPolicy: true, ignorePublicAcls: true, restrictPublicBuckets: true }),
        });
        data.addToResourcePolicy(new iam.PolicyStatement({ principals: props.principals, actions: ['s3:GetObject'] }));
      `),
    },
    {
      name: 'L1 construct',
      syntax: 'typescript',
      code: dedent(`
        import * as s3 from 'aws-cdk-lib/aws-s3';
        new s3.CfnBucket(this, 'Data', { accessControl: 'Private', publicAccessBlockConfiguration: { blockPublicAcls: true } });
      `),
    },
    {
      syntax: 'python',
      code: dedent(`
        from aws_cdk import aws_s3 as s3
        s3.Bucket(self, "Data", block_public_access=s3.BlockPublicAccess.BLOCK_ALL, public_read_access=False)
      `),
    },
  ],
  invalid: [
    {
      syntax: 'yaml',
      code: dedent(`
        Resources:
          Site:
            Type: AWS::S3::Bucket
            Properties:
              AccessControl: PublicRead
              PublicAccessBlockConfiguration:
                BlockPublicAcls: false
                BlockPublicPolicy: "false"
                IgnorePublicAcls: true
                RestrictPublicBuckets: true
      `),
      errors: [
        { messageId: 'publicAcl', line: 5, column: 22, endLine: 5, endColumn: 32, data: { acl: 'PublicRead', name: 'Site' }, severity: 'error' },
        { messageId: 'blockAclsOff', line: 7, column: 26, endLine: 7, endColumn: 31, data: { flag: 'BlockPublicAcls', name: 'Site' } },
        { messageId: 'blockPolicyOff', line: 8, column: 28, endLine: 8, endColumn: 35, data: { flag: 'BlockPublicPolicy', name: 'Site' } },
      ],
      output: dedent(`
        Resources:
          Site:
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
      name: 'a website behind a deliberate public policy is still public',
      syntax: 'yaml',
      code: dedent(`
        Resources:
          Site:
            Type: AWS::S3::Bucket
            Properties:
              WebsiteConfiguration:
                IndexDocument: index.html
          SitePolicy:
            Type: AWS::S3::BucketPolicy
            Properties:
              Bucket: !Ref Site
              PolicyDocument:
                Statement:
                  - Effect: Allow
                    Principal: '*'
                    Action: s3:GetObject
                    Resource: !Sub '\${Site.Arn}/*'
                  - Effect: Allow
                    Principal:
                      AWS: ['*']
                    Action: s3:GetObject
                    Resource: !Sub '\${Site.Arn}/*'
                    Condition:
                      StringNotEquals:
                        aws:SourceVpce: vpce-1a2b3c4d
                  - Effect: Allow
                    Principal: '*'
                    Action: s3:GetObject
                    Resource: !Sub '\${Site.Arn}/*'
                    Condition:
                      StringEqualsIfExists:
                        aws:PrincipalOrgID: o-abc
      `),
      errors: [
        { messageId: 'publicPolicy', line: 14, column: 24, endLine: 14, endColumn: 27, data: { name: 'Site' } },
        { messageId: 'publicPolicy', line: 19, column: 15, endLine: 19, endColumn: 25 },
        { messageId: 'publicPolicy', line: 26, column: 24, endLine: 26, endColumn: 27 },
      ],
      output: null,
    },
    {
      syntax: 'json',
      code: '{\n  "Resources": {\n    "Data": {\n      "Type": "AWS::S3::Bucket",\n      "Properties": {\n        "AccessControl": "AuthenticatedRead"\n      }\n    }\n  }\n}\n',
      errors: [{ messageId: 'publicAcl', line: 6, column: 26, endLine: 6, endColumn: 45, data: { acl: 'AuthenticatedRead', name: 'Data' } }],
      output: '{\n  "Resources": {\n    "Data": {\n      "Type": "AWS::S3::Bucket",\n      "Properties": {}\n    }\n  }\n}\n',
    },
    {
      syntax: 'terraform',
      code: dedent(`
        resource "aws_s3_bucket" "site" {
          bucket = "site"
        }

        resource "aws_s3_bucket_acl" "site" {
          bucket = aws_s3_bucket.site.id
          acl    = "public-read"
        }

        resource "aws_s3_bucket_public_access_block" "site" {
          bucket                  = aws_s3_bucket.site.id
          block_public_acls       = false
          block_public_policy     = true
          ignore_public_acls      = true
          restrict_public_buckets = false
        }
      `),
      errors: [
        { messageId: 'publicAcl', line: 7, column: 12, endLine: 7, endColumn: 25, data: { acl: 'public-read', name: 'aws_s3_bucket.site' } },
        { messageId: 'blockAclsOff', line: 12, column: 29, endLine: 12, endColumn: 34, data: { flag: 'block_public_acls', name: 'aws_s3_bucket.site' } },
        { messageId: 'blockPolicyOff', line: 15, column: 29, endLine: 15, endColumn: 34, data: { flag: 'restrict_public_buckets', name: 'aws_s3_bucket.site' } },
      ],
      output: dedent(`
        resource "aws_s3_bucket" "site" {
          bucket = "site"
        }

        resource "aws_s3_bucket_acl" "site" {
          bucket = aws_s3_bucket.site.id
          acl    = "private"
        }

        resource "aws_s3_bucket_public_access_block" "site" {
          bucket                  = aws_s3_bucket.site.id
          block_public_acls       = true
          block_public_policy     = true
          ignore_public_acls      = true
          restrict_public_buckets = true
        }
      `),
    },
    {
      name: 'provider v3 inline acl, grant and policy',
      syntax: 'terraform',
      code: dedent(`
        resource "aws_s3_bucket" "site" {
          bucket = "site"
          acl    = "public-read-write"
          grant {
            type        = "Group"
            uri         = "http://acs.amazonaws.com/groups/global/AuthenticatedUsers"
            permissions = ["READ"]
          }
          policy = <<EOF
        {
          "Statement": [{ "Effect": "Allow", "Principal": { "AWS": "*" }, "Action": "s3:GetObject", "Resource": "arn:aws:s3:::site/*" }]
        }
        EOF
        }
      `),
      errors: [
        { messageId: 'publicAcl', line: 3, column: 12, endLine: 3, endColumn: 31, data: { acl: 'public-read-write', name: 'aws_s3_bucket.site' } },
        { messageId: 'publicGrant', line: 6, column: 19, endLine: 6, endColumn: 78, data: { group: 'AuthenticatedUsers', name: 'aws_s3_bucket.site' } },
        { messageId: 'publicPolicy', line: 11, column: 51, endLine: 11, endColumn: 65 },
      ],
      output: dedent(`
        resource "aws_s3_bucket" "site" {
          bucket = "site"
          grant {
            type        = "Group"
            uri         = "http://acs.amazonaws.com/groups/global/AuthenticatedUsers"
            permissions = ["READ"]
          }
          policy = <<EOF
        {
          "Statement": [{ "Effect": "Allow", "Principal": { "AWS": "*" }, "Action": "s3:GetObject", "Resource": "arn:aws:s3:::site/*" }]
        }
        EOF
        }
      `),
    },
    {
      name: 'a public statement in a policy document is reported once, from the first policy using it',
      syntax: 'terraform',
      code: dedent(`
        resource "aws_s3_bucket_policy" "a" {
          bucket = "a"
          policy = data.aws_iam_policy_document.read.json
        }

        resource "aws_s3_bucket_policy" "b" {
          bucket = "b"
          policy = data.aws_iam_policy_document.read.json
        }

        data "aws_iam_policy_document" "read" {
          statement {
            actions   = ["s3:GetObject"]
            resources = ["*"]
            principals {
              type        = "AWS"
              identifiers = ["*"]
            }
          }
        }
      `),
      errors: [{ messageId: 'publicPolicy', line: 15, column: 16, endLine: 18, endColumn: 6, data: { name: 'a' } }],
      output: null,
    },
    {
      syntax: 'typescript',
      code: dedent(`
        import * as iam from 'aws-cdk-lib/aws-iam';
        import * as s3 from 'aws-cdk-lib/aws-s3';
        const site = new s3.Bucket(this, 'Site', {
          publicReadAccess: true,
          blockPublicAccess: new s3.BlockPublicAccess({ blockPublicAcls: false, ignorePublicAcls: true, blockPublicPolicy: false, restrictPublicBuckets: true }),
          accessControl: s3.BucketAccessControl.PUBLIC_READ,
        });
        site.grantPublicAccess('*', 's3:GetObject');
        site.addToResourcePolicy(new iam.PolicyStatement({ principals: [new iam.AnyPrincipal()], actions: ['s3:GetObject'], resources: [site.arnForObjects('*')] }));
      `),
      errors: [
        { messageId: 'publicReadAccess', line: 4, column: 3, endLine: 4, endColumn: 19, data: { prop: 'publicReadAccess', name: 'Site' } },
        { messageId: 'blockAclsOff', line: 5, column: 66, endLine: 5, endColumn: 71, data: { flag: 'blockPublicAcls', name: 'Site' } },
        { messageId: 'blockPolicyOff', line: 5, column: 116, endLine: 5, endColumn: 121, data: { flag: 'blockPublicPolicy', name: 'Site' } },
        { messageId: 'publicAcl', line: 6, column: 18, endLine: 6, endColumn: 52, data: { acl: 'BucketAccessControl.PUBLIC_READ', name: 'Site' } },
        { messageId: 'grantPublicAccess', line: 8, column: 6, endLine: 8, endColumn: 23, data: { method: 'grantPublicAccess', name: 'Site' } },
        { messageId: 'publicPolicy', line: 9, column: 64, endLine: 9, endColumn: 88, data: { name: 'Site' } },
      ],
      output: dedent(`
        import * as iam from 'aws-cdk-lib/aws-iam';
        import * as s3 from 'aws-cdk-lib/aws-s3';
        const site = new s3.Bucket(this, 'Site', {
          blockPublicAccess: new s3.BlockPublicAccess({ blockPublicAcls: true, ignorePublicAcls: true, blockPublicPolicy: true, restrictPublicBuckets: true }),
        });
        site.grantPublicAccess('*', 's3:GetObject');
        site.addToResourcePolicy(new iam.PolicyStatement({ principals: [new iam.AnyPrincipal()], actions: ['s3:GetObject'], resources: [site.arnForObjects('*')] }));
      `),
    },
    {
      name: 'BLOCK_ACLS leaves bucket policies open; a statement with addAnyPrincipal()',
      syntax: 'typescript',
      code: dedent(`
        import { aws_iam as iam, aws_s3 as storage } from 'aws-cdk-lib';
        const site = new storage.Bucket(this, 'Site', { blockPublicAccess: storage.BlockPublicAccess.BLOCK_ACLS });
        const read = new iam.PolicyStatement({ actions: ['s3:GetObject'], resources: [site.arnForObjects('*')] });
        read.addAnyPrincipal();
        site.addToResourcePolicy(read);
      `),
      errors: [
        { messageId: 'blockAclsOnly', line: 2, column: 68, endLine: 2, endColumn: 104, data: { preset: 'BlockPublicAccess.BLOCK_ACLS', name: 'Site' } },
        { messageId: 'publicPolicy', line: 4, column: 1, endLine: 4, endColumn: 23, data: { name: 'Site' } },
      ],
      output: dedent(`
        import { aws_iam as iam, aws_s3 as storage } from 'aws-cdk-lib';
        const site = new storage.Bucket(this, 'Site', { blockPublicAccess: storage.BlockPublicAccess.BLOCK_ALL });
        const read = new iam.PolicyStatement({ actions: ['s3:GetObject'], resources: [site.arnForObjects('*')] });
        read.addAnyPrincipal();
        site.addToResourcePolicy(read);
      `),
    },
    {
      name: 'grants to AnyPrincipal write a public statement',
      syntax: 'typescript',
      code: dedent(`
        import * as iam from 'aws-cdk-lib/aws-iam';
        import * as s3 from 'aws-cdk-lib/aws-s3';
        const site = new s3.Bucket(this, 'Site');
        site.grantRead(new iam.AnyPrincipal());
        site.grantReadWrite(role);
      `),
      errors: [{ messageId: 'grantToAnyone', line: 4, column: 16, endLine: 4, endColumn: 38, data: { method: 'grantRead', principal: 'AnyPrincipal', name: 'Site' } }],
      output: null,
    },
    {
      name: 'L1 constructs: bucket and bucket policy',
      syntax: 'typescript',
      code: dedent(`
        import * as s3 from 'aws-cdk-lib/aws-s3';
        const site = new s3.CfnBucket(this, 'Site', { accessControl: 'PublicRead' });
        new s3.CfnBucketPolicy(this, 'SitePolicy', {
          bucket: site.ref,
          policyDocument: { Statement: [{ Effect: 'Allow', Principal: { AWS: '*' }, Action: 's3:GetObject', Resource: '*' }] },
        });
      `),
      errors: [
        { messageId: 'publicAcl', line: 2, column: 62, endLine: 2, endColumn: 74, data: { acl: 'PublicRead', name: 'Site' } },
        { messageId: 'publicPolicy', line: 5, column: 63, endLine: 5, endColumn: 75, data: { name: 'Site' } },
      ],
      output: dedent(`
        import * as s3 from 'aws-cdk-lib/aws-s3';
        const site = new s3.CfnBucket(this, 'Site', {});
        new s3.CfnBucketPolicy(this, 'SitePolicy', {
          bucket: site.ref,
          policyDocument: { Statement: [{ Effect: 'Allow', Principal: { AWS: '*' }, Action: 's3:GetObject', Resource: '*' }] },
        });
      `),
    },
    {
      syntax: 'python',
      code: dedent(`
        from aws_cdk import aws_iam as iam, aws_s3 as s3
        site = s3.Bucket(self, "Site",
            public_read_access=True,
            block_public_access=s3.BlockPublicAccess(block_public_acls=False, ignore_public_acls=True),
        )
        site.grant_public_access()
        site.add_to_resource_policy(iam.PolicyStatement(principals=[iam.AnyPrincipal()], actions=["s3:GetObject"]))
        site.grant_read(iam.AnyPrincipal())
      `),
      errors: [
        { messageId: 'publicReadAccess', line: 3, column: 5, endLine: 3, endColumn: 23, data: { prop: 'public_read_access', name: 'Site' } },
        { messageId: 'blockAclsOff', line: 4, column: 64, endLine: 4, endColumn: 69, data: { flag: 'block_public_acls', name: 'Site' } },
        { messageId: 'grantPublicAccess', line: 6, column: 6, endLine: 6, endColumn: 25, data: { method: 'grant_public_access', name: 'Site' } },
        { messageId: 'publicPolicy', line: 7, column: 60, endLine: 7, endColumn: 80, data: { name: 'Site' } },
        { messageId: 'grantToAnyone', line: 8, column: 17, endLine: 8, endColumn: 35, data: { method: 'grant_read', principal: 'AnyPrincipal', name: 'Site' } },
      ],
      output: dedent(`
        from aws_cdk import aws_iam as iam, aws_s3 as s3
        site = s3.Bucket(self, "Site",
            block_public_access=s3.BlockPublicAccess(block_public_acls=True, ignore_public_acls=True),
        )
        site.grant_public_access()
        site.add_to_resource_policy(iam.PolicyStatement(principals=[iam.AnyPrincipal()], actions=["s3:GetObject"]))
        site.grant_read(iam.AnyPrincipal())
      `),
    },
  ],
});
