import rule from '../../../../src/core/rules/iam/iam-mfa-required';
import { dedent, runRuleTests } from '../ruleTester';

/** The policy the fix adds in YAML, as the edit helper writes it (`indent` = resource level). */
function yamlPolicy(name: string, key: 'Users' | 'Groups', principal: string): string {
  return [
    `  ${name}:`,
    '    Type: AWS::IAM::ManagedPolicy',
    '    Properties:',
    `      ${key}:`,
    `        - !Ref ${principal}`,
    '      PolicyDocument:',
    '        Version: "2012-10-17"',
    '        Statement:',
    '          - Sid: DenyAllExceptMfaSetupWithoutMfa',
    '            Effect: Deny',
    '            NotAction:',
    '              - iam:ChangePassword',
    '              - iam:CreateVirtualMFADevice',
    '              - iam:EnableMFADevice',
    '              - iam:GetAccountPasswordPolicy',
    '              - iam:GetMFADevice',
    '              - iam:GetUser',
    '              - iam:ListMFADevices',
    '              - iam:ListVirtualMFADevices',
    '              - iam:ResyncMFADevice',
    '              - sts:GetSessionToken',
    '            Resource: "*"',
    '            Condition:',
    '              BoolIfExists:',
    '                aws:MultiFactorAuthPresent: "false"',
    '',
  ].join('\n');
}

/** The Terraform inline policy the fix adds. */
function terraformPolicy(type: string, name: string, key: 'user' | 'group', ref: string): string {
  const pad = key === 'user' ? '' : ' ';
  return [
    `resource "${type}" "${name}" {`,
    `  name ${pad}= "require-mfa"`,
    `  ${key} = ${ref}.name`,
    '  policy = jsonencode({',
    '    Version = "2012-10-17"',
    '    Statement = [{',
    '      Sid    = "DenyAllExceptMfaSetupWithoutMfa"',
    '      Effect = "Deny"',
    '      NotAction = [',
    '        "iam:ChangePassword",',
    '        "iam:CreateVirtualMFADevice",',
    '        "iam:EnableMFADevice",',
    '        "iam:GetAccountPasswordPolicy",',
    '        "iam:GetMFADevice",',
    '        "iam:GetUser",',
    '        "iam:ListMFADevices",',
    '        "iam:ListVirtualMFADevices",',
    '        "iam:ResyncMFADevice",',
    '        "sts:GetSessionToken",',
    '      ]',
    '      Resource = "*"',
    '      Condition = {',
    '        BoolIfExists = {',
    '          "aws:MultiFactorAuthPresent" = "false"',
    '        }',
    '      }',
    '    }]',
    '  })',
    '}',
  ].join('\n');
}

/** The CDK TypeScript policy the fix adds, at `indent`. */
function typeScriptPolicy(indent: string, id: string, key: 'users' | 'groups', variable: string, effect = 'iam.Effect.DENY'): string {
  return [
    `${indent}new iam.ManagedPolicy(this, '${id}', {`,
    `${indent}  ${key}: [${variable}],`,
    `${indent}  statements: [new iam.PolicyStatement({`,
    `${indent}    sid: 'DenyAllExceptMfaSetupWithoutMfa',`,
    `${indent}    effect: ${effect},`,
    `${indent}    notActions: [`,
    ...['iam:ChangePassword', 'iam:CreateVirtualMFADevice', 'iam:EnableMFADevice', 'iam:GetAccountPasswordPolicy', 'iam:GetMFADevice',
      'iam:GetUser', 'iam:ListMFADevices', 'iam:ListVirtualMFADevices', 'iam:ResyncMFADevice', 'sts:GetSessionToken'].map(a => `${indent}      '${a}',`),
    `${indent}    ],`,
    `${indent}    resources: ['*'],`,
    `${indent}    conditions: { BoolIfExists: { 'aws:MultiFactorAuthPresent': 'false' } },`,
    `${indent}  })],`,
    `${indent}});`,
  ].join('\n');
}

