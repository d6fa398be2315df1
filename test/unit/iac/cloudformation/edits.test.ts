import * as assert from 'node:assert/strict';
import { cloudFormationEdits as E } from '../../../../src/core/iac/cloudformation/edits';
import { parseCloudFormationJson } from '../../../../src/core/iac/cloudformation/json';
import { parseCloudFormationYaml } from '../../../../src/core/iac/cloudformation/yaml';
import type { EditValue, NewResource } from '../../../../src/core/iac/editTypes';
import { applyEdits, type TextEdit } from '../../../../src/core/model/edits';
import type { ParsedDocument, Resource } from '../../../../src/core/model/types';
import { fixture, linkList, plainProps, resource } from './helpers';

type Parse = (text: string) => ParsedDocument;

interface Snapshot {
  resources: Record<string, { type: string; properties: Record<string, unknown> }>;
  links: string[];
}

function snapshot(doc: ParsedDocument): Snapshot {
  return {
    resources: Object.fromEntries(doc.resources.map(r => [r.name, { type: r.type, properties: plainProps(r) }])),
    links: linkList(doc).sort(),
  };
}

/** Sets `path` (dotted) in a plain properties object, creating maps on the way. */
function setIn(props: Record<string, unknown>, path: string, v: unknown): void {
  const keys = path.split('.');
  let o = props;
  for (const k of keys.slice(0, -1)) {
    if (typeof o[k] !== 'object' || o[k] === null) o[k] = {};
    o = o[k] as Record<string, unknown>;
  }
  o[keys[keys.length - 1]] = v;
}

function deleteIn(props: Record<string, unknown>, path: string): void {
  const keys = path.split('.');
  let o = props;
  for (const k of keys.slice(0, -1)) o = o[k] as Record<string, unknown>;
  delete o[keys[keys.length - 1]];
}

/** What the model should read for an EditValue (refs as the test helpers' {ref, att}). */
function expectedPlain(v: EditValue): unknown {
  if (v === null || typeof v !== 'object') return v;
  if (Array.isArray(v)) return v.map(expectedPlain);
  if ('$ref' in v) return v.attribute === undefined ? { ref: v.$ref } : { ref: v.$ref, att: v.attribute };
  return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, expectedPlain(x as EditValue)]));
}

class Case {
  readonly doc: ParsedDocument;
  constructor(
    readonly text: string,
    readonly parse: Parse,
  ) {
    this.doc = parse(text);
    assert.deepEqual(this.doc.parseErrors, [], 'fixture parses cleanly');
  }

  get target() {
    return { text: this.text, doc: this.doc };
  }

  r(name: string): Resource {
    return resource(this.doc, name);
  }

  /** Applies the edits, re-parses, checks there are no parse errors and that the model changed exactly as `change` says. */
  apply(edits: TextEdit[], change: (s: Snapshot) => void): string {
    assert.ok(edits.length > 0, 'expected an edit');
    const out = applyEdits(this.text, edits);
    const after = this.parse(out);
    assert.deepEqual(after.parseErrors, [], `no parse errors after the edit:\n${out}`);
    const expected = snapshot(this.doc);
    change(expected);
    expected.links.sort();
    assert.deepEqual(snapshot(after), expected, out);
    return out;
  }

  set(name: string, path: string, v: EditValue, links: string[] = []): string {
    return this.apply(E.setValue(this.target, this.r(name), path, v), s => {
      setIn(s.resources[name].properties, path, expectedPlain(v));
      s.links.push(...links);
    });
  }

  insert(name: string, path: string, v: EditValue, links: string[] = []): string {
    return this.apply(E.insertProperty(this.target, this.r(name), path, v), s => {
      setIn(s.resources[name].properties, path, expectedPlain(v));
      s.links.push(...links);
    });
  }

  remove(name: string, path: string, change: (s: Snapshot) => void = () => undefined): string {
    return this.apply(E.removeProperty(this.target, this.r(name), path), s => {
      deleteIn(s.resources[name].properties, path);
      change(s);
    });
  }

  add(res: NewResource, after?: string, links: string[] = []): string {
    return this.apply(E.addResource(this.target, res, after ? this.r(after) : undefined), s => {
      const entries = Object.entries(s.resources);
      const at = after ? entries.findIndex(([n]) => n === after) + 1 : entries.length;
      entries.splice(at, 0, [res.name, { type: res.type, properties: expectedPlain(res.properties) as Record<string, unknown> }]);
      s.resources = Object.fromEntries(entries);
      s.links.push(...links);
    });
  }
}

