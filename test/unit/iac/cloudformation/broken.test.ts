import * as assert from 'node:assert/strict';
import { parseCloudFormationJson } from '../../../../src/core/iac/cloudformation/json';
import { parseCloudFormationYaml } from '../../../../src/core/iac/cloudformation/yaml';
import type { ParsedDocument } from '../../../../src/core/model/types';
import { assertRangesSane, fixture, linkList, plainProps, posOf, resource, spanOf } from './helpers';

const errors = (d: ParsedDocument) => d.parseErrors.filter(e => e.severity === 'error');
const names = (d: ParsedDocument) => d.resources.map(r => `${r.name}:${r.type}`);

describe('CloudFormation YAML: half-typed and broken input', () => {
  it('unclosed quote: reports it and still finds the resources after it', () => {
    const text = fixture('bad/unclosed-quote.yaml');
    const doc = parseCloudFormationYaml(text);
    assert.deepEqual(errors(doc).map(e => e.message), ['Missing closing "quote']);
    assert.deepEqual(names(doc), ['First:AWS::SQS::Queue', 'Second:AWS::SNS::Topic']);
    // The recovered resource has exact ranges in the whole text.
    const second = resource(doc, 'Second');
    assert.deepEqual(second.nameRange, { start: posOf(text, 'Second'), end: posOf(text, 'Second', 0, 6) });
    assert.deepEqual(second.typeRange, spanOf(text, 'AWS::SNS::Topic'));
    assertRangesSane(text, doc);
  });

  it('`Type: AWS::S3::`, keys with no value, `!Ref` with nothing after it, a resource with no body', () => {
    const text = fixture('bad/half-typed.yaml');
    const doc = parseCloudFormationYaml(text);
    assert.ok(errors(doc).length > 0);
    const bucket = resource(doc, 'Bucket');
    // What the author typed so far, with its range; not a known kind.
    assert.equal(bucket.type, 'AWS::S3::');
    assert.equal(bucket.kind, 'unknown');
    assert.deepEqual(bucket.typeRange, spanOf(text, 'AWS::S3::'));
    assert.deepEqual(plainProps(bucket), { BucketName: null, VersioningConfiguration: null });
    assert.deepEqual(plainProps(resource(doc, 'Queue')), { DelaySeconds: { unknown: '!Ref' } });
    const pending = resource(doc, 'Pending');
    assert.equal(pending.type, '');
    assert.equal(pending.kind, 'unknown');
    assert.ok(doc.parseErrors.some(e => e.severity === 'warning' && e.message === "Resource 'Pending' has no definition (expected a map with Type and Properties)."));
    assertRangesSane(text, doc);
  });

  it('tabs as indentation: reported, later resources kept', () => {
    const text = fixture('bad/tabs.yaml');
    const doc = parseCloudFormationYaml(text);
    assert.ok(errors(doc).some(e => e.message === 'Tabs are not allowed as indentation' && e.range.start.line === 4));
    assert.deepEqual(names(doc), ['Bucket:AWS::S3::Bucket', 'Queue:AWS::SQS::Queue']);
    assertRangesSane(text, doc);
  });

  it('garbage lines: reported, resources before and after kept', () => {
    const text = fixture('bad/garbage.yaml');
    const doc = parseCloudFormationYaml(text);
    assert.ok(errors(doc).length > 0);
    assert.equal(errors(doc)[0].range.start.line, 6);
    assert.deepEqual(names(doc), ['Bucket:AWS::S3::Bucket', 'Queue:AWS::SQS::Queue']);
    assert.deepEqual(plainProps(resource(doc, 'Bucket')), { BucketName: 'logs' });
    assertRangesSane(text, doc);
  });

  it('duplicate keys are warnings at the repeated key', () => {
    const text = fixture('bad/duplicate-keys.yaml');
    const doc = parseCloudFormationYaml(text);
    assert.deepEqual(
      doc.parseErrors.map(e => [e.severity, e.message, e.range]),
      [
        ['warning', "Duplicate key 'Bucket'.", { start: posOf(text, 'Bucket:', 1), end: posOf(text, 'Bucket:', 1, 6) }],
        ['warning', "Duplicate key 'BucketName'.", spanOf(text, 'BucketName', 1)],
      ],
    );
  });

  it('links still resolve to a resource recovered after an error', () => {
    const text = ['Resources:', '  A:', '    Type: AWS::SQS::Queue', '    Properties:', "      QueueName: 'oops", '  B:', '    Type: AWS::SNS::Topic', '    Properties:', '      KmsMasterKeyId: !Ref A', ''].join('\n');
    const doc = parseCloudFormationYaml(text);
    assert.ok(errors(doc).length > 0);
    assert.deepEqual(names(doc), ['A:AWS::SQS::Queue', 'B:AWS::SNS::Topic']);
    assert.deepEqual(linkList(doc), ['B->A@KmsMasterKeyId']);
    assert.deepEqual(doc.links[0].range, spanOf(text, '!Ref A'));
  });

  it('is not CloudFormation-shaped: empty text, a scalar, a list, no Resources', () => {
    for (const text of ['', 'just text', '- a\n- b\n', 'Resources: 5\n', 'Resources:\n  - x\n', 'AWSTemplateFormatVersion: x\n']) {
      const doc = parseCloudFormationYaml(text);
      assert.deepEqual(doc.resources, [], JSON.stringify(text));
      assert.deepEqual(doc.links, []);
    }
  });
});

