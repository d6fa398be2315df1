import * as assert from 'node:assert/strict';
import { parseDocument } from '../../../src/core/iac/parseDocument';
import { applyEdits } from '../../../src/core/model/edits';
import { lint } from '../../../src/core/rules/engine';
import s3Versioning from '../../../src/core/rules/s3/s3-versioning-enabled';
import { suppressionEdits, type SuppressionStyle } from '../../../src/core/rules/suppressionEdits';

async function suppress(code: string, file: string, resource: string, style?: SuppressionStyle, reason = 'scratch data') {
  const doc = await parseDocument(code, { uri: `file:///t/${file}` });
  const edits = suppressionEdits(code, doc, { ruleId: 's3-versioning-enabled', resource, reason, style });
  const out = applyEdits(code, edits);
  const after = await parseDocument(out, { uri: `file:///t/${file}` });
  assert.deepEqual(after.parseErrors, [], `parses after:\n${out}`);
  const r = lint(after, out, { rules: [s3Versioning], today: '2026-11-23' });
  return { out, findings: r.findings.map(f => `${f.ruleId}:${f.resource.address}`), suppressed: r.suppressed.map(s => s.finding.resource.address) };
}

describe('suppression edits', () => {
  it('YAML: a comment above the logical id, in its indentation', async () => {
    const r = await suppress('Resources:\n  Logs:\n    Type: AWS::S3::Bucket\n', 'a.yaml', 'Logs');
    assert.equal(r.out, 'Resources:\n  # aws-field-guide:ignore s3-versioning-enabled -- scratch data\n  Logs:\n    Type: AWS::S3::Bucket\n');
    assert.deepEqual(r.suppressed, ['Logs']);
  });

  it('YAML: Metadata when preferred, also at the end of a file without a final line break', async () => {
    const r = await suppress('Resources:\n  Logs:\n    Type: AWS::S3::Bucket\n    Properties: {}\n', 'a.yaml', 'Logs', 'metadata', 'it\'s "temporary"');
    assert.equal(r.out, 'Resources:\n  Logs:\n    Type: AWS::S3::Bucket\n    Metadata:\n      aws-field-guide:\n        ignore: [s3-versioning-enabled]\n        reason: "it\'s \\"temporary\\""\n    Properties: {}\n');
    assert.deepEqual(r.findings, []);
    const end = await suppress('Resources:\n  Logs:\n    Type: AWS::S3::Bucket', 'a.yaml', 'Logs', 'metadata');
    assert.deepEqual(end.suppressed, ['Logs']);
  });

  it('YAML: an existing Metadata section is left alone; the comment is used instead', async () => {
    const r = await suppress('Resources:\n  Logs:\n    Type: AWS::S3::Bucket\n    Metadata:\n      Owner: data\n', 'a.yaml', 'Logs', 'metadata');
    assert.match(r.out, /^ {2}# aws-field-guide:ignore s3-versioning-enabled -- scratch data\n {2}Logs:/m);
    assert.deepEqual(r.suppressed, ['Logs']);
  });

  it('JSON: Metadata after the Type, whether Type is the last member or not', async () => {
    const last = await suppress('{\n  "Resources": {\n    "Logs": {\n      "Type": "AWS::S3::Bucket"\n    }\n  }\n}\n', 'a.json', 'Logs');
    assert.equal(last.out, '{\n  "Resources": {\n    "Logs": {\n      "Type": "AWS::S3::Bucket",\n      "Metadata": {"aws-field-guide":{"ignore":["s3-versioning-enabled"],"reason":"scratch data"}}\n    }\n  }\n}\n');
    assert.deepEqual(last.suppressed, ['Logs']);
    const middle = await suppress('{"Resources": {"Logs": {"Type": "AWS::S3::Bucket", "Properties": {}}}}', 'a.json', 'Logs');
    assert.deepEqual(middle.suppressed, ['Logs']);
  });

  it('Terraform, TypeScript and Python comments', async () => {
    const tf = await suppress('resource "aws_s3_bucket" "logs" {\n  bucket = "logs"\n}\n', 'main.tf', 'aws_s3_bucket.logs');
    assert.equal(tf.out, '# aws-field-guide:ignore s3-versioning-enabled -- scratch data\nresource "aws_s3_bucket" "logs" {\n  bucket = "logs"\n}\n');
    assert.deepEqual(tf.suppressed, ['aws_s3_bucket.logs']);
    const ts = await suppress("import * as s3 from 'aws-cdk-lib/aws-s3';\nclass S {\n  constructor() {\n    const b = new s3.Bucket(this, 'Logs', {});\n  }\n}\n", 'stack.ts', 'Logs');
    assert.match(ts.out, /\n {4}\/\/ aws-field-guide:ignore s3-versioning-enabled -- scratch data\n {4}const b = new s3\.Bucket/);
    assert.deepEqual(ts.suppressed, ['Logs']);
    const py = await suppress('from aws_cdk import aws_s3 as s3\n\nclass S:\n    def __init__(self):\n        s3.Bucket(self, "Logs")\n', 'app.py', 'Logs');
    assert.match(py.out, /\n {8}# aws-field-guide:ignore s3-versioning-enabled -- scratch data\n {8}s3\.Bucket/);
    assert.deepEqual(py.suppressed, ['Logs']);
  });

  it('the reason stays one line of data', async () => {
    const r = await suppress('Resources:\n  Logs:\n    Type: AWS::S3::Bucket\n', 'a.yaml', 'Logs', 'comment', 'line one\nline two');
    assert.match(r.out, /-- line one line two\n/);
  });
});