/** The lines of `out` from the one containing `first` through `count` lines. */
function linesFrom(out: string, first: string, count: number): string {
  const lines = out.split(/\r?\n/);
  const i = lines.findIndex(l => l.includes(first));
  assert.ok(i >= 0, `${first} not in output`);
  return lines.slice(i, i + count).join('\n');
}

describe('CloudFormation edits: block YAML, 2 spaces, single quotes (web-app.yaml)', () => {
  const c = new Case(fixture('good/web-app.yaml'), parseCloudFormationYaml);

  it('setValue: a scalar in place, keeping the rest of the line', () => {
    const out = c.set('LogsBucket', 'PublicAccessBlockConfiguration.RestrictPublicBuckets', true);
    assert.ok(out.includes('        RestrictPublicBuckets: true\n      LifecycleConfiguration:'));
  });

  it('setValue: references render as !Ref / !GetAtt and become links', () => {
    const out = c.set('Function', 'Environment.Variables.STAGE', { $ref: 'LogsBucket' }, ['Function->LogsBucket@Environment.Variables.STAGE']);
    assert.ok(out.includes('          STAGE: !Ref LogsBucket\n'));
    const out2 = c.set('Function', 'Environment.Variables.STAGE', { $ref: 'LogsBucket', attribute: 'Arn' }, ['Function->LogsBucket@Environment.Variables.STAGE']);
    assert.ok(out2.includes('          STAGE: !GetAtt LogsBucket.Arn\n'));
  });

  it('setValue: strings quoted only when YAML needs it, in the file\'s quote style', () => {
    assert.ok(c.set('AppSecurityGroup', 'GroupDescription', '웹 서버 🚀 tier').includes('      GroupDescription: 웹 서버 🚀 tier\n'));
    assert.ok(c.set('AppSecurityGroup', 'GroupDescription', 'a: b').includes("      GroupDescription: 'a: b'\n"));
    assert.ok(c.set('AppSecurityGroup', 'GroupDescription', 'yes').includes("      GroupDescription: 'yes'\n"));
    assert.ok(c.set('AppSecurityGroup', 'GroupDescription', "it's #1").includes("      GroupDescription: 'it''s #1'\n"));
    assert.ok(c.set('AppSecurityGroup', 'GroupDescription', "it's 1").includes("      GroupDescription: it's 1\n"));
    assert.ok(c.set('AppSecurityGroup', 'GroupDescription', '!Ref X').includes("      GroupDescription: '!Ref X'\n"));
    assert.ok(c.set('AppSecurityGroup', 'GroupDescription', '0123').includes("      GroupDescription: '0123'\n"));
    assert.ok(c.set('AppSecurityGroup', 'GroupDescription', 'two\nlines').includes('      GroupDescription: "two\\nlines"\n'));
  });

  it('setValue: a block map replaced by a nested map, and a scalar by a list', () => {
    const out = c.set('LogsBucket', 'VersioningConfiguration', { Status: 'Suspended', MFADelete: 'Disabled' });
    assert.equal(linesFrom(out, 'VersioningConfiguration:', 4), ['      VersioningConfiguration:', '        Status: Suspended', '        MFADelete: Disabled', '      PublicAccessBlockConfiguration:'].join('\n'));
    const out2 = c.set('AppSecurityGroup', 'GroupDescription', ['a', { $ref: 'LogsBucket' }], ['AppSecurityGroup->LogsBucket@GroupDescription']);
    assert.equal(linesFrom(out2, 'GroupDescription:', 4), ['      GroupDescription:', '        - a', '        - !Ref LogsBucket', '      VpcId: !Ref VpcId'].join('\n'));
  });

  it('setValue: [] when the property does not exist or the path goes through a list or an intrinsic', () => {
    assert.deepEqual(E.setValue(c.target, c.r('LogsBucket'), 'Nope', 1), []);
    assert.deepEqual(E.setValue(c.target, c.r('LogsBucket'), 'Tags.Key', 1), []);
    assert.deepEqual(E.setValue(c.target, c.r('LogsBucket'), 'BucketName.X', 1), []);
    assert.deepEqual(E.setValue(c.target, c.r('LogsBucket'), '', 1), []);
  });

  it('insertProperty: a new nested path after the last property, lists of maps in block style', () => {
    const value = { ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: { SSEAlgorithm: 'aws:kms', KMSMasterKeyID: { $ref: 'LogsBucketPolicy' } } }] };
    const out = c.insert('LogsBucket', 'BucketEncryption', value, ['LogsBucket->LogsBucketPolicy@BucketEncryption.ServerSideEncryptionConfiguration.ServerSideEncryptionByDefault.KMSMasterKeyID']);
    assert.equal(
      linesFrom(out, 'Value: "플랫폼 🚀"', 7),
      [
        '          Value: "플랫폼 🚀"',
        '      BucketEncryption:',
        '        ServerSideEncryptionConfiguration:',
        '          - ServerSideEncryptionByDefault:',
        '              SSEAlgorithm: aws:kms',
        '              KMSMasterKeyID: !Ref LogsBucketPolicy',
        '',
      ].join('\n'),
    );
  });

  it('insertProperty: into an existing nested map, at its keys\' column; missing parents created', () => {
    const out = c.insert('LogsBucket', 'VersioningConfiguration.MFADelete', 'Disabled');
    assert.equal(linesFrom(out, 'VersioningConfiguration:', 3), ['      VersioningConfiguration:', '        Status: Enabled', '        MFADelete: Disabled'].join('\n'));
    const out2 = c.insert('Function', 'TracingConfig.Mode', 'Active');
    assert.equal(linesFrom(out2, 'return {"ok": True}', 4), ['              return {"ok": True}', '      TracingConfig:', '        Mode: Active', ''].join('\n'));
    const out3 = c.insert('LogsBucketPolicy', 'PolicyDocument.Id', 'policy-1');
    assert.ok(out3.includes("        Version: '2012-10-17'\n        Statement:"));
    assert.ok(out3.includes('                aws:SecureTransport: false\n        Id: policy-1\n'));
  });

  it('insertProperty: an existing path is replaced, not duplicated', () => {
    const out = c.insert('Function', 'MemorySize', 1024);
    assert.ok(out.includes('      MemorySize: 1024\n'));
    assert.ok(!out.includes('MemorySize: 256'));
  });

  it('insertProperty: [] through a list, an intrinsic or a scalar', () => {
    assert.deepEqual(E.insertProperty(c.target, c.r('AppSecurityGroup'), 'SecurityGroupIngress.CidrIp', 'x'), []);
    assert.deepEqual(E.insertProperty(c.target, c.r('LogsBucket'), 'BucketName.Part', 'x'), []);
    assert.deepEqual(E.insertProperty(c.target, c.r('Function'), 'Runtime.Version', 'x'), []);
  });

  it('removeProperty: a line, a nested block, the only key of a map (leaves {})', () => {
    const out = c.remove('LogsBucket', 'PublicAccessBlockConfiguration.RestrictPublicBuckets');
    assert.ok(out.includes('        IgnorePublicAcls: true\n      LifecycleConfiguration:'));
    const out2 = c.remove('LogsBucket', 'LifecycleConfiguration');
    assert.ok(out2.includes('          Value: !Join') === false && out2.includes('        RestrictPublicBuckets: false\n      Tags:\n'));
    const out3 = c.remove('LogsBucket', 'VersioningConfiguration.Status');
    assert.ok(out3.includes('      VersioningConfiguration: {}\n      PublicAccessBlockConfiguration:'));
    c.remove('Function', 'Code');
    c.remove('LogsBucketPolicy', 'Bucket', s => s.links.splice(s.links.indexOf('LogsBucketPolicy->LogsBucket@Bucket'), 1));
  });

  it('removeProperty: [] for a missing property', () => {
    assert.deepEqual(E.removeProperty(c.target, c.r('LogsBucket'), 'Nope.Nope'), []);
  });

  it('addResource: after a resource or at the end, with the file\'s indentation and blank-line rhythm', () => {
    const policy: NewResource = { type: 'AWS::S3::BucketPolicy', name: 'ExtraPolicy', properties: { Bucket: { $ref: 'LogsBucket' }, PolicyDocument: { Statement: [] } } };
    const out = c.add(policy, 'LogsBucket', ['ExtraPolicy->LogsBucket@Bucket']);
    assert.equal(
      linesFrom(out, 'Value: "플랫폼 🚀"', 9),
      ['          Value: "플랫폼 🚀"', '', '  ExtraPolicy:', '    Type: AWS::S3::BucketPolicy', '    Properties:', '      Bucket: !Ref LogsBucket', '      PolicyDocument:', '        Statement: []', ''].join('\n'),
    );
    const out2 = c.add({ type: 'AWS::SNS::Topic', name: 'Alerts', properties: {} });
    assert.ok(out2.includes('          CidrIp: !If [IsProd, 10.0.0.0/8, 0.0.0.0/0]\n\n  Alerts:\n    Type: AWS::SNS::Topic\n\nOutputs:'));
    assert.deepEqual(E.addResource(c.target, { type: 'AWS::SNS::Topic', name: 'Function', properties: {} }), [], 'name taken');
  });

  it('refuses stale models and files with syntax errors', () => {
    const stale = { ...c.r('Function'), nameRange: c.r('LogsBucket').nameRange };
    assert.deepEqual(E.setValue(c.target, stale, 'MemorySize', 1), []);
    const broken = c.text.replace("'2012-10-17'\n        Statement:\n          - Sid", "'2012-10-17\n        Statement:\n          - Sid");
    assert.deepEqual(E.setValue({ text: broken, doc: parseCloudFormationYaml(broken) }, c.r('Function'), 'MemorySize', 1), []);
  });
});

