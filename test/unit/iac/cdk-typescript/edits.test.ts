import * as assert from 'node:assert/strict';
import { parseCdkTypeScript } from '../../../../src/core/iac/cdk/typescript';
import { cdkTypeScriptEdits as edits } from '../../../../src/core/iac/cdk/typescriptEdits';
import type { EditValue } from '../../../../src/core/iac/editTypes';
import type { ParsedDocument } from '../../../../src/core/model/types';
import {
  bool, expectEdit, list, map, num, plainPropsAt, plainResource, ref, resource, str, sym, type Plain, type PlainDoc,
} from './helpers';

interface Target {
  text: string;
  doc: ParsedDocument;
}

function target(text: string): Target {
  return { text, doc: parseCdkTypeScript(text) };
}

/** Sets (or appends) `key` in a plain property list. */
function put(props: { key: string; value: Plain }[], key: string, value: Plain): void {
  const p = props.find(x => x.key === key);
  if (p) p.value = value;
  else props.push({ key, value });
}

function drop(props: { key: string; value: Plain }[], key: string): void {
  const i = props.findIndex(x => x.key === key);
  assert.ok(i >= 0);
  props.splice(i, 1);
}

// 2 spaces, single quotes, trailing commas, semicolons, namespace imports.
const APP = `import * as s3 from 'aws-cdk-lib/aws-s3';
import * as iam from 'aws-cdk-lib/aws-iam';
import { Duration, Stack } from 'aws-cdk-lib';

export class AppStack extends Stack {
  constructor(scope: any, id: string) {
    super(scope, id);
    // 한국어 설명 🚀
    const logs = new s3.Bucket(this, 'Logs', {
      versioned: true,
      lifecycleRules: [{ expiration: Duration.days(30) }],
      cors: {
        allowedOrigins: ['*'],
      },
    });
    const data = new s3.Bucket(this, 'Data', { versioned: false, bucketName: 'data-🚀', logs });
    const empty = new s3.Bucket(this, 'Empty', {});
    const bare = new s3.Bucket(this, 'Bare');
    const role = new iam.Role(this, 'Role', { assumedBy: new iam.AccountRootPrincipal() });
    role.addToPolicy(new iam.PolicyStatement());
  }
}
`;

// 4 spaces, double quotes, no trailing commas, named class imports only.
const NAMED = `import { Bucket } from "aws-cdk-lib/aws-s3";
import { Stack } from "aws-cdk-lib";

export class NamedStack extends Stack {
    constructor(scope: any, id: string) {
        super(scope, id);
        const bucket = new Bucket(this, "Named", {
            versioned: true,
            bucketName: "named"
        });
    }
}
`;

