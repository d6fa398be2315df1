import rule from '../../../../src/core/rules/s3/s3-enforce-tls';
import { dedent, runRuleTests } from '../ruleTester';

runRuleTests(rule, {
  valid: [
    {
      // The objects by \${Bucket.Arn}/*, the bucket by its ARN, or a prefix placeholder we cannot read.
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
                    Resource: [!GetAtt Data.Arn, !Sub '\${Data.Arn}/\${Prefix}*']
                    Condition:
                      Bool:
                        aws:SecureTransport: false
                  - Effect: Deny
                    Principal: '*'
                    Action: 's3:*'
                    Resource: arn:aws:s3:::data-bucket/AWSLogs/*
                    Condition:
                      Bool:
                        aws:SecureTransport: false
      `),
    },
    {
      syntax: 'yaml',
      code: dedent(`
        Resources:
          Data:
            Type: AWS::S3::Bucket
            Properties:
              BucketName: data-bucket
          DataPolicy:
            Type: AWS::S3::BucketPolicy
            Properties:
              Bucket: !Ref Data
              PolicyDocument:
                Statement:
                  - Effect: Deny
                    Principal: '*'
                    Action: 's3:*'
                    Resource: [arn:aws:s3:::data-bucket, arn:aws:s3:::data-bucket*]
                    Condition:
                      Bool:
                        aws:SecureTransport: false
      `),
    },
    {
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
                    Resource:
                      - !GetAtt Data.Arn
                      - !Sub '\${Data.Arn}/*'
                    Condition:
                      Bool:
                        aws:SecureTransport: false
      `),
    },
    {
      name: 'Principal {AWS: "*"}, BoolIfExists, a key in another case',
      syntax: 'yaml',
      code: dedent(`
        Resources:
          Data:
            Type: AWS::S3::Bucket
            Properties:
              BucketName: data
          DataPolicy:
            Type: AWS::S3::BucketPolicy
            Properties:
              Bucket: data
              PolicyDocument:
                Statement:
                  - Effect: Deny
                    Principal:
                      AWS: '*'
                    Action: 's3:*'
                    Resource: arn:aws:s3:::data/*
                    Condition:
                      BoolIfExists:
                        aws:securetransport: 'false'
      `),
    },
    {
      name: 'a policy we cannot read, or one whose bucket is a parameter, may hold the statement',
      syntax: 'yaml',
      code: dedent(`
        Parameters:
          BucketName:
            Type: String
          Document:
            Type: String
        Resources:
          Data:
            Type: AWS::S3::Bucket
          Other:
            Type: AWS::S3::Bucket
          DataPolicy:
            Type: AWS::S3::BucketPolicy
            Properties:
              Bucket: !Ref Data
              PolicyDocument: !Ref Document
          AnyPolicy:
            Type: AWS::S3::BucketPolicy
            Properties:
              Bucket: !Ref BucketName
              PolicyDocument:
                Statement: []
      `),
    },
    {
      syntax: 'json',
      code: '{\n  "Resources": {\n    "Data": { "Type": "AWS::S3::Bucket" },\n    "DataPolicy": {\n      "Type": "AWS::S3::BucketPolicy",\n      "Properties": {\n        "Bucket": { "Ref": "Data" },\n        "PolicyDocument": { "Statement": [{ "Effect": "Deny", "Principal": "*", "Action": "s3:*", "Resource": "*", "Condition": { "Bool": { "aws:SecureTransport": "false" } } }] }\n      }\n    }\n  }\n}\n',
    },
    {
      syntax: 'terraform',
      code: dedent(`
        resource "aws_s3_bucket" "data" {
          bucket = "data"
        }

        resource "aws_s3_bucket_policy" "data" {
          bucket = aws_s3_bucket.data.id
          policy = jsonencode({
            Statement = [{
              Effect    = "Deny"
              Principal = "*"
              Action    = "s3:*"
              Resource  = ["\${aws_s3_bucket.data.arn}/*"]
              Condition = { Bool = { "aws:SecureTransport" = "false" } }
            }]
          })
        }
      `),
    },
    {
      name: 'through a policy document data source',
      syntax: 'terraform',
      code: dedent(`
        resource "aws_s3_bucket" "data" {
          bucket = "data"
        }

        resource "aws_s3_bucket_policy" "data" {
          bucket = aws_s3_bucket.data.id
          policy = data.aws_iam_policy_document.tls.json
        }

        data "aws_iam_policy_document" "tls" {
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
        }
      `),
    },
    {
      name: 'a policy whose bucket is a variable may be this one',
      syntax: 'terraform',
      code: dedent(`
        resource "aws_s3_bucket" "data" {
          bucket = "data"
        }

        resource "aws_s3_bucket_policy" "any" {
          bucket = var.bucket
          policy = var.policy
        }
      `),
    },
    {
      syntax: 'typescript',
      code: dedent(`
        import * as s3 from 'aws-cdk-lib/aws-s3';
        new s3.Bucket(this, 'Data', { enforceSSL: true });
        new s3.Bucket(this, 'Other', { enforceSSL: props.enforce });
        new s3.Bucket(this, 'Hidden', { ...props });
      `),
    },
    {
      name: 'the deny statement added by hand',
      syntax: 'typescript',
      code: dedent(`
        import * as iam from 'aws-cdk-lib/aws-iam';
        import * as s3 from 'aws-cdk-lib/aws-s3';
        const data = new s3.Bucket(this, 'Data');
        data.addToResourcePolicy(new iam.PolicyStatement({
          effect: iam.Effect.DENY,
          principals: [new iam.AnyPrincipal()],
          actions: ['s3:*'],
          resources: [data.bucketArn, data.arnForObjects('*')],
          conditions: { Bool: { 'aws:SecureTransport': 'false' } },
        }));
      `),
    },
    {
      name: 'L1 construct with its policy',
      syntax: 'typescript',
      code: dedent(`
        import * as s3 from 'aws-cdk-lib/aws-s3';
        const data = new s3.CfnBucket(this, 'Data');
        new s3.CfnBucketPolicy(this, 'DataPolicy', {
          bucket: data.ref,
          policyDocument: { Statement: [{ Effect: 'Deny', Principal: '*', Action: 's3:*', Resource: '*', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }] },
        });
      `),
    },
    {
      syntax: 'python',
      code: dedent(`
        from aws_cdk import aws_s3 as s3
        s3.Bucket(self, "Data", enforce_ssl=True)
      `),
    },
  ],
  invalid: [
    {
      // Only the AWSLogs/ prefix: the rest of the bucket still answers plain HTTP.
      syntax: 'json',
      code: '{\n  "Resources": {\n    "Logs": { "Type": "AWS::S3::Bucket" },\n    "LogsPolicy": {\n      "Type": "AWS::S3::BucketPolicy",\n      "Properties": {\n        "Bucket": { "Ref": "Logs" },\n        "PolicyDocument": {\n          "Statement": [{\n            "Effect": "Deny",\n            "Principal": "*",\n            "Action": "s3:*",\n            "Resource": [{\n              "Fn::Sub": "arn:${AWS::Partition}:s3:::${Logs}/AWSLogs/${AWS::AccountId}/*"\n            }],\n            "Condition": { "Bool": { "aws:SecureTransport": "false" } }\n          }]\n        }\n      }\n    }\n  }\n}\n',
      errors: [
        {
          messageId: 'partial',
          line: 13,
          column: 14,
          endLine: 13,
          endColumn: 22,
          data: { name: 'Logs' },
        },
      ],
      output: null,
    },
    {
      // The bucket ARN alone covers bucket-level actions, not GetObject / PutObject.
      syntax: 'yaml',
      code: dedent(`
        Resources:
          Data:
            Type: AWS::S3::Bucket
            Properties:
              BucketName: data-bucket
          DataPolicy:
            Type: AWS::S3::BucketPolicy
            Properties:
              Bucket: !Ref Data
              PolicyDocument:
                Statement:
                  - Effect: Deny
                    Principal: '*'
                    Action: 's3:*'
                    Resource: arn:aws:s3:::data-bucket
                    Condition:
                      Bool:
                        aws:SecureTransport: false
      `),
      errors: [{ messageId: 'partial', line: 15, column: 13, endLine: 15, endColumn: 21, data: { name: 'Data' } }],
      output: null,
    },
    {
      syntax: 'yaml',
      code: dedent(`
        Resources:
          Data:
            Type: AWS::S3::Bucket
      `),
      errors: [{ messageId: 'missing', line: 3, column: 11, endLine: 3, endColumn: 26, data: { name: 'Data' }, severity: 'info' }],
      output: dedent(`
        Resources:
          Data:
            Type: AWS::S3::Bucket
          DataPolicy:
            Type: AWS::S3::BucketPolicy
            Properties:
              Bucket: !Ref Data
              PolicyDocument:
                Version: '2012-10-17'
                Statement:
                  - Sid: DenyInsecureTransport
                    Effect: Deny
                    Principal: '*'
                    Action: s3:*
                    Resource:
                      - !GetAtt Data.Arn
                      - !Sub '\${Data.Arn}/*'
                    Condition:
                      Bool:
                        aws:SecureTransport: 'false'
      `),
    },
    {
      name: 'a policy without the statement: reported on it, without a fix',
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
                  - Effect: Allow
                    Principal:
                      AWS: arn:aws:iam::111111111111:root
                    Action: 's3:GetObject'
                    Resource: !Sub '\${Data.Arn}/*'
                  - Effect: Allow
                    Principal: '*'
                    Action: 's3:GetObject'
                    Resource: !Sub '\${Data.Arn}/*'
                    Condition:
                      Bool:
                        aws:SecureTransport: 'false'
      `),
      errors: [{ messageId: 'noDeny', line: 8, column: 7, endLine: 8, endColumn: 21, data: { name: 'Data' } }],
      output: null,
    },
    {
      syntax: 'json',
      code: '{\n  "Resources": {\n    "Data": {\n      "Type": "AWS::S3::Bucket"\n    }\n  }\n}\n',
      errors: [{ messageId: 'missing', line: 4, column: 16, endLine: 4, endColumn: 31 }],
      output:
        '{\n  "Resources": {\n    "Data": {\n      "Type": "AWS::S3::Bucket"\n    },\n    "DataPolicy": {\n      "Type": "AWS::S3::BucketPolicy",\n      "Properties": {\n        "Bucket": {"Ref": "Data"},\n        "PolicyDocument": {\n          "Version": "2012-10-17",\n          "Statement": [\n            {\n              "Sid": "DenyInsecureTransport",\n              "Effect": "Deny",\n              "Principal": "*",\n              "Action": "s3:*",\n              "Resource": [\n                {"Fn::GetAtt": ["Data", "Arn"]},\n                {\n                  "Fn::Sub": "${Data.Arn}/*"\n                }\n              ],\n              "Condition": {\n                "Bool": {\n                  "aws:SecureTransport": "false"\n                }\n              }\n            }\n          ]\n        }\n      }\n    }\n  }\n}\n',
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

        resource "aws_s3_bucket_policy" "data" {
          bucket = aws_s3_bucket.data.id
          policy = jsonencode({
            Version = "2012-10-17"
            Statement = [
              {
                Sid       = "DenyInsecureTransport"
                Effect    = "Deny"
                Principal = "*"
                Action    = "s3:*"
                Resource  = [aws_s3_bucket.data.arn, "\${aws_s3_bucket.data.arn}/*"]
                Condition = {
                  Bool = {
                    "aws:SecureTransport" = "false"
                  }
                }
              },
            ]
          })
        }
      `),
    },
    {
      name: 'a policy document without the statement',
      syntax: 'terraform',
      code: dedent(`
        resource "aws_s3_bucket" "data" {
          bucket = "data"
        }

        resource "aws_s3_bucket_policy" "data" {
          bucket = aws_s3_bucket.data.id
          policy = data.aws_iam_policy_document.read.json
        }

        data "aws_iam_policy_document" "read" {
          statement {
            actions = ["s3:GetObject"]
            principals {
              type        = "AWS"
              identifiers = ["arn:aws:iam::111111111111:root"]
            }
          }
        }
      `),
      errors: [{ messageId: 'noDeny', line: 7, column: 3, endLine: 7, endColumn: 9, data: { name: 'aws_s3_bucket.data' } }],
      output: null,
    },
    {
      name: 'provider v3 inline policy without the statement',
      syntax: 'terraform',
      code: dedent(`
        resource "aws_s3_bucket" "data" {
          bucket = "data"
          policy = jsonencode({ Statement = [] })
        }
      `),
      errors: [{ messageId: 'noDeny', line: 3, column: 3, endLine: 3, endColumn: 9 }],
      output: null,
    },
    {
      syntax: 'typescript',
      code: dedent(`
        import * as s3 from 'aws-cdk-lib/aws-s3';
        const data = new s3.Bucket(this, 'Data', {
          versioned: true,
        });
      `),
      errors: [{ messageId: 'missing', line: 2, column: 18, endLine: 2, endColumn: 27, data: { name: 'Data' } }],
      output: dedent(`
        import * as s3 from 'aws-cdk-lib/aws-s3';
        const data = new s3.Bucket(this, 'Data', {
          versioned: true,
          enforceSSL: true,
        });
      `),
    },
    {
      name: 'enforceSSL: false',
      syntax: 'typescript',
      code: dedent(`
        import * as s3 from 'aws-cdk-lib/aws-s3';
        new s3.Bucket(this, 'Data', { enforceSSL: false });
      `),
      errors: [{ messageId: 'disabled', line: 2, column: 43, endLine: 2, endColumn: 48, data: { prop: 'enforceSSL', name: 'Data' } }],
      output: dedent(`
        import * as s3 from 'aws-cdk-lib/aws-s3';
        new s3.Bucket(this, 'Data', { enforceSSL: true });
      `),
    },
    {
      name: 'L1 construct: reported without a fix',
      syntax: 'typescript',
      code: dedent(`
        import * as s3 from 'aws-cdk-lib/aws-s3';
        new s3.CfnBucket(this, 'Data');
      `),
      errors: [{ messageId: 'missing', line: 2, column: 5, endLine: 2, endColumn: 17 }],
      output: null,
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
        s3.Bucket(self, "Data", versioned=True, enforce_ssl=True)
      `),
    },
    {
      name: 'python enforce_ssl=False',
      syntax: 'python',
      code: dedent(`
        from aws_cdk import aws_s3 as s3
        s3.Bucket(self, "Data", enforce_ssl=False)
      `),
      errors: [{ messageId: 'disabled', line: 2, column: 37, endLine: 2, endColumn: 42, data: { prop: 'enforce_ssl', name: 'Data' } }],
      output: dedent(`
        from aws_cdk import aws_s3 as s3
        s3.Bucket(self, "Data", enforce_ssl=True)
      `),
    },
  ],
});
