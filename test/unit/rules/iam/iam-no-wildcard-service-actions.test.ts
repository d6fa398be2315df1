import rule from '../../../../src/core/rules/iam/iam-no-wildcard-service-actions';
import { dedent, runRuleTests } from '../ruleTester';

runRuleTests(rule, {
  valid: [
    {
      name: 'listed actions, a partial wildcard, Deny with a service wildcard, admin left to iam-no-admin-wildcard',
      syntax: 'yaml',
      code: dedent(`
        Resources:
          P:
            Type: AWS::IAM::ManagedPolicy
            Properties:
              PolicyDocument:
                Statement:
                  - Effect: Allow
                    Action: [s3:GetObject, s3:PutObject, s3:List*]
                    Resource: arn:aws:s3:::reports/*
                  - Effect: Deny
                    Action: s3:*
                    Resource: arn:aws:s3:::secrets/*
                  - Effect: Allow
                    Action: ["*", s3:*]
                    Resource: "*"
      `),
    },
    {
      name: 'resource and trust policies are not identity policies',
      syntax: 'yaml',
      code: dedent(`
        Resources:
          BucketPolicy:
            Type: AWS::S3::BucketPolicy
            Properties:
              Bucket: logs
              PolicyDocument:
                Statement:
                  - Effect: Allow
                    Principal: { AWS: arn:aws:iam::111122223333:root }
                    Action: s3:*
                    Resource: arn:aws:s3:::logs/*
          Role:
            Type: AWS::IAM::Role
            Properties:
              AssumeRolePolicyDocument:
                Statement:
                  - Effect: Allow
                    Principal: { Service: lambda.amazonaws.com }
                    Action: sts:*
      `),
    },
    {
      name: 'actions from a parameter',
      syntax: 'json',
      code: '{\n  "Resources": {\n    "P": {\n      "Type": "AWS::IAM::ManagedPolicy",\n      "Properties": { "PolicyDocument": { "Statement": [{ "Effect": "Allow", "Action": { "Ref": "Actions" }, "Resource": "*" }] } }\n    }\n  }\n}\n',
    },
    {
      name: 'a bucket policy document with principals',
      syntax: 'terraform',
      code: dedent(`
        data "aws_iam_policy_document" "bucket" {
          statement {
            actions   = ["s3:*"]
            resources = ["arn:aws:s3:::logs/*"]
            principals {
              type        = "AWS"
              identifiers = ["arn:aws:iam::111122223333:root"]
            }
          }
        }
        resource "aws_s3_bucket_policy" "b" {
          bucket = "logs"
          policy = data.aws_iam_policy_document.bucket.json
        }
        resource "aws_iam_policy" "p" {
          policy = jsonencode({ Statement = [{ Effect = "Allow", Action = ["s3:GetObject"], Resource = "*" }] })
        }
      `),
    },
    {
      name: 'a resource policy statement and an unattached statement',
      syntax: 'typescript',
      code: dedent(`
        import * as iam from 'aws-cdk-lib/aws-iam';
        import * as s3 from 'aws-cdk-lib/aws-s3';
        const bucket = new s3.Bucket(this, 'B');
        bucket.addToResourcePolicy(new iam.PolicyStatement({ principals: [new iam.AccountRootPrincipal()], actions: ['s3:*'], resources: [bucket.arnForObjects('*')] }));
        export const loose = new iam.PolicyStatement({ actions: ['s3:*'], resources: ['*'] });
        const role = new iam.Role(this, 'R', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
        role.addToPolicy(new iam.PolicyStatement({ actions: ['s3:GetObject'], resources: ['*'] }));
      `),
    },
    {
      syntax: 'python',
      code: dedent(`
        from aws_cdk import aws_iam as iam
        role = iam.Role(self, "R", assumed_by=iam.ServicePrincipal("lambda.amazonaws.com"))
        role.add_to_policy(iam.PolicyStatement(actions=["sqs:SendMessage"], resources=["*"]))
      `),
    },
  ],
  invalid: [
    {
      name: 'service wildcards, Allow + NotAction, "*" on specific resources',
      syntax: 'yaml',
      code: dedent(`
        Resources:
          Role:
            Type: AWS::IAM::Role
            Properties:
              AssumeRolePolicyDocument:
                Statement:
                  - Effect: Allow
                    Principal: { Service: lambda.amazonaws.com }
                    Action: sts:AssumeRole
              Policies:
                - PolicyName: a
                  PolicyDocument:
                    Statement:
                      - Effect: Allow
                        Action: [s3:*, "dynamodb:*", logs:CreateLogGroup]
                        Resource: "*"
                      - Effect: Allow
                        NotAction: [iam:*, organizations:*]
                        Resource: "*"
                      - Effect: Allow
                        Action: "*"
                        Resource: arn:aws:s3:::reports/*
      `),
      errors: [
        { messageId: 'service', line: 15, column: 26, endLine: 15, endColumn: 30, data: { name: 'Role', action: 's3:*' } },
        { messageId: 'service', line: 15, column: 32, endLine: 15, endColumn: 44, data: { name: 'Role', action: 'dynamodb:*' } },
        { messageId: 'notAction', line: 18, column: 17, endLine: 18, endColumn: 26 },
        { messageId: 'allActions', line: 21, column: 25, endLine: 21, endColumn: 28 },
      ],
    },
    {
      syntax: 'json',
      code: '{\n  "Resources": {\n    "P": {\n      "Type": "AWS::IAM::ManagedPolicy",\n      "Properties": { "PolicyDocument": { "Statement": [{ "Effect": "Allow", "Action": "ec2:*", "Resource": "*" }] } }\n    }\n  }\n}\n',
      errors: [{ messageId: 'service', line: 5, column: 88, endLine: 5, endColumn: 95 }],
    },
    {
      name: 'jsonencode and a policy document data source',
      syntax: 'terraform',
      code: dedent(`
        resource "aws_iam_role_policy" "a" {
          role   = "r"
          policy = jsonencode({ Statement = [{ Effect = "Allow", Action = "sqs:*", Resource = "*" }] })
        }
        data "aws_iam_policy_document" "d" {
          statement {
            actions   = ["kms:*"]
            resources = ["*"]
          }
        }
        resource "aws_iam_user_policy" "b" {
          user   = "u"
          policy = data.aws_iam_policy_document.d.json
        }
      `),
      errors: [
        { messageId: 'service', line: 3, column: 67, endLine: 3, endColumn: 74 },
        { messageId: 'service', line: 7, column: 18, endLine: 7, endColumn: 25 },
      ],
    },
    {
      name: 'in the props and filled in later',
      syntax: 'typescript',
      code: dedent(`
        import * as iam from 'aws-cdk-lib/aws-iam';
        const role = new iam.Role(this, 'R', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
        const s = new iam.PolicyStatement({ actions: ['s3:*'], resources: ['*'] });
        s.addActions('sqs:*');
        role.addToPolicy(s);
      `),
      errors: [
        { messageId: 'service', line: 3, column: 47, endLine: 3, endColumn: 53, data: { name: 's', action: 's3:*' } },
        { messageId: 'service', line: 4, column: 14, endLine: 4, endColumn: 21, data: { name: 's', action: 'sqs:*' } },
      ],
    },
    {
      name: 'L1 policy',
      syntax: 'typescript',
      code: dedent(`
        import { aws_iam as iam } from 'aws-cdk-lib';
        new iam.CfnPolicy(this, 'P', { policyName: 'p', roles: ['r'], policyDocument: { Statement: [{ Effect: 'Allow', Action: ['lambda:*'], Resource: '*' }] } });
      `),
      errors: [{ messageId: 'service', line: 2, column: 121, endLine: 2, endColumn: 131 }],
    },
    {
      syntax: 'python',
      code: dedent(`
        from aws_cdk import aws_iam as iam
        iam.ManagedPolicy(self, "P", statements=[iam.PolicyStatement(actions=["dynamodb:*"], resources=["*"])])
      `),
      errors: [{ messageId: 'service', line: 2, column: 71, endLine: 2, endColumn: 83 }],
    },
  ],
});
