import * as assert from 'node:assert/strict';
import { parseCloudFormationJson } from '../../../../src/core/iac/cloudformation/json';
import { assertRangesSane, between, fixture, linkList, plain, posOf, prop, resource, spanOf, value } from './helpers';

describe('CloudFormation JSON (data-stack.json)', () => {
  const text = fixture('good/data-stack.json');
  const doc = parseCloudFormationJson(text);

  it('parses without errors', () => {
    assert.deepEqual(doc.parseErrors, []);
    assert.equal(doc.format, 'cloudformation');
    assert.equal(doc.syntax, 'json');
    assert.deepEqual(
      doc.resources.map(r => [r.name, r.type, r.kind]),
      [
        ['DataKey', 'AWS::KMS::Key', 'aws.kms.key'],
        ['Table', 'AWS::DynamoDB::Table', 'aws.dynamodb.table'],
        ['Reader', 'AWS::IAM::User', 'aws.iam.user'],
        ['ReaderKey', 'AWS::IAM::AccessKey', 'aws.iam.access-key'],
      ],
    );
    assertRangesSane(text, doc);
  });

  it('gives exact ranges: the resource from its key token, name and type without quotes', () => {
    const key = resource(doc, 'DataKey');
    assert.deepEqual(key.nameRange, { start: posOf(text, 'DataKey'), end: posOf(text, 'DataKey', 0, 'DataKey'.length) });
    assert.deepEqual(key.typeRange, spanOf(text, 'AWS::KMS::Key'));
    const reader = resource(doc, 'ReaderKey');
    // From the opening quote of the key to the closing brace of its object, two lines below.
    assert.deepEqual(reader.range, { start: posOf(text, '"ReaderKey"'), end: { line: posOf(text, '"ReaderKey"').line + 3, character: 5 } });
    assert.deepEqual(resource(doc, 'Table').range, { start: posOf(text, '"Table": {'), end: { line: posOf(text, '"PointInTimeRecoverySpecification"').line + 2, character: 5 } });
  });

  it('gives properties their key (no quotes), value (with quotes) and whole ranges after Korean and emoji', () => {
    const description = prop(resource(doc, 'DataKey'), 'Description');
    assert.deepEqual(description.keyRange, { start: posOf(text, 'Description', 1), end: posOf(text, 'Description', 1, 11) });
    assert.deepEqual(description.value, { kind: 'string', value: '테이블 암호화 키 🔑', range: spanOf(text, '"테이블 암호화 키 🔑"') });
    assert.deepEqual(description.range, spanOf(text, '"Description": "테이블 암호화 키 🔑"'));
    // 🔑 counts two UTF-16 units: the closing quote is at 8 + 13 + 2 + 12 - 1.
    assert.equal(description.value.range.end.character, 8 + '"Description": '.length + '"테이블 암호화 키 🔑"'.length);
  });

  it('reads literals, maps and lists', () => {
    const table = resource(doc, 'Table');
    assert.deepEqual(plain(value(table, 'AttributeDefinitions')), [{ AttributeName: 'pk', AttributeType: 'S' }]);
    assert.deepEqual(plain(value(table, 'PointInTimeRecoverySpecification')), { PointInTimeRecoveryEnabled: false });
    assert.deepEqual(plain(value(table, 'SSESpecification')), { SSEEnabled: true, SSEType: 'KMS', KMSMasterKeyId: { ref: 'DataKey' } });
    assert.deepEqual(plain(value(resource(doc, 'DataKey'), 'EnableKeyRotation')), true);
  });

  it('reads {"Ref"} and {"Fn::GetAtt"} as references with their source text', () => {
    const ref = value(resource(doc, 'ReaderKey'), 'UserName');
    assert.deepEqual(ref, { kind: 'reference', target: 'Reader', text: '{ "Ref": "Reader" }', range: spanOf(text, '{ "Ref": "Reader" }') });
    const statement = value(resource(doc, 'Reader'), 'Policies');
    assert.equal(statement.kind, 'list');
    const getAtt = '{ "Fn::GetAtt": ["Table", "Arn"] }';
    const found = JSON.stringify(statement).includes(JSON.stringify({ kind: 'reference', target: 'Table', attribute: 'Arn', text: getAtt, range: spanOf(text, getAtt) }).slice(1, -1));
    assert.ok(found, 'GetAtt inside Policies[0].PolicyDocument.Statement[0].Resource');
  });

  it('keeps Fn::Join and Fn::Sub as unknown text', () => {
    const join = '{ "Fn::Join": ["-", [{ "Ref": "Env" }, "items", { "Fn::GetAtt": ["DataKey", "KeyId"] }]] }';
    assert.deepEqual(value(resource(doc, 'Table'), 'TableName'), { kind: 'unknown', text: join, range: spanOf(text, join) });
    assert.deepEqual(plain(value(resource(doc, 'Reader'), 'UserName')), { unknown: '{ "Fn::Sub": "${Env}-reader-${Table}" }' });
  });

  it('links DependsOn, Ref, GetAtt inside Join and Sub; not parameters, not Outputs', () => {
    assert.deepEqual(linkList(doc), [
      'Table->DataKey@DependsOn',
      'Table->DataKey@SSESpecification.KMSMasterKeyId',
      'Table->DataKey@TableName',
      'Reader->Table@UserName',
      'Reader->Table@Policies.PolicyDocument.Statement.Resource',
      'ReaderKey->Reader@UserName',
    ]);
    assert.deepEqual(doc.links[0].range, spanOf(text, 'DataKey', 1)); // inside ["DataKey"], no quotes
    assert.deepEqual(doc.links[2].range, spanOf(text, '{ "Fn::GetAtt": ["DataKey", "KeyId"] }'));
    assert.deepEqual(doc.links[3].range, spanOf(text, '${Table}'));
  });
});