describe('CloudFormation JSON: half-typed and broken input', () => {
  it('missing closing braces: every resource kept, errors at the end', () => {
    const text = fixture('bad/missing-brace.json');
    const doc = parseCloudFormationJson(text);
    assert.deepEqual(names(doc), ['Bucket:AWS::S3::Bucket', 'Queue:AWS::SQS::Queue']);
    assert.deepEqual(plainProps(resource(doc, 'Queue')), { DelaySeconds: 5 });
    assert.ok(errors(doc).length > 0 && errors(doc).every(e => e.message === 'Closing brace `}` expected.'));
    // An unclosed object ends with its last value.
    assert.deepEqual(resource(doc, 'Queue').range.end, posOf(text, '5', 0, 1));
    assertRangesSane(text, doc);
  });

  it('missing commas, half-typed type and a key with no value', () => {
    const text = fixture('bad/missing-comma.json');
    const doc = parseCloudFormationJson(text);
    assert.deepEqual(names(doc), ['Bucket:AWS::S3::Bucket', 'Queue:AWS::SQS::']);
    assert.equal(resource(doc, 'Queue').kind, 'unknown');
    // `"DelaySeconds": }` is not null: it is not written yet.
    assert.deepEqual(plainProps(resource(doc, 'Queue')), { DelaySeconds: { unknown: '' } });
    assert.deepEqual(errors(doc).map(e => e.message), ['Comma expected.', 'Comma expected.', 'Value expected.']);
    assertRangesSane(text, doc);
  });

  it('an unclosed string is reported; what comes before it is kept', () => {
    const text = fixture('bad/unclosed-string.json');
    const doc = parseCloudFormationJson(text);
    assert.equal(errors(doc)[0].message, 'Unterminated string.');
    assert.deepEqual(errors(doc)[0].range.start, posOf(text, '"logs }'));
    assert.equal(resource(doc, 'Bucket').type, 'AWS::S3::Bucket');
    assertRangesSane(text, doc);
  });

  it('garbage lines and comments: reported, resources kept', () => {
    const text = fixture('bad/garbage.json');
    const doc = parseCloudFormationJson(text);
    assert.deepEqual(names(doc), ['Bucket:AWS::S3::Bucket', 'Queue:AWS::SQS::Queue']);
    assert.ok(errors(doc).some(e => e.message === 'Comments are not allowed in CloudFormation JSON.'));
    assert.ok(errors(doc).some(e => e.message === 'Invalid symbol.' && e.range.start.line === 5));
    assertRangesSane(text, doc);
  });

  it('is not CloudFormation-shaped: empty, array, scalar, Resources not an object', () => {
    for (const text of ['', '[]', '42', '{"Resources": []}', '{"Resources": {"A": 1}}', '{']) {
      const doc = parseCloudFormationJson(text);
      assert.equal(doc.links.length, 0, text);
      assertRangesSane(text, doc);
    }
    assert.deepEqual(names(parseCloudFormationJson('{"Resources": {"A": 1}}')), ['A:']);
  });
});

describe('CloudFormation: never throws on any prefix or mutilation of a good template', () => {
  const cases: [string, (t: string) => ParsedDocument][] = [
    ['good/web-app.yaml', parseCloudFormationYaml],
    ['good/intrinsics.yaml', parseCloudFormationYaml],
    ['good/flow-style.yaml', parseCloudFormationYaml],
    ['good/data-stack.json', parseCloudFormationJson],
  ];
  for (const [name, parse] of cases) {
    it(`${name}: every prefix (as if typed up to there) and deleted / doubled characters`, () => {
      const text = fixture(name);
      let seed = 7;
      const rand = (n: number) => {
        seed = (seed * 1103515245 + 12345) & 0x7fffffff;
        return seed % n;
      };
      const variants: string[] = [];
      for (let i = 0; i <= text.length; i += 13) variants.push(text.slice(0, i));
      for (let i = 0; i < 60; i++) {
        const at = rand(text.length);
        variants.push(text.slice(0, at) + text.slice(at + 1 + rand(3)));
        variants.push(text.slice(0, at) + '"\'{[!:\t-#'[rand(10)] + text.slice(at));
      }
      for (const v of variants) {
        const doc = parse(v);
        assertRangesSane(v, doc);
      }
    });
  }
});
