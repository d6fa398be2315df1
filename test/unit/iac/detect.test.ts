import * as assert from 'node:assert/strict';
import { detectFormat } from '../../../src/core/iac/detect';

describe('format detection (by content)', () => {
  const cfnYaml = 'AWSTemplateFormatVersion: "2010-09-09"\nResources:\n  B:\n    Type: AWS::S3::Bucket\n';
  it('CloudFormation YAML needs the template markers, not just the extension', () => {
    assert.deepEqual(detectFormat(cfnYaml, { uri: 'file:///a/t.yaml' }), { format: 'cloudformation', syntax: 'yaml' });
    assert.deepEqual(detectFormat('Resources:\n  B:\n    Type: AWS::S3::Bucket\n', { languageId: 'yaml' }), { format: 'cloudformation', syntax: 'yaml' });
    assert.equal(detectFormat('name: ci\non: push\njobs: {}\n', { uri: 'file:///.github/workflows/ci.yml' }), undefined);
    assert.equal(detectFormat('Resources:\n  - kubernetes\n', { languageId: 'yaml' }), undefined);
  });

  it('SAM templates count as CloudFormation', () => {
    assert.ok(detectFormat('Transform: AWS::Serverless-2016-10-31\nResources:\n  F:\n    Type: AWS::Serverless::Function\n', { languageId: 'yaml' }));
  });

  it('CloudFormation JSON', () => {
    assert.deepEqual(detectFormat('{"Resources":{"B":{"Type":"AWS::S3::Bucket"}}}', { uri: 'x.json' }), { format: 'cloudformation', syntax: 'json' });
    assert.equal(detectFormat('{"name":"pkg","version":"1.0.0"}', { uri: 'package.json' }), undefined);
    assert.deepEqual(detectFormat('{\n "AWSTemplateFormatVersion": "2010-09-09"\n}', { uri: 'stack.template' }), { format: 'cloudformation', syntax: 'json' });
  });

  it('Terraform by language or extension', () => {
    assert.deepEqual(detectFormat('', { uri: 'main.tf' }), { format: 'terraform', syntax: 'hcl' });
    assert.deepEqual(detectFormat('', { languageId: 'terraform' }), { format: 'terraform', syntax: 'hcl' });
  });

  it('CDK TypeScript only when the file imports the CDK', () => {
    assert.deepEqual(detectFormat("import * as s3 from 'aws-cdk-lib/aws-s3';", { uri: 'stack.ts' }), { format: 'cdk-typescript', syntax: 'typescript' });
    assert.ok(detectFormat("import { Stack } from 'aws-cdk-lib';", { languageId: 'typescript' }));
    assert.ok(detectFormat("const s3 = require('@aws-cdk/aws-s3');", { uri: 'a.js' }));
    assert.equal(detectFormat("import express from 'express';", { uri: 'server.ts' }), undefined);
    assert.equal(detectFormat("// uses aws-cdk-lib later\nexport {}", { uri: 'x.ts' }), undefined);
  });

  it('CDK Python only when the file imports aws_cdk', () => {
    assert.ok(detectFormat('from aws_cdk import aws_s3 as s3\n', { uri: 'app.py' }));
    assert.ok(detectFormat('import aws_cdk as cdk\n', { languageId: 'python' }));
    assert.equal(detectFormat('import boto3\n', { uri: 'app.py' }), undefined);
  });
});
