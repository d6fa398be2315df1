import * as assert from 'node:assert/strict';
import rule, { RUNTIMES } from '../../../../src/core/rules/lambda/lambda-runtime-supported';
import { dedent, runRuleTests, TEST_TODAY } from '../ruleTester';

describe('lambda-runtime-supported table', () => {
  it('dates are valid, blocked never precedes deprecated', () => {
    for (const [id, life] of Object.entries(RUNTIMES)) {
      assert.match(life.deprecated, /^\d{4}-\d{2}-\d{2}$/, id);
      assert.ok(!Number.isNaN(Date.parse(life.deprecated)), id);
      if (life.blocked) assert.ok(life.blocked >= life.deprecated, id);
    }
  });

  it('the test date is the one the cases are written for', () => {
    assert.equal(TEST_TODAY, '2026-11-23');
  });
});

runRuleTests(rule, {
  valid: [
    {
      syntax: 'yaml',
      code: dedent(`
        Resources:
          Handler:
            Type: AWS::Lambda::Function
            Properties:
              Runtime: python3.14
          Node:
            Type: AWS::Lambda::Function
            Properties:
              Runtime: nodejs24.x
          Java:
            Type: AWS::Lambda::Function
            Properties:
              Runtime: java17
      `),
    },
    {
      name: 'a container image function has no runtime; a parameter is not guessed',
      syntax: 'yaml',
      code: dedent(`
        Parameters:
          Runtime:
            Type: String
        Resources:
          Image:
            Type: AWS::Lambda::Function
            Properties:
              PackageType: Image
              Code: { ImageUri: 123.dkr.ecr.us-east-1.amazonaws.com/app:1 }
          Param:
            Type: AWS::Lambda::Function
            Properties:
              Runtime: !Ref Runtime
      `),
    },
    {
      name: 'runtimes whose dates we have not confirmed are not reported',
      syntax: 'yaml',
      code: dedent(`
        Resources:
          Al2:
            Type: AWS::Lambda::Function
            Properties:
              Runtime: provided.al2
          Java:
            Type: AWS::Lambda::Function
            Properties:
              Runtime: java17.al2023
      `),
    },
    {
      name: 'nodejs22.x is more than six months from deprecation on an earlier date',
      syntax: 'yaml',
      today: '2026-06-01',
      code: dedent(`
        Resources:
          Handler:
            Type: AWS::Lambda::Function
            Properties:
              Runtime: nodejs22.x
      `),
    },
    {
      syntax: 'json',
      code: '{\n  "Resources": {\n    "Handler": { "Type": "AWS::Lambda::Function", "Properties": { "Runtime": "ruby3.4" } }\n  }\n}\n',
    },
    {
      syntax: 'terraform',
      code: dedent(`
        resource "aws_lambda_function" "handler" {
          function_name = "handler"
          runtime       = "nodejs24.x"
        }

        resource "aws_lambda_function" "var" {
          function_name = "var"
          runtime       = var.runtime
        }
      `),
    },
    {
      syntax: 'typescript',
      code: dedent(`
        import * as lambda from 'aws-cdk-lib/aws-lambda';
        new lambda.Function(this, 'Handler', { runtime: lambda.Runtime.NODEJS_24_X, handler: 'index.handler', code });
        new lambda.Function(this, 'Latest', { runtime: lambda.Runtime.NODEJS_LATEST, handler: 'index.handler', code });
        new lambda.Function(this, 'Prop', { runtime: props.runtime, handler: 'index.handler', code });
      `),
    },
    {
      syntax: 'python',
      code: dedent(`
        from aws_cdk import aws_lambda as _lambda
        _lambda.Function(self, "Handler", runtime=_lambda.Runtime.PYTHON_3_13, handler="app.handler", code=code)
      `),
    },
  ],
  invalid: [
    {
      name: 'deprecated (error), updates blocked (error), deprecation within six months (warning)',
      syntax: 'yaml',
      code: dedent(`
        Transform: AWS::Serverless-2016-10-31
        Resources:
          Old:
            Type: AWS::Lambda::Function
            Properties:
              Runtime: nodejs12.x
          Sam:
            Type: AWS::Serverless::Function
            Properties:
              Runtime: "python3.9"
          Soon:
            Type: AWS::Lambda::Function
            Properties:
              Runtime: nodejs22.x
      `),
      errors: [
        { messageId: 'blocked', line: 6, column: 16, endLine: 6, endColumn: 26, severity: 'error', data: { runtime: 'nodejs12.x', deprecated: '2023-03-31', blocked: '2023-04-30', successor: 'nodejs24.x' } },
        { messageId: 'deprecated', line: 10, column: 16, endLine: 10, endColumn: 27, severity: 'error', data: { runtime: 'python3.9', deprecated: '2025-12-15', successor: 'python3.14' } },
        { messageId: 'deprecating', line: 14, column: 16, endLine: 14, endColumn: 26, severity: 'warning', data: { runtime: 'nodejs22.x', deprecated: '2027-04-30', days: 158, successor: 'nodejs24.x' } },
      ],
      output: dedent(`
        Transform: AWS::Serverless-2016-10-31
        Resources:
          Old:
            Type: AWS::Lambda::Function
            Properties:
              Runtime: nodejs24.x
          Sam:
            Type: AWS::Serverless::Function
            Properties:
              Runtime: python3.14
          Soon:
            Type: AWS::Lambda::Function
            Properties:
              Runtime: nodejs24.x
      `),
    },
    {
      name: 'Go moves to an OS-only runtime: no mechanical fix',
      syntax: 'yaml',
      code: dedent(`
        Resources:
          Go:
            Type: AWS::Lambda::Function
            Properties:
              Runtime: go1.x
      `),
      errors: [{ messageId: 'deprecated', line: 5, column: 16, endLine: 5, endColumn: 21, data: { runtime: 'go1.x', deprecated: '2024-01-08', successor: 'provided.al2023' } }],
      output: null,
    },
    {
      name: 'python3.10 was deprecated on 2026-10-31; dotnet8 on 2026-11-10',
      syntax: 'yaml',
      code: dedent(`
        Resources:
          Py:
            Type: AWS::Lambda::Function
            Properties:
              Runtime: python3.10
          Net:
            Type: AWS::Lambda::Function
            Properties:
              Runtime: dotnet8
      `),
      errors: [
        { messageId: 'deprecated', line: 5, column: 16, endLine: 5, endColumn: 26 },
        { messageId: 'deprecated', line: 9, column: 16, endLine: 9, endColumn: 23 },
      ],
      output: dedent(`
        Resources:
          Py:
            Type: AWS::Lambda::Function
            Properties:
              Runtime: python3.14
          Net:
            Type: AWS::Lambda::Function
            Properties:
              Runtime: dotnet10
      `),
    },
    {
      name: 'on an earlier date the same runtime is only upcoming',
      syntax: 'yaml',
      today: '2026-01-15',
      code: dedent(`
        Resources:
          Handler:
            Type: AWS::Lambda::Function
            Properties:
              Runtime: nodejs20.x
      `),
      errors: [{ messageId: 'deprecating', line: 5, column: 16, endLine: 5, endColumn: 26, severity: 'warning', data: { runtime: 'nodejs20.x', deprecated: '2026-04-30', days: 105, successor: 'nodejs24.x' } }],
      output: dedent(`
        Resources:
          Handler:
            Type: AWS::Lambda::Function
            Properties:
              Runtime: nodejs24.x
      `),
    },
    {
      syntax: 'json',
      code: '{\n  "Resources": {\n    "Handler": { "Type": "AWS::Lambda::Function", "Properties": { "Runtime": "ruby2.7" } }\n  }\n}\n',
      errors: [{ messageId: 'deprecated', line: 3, column: 78, endLine: 3, endColumn: 87 }],
      output: '{\n  "Resources": {\n    "Handler": { "Type": "AWS::Lambda::Function", "Properties": { "Runtime": "ruby3.4" } }\n  }\n}\n',
    },
    {
      syntax: 'terraform',
      code: dedent(`
        resource "aws_lambda_function" "handler" {
          function_name = "handler"
          runtime       = "nodejs16.x"
        }
      `),
      errors: [{ messageId: 'deprecated', line: 3, column: 19, endLine: 3, endColumn: 31, data: { runtime: 'nodejs16.x', deprecated: '2024-06-12', successor: 'nodejs24.x' } }],
      output: dedent(`
        resource "aws_lambda_function" "handler" {
          function_name = "handler"
          runtime       = "nodejs24.x"
        }
      `),
    },
    {
      syntax: 'typescript',
      code: dedent(`
        import { aws_lambda as lam } from 'aws-cdk-lib';
        import * as nodejs from 'aws-cdk-lib/aws-lambda-nodejs';
        new lam.Function(this, 'A', { runtime: lam.Runtime.PYTHON_3_8, handler: 'x', code });
        new nodejs.NodejsFunction(this, 'B', { runtime: lam.Runtime.NODEJS_18_X });
      `),
      errors: [
        { messageId: 'deprecated', line: 3, column: 40, endLine: 3, endColumn: 62, data: { runtime: 'python3.8', deprecated: '2024-10-14', successor: 'python3.14' } },
        { messageId: 'deprecated', line: 4, column: 49, endLine: 4, endColumn: 72 },
      ],
      output: dedent(`
        import { aws_lambda as lam } from 'aws-cdk-lib';
        import * as nodejs from 'aws-cdk-lib/aws-lambda-nodejs';
        new lam.Function(this, 'A', { runtime: lam.Runtime.PYTHON_3_14, handler: 'x', code });
        new nodejs.NodejsFunction(this, 'B', { runtime: lam.Runtime.NODEJS_24_X });
      `),
    },
    {
      name: 'a hand-made Runtime object is read but not rewritten',
      syntax: 'typescript',
      code: dedent(`
        import * as lambda from 'aws-cdk-lib/aws-lambda';
        new lambda.Function(this, 'C', { runtime: new lambda.Runtime('nodejs16.x', lambda.RuntimeFamily.NODEJS), handler: 'x', code });
      `),
      errors: [{ messageId: 'deprecated', line: 2, column: 43, endLine: 2, endColumn: 104 }],
      output: null,
    },
    {
      name: 'L1 function',
      syntax: 'typescript',
      code: dedent(`
        import * as lambda from 'aws-cdk-lib/aws-lambda';
        new lambda.CfnFunction(this, 'D', { runtime: 'java8', code: {}, role: 'r' });
      `),
      errors: [{ messageId: 'deprecated', line: 2, column: 46, endLine: 2, endColumn: 53 }],
      output: dedent(`
        import * as lambda from 'aws-cdk-lib/aws-lambda';
        new lambda.CfnFunction(this, 'D', { runtime: 'java25', code: {}, role: 'r' });
      `),
    },
    {
      syntax: 'python',
      code: dedent(`
        from aws_cdk import aws_lambda as _lambda
        _lambda.Function(self, "A", runtime=_lambda.Runtime.PYTHON_3_9, handler="a.b", code=code)
      `),
      errors: [{ messageId: 'deprecated', line: 2, column: 37, endLine: 2, endColumn: 63 }],
      output: dedent(`
        from aws_cdk import aws_lambda as _lambda
        _lambda.Function(self, "A", runtime=_lambda.Runtime.PYTHON_3_14, handler="a.b", code=code)
      `),
    },
  ],
});
