import * as assert from 'node:assert/strict';
import { cdkPythonEdits as E } from '../../../../src/core/iac/cdk/pythonEdits';
import type { EditTarget } from '../../../../src/core/iac/editTypes';
import { applyEdits, type TextEdit } from '../../../../src/core/model/edits';
import type { ParsedDocument, Resource } from '../../../../src/core/model/types';
import { parse, plainResource, res, type Plain } from './helpers';

const STACK = `# 한국어 설명 🚀 편집 테스트
from aws_cdk import Duration, Stack
from aws_cdk import aws_s3 as s3
from constructs import Construct


class EditStack(Stack):
    def __init__(self, scope: Construct, construct_id: str) -> None:
        super().__init__(scope, construct_id)
        logs = s3.Bucket(
            self,
            "Logs",
            versioned=True,  # 기록 보관
            lifecycle_rules=[
                s3.LifecycleRule(
                    id="expire",
                    expiration=Duration.days(30),
                ),
            ],
            cors=[],
        )
        inline = s3.Bucket(self, 'Inline', versioned=False, bucket_name='inline-🚀')
        bare = s3.Bucket(self, "Bare")
        cfn = s3.CfnBucket(self, "L1", bucket_name="x", tags=[{"key": "a", "value": "b"}], versioning_configuration=s3.CfnBucket.VersioningConfigurationProperty(status="Enabled"))
`;

type Mutation = (props: Array<[string, Plain]>) => Array<[string, Plain]>;

interface Done {
  text: string;
  doc: ParsedDocument;
}

/**
 * Applies `edits`, checks the exact new text (when given), re-parses, and checks the model is the
 * old one with only `mutate` applied to resource `name` — nothing else changed, no parse errors.
 */
async function expectEdit(text: string, edits: TextEdit[], expected: string | undefined, name: string, mutate: Mutation): Promise<Done> {
  assert.ok(edits.length > 0, 'expected edits');
  const before = await parse(text);
  const next = applyEdits(text, edits);
  if (expected !== undefined) assert.equal(next, expected);
  const after = await parse(next);
  assert.deepEqual(after.parseErrors, []);
  const want = before.resources.map(r => {
    const p = plainResource(r) as { properties: Array<[string, Plain]> };
    return r.name === name ? { ...p, properties: mutate(p.properties) } : p;
  });
  assert.deepEqual(after.resources.map(plainResource), want);
  return { text: next, doc: after };
}

function set(key: string, value: Plain): Mutation {
  return props => props.map(([k, v]) => [k, k === key ? value : v]);
}

function append(key: string, value: Plain): Mutation {
  return props => [...props, [key, value]];
}

function drop(key: string): Mutation {
  return props => props.filter(([k]) => k !== key);
}

async function target(text: string): Promise<EditTarget> {
  return { text, doc: await parse(text) };
}

function replaceLine(text: string, from: string, to: string): string {
  assert.ok(text.includes(from), `"${from}" not in text`);
  return text.replace(from, to);
}

