import rule from '../../../../src/core/rules/lambda/lambda-provisioned-concurrency-qualifier';
import { dedent, runRuleTests } from '../ruleTester';

runRuleTests(rule, {
  valid: [
    {
      name: 'alias on a published version; a version with provisioned concurrency',
      syntax: 'yaml',
      code: dedent(`
        Resources:
          Version:
            Type: AWS::Lambda::Version
            Properties:
              FunctionName: my-function
              ProvisionedConcurrencyConfig:
                ProvisionedConcurrentExecutions: 2
          Live:
            Type: AWS::Lambda::Alias
            Properties:
              FunctionName: my-function
              FunctionVersion: !GetAtt Version.Version
              Name: live
              ProvisionedConcurrencyConfig:
                ProvisionedConcurrentExecutions: 5
          Numbered:
            Type: AWS::Lambda::Alias
            Properties:
              FunctionName: my-function
              FunctionVersion: '3'
              Name: stable
              ProvisionedConcurrencyConfig:
                ProvisionedConcurrentExecutions: 1
      `),
    },
    {
      name: 'an alias on $LATEST without provisioned concurrency is allowed',
      syntax: 'yaml',
      code: dedent(`
        Resources:
          Dev:
            Type: AWS::Lambda::Alias
            Properties:
              FunctionName: my-function
              FunctionVersion: $LATEST
              Name: dev
      `),
    },
    {
      name: 'SAM with AutoPublishAlias, on the function or in Globals',
      syntax: 'yaml',
      code: dedent(`
        Transform: AWS::Serverless-2016-10-31
        Globals:
          Function:
            AutoPublishAlias: live
        Resources:
          Api:
            Type: AWS::Serverless::Function
            Properties:
              Runtime: python3.13
              ProvisionedConcurrencyConfig:
                ProvisionedConcurrentExecutions: 5
      `),
    },
    {
      syntax: 'json',
      code: '{\n  "Resources": {\n    "Live": {\n      "Type": "AWS::Lambda::Alias",\n      "Properties": { "FunctionName": "f", "FunctionVersion": "1", "Name": "live", "ProvisionedConcurrencyConfig": { "ProvisionedConcurrentExecutions": 1 } }\n    }\n  }\n}\n',
    },
    {
      syntax: 'terraform',
      code: dedent(`
        resource "aws_lambda_function" "api" {
          function_name = "api"
          publish       = true
        }

        resource "aws_lambda_alias" "live" {
          name             = "live"
          function_name    = aws_lambda_function.api.function_name
          function_version = aws_lambda_function.api.version
        }

        resource "aws_lambda_provisioned_concurrency_config" "alias" {
          function_name                     = aws_lambda_function.api.function_name
          qualifier                         = aws_lambda_alias.live.name
          provisioned_concurrent_executions = 5
        }

        resource "aws_lambda_provisioned_concurrency_config" "version" {
          function_name                     = aws_lambda_function.api.function_name
          qualifier                         = aws_lambda_function.api.version
          provisioned_concurrent_executions = 5
        }
      `),
    },
    {
      name: 'qualifiers and publish flags we cannot read',
      syntax: 'terraform',
      code: dedent(`
        resource "aws_lambda_function" "api" {
          function_name = "api"
          publish       = var.publish
        }

        resource "aws_lambda_provisioned_concurrency_config" "a" {
          function_name                     = aws_lambda_function.api.function_name
          qualifier                         = aws_lambda_function.api.version
          provisioned_concurrent_executions = 5
        }

        resource "aws_lambda_provisioned_concurrency_config" "b" {
          function_name                     = "other"
          qualifier                         = var.alias
          provisioned_concurrent_executions = 5
        }

        resource "aws_lambda_provisioned_concurrency_config" "c" {
          function_name                     = module.fn.name
          qualifier                         = module.fn.version
          provisioned_concurrent_executions = 5
        }
      `),
    },
    {
      syntax: 'typescript',
      code: dedent(`
        import * as lambda from 'aws-cdk-lib/aws-lambda';
        const fn = new lambda.Function(this, 'Api', { runtime: lambda.Runtime.NODEJS_24_X, handler: 'index.handler', code });
        new lambda.Alias(this, 'Live', { aliasName: 'live', version: fn.currentVersion, provisionedConcurrentExecutions: 5 });
        new lambda.Alias(this, 'Dev', { aliasName: 'dev', version: fn.latestVersion });
        fn.addAlias('prod', { provisionedConcurrentExecutions: 2 });
        new lambda.Function(this, 'Warm', { runtime: lambda.Runtime.NODEJS_24_X, handler: 'index.handler', code, currentVersionOptions: { provisionedConcurrentExecutions: 1 } });
      `),
    },
    {
      name: 'L1 alias on a version',
      syntax: 'typescript',
      code: dedent(`
        import * as lambda from 'aws-cdk-lib/aws-lambda';
        new lambda.CfnAlias(this, 'Live', { functionName: 'f', functionVersion: '1', name: 'live', provisionedConcurrencyConfig: { provisionedConcurrentExecutions: 1 } });
      `),
    },
    {
      syntax: 'python',
      code: dedent(`
        from aws_cdk import aws_lambda as _lambda
        fn = _lambda.Function(self, "Api", runtime=_lambda.Runtime.NODEJS_24_X, handler="index.handler", code=code)
        _lambda.Alias(self, "Live", alias_name="live", version=fn.current_version, provisioned_concurrent_executions=2)
      `),
    },
  ],
  invalid: [
    {
      syntax: 'yaml',
      code: dedent(`
        Resources:
          Live:
            Type: AWS::Lambda::Alias
            Properties:
              FunctionName: my-function
              FunctionVersion: $LATEST
              Name: live
              ProvisionedConcurrencyConfig:
                ProvisionedConcurrentExecutions: 5
      `),
      errors: [{ messageId: 'latest', line: 6, column: 24, endLine: 6, endColumn: 31, data: { name: 'Live' }, severity: 'error' }],
      output: null,
    },
    {
      name: 'SAM without AutoPublishAlias',
      syntax: 'yaml',
      code: dedent(`
        Transform: AWS::Serverless-2016-10-31
        Resources:
          Api:
            Type: AWS::Serverless::Function
            Properties:
              Runtime: python3.13
              Handler: app.handler
              ProvisionedConcurrencyConfig:
                ProvisionedConcurrentExecutions: 5
      `),
      errors: [{ messageId: 'samNoAlias', line: 8, column: 7, endLine: 8, endColumn: 35, data: { name: 'Api' } }],
    },
    {
      syntax: 'json',
      code: '{\n  "Resources": {\n    "Live": {\n      "Type": "AWS::Lambda::Alias",\n      "Properties": { "FunctionName": "f", "FunctionVersion": "$LATEST", "Name": "live", "ProvisionedConcurrencyConfig": { "ProvisionedConcurrentExecutions": 1 } }\n    }\n  }\n}\n',
      errors: [{ messageId: 'latest', line: 5, column: 63, endLine: 5, endColumn: 72 }],
    },
    {
      name: 'unpublished function: directly and through an alias; $LATEST directly and through an alias',
      syntax: 'terraform',
      code: dedent(`
        resource "aws_lambda_function" "api" {
          function_name = "api"
        }

        resource "aws_lambda_function" "pub" {
          function_name = "pub"
          publish       = false
        }

        resource "aws_lambda_alias" "live" {
          name             = "live"
          function_name    = aws_lambda_function.pub.function_name
          function_version = aws_lambda_function.pub.version
        }

        resource "aws_lambda_alias" "latest" {
          name             = "latest"
          function_name    = "x"
          function_version = "$LATEST"
        }

        resource "aws_lambda_provisioned_concurrency_config" "a" {
          function_name                     = aws_lambda_function.api.function_name
          qualifier                         = aws_lambda_function.api.version
          provisioned_concurrent_executions = 5
        }

        resource "aws_lambda_provisioned_concurrency_config" "b" {
          function_name                     = "x"
          qualifier                         = aws_lambda_alias.live.name
          provisioned_concurrent_executions = 5
        }

        resource "aws_lambda_provisioned_concurrency_config" "c" {
          function_name                     = "x"
          qualifier                         = aws_lambda_alias.latest.name
          provisioned_concurrent_executions = 5
        }

        resource "aws_lambda_provisioned_concurrency_config" "d" {
          function_name                     = "x"
          qualifier                         = "$LATEST"
          provisioned_concurrent_executions = 5
        }
      `),
      errors: [
        { messageId: 'unpublished', line: 24, column: 39, endLine: 24, endColumn: 70, data: { name: 'aws_lambda_provisioned_concurrency_config.a', function: 'aws_lambda_function.api' } },
        { messageId: 'unpublished', line: 30, column: 39, endLine: 30, endColumn: 65, data: { name: 'aws_lambda_provisioned_concurrency_config.b', function: 'aws_lambda_function.pub' } },
        { messageId: 'latest', line: 36, column: 39, endLine: 36, endColumn: 67 },
        { messageId: 'latest', line: 42, column: 39, endLine: 42, endColumn: 48 },
      ],
      output: dedent(`
        resource "aws_lambda_function" "api" {
          function_name = "api"
          publish       = true
        }

        resource "aws_lambda_function" "pub" {
          function_name = "pub"
          publish       = true
        }

        resource "aws_lambda_alias" "live" {
          name             = "live"
          function_name    = aws_lambda_function.pub.function_name
          function_version = aws_lambda_function.pub.version
        }

        resource "aws_lambda_alias" "latest" {
          name             = "latest"
          function_name    = "x"
          function_version = "$LATEST"
        }

        resource "aws_lambda_provisioned_concurrency_config" "a" {
          function_name                     = aws_lambda_function.api.function_name
          qualifier                         = aws_lambda_function.api.version
          provisioned_concurrent_executions = 5
        }

        resource "aws_lambda_provisioned_concurrency_config" "b" {
          function_name                     = "x"
          qualifier                         = aws_lambda_alias.live.name
          provisioned_concurrent_executions = 5
        }

        resource "aws_lambda_provisioned_concurrency_config" "c" {
          function_name                     = "x"
          qualifier                         = aws_lambda_alias.latest.name
          provisioned_concurrent_executions = 5
        }

        resource "aws_lambda_provisioned_concurrency_config" "d" {
          function_name                     = "x"
          qualifier                         = "$LATEST"
          provisioned_concurrent_executions = 5
        }
      `),
    },
    {
      syntax: 'typescript',
      code: dedent(`
        import * as lambda from 'aws-cdk-lib/aws-lambda';
        const fn = new lambda.Function(this, 'Api', { runtime: lambda.Runtime.NODEJS_24_X, handler: 'index.handler', code });
        new lambda.Alias(this, 'Live', { aliasName: 'live', version: fn.latestVersion, provisionedConcurrentExecutions: 5 });
      `),
      errors: [{ messageId: 'latest', line: 3, column: 62, endLine: 3, endColumn: 78, data: { name: 'Live' } }],
      output: dedent(`
        import * as lambda from 'aws-cdk-lib/aws-lambda';
        const fn = new lambda.Function(this, 'Api', { runtime: lambda.Runtime.NODEJS_24_X, handler: 'index.handler', code });
        new lambda.Alias(this, 'Live', { aliasName: 'live', version: fn.currentVersion, provisionedConcurrentExecutions: 5 });
      `),
    },
    {
      name: 'L1 alias on $LATEST',
      syntax: 'typescript',
      code: dedent(`
        import * as lambda from 'aws-cdk-lib/aws-lambda';
        new lambda.CfnAlias(this, 'Live', { functionName: 'f', functionVersion: '$LATEST', name: 'live', provisionedConcurrencyConfig: { provisionedConcurrentExecutions: 1 } });
      `),
      errors: [{ messageId: 'latest', line: 2, column: 73, endLine: 2, endColumn: 82 }],
    },
    {
      syntax: 'python',
      code: dedent(`
        from aws_cdk import aws_lambda as _lambda
        fn = _lambda.Function(self, "Api", runtime=_lambda.Runtime.NODEJS_24_X, handler="i", code=code)
        _lambda.Alias(self, "Live", alias_name="live", version=fn.latest_version, provisioned_concurrent_executions=2)
      `),
      errors: [{ messageId: 'latest', line: 3, column: 56, endLine: 3, endColumn: 73 }],
      output: dedent(`
        from aws_cdk import aws_lambda as _lambda
        fn = _lambda.Function(self, "Api", runtime=_lambda.Runtime.NODEJS_24_X, handler="i", code=code)
        _lambda.Alias(self, "Live", alias_name="live", version=fn.current_version, provisioned_concurrent_executions=2)
      `),
    },
  ],
});