describe('CloudFormation edits: resources without Properties, empty Properties, CRLF (YAML)', () => {
  const text = [
    'Resources:',
    '  Topic:',
    '    Type: AWS::SNS::Topic',
    '    DependsOn: Queue',
    '  Queue:',
    '    Type: AWS::SQS::Queue',
    '    Properties:',
    '  Key:',
    '    Type: AWS::KMS::Key',
    '    Properties: {}',
    '',
  ].join('\n');

  it('creates Properties when the resource has none', () => {
    const c = new Case(text, parseCloudFormationYaml);
    const out = c.insert('Topic', 'KmsMasterKeyId', { $ref: 'Key', attribute: 'Arn' }, ['Topic->Key@KmsMasterKeyId']);
    assert.ok(out.startsWith('Resources:\n  Topic:\n    Type: AWS::SNS::Topic\n    DependsOn: Queue\n    Properties:\n      KmsMasterKeyId: !GetAtt Key.Arn\n  Queue:'));
  });

  it('fills an empty `Properties:` and an empty flow `{}`', () => {
    const c = new Case(text, parseCloudFormationYaml);
    const out = c.insert('Queue', 'RedrivePolicy.maxReceiveCount', 3);
    assert.ok(out.includes('    Properties:\n      RedrivePolicy:\n        maxReceiveCount: 3\n  Key:'));
    const out2 = c.insert('Key', 'EnableKeyRotation', true);
    assert.ok(out2.includes('    Properties: { EnableKeyRotation: true }\n'));
  });

  it('keeps CRLF line endings', () => {
    const crlf = text.replace(/\n/g, '\r\n');
    const c = new Case(crlf, parseCloudFormationYaml);
    const out = c.insert('Topic', 'DisplayName', 'alerts');
    assert.ok(out.includes('    DependsOn: Queue\r\n    Properties:\r\n      DisplayName: alerts\r\n  Queue:'));
    assert.ok(!/[^\r]\n/.test(out));
    const out2 = c.add({ type: 'AWS::SQS::Queue', name: 'Dlq', properties: { DelaySeconds: 1 } });
    assert.ok(out2.endsWith('    Properties: {}\r\n  Dlq:\r\n    Type: AWS::SQS::Queue\r\n    Properties:\r\n      DelaySeconds: 1\r\n'));
  });
});

