import rule from '../../../../src/core/rules/iam/iam-no-hardcoded-credentials';
import { dedent, runRuleTests, type ExpectedFinding } from '../ruleTester';

// Made-up keys of the real shape, built in pieces so secret scanners do not flag this file.
const ID = 'AKIA' + 'Z7QWERTY2ABCDEFG';
const ID2 = 'AKIA' + 'QWERTY234567ABCD';
const TEMP_ID = 'ASIA' + 'MNBVCXZ765432LKJ';
const SECRET = 'aB3/dEfGhIjKlMnOpQrS' + 'tUvWxYz0123456789+Ab';
const SECRET2 = 'Zx9+YwVu/TsRqPoNmLkJ' + 'iHgFeDcBa98765432/Qq';
// AWS's documented placeholders.
const DOC_ID = 'AKIAIOSFODNN7EXAMPLE';
const DOC_SECRET = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY';

/** The exact place of the `nth` occurrence of `token` in `code` (1-based, UTF-16 columns). */
function at(code: string, token: string, messageId: string, nth = 0): ExpectedFinding {
  let i = -1;
  for (let k = 0; k <= nth; k++) i = code.indexOf(token, i + 1);
  if (i < 0) throw new Error(`${token} not in the case`);
  const before = code.slice(0, i).split('\n');
  const line = before.length;
  const column = before[line - 1].length + 1;
  return { messageId, line, column, endLine: line, endColumn: column + token.length };
}

const yamlEnv = dedent(`
  Resources:
    Fn:
      Type: AWS::Lambda::Function
      Properties:
        Environment:
          Variables:
            AWS_ACCESS_KEY_ID: ${ID}
            AWS_SECRET_ACCESS_KEY: "${SECRET}"
            GREETING: 안녕하세요 🙂
`);

const yamlUserData = dedent(`
  Resources:
    Host:
      Type: AWS::EC2::Instance
      Properties:
        UserData:
          Fn::Base64: !Sub |
            #!/bin/bash
            echo "region \${AWS::Region}" # 지역 🙂
            aws configure set aws_access_key_id ${ID}
            aws configure set aws_secret_access_key ${SECRET}
`);

const yamlStructured = dedent(`
  Parameters:
    AwsSecretAccessKey:
      Type: String
      NoEcho: true
      Default: ${SECRET2}
  Resources:
    Task:
      Type: AWS::ECS::TaskDefinition
      Properties:
        ContainerDefinitions:
          - Name: app
            Environment:
              - Name: AWS_SECRET_ACCESS_KEY
                Value: ${SECRET}
              - Name: REGION
                Value: us-east-1
  Outputs:
    KeyId:
      Value: ${TEMP_ID}
`);

const jsonTemplate = `{\n  "Parameters": {\n    "SecretKey": { "Type": "String", "NoEcho": true, "Default": "${SECRET}" }\n  },\n  "Resources": {\n    "Fn": {\n      "Type": "AWS::Lambda::Function",\n      "Properties": { "Environment": { "Variables": { "KEY_ID": "${ID}" } } }\n    }\n  }\n}\n`;

const tfProvider = dedent(`
  provider "aws" {
    region     = "ap-northeast-2"
    access_key = "${ID}"
    secret_key = "${SECRET}"
  }
`);

const tfMixed = dedent(`
  terraform {
    backend "s3" {
      bucket = "state"
    }
  }

  variable "aws_secret_key" {
    type    = string
    default = "${SECRET}"
  }

  resource "aws_instance" "web" {
    ami           = "ami-12345678"
    instance_type = "t3.micro"
    user_data     = <<-EOT
      #!/bin/bash
      export AWS_ACCESS_KEY_ID=${ID}
    EOT
  }

  resource "aws_ecs_task_definition" "app" {
    family = "app"
    container_definitions = jsonencode([{
      name        = "app"
      environment = [{ name = "AWS_SECRET_ACCESS_KEY", value = "${SECRET2}" }]
    }])
  }

  # old key: ${ID2}
`);

const yamlCrlf = dedent(`
  Parameters:
    # 한국어 주석
    Secretkey:
      Type: String
      Description: not a secret name below
      Default: ${SECRET}
    SecretKey:
      Default: '${SECRET2}'
  Resources:
    Topic:
      Type: AWS::SNS::Topic
`).replace(/\n/g, '\r\n');

const tfInterpolated = dedent(`
  resource "aws_ssm_parameter" "key" {
    name  = "/ci/key"
    type  = "SecureString"
    value = "\${var.prefix}${ID}"
  }
`);

