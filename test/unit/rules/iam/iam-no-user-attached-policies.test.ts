import rule from '../../../../src/core/rules/iam/iam-no-user-attached-policies';
import { dedent, runRuleTests } from '../ruleTester';

runRuleTests(rule, {
  valid: [
    {
      name: 'permissions through a group; a boundary grants nothing',
      syntax: 'yaml',
      code: dedent(`
        Resources:
          Readers:
            Type: AWS::IAM::Group
            Properties:
              ManagedPolicyArns: [arn:aws:iam::aws:policy/ReadOnlyAccess]
          ReadMore:
            Type: AWS::IAM::ManagedPolicy
            Properties:
              Groups: [!Ref Readers]
              Roles: [some-role]
              PolicyDocument:
                Statement:
                  - Effect: Allow
                    Action: s3:GetObject
                    Resource: "*"
          Alice:
            Type: AWS::IAM::User
            Properties:
              Groups: [!Ref Readers]
              PermissionsBoundary: arn:aws:iam::aws:policy/ReadOnlyAccess
              LoginProfile:
                Password: "{{resolve:secretsmanager:alice}}"
      `),
    },
    {
      name: 'an empty list and a conditional value',
      syntax: 'yaml',
      code: dedent(`
        Conditions:
          WithPolicy: !Equals [!Ref AWS::Region, eu-west-1]
        Resources:
          Alice:
            Type: AWS::IAM::User
            Properties:
              ManagedPolicyArns: []
              Policies: !If [WithPolicy, [], !Ref AWS::NoValue]
      `),
    },
    {
      syntax: 'json',
      code: '{\n  "Resources": {\n    "Alice": { "Type": "AWS::IAM::User", "Properties": { "Groups": ["readers"] } }\n  }\n}\n',
    },
    {
      syntax: 'terraform',
      code: dedent(`
        resource "aws_iam_user" "alice" {
          name = "alice"
        }
        resource "aws_iam_group_policy_attachment" "readers" {
          group      = "readers"
          policy_arn = "arn:aws:iam::aws:policy/ReadOnlyAccess"
        }
        resource "aws_iam_policy_attachment" "roles" {
          name       = "roles"
          roles      = ["r"]
          policy_arn = "arn:aws:iam::aws:policy/ReadOnlyAccess"
        }
      `),
    },
    {
      syntax: 'typescript',
      code: dedent(`
        import * as iam from 'aws-cdk-lib/aws-iam';
        const readers = new iam.Group(this, 'Readers');
        readers.addManagedPolicy(iam.ManagedPolicy.fromAwsManagedPolicyName('ReadOnlyAccess'));
        const user = new iam.User(this, 'Alice', { groups: [readers] });
        new iam.Policy(this, 'P', { groups: [readers], statements: [new iam.PolicyStatement({ actions: ['s3:GetObject'], resources: ['*'] })] });
      `),
    },
    {
      syntax: 'python',
      code: dedent(`
        from aws_cdk import aws_iam as iam
        readers = iam.Group(self, "Readers")
        user = iam.User(self, "Alice", groups=[readers])
      `),
    },
  ],
  invalid: [
    {
      name: 'inline policy on the user, a managed policy naming users',
      syntax: 'yaml',
      code: dedent(`
        Resources:
          Alice:
            Type: AWS::IAM::User
            Properties:
              Policies:
                - PolicyName: read
                  PolicyDocument:
                    Statement:
                      - Effect: Allow
                        Action: s3:GetObject
                        Resource: "*"
          Extra:
            Type: AWS::IAM::ManagedPolicy
            Properties:
              Users: [!Ref Alice]
              PolicyDocument:
                Statement:
                  - Effect: Allow
                    Action: s3:PutObject
                    Resource: "*"
      `),
      errors: [
        { messageId: 'onUser', line: 5, column: 7, endLine: 5, endColumn: 15, data: { name: 'Alice' } },
        { messageId: 'toUsers', line: 15, column: 7, endLine: 15, endColumn: 12, data: { name: 'Extra' } },
      ],
    },
    {
      syntax: 'json',
      code: '{\n  "Resources": {\n    "Alice": { "Type": "AWS::IAM::User", "Properties": { "ManagedPolicyArns": ["arn:aws:iam::aws:policy/ReadOnlyAccess"] } }\n  }\n}\n',
      errors: [{ messageId: 'onUser', line: 3, column: 59, endLine: 3, endColumn: 76 }],
    },
    {
      syntax: 'terraform',
      code: dedent(`
        resource "aws_iam_user_policy" "a" {
          user   = var.user
          policy = "{}"
        }
        resource "aws_iam_user_policy_attachment" "b" {
          user       = "alice"
          policy_arn = "arn:aws:iam::aws:policy/ReadOnlyAccess"
        }
        resource "aws_iam_policy_attachment" "c" {
          name       = "c"
          users      = ["alice"]
          policy_arn = "arn:aws:iam::aws:policy/ReadOnlyAccess"
        }
      `),
      errors: [
        { messageId: 'toUsers', line: 1, column: 11, endLine: 1, endColumn: 30 },
        { messageId: 'toUsers', line: 5, column: 11, endLine: 5, endColumn: 41 },
        { messageId: 'toUsers', line: 11, column: 3, endLine: 11, endColumn: 8 },
      ],
    },
    {
      name: 'methods and props',
      syntax: 'typescript',
      code: dedent(`
        import * as iam from 'aws-cdk-lib/aws-iam';
        const alice = new iam.User(this, 'Alice');
        alice.addManagedPolicy(iam.ManagedPolicy.fromAwsManagedPolicyName('ReadOnlyAccess'));
        const bob = new iam.User(this, 'Bob', { managedPolicies: [iam.ManagedPolicy.fromAwsManagedPolicyName('ReadOnlyAccess')] });
        const carol = new iam.User(this, 'Carol');
        const p = new iam.Policy(this, 'P', { users: [carol] });
        const q = new iam.Policy(this, 'Q');
        q.attachToUser(carol);
      `),
      errors: [
        { messageId: 'onUser', line: 3, column: 7, endLine: 3, endColumn: 23, data: { name: 'Alice' } },
        { messageId: 'onUser', line: 4, column: 41, endLine: 4, endColumn: 56, data: { name: 'Bob' } },
        { messageId: 'toUsers', line: 6, column: 39, endLine: 6, endColumn: 44, data: { name: 'P' } },
        { messageId: 'toUsers', line: 8, column: 16, endLine: 8, endColumn: 21, data: { name: 'Q' } },
      ],
    },
    {
      name: 'L1 constructs',
      syntax: 'typescript',
      code: dedent(`
        import { aws_iam as iam } from 'aws-cdk-lib';
        const u = new iam.CfnUser(this, 'U', { managedPolicyArns: ['arn:aws:iam::aws:policy/ReadOnlyAccess'] });
        new iam.CfnPolicy(this, 'P', { policyName: 'p', users: [u.ref], policyDocument: {} });
      `),
      errors: [
        { messageId: 'onUser', line: 2, column: 40, endLine: 2, endColumn: 57 },
        { messageId: 'toUsers', line: 3, column: 49, endLine: 3, endColumn: 54 },
      ],
    },
    {
      syntax: 'python',
      code: dedent(`
        from aws_cdk import aws_iam as iam
        user = iam.User(self, "Alice")
        policy = iam.Policy(self, "P", statements=[iam.PolicyStatement(actions=["s3:GetObject"], resources=["*"])])
        user.attach_inline_policy(policy)
      `),
      errors: [{ messageId: 'onUser', line: 4, column: 6, endLine: 4, endColumn: 26, data: { name: 'Alice' } }],
    },
  ],
});