describe('CloudFormation edits: flow-style YAML', () => {
  const c = new Case(fixture('good/flow-style.yaml'), parseCloudFormationYaml);

  it('setValue inside a flow map keeps flow style', () => {
    const out = c.set('Queue', 'VisibilityTimeout', 120);
    assert.ok(out.includes('Properties: { VisibilityTimeout: 120, KmsMasterKeyId: { Ref: Key },'));
    const out2 = c.set('Queue', 'Tags', [{ Key: 'team', Value: { $ref: 'Key' } }, 'a,b'], ['Queue->Key@Tags.Value']);
    assert.ok(out2.includes('Tags: [{ Key: team, Value: !Ref Key }, "a,b"] } }'));
  });

  it('insertProperty appends to a flow map, nested maps in flow style', () => {
    const out = c.insert('Queue', 'MessageRetentionPeriod', 345600);
    assert.ok(out.includes('Tags: [{ Key: stage, Value: { Ref: Stage } }], MessageRetentionPeriod: 345600 } }'));
    const out2 = c.insert('Queue', 'RedrivePolicy.maxReceiveCount', 5);
    assert.ok(out2.includes(', RedrivePolicy: { maxReceiveCount: 5 } } }'));
    const out3 = c.insert('Key', 'KeyUsage', 'ENCRYPT_DECRYPT');
    assert.ok(out3.includes('Properties: { EnableKeyRotation: true, Description: "큐 암호화 키 🔑", KeyUsage: ENCRYPT_DECRYPT }'));
    // Double quotes are this file's style.
    const out4 = c.insert('Key', 'Alias', 'a: b');
    assert.ok(out4.includes(', Alias: "a: b" }'));
  });

  it('removeProperty in a flow map takes one comma with it', () => {
    const out = c.remove('Key', 'EnableKeyRotation');
    assert.ok(out.includes('Properties: { Description: "큐 암호화 키 🔑" }'));
    const out2 = c.remove('Queue', 'Tags');
    assert.ok(out2.includes('Properties: { VisibilityTimeout: 60, KmsMasterKeyId: { Ref: Key } } }'));
    const out3 = c.remove('Queue', 'KmsMasterKeyId', s => s.links.splice(s.links.indexOf('Queue->Key@KmsMasterKeyId'), 1));
    assert.ok(out3.includes('{ VisibilityTimeout: 60, Tags:'));
  });

  it('a block map inside a flow-style file: block edits where the map is block', () => {
    const out = c.insert('Topic', 'TracingConfig', 'Active');
    assert.ok(out.endsWith('{ Prefix: { Ref: Stage } }] }\n      TracingConfig: Active\n'));
  });
});