const tsLambda = dedent(`
  import { CfnParameter } from 'aws-cdk-lib';
  import * as lambda from 'aws-cdk-lib/aws-lambda';

  const secretKey = '${SECRET2}';
  const fn = new lambda.Function(this, 'Fn', {
    runtime: lambda.Runtime.NODEJS_22_X,
    handler: 'index.handler',
    code: lambda.Code.fromAsset('src'),
    environment: { AWS_ACCESS_KEY_ID: '${ID}', AWS_SECRET_ACCESS_KEY: '${SECRET}' },
  });
  fn.addEnvironment('AWS_SECRET_ACCESS_KEY', '${SECRET}');
  new CfnParameter(this, 'AwsSecretKey', { type: 'String', default: '${SECRET2}' });
`);

const tsL1 = dedent(`
  import { aws_lambda as lambda } from 'aws-cdk-lib';
  new lambda.CfnFunction(this, 'Fn', {
    role: 'arn:aws:iam::111122223333:role/fn',
    code: { zipFile: 'exports.handler = async () => {}' },
    environment: { variables: { KEY: \`id-${TEMP_ID}\` } },
  });
`);

const python = dedent(`
  from aws_cdk import aws_lambda as _lambda
  _lambda.Function(
      self,
      "Fn",
      runtime=_lambda.Runtime.PYTHON_3_13,
      handler="index.handler",
      code=_lambda.Code.from_asset("src"),
      environment={"AWS_ACCESS_KEY_ID": "${ID}", "AWS_SECRET_ACCESS_KEY": "${SECRET}"},
  )
`);

