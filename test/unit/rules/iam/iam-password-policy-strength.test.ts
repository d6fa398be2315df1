import rule from '../../../../src/core/rules/iam/iam-password-policy-strength';
import { dedent, runRuleTests } from '../ruleTester';

runRuleTests(rule, {
  valid: [
    {
      name: 'every setting at or above the guidance',
      syntax: 'terraform',
      code: dedent(`
        resource "aws_iam_account_password_policy" "strict" {
          minimum_password_length        = 16
          password_reuse_prevention      = 24
          require_lowercase_characters   = true
          require_numbers                = true
          require_symbols                = true
          require_uppercase_characters   = true
          allow_users_to_change_password = true
        }
      `),
    },
    {
      name: 'quoted numbers and booleans',
      syntax: 'terraform',
      code: dedent(`
        resource "aws_iam_account_password_policy" "strict" {
          minimum_password_length      = "14"
          password_reuse_prevention    = "24"
          require_lowercase_characters = "true"
          require_numbers              = "true"
          require_symbols              = "true"
          require_uppercase_characters = "true"
        }
      `),
    },
    {
      name: 'values from variables are not guessed',
      syntax: 'terraform',
      code: dedent(`
        resource "aws_iam_account_password_policy" "strict" {
          minimum_password_length      = var.min_length
          password_reuse_prevention    = local.reuse
          require_lowercase_characters = var.require_classes
          require_numbers              = var.require_classes
          require_symbols              = var.require_classes
          require_uppercase_characters = var.require_classes
        }
      `),
    },
    {
      name: 'other IAM resources',
      syntax: 'terraform',
      code: dedent(`
        resource "aws_iam_user_login_profile" "u" {
          user = "alice"
        }

        resource "aws_cognito_user_pool" "p" {
          name = "p"
          password_policy {
            minimum_length = 8
          }
        }
      `),
    },
  ],
  invalid: [
    {
      name: 'short length, low reuse, a class switched off',
      syntax: 'terraform',
      code: dedent(`
        resource "aws_iam_account_password_policy" "strict" {
          minimum_password_length      = 8
          password_reuse_prevention    = 5
          require_lowercase_characters = true
          require_numbers              = false
          require_symbols              = true
          require_uppercase_characters = true
        }
      `),
      errors: [
        { messageId: 'tooShort', line: 2, column: 34, endLine: 2, endColumn: 35, data: { value: 8 }, severity: 'warning' },
        { messageId: 'reuseTooLow', line: 3, column: 34, endLine: 3, endColumn: 35, data: { value: 5 }, severity: 'warning' },
        { messageId: 'classOff', line: 5, column: 34, endLine: 5, endColumn: 39, data: { setting: 'require_numbers' }, severity: 'info' },
      ],
      output: dedent(`
        resource "aws_iam_account_password_policy" "strict" {
          minimum_password_length      = 14
          password_reuse_prevention    = 24
          require_lowercase_characters = true
          require_numbers              = true
          require_symbols              = true
          require_uppercase_characters = true
        }
      `),
    },
    {
      name: 'a quoted short length',
      syntax: 'terraform',
      code: dedent(`
        resource "aws_iam_account_password_policy" "strict" {
          minimum_password_length      = "12"
          password_reuse_prevention    = 24
          require_lowercase_characters = true
          require_numbers              = true
          require_symbols              = true
          require_uppercase_characters = true
        }
      `),
      errors: [{ messageId: 'tooShort', line: 2, column: 34, endLine: 2, endColumn: 38, data: { value: 12 } }],
      output: dedent(`
        resource "aws_iam_account_password_policy" "strict" {
          minimum_password_length      = 14
          password_reuse_prevention    = 24
          require_lowercase_characters = true
          require_numbers              = true
          require_symbols              = true
          require_uppercase_characters = true
        }
      `),
    },
    {
      name: 'everything missing: one finding, every setting added and aligned',
      syntax: 'terraform',
      code: dedent(`
        resource "aws_iam_account_password_policy" "strict" {
          allow_users_to_change_password = true
        }
      `),
      errors: [
        {
          messageId: 'missing',
          line: 1,
          column: 11,
          endLine: 1,
          endColumn: 42,
          severity: 'warning',
          data: {
            name: 'aws_iam_account_password_policy.strict',
            settings: 'minimum_password_length, password_reuse_prevention, require_lowercase_characters, require_numbers, require_symbols, require_uppercase_characters',
          },
        },
      ],
      output: dedent(`
        resource "aws_iam_account_password_policy" "strict" {
          allow_users_to_change_password = true
          minimum_password_length        = 14
          password_reuse_prevention      = 24
          require_lowercase_characters   = true
          require_numbers                = true
          require_symbols                = true
          require_uppercase_characters   = true
        }
      `),
    },
    {
      name: 'only character classes missing: info',
      syntax: 'terraform',
      code: dedent(`
        resource "aws_iam_account_password_policy" "strict" {
          minimum_password_length   = 14
          password_reuse_prevention = 24
          require_symbols           = true
        }
      `),
      errors: [{ messageId: 'missing', line: 1, column: 11, endLine: 1, endColumn: 42, severity: 'info' }],
      output: dedent(`
        resource "aws_iam_account_password_policy" "strict" {
          minimum_password_length      = 14
          password_reuse_prevention    = 24
          require_symbols              = true
          require_lowercase_characters = true
          require_numbers              = true
          require_uppercase_characters = true
        }
      `),
    },
    {
      name: 'an empty body',
      syntax: 'terraform',
      code: dedent(`
        resource "aws_iam_account_password_policy" "strict" {
        }
      `),
      errors: [{ messageId: 'missing', line: 1, column: 11, endLine: 1, endColumn: 42 }],
      output: dedent(`
        resource "aws_iam_account_password_policy" "strict" {
          minimum_password_length      = 14
          password_reuse_prevention    = 24
          require_lowercase_characters = true
          require_numbers              = true
          require_symbols              = true
          require_uppercase_characters = true
        }
      `),
    },
    {
      name: 'an unaligned file stays unaligned; a weak value and missing ones together',
      syntax: 'terraform',
      code: dedent(`
        resource "aws_iam_account_password_policy" "strict" {
          minimum_password_length = 10 # 한국어 주석
          require_symbols = true
        }
      `),
      errors: [
        { messageId: 'missing', line: 1, column: 11, endLine: 1, endColumn: 42 },
        { messageId: 'tooShort', line: 2, column: 29, endLine: 2, endColumn: 31 },
      ],
      output: dedent(`
        resource "aws_iam_account_password_policy" "strict" {
          minimum_password_length = 14 # 한국어 주석
          require_symbols = true
          password_reuse_prevention = 24
          require_lowercase_characters = true
          require_numbers = true
          require_uppercase_characters = true
        }
      `),
    },
  ],
});
