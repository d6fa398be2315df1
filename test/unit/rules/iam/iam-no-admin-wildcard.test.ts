import rule from '../../../../src/core/rules/iam/iam-no-admin-wildcard';
import { dedent, runRuleTests } from '../ruleTester';

runRuleTests(rule, {
  valid: [
    {
      name: 'Deny statements with wildcards are fine',
      syntax: 'yaml',
      code: dedent(`
        Resources:
          Guard:
            Type: AWS::IAM::ManagedPolicy
            Properties:
              PolicyDocument:
                Version: "2012-10-17"
                Statement:
                  - Effect: Deny
                    Action: "*"
                    Resource: "*"
                    Condition:
                      StringNotEquals:
                        aws:RequestedRegion: eu-west-1
      `),
    },
    {
      name: 'trust policy and bucket policy are not identity policies',
      syntax: 'yaml',
      code: dedent(`
        Resources:
          Role:
            Type: AWS::IAM::Role
            Properties:
              AssumeRolePolicyDocument:
                Statement:
                  - Effect: Allow
                    Principal: { AWS: "*" }
                    Action: "*"
          Policy:
            Type: AWS::S3::BucketPolicy
            Properties:
              Bucket: logs
              PolicyDocument:
                Statement:
                  - Effect: Allow
                    Principal: "*"
                    Action: "*"
                    Resource: "*"
      `),
    },
    {
      name: 'a permissions boundary that allows everything only caps permissions',
      syntax: 'yaml',
      code: dedent(`
        Resources:
          Boundary:
            Type: AWS::IAM::ManagedPolicy
            Properties:
              PolicyDocument:
                Statement:
                  - Effect: Allow
                    Action: "*"
                    Resource: "*"
                  - Effect: Deny
                    Action: iam:*
                    Resource: "*"
          Role:
            Type: AWS::IAM::Role
            Properties:
              PermissionsBoundary: !Ref Boundary
              AssumeRolePolicyDocument:
                Statement:
                  - Effect: Allow
                    Principal: { Service: lambda.amazonaws.com }
                    Action: sts:AssumeRole
      `),
    },
    {
      name: 'actions from a parameter, "*" on one resource, Allow + NotAction, read-only managed policies',
      syntax: 'yaml',
      code: dedent(`
        Parameters:
          Actions:
            Type: CommaDelimitedList
        Resources:
          Role:
            Type: AWS::IAM::Role
            Properties:
              AssumeRolePolicyDocument:
                Statement:
                  - Effect: Allow
                    Principal: { Service: lambda.amazonaws.com }
                    Action: sts:AssumeRole
              ManagedPolicyArns:
                - arn:aws:iam::aws:policy/ReadOnlyAccess
                - arn:aws:iam::aws:policy/job-function/ViewOnlyAccess
                - !Sub arn:\${AWS::Partition}:iam::\${AWS::AccountId}:policy/AdministratorAccess
              Policies:
                - PolicyName: a
                  PolicyDocument:
                    Statement:
                      - Effect: Allow
                        Action: !Ref Actions
                        Resource: "*"
                      - Effect: Allow
                        Action: "*"
                        Resource: arn:aws:s3:::reports/*
                      - Effect: Allow
                        NotAction: iam:*
                        Resource: "*"
      `),
    },
    {
      name: 'effect not a literal',
      syntax: 'json',
      code: '{\n  "Resources": {\n    "P": {\n      "Type": "AWS::IAM::ManagedPolicy",\n      "Properties": {\n        "PolicyDocument": {\n          "Statement": [{ "Effect": { "Ref": "Effect" }, "Action": "*", "Resource": "*" }]\n        }\n      }\n    }\n  }\n}\n',
    },
    {
      name: 'actions from a variable',
      syntax: 'terraform',
      code: dedent(`
        resource "aws_iam_policy" "p" {
          policy = jsonencode({
            Statement = [{
              Effect   = "Allow"
              Action   = var.actions
              Resource = "*"
            }]
          })
        }
      `),
    },
    {
      name: 'a document with principals (bucket policy) and one used as an SCP',
      syntax: 'terraform',
      code: dedent(`
        data "aws_iam_policy_document" "bucket" {
          statement {
            actions   = ["*"]
            resources = ["*"]
            principals {
              type        = "AWS"
              identifiers = ["*"]
            }
          }
        }
        data "aws_iam_policy_document" "scp" {
          statement {
            actions   = ["*"]
            resources = ["*"]
          }
        }
        resource "aws_s3_bucket_policy" "b" {
          bucket = "logs"
          policy = data.aws_iam_policy_document.bucket.json
        }
        resource "aws_organizations_policy" "full" {
          name    = "full"
          content = data.aws_iam_policy_document.scp.json
        }
        resource "aws_iam_role_policy_attachment" "ro" {
          role       = "r"
          policy_arn = "arn:aws:iam::aws:policy/ReadOnlyAccess"
        }
      `),
    },
    {
      name: 'resource policy statement and Deny statement',
      syntax: 'typescript',
      code: dedent(`
        import * as iam from 'aws-cdk-lib/aws-iam';
        import * as s3 from 'aws-cdk-lib/aws-s3';
        const bucket = new s3.Bucket(this, 'B');
        bucket.addToResourcePolicy(new iam.PolicyStatement({ principals: [new iam.AnyPrincipal()], actions: ['*'], resources: ['*'] }));
        const role = new iam.Role(this, 'R', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
        role.addToPolicy(new iam.PolicyStatement({ effect: iam.Effect.DENY, actions: ['*'], resources: ['*'] }));
        role.addToPolicy(new iam.PolicyStatement({ actions: ['s3:GetObject'], resources: [bucket.arnForObjects('*')] }));
      `),
    },
    {
      name: 'a statement not attached to any identity policy in the file',
      syntax: 'typescript',
      code: dedent(`
        import * as iam from 'aws-cdk-lib/aws-iam';
        export const everything = new iam.PolicyStatement({ actions: ['*'], resources: ['*'] });
        new iam.Role(this, 'R', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com'), managedPolicies: [iam.ManagedPolicy.fromAwsManagedPolicyName('ReadOnlyAccess')] });
      `),
    },
    {
      name: 'L1 managed policy with a specific action',
      syntax: 'typescript',
      code: dedent(`
        import { aws_iam as iam } from 'aws-cdk-lib';
        new iam.CfnManagedPolicy(this, 'P', { policyDocument: { Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: '*' }] } });
      `),
    },
    {
      syntax: 'python',
      code: dedent(`
        from aws_cdk import aws_iam as iam
        role = iam.Role(self, "R", assumed_by=iam.ServicePrincipal("lambda.amazonaws.com"))
        role.add_to_policy(iam.PolicyStatement(actions=["s3:GetObject"], resources=["*"]))
      `),
    },
  ],
  invalid: [
    {
      syntax: 'yaml',
      code: dedent(`
        Resources:
          Admin:
            Type: AWS::IAM::ManagedPolicy
            Properties:
              PolicyDocument:
                Version: "2012-10-17"
                Statement:
                  - Effect: Allow
                    Action: "*"
                    Resource: "*"
      `),
      errors: [{ messageId: 'wildcard', line: 9, column: 21, endLine: 9, endColumn: 24, data: { name: 'Admin' } }],
    },
    {
      name: 'inline role policy with "*" in lists, AdministratorAccess through !Sub, a condition does not lessen it',
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
              ManagedPolicyArns:
                - !Sub arn:\${AWS::Partition}:iam::aws:policy/AdministratorAccess
              Policies:
                - PolicyName: a
                  PolicyDocument:
                    Statement:
                      - Effect: Allow
                        Action: [s3:GetObject, "*"]
                        Resource: [arn:aws:s3:::a, "*"]
                        Condition:
                          Bool: { aws:MultiFactorAuthPresent: true }
      `),
      errors: [
        { messageId: 'managed', line: 11, column: 11, endLine: 11, endColumn: 73, data: { name: 'Role' } },
        { messageId: 'wildcard', line: 17, column: 40, endLine: 17, endColumn: 43 },
      ],
    },
    {
      syntax: 'json',
      code: '{\n  "Resources": {\n    "P": {\n      "Type": "AWS::IAM::Policy",\n      "Properties": {\n        "PolicyName": "p",\n        "Roles": ["r"],\n        "PolicyDocument": { "Statement": { "Effect": "Allow", "Action": "*:*", "Resource": "*" } }\n      }\n    }\n  }\n}\n',
      errors: [{ messageId: 'wildcard', line: 8, column: 73, endLine: 8, endColumn: 78 }],
    },
    {
      name: 'jsonencode',
      syntax: 'terraform',
      code: dedent(`
        resource "aws_iam_policy" "admin" {
          policy = jsonencode({
            Version = "2012-10-17"
            Statement = [{
              Effect   = "Allow"
              Action   = ["*"]
              Resource = "*"
            }]
          })
        }
      `),
      errors: [{ messageId: 'wildcard', line: 6, column: 19, endLine: 6, endColumn: 22, data: { name: 'aws_iam_policy.admin' } }],
    },
    {
      name: 'heredoc JSON in a role policy',
      syntax: 'terraform',
      code: dedent(`
        resource "aws_iam_role_policy" "p" {
          role   = "r"
          policy = <<EOF
        {
          "Statement": [{"Effect": "Allow", "Action": "*", "Resource": "*"}]
        }
        EOF
        }
      `),
      errors: [{ messageId: 'wildcard', line: 5, column: 47, endLine: 5, endColumn: 50 }],
    },
    {
      name: 'policy document data source: reported where the statement is written',
      syntax: 'terraform',
      code: dedent(`
        data "aws_iam_policy_document" "admin" {
          statement {
            actions   = ["*"]
            resources = ["*"]
          }
        }
        resource "aws_iam_policy" "a" {
          policy = data.aws_iam_policy_document.admin.json
        }
        resource "aws_iam_policy" "b" {
          policy = data.aws_iam_policy_document.admin.json
        }
      `),
      errors: [{ messageId: 'wildcard', line: 3, column: 18, endLine: 3, endColumn: 21, data: { name: 'data.aws_iam_policy_document.admin' } }],
    },
    {
      name: 'AdministratorAccess through an attachment and a role',
      syntax: 'terraform',
      code: dedent(`
        resource "aws_iam_role_policy_attachment" "admin" {
          role       = "deployer"
          policy_arn = "arn:\${data.aws_partition.current.partition}:iam::aws:policy/AdministratorAccess"
        }
        resource "aws_iam_role" "r" {
          assume_role_policy  = "{}"
          managed_policy_arns = ["arn:aws:iam::aws:policy/AdministratorAccess"]
        }
      `),
      errors: [
        { messageId: 'managed', line: 3, column: 16, endLine: 3, endColumn: 97 },
        { messageId: 'managed', line: 7, column: 26, endLine: 7, endColumn: 71 },
      ],
    },
    {
      syntax: 'typescript',
      code: dedent(`
        import * as iam from 'aws-cdk-lib/aws-iam';
        const role = new iam.Role(this, 'R', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
        role.addToPolicy(new iam.PolicyStatement({ actions: ['*'], resources: ['*'] }));
      `),
      errors: [{ messageId: 'wildcard', line: 3, column: 54, endLine: 3, endColumn: 57, data: { name: 'R' } }],
    },
    {
      name: 'filled in with addActions / addAllResources, and AdministratorAccess on a user',
      syntax: 'typescript',
      code: dedent(`
        import { aws_iam as iam } from 'aws-cdk-lib';
        const user = new iam.User(this, 'Ops', { managedPolicies: [iam.ManagedPolicy.fromAwsManagedPolicyName('AdministratorAccess')] });
        const all = new iam.PolicyStatement();
        all.addActions('*');
        all.addAllResources();
        new iam.Policy(this, 'P', { statements: [all], users: [user] });
      `),
      errors: [
        { messageId: 'managed', line: 2, column: 60, endLine: 2, endColumn: 125, data: { name: 'Ops' } },
        { messageId: 'wildcard', line: 4, column: 16, endLine: 4, endColumn: 19, data: { name: 'all' } },
      ],
    },
    {
      name: 'L1 role with an inline policy',
      syntax: 'typescript',
      code: dedent(`
        import * as iam from 'aws-cdk-lib/aws-iam';
        new iam.CfnRole(this, 'R', {
          assumeRolePolicyDocument: { Statement: [{ Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' }] },
          policies: [{ policyName: 'a', policyDocument: { Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] } }],
        });
      `),
      errors: [{ messageId: 'wildcard', line: 4, column: 90, endLine: 4, endColumn: 93 }],
    },
    {
      syntax: 'python',
      code: dedent(`
        from aws_cdk import aws_iam as iam
        role = iam.Role(self, "R", assumed_by=iam.ServicePrincipal("lambda.amazonaws.com"))
        role.add_managed_policy(iam.ManagedPolicy.from_aws_managed_policy_name("AdministratorAccess"))
        iam.Policy(self, "P", roles=[role], statements=[iam.PolicyStatement(actions=["*"], resources=["*"])])
      `),
      errors: [
        { messageId: 'managed', line: 3, column: 25, endLine: 3, endColumn: 94 },
        { messageId: 'wildcard', line: 4, column: 78, endLine: 4, endColumn: 81 },
      ],
    },
  ],
});
