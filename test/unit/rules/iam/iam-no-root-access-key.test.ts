import rule from '../../../../src/core/rules/iam/iam-no-root-access-key';
import { dedent, runRuleTests } from '../ruleTester';

runRuleTests(rule, {
  valid: [
    {
      name: 'an inactive key signs nothing',
      syntax: 'yaml',
      code: dedent(`
        Resources:
          Old:
            Type: AWS::IAM::AccessKey
            Properties:
              UserName: root
              Status: Inactive
      `),
    },
    {
      name: 'roles and users without keys',
      syntax: 'yaml',
      code: dedent(`
        Parameters:
          RootAccessKey:
            Type: String
        Resources:
          Root:
            Type: AWS::IAM::User
            Properties:
              UserName: root
          Deploy:
            Type: AWS::IAM::Role
            Properties:
              AssumeRolePolicyDocument: {}
      `),
    },
    {
      syntax: 'json',
      code: '{\n  "Resources": {\n    "Old": {\n      "Type": "AWS::IAM::AccessKey",\n      "Properties": { "UserName": "deployer", "Status": "Inactive" }\n    }\n  }\n}\n',
    },
    {
      name: 'variables and providers that are not root credentials',
      syntax: 'terraform',
      code: dedent(`
        variable "root_volume_size" {
          default = 20
        }

        variable "access_key" {}

        provider "aws" {
          access_key = var.access_key
          secret_key = var.secret_key
        }

        resource "aws_iam_access_key" "old" {
          user   = aws_iam_user.ci.name
          status = "Inactive"
        }
      `),
    },
    {
      syntax: 'typescript',
      code: dedent(`
        import * as iam from 'aws-cdk-lib/aws-iam';
        const user = new iam.User(this, 'Root', { userName: 'root' });
        new iam.AccessKey(this, 'Old', { user, status: iam.AccessKeyStatus.INACTIVE });
      `),
    },
    {
      syntax: 'python',
      code: dedent(`
        from aws_cdk import aws_iam as iam
        iam.Role(self, "Deploy", assumed_by=iam.ServicePrincipal("codebuild.amazonaws.com"))
      `),
    },
  ],
  invalid: [
    {
      name: 'a key for an IAM user: warning',
      syntax: 'yaml',
      code: dedent(`
        Resources:
          DeployKey:
            Type: AWS::IAM::AccessKey
            Properties:
              UserName: !Ref Deployer
              Status: Active
          Deployer:
            Type: AWS::IAM::User
      `),
      errors: [{ messageId: 'accessKey', line: 3, column: 11, endLine: 3, endColumn: 30, data: { name: 'DeployKey' }, severity: 'warning' }],
      output: null,
    },
    {
      name: 'a key for the user named root, through a reference: error',
      syntax: 'yaml',
      code: dedent(`
        Resources:
          Root:
            Type: AWS::IAM::User
            Properties:
              UserName: Root
          RootKey:
            Type: AWS::IAM::AccessKey
            Properties:
              UserName: !Ref Root
      `),
      errors: [{ messageId: 'rootKey', line: 9, column: 17, endLine: 9, endColumn: 26, data: { name: 'RootKey' }, severity: 'error' }],
      output: null,
    },
    {
      syntax: 'json',
      code: '{\n  "Resources": {\n    "Key": {\n      "Type": "AWS::IAM::AccessKey",\n      "Properties": { "UserName": "root" }\n    }\n  }\n}\n',
      errors: [{ messageId: 'rootKey', line: 5, column: 35, endLine: 5, endColumn: 41, severity: 'error' }],
    },
    {
      syntax: 'terraform',
      code: dedent(`
        resource "aws_iam_user" "ci" {
          name = "ci"
        }

        resource "aws_iam_access_key" "ci" {
          user    = aws_iam_user.ci.name
          pgp_key = "keybase:ci"
        }
      `),
      errors: [{ messageId: 'accessKey', line: 5, column: 11, endLine: 5, endColumn: 29, data: { name: 'aws_iam_access_key.ci' }, severity: 'warning' }],
    },
    {
      name: 'the root user, literally and through the user resource',
      syntax: 'terraform',
      code: dedent(`
        resource "aws_iam_user" "root" {
          name = "root"
        }

        resource "aws_iam_access_key" "a" {
          user = aws_iam_user.root.name
        }

        resource "aws_iam_access_key" "b" {
          user = "ROOT"
        }
      `),
      errors: [
        { messageId: 'rootKey', line: 6, column: 10, endLine: 6, endColumn: 32, severity: 'error' },
        { messageId: 'rootKey', line: 10, column: 10, endLine: 10, endColumn: 16, severity: 'error' },
      ],
    },
    {
      name: 'root credentials as variables, and a provider fed from undeclared ones',
      syntax: 'terraform',
      code: dedent(`
        variable "root_access_key" {
          type      = string
          sensitive = true
        }

        provider "aws" {
          access_key = var.root_access_key
          secret_key = var.root_secret_key
        }
      `),
      errors: [
        { messageId: 'rootCredentials', line: 1, column: 11, endLine: 1, endColumn: 26, data: { name: 'var.root_access_key' }, severity: 'error' },
        { messageId: 'rootCredentials', line: 8, column: 16, endLine: 8, endColumn: 35, data: { name: 'provider.aws.secret_key' }, severity: 'error' },
      ],
    },
    {
      syntax: 'typescript',
      code: dedent(`
        import * as iam from 'aws-cdk-lib/aws-iam';
        const user = new iam.User(this, 'Deployer');
        new iam.AccessKey(this, 'DeployKey', { user });
      `),
      errors: [{ messageId: 'accessKey', line: 3, column: 5, endLine: 3, endColumn: 18, severity: 'warning' }],
    },
    {
      name: 'CDK: the user named root; L1 key for root',
      syntax: 'typescript',
      code: dedent(`
        import { aws_iam as iam } from 'aws-cdk-lib';
        const root = new iam.User(this, 'RootUser', { userName: 'root' });
        new iam.AccessKey(this, 'A', { user: root });
        new iam.CfnAccessKey(this, 'B', { userName: 'root' });
      `),
      errors: [
        { messageId: 'rootKey', line: 3, column: 38, endLine: 3, endColumn: 42, severity: 'error' },
        { messageId: 'rootKey', line: 4, column: 45, endLine: 4, endColumn: 51, severity: 'error' },
      ],
    },
    {
      syntax: 'python',
      code: dedent(`
        from aws_cdk import aws_iam as iam
        user = iam.User(self, "Deployer")
        iam.AccessKey(self, "DeployKey", user=user)
      `),
      errors: [{ messageId: 'accessKey', line: 3, column: 1, endLine: 3, endColumn: 14, severity: 'warning' }],
    },
  ],
});
