import rule from '../../../../src/core/rules/cognito/cognito-mfa-enabled';
import { dedent, runRuleTests } from '../ruleTester';

runRuleTests(rule, {
  valid: [
    {
      name: 'OPTIONAL with TOTP',
      syntax: 'yaml',
      code: dedent(`
        Resources:
          Users:
            Type: AWS::Cognito::UserPool
            Properties:
              MfaConfiguration: OPTIONAL
              EnabledMfas: [SOFTWARE_TOKEN_MFA]
      `),
    },
    {
      name: 'ON, unquoted (a string in YAML 1.2)',
      syntax: 'yaml',
      code: dedent(`
        Resources:
          Users:
            Type: AWS::Cognito::UserPool
            Properties:
              MfaConfiguration: ON
              EnabledMfas: [SMS_MFA]
              SmsConfiguration:
                SnsCallerArn: !GetAtt SmsRole.Arn
      `),
    },
    {
      name: 'from a parameter or a condition: not guessed',
      syntax: 'yaml',
      code: dedent(`
        Parameters:
          Mfa:
            Type: String
        Conditions:
          Prod: !Equals [!Ref AWS::AccountId, '111111111111']
        Resources:
          A:
            Type: AWS::Cognito::UserPool
            Properties:
              MfaConfiguration: !Ref Mfa
          B:
            Type: AWS::Cognito::UserPool
            Properties:
              MfaConfiguration: !If [Prod, 'ON', 'OFF']
      `),
    },
    {
      name: 'a pool whose only client signs in through federation',
      syntax: 'yaml',
      code: dedent(`
        Resources:
          Users:
            Type: AWS::Cognito::UserPool
          Client:
            Type: AWS::Cognito::UserPoolClient
            Properties:
              UserPoolId: !Ref Users
              ExplicitAuthFlows: [ALLOW_REFRESH_TOKEN_AUTH]
              SupportedIdentityProviders: [Google, Corporate]
      `),
    },
    {
      syntax: 'json',
      code: '{\n  "Resources": {\n    "Users": {\n      "Type": "AWS::Cognito::UserPool",\n      "Properties": { "MfaConfiguration": "OPTIONAL", "EnabledMfas": ["SOFTWARE_TOKEN_MFA"] }\n    }\n  }\n}\n',
    },
    {
      name: 'other Cognito resources',
      syntax: 'yaml',
      code: dedent(`
        Resources:
          Ids:
            Type: AWS::Cognito::IdentityPool
            Properties:
              AllowUnauthenticatedIdentities: false
      `),
    },
    {
      syntax: 'terraform',
      code: dedent(`
        resource "aws_cognito_user_pool" "users" {
          name              = "users"
          mfa_configuration = "ON"

          software_token_mfa_configuration {
            enabled = true
          }
        }
      `),
    },
    {
      name: 'from a variable',
      syntax: 'terraform',
      code: dedent(`
        resource "aws_cognito_user_pool" "users" {
          name              = "users"
          mfa_configuration = var.mfa
        }
      `),
    },
    {
      name: 'federation-only client in Terraform',
      syntax: 'terraform',
      code: dedent(`
        resource "aws_cognito_user_pool" "users" {
          name = "users"
        }

        resource "aws_cognito_user_pool_client" "web" {
          name                         = "web"
          user_pool_id                 = aws_cognito_user_pool.users.id
          explicit_auth_flows          = ["ALLOW_REFRESH_TOKEN_AUTH"]
          supported_identity_providers = ["Google"]
        }
      `),
    },
    {
      syntax: 'typescript',
      code: dedent(`
        import * as cognito from 'aws-cdk-lib/aws-cognito';
        new cognito.UserPool(this, 'Users', { mfa: cognito.Mfa.REQUIRED, mfaSecondFactor: { sms: false, otp: true } });
      `),
    },
    {
      name: 'mfa from a prop',
      syntax: 'typescript',
      code: dedent(`
        import { UserPool } from 'aws-cdk-lib/aws-cognito';
        new UserPool(this, 'Users', { mfa: props.mfa });
      `),
    },
    {
      name: 'L1 construct with OPTIONAL',
      syntax: 'typescript',
      code: dedent(`
        import { aws_cognito as cognito } from 'aws-cdk-lib';
        new cognito.CfnUserPool(this, 'Users', { mfaConfiguration: 'OPTIONAL', enabledMfas: ['SOFTWARE_TOKEN_MFA'] });
      `),
    },
    {
      syntax: 'python',
      code: dedent(`
        from aws_cdk import aws_cognito as cognito
        cognito.UserPool(self, "Users", mfa=cognito.Mfa.OPTIONAL, mfa_second_factor=cognito.MfaSecondFactor(sms=False, otp=True))
      `),
    },
  ],
  invalid: [
    {
      name: 'no MfaConfiguration: OFF by default',
      syntax: 'yaml',
      code: dedent(`
        Resources:
          Users:
            Type: AWS::Cognito::UserPool
            Properties:
              UserPoolName: 사용자
      `),
      errors: [{ messageId: 'missing', line: 3, column: 11, endLine: 3, endColumn: 33, data: { name: 'Users' }, severity: 'warning' }],
      output: dedent(`
        Resources:
          Users:
            Type: AWS::Cognito::UserPool
            Properties:
              UserPoolName: 사용자
              MfaConfiguration: OPTIONAL
              EnabledMfas:
                - SOFTWARE_TOKEN_MFA
      `),
    },
    {
      name: 'no Properties at all',
      syntax: 'yaml',
      code: dedent(`
        Resources:
          Users:
            Type: AWS::Cognito::UserPool
      `),
      errors: [{ messageId: 'missing', line: 3, column: 11, endLine: 3, endColumn: 33 }],
      output: dedent(`
        Resources:
          Users:
            Type: AWS::Cognito::UserPool
            Properties:
              MfaConfiguration: OPTIONAL
              EnabledMfas:
                - SOFTWARE_TOKEN_MFA
      `),
    },
    {
      name: 'OFF with TOTP already listed: only the setting changes',
      syntax: 'yaml',
      code: dedent(`
        Resources:
          Users:
            Type: AWS::Cognito::UserPool
            Properties:
              MfaConfiguration: "OFF"
              EnabledMfas: [SOFTWARE_TOKEN_MFA]
      `),
      errors: [{ messageId: 'off', line: 5, column: 25, endLine: 5, endColumn: 30, data: { name: 'Users' } }],
      output: dedent(`
        Resources:
          Users:
            Type: AWS::Cognito::UserPool
            Properties:
              MfaConfiguration: OPTIONAL
              EnabledMfas: [SOFTWARE_TOKEN_MFA]
      `),
    },
    {
      name: 'OFF with only SMS listed: no fix (SMS needs a role we cannot write)',
      syntax: 'yaml',
      code: dedent(`
        Resources:
          Users:
            Type: AWS::Cognito::UserPool
            Properties:
              MfaConfiguration: 'OFF'
              EnabledMfas: [SMS_MFA]
      `),
      errors: [{ messageId: 'off', line: 5, column: 25, endLine: 5, endColumn: 30 }],
      output: null,
    },
    {
      name: 'a client that allows password sign-in keeps the finding',
      syntax: 'yaml',
      code: dedent(`
        Resources:
          Users:
            Type: AWS::Cognito::UserPool
            Properties:
              MfaConfiguration: 'OFF'
          Federated:
            Type: AWS::Cognito::UserPoolClient
            Properties:
              UserPoolId: !Ref Users
              ExplicitAuthFlows: [ALLOW_REFRESH_TOKEN_AUTH]
              SupportedIdentityProviders: [Google]
          App:
            Type: AWS::Cognito::UserPoolClient
            Properties:
              UserPoolId: !Ref Users
              ExplicitAuthFlows: [ALLOW_USER_SRP_AUTH, ALLOW_REFRESH_TOKEN_AUTH]
      `),
      errors: [{ messageId: 'off', line: 5, column: 25, endLine: 5, endColumn: 30 }],
      output: dedent(`
        Resources:
          Users:
            Type: AWS::Cognito::UserPool
            Properties:
              MfaConfiguration: OPTIONAL
              EnabledMfas:
                - SOFTWARE_TOKEN_MFA
          Federated:
            Type: AWS::Cognito::UserPoolClient
            Properties:
              UserPoolId: !Ref Users
              ExplicitAuthFlows: [ALLOW_REFRESH_TOKEN_AUTH]
              SupportedIdentityProviders: [Google]
          App:
            Type: AWS::Cognito::UserPoolClient
            Properties:
              UserPoolId: !Ref Users
              ExplicitAuthFlows: [ALLOW_USER_SRP_AUTH, ALLOW_REFRESH_TOKEN_AUTH]
      `),
    },
    {
      syntax: 'json',
      code: '{\n  "Resources": {\n    "Users": {\n      "Type": "AWS::Cognito::UserPool",\n      "Properties": {\n        "MfaConfiguration": "OFF"\n      }\n    }\n  }\n}\n',
      errors: [{ messageId: 'off', line: 6, column: 29, endLine: 6, endColumn: 34 }],
      output: '{\n  "Resources": {\n    "Users": {\n      "Type": "AWS::Cognito::UserPool",\n      "Properties": {\n        "MfaConfiguration": "OPTIONAL",\n        "EnabledMfas": [\n          "SOFTWARE_TOKEN_MFA"\n        ]\n      }\n    }\n  }\n}\n',
    },
    {
      syntax: 'terraform',
      code: dedent(`
        resource "aws_cognito_user_pool" "users" {
          name = "users"
        }
      `),
      errors: [{ messageId: 'missing', line: 1, column: 11, endLine: 1, endColumn: 32, data: { name: 'aws_cognito_user_pool.users' } }],
      output: dedent(`
        resource "aws_cognito_user_pool" "users" {
          name              = "users"
          mfa_configuration = "OPTIONAL"

          software_token_mfa_configuration {
            enabled = true
          }
        }
      `),
    },
    {
      name: 'OFF with TOTP configured',
      syntax: 'terraform',
      code: dedent(`
        resource "aws_cognito_user_pool" "users" {
          name              = "users"
          mfa_configuration = "OFF"

          software_token_mfa_configuration {
            enabled = true
          }
        }
      `),
      errors: [{ messageId: 'off', line: 3, column: 23, endLine: 3, endColumn: 28 }],
      output: dedent(`
        resource "aws_cognito_user_pool" "users" {
          name              = "users"
          mfa_configuration = "OPTIONAL"

          software_token_mfa_configuration {
            enabled = true
          }
        }
      `),
    },
    {
      name: 'OFF with TOTP switched off: no fix',
      syntax: 'terraform',
      code: dedent(`
        resource "aws_cognito_user_pool" "users" {
          name              = "users"
          mfa_configuration = "OFF"

          software_token_mfa_configuration {
            enabled = false
          }
        }
      `),
      errors: [{ messageId: 'off', line: 3, column: 23, endLine: 3, endColumn: 28 }],
      output: null,
    },
    {
      syntax: 'typescript',
      code: dedent(`
        import * as cognito from 'aws-cdk-lib/aws-cognito';
        const pool = new cognito.UserPool(this, 'Users', {
          selfSignUpEnabled: true,
          mfa: cognito.Mfa.OFF,
        });
      `),
      errors: [{ messageId: 'off', line: 4, column: 8, endLine: 4, endColumn: 23 }],
      output: dedent(`
        import * as cognito from 'aws-cdk-lib/aws-cognito';
        const pool = new cognito.UserPool(this, 'Users', {
          selfSignUpEnabled: true,
          mfa: cognito.Mfa.OPTIONAL,
          mfaSecondFactor: {
            sms: false,
            otp: true,
          },
        });
      `),
    },
    {
      name: 'no props at all, imported class',
      syntax: 'typescript',
      code: dedent(`
        import { UserPool } from 'aws-cdk-lib/aws-cognito';
        new UserPool(this, 'Users');
      `),
      errors: [{ messageId: 'missing', line: 2, column: 5, endLine: 2, endColumn: 13 }],
      output: dedent(`
        import { UserPool } from 'aws-cdk-lib/aws-cognito';
        import * as cognito from 'aws-cdk-lib/aws-cognito';
        new UserPool(this, 'Users', { mfa: cognito.Mfa.OPTIONAL, mfaSecondFactor: { sms: false, otp: true } });
      `),
    },
    {
      name: 'L1 construct',
      syntax: 'typescript',
      code: dedent(`
        import * as cognito from 'aws-cdk-lib/aws-cognito';
        new cognito.CfnUserPool(this, 'Users', { userPoolName: 'users' });
      `),
      errors: [{ messageId: 'missing', line: 2, column: 5, endLine: 2, endColumn: 24 }],
      output: dedent(`
        import * as cognito from 'aws-cdk-lib/aws-cognito';
        new cognito.CfnUserPool(this, 'Users', { userPoolName: 'users', mfaConfiguration: 'OPTIONAL', enabledMfas: ['SOFTWARE_TOKEN_MFA'] });
      `),
    },
    {
      syntax: 'python',
      code: dedent(`
        from aws_cdk import aws_cognito as cognito
        cognito.UserPool(self, "Users", self_sign_up_enabled=True)
      `),
      errors: [{ messageId: 'missing', line: 2, column: 1, endLine: 2, endColumn: 17 }],
      output: dedent(`
        from aws_cdk import aws_cognito as cognito
        cognito.UserPool(self, "Users", self_sign_up_enabled=True, mfa=cognito.Mfa.OPTIONAL, mfa_second_factor=cognito.MfaSecondFactor(sms=False, otp=True))
      `),
    },
    {
      name: 'Python: OFF with otp already on',
      syntax: 'python',
      code: dedent(`
        from aws_cdk import aws_cognito as cognito
        cognito.UserPool(
            self,
            "Users",
            mfa=cognito.Mfa.OFF,
            mfa_second_factor=cognito.MfaSecondFactor(sms=False, otp=True),
        )
      `),
      errors: [{ messageId: 'off', line: 5, column: 9, endLine: 5, endColumn: 24 }],
      output: dedent(`
        from aws_cdk import aws_cognito as cognito
        cognito.UserPool(
            self,
            "Users",
            mfa=cognito.Mfa.OPTIONAL,
            mfa_second_factor=cognito.MfaSecondFactor(sms=False, otp=True),
        )
      `),
    },
  ],
});