describe('CloudFormation JSON: layout variants', () => {
  it('counts a tab as one column', () => {
    const text = fixture('good/tabs.json');
    const doc = parseCloudFormationJson(text);
    assert.deepEqual(doc.parseErrors, []);
    const b = resource(doc, 'Bucket');
    assert.deepEqual(b.nameRange, { start: { line: 3, character: 3 }, end: { line: 3, character: 9 } });
    assert.deepEqual(b.typeRange, { start: { line: 4, character: 12 }, end: { line: 4, character: 27 } });
    assert.deepEqual(b.range, { start: { line: 3, character: 2 }, end: { line: 5, character: 3 } });
  });

  it('reads one-line resources and CRLF files with the same ranges', () => {
    const text = fixture('good/four-space.json');
    const doc = parseCloudFormationJson(text);
    assert.deepEqual(doc.parseErrors, []);
    const q = resource(doc, 'Queue');
    assert.deepEqual(q.range, spanOf(text, '"Queue": {"Type": "AWS::SQS::Queue", "Properties": {"VisibilityTimeout": 30}}'));
    assert.deepEqual(value(q, 'VisibilityTimeout'), { kind: 'number', value: 30, range: spanOf(text, '30') });
    const crlf = parseCloudFormationJson(text.replace(/\n/g, '\r\n'));
    assert.deepEqual(crlf, doc);
  });

  it('reports comments and trailing commas, which CloudFormation rejects, and still reads the resources', () => {
    const text = '{\n  // note\n  "Resources": {\n    "Q": { "Type": "AWS::SQS::Queue", },\n  }\n}\n';
    const doc = parseCloudFormationJson(text);
    assert.deepEqual(doc.resources.map(r => r.name), ['Q']);
    assert.deepEqual(
      doc.parseErrors.map(e => [e.message, e.range.start]),
      [
        ['Comments are not allowed in CloudFormation JSON.', { line: 1, character: 2 }],
        ['Trailing comma: CloudFormation JSON does not allow it.', { line: 3, character: 36 }],
        ['Trailing comma: CloudFormation JSON does not allow it.', { line: 3, character: 39 }],
      ],
    );
  });
});

describe('CloudFormation JSON: Properties written as an intrinsic', () => {
  it('keeps them as one `...` entry (properties we cannot see into)', () => {
    const text = '{\n  "Resources": {\n    "Db": {\n      "Type": "AWS::RDS::DBInstance",\n      "Properties": { "Fn::If": ["Prod", { "MultiAZ": true }, { "MultiAZ": false }] }\n    }\n  }\n}\n';
    const doc = parseCloudFormationJson(text);
    assert.deepEqual(doc.parseErrors, []);
    const db = resource(doc, 'Db');
    assert.deepEqual(db.properties.map(p => [p.key, p.value.kind]), [['...', 'unknown']]);
    assert.deepEqual(db.properties[0].keyRange, { start: { line: 4, character: 7 }, end: { line: 4, character: 17 } });
    assertRangesSane(text, doc);
  });
});