/** An MFA Deny document at the level of a resource's properties (appended after a dedented template). */
const MFA_DOC_YAML = `      PolicyDocument:
        Statement:
          - Effect: Deny
            NotAction: [iam:EnableMFADevice, iam:ListMFADevices, sts:GetSessionToken]
            Resource: "*"
            Condition:
              BoolIfExists:
                aws:MultiFactorAuthPresent: false
`;

const OPS = dedent(`
  Resources:
    Ops:
      Type: AWS::IAM::User
      Properties:
        Policies:
          - PolicyName: iam
            PolicyDocument:
              Statement:
                - Effect: Allow
                  Action: [s3:GetObject, iam:*]
                  Resource: "*"
                  Condition:
                    BoolIfExists: { aws:MultiFactorAuthPresent: "true" }
`);
const ADMINS = dedent(`
    Admins:
      Type: AWS::IAM::Group
      Properties:
        ManagedPolicyArns:
          - !Sub arn:\${AWS::Partition}:iam::aws:policy/AdministratorAccess
`).replace(/^(?=.)/gm, '  ');
const POWER_USERS = dedent(`
    PowerUsers:
      Type: AWS::IAM::Group
      Properties:
        Policies:
          - PolicyName: power
            PolicyDocument:
              Statement:
                - Effect: Allow
                  NotAction: [s3:*]
                  Resource: "*"
`).replace(/^(?=.)/gm, '  ');

const JSON_CODE = [
  '{',
  '  "Resources": {',
  '    "Alice": { "Type": "AWS::IAM::User", "Properties": {',
  '      "LoginProfile": { "Password": "x" }',
  '    } },',
  '    "AliceMfaPolicy": { "Type": "AWS::IAM::ManagedPolicy", "Properties": {',
  '      "Users": ["bob"],',
  '      "PolicyDocument": { "Statement": [{ "Effect": "Deny", "NotAction": "iam:*", "Resource": "*",',
  '        "Condition": { "BoolIfExists": { "aws:MultiFactorAuthPresent": "false" } } }] }',
  '    } }',
  '  }',
  '}',
  '',
].join('\n');

/** The policy the fix adds in JSON (the name AliceMfaPolicy is taken). */
const JSON_FIX = [
  '    "AliceMfaPolicy2": {',
  '      "Type": "AWS::IAM::ManagedPolicy",',
  '      "Properties": {',
  '        "Users": [',
  '          {"Ref": "Alice"}',
  '        ],',
  '        "PolicyDocument": {',
  '          "Version": "2012-10-17",',
  '          "Statement": [',
  '            {',
  '              "Sid": "DenyAllExceptMfaSetupWithoutMfa",',
  '              "Effect": "Deny",',
  '              "NotAction": [',
  ...['iam:ChangePassword', 'iam:CreateVirtualMFADevice', 'iam:EnableMFADevice', 'iam:GetAccountPasswordPolicy', 'iam:GetMFADevice',
    'iam:GetUser', 'iam:ListMFADevices', 'iam:ListVirtualMFADevices', 'iam:ResyncMFADevice'].map(a => `                "${a}",`),
  '                "sts:GetSessionToken"',
  '              ],',
  '              "Resource": "*",',
  '              "Condition": {',
  '                "BoolIfExists": {',
  '                  "aws:MultiFactorAuthPresent": "false"',
  '                }',
  '              }',
  '            }',
  '          ]',
  '        }',
  '      }',
  '    },',
  '',
].join('\n');

const TS_CODE = dedent(`
  import * as iam from 'aws-cdk-lib/aws-iam';
  import { SecretValue } from 'aws-cdk-lib';

  export class Users extends Stack {
    constructor(scope: Construct, id: string) {
      super(scope, id);
      const user = new iam.User(this, 'Alice', { password: SecretValue.secretsManager('alice') });
      const admins = new iam.Group(this, 'Admins', { managedPolicies: [iam.ManagedPolicy.fromAwsManagedPolicyName('AdministratorAccess')] });
    }
  }
`);