describe('CloudFormation edits: block YAML, 4 spaces, double quotes, indentless lists (four-space.yaml)', () => {
  const c = new Case(fixture('good/four-space.yaml'), parseCloudFormationYaml);

  it('nests new levels by 4 spaces and writes lists like the file does', () => {
    const out = c.insert('Table', 'Tags', [{ Key: 'owner', Value: 'yes' }]);
    assert.ok(out.endsWith('            BillingMode: PAY_PER_REQUEST\n            Tags:\n            - Key: owner\n              Value: "yes"\n'));
    const out2 = c.insert('Bucket', 'VersioningConfiguration.Status', 'Enabled');
    assert.ok(out2.includes('              Value: "팀 🚀"\n            VersioningConfiguration:\n                Status: Enabled\n\n    Table:'));
  });

  it('adds a resource with 4-space indentation and a blank line, like the others', () => {
    const out = c.add({ type: 'AWS::SQS::Queue', name: 'Queue', properties: { VisibilityTimeout: 30, RedrivePolicy: { maxReceiveCount: 2 } } });
    assert.ok(out.endsWith('            BillingMode: PAY_PER_REQUEST\n\n    Queue:\n        Type: AWS::SQS::Queue\n        Properties:\n            VisibilityTimeout: 30\n            RedrivePolicy:\n                maxReceiveCount: 2\n'));
  });

  it('removes a list-valued property and the first key of a map', () => {
    const out = c.remove('Bucket', 'Tags');
    assert.ok(out.includes('            BucketName: "four-space-logs"\n\n    Table:'));
    const out2 = c.remove('Bucket', 'BucketName');
    assert.ok(out2.includes('        Properties:\n            Tags:\n'));
  });
});