runRuleTests(rule, {
  valid: [
    {
      name: "AWS's documented example keys are placeholders",
      syntax: 'yaml',
      code: dedent(`
        Resources:
          Fn:
            Type: AWS::Lambda::Function
            Properties:
              Environment:
                Variables:
                  AWS_ACCESS_KEY_ID: ${DOC_ID}
                  AWS_SECRET_ACCESS_KEY: ${DOC_SECRET}
                  OTHER_EXAMPLE_ID: AKIAI44QH8DHBEXAMPLE
                  FILLER: AKIAXXXXXXXXXXXXXXXX
      `),
    },
    {
      name: 'secrets read from a store, a parameter or an attribute',
      syntax: 'yaml',
      code: dedent(`
        Parameters:
          SecretAccessKey:
            Type: String
            NoEcho: true
        Resources:
          Key:
            Type: AWS::IAM::AccessKey
            Properties:
              UserName: ci
          Fn:
            Type: AWS::Lambda::Function
            Properties:
              Environment:
                Variables:
                  AWS_SECRET_ACCESS_KEY: '{{resolve:secretsmanager:ci-key:SecretString:secret}}'
                  SECRET_KEY: !Ref SecretAccessKey
                  SecretAccessKey: !GetAtt Key.SecretAccessKey
      `),
    },
    {
      name: '40 base64 characters without a secret-key name, or not key-shaped',
      syntax: 'yaml',
      code: dedent(`
        Resources:
          Fn:
            Type: AWS::Lambda::Function
            Properties:
              Environment:
                Variables:
                  CHECKSUM: ${SECRET}
                  JWT_SECRET_KEY: ${SECRET2}
                  SECRET_KEY: 3f786850e387550fdab836ed7e6dc881de23001b
                  ARN: arn:aws:iam::111122223333:user/X${ID}
                  LONGER: ${ID}ZZ
      `),
    },
    {
      syntax: 'json',
      code: '{\n  "Resources": {\n    "Fn": {\n      "Type": "AWS::Lambda::Function",\n      "Properties": { "Environment": { "Variables": { "STAGE": "prod" } } }\n    }\n  }\n}\n',
    },
    {
      name: 'a parameter default that is not named as a secret key',
      syntax: 'yaml',
      code: dedent(`
        Parameters:
          ArtifactHash:
            Type: String
            Default: ${SECRET}
          SecretKeyName:
            Type: String
            Default: ${SECRET2}
        Resources:
          Topic:
            Type: AWS::SNS::Topic
      `),
    },
    {
      name: 'credentials from variables and the environment',
      syntax: 'terraform',
      code: dedent(`
        variable "aws_secret_key" {
          type      = string
          sensitive = true
        }

        provider "aws" {
          region     = "us-east-1"
          access_key = var.aws_access_key
          secret_key = var.aws_secret_key
        }

        resource "aws_iam_access_key" "ci" {
          user = "ci"
        }

        output "secret" {
          value     = aws_iam_access_key.ci.secret
          sensitive = true
        }
      `),
    },
    {
      syntax: 'typescript',
      code: dedent(`
        import * as iam from 'aws-cdk-lib/aws-iam';
        import * as lambda from 'aws-cdk-lib/aws-lambda';
        const key = new iam.AccessKey(this, 'Key', { user });
        new lambda.Function(this, 'Fn', {
          runtime: lambda.Runtime.NODEJS_22_X,
          handler: 'index.handler',
          code: lambda.Code.fromAsset('src'),
          environment: { SECRET_ARN: secret.secretArn, secretAccessKey: key.secretAccessKey.unsafeUnwrap() },
        });
      `),
    },
    {
      syntax: 'python',
      code: dedent(`
        import os
        from aws_cdk import aws_lambda as _lambda
        _lambda.Function(self, "Fn", environment={"AWS_SECRET_ACCESS_KEY": os.environ["KEY"]})
      `),
    },
  ],
  invalid: [
    {
      name: 'Lambda environment: the key ID and the secret, on their characters',
      syntax: 'yaml',
      code: yamlEnv,
      errors: [
        { ...at(yamlEnv, ID, 'accessKeyId'), data: { key: 'AKIA…DEFG' }, severity: 'error' },
        { ...at(yamlEnv, SECRET, 'secretAccessKey'), data: { name: 'AWS_SECRET_ACCESS_KEY' } },
      ],
      output: null,
    },
    {
      name: 'user data inside !Sub (an unknown value) is still searched',
      syntax: 'yaml',
      code: yamlUserData,
      errors: [
        at(yamlUserData, ID, 'accessKeyId'),
        { ...at(yamlUserData, SECRET, 'secretAccessKey'), data: { name: 'aws_secret_access_key' } },
      ],
    },
    {
      name: 'a parameter default, an ECS Name/Value pair, a temporary key in Outputs',
      syntax: 'yaml',
      code: yamlStructured,
      errors: [
        { ...at(yamlStructured, SECRET2, 'secretAccessKey'), data: { name: 'AwsSecretAccessKey' } },
        { ...at(yamlStructured, SECRET, 'secretAccessKey'), data: { name: 'AWS_SECRET_ACCESS_KEY' } },
        { ...at(yamlStructured, TEMP_ID, 'accessKeyId'), data: { key: 'ASIA…2LKJ' } },
      ],
    },
    {
      syntax: 'json',
      code: jsonTemplate,
      errors: [
        { ...at(jsonTemplate, SECRET, 'secretAccessKey'), data: { name: 'SecretKey' } },
        at(jsonTemplate, ID, 'accessKeyId'),
      ],
    },
    {
      name: 'CRLF parameters section; a parameter name is matched as a whole',
      syntax: 'yaml',
      code: yamlCrlf,
      errors: [
        { ...at(yamlCrlf, SECRET, 'secretAccessKey'), data: { name: 'Secretkey' } },
        { ...at(yamlCrlf, SECRET2, 'secretAccessKey'), data: { name: 'SecretKey' } },
      ],
    },
    {
      name: 'inside an interpolation',
      syntax: 'terraform',
      code: tfInterpolated,
      errors: [at(tfInterpolated, ID, 'accessKeyId')],
    },
    {
      name: 'provider arguments',
      syntax: 'terraform',
      code: tfProvider,
      errors: [at(tfProvider, ID, 'accessKeyId'), { ...at(tfProvider, SECRET, 'secretAccessKey'), data: { name: 'secret_key' } }],
    },
    {
      name: 'a variable default, a heredoc, jsonencode name/value, a comment',
      syntax: 'terraform',
      code: tfMixed,
      errors: [
        { ...at(tfMixed, SECRET, 'secretAccessKey'), data: { name: 'aws_secret_key' } },
        at(tfMixed, ID, 'accessKeyId'),
        { ...at(tfMixed, SECRET2, 'secretAccessKey'), data: { name: 'AWS_SECRET_ACCESS_KEY' } },
        at(tfMixed, ID2, 'accessKeyId'),
      ],
    },
    {
      name: 'CDK: a constant, construct props, addEnvironment, a CfnParameter',
      syntax: 'typescript',
      code: tsLambda,
      errors: [
        { ...at(tsLambda, SECRET2, 'secretAccessKey'), data: { name: 'secretKey' } },
        at(tsLambda, ID, 'accessKeyId'),
        at(tsLambda, SECRET, 'secretAccessKey'),
        at(tsLambda, SECRET, 'secretAccessKey', 1),
        { ...at(tsLambda, SECRET2, 'secretAccessKey', 1), data: { name: 'AwsSecretKey' } },
      ],
    },
    {
      name: 'CDK L1 construct, inside a template literal',
      syntax: 'typescript',
      code: tsL1,
      errors: [at(tsL1, TEMP_ID, 'accessKeyId')],
    },
    {
      syntax: 'python',
      code: python,
      errors: [at(python, ID, 'accessKeyId'), at(python, SECRET, 'secretAccessKey')],
    },
  ],
});