runRuleTests(rule, {
  valid: [
    {
      name: 'console user with an MFA policy naming it',
      syntax: 'yaml',
      code: dedent(`
        Resources:
          Alice:
            Type: AWS::IAM::User
            Properties:
              LoginProfile:
                Password: "{{resolve:secretsmanager:alice}}"
          RequireMfa:
            Type: AWS::IAM::ManagedPolicy
            Properties:
              Users: [!Ref Alice]
      `) + MFA_DOC_YAML,
    },
    {
      name: 'MFA through group membership (user Groups and UserToGroupAddition), by name and by reference',
      syntax: 'yaml',
      code: dedent(`
        Resources:
          Staff:
            Type: AWS::IAM::Group
            Properties:
              GroupName: staff
              Policies:
                - PolicyName: mfa
                  PolicyDocument:
                    Statement:
                      - Effect: Deny
                        Action: "*"
                        Resource: "*"
                        Condition:
                          Bool: { aws:MultiFactorAuthPresent: "false" }
          Alice:
            Type: AWS::IAM::User
            Properties:
              Groups: [staff]
              LoginProfile:
                Password: "{{resolve:secretsmanager:alice}}"
          Bob:
            Type: AWS::IAM::User
            Properties:
              ManagedPolicyArns: [arn:aws:iam::aws:policy/AdministratorAccess]
          BobToStaff:
            Type: AWS::IAM::UserToGroupAddition
            Properties:
              GroupName: !Ref Staff
              Users: [!Ref Bob]
      `),
    },
    {
      name: 'cannot tell: a customer managed ARN, a group outside the file, a conditional login profile, a parameter naming users',
      syntax: 'yaml',
      code: dedent(`
        Parameters:
          MfaUsers:
            Type: CommaDelimitedList
        Conditions:
          Console: !Equals [!Ref AWS::Region, eu-west-1]
        Resources:
          Alice:
            Type: AWS::IAM::User
            Properties:
              LoginProfile:
                Password: "{{resolve:secretsmanager:alice}}"
              ManagedPolicyArns: [arn:aws:iam::111122223333:policy/ForceMfa]
          Bob:
            Type: AWS::IAM::User
            Properties:
              Groups: [people]
              LoginProfile:
                Password: "{{resolve:secretsmanager:bob}}"
          Carol:
            Type: AWS::IAM::User
            Properties:
              LoginProfile: !If [Console, { Password: "{{resolve:secretsmanager:carol}}" }, !Ref AWS::NoValue]
          Dave:
            Type: AWS::IAM::User
            Properties:
              LoginProfile:
                Password: "{{resolve:secretsmanager:dave}}"
          Mfa:
            Type: AWS::IAM::ManagedPolicy
            Properties:
              Users: !Ref MfaUsers
      `) + MFA_DOC_YAML,
    },
    {
      name: 'not privileged: exact IAM actions, self-service on the own user, admin granted only with MFA, read-only access, no console',
      syntax: 'yaml',
      code: dedent(`
        Resources:
          Deployer:
            Type: AWS::IAM::User
            Properties:
              ManagedPolicyArns: [arn:aws:iam::aws:policy/ReadOnlyAccess]
              Policies:
                - PolicyName: deploy
                  PolicyDocument:
                    Statement:
                      - Effect: Allow
                        Action: [iam:PassRole, lambda:UpdateFunctionCode]
                        Resource: "*"
                      - Effect: Allow
                        Action: iam:*AccessKey*
                        Resource: arn:aws:iam::*:user/\${aws:username}
          Admins:
            Type: AWS::IAM::Group
            Properties:
              Policies:
                - PolicyName: admin
                  PolicyDocument:
                    Statement:
                      - Effect: Allow
                        Action: "*"
                        Resource: "*"
                        Condition:
                          Bool:
                            aws:MultiFactorAuthPresent: "true"
      `),
    },
    {
      name: 'a permissions boundary with the MFA Deny; a boundary from a parameter',
      syntax: 'yaml',
      code: dedent(`
        Parameters:
          BoundaryArn:
            Type: String
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
                    NotAction: sts:GetSessionToken
                    Resource: "*"
                    Condition:
                      BoolIfExists: { aws:MultiFactorAuthPresent: "false" }
          Alice:
            Type: AWS::IAM::User
            Properties:
              PermissionsBoundary: !Ref Boundary
              LoginProfile:
                Password: "{{resolve:secretsmanager:alice}}"
          Bob:
            Type: AWS::IAM::User
            Properties:
              PermissionsBoundary: !Ref BoundaryArn
              LoginProfile:
                Password: "{{resolve:secretsmanager:bob}}"
      `),
    },
    {
      name: 'Null condition on the MFA key counts',
      syntax: 'json',
      code: '{\n  "Resources": {\n    "Alice": { "Type": "AWS::IAM::User", "Properties": {\n      "LoginProfile": { "Password": "x" },\n      "Policies": [{ "PolicyName": "mfa", "PolicyDocument": { "Statement": [{ "Effect": "Deny", "NotAction": "iam:*", "Resource": "*",\n        "Condition": { "Null": { "aws:MultiFactorAuthAge": "true" } } }] } }]\n    } }\n  }\n}\n',
    },
    {
      name: 'MFA document data source on the user; a group membership with a group policy',
      syntax: 'terraform',
      code: dedent(`
        resource "aws_iam_user" "alice" {
          name = "alice"
        }
        resource "aws_iam_user_login_profile" "alice" {
          user = aws_iam_user.alice.name
        }
        data "aws_iam_policy_document" "mfa" {
          statement {
            effect      = "Deny"
            not_actions = ["iam:EnableMFADevice", "sts:GetSessionToken"]
            resources   = ["*"]
            condition {
              test     = "BoolIfExists"
              variable = "aws:MultiFactorAuthPresent"
              values   = ["false"]
            }
          }
        }
        resource "aws_iam_user_policy" "alice_mfa" {
          user   = aws_iam_user.alice.name
          policy = data.aws_iam_policy_document.mfa.json
        }
        resource "aws_iam_user" "bob" {
          name = "bob"
        }
        resource "aws_iam_user_login_profile" "bob" {
          user = "bob"
        }
        resource "aws_iam_group" "staff" {
          name = "staff"
        }
        resource "aws_iam_user_group_membership" "bob" {
          user   = aws_iam_user.bob.name
          groups = [aws_iam_group.staff.name]
        }
        resource "aws_iam_policy" "mfa" {
          policy = data.aws_iam_policy_document.mfa.json
        }
        resource "aws_iam_group_policy_attachment" "staff" {
          group      = aws_iam_group.staff.name
          policy_arn = aws_iam_policy.mfa.arn
        }
      `),
    },
    {
      name: 'cannot tell: an attachment of a variable ARN, a login profile for a variable user',
      syntax: 'terraform',
      code: dedent(`
        resource "aws_iam_user" "alice" {
          name = "alice"
        }
        resource "aws_iam_user_login_profile" "alice" {
          user = aws_iam_user.alice.name
        }
        resource "aws_iam_user_policy_attachment" "alice" {
          user       = aws_iam_user.alice.name
          policy_arn = var.mfa_policy_arn
        }
        resource "aws_iam_user" "bob" {
          name = "bob"
        }
        resource "aws_iam_user_login_profile" "someone" {
          user = var.user
        }
      `),
    },
    {
      name: 'handed to a module that may attach a policy',
      syntax: 'terraform',
      code: dedent(`
        resource "aws_iam_user" "alice" {
          name = "alice"
        }
        resource "aws_iam_user_login_profile" "alice" {
          user = aws_iam_user.alice.name
        }
        module "enforce_mfa" {
          source = "./modules/enforce-mfa"
          users  = [aws_iam_user.alice.name]
        }
      `),
    },
    {
      name: 'admin group with an MFA group policy',
      syntax: 'terraform',
      code: dedent(`
        resource "aws_iam_group" "admins" {
          name = "admins"
        }
        resource "aws_iam_group_policy_attachment" "admins" {
          group      = aws_iam_group.admins.name
          policy_arn = "arn:aws:iam::aws:policy/AdministratorAccess"
        }
        resource "aws_iam_group_policy" "mfa" {
          group  = aws_iam_group.admins.name
          policy = jsonencode({ Statement = [{ Effect = "Deny", NotAction = ["sts:GetSessionToken"], Resource = "*", Condition = { BoolIfExists = { "aws:MultiFactorAuthPresent" = "false" } } }] })
        }
      `),
    },
    {
      name: 'MFA policy naming the user; MFA through a group; a password we cannot read',
      syntax: 'typescript',
      code: dedent(`
        import * as iam from 'aws-cdk-lib/aws-iam';
        import { SecretValue } from 'aws-cdk-lib';
        const mfa = new iam.PolicyStatement({
          effect: iam.Effect.DENY,
          notActions: ['iam:EnableMFADevice', 'sts:GetSessionToken'],
          resources: ['*'],
          conditions: { BoolIfExists: { 'aws:MultiFactorAuthPresent': 'false' } },
        });
        const alice = new iam.User(this, 'Alice', { password: SecretValue.secretsManager('alice') });
        new iam.ManagedPolicy(this, 'AliceMfa', { users: [alice], statements: [mfa] });
        const staff = new iam.Group(this, 'Staff');
        const staffMfa = new iam.Policy(this, 'StaffMfa', { statements: [mfa] });
        staffMfa.attachToGroup(staff);
        const bob = new iam.User(this, 'Bob', { password: SecretValue.secretsManager('bob') });
        bob.addToGroup(staff);
        const carol = new iam.User(this, 'Carol', { password: props.password });
      `),
    },
    {
      name: 'handed to a construct or a function of the project',
      syntax: 'typescript',
      code: dedent(`
        import * as iam from 'aws-cdk-lib/aws-iam';
        import { SecretValue } from 'aws-cdk-lib';
        import { ForceMfa, requireMfa } from './mfa';
        const alice = new iam.User(this, 'Alice', { password: SecretValue.secretsManager('alice') });
        new ForceMfa(this, 'Mfa', { users: [alice] });
        const admins = new iam.Group(this, 'Admins', { managedPolicies: [iam.ManagedPolicy.fromAwsManagedPolicyName('AdministratorAccess')] });
        requireMfa(admins);
      `),
    },
    {
      name: 'L1 user with an L1 MFA policy',
      syntax: 'typescript',
      code: dedent(`
        import { aws_iam as iam } from 'aws-cdk-lib';
        const u = new iam.CfnUser(this, 'U', { loginProfile: { password: 'x' } });
        new iam.CfnManagedPolicy(this, 'Mfa', {
          users: [u.ref],
          policyDocument: { Statement: [{ Effect: 'Deny', NotAction: 'sts:GetSessionToken', Resource: '*', Condition: { BoolIfExists: { 'aws:MultiFactorAuthPresent': 'false' } } }] },
        });
      `),
    },
    {
      syntax: 'python',
      code: dedent(`
        from aws_cdk import aws_iam as iam, SecretValue
        user = iam.User(self, "Alice", password=SecretValue.secrets_manager("alice"))
        iam.Policy(self, "Mfa", users=[user], statements=[iam.PolicyStatement(
            effect=iam.Effect.DENY,
            not_actions=["sts:GetSessionToken"],
            resources=["*"],
            conditions={"BoolIfExists": {"aws:MultiFactorAuthPresent": "false"}},
        )])
      `),
    },
  ],
  invalid: [
    {
      name: 'console user',
      syntax: 'yaml',
      code: dedent(`
        Resources:
          Alice:
            Type: AWS::IAM::User
            Properties:
              LoginProfile:
                Password: "{{resolve:secretsmanager:alice}}"
                PasswordResetRequired: true
      `),
      errors: [{ messageId: 'console', line: 5, column: 7, endLine: 5, endColumn: 19, data: { name: 'Alice' } }],
      output: dedent(`
        Resources:
          Alice:
            Type: AWS::IAM::User
            Properties:
              LoginProfile:
                Password: "{{resolve:secretsmanager:alice}}"
                PasswordResetRequired: true
      `) + yamlPolicy('AliceMfaPolicy', 'Users', 'Alice'),
    },
    {
      name: 'privileged user (iam:* inline) and groups (AdministratorAccess, Allow + NotAction); an Allow with MFA is not a Deny',
      syntax: 'yaml',
      code: OPS + ADMINS + POWER_USERS,
      errors: [
        { messageId: 'privilegedUser', line: 3, column: 11, endLine: 3, endColumn: 25, data: { name: 'Ops', privilege: 'iam:*' } },
        { messageId: 'privilegedGroup', line: 15, column: 11, endLine: 15, endColumn: 26, data: { name: 'Admins', privilege: 'AdministratorAccess' } },
        { messageId: 'privilegedGroup', line: 20, column: 11, endLine: 20, endColumn: 26, data: { name: 'PowerUsers', privilege: 'NotAction' } },
      ],
      output: OPS + yamlPolicy('OpsMfaPolicy', 'Users', 'Ops') + ADMINS + yamlPolicy('AdminsMfaPolicy', 'Groups', 'Admins') +
        POWER_USERS + yamlPolicy('PowerUsersMfaPolicy', 'Groups', 'PowerUsers'),
    },
    {
      name: 'the MFA policy names another user; the fix name is taken',
      syntax: 'json',
      code: JSON_CODE,
      errors: [{ messageId: 'console', line: 4, column: 8, endLine: 4, endColumn: 20, data: { name: 'Alice' } }],
      output: JSON_CODE.replace('    "AliceMfaPolicy": {', JSON_FIX + '    "AliceMfaPolicy": {'),
    },
    {
      name: 'login profile resource',
      syntax: 'terraform',
      code: dedent(`
        resource "aws_iam_user" "alice" {
          name = "alice"
        }

        resource "aws_iam_user_login_profile" "alice" {
          user = aws_iam_user.alice.name
        }
      `),
      errors: [{ messageId: 'console', line: 1, column: 11, endLine: 1, endColumn: 23, data: { name: 'aws_iam_user.alice' } }],
      output: dedent(`
        resource "aws_iam_user" "alice" {
          name = "alice"
        }

      `) + terraformPolicy('aws_iam_user_policy', 'alice_mfa', 'user', 'aws_iam_user.alice') + dedent(`


        resource "aws_iam_user_login_profile" "alice" {
          user = aws_iam_user.alice.name
        }
      `),
    },
    {
      name: 'admin group through an aws_iam_policy_attachment of an in-file policy',
      syntax: 'terraform',
      code: dedent(`
        resource "aws_iam_group" "ops" {
          name = "ops"
        }

        resource "aws_iam_policy" "admin" {
          policy = jsonencode({ Statement = [{ Effect = "Allow", Action = "*", Resource = "*" }] })
        }

        resource "aws_iam_policy_attachment" "ops" {
          name       = "ops"
          groups     = [aws_iam_group.ops.name]
          policy_arn = aws_iam_policy.admin.arn
        }
      `),
      errors: [{ messageId: 'privilegedGroup', line: 1, column: 11, endLine: 1, endColumn: 24, data: { name: 'aws_iam_group.ops', privilege: '*' } }],
      output: dedent(`
        resource "aws_iam_group" "ops" {
          name = "ops"
        }

      `) + terraformPolicy('aws_iam_group_policy', 'ops_mfa', 'group', 'aws_iam_group.ops') + dedent(`


        resource "aws_iam_policy" "admin" {
          policy = jsonencode({ Statement = [{ Effect = "Allow", Action = "*", Resource = "*" }] })
        }

        resource "aws_iam_policy_attachment" "ops" {
          name       = "ops"
          groups     = [aws_iam_group.ops.name]
          policy_arn = aws_iam_policy.admin.arn
        }
      `),
    },
    {
      name: 'console user and admin group',
      syntax: 'typescript',
      code: TS_CODE,
      errors: [
        { messageId: 'console', line: 7, column: 48, endLine: 7, endColumn: 56, data: { name: 'Alice' } },
        { messageId: 'privilegedGroup', line: 8, column: 24, endLine: 8, endColumn: 33, data: { name: 'Admins', privilege: 'AdministratorAccess' } },
      ],
      output: TS_CODE
        .replace("'alice') });\n", `'alice') });\n${typeScriptPolicy('    ', 'AliceMfaPolicy', 'users', 'user')}\n`)
        .replace("AdministratorAccess')] });\n", `AdministratorAccess')] });\n${typeScriptPolicy('    ', 'AdminsMfaPolicy', 'groups', 'admins')}\n`),
    },
    {
      name: 'the fix follows the file\'s import alias',
      syntax: 'typescript',
      code: dedent(`
        import { aws_iam as identity, SecretValue } from 'aws-cdk-lib';
        const user = new identity.User(this, 'Alice', { password: SecretValue.secretsManager('alice') });
      `),
      errors: [{ messageId: 'console', line: 2, column: 49, endLine: 2, endColumn: 57 }],
      output: dedent(`
        import { aws_iam as identity, SecretValue } from 'aws-cdk-lib';
        const user = new identity.User(this, 'Alice', { password: SecretValue.secretsManager('alice') });
      `) + typeScriptPolicy('', 'AliceMfaPolicy', 'users', 'user', 'identity.Effect.DENY').replace('new iam.', 'new identity.').replace('new iam.', 'new identity.') + '\n',
    },
    {
      name: 'no variable to attach to, an L1 user: no fix',
      syntax: 'typescript',
      code: dedent(`
        import * as iam from 'aws-cdk-lib/aws-iam';
        import * as cdk from 'aws-cdk-lib';
        new iam.User(this, 'Alice', { password: cdk.SecretValue.unsafePlainText('x') });
        new iam.CfnUser(this, 'Bob', { loginProfile: { password: 'x' } });
      `),
      errors: [
        { messageId: 'console', line: 3, column: 31, endLine: 3, endColumn: 39 },
        { messageId: 'console', line: 4, column: 32, endLine: 4, endColumn: 44 },
      ],
      output: null,
    },
    {
      syntax: 'python',
      code: dedent(`
        from aws_cdk import aws_iam as iam, SecretValue
        user = iam.User(self, "Alice", password=SecretValue.secrets_manager("alice"))
      `),
      errors: [{ messageId: 'console', line: 2, column: 32, endLine: 2, endColumn: 40 }],
      output: dedent(`
        from aws_cdk import aws_iam as iam, SecretValue
        user = iam.User(self, "Alice", password=SecretValue.secrets_manager("alice"))
        alice_mfa_policy = iam.CfnManagedPolicy(self, "AliceMfaPolicy", users=[user.user_name], policy_document={"Version": "2012-10-17", "Statement": [{"Sid": "DenyAllExceptMfaSetupWithoutMfa", "Effect": "Deny", "NotAction": ["iam:ChangePassword", "iam:CreateVirtualMFADevice", "iam:EnableMFADevice", "iam:GetAccountPasswordPolicy", "iam:GetMFADevice", "iam:GetUser", "iam:ListMFADevices", "iam:ListVirtualMFADevices", "iam:ResyncMFADevice", "sts:GetSessionToken"], "Resource": "*", "Condition": {"BoolIfExists": {"aws:MultiFactorAuthPresent": "false"}}}]})
      `),
    },
  ],
});
