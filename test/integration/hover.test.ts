/**
 * Hovers in a real editor, through vscode.executeHoverProvider: on a resource type, a property key
 * and a value, in CloudFormation YAML and JSON, Terraform, CDK TypeScript and CDK Python; Korean too.
 */
import * as assert from 'assert';
import * as vscode from 'vscode';
import { closeAllEditors, hoverText, openWorkspaceFile, ourDiagnostics, setLanguage } from './helpers';

/** The position `offset` characters into the n-th occurrence of `needle`. */
function at(doc: vscode.TextDocument, needle: string, offset = 1, nth = 0): vscode.Position {
  let i = -1;
  for (let k = 0; k <= nth; k++) i = doc.getText().indexOf(needle, i + 1);
  assert.ok(i >= 0, `"${needle}" is in the file`);
  return doc.positionAt(i + offset);
}

const CFN = 'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/';

const YAML = `AWSTemplateFormatVersion: "2010-09-09"
Description: 로그 버킷 🚀
Resources:
  Logs:
    Type: AWS::S3::Bucket
    Properties:
      LifecycleConfiguration:
        Rules:
          - Id: archive
            Status: Enabled
            Transitions:
              - StorageClass: GLACIER
                TransitionInDays: 90
  Fn:
    Type: AWS::Lambda::Function
    Properties:
      Runtime: nodejs16.x
      Handler: index.handler
      Role: arn:aws:iam::123456789012:role/x
      Code: { ZipFile: "exports.handler = async () => 1;" }
  Live:
    Type: AWS::Lambda::Alias
    Properties:
      FunctionName: !Ref Fn
      FunctionVersion: "1"
      Name: live
      ProvisionedConcurrencyConfig:
        ProvisionedConcurrentExecutions: 5
`;

const JSON_TEMPLATE = `{
  "AWSTemplateFormatVersion": "2010-09-09",
  "Resources": {
    "Acl": { "Type": "AWS::EC2::NetworkAcl", "Properties": { "VpcId": "vpc-1234" } },
    "In": { "Type": "AWS::EC2::NetworkAclEntry", "Properties": { "NetworkAclId": { "Ref": "Acl" }, "RuleNumber": 100, "Protocol": 6, "RuleAction": "allow", "Egress": false, "CidrBlock": "10.0.0.0/16", "PortRange": { "From": 443, "To": 443 } } },
    "Archive": { "Type": "AWS::S3::Bucket", "Properties": { "LifecycleConfiguration": { "Rules": [ { "Status": "Enabled", "Transitions": [ { "StorageClass": "DEEP_ARCHIVE", "TransitionInDays": 180 } ] } ] } } }
  }
}
`;

const TF = `resource "aws_s3_bucket" "logs" {
  bucket = "logs-예제"
}

resource "aws_s3_bucket_lifecycle_configuration" "logs" {
  bucket = aws_s3_bucket.logs.id
  rule {
    id     = "archive"
    status = "Enabled"
    transition {
      days          = 30
      storage_class = "STANDARD_IA"
    }
  }
}

resource "aws_instance" "web" {
  ami           = "ami-12345678"
  instance_type = "m4.large"
}
`;

const TS = `import * as cdk from 'aws-cdk-lib';
import * as s3 from 'aws-cdk-lib/aws-s3';
import * as lambda from 'aws-cdk-lib/aws-lambda';

export class Storage extends cdk.Stack {
  constructor(scope: cdk.App, id: string) {
    super(scope, id);
    new s3.Bucket(this, 'Logs', {
      versioned: true,
      lifecycleRules: [{ transitions: [{ storageClass: s3.StorageClass.GLACIER, transitionAfter: cdk.Duration.days(90) }] }],
    });
    new lambda.Function(this, 'Fn', { runtime: lambda.Runtime.NODEJS_16_X, handler: 'index.handler', code: lambda.Code.fromInline('x') });
  }
}
`;

const PY = `from aws_cdk import Stack, Duration
from aws_cdk import aws_s3 as s3
from constructs import Construct


class Storage(Stack):
    def __init__(self, scope: Construct, id: str) -> None:
        super().__init__(scope, id)
        s3.Bucket(self, "Logs", versioned=True, lifecycle_rules=[s3.LifecycleRule(transitions=[s3.Transition(storage_class=s3.StorageClass.DEEP_ARCHIVE, transition_after=Duration.days(180))])])
`;