describe('CloudFormation edits: JSON, 2 spaces, trailing content (data-stack.json)', () => {
  const c = new Case(fixture('good/data-stack.json'), parseCloudFormationJson);

  it('setValue: literals and references in JSON form', () => {
    const out = c.set('Table', 'PointInTimeRecoverySpecification.PointInTimeRecoveryEnabled', true);
    assert.ok(out.includes('"PointInTimeRecoverySpecification": { "PointInTimeRecoveryEnabled": true }'));
    const out2 = c.set('ReaderKey', 'Status', { $ref: 'DataKey' }, ['ReaderKey->DataKey@Status']);
    assert.ok(out2.includes('"Status": {"Ref": "DataKey"} }'));
    const out3 = c.set('Table', 'BillingMode', { $ref: 'DataKey', attribute: 'Arn' }, ['Table->DataKey@BillingMode']);
    assert.ok(out3.includes('        "BillingMode": {"Fn::GetAtt": ["DataKey", "Arn"]},\n'));
  });

  it('setValue: a multi-line map in a multi-line object, one-line in a one-line object', () => {
    const out = c.set('DataKey', 'Description', { Text: '설명 🚀', Lines: [1, 2] });
    assert.equal(linesFrom(out, '"Description": {', 8), ['        "Description": {', '          "Text": "설명 🚀",', '          "Lines": [', '            1,', '            2', '          ]', '        },', '        "EnableKeyRotation": true,'].join('\n'));
    const out2 = c.set('Table', 'SSESpecification.SSEType', { A: [1] });
    assert.ok(out2.includes('"SSEType": {"A": [1]}, "KMSMasterKeyId"'));
  });

  it('insertProperty: nested creation after the last property, commas right', () => {
    const out = c.insert('Table', 'StreamSpecification.StreamViewType', 'NEW_IMAGE');
    assert.ok(out.includes('"PointInTimeRecoverySpecification": { "PointInTimeRecoveryEnabled": false },\n        "StreamSpecification": {\n          "StreamViewType": "NEW_IMAGE"\n        }\n      }\n    },\n    "Reader"'));
  });

  it('insertProperty: into a one-line object; into the last resource before Outputs', () => {
    const out = c.insert('Table', 'SSESpecification.Extra', [1, 'x']);
    assert.ok(out.includes('"KMSMasterKeyId": { "Ref": "DataKey" }, "Extra": [1, "x"] },'));
    const out2 = c.insert('ReaderKey', 'Serial', 2);
    assert.ok(out2.includes('"Properties": { "UserName": { "Ref": "Reader" }, "Status": "Active", "Serial": 2 }\n    }\n  },\n  "Outputs"'));
  });

  it('removeProperty: first, middle, last and only', () => {
    const out = c.remove('ReaderKey', 'Status');
    assert.ok(out.includes('"Properties": { "UserName": { "Ref": "Reader" } }'));
    const out2 = c.remove('ReaderKey', 'UserName', s => s.links.splice(s.links.indexOf('ReaderKey->Reader@UserName'), 1));
    assert.ok(out2.includes('"Properties": { "Status": "Active" }'));
    const out3 = c.remove('Table', 'KeySchema');
    assert.ok(out3.includes('"AttributeDefinitions": [{ "AttributeName": "pk", "AttributeType": "S" }],\n        "SSESpecification"'));
    const out4 = c.remove('Table', 'PointInTimeRecoverySpecification');
    assert.ok(out4.includes('        "TableName": { "Fn::Join": ["-", [{ "Ref": "Env" }, "items", { "Fn::GetAtt": ["DataKey", "KeyId"] }]] }\n      }\n    },'));
    const out5 = c.remove('Table', 'PointInTimeRecoverySpecification.PointInTimeRecoveryEnabled');
    assert.ok(out5.includes('"PointInTimeRecoverySpecification": {}'));
  });

  it('addResource: at the end of Resources (Outputs after it) and after a given resource', () => {
    const out = c.add({ type: 'AWS::SNS::Topic', name: 'Alerts', properties: { KmsMasterKeyId: { $ref: 'DataKey' } } }, undefined, ['Alerts->DataKey@KmsMasterKeyId']);
    assert.ok(out.includes('"Status": "Active" }\n    },\n    "Alerts": {\n      "Type": "AWS::SNS::Topic",\n      "Properties": {\n        "KmsMasterKeyId": {"Ref": "DataKey"}\n      }\n    }\n  },\n  "Outputs"'));
    const out2 = c.add({ type: 'AWS::SNS::Topic', name: 'Early', properties: {} }, 'DataKey');
    assert.ok(out2.includes('    },\n    "Early": {\n      "Type": "AWS::SNS::Topic"\n    },\n    "Table": {'));
  });

  it('keeps CRLF line endings', () => {
    const crlf = new Case(c.text.replace(/\n/g, '\r\n'), parseCloudFormationJson);
    const out = crlf.insert('Table', 'StreamSpecification.StreamViewType', 'KEYS_ONLY');
    assert.ok(out.includes('"PointInTimeRecoveryEnabled": false },\r\n        "StreamSpecification": {\r\n          "StreamViewType": "KEYS_ONLY"\r\n        }\r\n      }'));
    assert.ok(!/[^\r]\n/.test(out));
  });

  it('fills a null step instead of failing', () => {
    const nulls = new Case('{\n  "Resources": {\n    "Q": {\n      "Type": "AWS::SQS::Queue",\n      "Properties": null\n    }\n  }\n}\n', parseCloudFormationJson);
    const out = nulls.insert('Q', 'RedrivePolicy.maxReceiveCount', 4);
    assert.ok(out.includes('"Properties": {\n        "RedrivePolicy": {\n          "maxReceiveCount": 4\n        }\n      }\n    }'));
  });

  it('refuses files with syntax errors and unsafe paths', () => {
    const broken = c.text.replace('"BillingMode": "PAY_PER_REQUEST",', '"BillingMode": "PAY_PER_REQUEST"');
    assert.deepEqual(E.insertProperty({ text: broken, doc: parseCloudFormationJson(broken) }, c.r('Table'), 'X', 1), []);
    assert.deepEqual(E.insertProperty(c.target, c.r('Table'), 'KeySchema.X', 1), []);
    assert.deepEqual(E.insertProperty(c.target, c.r('Table'), 'TableName.X', 1), []);
    assert.deepEqual(E.setValue(c.target, c.r('Table'), 'Missing', 1), []);
  });
});