describe('cdk-typescript edits', () => {
  describe('setValue', () => {
    it('replaces a literal in a multi-line object', () => {
      const t = target(APP);
      const e = edits.setValue(t, resource(t.doc, 'Logs'), 'versioned', false);
      const out = expectEdit(APP, e, d => put(plainResource(d, 'Logs').properties, 'versioned', bool(false)));
      assert.ok(out.includes('      versioned: false,\n'));
    });

    it('nested path, list value, the file quote style', () => {
      const t = target(APP);
      const e = edits.setValue(t, resource(t.doc, 'Logs'), 'cors.allowedOrigins', ['https://example.com', "it's"]);
      const out = expectEdit(APP, e, d => put(plainPropsAt(d, 'Logs', ['cors']), 'allowedOrigins', list(str('https://example.com'), str("it's"))));
      assert.ok(out.includes(`allowedOrigins: ['https://example.com', 'it\\'s'],`));
    });

    it('in a single-line object; Korean and emoji earlier on the line', () => {
      const t = target(APP);
      const e = edits.setValue(t, resource(t.doc, 'Data'), 'bucketName', 'data-한국-🚀');
      const out = expectEdit(APP, e, d => put(plainResource(d, 'Data').properties, 'bucketName', str('data-한국-🚀')));
      assert.ok(out.includes(`{ versioned: false, bucketName: 'data-한국-🚀', logs }`));
    });

    it('a shorthand property keeps its key', () => {
      const t = target(APP);
      const e = edits.setValue(t, resource(t.doc, 'Data'), 'logs', { $ref: 'Logs', attribute: 'bucketArn' });
      const out = expectEdit(APP, e, d => put(plainResource(d, 'Data').properties, 'logs', ref('Logs', 'logs.bucketArn', 'bucketArn')));
      assert.ok(out.includes('bucketName: \'data-🚀\', logs: logs.bucketArn }'));
      // `empty` is declared after Data: using it there would fail at synth time.
      assert.deepEqual(edits.setValue(t, resource(t.doc, 'Data'), 'logs', { $ref: 'Empty' }), []);
    });

    it('a symbol as $raw text and a map value rendered in the file indentation', () => {
      const t = target(APP);
      const e = edits.setValue(t, resource(t.doc, 'Logs'), 'cors', { allowedOrigins: ['*'], allowedMethods: [{ $raw: 's3.HttpMethods.GET' }] });
      const out = expectEdit(APP, e, d => put(plainResource(d, 'Logs').properties, 'cors', map({
        allowedOrigins: list(str('*')),
        allowedMethods: list(sym('s3.HttpMethods.GET')),
      })));
      assert.ok(out.includes(`      cors: {\n        allowedOrigins: ['*'],\n        allowedMethods: [s3.HttpMethods.GET],\n      },\n`));
    });

    it('returns [] for a missing path, a path through a non-object, or broken resource text', () => {
      const t = target(APP);
      assert.deepEqual(edits.setValue(t, resource(t.doc, 'Logs'), 'encryption', true), []);
      assert.deepEqual(edits.setValue(t, resource(t.doc, 'Logs'), 'versioned.x', true), []);
      assert.deepEqual(edits.setValue(t, resource(t.doc, 'Logs'), 'lifecycleRules.expiration', 1), []);
      assert.deepEqual(edits.setValue(t, resource(t.doc, 'Logs'), 'versioned', Number.NaN), []);
      const broken = target(`import * as s3 from 'aws-cdk-lib/aws-s3';\nconst b = new s3.Bucket(this, 'B', { versioned: true, encr\n`);
      assert.deepEqual(edits.setValue(broken, resource(broken.doc, 'B'), 'versioned', false), []);
    });
  });

  describe('insertProperty', () => {
    it('multi-line object with trailing commas', () => {
      const t = target(APP);
      const e = edits.insertProperty(t, resource(t.doc, 'Logs'), 'enforceSSL', true);
      expectEdit(APP, e, d => put(plainResource(d, 'Logs').properties, 'enforceSSL', bool(true)),
        APP.replace(`        allowedOrigins: ['*'],\n      },\n    });`, `        allowedOrigins: ['*'],\n      },\n      enforceSSL: true,\n    });`));
    });

    it('creates nested object literals in the file indentation', () => {
      const t = target(APP);
      const e = edits.insertProperty(t, resource(t.doc, 'Logs'), 'intelligentTieringConfigurations.archive.days', 90);
      expectEdit(APP, e, d => put(plainResource(d, 'Logs').properties, 'intelligentTieringConfigurations', map({ archive: map({ days: num(90) }) })),
        APP.replace(`      },\n    });`, `      },\n      intelligentTieringConfigurations: {\n        archive: {\n          days: 90,\n        },\n      },\n    });`));
    });

    it('into an existing nested map', () => {
      const t = target(APP);
      const e = edits.insertProperty(t, resource(t.doc, 'Logs'), 'cors.allowedMethods', [{ $raw: 's3.HttpMethods.GET' }]);
      expectEdit(APP, e, d => put(plainPropsAt(d, 'Logs', ['cors']), 'allowedMethods', list(sym('s3.HttpMethods.GET'))),
        APP.replace(`        allowedOrigins: ['*'],\n`, `        allowedOrigins: ['*'],\n        allowedMethods: [s3.HttpMethods.GET],\n`));
    });

    it('single-line object, empty object, no props argument', () => {
      const t = target(APP);
      const single = edits.insertProperty(t, resource(t.doc, 'Data'), 'blockPublicAccess', { $raw: 's3.BlockPublicAccess.BLOCK_ALL' });
      expectEdit(APP, single, d => put(plainResource(d, 'Data').properties, 'blockPublicAccess', sym('s3.BlockPublicAccess.BLOCK_ALL')),
        APP.replace(`bucketName: 'data-🚀', logs });`, `bucketName: 'data-🚀', logs, blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL });`));
      const empty = edits.insertProperty(t, resource(t.doc, 'Empty'), 'enforceSSL', true);
      expectEdit(APP, empty, d => put(plainResource(d, 'Empty').properties, 'enforceSSL', bool(true)),
        APP.replace(`'Empty', {});`, `'Empty', { enforceSSL: true });`));
      const bare = edits.insertProperty(t, resource(t.doc, 'Bare'), 'lifecycleRules', [{ expiration: { $raw: 'Duration.days(7)' } }]);
      expectEdit(APP, bare, d => put(plainResource(d, 'Bare').properties, 'lifecycleRules', list(map({ expiration: sym('Duration.days(7)') }))),
        APP.replace(`new s3.Bucket(this, 'Bare');`, `new s3.Bucket(this, 'Bare', { lifecycleRules: [{ expiration: Duration.days(7) }] });`));
    });

    it('an inline iam.PolicyStatement with no arguments', () => {
      const t = target(APP);
      const e = edits.insertProperty(t, resource(t.doc, 'Role#statement1'), 'actions', ['s3:GetObject']);
      expectEdit(APP, e, d => {
        put(plainResource(d, 'Role#statement1').properties, 'actions', list(str('s3:GetObject')));
        // The call's argument is the statement's own text.
        (plainResource(d, 'Role').calls[0].arguments[0] as { text: string }).text = `new iam.PolicyStatement({ actions: ['s3:GetObject'] })`;
      }, APP.replace('new iam.PolicyStatement()', `new iam.PolicyStatement({ actions: ['s3:GetObject'] })`));
      const effect = edits.insertProperty(target(APP), resource(t.doc, 'Role#statement1'), 'effect', { $raw: 'iam.Effect.DENY' });
      expectEdit(APP, effect, d => {
        put(plainResource(d, 'Role#statement1').properties, 'effect', sym('iam.Effect.DENY'));
        (plainResource(d, 'Role').calls[0].arguments[0] as { text: string }).text = 'new iam.PolicyStatement({ effect: iam.Effect.DENY })';
      });
    });

    it('replaces the value when the property exists', () => {
      const t = target(APP);
      const e = edits.insertProperty(t, resource(t.doc, 'Data'), 'versioned', true);
      expectEdit(APP, e, d => put(plainResource(d, 'Data').properties, 'versioned', bool(true)));
    });

    it('a reference renders as the variable holding the construct', () => {
      const t = target(APP);
      const e = edits.insertProperty(t, resource(t.doc, 'Empty'), 'serverAccessLogsBucket', { $ref: 'Logs' });
      expectEdit(APP, e, d => {
        put(plainResource(d, 'Empty').properties, 'serverAccessLogsBucket', ref('Logs', 'logs'));
        d.links.push('Empty -> Logs @serverAccessLogsBucket');
      });
      const attr = edits.insertProperty(t, resource(t.doc, 'Empty'), 'websiteRedirect.hostName', { $ref: 'Logs', attribute: 'bucketDomainName' });
      expectEdit(APP, attr, d => {
        put(plainResource(d, 'Empty').properties, 'websiteRedirect', map({ hostName: ref('Logs', 'logs.bucketDomainName', 'bucketDomainName') }));
        d.links.push('Empty -> Logs @websiteRedirect.hostName');
      });
      // A resource no variable holds cannot be referred to.
      assert.deepEqual(edits.insertProperty(t, resource(t.doc, 'Empty'), 'x', { $ref: 'Role#statement1' }), []);
    });

    it('4 spaces, double quotes and no trailing commas', () => {
      const t = target(NAMED);
      const e = edits.insertProperty(t, resource(t.doc, 'Named'), 'lifecycleRules', [{ id: "it's", expiration: { $raw: 'Duration.days(1)' } }]);
      const out = expectEdit(NAMED, e, d => put(plainResource(d, 'Named').properties, 'lifecycleRules', list(map({ id: str("it's"), expiration: sym('Duration.days(1)') }))));
      assert.equal(out, `import { Bucket } from "aws-cdk-lib/aws-s3";
import { Stack, Duration } from "aws-cdk-lib";

export class NamedStack extends Stack {
    constructor(scope: any, id: string) {
        super(scope, id);
        const bucket = new Bucket(this, "Named", {
            versioned: true,
            bucketName: "named",
            lifecycleRules: [
                {
                    id: "it's",
                    expiration: Duration.days(1)
                }
            ]
        });
    }
}
`);
    });

    it('adds the module import a symbol needs when the file has none for it', () => {
      const t = target(NAMED);
      const e = edits.insertProperty(t, resource(t.doc, 'Named'), 'blockPublicAccess', { $raw: 's3.BlockPublicAccess.BLOCK_ALL' });
      const out = expectEdit(NAMED, e, d => put(plainResource(d, 'Named').properties, 'blockPublicAccess', sym('s3.BlockPublicAccess.BLOCK_ALL')));
      assert.ok(out.startsWith(`import { Bucket } from "aws-cdk-lib/aws-s3";\nimport { Stack } from "aws-cdk-lib";\nimport * as s3 from "aws-cdk-lib/aws-s3";\n`));
      assert.ok(out.includes(`            bucketName: "named",\n            blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL\n        });`));
    });

    it('tabs and CRLF line ends', () => {
      const text = NAMED.replace(/ {4}/g, '\t').replace(/\n/g, '\r\n');
      const t = target(text);
      const e = edits.insertProperty(t, resource(t.doc, 'Named'), 'cors', { allowedOrigins: ['*'] });
      const out = expectEdit(text, e, d => put(plainResource(d, 'Named').properties, 'cors', map({ allowedOrigins: list(str('*')) })));
      assert.ok(out.includes('\t\t\tbucketName: "named",\r\n\t\t\tcors: {\r\n\t\t\t\tallowedOrigins: ["*"]\r\n\t\t\t}\r\n\t\t});'), JSON.stringify(out));
    });

    it('writes symbols with the aliases of the file: root namespace, root-export aliases, named classes', () => {
      const text = `import * as cdk from 'aws-cdk-lib';
import { aws_sqs as queues } from 'aws-cdk-lib';
import { BlockPublicAccess } from 'aws-cdk-lib/aws-s3';

export class S extends cdk.Stack {
  constructor(scope: any, id: string) {
    super(scope, id);
    new cdk.aws_s3.Bucket(this, 'B', {
      versioned: true,
    });
  }
}
`;
      const t = target(text);
      const e = edits.insertProperty(t, resource(t.doc, 'B'), 'x', {
        a: { $raw: 's3.BlockPublicAccess.BLOCK_ALL' },
        b: { $raw: 'Duration.days(3)' },
        c: { $raw: 'sqs.QueueEncryption.KMS' },
        d: { $raw: 'kms.KeySpec.SYMMETRIC_DEFAULT' },
      });
      const out = expectEdit(text, e, d => put(plainResource(d, 'B').properties, 'x', map({
        a: sym('s3.BlockPublicAccess.BLOCK_ALL'),
        b: sym('Duration.days(3)'),
        c: sym('sqs.QueueEncryption.KMS'),
        d: sym('kms.KeySpec.SYMMETRIC_DEFAULT'),
      })));
      assert.ok(out.includes(`      x: {
        a: BlockPublicAccess.BLOCK_ALL,
        b: cdk.Duration.days(3),
        c: queues.QueueEncryption.KMS,
        d: cdk.aws_kms.KeySpec.SYMMETRIC_DEFAULT,
      },`), out);
    });

    it('CommonJS: adds to the root destructuring or a require line', () => {
      const text = `const { aws_s3: s3 } = require('aws-cdk-lib')
const iam = require('aws-cdk-lib/aws-iam')

class S {
  constructor(scope) {
    this.b = new s3.Bucket(scope, 'B', { versioned: true })
  }
}
`;
      const t = target(text);
      const e = edits.insertProperty(t, resource(t.doc, 'B'), 'removalPolicy', { $raw: 'RemovalPolicy.DESTROY' });
      const out = expectEdit(text, e, d => put(plainResource(d, 'B').properties, 'removalPolicy', sym('RemovalPolicy.DESTROY')));
      assert.ok(out.startsWith(`const { aws_s3: s3, RemovalPolicy } = require('aws-cdk-lib')\n`), out);
      // Raw text the model does not evaluate stays unknown after the re-parse; its module is required.
      const k = edits.insertProperty(t, resource(t.doc, 'B'), 'encryptionKey', { $raw: `kms.Alias.fromAliasName(this, 'A', 'alias/x')` });
      const withKey = expectEdit(text, k, d => put(plainResource(d, 'B').properties, 'encryptionKey', { kind: 'unknown', text: `kms.Alias.fromAliasName(this, 'A', 'alias/x')` }));
      assert.ok(withKey.includes(`const iam = require('aws-cdk-lib/aws-iam')\nconst kms = require('aws-cdk-lib/aws-kms')\n`), withKey);
      assert.ok(withKey.includes(`{ versioned: true, encryptionKey: kms.Alias.fromAliasName(this, 'A', 'alias/x') })`), withKey);
    });

    it('refuses what is not safe', () => {
      const t = target(`import * as s3 from 'aws-cdk-lib/aws-s3';\nnew s3.Bucket(this, 'P', props);\nconst Duration = 1;\nnew s3.Bucket(this, 'Q', {});\n`);
      assert.deepEqual(edits.insertProperty(t, resource(t.doc, 'P'), 'versioned', true), []);
      // `Duration` is the file's own variable here: inserting Duration.days(1) would mean something else.
      assert.deepEqual(edits.insertProperty(t, resource(t.doc, 'Q'), 'x', { $raw: 'Duration.days(1)' }), []);
      assert.deepEqual(edits.insertProperty(t, resource(t.doc, 'Q'), 'x', { $raw: 'not ( valid' }), []);
      assert.deepEqual(edits.insertProperty(t, resource(t.doc, 'Q'), 'a..b', 1), []);
      // A file's alias is not canonical text: no `import * as elbv2 from 'aws-cdk-lib/aws-elbv2'`.
      assert.deepEqual(edits.insertProperty(t, resource(t.doc, 'Q'), 'x', { $raw: 'elbv2.ApplicationProtocol.HTTPS' }), []);
      const cdk = target(`import * as cdk from 'aws-cdk-lib';\nnew cdk.aws_s3.Bucket(this, 'Q', {});\n`);
      assert.deepEqual(edits.insertProperty(cdk, resource(cdk.doc, 'Q'), 'x', { $raw: 'elbv2.ApplicationProtocol.HTTPS' }), []);
    });
  });

  describe('removeProperty', () => {
    it('a whole line in a multi-line object (first, middle, last with trailing comma)', () => {
      const t = target(APP);
      const r = resource(t.doc, 'Logs');
      expectEdit(APP, edits.removeProperty(t, r, 'versioned'), d => drop(plainResource(d, 'Logs').properties, 'versioned'),
        APP.replace('      versioned: true,\n', ''));
      expectEdit(APP, edits.removeProperty(t, r, 'lifecycleRules'), d => drop(plainResource(d, 'Logs').properties, 'lifecycleRules'),
        APP.replace('      lifecycleRules: [{ expiration: Duration.days(30) }],\n', ''));
      expectEdit(APP, edits.removeProperty(t, r, 'cors'), d => drop(plainResource(d, 'Logs').properties, 'cors'),
        APP.replace(`      cors: {\n        allowedOrigins: ['*'],\n      },\n`, ''));
      expectEdit(APP, edits.removeProperty(t, r, 'cors.allowedOrigins'), d => drop(plainPropsAt(d, 'Logs', ['cors']), 'allowedOrigins'),
        APP.replace(`        allowedOrigins: ['*'],\n`, ''));
    });

    it('the last property without a trailing comma drops the comma before it', () => {
      const t = target(NAMED);
      expectEdit(NAMED, edits.removeProperty(t, resource(t.doc, 'Named'), 'bucketName'), d => drop(plainResource(d, 'Named').properties, 'bucketName'),
        NAMED.replace(`            versioned: true,\n            bucketName: "named"\n`, `            versioned: true\n`));
    });

    it('inline: first, middle, last and only property', () => {
      const t = target(APP);
      const r = resource(t.doc, 'Data');
      expectEdit(APP, edits.removeProperty(t, r, 'versioned'), d => drop(plainResource(d, 'Data').properties, 'versioned'),
        APP.replace(`{ versioned: false, bucketName: 'data-🚀', logs }`, `{ bucketName: 'data-🚀', logs }`));
      expectEdit(APP, edits.removeProperty(t, r, 'bucketName'), d => drop(plainResource(d, 'Data').properties, 'bucketName'),
        APP.replace(`{ versioned: false, bucketName: 'data-🚀', logs }`, `{ versioned: false, logs }`));
      expectEdit(APP, edits.removeProperty(t, r, 'logs'), d => {
        drop(plainResource(d, 'Data').properties, 'logs');
        d.links = d.links.filter(l => l !== 'Data -> Logs @logs');
      }, APP.replace(`{ versioned: false, bucketName: 'data-🚀', logs }`, `{ versioned: false, bucketName: 'data-🚀' }`));
      const role = resource(t.doc, 'Role');
      expectEdit(APP, edits.removeProperty(t, role, 'assumedBy'), d => drop(plainResource(d, 'Role').properties, 'assumedBy'),
        APP.replace(`{ assumedBy: new iam.AccountRootPrincipal() }`, '{}'));
    });

    it('returns [] when there is nothing to remove', () => {
      const t = target(APP);
      assert.deepEqual(edits.removeProperty(t, resource(t.doc, 'Logs'), 'encryption'), []);
      assert.deepEqual(edits.removeProperty(t, resource(t.doc, 'Bare'), 'versioned'), []);
      assert.deepEqual(edits.removeProperty(t, resource(t.doc, 'Logs'), 'cors.allowedMethods'), []);
    });
  });

  describe('addResource', () => {
    it('after the given resource, in its indentation and with its scope', () => {
      const t = target(APP);
      const e = edits.addResource(t, {
        type: 'iam.Policy',
        name: 'ReadLogs',
        properties: {
          statements: [{ $raw: `new iam.PolicyStatement({ actions: ['s3:GetObject'], resources: ['*'] })` }],
          roles: [{ $ref: 'Role' }],
        },
      }, resource(t.doc, 'Role'));
      expectEdit(APP, e, d => {
        const i = d.resources.findIndex(r => r.name === 'Role#statement1');
        d.resources.splice(i, 0, {
          type: 'iam.Policy',
          kind: 'aws.iam.policy',
          name: 'ReadLogs',
          properties: [
            { key: 'statements', value: list(ref('ReadLogs#statement1', `new iam.PolicyStatement({ actions: ['s3:GetObject'], resources: ['*'] })`)) },
            { key: 'roles', value: list(ref('Role', 'role')) },
          ],
          calls: [],
        }, {
          type: 'iam.PolicyStatement',
          kind: 'aws.iam.policy-statement',
          name: 'ReadLogs#statement1',
          properties: [{ key: 'actions', value: list(str('s3:GetObject')) }, { key: 'resources', value: list(str('*')) }],
          calls: [],
        });
        d.links.push('ReadLogs -> ReadLogs#statement1 @statements', 'ReadLogs -> Role @roles');
      }, APP.replace(`new iam.AccountRootPrincipal() });\n`, `new iam.AccountRootPrincipal() });
    new iam.Policy(this, 'ReadLogs', {
      statements: [new iam.PolicyStatement({ actions: ['s3:GetObject'], resources: ['*'] })],
      roles: [role],
    });
`));
    });

    it('without an anchor: after the last construct; adds the module import', () => {
      const t = target(APP);
      const e = edits.addResource(t, { type: 'sqs.Queue', name: 'Jobs', properties: { fifo: true } });
      const out = expectEdit(APP, e, (d: PlainDoc) => {
        const i = d.resources.findIndex(r => r.name === 'Role#statement1');
        d.resources.splice(i, 0, { type: 'sqs.Queue', kind: 'aws.sqs.queue', name: 'Jobs', properties: [{ key: 'fifo', value: bool(true) }], calls: [] });
      });
      assert.ok(out.includes(`import { Duration, Stack } from 'aws-cdk-lib';\nimport * as sqs from 'aws-cdk-lib/aws-sqs';\n`));
      assert.ok(out.includes(`assumedBy: new iam.AccountRootPrincipal() });\n    new sqs.Queue(this, 'Jobs', {\n      fifo: true,\n    });\n    role.addToPolicy`));
    });

    it('a stack with no constructs yet: after super(...); v1 import paths; no props', () => {
      const text = `import * as cdk from '@aws-cdk/core';

export class EmptyStack extends cdk.Stack {
  constructor(scope: cdk.Construct, id: string) {
    super(scope, id);
  }
}
`;
      const t = target(text);
      const e = edits.addResource(t, { type: 's3.Bucket', name: 'First', properties: {} });
      expectEdit(text, e, d => d.resources.push({ type: 's3.Bucket', kind: 'aws.s3.bucket', name: 'First', properties: [], calls: [] }),
        `import * as cdk from '@aws-cdk/core';
import * as s3 from '@aws-cdk/aws-s3';

export class EmptyStack extends cdk.Stack {
  constructor(scope: cdk.Construct, id: string) {
    super(scope, id);
    new s3.Bucket(this, 'First');
  }
}
`);
    });

    it('in a helper function: the anchor scope argument and CommonJS style', () => {
      const text = `const { aws_s3: s3 } = require('aws-cdk-lib');

function addBuckets(scope) {
  const a = new s3.Bucket(scope, 'A', { versioned: true })
  return a
}
`;
      const t = target(text);
      const e = edits.addResource(t, { type: 'ec2.Vpc', name: 'Net', properties: { maxAzs: 2 } }, resource(t.doc, 'A'));
      expectEdit(text, e, d => d.resources.push({ type: 'ec2.Vpc', kind: 'aws.ec2.vpc', name: 'Net', properties: [{ key: 'maxAzs', value: num(2) }], calls: [] }),
        `const { aws_s3: s3 } = require('aws-cdk-lib');
const ec2 = require('aws-cdk-lib/aws-ec2')

function addBuckets(scope) {
  const a = new s3.Bucket(scope, 'A', { versioned: true })
  new ec2.Vpc(scope, 'Net', {
    maxAzs: 2,
  })
  return a
}
`);
    });

    it('refuses a reference to a construct declared after the new statement', () => {
      const t = target(APP);
      assert.deepEqual(edits.addResource(t, { type: 'iam.Policy', name: 'P', properties: { roles: [{ $ref: 'Role' }] } }, resource(t.doc, 'Logs')), []);
    });

    it('refuses where a statement cannot go', () => {
      const text = `import * as s3 from 'aws-cdk-lib/aws-s3';
class S {
  readonly b = new s3.Bucket(this, 'Member');
}
`;
      const t = target(text);
      assert.deepEqual(edits.addResource(t, { type: 's3.Bucket', name: 'X', properties: {} }, resource(t.doc, 'Member')), []);
      const none = target(`import * as s3 from 'aws-cdk-lib/aws-s3';\n`);
      assert.deepEqual(edits.addResource(none, { type: 's3.Bucket', name: 'X', properties: {} }), []);
    });
  });

  it('every operation leaves other resources untouched (all values)', () => {
    const t = target(APP);
    const values: EditValue[] = [0, -2.5, 'x', true, null, [], {}, [1, 'two'], { a: { b: [] } }];
    for (const v of values) {
      const e = edits.insertProperty(t, resource(t.doc, 'Bare'), 'value', v);
      const toPlain = (x: EditValue): Plain => {
        if (x === null) return { kind: 'null' };
        if (typeof x === 'number') return num(x);
        if (typeof x === 'string') return str(x);
        if (typeof x === 'boolean') return bool(x);
        if (Array.isArray(x)) return list(...x.map(toPlain));
        return map(Object.fromEntries(Object.entries(x).map(([k, y]) => [k, toPlain(y as EditValue)])));
      };
      expectEdit(APP, e, d => put(plainResource(d, 'Bare').properties, 'value', toPlain(v)));
    }
  });
});