suite('hovers', function () {
  // Analysis runs in a worker on a shared 2-core machine: allow for a busy CI.
  this.timeout(120_000);
  suiteSetup(() => setLanguage('en'));
  suiteTeardown(async () => {
    await setLanguage(undefined);
    await closeAllEditors();
  });

  test('CloudFormation YAML: type, property and storage-class value', async () => {
    const doc = await openWorkspaceFile('hover/template.yaml', YAML);
    await ourDiagnostics(doc.uri, 'the analysis', d => d.length > 0);
    const type = await hoverText(doc.uri, at(doc, 'AWS::S3::Bucket', 3));
    assert.match(type, /Amazon S3/);
    assert.ok(type.includes(`${CFN}aws-resource-s3-bucket.html`), type);
    assert.ok(type.includes('command:awsFieldGuide.openTopic'), 'Open in Field Guide');
    assert.match(type, /no versioning/, 'the findings on this bucket');
    const property = await hoverText(doc.uri, at(doc, 'ProvisionedConcurrencyConfig', 3));
    assert.match(property, /ProvisionedConcurrencyConfig/);
    assert.match(property, /cold start/i);
    const value = await hoverText(doc.uri, at(doc, 'GLACIER', 2));
    assert.match(value, /Deep Archive/, 'the comparison table lists the classes');
    assert.match(value, /\*\*.*Glacier Flexible Retrieval/, 'the hovered class is highlighted');
    const runtime = await hoverText(doc.uri, at(doc, 'nodejs16.x', 2));
    assert.match(runtime, /deprecat/i);
  });

  test('CloudFormation JSON: NACL type, the Egress property and a storage-class value', async () => {
    const doc = await openWorkspaceFile('hover/template.json', JSON_TEMPLATE);
    await ourDiagnostics(doc.uri, 'the analysis', d => d.length > 0);
    const type = await hoverText(doc.uri, at(doc, 'AWS::EC2::NetworkAclEntry', 3));
    assert.ok(type.includes(`${CFN}aws-resource-ec2-networkaclentry.html`), type);
    const egress = await hoverText(doc.uri, at(doc, '"Egress"', 2));
    assert.match(egress, /matching outbound rule|stateless/i);
    const value = await hoverText(doc.uri, at(doc, '"DEEP_ARCHIVE"', 3));
    assert.match(value, /\*\*.*Deep Archive/);
  });

  test('Terraform: type, property and values (storage class, instance type)', async () => {
    const doc = await openWorkspaceFile('hover/main.tf', TF);
    await ourDiagnostics(doc.uri, 'the analysis', d => d.length > 0);
    const type = await hoverText(doc.uri, at(doc, 'aws_s3_bucket_lifecycle_configuration', 3));
    assert.ok(type.includes('registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/s3_bucket_lifecycle_configuration'), type);
    const property = await hoverText(doc.uri, at(doc, 'storage_class', 2));
    assert.match(property, /storage_class|IA/);
    const value = await hoverText(doc.uri, at(doc, 'STANDARD_IA', 2));
    assert.match(value, /\*\*.*Standard\\?-IA/);
    const instance = await hoverText(doc.uri, at(doc, 'm4.large', 2));
    assert.match(instance, /previous.generation/i);
  });

  test('CDK TypeScript: construct, prop and enum values', async () => {
    const doc = await openWorkspaceFile('hover/stack.ts', TS);
    await ourDiagnostics(doc.uri, 'the analysis', d => d.length > 0);
    const type = await hoverText(doc.uri, at(doc, 's3.Bucket', 4));
    assert.ok(type.includes('docs.aws.amazon.com/cdk/api/v2/docs/aws-cdk-lib.aws_s3.Bucket.html'), type);
    const prop = await hoverText(doc.uri, at(doc, 'lifecycleRules', 3));
    assert.ok(prop.length > 0, 'a hover on the prop');
    const value = await hoverText(doc.uri, at(doc, 's3.StorageClass.GLACIER', 18));
    assert.match(value, /\*\*.*Glacier Flexible Retrieval/);
    const runtime = await hoverText(doc.uri, at(doc, 'lambda.Runtime.NODEJS_16_X', 18));
    assert.match(runtime, /nodejs16\.x/);
  });

  test('CDK Python: construct and enum value; Korean when the language is ko', async () => {
    const doc = await openWorkspaceFile('hover/app.py', PY);
    await ourDiagnostics(doc.uri, 'the analysis', d => d.length > 0);
    const type = await hoverText(doc.uri, at(doc, 's3.Bucket', 4));
    assert.ok(type.includes('aws-cdk-lib.aws_s3.Bucket.html'), type);
    const value = await hoverText(doc.uri, at(doc, 'DEEP_ARCHIVE', 3));
    assert.match(value, /\*\*.*Deep Archive/);
    const prop = await hoverText(doc.uri, at(doc, 'versioned', 3));
    assert.match(prop, /versioned/);
    await setLanguage('ko');
    try {
      const korean = await hoverText(doc.uri, at(doc, 's3.Bucket', 4));
      assert.match(korean, /[\uac00-\ud7a3]/, 'Korean text');
      assert.match(korean, /Field Guide에서 열기|Field Guide/);
    } finally {
      await setLanguage('en');
    }
  });
});