describe('CloudFormation edits: JSON with 4 spaces and with tabs', () => {
  it('4 spaces: one-line resources, a resource followed by Outputs', () => {
    const c = new Case(fixture('good/four-space.json'), parseCloudFormationJson);
    const out = c.insert('Bucket', 'VersioningConfiguration.Status', 'Enabled');
    assert.ok(out.includes('                "BucketName": "logs-4-space",\n                "VersioningConfiguration": {\n                    "Status": "Enabled"\n                }\n            }'));
    const out2 = c.insert('Queue', 'DelaySeconds', 5);
    assert.ok(out2.includes('"Queue": {"Type": "AWS::SQS::Queue", "Properties": {"VisibilityTimeout": 30, "DelaySeconds": 5}}\n    },'));
    const out3 = c.add({ type: 'AWS::SNS::Topic', name: 'Topic', properties: { DisplayName: 'x' } });
    assert.ok(out3.includes('{"VisibilityTimeout": 30}},\n        "Topic": {\n            "Type": "AWS::SNS::Topic",\n            "Properties": {\n                "DisplayName": "x"\n            }\n        }\n    },\n    "Outputs"'));
  });

  it('tabs: creates Properties with tab indentation', () => {
    const c = new Case(fixture('good/tabs.json'), parseCloudFormationJson);
    const out = c.insert('Bucket', 'BucketName', 'logs');
    assert.equal(out, '{\n\t"AWSTemplateFormatVersion": "2010-09-09",\n\t"Resources": {\n\t\t"Bucket": {\n\t\t\t"Type": "AWS::S3::Bucket",\n\t\t\t"Properties": {\n\t\t\t\t"BucketName": "logs"\n\t\t\t}\n\t\t}\n\t}\n}\n');
  });

  it('an empty Resources object and an empty Properties object', () => {
    const c = new Case('{\n  "Resources": {\n    "A": { "Type": "AWS::SQS::Queue", "Properties": {} }\n  }\n}\n', parseCloudFormationJson);
    const out = c.insert('A', 'DelaySeconds', 1);
    assert.ok(out.includes('"Properties": {\n      "DelaySeconds": 1\n    } }'));
    const empty = new Case('{\n  "AWSTemplateFormatVersion": "2010-09-09",\n  "Resources": {}\n}\n', parseCloudFormationJson);
    const out2 = empty.add({ type: 'AWS::SQS::Queue', name: 'Q', properties: {} });
    assert.equal(out2, '{\n  "AWSTemplateFormatVersion": "2010-09-09",\n  "Resources": {\n    "Q": {\n      "Type": "AWS::SQS::Queue"\n    }\n  }\n}\n');
  });
});

describe('CloudFormation edits: not CloudFormation', () => {
  it('returns [] for other formats', () => {
    const c = new Case(fixture('good/web-app.yaml'), parseCloudFormationYaml);
    const tf = { ...c.doc, format: 'terraform' as const, syntax: 'hcl' as const };
    assert.deepEqual(E.setValue({ text: c.text, doc: tf }, c.r('Function'), 'MemorySize', 1), []);
  });
});