describe('cdk-python edits', () => {
  describe('setValue', () => {
    it('replaces a keyword argument value in a multi-line call, keeping its comment', async () => {
      const t = await target(STACK);
      const edits = E.setValue(t, res(t.doc, 'Logs'), 'versioned', false);
      await expectEdit(STACK, edits, replaceLine(STACK, 'versioned=True,  # 기록 보관', 'versioned=False,  # 기록 보관'), 'Logs', set('versioned', false));
    });

    it('inline call, in the file\'s quote style for that call', async () => {
      const t = await target(STACK);
      const edits = E.setValue(t, res(t.doc, 'Inline'), 'bucketName', "it's 🚀");
      await expectEdit(STACK, edits, replaceLine(STACK, "bucket_name='inline-🚀'", "bucket_name='it\\'s 🚀'"), 'Inline', set('bucketName', "it's 🚀"));
    });

    it('nested struct and list index paths, symbols as $raw', async () => {
      const t = await target(STACK);
      const edits = E.setValue(t, res(t.doc, 'Logs'), 'lifecycleRules.0.expiration', { $raw: 'Duration.days(7)' });
      await expectEdit(STACK, edits, replaceLine(STACK, 'expiration=Duration.days(30)', 'expiration=Duration.days(7)'), 'Logs', props =>
        set('lifecycleRules', [{ id: 'expire', expiration: { $symbol: 'Duration.days(7)' } }])(props));
      const t2 = await target(STACK);
      const e2 = E.setValue(t2, res(t2.doc, 'L1'), 'tags.0.value', 'c');
      await expectEdit(STACK, e2, replaceLine(STACK, '"value": "b"', '"value": "c"'), 'L1', set('tags', [{ key: 'a', value: 'c' }]));
      const e3 = E.setValue(t2, res(t2.doc, 'L1'), 'versioningConfiguration.status', 'Suspended');
      await expectEdit(STACK, e3, replaceLine(STACK, 'status="Enabled"', 'status="Suspended"'), 'L1', set('versioningConfiguration', { status: 'Suspended' }));
    });

    it('renders None, numbers, lists, dicts and references to other constructs', async () => {
      const t = await target(STACK);
      const logs = res(t.doc, 'Logs');
      const edits = E.setValue(t, logs, 'cors', [{ allowedOrigins: ['*'], maxAge: 3000 }, null, true]);
      await expectEdit(STACK, edits, replaceLine(STACK, 'cors=[]', 'cors=[{"allowedOrigins": ["*"], "maxAge": 3000}, None, True]'), 'Logs',
        set('cors', [{ allowedOrigins: ['*'], maxAge: 3000 }, null, true]));
      const e2 = E.setValue(t, res(t.doc, 'Inline'), 'bucketName', { $ref: 'Logs', attribute: 'bucketName' });
      await expectEdit(STACK, e2, replaceLine(STACK, "bucket_name='inline-🚀'", 'bucket_name=logs.bucket_name'), 'Inline',
        set('bucketName', { $ref: 'Logs', attribute: 'bucketName', text: 'logs.bucket_name' }));
    });

    it('fills a keyword typed without its value', async () => {
      const text = replaceLine(STACK, "versioned=False, bucket_name='inline-🚀')", 'versioned=)');
      const t = await target(text);
      const edits = E.setValue(t, res(t.doc, 'Inline'), 'versioned', true);
      const next = applyEdits(text, edits);
      assert.equal(next, replaceLine(text, 'versioned=)', 'versioned=True)'));
      assert.deepEqual((await parse(next)).parseErrors, []);
    });

    it('returns [] for a missing path, a path into a non-map, or a reference to a construct without a variable', async () => {
      const text = STACK.replace('bare = s3.Bucket(self, "Bare")', 's3.Bucket(self, "Bare")');
      const t = await target(text);
      const logs = res(t.doc, 'Logs');
      assert.deepEqual(E.setValue(t, logs, 'nope', 1), []);
      assert.deepEqual(E.setValue(t, logs, 'versioned.deeper', 1), []);
      assert.deepEqual(E.setValue(t, logs, 'lifecycleRules.5.id', 'x'), []);
      assert.deepEqual(E.setValue(t, logs, 'versioned', { $ref: 'Bare' }), []);
      assert.deepEqual(E.setValue(t, logs, 'versioned', Number.NaN), []);
    });
  });

  describe('insertProperty', () => {
    it('multi-line call with a trailing comma: one more line in its indentation', async () => {
      const t = await target(STACK);
      const edits = E.insertProperty(t, res(t.doc, 'Logs'), 'enforceSsl', true);
      await expectEdit(STACK, edits, replaceLine(STACK, '            cors=[],\n', '            cors=[],\n            enforce_ssl=True,\n'), 'Logs', append('enforceSsl', true));
    });

    it('multi-line call without a trailing comma, closer on its own line or on the last line', async () => {
      const own = `from aws_cdk import aws_s3 as s3\nb = s3.Bucket(\n    app,\n    "B",\n    versioned=True\n)\n`;
      const t = await target(own);
      await expectEdit(own, E.insertProperty(t, res(t.doc, 'B'), 'enforceSsl', true),
        `from aws_cdk import aws_s3 as s3\nb = s3.Bucket(\n    app,\n    "B",\n    versioned=True,\n    enforce_ssl=True\n)\n`, 'B', append('enforceSsl', true));
      const same = `from aws_cdk import aws_s3 as s3\nb = s3.Bucket(\n\tapp,\n\t"B",\n\tversioned=True)\n`;
      const t2 = await target(same);
      await expectEdit(same, E.insertProperty(t2, res(t2.doc, 'B'), 'enforceSsl', true),
        `from aws_cdk import aws_s3 as s3\nb = s3.Bucket(\n\tapp,\n\t"B",\n\tversioned=True,\n\tenforce_ssl=True)\n`, 'B', append('enforceSsl', true));
    });

    it('a comment after the last argument stays on its line', async () => {
      const text = `from aws_cdk import aws_s3 as s3\nb = s3.Bucket(\n    app,\n    "B",\n    versioned=True  # 기록\n)\nc = s3.Bucket(\n    app,\n    "C",\n    versioned=True,  # 기록\n)\n`;
      const t = await target(text);
      await expectEdit(text, E.insertProperty(t, res(t.doc, 'B'), 'enforceSsl', true),
        text.replace('    versioned=True  # 기록\n)', '    versioned=True,  # 기록\n    enforce_ssl=True\n)'), 'B', append('enforceSsl', true));
      await expectEdit(text, E.insertProperty(t, res(t.doc, 'C'), 'enforceSsl', true),
        text.replace('    versioned=True,  # 기록\n)', '    versioned=True,  # 기록\n    enforce_ssl=True,\n)'), 'C', append('enforceSsl', true));
    });

    it('inline calls, a call with only (scope, id), a trailing comma inline, and a hugging layout', async () => {
      const t = await target(STACK);
      await expectEdit(STACK, E.insertProperty(t, res(t.doc, 'Inline'), 'blockPublicAccess', { $raw: 's3.BlockPublicAccess.BLOCK_ALL' }),
        replaceLine(STACK, "bucket_name='inline-🚀')", "bucket_name='inline-🚀', block_public_access=s3.BlockPublicAccess.BLOCK_ALL)"), 'Inline',
        append('blockPublicAccess', { $symbol: 's3.BlockPublicAccess.BLOCK_ALL' }));
      await expectEdit(STACK, E.insertProperty(t, res(t.doc, 'Bare'), 'versioned', true),
        replaceLine(STACK, 's3.Bucket(self, "Bare")', 's3.Bucket(self, "Bare", versioned=True)'), 'Bare', append('versioned', true));
      const text = `from aws_cdk import aws_s3 as s3\nb = s3.Bucket(app, "B", versioned=True,)\nc = s3.Bucket(\n    app, "C", versioned=True\n)\n`;
      const t2 = await target(text);
      await expectEdit(text, E.insertProperty(t2, res(t2.doc, 'B'), 'enforceSsl', true),
        text.replace('versioned=True,)', 'versioned=True, enforce_ssl=True,)'), 'B', append('enforceSsl', true));
      await expectEdit(text, E.insertProperty(t2, res(t2.doc, 'C'), 'enforceSsl', true),
        text.replace('app, "C", versioned=True\n', 'app, "C", versioned=True, enforce_ssl=True\n'), 'C', append('enforceSsl', true));
    });

    it('into an existing struct (multi-line and inline) and into an existing dict', async () => {
      const t = await target(STACK);
      await expectEdit(STACK, E.insertProperty(t, res(t.doc, 'Logs'), 'lifecycleRules.0.abortIncompleteMultipartUploadAfter', { $raw: 'Duration.days(1)' }),
        replaceLine(STACK, '                    expiration=Duration.days(30),\n', '                    expiration=Duration.days(30),\n                    abort_incomplete_multipart_upload_after=Duration.days(1),\n'),
        'Logs', set('lifecycleRules', [{ id: 'expire', expiration: { $symbol: 'Duration.days(30)' }, abortIncompleteMultipartUploadAfter: { $symbol: 'Duration.days(1)' } }]));
      await expectEdit(STACK, E.insertProperty(t, res(t.doc, 'L1'), 'versioningConfiguration.mfaDelete', 'Disabled'),
        replaceLine(STACK, 'status="Enabled")', 'status="Enabled", mfa_delete="Disabled")'), 'L1',
        set('versioningConfiguration', { status: 'Enabled', mfaDelete: 'Disabled' }));
      await expectEdit(STACK, E.insertProperty(t, res(t.doc, 'L1'), 'tags.0.extra', 1),
        replaceLine(STACK, '"value": "b"}', '"value": "b", "extra": 1}'), 'L1', set('tags', [{ key: 'a', value: 'b', extra: 1 }]));
    });

    it('creates missing parents as a dict literal, several levels deep', async () => {
      const t = await target(STACK);
      await expectEdit(STACK, E.insertProperty(t, res(t.doc, 'L1'), 'publicAccessBlockConfiguration.blockPublicAcls', true),
        replaceLine(STACK, 'status="Enabled"))', 'status="Enabled"), public_access_block_configuration={"blockPublicAcls": True})'), 'L1',
        append('publicAccessBlockConfiguration', { blockPublicAcls: true }));
      await expectEdit(STACK, E.insertProperty(t, res(t.doc, 'Logs'), 'a.b.c', 'd'),
        replaceLine(STACK, '            cors=[],\n', '            cors=[],\n            a={"b": {"c": "d"}},\n'), 'Logs', append('a', { b: { c: 'd' } }));
    });

    it('a Python reserved word gets jsii\'s underscore', async () => {
      const text = `from aws_cdk import aws_ec2 as ec2\ne = ec2.CfnNetworkAclEntry(app, "E", port_range=ec2.CfnNetworkAclEntry.PortRangeProperty(to=22))\n`;
      const t = await target(text);
      await expectEdit(text, E.insertProperty(t, res(t.doc, 'E'), 'portRange.from', 22), text.replace('(to=22)', '(to=22, from_=22)'), 'E',
        set('portRange', { to: 22, from: 22 }));
    });

    it('replaces the value when the property exists', async () => {
      const t = await target(STACK);
      await expectEdit(STACK, E.insertProperty(t, res(t.doc, 'Inline'), 'versioned', true),
        replaceLine(STACK, "versioned=False, bucket_name='inline-🚀'", "versioned=True, bucket_name='inline-🚀'"), 'Inline', set('versioned', true));
    });

    it('CRLF files keep CRLF', async () => {
      const text = STACK.replace(/\n/g, '\r\n');
      const t = await target(text);
      await expectEdit(text, E.insertProperty(t, res(t.doc, 'Logs'), 'enforceSsl', true),
        text.replace('            cors=[],\r\n', '            cors=[],\r\n            enforce_ssl=True,\r\n'), 'Logs', append('enforceSsl', true));
    });

    it('returns [] where it is not safe: unclosed call, a list or unknown parent', async () => {
      const t = await target(STACK);
      assert.deepEqual(E.insertProperty(t, res(t.doc, 'Logs'), 'cors.x', 1), []);
      assert.deepEqual(E.insertProperty(t, res(t.doc, 'Logs'), 'lifecycleRules.x', 1), []);
      assert.deepEqual(E.insertProperty(t, res(t.doc, 'Logs'), 'lifecycleRules.0.expiration.x', 1), []);
      const broken = `from aws_cdk import aws_s3 as s3\nb = s3.Bucket(app, "B", versioned=True\nc = s3.Bucket(app, "C")\n`;
      const tb = await target(broken);
      assert.deepEqual(E.insertProperty(tb, res(tb.doc, 'B'), 'enforceSsl', true), []);
      assert.ok(E.insertProperty(tb, res(tb.doc, 'C'), 'enforceSsl', true).length > 0);
    });
  });

  describe('removeProperty', () => {
    it('a whole line in a multi-line call: middle (with its comment), last with trailing comma', async () => {
      const t = await target(STACK);
      await expectEdit(STACK, E.removeProperty(t, res(t.doc, 'Logs'), 'versioned'), replaceLine(STACK, '            versioned=True,  # 기록 보관\n', ''), 'Logs', drop('versioned'));
      await expectEdit(STACK, E.removeProperty(t, res(t.doc, 'Logs'), 'cors'), replaceLine(STACK, '            cors=[],\n', ''), 'Logs', drop('cors'));
    });

    it('a value spanning several lines goes with all its lines', async () => {
      const t = await target(STACK);
      const start = STACK.indexOf('            lifecycle_rules=[');
      const end = STACK.indexOf('            cors=[]');
      await expectEdit(STACK, E.removeProperty(t, res(t.doc, 'Logs'), 'lifecycleRules'), STACK.slice(0, start) + STACK.slice(end), 'Logs', drop('lifecycleRules'));
    });

    it('the last argument without a trailing comma, closer on its own line or on the same line', async () => {
      const own = `from aws_cdk import aws_s3 as s3\nb = s3.Bucket(\n    app,\n    "B",\n    versioned=True\n)\n`;
      const t = await target(own);
      await expectEdit(own, E.removeProperty(t, res(t.doc, 'B'), 'versioned'), own.replace('    versioned=True\n', ''), 'B', drop('versioned'));
      const same = `from aws_cdk import aws_s3 as s3\nb = s3.Bucket(\n    app,\n    "B",\n    versioned=True)\n`;
      const t2 = await target(same);
      await expectEdit(same, E.removeProperty(t2, res(t2.doc, 'B'), 'versioned'), same.replace('"B",\n    versioned=True)', '"B")'), 'B', drop('versioned'));
    });

    it('inline: middle, last; first and only entries of structs and dicts', async () => {
      const t = await target(STACK);
      await expectEdit(STACK, E.removeProperty(t, res(t.doc, 'Inline'), 'versioned'), replaceLine(STACK, "versioned=False, bucket_name=", 'bucket_name='), 'Inline', drop('versioned'));
      await expectEdit(STACK, E.removeProperty(t, res(t.doc, 'Inline'), 'bucketName'), replaceLine(STACK, ", bucket_name='inline-🚀'", ''), 'Inline', drop('bucketName'));
      await expectEdit(STACK, E.removeProperty(t, res(t.doc, 'L1'), 'tags.0.key'), replaceLine(STACK, '{"key": "a", "value": "b"}', '{"value": "b"}'), 'L1', set('tags', [{ value: 'b' }]));
      await expectEdit(STACK, E.removeProperty(t, res(t.doc, 'L1'), 'versioningConfiguration.status'),
        replaceLine(STACK, 'VersioningConfigurationProperty(status="Enabled")', 'VersioningConfigurationProperty()'), 'L1', set('versioningConfiguration', { $unknown: 's3.CfnBucket.VersioningConfigurationProperty()' }));
      await expectEdit(STACK, E.removeProperty(t, res(t.doc, 'Logs'), 'lifecycleRules.0.id'), replaceLine(STACK, '                    id="expire",\n', ''), 'Logs',
        set('lifecycleRules', [{ expiration: { $symbol: 'Duration.days(30)' } }]));
    });

    it('returns [] when there is nothing to remove', async () => {
      const t = await target(STACK);
      assert.deepEqual(E.removeProperty(t, res(t.doc, 'Logs'), 'nope'), []);
      assert.deepEqual(E.removeProperty(t, res(t.doc, 'Logs'), 'versioned.x'), []);
    });
  });

  describe('addResource', () => {
    it('after a multi-line construct: same layout, indentation, scope, quotes and trailing comma; adds the import', async () => {
      const t = await target(STACK);
      const edits = E.addResource(t, { type: 'iam.Policy', name: 'LogsPolicy', properties: { policyName: 'logs-읽기', roles: [], bucket: { $ref: 'Logs' } } }, res(t.doc, 'Logs'));
      const expected = STACK
        .replace('from aws_cdk import aws_s3 as s3\n', 'from aws_cdk import aws_s3 as s3\nfrom aws_cdk import aws_iam as iam\n')
        .replace('            cors=[],\n        )\n', '            cors=[],\n        )\n        logs_policy = iam.Policy(\n            self,\n            "LogsPolicy",\n            policy_name="logs-읽기",\n            roles=[],\n            bucket=logs,\n        )\n');
      const after = await parse(applyEdits(STACK, edits));
      assert.equal(applyEdits(STACK, edits), expected);
      assert.deepEqual(after.parseErrors, []);
      const before = await parse(STACK);
      assert.deepEqual(after.resources.map(plainResource), [
        plainResource(before.resources[0]),
        {
          type: 'iam.Policy', kind: 'aws.iam.policy', name: 'LogsPolicy', variable: 'logs_policy',
          properties: [['policyName', 'logs-읽기'], ['roles', []], ['bucket', { $ref: 'Logs', text: 'logs' }]], calls: [],
        },
        ...before.resources.slice(1).map(plainResource),
      ]);
    });

    it('after an inline construct: inline, in its quote style; the module already imported', async () => {
      const t = await target(STACK);
      const edits = E.addResource(t, { type: 's3.Bucket', name: 'Other', properties: { versioned: true } }, res(t.doc, 'Inline'));
      const next = applyEdits(STACK, edits);
      assert.equal(next, STACK.replace("bucket_name='inline-🚀')\n", "bucket_name='inline-🚀')\n        other = s3.Bucket(self, 'Other', versioned=True)\n"));
      const after = await parse(next);
      assert.deepEqual(after.parseErrors, []);
      assert.deepEqual(plainResource(res(after, 'Other')), { type: 's3.Bucket', kind: 'aws.s3.bucket', name: 'Other', variable: 'other', properties: [['versioned', true]], calls: [] });
    });

    it('without an anchor: after the last construct; root-namespace imports and name collisions', async () => {
      const text = `import aws_cdk as cdk\n\n\ndef build(scope):\n    bucket = cdk.aws_s3.Bucket(scope, "Bucket")  # 🚀\n`;
      const t = await target(text);
      const edits = E.addResource(t, { type: 'sqs.Queue', name: 'Bucket', properties: {} });
      const next = applyEdits(text, edits);
      assert.equal(next, `${text.trimEnd()}\n    bucket_2 = cdk.aws_sqs.Queue(scope, "Bucket")\n`);
      const after = await parse(next);
      assert.deepEqual(after.resources.map(r => [r.name, r.kind, r.variable]), [['Bucket', 'aws.s3.bucket', 'bucket'], ['Bucket', 'aws.sqs.queue', 'bucket_2']]);
    });

    it('returns [] where a statement cannot go', async () => {
      const none = `from aws_cdk import aws_s3 as s3\n`;
      assert.deepEqual(E.addResource(await target(none), { type: 's3.Bucket', name: 'B', properties: {} }), []);
      const inlineBody = `from aws_cdk import aws_s3 as s3\nif True: b = s3.Bucket(app, "B")\n`;
      const t = await target(inlineBody);
      assert.deepEqual(E.addResource(t, { type: 's3.Bucket', name: 'C', properties: {} }, res(t.doc, 'B')), []);
      const taken = `from aws_cdk import aws_s3 as s3\niam = None\nb = s3.Bucket(app, "B")\n`;
      const t2 = await target(taken);
      assert.deepEqual(E.addResource(t2, { type: 'iam.Role', name: 'R', properties: {} }), []);
      const unrenderable = await target(`from aws_cdk import aws_s3 as s3\nb = s3.Bucket(app, "B")\n`);
      assert.deepEqual(E.addResource(unrenderable, { type: 's3.Bucket', name: 'C', properties: { x: { $ref: 'Nope' } } }), []);
    });
  });

  describe('canonical $raw values in the file\'s terms', () => {
    /** Inserts `x=<raw>` into construct "B" of `head + body`; returns the new text ('' when refused). */
    async function raw(head: string, value: string, body = 'b = s3.Bucket(self, "B")\n'): Promise<string> {
      const text = head + body;
      const t = await target(text);
      const edits = E.insertProperty(t, res(t.doc, 'B'), 'x', { $raw: value });
      if (!edits.length) return '';
      const next = applyEdits(text, edits);
      assert.deepEqual((await parse(next)).parseErrors, [], next);
      return next;
    }
    const S3 = 'from aws_cdk import aws_s3 as s3\n';

    it('module roots follow the file\'s imports: alias, module name, root namespace, named member', async () => {
      assert.equal(await raw('from aws_cdk import aws_s3\n', 's3.BlockPublicAccess.BLOCK_ALL', 'b = aws_s3.Bucket(self, "B")\n'),
        'from aws_cdk import aws_s3\nb = aws_s3.Bucket(self, "B", x=aws_s3.BlockPublicAccess.BLOCK_ALL)\n');
      assert.equal(await raw('import aws_cdk as cdk\n', 's3.BlockPublicAccess.BLOCK_ALL', 'b = cdk.aws_s3.Bucket(self, "B")\n'),
        'import aws_cdk as cdk\nb = cdk.aws_s3.Bucket(self, "B", x=cdk.aws_s3.BlockPublicAccess.BLOCK_ALL)\n');
      assert.equal(await raw('import aws_cdk.aws_s3 as storage\n', 's3.BlockPublicAccess.BLOCK_ALL', 'b = storage.Bucket(self, "B")\n'),
        'import aws_cdk.aws_s3 as storage\nb = storage.Bucket(self, "B", x=storage.BlockPublicAccess.BLOCK_ALL)\n');
      assert.equal(await raw('from aws_cdk.aws_s3 import Bucket, BlockPublicAccess\n', 's3.BlockPublicAccess.BLOCK_ALL', 'b = Bucket(self, "B")\n'),
        'from aws_cdk.aws_s3 import Bucket, BlockPublicAccess\nb = Bucket(self, "B", x=BlockPublicAccess.BLOCK_ALL)\n');
      // The model reads the fix back as the same canonical symbol.
      const t = await target('import aws_cdk as cdk\nb = cdk.aws_s3.Bucket(self, "B")\n');
      await expectEdit(t.text, E.insertProperty(t, res(t.doc, 'B'), 'blockPublicAccess', { $raw: 's3.BlockPublicAccess.BLOCK_ALL' }), undefined, 'B',
        append('blockPublicAccess', { $symbol: 's3.BlockPublicAccess.BLOCK_ALL' }));
    });

    it('core names: named import, root namespace, v1 core module', async () => {
      assert.equal(await raw(`from aws_cdk import Duration\n${S3}`, 'Duration.days(30)'), `from aws_cdk import Duration\n${S3}b = s3.Bucket(self, "B", x=Duration.days(30))\n`);
      assert.equal(await raw(`import aws_cdk as cdk\n${S3}`, 'Duration.days(30)'), `import aws_cdk as cdk\n${S3}b = s3.Bucket(self, "B", x=cdk.Duration.days(30))\n`);
      assert.equal(await raw(`from aws_cdk import core\n${S3}`, 'RemovalPolicy.RETAIN'), `from aws_cdk import core\n${S3}b = s3.Bucket(self, "B", x=core.RemovalPolicy.RETAIN)\n`);
      assert.equal(await raw(`import aws_cdk.core as cdk\n${S3}`, 'Duration.days(1)'), `import aws_cdk.core as cdk\n${S3}b = s3.Bucket(self, "B", x=cdk.Duration.days(1))\n`);
    });

    it('adds a missing import after the last CDK import (lambda as lambda_, v1 core names from aws_cdk.core)', async () => {
      const head = `import os\nfrom aws_cdk import Stack\n${S3}from constructs import Construct\n`;
      assert.equal(await raw(head, 'ec2.Port.tcp(22)'),
        `import os\nfrom aws_cdk import Stack\n${S3}from aws_cdk import aws_ec2 as ec2\nfrom constructs import Construct\nb = s3.Bucket(self, "B", x=ec2.Port.tcp(22))\n`);
      assert.equal(await raw(head, 'Duration.days(7)'),
        `import os\nfrom aws_cdk import Stack\n${S3}from aws_cdk import Duration\nfrom constructs import Construct\nb = s3.Bucket(self, "B", x=Duration.days(7))\n`);
      assert.equal(await raw(S3, 'lambda.Runtime.PYTHON_3_12'), `${S3}from aws_cdk import aws_lambda as lambda_\nb = s3.Bucket(self, "B", x=lambda_.Runtime.PYTHON_3_12)\n`);
      assert.equal(await raw(`from aws_cdk.core import Stack\n${S3}`, 'Duration.days(7)'),
        `from aws_cdk.core import Stack\n${S3}from aws_cdk.core import Duration\nb = s3.Bucket(self, "B", x=Duration.days(7))\n`);
      // Two values needing one module: one import line.
      const text = `${S3}b = s3.Bucket(self, "B")\n`;
      const t = await target(text);
      const edits = E.insertProperty(t, res(t.doc, 'B'), 'x', [{ $raw: 'ec2.Port.tcp(22)' }, { $raw: 'ec2.Port.tcp(443)' }]);
      assert.equal(applyEdits(text, edits), `${S3}from aws_cdk import aws_ec2 as ec2\nb = s3.Bucket(self, "B", x=[ec2.Port.tcp(22), ec2.Port.tcp(443)])\n`);
    });

    it('translates new, literals, snake_case methods, this, and a trailing object literal into keyword arguments', async () => {
      const head = "from aws_cdk import aws_s3 as s3, aws_ec2 as ec2, aws_elasticloadbalancingv2 as elbv2, aws_kms as kms\n";
      const body = "b = s3.Bucket(self, 'B')\n";
      const cases: Array<[string, string]> = [
        ['ec2.Peer.anyIpv4()', 'ec2.Peer.any_ipv4()'],
        ['ec2.Port.tcpRange(1024, 65535)', 'ec2.Port.tcp_range(1024, 65535)'],
        ['new s3.BlockPublicAccess({ blockPublicAcls: true, restrictPublicBuckets: false, })', 's3.BlockPublicAccess(block_public_acls=True, restrict_public_buckets=False)'],
        [`elasticloadbalancingv2.ListenerAction.redirect({ protocol: 'HTTPS', port: "443", permanent: true })`, `elbv2.ListenerAction.redirect(protocol='HTTPS', port='443', permanent=True)`],
        [`kms.Alias.fromAliasName(this, 'A', 'it\\'s')`, `kms.Alias.from_alias_name(self, 'A', 'it\\'s')`],
        ['[s3.HttpMethods.GET, null, -1, 2.5]', '[s3.HttpMethods.GET, None, -1, 2.5]'],
        ['new s3.BlockPublicAccess', 's3.BlockPublicAccess()'],
        ['ec2.CfnNetworkAclEntry.PortRangeProperty({ from: 22 })', 'ec2.CfnNetworkAclEntry.PortRangeProperty(from_=22)'],
      ];
      for (const [canonical, python] of cases) {
        assert.equal(await raw(head, canonical, body), `${head}b = s3.Bucket(self, 'B', x=${python})\n`, canonical);
      }
    });

    it('refuses what it cannot translate confidently', async () => {
      const refused = [
        'not ( valid', 'x => 1', '`a${b}`', '{ a: 1 }', 'new s3.BlockPublicAccess({ a: { b: 1 } })', 'bucket.bucketArn', 'undefined',
        'ec2.Peer.fromARN()', `new lambda.Function({ FOO: 'bar' })`, `f({ a: 1 }, 2)`, 's3.X.y + 1', "'\\u0041'", 'cdk.Duration.days(1)', 'core.Duration.days(1)',
        'elbv2.ListenerAction.redirect({ a: 1 })', 's3.Bucket.fromBucketName(this, "a", x)',
      ];
      for (const r of refused) assert.equal(await raw(S3, r), '', r);
      // `this` needs a plain scope argument.
      assert.equal(await raw(S3, 'kms.Alias.fromAliasName(this, "A", "x")', 'b = s3.Bucket(self.scope, "B")\n'), '');
      assert.equal(await raw(S3, 'kms.Alias.fromAliasName(this.node, "A", "x")'), '');
      // The alias a new import would bind is taken, or the import's alias is rebound somewhere.
      assert.equal(await raw(`${S3}ec2 = None\n`, 'ec2.Port.tcp(22)'), '');
      assert.equal(await raw(`${S3}from aws_cdk import aws_ec2 as ec2\n`, 'ec2.Port.tcp(22)', 'def f(ec2):\n    for ec2 in []: pass\nb = s3.Bucket(self, "B")\n'), '');
      // v1 has no submodules on the root namespace, and nowhere to add an import in a file without one.
      assert.equal(await raw('import aws_cdk.core as cdk\nimport aws_cdk.aws_s3 as s3\nec2 = 1\n', 'ec2.Port.tcp(22)'), '');
    });
  });

  describe('dict keys where jsii converts the dict into a struct', () => {
    const CF = 'from aws_cdk import aws_cloudfront as cloudfront\n';

    it('a dict given for a struct-typed argument of an L2 construct takes snake_case keys (jsii calls Struct(**d))', async () => {
      const text = `${CF}d = cloudfront.Distribution(self, "D", default_behavior={"origin": o})\n`;
      const t = await target(text);
      const edits = E.insertProperty(t, res(t.doc, 'D'), 'defaultBehavior.viewerProtocolPolicy', { $raw: 'cloudfront.ViewerProtocolPolicy.REDIRECT_TO_HTTPS' });
      assert.equal(applyEdits(text, edits), `${CF}d = cloudfront.Distribution(self, "D", default_behavior={"origin": o, "viewer_protocol_policy": cloudfront.ViewerProtocolPolicy.REDIRECT_TO_HTTPS})\n`);
      // …and finds such a key again rather than adding a second one.
      const again = applyEdits(text, edits);
      const t2 = await target(again);
      const set2 = E.insertProperty(t2, res(t2.doc, 'D'), 'defaultBehavior.viewerProtocolPolicy', { $raw: 'cloudfront.ViewerProtocolPolicy.HTTPS_ONLY' });
      assert.equal(applyEdits(again, set2), again.replace('REDIRECT_TO_HTTPS', 'HTTPS_ONLY'));
      const set3 = E.setValue(t2, res(t2.doc, 'D'), 'default_behavior.viewer_protocol_policy', { $raw: 'cloudfront.ViewerProtocolPolicy.HTTPS_ONLY' });
      assert.equal(applyEdits(again, set3), again.replace('REDIRECT_TO_HTTPS', 'HTTPS_ONLY'));
      // A new struct-typed argument, data keys left alone.
      const bare = `${CF}d = cloudfront.Distribution(self, "D")\n`;
      const t3 = await target(bare);
      const e3 = E.insertProperty(t3, res(t3.doc, 'D'), 'defaultBehavior', { originRequestPolicy: 1, 'X-Header': 2 });
      assert.equal(applyEdits(bare, e3), `${CF}d = cloudfront.Distribution(self, "D", default_behavior={"origin_request_policy": 1, "X-Header": 2})\n`);
    });

    it('dicts under data keys (a map of behaviors by path) are passed verbatim: camelCase keys', async () => {
      const text = `${CF}d = cloudfront.Distribution(self, "D", default_behavior=b, additional_behaviors={"/api/*": {"origin": o}})\n`;
      const t = await target(text);
      const edits = E.insertProperty(t, res(t.doc, 'D'), 'additionalBehaviors./api/*.viewerProtocolPolicy', 'x');
      assert.equal(applyEdits(text, edits), text.replace('{"origin": o}', '{"origin": o, "viewerProtocolPolicy": "x"}'));
    });

    it('dicts in lists and in L1 props are passed verbatim: camelCase keys', async () => {
      const text = `from aws_cdk import aws_s3 as s3\nb = s3.Bucket(self, "B", cors=[{"allowedOrigins": ["*"]}])\nc = s3.CfnBucket(self, "C", versioning_configuration={"status": "Enabled"})\n`;
      const t = await target(text);
      assert.equal(applyEdits(text, E.insertProperty(t, res(t.doc, 'B'), 'cors.0.maxAge', 3)), text.replace('["*"]}', '["*"], "maxAge": 3}'));
      assert.equal(applyEdits(text, E.insertProperty(t, res(t.doc, 'C'), 'versioningConfiguration.mfaDelete', 'x')), text.replace('"Enabled"}', '"Enabled", "mfaDelete": "x"}'));
    });
  });

  it('every edit leaves other resources untouched (sanity over all resources of the stack)', async () => {
    const t = await target(STACK);
    for (const r of t.doc.resources as Resource[]) {
      const edits = E.insertProperty(t, r, 'zzzExtra', 1);
      assert.ok(edits.length > 0, r.name);
      await expectEdit(STACK, edits, undefined, r.name, append('zzzExtra', 1));
    }
  });
});
