import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseCdkTypeScript } from '../../../../src/core/iac/cdk/typescript';
import type { ParsedDocument } from '../../../../src/core/model/types';
import { FIXTURES, fixture, plainProperties, plainValue, prop, rangeOf, resource, bool, unk, str } from './helpers';

function names(doc: ParsedDocument): string[] {
  return doc.resources.map(r => r.name);
}

describe('cdk-typescript parser on half-typed code', () => {
  it('`{ versioned: true, encr` with no closing brace keeps the construct after it', () => {
    const text = fixture('bad/half-typed-props.ts');
    const doc = parseCdkTypeScript(text);
    assert.deepEqual(names(doc), ['Logs', 'Jobs']);
    assert.deepEqual(plainProperties(resource(doc, 'Logs').properties), [
      { key: 'versioned', value: bool(true) },
      { key: 'encr', value: unk('encr') },
    ]);
    assert.deepEqual(plainProperties(resource(doc, 'Jobs').properties), [{ key: 'fifo', value: bool(true) }]);
    assert.deepEqual(resource(doc, 'Jobs').nameRange, rangeOf(text, `'Jobs'`, 0, 'Jobs'));
    assert.ok(doc.parseErrors.length > 0);
    assert.ok(doc.parseErrors.every(e => e.severity === 'error' && e.message.length > 0));
    assert.deepEqual(doc.parseErrors[0].range, rangeOf(text, 'new sqs', 0, 'new'));
    assert.equal(doc.parseErrors[0].message, "',' expected.");
  });

  it('an unclosed object literal: the next statement is a construct again, not properties', () => {
    const doc = parseCdkTypeScript(fixture('bad/unclosed-block.ts'));
    assert.deepEqual(names(doc), ['Data', 'Work']);
    assert.deepEqual(plainProperties(resource(doc, 'Data').properties), [
      { key: 'versioned', value: bool(true) },
      { key: 'encryption', value: unk('s3.BucketEncryption.') },
    ]);
    assert.equal(resource(doc, 'Work').variable, 'queue');
    assert.deepEqual(doc.links, []);
  });

  it('a missing `)` keeps both constructs and the call after them', () => {
    const text = fixture('bad/missing-paren.ts');
    const doc = parseCdkTypeScript(text);
    assert.deepEqual(names(doc), ['Assets', 'Updates']);
    assert.deepEqual(plainValue(prop(resource(doc, 'Updates'), 'displayName').value), str('업데이트 알림 📣'));
    assert.deepEqual(doc.parseErrors[0], { message: "')' expected.", range: rangeOf(text, '};', 0, ';'), severity: 'error' });
  });

  it('an unclosed quote makes that value unknown, never the rest of the line as a string', () => {
    const doc = parseCdkTypeScript(fixture('bad/unclosed-quote.ts'));
    assert.deepEqual(names(doc), ['Q', 'B']);
    assert.equal(prop(resource(doc, 'Q'), 'queueName').value.kind, 'unknown');
    assert.deepEqual(plainProperties(resource(doc, 'B').properties), [
      { key: 'bucketName', value: str('reports') },
      { key: 'versioned', value: bool(true) },
    ]);
    assert.ok(doc.parseErrors.some(e => e.message === 'Unterminated string literal.'));
  });

  it('garbage lines, a key without a value, a half-typed member and class name', () => {
    const text = fixture('bad/garbage-and-empty-values.ts');
    const doc = parseCdkTypeScript(text);
    // `new s3.(scope, 'C', {})` names no class yet: not a resource.
    assert.deepEqual(names(doc), ['Sg', 'B']);
    const outbound = prop(resource(doc, 'Sg'), 'allowAllOutbound');
    assert.deepEqual(plainValue(outbound.value), unk(''));
    assert.deepEqual(plainValue(prop(resource(doc, 'Sg'), 'description').value), str('x'));
    assert.deepEqual(plainValue(prop(resource(doc, 'B'), 'objectOwnership').value), unk('s3.ObjectOwnership.'));
    // The garbage line before `const b` is not part of the statement's range.
    assert.equal(resource(doc, 'B').range.start.line, rangeOf(text, 'const b').start.line);
    assert.deepEqual(resource(doc, 'B').range.start, rangeOf(text, 'const b').start);
  });

  it('a half-typed member access is never a reference to the construct', () => {
    const doc = parseCdkTypeScript(`import * as s3 from 'aws-cdk-lib/aws-s3';
const b = new s3.Bucket(this, 'B');
new s3.BucketPolicy(this, 'P', { bucket: b. });
`);
    assert.equal(prop(resource(doc, 'P'), 'bucket').value.kind, 'unknown');
  });

  it('no text ever throws: every prefix of every fixture parses, with ranges inside the text', () => {
    const files = ['good', 'bad'].flatMap(dir => fs.readdirSync(path.join(FIXTURES, dir)).map(f => `${dir}/${f}`));
    for (const file of files) {
      const text = fixture(file);
      const lines = text.split('\n').length;
      for (let cut = 0; cut <= text.length; cut += 11) {
        const part = text.slice(0, cut);
        let doc: ParsedDocument;
        try {
          doc = parseCdkTypeScript(part);
        } catch (e) {
          assert.fail(`${file} cut at ${cut} threw ${(e as Error).message}`);
        }
        for (const r of doc.resources) {
          for (const range of [r.range, r.typeRange, r.nameRange]) {
            assert.ok(range.start.line <= range.end.line && range.end.line < lines, `${file}@${cut}: ${r.name}`);
          }
        }
        assert.ok(!doc.parseErrors.some(e => e.message.startsWith('CDK model incomplete')), `${file}@${cut}`);
      }
    }
  });
});
