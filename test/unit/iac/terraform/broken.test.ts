import * as assert from 'node:assert/strict';
import { LineIndex } from '../../../../src/core/model/lineIndex';
import { getProperty } from '../../../../src/core/model/query';
import type { ParsedDocument, SourceRange, Value } from '../../../../src/core/model/types';
import { fixture, fixtureNames, parse, plain, plainProps, resource, textAt } from './helpers';

const r = (sl: number, sc: number, el: number, ec: number) => ({ start: { line: sl, character: sc }, end: { line: el, character: ec } });
const names = (doc: ParsedDocument) => doc.resources.map(x => x.name);
const messages = (doc: ParsedDocument) => doc.parseErrors.map(e => `${e.range.start.line}:${e.range.start.character} ${e.message}`);

describe('terraform parse: half-typed and broken input', () => {
  it('an unclosed quote: that value is unknown, the rest of the file is still modelled', async () => {
    const text = fixture('bad', 'unclosed-string.tf');
    const doc = await parse(text);
    assert.deepEqual(names(doc), ['aws_s3_bucket.logs', 'aws_s3_bucket_public_access_block.logs', 'aws_s3_bucket_versioning.logs']);
    const bucket = resource(doc, 'aws_s3_bucket.logs');
    // HCL strings end with their line: the broken value is unknown, the next attribute is intact.
    assert.deepEqual(plainProps(bucket.properties), { bucket: { unknown: '"app-logs-' }, force_destroy: true });
    assert.deepEqual(bucket.range, r(1, 0, 4, 1));
    assert.deepEqual(plainProps(resource(doc, 'aws_s3_bucket_public_access_block.logs').properties), {
      bucket: { ref: 'aws_s3_bucket.logs', attribute: 'id' },
      block_public_acls: true,
      block_public_policy: true,
      ignore_public_acls: true,
      restrict_public_buckets: true,
    });
    assert.equal(doc.links.length, 2);
    assert.ok(doc.parseErrors.length > 0);
    assert.ok(doc.parseErrors.every(e => e.severity === 'error'));
    // tree-sitter wraps the rest of the file in one ERROR node: reported on its first line only.
    for (const e of doc.parseErrors) assert.equal(e.range.start.line, e.range.end.line);
  });

  it('a missing `}`: the open block ends before the next top-level block, which is kept', async () => {
    const text = fixture('bad', 'missing-brace.tf');
    const doc = await parse(text);
    assert.deepEqual(names(doc), ['aws_security_group.web', 'aws_vpc.main', 'aws_instance.web']);
    const sg = resource(doc, 'aws_security_group.web');
    assert.ok(textAt(text, sg.range).endsWith('cidr_blocks = ["0.0.0.0/0"]\n  }'));
    assert.deepEqual(plain(getProperty(sg, 'ingress')!.value), { from_port: 22, to_port: 22, protocol: 'tcp', cidr_blocks: ['0.0.0.0/0'] });
    assert.deepEqual(plainProps(resource(doc, 'aws_vpc.main').properties), { cidr_block: '10.0.0.0/16' });
    // The last block is open to the end of the file.
    assert.deepEqual(plainProps(resource(doc, 'aws_instance.web').properties), {
      ami: 'ami-0c9c942bd7bf113a2',
      instance_type: 't3.micro',
      vpc_security_group_ids: [{ ref: 'aws_security_group.web', attribute: 'id' }],
    });
    assert.deepEqual(doc.links.map(l => `${l.from} -> ${l.to}`), ['aws_security_group.web -> aws_vpc.main', 'aws_instance.web -> aws_security_group.web']);
    assert.deepEqual(doc.parseErrors, [
      { message: 'Missing `}` to close this block', range: r(0, 0, 0, 37), severity: 'error' },
      { message: 'Missing `}` to close this block', range: r(16, 0, 16, 31), severity: 'error' },
    ]);
  });

  it('a key with no value, a key alone, a resource with one label, garbage lines, half a header', async () => {
    const text = fixture('bad', 'half-typed.tf');
    const doc = await parse(text);
    // `resource "aws_s3_bucket" {` (no name) and the half-typed last header are not resources.
    assert.deepEqual(names(doc), ['aws_s3_bucket.a', 'aws_s3_bucket_public_access_block.a', 'aws_instance.b']);
    const a = resource(doc, 'aws_s3_bucket.a');
    assert.deepEqual(plainProps(a.properties), { bucket: 'a', acl: { unknown: '' }, force_destroy: true });
    // `acl =`: an empty unknown right after the `=`.
    assert.deepEqual(getProperty(a, 'acl')!.value.range, r(2, 7, 2, 7));
    assert.deepEqual(getProperty(a, 'acl')!.range, r(2, 2, 2, 7));
    // `bucket` alone and the garbage line are skipped; the attributes around them stay.
    const pab = resource(doc, 'aws_s3_bucket_public_access_block.a');
    assert.deepEqual(plainProps(pab.properties), { block_public_acls: true, block_public_policy: { ref: 'fals' } });
    const b = resource(doc, 'aws_instance.b');
    assert.deepEqual(plainProps(b.properties), { ami: 'ami-123', instance_type: { unknown: '"t3.' }, metadata_options: { http_tokens: 'required' } });
    assert.deepEqual(messages(doc), [
      '2:6 Syntax error: unexpected `=`',
      '10:0 Missing `}` to close this block',
      '12:2 Syntax error: unexpected `block_public_acls`',
      '13:2 Missing `}` to close this block',
      '13:10 Syntax error: unexpected `))) garbage !!`',
      '23:19 Syntax error: unexpected `required"`',
    ]);
  });

  it('a missing `)`: the value is unknown, the next resource and its link are kept', async () => {
    const doc = await parse(fixture('bad', 'missing-paren.tf'));
    assert.deepEqual(names(doc), ['aws_iam_policy.admin', 'aws_iam_user_policy_attachment.admin']);
    assert.equal(getProperty(resource(doc, 'aws_iam_policy.admin'), 'policy')!.value.kind, 'unknown');
    assert.deepEqual(doc.links.map(l => `${l.from} -> ${l.to} @ ${l.path}`), ['aws_iam_user_policy_attachment.admin -> aws_iam_policy.admin @ policy_arn']);
    assert.deepEqual(doc.parseErrors, [{ message: 'Missing `)` to close this call', range: r(2, 11, 2, 23), severity: 'error' }]);
  });

  it('an unterminated heredoc stops at the next top-level block', async () => {
    const doc = await parse(fixture('bad', 'unterminated-heredoc.tf'));
    assert.deepEqual(names(doc), ['aws_instance.app', 'aws_ebs_volume.data']);
    assert.equal(getProperty(resource(doc, 'aws_instance.app'), 'user_data')!.value.kind, 'unknown');
    assert.deepEqual(plainProps(resource(doc, 'aws_ebs_volume.data').properties), { availability_zone: 'ap-northeast-2a', size: 100, encrypted: false });
    assert.ok(messages(doc).includes('12:0 Missing the heredoc end marker'));
  });

  it('`resource "x" "y" {` typed at the end of a file is a resource with no properties', async () => {
    const doc = await parse('resource "aws_s3_bucket" "a" {\n  bucket = "a"\n}\nresource "aws_s3_bucket" "b" {\n');
    assert.deepEqual(names(doc), ['aws_s3_bucket.a', 'aws_s3_bucket.b']);
    assert.deepEqual(resource(doc, 'aws_s3_bucket.b').properties, []);
    assert.deepEqual(doc.parseErrors, [{ message: 'Missing `}` to close this block', range: r(3, 0, 3, 30), severity: 'error' }]);
  });

  it('an unclosed object keeps the resources after it', async () => {
    const doc = await parse('resource "aws_s3_bucket" "a" {\n  tags = {\n    Name = "x"\n}\n\nresource "aws_s3_bucket" "b" {\n  bucket = "b"\n}\n');
    assert.deepEqual(names(doc), ['aws_s3_bucket.a', 'aws_s3_bucket.b']);
    assert.deepEqual(plainProps(resource(doc, 'aws_s3_bucket.b').properties), { bucket: 'b' });
    assert.ok(doc.parseErrors.length > 0);
  });

  it('a file of garbage gives no resources and a bounded number of errors', async () => {
    const doc = await parse('))) (((\n"unclosed\n}}}}\n= = =\n'.repeat(200));
    assert.deepEqual(doc.resources, []);
    assert.ok(doc.parseErrors.length > 0 && doc.parseErrors.length <= 100);
  });

  it('never throws on any prefix or mutilation of the good fixtures; ranges stay inside the text', async function () {
    this.timeout(120_000);
    const check = (text: string, doc: ParsedDocument) => {
      const index = new LineIndex(text);
      const inside = (range: SourceRange) => {
        const s = index.offsetAt(range.start);
        const e = index.offsetAt(range.end);
        assert.ok(s <= e && e <= text.length && index.positionAt(s).character === range.start.character, JSON.stringify(range));
      };
      const value = (v: Value): void => {
        inside(v.range);
        if (v.kind === 'list') v.items.forEach(value);
        if (v.kind === 'map') for (const p of v.properties) (inside(p.range), inside(p.keyRange), value(p.value));
      };
      for (const res of doc.resources) {
        inside(res.range);
        inside(res.typeRange);
        inside(res.nameRange);
        for (const p of res.properties) (inside(p.range), inside(p.keyRange), value(p.value));
      }
      for (const l of doc.links) inside(l.range);
      for (const e of doc.parseErrors) inside(e.range);
    };
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (const name of fixtureNames('good')) {
      const text = fixture('good', name);
      for (let end = 0; end <= text.length; end += 23) {
        const prefix = text.slice(0, end);
        check(prefix, await parse(prefix));
      }
      for (let i = 0; i < 60; i++) {
        const at = Math.floor(random() * text.length);
        const cut = text.slice(0, at) + text.slice(at + 1 + Math.floor(random() * 3));
        check(cut, await parse(cut));
        const doubled = text.slice(0, at) + text[at] + text.slice(at);
        check(doubled, await parse(doubled));
      }
    }
  });
});
