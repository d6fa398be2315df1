import * as assert from 'node:assert/strict';
import { parseCdkTypeScript } from '../../../../src/core/iac/cdk/typescript';
import { parseDocument } from '../../../../src/core/iac/parseDocument';
import {
  bool, list, map, num, plainDoc, plainProperties, plainValue, prop, rangeOf, ref, resource, str, sym, unk,
} from './helpers';

const HEADER = `import * as s3 from 'aws-cdk-lib/aws-s3';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as iam from 'aws-cdk-lib/aws-iam';
import { Duration, RemovalPolicy, Stack } from 'aws-cdk-lib';
`;

function stack(body: string, header = HEADER): string {
  return `${header}
export class DemoStack extends Stack {
  constructor(scope: any, id: string) {
    super(scope, id);
${body}
  }
}
`;
}

describe('cdk-typescript parser', () => {
  describe('imports and aliases', () => {
    const cases: [string, string, string, string][] = [
      ['namespace import', `import * as s3 from 'aws-cdk-lib/aws-s3';`, `new s3.Bucket(this, 'B');`, 's3.Bucket'],
      ['root export alias', `import { aws_s3 as storage } from 'aws-cdk-lib';`, `new storage.Bucket(this, 'B');`, 'storage.Bucket'],
      ['root export without alias', `import { aws_s3 } from 'aws-cdk-lib';`, `new aws_s3.Bucket(this, 'B');`, 'aws_s3.Bucket'],
      ['named class', `import { Bucket as B2, Bucket } from 'aws-cdk-lib/aws-s3';`, `new B2(this, 'B');`, 'B2'],
      ['root namespace', `import * as cdk from 'aws-cdk-lib';`, `new cdk.aws_s3.Bucket(this, 'B');`, 'cdk.aws_s3.Bucket'],
      ['default import', `import cdk from 'aws-cdk-lib';`, `new cdk.aws_s3.Bucket(this, 'B');`, 'cdk.aws_s3.Bucket'],
      ['v1 module', `import * as s3 from '@aws-cdk/aws-s3';`, `new s3.Bucket(this, 'B');`, 's3.Bucket'],
      ['import = require', `import s3 = require('aws-cdk-lib/aws-s3');`, `new s3.Bucket(this, 'B');`, 's3.Bucket'],
      ['require', `const s3 = require('aws-cdk-lib/aws-s3');`, `new s3.Bucket(this, 'B');`, 's3.Bucket'],
      ['destructured require', `const { aws_s3: s3 } = require('aws-cdk-lib');`, `new s3.Bucket(this, 'B');`, 's3.Bucket'],
      ['destructured class require', `const { Bucket } = require('aws-cdk-lib/aws-s3');`, `new Bucket(this, 'B');`, 'Bucket'],
      ['member of a required root', `const cdk = require('aws-cdk-lib');\nconst s3 = cdk.aws_s3;`, `new s3.Bucket(this, 'B');`, 's3.Bucket'],
    ];
    for (const [label, imports, code, type] of cases) {
      it(`resolves ${label}`, () => {
        const doc = parseCdkTypeScript(`${imports}\n${code}\n`);
        assert.deepEqual(doc.resources.map(r => [r.type, r.kind, r.name]), [[type, 'aws.s3.bucket', 'B']]);
      });
    }

    it('kinds L1 and dashed modules through cdkKind', () => {
      const doc = parseCdkTypeScript(`import { aws_ec2 as ec2, aws_lambda_nodejs as nodejs } from 'aws-cdk-lib';
new ec2.CfnSecurityGroupIngress(this, 'In', { ipProtocol: 'tcp' });
new nodejs.NodejsFunction(this, 'Fn', { entry: 'x.ts' });
new ec2.SomethingNew(this, 'Future');
`);
      assert.deepEqual(doc.resources.map(r => [r.name, r.kind]), [
        ['In', 'aws.ec2.security-group-ingress'],
        ['Fn', 'aws.lambda.function'],
        ['Future', 'unknown'],
      ]);
    });

    it('ignores classes that are not aws-cdk-lib constructs', () => {
      const doc = parseCdkTypeScript(stack(`    new Stack(scope, 'Other');
    new MyBucket(this, 'Mine', { versioned: false });
    const p = new iam.ServicePrincipal('lambda.amazonaws.com');
    new s3.Bucket(this, 'Real');`));
      assert.deepEqual(doc.resources.map(r => r.name), ['Real']);
    });

    it('is not fooled by a local variable named like a module', () => {
      const doc = parseCdkTypeScript(`import * as s3 from 'aws-cdk-lib/aws-s3';
const sqs = { Queue: class {} };
new sqs.Queue(this, 'NotCdk');
new s3.Bucket(this, 'Cdk');
`);
      assert.deepEqual(doc.resources.map(r => r.name), ['Cdk']);
    });
  });

  describe('resources and exact ranges (Korean and emoji before them)', () => {
    const text = stack(`    // 한국어 설명 🚀: 로그 버킷
    /* 설명 🚀🚀 */ const logs = new s3.Bucket(this, '로그🚀', { versioned: true, bucketName: '버킷-🚀' });
    new ec2.Vpc(this, "Vpc", {
      maxAzs: 2,
    });
    this.archive = new s3.Bucket(this, \`Archive\`);`);
    const doc = parseCdkTypeScript(text);

    it('models the resource with UTF-16 columns', () => {
      const logs = resource(doc, '로그🚀');
      const line = text.split('\n').findIndex(l => l.includes('const logs'));
      // "    /* 설명 🚀🚀 */ " is 18 UTF-16 units: 4 + "/* " 3 + 설명 2 + 1 + 🚀🚀 4 + " */ " 4.
      assert.deepEqual(logs.range, { start: { line, character: 18 }, end: { line, character: 101 } });
      assert.deepEqual(logs.typeRange, { start: { line, character: 35 }, end: { line, character: 44 } });
      // '로그🚀' inside the quotes: 로그 is 2 units, 🚀 a surrogate pair of 2.
      assert.deepEqual(logs.nameRange, { start: { line, character: 52 }, end: { line, character: 56 } });
      assert.equal(logs.format, 'cdk-typescript');
      assert.equal(logs.role, 'resource');
      assert.equal(logs.type, 's3.Bucket');
      assert.equal(logs.kind, 'aws.s3.bucket');
      assert.equal(logs.variable, 'logs');
      assert.deepEqual(logs.calls, []);
    });

    it('ranges of keys, values and properties', () => {
      const logs = resource(doc, '로그🚀');
      const name = prop(logs, 'bucketName');
      assert.deepEqual(name.keyRange, rangeOf(text, 'bucketName'));
      assert.deepEqual(name.value, { kind: 'string', value: '버킷-🚀', range: rangeOf(text, `'버킷-🚀'`) });
      assert.deepEqual(name.range, rangeOf(text, `bucketName: '버킷-🚀'`));
      assert.deepEqual(prop(logs, 'versioned').range, rangeOf(text, 'versioned: true'));
    });

    it('range is the whole statement; nameRange without quotes of any kind', () => {
      const vpc = resource(doc, 'Vpc');
      assert.deepEqual(vpc.range, rangeOf(text, `new ec2.Vpc(this, "Vpc", {\n      maxAzs: 2,\n    });`));
      assert.deepEqual(vpc.nameRange, rangeOf(text, '"Vpc"', 0, 'Vpc'));
      assert.equal(vpc.variable, undefined);
      const archive = resource(doc, 'Archive');
      assert.equal(archive.variable, 'this.archive');
      assert.deepEqual(archive.range, rangeOf(text, 'this.archive = new s3.Bucket(this, `Archive`);'));
      assert.deepEqual(archive.nameRange, rangeOf(text, '`Archive`', 0, 'Archive'));
    });

    it('through parseDocument for .ts and .js', async () => {
      const viaDispatcher = await parseDocument(text, { uri: 'file:///lib/demo-stack.ts' });
      assert.equal(viaDispatcher.format, 'cdk-typescript');
      assert.equal(viaDispatcher.syntax, 'typescript');
      assert.deepEqual(plainDoc(viaDispatcher), plainDoc(doc));
      const js = await parseDocument(`const s3 = require('aws-cdk-lib/aws-s3');\nnew s3.Bucket(this, 'B', { versioned: true });\n`, { languageId: 'javascript' });
      assert.deepEqual(js.resources.map(r => r.name), ['B']);
    });
  });

  describe('variables and scopes', () => {
    it('class properties, this members, construct ids from expressions', () => {
      const text = `import * as s3 from 'aws-cdk-lib/aws-s3';
import * as sqs from 'aws-cdk-lib/aws-sqs';
export class S extends Stack {
  readonly queue = new sqs.Queue(this, 'Q');
  private bucket: s3.Bucket;
  constructor(scope: any, id: string) {
    super(scope, id);
    this.bucket = new s3.Bucket(this, \`\${id}-bucket\`, { queue: this.queue });
  }
}
`;
      const doc = parseCdkTypeScript(text);
      const q = resource(doc, 'Q');
      assert.equal(q.variable, 'this.queue');
      assert.deepEqual(q.range, rangeOf(text, `readonly queue = new sqs.Queue(this, 'Q');`));
      const b = resource(doc, '`${id}-bucket`');
      assert.equal(b.variable, 'this.bucket');
      assert.deepEqual(b.nameRange, rangeOf(text, '`${id}-bucket`'));
      assert.deepEqual(prop(b, 'queue').value, { kind: 'reference', target: 'Q', text: 'this.queue', range: rangeOf(text, 'this.queue') });
    });

    it('keeps same-named variables of different functions apart, and parameters shadow', () => {
      const doc = parseCdkTypeScript(`import * as s3 from 'aws-cdk-lib/aws-s3';
import * as lambda from 'aws-cdk-lib/aws-lambda';
function one(scope: any) {
  const bucket = new s3.Bucket(scope, 'One');
  new lambda.Function(scope, 'FnOne', { environment: { B: bucket.bucketName } });
}
function two(scope: any) {
  const bucket = new s3.Bucket(scope, 'Two');
  new lambda.Function(scope, 'FnTwo', { environment: { B: bucket.bucketName } });
  const inner = (bucket: any) => new lambda.Function(scope, 'FnInner', { environment: { B: bucket.bucketName } });
}
`);
      const env = (n: string) => plainValue(prop(prop(resource(doc, n), 'environment').value.kind === 'map' ? (prop(resource(doc, n), 'environment').value as any).properties : [], 'B').value);
      assert.deepEqual(env('FnOne'), ref('One', 'bucket.bucketName', 'bucketName'));
      assert.deepEqual(env('FnTwo'), ref('Two', 'bucket.bucketName', 'bucketName'));
      assert.deepEqual(env('FnInner'), unk('bucket.bucketName'));
      assert.deepEqual(doc.links.map(l => `${l.from}->${l.to}`), ['FnOne->One', 'FnTwo->Two']);
    });

    it('a `let` assigned in a nested block keeps its binding', () => {
      const doc = parseCdkTypeScript(stack(`    let bucket: s3.Bucket;
    if (props.logs) {
      bucket = new s3.Bucket(this, 'Late');
    }
    bucket.grantRead(new iam.AccountRootPrincipal());`));
      assert.equal(resource(doc, 'Late').variable, 'bucket');
      assert.deepEqual(resource(doc, 'Late').calls.map(c => c.method), ['grantRead']);
    });

    it('an alias of a construct variable refers to the same resource', () => {
      const doc = parseCdkTypeScript(stack(`    const b = new s3.Bucket(this, 'B');
    const same = b;
    same.grantPublicAccess();
    new iam.User(this, 'U', { bucket: same });`));
      assert.deepEqual(resource(doc, 'B').calls.map(c => c.method), ['grantPublicAccess']);
      assert.deepEqual(plainValue(prop(resource(doc, 'U'), 'bucket').value), ref('B', 'same'));
    });
  });

  describe('values', () => {
    const text = stack(`    const key = new s3.Bucket(this, 'Other');
    const b = new s3.Bucket(this, 'B', {
      str: 'a',
      dq: "b",
      tpl: \`plain\`,
      tplSub: \`x-\${id}\`,
      n: 42,
      neg: -1.5,
      hex: 0x10,
      sep: 1_000,
      t: true,
      f: false,
      nul: null,
      undef: undefined,
      'quoted-key': 'q',
      list: ['x', 1, ...more],
      nested: { inner: { deep: RemovalPolicy.DESTROY } },
      enumMember: s3.BlockPublicAccess.BLOCK_ALL,
      helper: Duration.days(30),
      port: ec2.Port.tcpRange(8000, 8080),
      peer: ec2.Peer.ipv4("10.0.0.0/8"),
      nestedSymbols: ec2.InstanceType.of(ec2.InstanceClass.T4G, ec2.InstanceSize.MICRO),
      notLiteralArgs: Duration.days(props.days),
      call: someFunction(),
      asConst: 'c' as const,
      keyRef: key,
      keyArn: key.bucketArn,
      vpc,
      fn() { return 1; },
      ...common,
    });`);
    const doc = parseCdkTypeScript(text);
    const b = resource(doc, 'B');

    it('literals, lists and maps', () => {
      const expected: [string, unknown][] = [
        ['str', str('a')], ['dq', str('b')], ['tpl', str('plain')], ['tplSub', unk('`x-${id}`')],
        ['n', num(42)], ['neg', num(-1.5)], ['hex', num(16)], ['sep', num(1000)],
        ['t', bool(true)], ['f', bool(false)], ['nul', { kind: 'null' }], ['undef', unk('undefined')],
        ['quoted-key', str('q')],
        ['list', list(str('x'), num(1), unk('...more'))],
        ['nested', map({ inner: map({ deep: sym('RemovalPolicy.DESTROY') }) })],
      ];
      for (const [key, value] of expected) assert.deepEqual(plainValue(prop(b, key).value), value, key);
      assert.deepEqual(prop(b, 'quoted-key').keyRange, rangeOf(text, `'quoted-key'`, 0, 'quoted-key'));
      assert.deepEqual(prop(b, 'hex').value.range, rangeOf(text, '0x10'));
      assert.deepEqual(prop(b, 'list').value.range, rangeOf(text, `['x', 1, ...more]`));
    });

    it('symbols with canonical module prefixes and literal arguments', () => {
      assert.deepEqual(plainValue(prop(b, 'enumMember').value), sym('s3.BlockPublicAccess.BLOCK_ALL'));
      assert.deepEqual(plainValue(prop(b, 'helper').value), sym('Duration.days(30)'));
      assert.deepEqual(plainValue(prop(b, 'port').value), sym('ec2.Port.tcpRange(8000, 8080)'));
      assert.deepEqual(plainValue(prop(b, 'peer').value), sym(`ec2.Peer.ipv4('10.0.0.0/8')`));
      assert.deepEqual(plainValue(prop(b, 'nestedSymbols').value), sym('ec2.InstanceType.of(ec2.InstanceClass.T4G, ec2.InstanceSize.MICRO)'));
      assert.deepEqual(prop(b, 'helper').value.range, rangeOf(text, 'Duration.days(30)'));
    });

    it('never guesses: expressions stay unknown with their text', () => {
      assert.deepEqual(plainValue(prop(b, 'notLiteralArgs').value), unk('Duration.days(props.days)'));
      assert.deepEqual(plainValue(prop(b, 'call').value), unk('someFunction()'));
      assert.deepEqual(plainValue(prop(b, 'vpc').value), unk('vpc'));
      assert.deepEqual(plainValue(prop(b, 'fn').value), unk('fn() { return 1; }'));
      assert.deepEqual(prop(b, 'call').value.range, rangeOf(text, 'someFunction()'));
    });

    it('as-expressions unwrap; the range covers what is written', () => {
      assert.deepEqual(prop(b, 'asConst').value, { kind: 'string', value: 'c', range: rangeOf(text, `'c' as const`) });
    });

    it('construct variables are references with the member as attribute', () => {
      const at = rangeOf(text, 'keyRef: key,').start;
      const keyValue = { start: { line: at.line, character: at.character + 8 }, end: { line: at.line, character: at.character + 11 } };
      assert.deepEqual(prop(b, 'keyRef').value, { kind: 'reference', target: 'Other', text: 'key', range: keyValue });
      assert.deepEqual(plainValue(prop(b, 'keyArn').value), ref('Other', 'key.bucketArn', 'bucketArn'));
    });

    it('spread is an unknown property "..."', () => {
      const spread = prop(b, '...');
      assert.deepEqual(spread.keyRange, rangeOf(text, '...common', 0, '...'));
      assert.deepEqual(spread.range, rangeOf(text, '...common'));
      assert.deepEqual(plainValue(spread.value), unk('common'));
      assert.equal(b.properties[b.properties.length - 1], spread);
    });

    it('props that are not an object literal are one "..." property', () => {
      const d = parseCdkTypeScript(stack(`    new s3.Bucket(this, 'P', props.bucket);`));
      assert.deepEqual(plainProperties(resource(d, 'P').properties), [{ key: '...', value: unk('props.bucket') }]);
    });

    it('a CDK class built from one props object is its map, like a Python keyword call', () => {
      const t = stack(`    new s3.Bucket(this, 'S', {
      blockPublicAccess: new s3.BlockPublicAccess({ blockPublicAcls: false, ignorePublicAcls: true }),
      doc: new iam.PolicyDocument({ statements: [new iam.PolicyStatement({ actions: ['s3:*'] })] }),
      notStruct: new ec2.InstanceType('t3.micro'),
      notCdk: new Thing({ a: 1 }),
    });`);
      const d = parseCdkTypeScript(t);
      const s = resource(d, 'S');
      assert.deepEqual(plainValue(prop(s, 'blockPublicAccess').value), map({ blockPublicAcls: bool(false), ignorePublicAcls: bool(true) }));
      assert.deepEqual(prop(s, 'blockPublicAccess').value.range, rangeOf(t, 'new s3.BlockPublicAccess({ blockPublicAcls: false, ignorePublicAcls: true })'));
      assert.deepEqual(plainValue(prop(s, 'doc').value), map({ statements: list(ref('S#statement1', `new iam.PolicyStatement({ actions: ['s3:*'] })`)) }));
      assert.deepEqual(plainValue(prop(s, 'notStruct').value), unk(`new ec2.InstanceType('t3.micro')`));
      assert.deepEqual(plainValue(prop(s, 'notCdk').value), unk('new Thing({ a: 1 })'));
    });

    it('template literals with references link without guessing a value', () => {
      const d = parseCdkTypeScript(stack(`    const bucket = new s3.Bucket(this, 'Data');
    new iam.Role(this, 'R', { description: \`reads \${bucket.bucketName}\` });`));
      assert.deepEqual(plainValue(prop(resource(d, 'R'), 'description').value), unk('`reads ${bucket.bucketName}`'));
      assert.deepEqual(d.links.map(l => [l.from, l.to, l.path]), [['R', 'Data', 'description']]);
    });
  });

  describe('links', () => {
    const text = stack(`    const vpc = new ec2.Vpc(this, 'Vpc');
    const sg = new ec2.SecurityGroup(this, 'Sg', { vpc, description: 'x' });
    const bucket = new s3.Bucket(this, 'Data');
    const role = new iam.Role(this, 'Role', {
      assumedBy: new iam.ServicePrincipal('ec2.amazonaws.com'),
      inlinePolicies: {
        read: new iam.PolicyDocument({ statements: [new iam.PolicyStatement({ resources: [bucket.arnForObjects('*')] })] }),
      },
      description: \`for \${vpc.vpcId}\`,
      tags: [props.tag, sg.securityGroupId],
      self: role,
    });
    new ec2.Instance(this, 'Box', { vpc, securityGroup: sg, role, userData: ec2.UserData.custom(bucket.bucketName) });`);
    const doc = parseCdkTypeScript(text);

    it('one link per reference to another resource, with the property path', () => {
      assert.deepEqual(doc.links.map(l => [l.from, l.to, l.path]), [
        ['Sg', 'Vpc', 'vpc'],
        ['Role', 'Role#statement1', 'inlinePolicies.read.statements'],
        ['Role#statement1', 'Data', 'resources'],
        ['Role', 'Vpc', 'description'],
        ['Role', 'Sg', 'tags'],
        ['Box', 'Vpc', 'vpc'],
        ['Box', 'Sg', 'securityGroup'],
        ['Box', 'Role', 'role'],
        ['Box', 'Data', 'userData'],
      ]);
    });

    it('link ranges point at the reference', () => {
      const l = doc.links.find(x => x.from === 'Role' && x.to === 'Sg')!;
      assert.deepEqual(l.range, rangeOf(text, 'sg.securityGroupId'));
      const shorthand = doc.links.find(x => x.from === 'Box' && x.to === 'Role')!;
      assert.deepEqual(shorthand.range, rangeOf(text, 'role, userData', 0, 'role'));
    });

    it('no link to itself, to parameters or to things that are not resources', () => {
      assert.ok(!doc.links.some(l => l.from === l.to));
      assert.ok(!doc.links.some(l => l.to === 'props' || l.to === 'scope'));
    });
  });

  describe('posture method calls', () => {
    const text = stack(`    const vpc = new ec2.Vpc(this, 'Vpc');
    const web = new ec2.SecurityGroup(this, 'Web', { vpc });
    const db = new ec2.SecurityGroup(this, 'Db', { vpc });
    web.addIngressRule(ec2.Peer.anyIpv4(), ec2.Port.tcp(22), 'SSH 🚀');
    db.addIngressRule(web, ec2.Port.tcp(5432));
    db.connections.allowFrom(web, ec2.Port.allTcp());
    web.node.addDependency(db);
    web.toString();
    this.bucket = new s3.Bucket(this, 'B');
    this.bucket.grantRead(web);`);
    const doc = parseCdkTypeScript(text);

    it('records calls with argument values and ranges', () => {
      const web = resource(doc, 'Web');
      assert.equal(web.calls.length, 1);
      const call = web.calls[0];
      assert.equal(call.method, 'addIngressRule');
      assert.deepEqual(call.arguments.map(plainValue), [sym('ec2.Peer.anyIpv4()'), sym('ec2.Port.tcp(22)'), str('SSH 🚀')]);
      assert.deepEqual(call.range, rangeOf(text, `web.addIngressRule(ec2.Peer.anyIpv4(), ec2.Port.tcp(22), 'SSH 🚀')`));
      assert.deepEqual(call.nameRange, rangeOf(text, 'addIngressRule', 0));
    });

    it('connections.allowFrom, construct arguments as references and links', () => {
      const db = resource(doc, 'Db');
      assert.deepEqual(db.calls.map(c => [c.method, c.arguments.map(plainValue)]), [
        ['addIngressRule', [ref('Web', 'web'), sym('ec2.Port.tcp(5432)')]],
        ['connections.allowFrom', [ref('Web', 'web'), sym('ec2.Port.allTcp()')]],
      ]);
      assert.deepEqual(db.calls[1].nameRange, rangeOf(text, 'connections.allowFrom'));
      assert.deepEqual(
        doc.links.filter(l => l.path.startsWith('calls.')).map(l => [l.from, l.to, l.path]),
        [['Db', 'Web', 'calls.addIngressRule'], ['Db', 'Web', 'calls.connections.allowFrom'], ['B', 'Web', 'calls.grantRead']],
      );
    });

    it('calls on this members; no calls for other methods', () => {
      assert.deepEqual(resource(doc, 'B').calls.map(c => c.method), ['grantRead']);
      assert.equal(resource(doc, 'Vpc').calls.length, 0);
    });

    it('a bastion host opening SSH to the peers it is given', () => {
      const t = stack(`    const host = new ec2.BastionHostLinux(this, 'Bastion', { vpc: props.vpc });
    host.allowSshAccessFrom(ec2.Peer.ipv4('10.0.0.0/8'), ec2.Peer.anyIpv4());`);
      assert.deepEqual(
        resource(parseCdkTypeScript(t), 'Bastion').calls.map(c => [c.method, c.arguments.map(plainValue)]),
        [['allowSshAccessFrom', [sym("ec2.Peer.ipv4('10.0.0.0/8')"), sym('ec2.Peer.anyIpv4()')]]],
      );
    });
  });

  describe('iam.PolicyStatement', () => {
    const text = stack(`    const role = new iam.Role(this, 'Role', { assumedBy: new iam.AccountRootPrincipal() });
    role.addToPolicy(new iam.PolicyStatement({
      effect: iam.Effect.ALLOW,
      actions: ['s3:*'],
      resources: ['*'],
    }));
    role.addToPolicy(new iam.PolicyStatement({ effect: iam.Effect.DENY, actions: ['iam:*'] }));
    const stmt = new iam.PolicyStatement();
    stmt.addActions('kms:Decrypt');
    stmt.addAllResources();
    role.addToPrincipalPolicy(stmt);
    new iam.ManagedPolicy(this, 'Managed', {
      statements: [new iam.PolicyStatement({ actions: ['ec2:Describe*'], resources: ['*'] })],
    });`);
    const doc = parseCdkTypeScript(text);

    it('inline statements are resources named after their parent', () => {
      const s1 = resource(doc, 'Role#statement1');
      assert.equal(s1.kind, 'aws.iam.policy-statement');
      assert.equal(s1.type, 'iam.PolicyStatement');
      assert.deepEqual(plainProperties(s1.properties), [
        { key: 'effect', value: sym('iam.Effect.ALLOW') },
        { key: 'actions', value: list(str('s3:*')) },
        { key: 'resources', value: list(str('*')) },
      ]);
      // Inline: the range is the `new` expression itself, not the call statement around it.
      assert.deepEqual(s1.range, rangeOf(text, `new iam.PolicyStatement({\n      effect: iam.Effect.ALLOW,\n      actions: ['s3:*'],\n      resources: ['*'],\n    })`));
      assert.deepEqual(s1.nameRange, s1.typeRange);
      assert.deepEqual(s1.typeRange, rangeOf(text, 'iam.PolicyStatement', 0));
      assert.deepEqual(plainProperties(resource(doc, 'Role#statement2').properties).map(p => p.key), ['effect', 'actions']);
      assert.deepEqual(plainProperties(resource(doc, 'Managed#statement1').properties).map(p => p.key), ['actions', 'resources']);
    });

    it('the call argument refers to the statement and the parent links to it', () => {
      const role = resource(doc, 'Role');
      assert.deepEqual(role.calls.map(c => [c.method, c.arguments.map(a => (a.kind === 'reference' ? a.target : a.kind))]), [
        ['addToPolicy', ['Role#statement1']],
        ['addToPolicy', ['Role#statement2']],
        ['addToPrincipalPolicy', ['stmt#statement1']],
      ]);
      assert.deepEqual(doc.links.map(l => [l.from, l.to, l.path]), [
        ['Role', 'Role#statement1', 'calls.addToPolicy'],
        ['Role', 'Role#statement2', 'calls.addToPolicy'],
        ['Role', 'stmt#statement1', 'calls.addToPrincipalPolicy'],
        ['Managed', 'Managed#statement1', 'statements'],
      ]);
    });

    it('a statement held in a variable is named after it and gets its add* calls', () => {
      const s = resource(doc, 'stmt#statement1');
      assert.equal(s.variable, 'stmt');
      assert.deepEqual(s.nameRange, rangeOf(text, 'stmt = new', 0, 'stmt'));
      assert.deepEqual(s.calls.map(c => [c.method, c.arguments.map(plainValue)]), [['addActions', [str('kms:Decrypt')]], ['addAllResources', []]]);
    });
  });

  it('the example stack parses without errors', () => {
    const doc = parseCdkTypeScript(stack(`    const b = new s3.Bucket(this, 'B', { versioned: true });`));
    assert.deepEqual(doc.parseErrors, []);
    assert.deepEqual(plainDoc(doc).resources.map(r => r.name), ['B']);
  });
});
