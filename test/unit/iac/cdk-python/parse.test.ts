import * as assert from 'node:assert/strict';
import { parseCdkPython } from '../../../../src/core/iac/cdk/python';
import { parseDocument } from '../../../../src/core/iac/parseDocument';
import { getParser } from '../../../../src/core/iac/treeSitter';
import { at, fixture, mapProps, parse, plain, plainCall, plainProps, prop, res, span } from './helpers';

const HEAD = 'from aws_cdk import aws_s3 as s3, aws_ec2 as ec2, aws_iam as iam, Duration, RemovalPolicy, Stack\n';

/** A stack body: each line of `body` goes into __init__. */
function stack(body: string, head = HEAD): string {
  const lines = body.split('\n').map(l => (l ? `        ${l}` : l));
  return `${head}\n\nclass S(Stack):\n    def __init__(self, scope, construct_id):\n        super().__init__(scope, construct_id)\n${lines.join('\n')}\n`;
}

describe('cdk-python parse', () => {
  describe('positions (UTF-16, Korean and emoji before constructs)', () => {
    it('web-tree-sitter reports UTF-16 columns and indices, like our positions', async () => {
      const parser = await getParser('python');
      const text = '# 한국어 설명 🚀\nx = "🚀한"; b = s3.Bucket(self, "B")\n';
      const tree = parser.parse(text)!;
      try {
        const call = tree.rootNode.descendantsOfType('call')[0]!;
        assert.equal(call.startIndex, text.indexOf('s3.Bucket'));
        assert.deepEqual(call.startPosition, { row: 1, column: 15 }); // x = "🚀한"; → 🚀 is 2 code units
        assert.equal(call.endIndex, text.indexOf(')') + 1);
      } finally {
        tree.delete();
      }
    });

    it('an emoji and Hangul on the same line before a construct keep exact ranges', async () => {
      const text = `${HEAD}x = "🚀한"; b = s3.Bucket(self, "B", versioned=True)\n`;
      const doc = await parse(text);
      const b = res(doc, 'B');
      assert.deepEqual(b.typeRange, { start: { line: 1, character: 15 }, end: { line: 1, character: 24 } });
      assert.deepEqual(b.nameRange, { start: { line: 1, character: 32 }, end: { line: 1, character: 33 } });
      assert.deepEqual(b.range, { start: { line: 1, character: 11 }, end: { line: 1, character: 51 } });
      assert.deepEqual(prop(b, 'versioned').keyRange, { start: { line: 1, character: 36 }, end: { line: 1, character: 45 } });
    });

    it('resource, type, name, key and value ranges in a realistic stack', async () => {
      const text = fixture('good/web_stack.py');
      const doc = await parse(text);
      const vpc = res(doc, 'ShopVpc');
      assert.deepEqual(vpc.range, span(text, 'vpc = ec2.Vpc(', '\n        )'));
      assert.deepEqual(vpc.range.start, { line: 17, character: 8 });
      assert.deepEqual(vpc.typeRange, at(text, 'ec2.Vpc'));
      assert.deepEqual(vpc.nameRange, at(text, 'ShopVpc'));
      const maxAzs = prop(vpc, 'maxAzs');
      assert.deepEqual(maxAzs.keyRange, at(text, 'max_azs'));
      assert.deepEqual(maxAzs.value.range, at(text, '2', 0, text.indexOf('max_azs=')));
      assert.deepEqual(maxAzs.range, at(text, 'max_azs=2'));

      const logs = res(doc, 'AccessLogs');
      assert.equal(logs.variable, 'self.logs');
      assert.deepEqual(logs.range, span(text, 'self.logs = s3.Bucket(', '\n        )'));
      const bpa = prop(logs, 'blockPublicAccess');
      assert.deepEqual(bpa.keyRange, at(text, 'block_public_access'));
      assert.deepEqual(bpa.value.range, at(text, 's3.BlockPublicAccess.BLOCK_ALL'));

      const fn = res(doc, 'ThumbnailFn');
      const prefix = prop(mapProps(prop(fn, 'environment').value), 'LOG_PREFIX');
      assert.deepEqual(prefix.keyRange, at(text, '"LOG_PREFIX"'));
      assert.deepEqual(prefix.value.range, at(text, 'f"{self.logs.bucket_arn}/thumbnails"'));
    });

    it('CRLF and lone CR line breaks count like the editor counts them', async () => {
      const text = `${HEAD.trimEnd()}\r\n# 설명 🚀\r\nb = s3.Bucket(self, "B",\r\n    versioned=True)\rc = s3.Bucket(self, "C")\r\n`;
      const doc = await parse(text);
      assert.deepEqual(res(doc, 'B').range, { start: { line: 2, character: 0 }, end: { line: 3, character: 19 } });
      assert.deepEqual(prop(res(doc, 'B'), 'versioned').keyRange, { start: { line: 3, character: 4 }, end: { line: 3, character: 13 } });
      assert.deepEqual(res(doc, 'C').typeRange, { start: { line: 4, character: 4 }, end: { line: 4, character: 13 } });
    });
  });

  describe('constructs', () => {
    it('finds L2 and L1 constructs with type as written, normalized kind, construct id and variable', async () => {
      const doc = await parse(fixture('good/web_stack.py'));
      assert.equal(doc.format, 'cdk-python');
      assert.equal(doc.syntax, 'python');
      assert.deepEqual(doc.parseErrors, []);
      assert.deepEqual(
        doc.resources.map(r => [r.name, r.type, r.kind, r.variable]),
        [
          ['ShopVpc', 'ec2.Vpc', 'aws.ec2.vpc', 'vpc'],
          ['AccessLogs', 's3.Bucket', 'aws.s3.bucket', 'self.logs'],
          ['Assets', 's3.Bucket', 'aws.s3.bucket', 'assets'],
          ['WebSg', 'ec2.SecurityGroup', 'aws.ec2.security-group', 'web_sg'],
          ['ThumbnailFn', '_lambda.Function', 'aws.lambda.function', 'handler'],
          ['OrdersDb', 'rds.DatabaseInstance', 'aws.rds.db-instance', 'db'],
          ['DeployRole', 'iam.Role', 'aws.iam.role', 'role'],
          ['DeployRole#statement1', 'iam.PolicyStatement', 'aws.iam.policy-statement', undefined],
        ],
      );
      for (const r of doc.resources) {
        assert.equal(r.format, 'cdk-python');
        assert.equal(r.role, 'resource');
      }
      assert.equal('variable' in res(doc, 'DeployRole#statement1'), false);
    });

    it('L1 constructs: nested property structs and dicts are maps, jsii reserved-word keys lose their underscore', async () => {
      const text = fixture('good/l1_constructs.py');
      const doc = await parse(text);
      assert.deepEqual(doc.resources.map(r => [r.name, r.kind]), [
        ['ArchiveBucket', 'aws.s3.bucket'],
        ['AppNacl', 'aws.ec2.network-acl'],
        ['AllowSshEverywhere', 'aws.ec2.network-acl-entry'],
        ['LegacySg', 'aws.ec2.security-group'],
        ['ArchivePolicy', 'aws.s3.bucket-policy'],
      ]);
      const bucket = res(doc, 'ArchiveBucket');
      assert.deepEqual(plainProps(bucket.properties), [
        ['bucketName', 'archive-🚀-bucket'],
        ['publicAccessBlockConfiguration', { blockPublicAcls: true, blockPublicPolicy: true, ignorePublicAcls: true, restrictPublicBuckets: false }],
        ['bucketEncryption', { serverSideEncryptionConfiguration: [{ serverSideEncryptionByDefault: { sseAlgorithm: 'aws:kms' } }] }],
        ['versioningConfiguration', { status: 'Enabled' }],
      ]);
      const entry = res(doc, 'AllowSshEverywhere');
      assert.deepEqual(plain(prop(entry, 'portRange').value), { from: 22, to: 22 });
      assert.deepEqual(prop(mapProps(prop(entry, 'portRange').value), 'from').keyRange, at(text, 'from_'));
      assert.deepEqual(plain(prop(entry, 'networkAclId').value), { $ref: 'AppNacl', attribute: 'ref', text: 'nacl.ref' });
      assert.deepEqual(plain(prop(res(doc, 'LegacySg'), 'securityGroupIngress').value), [{ ipProtocol: 'tcp', fromPort: 3389, toPort: 3389, cidrIp: '0.0.0.0/0' }]);
      assert.deepEqual(plain(prop(res(doc, 'ArchivePolicy'), 'policyDocument').value), {
        Statement: [{ Effect: 'Deny', Principal: '*', Action: 's3:*', Condition: { Bool: { 'aws:SecureTransport': false } } }],
      });
    });

    it('a construct created inline as a prop is a resource of its own and the prop refers to it', async () => {
      const text = stack('inst = ec2.Instance(self, "Web", vpc=ec2.Vpc(self, "InlineVpc", max_azs=1))');
      const doc = await parse(text);
      assert.deepEqual(doc.resources.map(r => r.name), ['Web', 'InlineVpc']);
      assert.deepEqual(res(doc, 'InlineVpc').range, at(text, 'ec2.Vpc(self, "InlineVpc", max_azs=1)'));
      assert.deepEqual(plain(prop(res(doc, 'Web'), 'vpc').value), { $ref: 'InlineVpc', text: 'ec2.Vpc(self, "InlineVpc", max_azs=1)' });
      assert.deepEqual(doc.links.map(l => [l.from, l.to, l.path]), [['Web', 'InlineVpc', 'vpc']]);
    });

    it('a non-literal id keeps its expression text as the name; constructs in loops and returns are found', async () => {
      const text = stack('for i in range(3):\n    s3.Bucket(self, f"Shard{i}", versioned=i > 0)\ndef make(scope, name):\n    return s3.Bucket(scope, name)');
      const doc = await parse(text);
      assert.deepEqual(doc.resources.map(r => r.name), ['f"Shard{i}"', 'name']);
      assert.deepEqual(res(doc, 'f"Shard{i}"').nameRange, at(text, 'f"Shard{i}"'));
      assert.deepEqual(plain(prop(res(doc, 'f"Shard{i}"'), 'versioned').value), { $unknown: 'i > 0' });
      assert.deepEqual(res(doc, 'name').range, at(text, 'return s3.Bucket(scope, name)'));
    });

    it('ignores names not imported from aws_cdk, core constructs, and calls that are not (scope, id)', async () => {
      const text = `from aws_cdk import App, CfnOutput, Stack, aws_iam as iam\nimport boto3\nfrom mylib import s3\n\napp = App()\nStack(app, "Plain")\nCfnOutput(app, "Out", value="x")\ns3.Bucket(app, "NotCdk")\niam.CompositePrincipal(a, b)\nboto3.client("s3")\n`;
      const doc = await parse(text);
      assert.deepEqual(doc.resources, []);
    });

    it('is reached through parseDocument for .py files that import aws_cdk', async () => {
      const text = fixture('good/web_stack.py');
      const doc = await parseDocument(text, { uri: 'file:///app/web_stack.py' });
      assert.equal(doc.format, 'cdk-python');
      assert.deepEqual(doc, await parse(text));
      assert.equal((await parseDocument('print("hello")\n', { uri: 'file:///x.py' })).format, undefined);
    });
  });

  describe('imports and canonical symbols', () => {
    it('resolves every import style to the canonical module', async () => {
      const text = fixture('good/import_styles.py');
      const doc = await parse(text);
      assert.deepEqual(doc.resources.map(r => [r.name, r.type, r.kind]), [
        ['DataKey', 'aws_kms.Key', 'aws.kms.key'],
        ['RawData', 'cdk.aws_s3.Bucket', 'aws.s3.bucket'],
        ['Curated', 'Bucket', 'aws.s3.bucket'],
        ['Ingest', 'sqs.Queue', 'aws.sqs.queue'],
        ['Alerts', 'aws_cdk.aws_sns.Topic', 'aws.sns.topic'],
        ['Orders', 'Table', 'aws.dynamodb.table'],
        ['Auditor', 'iam.User', 'aws.iam.user'],
        ['ReadAll', 'iam.Policy', 'aws.iam.policy'],
        ['ReadAll#statement1', 'iam.PolicyStatement', 'aws.iam.policy-statement'],
      ]);
      assert.deepEqual(plain(prop(res(doc, 'DataKey'), 'removalPolicy').value), { $symbol: 'RemovalPolicy.DESTROY' });
      assert.deepEqual(plain(prop(res(doc, 'RawData'), 'blockPublicAccess').value), { $symbol: 's3.BlockPublicAccess.BLOCK_ALL' });
      assert.deepEqual(plain(prop(res(doc, 'Curated'), 'blockPublicAccess').value), { $symbol: 's3.BlockPublicAccess.BLOCK_ACLS' });
      assert.deepEqual(plain(prop(res(doc, 'Ingest'), 'visibilityTimeout').value), { $symbol: 'Duration.minutes(5)' });
      assert.deepEqual(plain(prop(res(doc, 'Ingest'), 'encryption').value), { $symbol: 'sqs.QueueEncryption.KMS' });
      assert.deepEqual(plainProps(res(doc, 'Orders').properties), [
        ['partitionKey', { name: 'pk', type: { $symbol: 'dynamodb.AttributeType.STRING' } }],
        ['billingMode', { $symbol: 'dynamodb.BillingMode.PAY_PER_REQUEST' }],
        ['pointInTimeRecovery', true],
      ]);
      assert.equal(res(doc, 'Orders').variable, undefined);
    });

    it('writes symbols as TypeScript does: snake_case methods in camelCase, string args quoted, enum args canonical', async () => {
      const text = stack(
        [
          'from aws_cdk import aws_lambda as _lambda',
          'import aws_cdk as cdk',
          'f = _lambda.Function(self, "F", runtime=_lambda.Runtime.NODEJS_16_X, timeout=cdk.Duration.seconds(30),',
          '    code=_lambda.Code.from_asset("lambda"), architecture=cdk.aws_lambda.Architecture.ARM_64,',
          '    memory_size=-1, reserved_concurrent_executions=0x10, tracing=_lambda.Tracing.ACTIVE)',
          'sg = ec2.SecurityGroup(self, "Sg", vpc=None)',
          'sg.add_ingress_rule(ec2.Peer.any_ipv4(), ec2.Port.tcp_range(1000, 2000), "it\'s")',
          'sg.add_ingress_rule(ec2.Peer.ipv4(\'10.0.0.0/8\'), ec2.Port.all_traffic())',
          'i = ec2.Instance(self, "I", instance_type=ec2.InstanceType.of(ec2.InstanceClass.T3, ec2.InstanceSize.MICRO), vpc=None)',
        ].join('\n'),
      );
      const doc = await parse(text);
      assert.deepEqual(plainProps(res(doc, 'F').properties), [
        ['runtime', { $symbol: 'lambda.Runtime.NODEJS_16_X' }],
        ['timeout', { $symbol: 'Duration.seconds(30)' }],
        ['code', { $symbol: "lambda.Code.fromAsset('lambda')" }],
        ['architecture', { $symbol: 'lambda.Architecture.ARM_64' }],
        ['memorySize', -1],
        ['reservedConcurrentExecutions', 16],
        ['tracing', { $symbol: 'lambda.Tracing.ACTIVE' }],
      ]);
      assert.deepEqual(res(doc, 'Sg').calls.map(plainCall), [
        { method: 'addIngressRule', arguments: [{ $symbol: 'ec2.Peer.anyIpv4()' }, { $symbol: 'ec2.Port.tcpRange(1000, 2000)' }, "it's"] },
        { method: 'addIngressRule', arguments: [{ $symbol: "ec2.Peer.ipv4('10.0.0.0/8')" }, { $symbol: 'ec2.Port.allTraffic()' }] },
      ]);
      assert.deepEqual(plain(prop(res(doc, 'I'), 'instanceType').value), { $symbol: 'ec2.InstanceType.of(ec2.InstanceClass.T3, ec2.InstanceSize.MICRO)' });
    });

    it('static helpers with non-literal or keyword args, and classes with positional args, stay unknown', async () => {
      const text = stack('b = s3.Bucket(self, "B", a=Duration.days(n), b=Duration.days(amount=3), c=iam.ServicePrincipal("x"), d=iam.AnyPrincipal(), e=s3.Bucket, f=Duration)');
      const doc = await parse(text);
      assert.deepEqual(plainProps(res(doc, 'B').properties), [
        ['a', { $unknown: 'Duration.days(n)' }],
        ['b', { $unknown: 'Duration.days(amount=3)' }],
        ['c', { $unknown: 'iam.ServicePrincipal("x")' }],
        ['d', { $unknown: 'iam.AnyPrincipal()' }],
        ['e', { $unknown: 's3.Bucket' }],
        ['f', { $unknown: 'Duration' }],
      ]);
    });
  });

  describe('values', () => {
    it('literals, containers, structs, references and unknowns', async () => {
      const text = stack(
        [
          'other = s3.Bucket(self, "Other")',
          'b = s3.Bucket(',
          '    self,',
          '    "B",',
          '    s1="tab\\there \\u00e9 \\x41 \\\\",',
          "    s2=r'raw\\n',",
          '    s3=("implicit "',
          '        "concat"),',
          '    s4=f"no {{fields}}",',
          '    s5=f"{other.bucket_name}-x",',
          '    s6="""triple',
          'line""",',
          '    s7=b"bytes",',
          '    n1=1_000, n2=2.5, n3=-3, n4=1e3, n5=1j,',
          '    t=True, f=False, z=None,',
          '    l=[1, "a", [None]], tu=(1, 2), st={3},',
          '    d={"k": 1, 2: "two", **extra},',
          '    comp=[x for x in range(3)], dcomp={k: v for k, v in items},',
          '    lam=lambda: 1, op=1 + 2, neg=-n, sub=items[0], cond=1 if flag else 2,',
          '    name=some_variable, ref=other, attr=other.bucket_arn, chain=other.node.default_child,',
          '    meth=other.arn_for_objects("*"), struct=s3.LifecycleRule(id="r", expiration=Duration.days(1)),',
          '    star=[*more],',
          '    **kwargs,',
          ')',
        ].join('\n'),
      );
      const doc = await parse(text);
      assert.deepEqual(doc.parseErrors, []);
      assert.deepEqual(plainProps(res(doc, 'B').properties), [
        ['s1', 'tab\there é A \\'],
        ['s2', 'raw\\n'],
        ['s3', 'implicit concat'],
        ['s4', 'no {fields}'],
        ['s5', { $unknown: 'f"{other.bucket_name}-x"' }],
        ['s6', 'triple\n        line'], // the helper indents every body line
        ['s7', { $unknown: 'b"bytes"' }],
        ['n1', 1000],
        ['n2', 2.5],
        ['n3', -3],
        ['n4', 1000],
        ['n5', { $unknown: '1j' }],
        ['t', true],
        ['f', false],
        ['z', null],
        ['l', [1, 'a', [null]]],
        ['tu', [1, 2]],
        ['st', [3]],
        ['d', { k: 1, 2: 'two', '...': { $unknown: 'extra' } }],
        ['comp', { $unknown: '[x for x in range(3)]' }],
        ['dcomp', { $unknown: '{k: v for k, v in items}' }],
        ['lam', { $unknown: 'lambda: 1' }],
        ['op', { $unknown: '1 + 2' }],
        ['neg', { $unknown: '-n' }],
        ['sub', { $unknown: 'items[0]' }],
        ['cond', { $unknown: '1 if flag else 2' }],
        ['name', { $unknown: 'some_variable' }],
        ['ref', { $ref: 'Other', text: 'other' }],
        ['attr', { $ref: 'Other', attribute: 'bucketArn', text: 'other.bucket_arn' }],
        ['chain', { $ref: 'Other', attribute: 'node.defaultChild', text: 'other.node.default_child' }],
        ['meth', { $unknown: 'other.arn_for_objects("*")' }],
        ['struct', { id: 'r', expiration: { $symbol: 'Duration.days(1)' } }],
        ['star', [{ $unknown: '*more' }]],
        ['...', { $unknown: 'kwargs' }],
      ]);
      const b = res(doc, 'B');
      assert.deepEqual(prop(b, 's3').value.range, span(text, '("implicit "', '"concat")'));
      assert.deepEqual(prop(b, '...').keyRange, at(text, '**', 0, text.indexOf('**kwargs')));
      assert.deepEqual(prop(b, '...').range, at(text, '**kwargs'));
    });

    it('a keyword typed without its value is an empty unknown right after the `=`', async () => {
      const text = stack('b = s3.Bucket(self, "B", versioned=)');
      const doc = await parse(text);
      const v = prop(res(doc, 'B'), 'versioned');
      assert.deepEqual(plain(v.value), { $unknown: '' });
      const eq = at(text, 'versioned=').end;
      assert.deepEqual(v.value.range, { start: eq, end: eq });
    });
  });

  describe('scopes', () => {
    it('the same variable name in two stacks, self attributes per class, shadowing and loop targets', async () => {
      const text = [
        HEAD,
        'class A(Stack):',
        '    def __init__(self, scope, id):',
        '        bucket = s3.Bucket(self, "ABucket")',
        '        self.shared = s3.Bucket(self, "AShared")',
        '        ec2.Vpc(self, "AVpc", name=bucket.bucket_name, other=self.shared)',
        '    def more(self):',
        '        s3.Bucket(self, "AMore", target=self.shared, missing=bucket)',
        '',
        'class B(Stack):',
        '    def __init__(self, scope, id):',
        '        bucket = s3.Bucket(self, "BBucket")',
        '        ec2.Vpc(self, "BVpc", name=bucket.bucket_name, other=self.shared)',
        '        bucket = make_bucket()',
        '        ec2.Vpc(self, "BVpc2", name=bucket)',
        '        for bucket in []:',
        '            ec2.Vpc(self, "BVpc3", name=bucket)',
        '',
        'top = s3.Bucket(app, "Top")',
        'def helper(scope):',
        '    s3.Bucket(scope, "FromHelper", server_access_logs_bucket=top)',
        '    def inner():',
        '        s3.Bucket(scope, "Inner", logs=top)',
      ].join('\n');
      const doc = await parse(text);
      const p = (name: string, key: string) => plain(prop(res(doc, name), key).value);
      assert.deepEqual(p('AVpc', 'name'), { $ref: 'ABucket', attribute: 'bucketName', text: 'bucket.bucket_name' });
      assert.deepEqual(p('AVpc', 'other'), { $ref: 'AShared', text: 'self.shared' });
      assert.deepEqual(p('AMore', 'target'), { $ref: 'AShared', text: 'self.shared' });
      assert.deepEqual(p('AMore', 'missing'), { $unknown: 'bucket' });
      assert.deepEqual(p('BVpc', 'name'), { $ref: 'BBucket', attribute: 'bucketName', text: 'bucket.bucket_name' });
      assert.deepEqual(p('BVpc', 'other'), { $unknown: 'self.shared' });
      assert.deepEqual(p('BVpc2', 'name'), { $unknown: 'bucket' });
      assert.deepEqual(p('BVpc3', 'name'), { $unknown: 'bucket' });
      assert.deepEqual(p('FromHelper', 'serverAccessLogsBucket'), { $ref: 'Top', text: 'top' });
      assert.deepEqual(p('Inner', 'logs'), { $ref: 'Top', text: 'top' });
      assert.equal(res(doc, 'AShared').variable, 'self.shared');
    });

    it('an alias of a construct variable refers to the same resource; an alias of a CDK class still creates constructs', async () => {
      const doc = await parse(stack('b = s3.Bucket(self, "B")\nalias = b\nec2.Vpc(self, "V", x=alias.bucket_arn)\nQueueClass = cdk_sqs.Queue\nQueueClass(self, "Q")', `${HEAD}import aws_cdk.aws_sqs as cdk_sqs\n`));
      assert.deepEqual(plain(prop(res(doc, 'V'), 'x').value), { $ref: 'B', attribute: 'bucketArn', text: 'alias.bucket_arn' });
      assert.deepEqual([res(doc, 'Q').type, res(doc, 'Q').kind], ['QueueClass', 'aws.sqs.queue']);
    });
  });

  describe('posture method calls', () => {
    it('are attached to the construct in TypeScript argument order, keyword options last as a map', async () => {
      const text = fixture('good/web_stack.py');
      const doc = await parse(text);
      const sg = res(doc, 'WebSg');
      assert.deepEqual(sg.calls.map(plainCall), [
        { method: 'addIngressRule', arguments: [{ $symbol: 'ec2.Peer.anyIpv4()' }, { $symbol: 'ec2.Port.tcp(443)' }, 'HTTPS'] },
        { method: 'addIngressRule', arguments: [{ $symbol: "ec2.Peer.ipv4('10.0.0.0/16')" }, { $symbol: 'ec2.Port.tcp(22)' }, 'SSH from the VPC'] },
      ]);
      assert.deepEqual(sg.calls[0].range, at(text, 'web_sg.add_ingress_rule(ec2.Peer.any_ipv4(), ec2.Port.tcp(443), "HTTPS")'));
      assert.deepEqual(sg.calls[0].nameRange, at(text, 'add_ingress_rule'));
      assert.deepEqual(res(doc, 'OrdersDb').calls.map(plainCall), [
        { method: 'connections.allowFrom', arguments: [{ $ref: 'WebSg', text: 'web_sg' }, { $symbol: 'ec2.Port.tcp(5432)' }, 'app to db'] },
      ]);
      assert.deepEqual(res(doc, 'OrdersDb').calls[0].nameRange, at(text, 'connections.allow_from'));
      assert.deepEqual(res(doc, 'Assets').calls.map(plainCall), [{ method: 'grantReadWrite', arguments: [{ $ref: 'ThumbnailFn', text: 'handler' }] }]);
    });

    it('keyword arguments out of order, options objects, self attributes; other methods are ignored', async () => {
      const text = stack(
        [
          'self.b = s3.Bucket(self, "B")',
          'self.b.add_lifecycle_rule(prefix="logs/", expiration=Duration.days(30))',
          'sg = ec2.SecurityGroup(self, "Sg", vpc=None)',
          'sg.add_ingress_rule(connection=ec2.Port.tcp(22), peer=ec2.Peer.any_ipv4())',
          'nacl = ec2.NetworkAcl(self, "Nacl", vpc=None)',
          'nacl.add_entry("Ssh", cidr=ec2.AclCidr.any_ipv4(), rule_number=100, traffic=ec2.AclTraffic.tcp_port(22), direction=ec2.TrafficDirection.INGRESS)',
          'self.b.grant_public_access()',
          'self.b.add_to_resource_policy(statement)',
          'self.b.grant_delete(sg)',
          'other.add_ingress_rule(ec2.Peer.any_ipv4(), ec2.Port.tcp(22))',
        ].join('\n'),
      );
      const doc = await parse(text);
      assert.deepEqual(res(doc, 'B').calls.map(plainCall), [
        { method: 'addLifecycleRule', arguments: [{ prefix: 'logs/', expiration: { $symbol: 'Duration.days(30)' } }] },
        { method: 'grantPublicAccess', arguments: [] },
        { method: 'addToResourcePolicy', arguments: [{ $unknown: 'statement' }] },
      ]);
      assert.deepEqual(res(doc, 'Sg').calls.map(plainCall), [
        { method: 'addIngressRule', arguments: [{ $symbol: 'ec2.Peer.anyIpv4()' }, { $symbol: 'ec2.Port.tcp(22)' }] },
      ]);
      assert.deepEqual(res(doc, 'Nacl').calls.map(plainCall), [
        {
          method: 'addEntry',
          arguments: ['Ssh', { cidr: { $symbol: 'ec2.AclCidr.anyIpv4()' }, ruleNumber: 100, traffic: { $symbol: 'ec2.AclTraffic.tcpPort(22)' }, direction: { $symbol: 'ec2.TrafficDirection.INGRESS' } }],
        },
      ]);
      const options = res(doc, 'Nacl').calls[0].arguments[1];
      assert.deepEqual(options.range, span(text, 'cidr=', 'TrafficDirection.INGRESS'));
    });

    it('a bastion host opening SSH to the peers it is given', async () => {
      const doc = await parse(stack('host = ec2.BastionHostLinux(self, "Bastion", vpc=None)\nhost.allow_ssh_access_from(ec2.Peer.any_ipv4(), ec2.Peer.ipv4("10.0.0.0/8"))'));
      assert.deepEqual(res(doc, 'Bastion').calls.map(plainCall), [
        { method: 'allowSshAccessFrom', arguments: [{ $symbol: 'ec2.Peer.anyIpv4()' }, { $symbol: "ec2.Peer.ipv4('10.0.0.0/8')" }] },
      ]);
    });
  });

  describe('policy statements', () => {
    it('are resources named after their variable or parent, and maps where they are used', async () => {
      const text = stack(
        [
          'role = iam.Role(self, "Role", assumed_by=None)',
          'role.add_to_policy(iam.PolicyStatement(actions=["s3:*"], resources=["*"]))',
          'role.add_to_policy(iam.PolicyStatement(effect=iam.Effect.DENY, not_actions=["iam:*"], resources=["*"]))',
          'stmt = iam.PolicyStatement(actions=["sqs:SendMessage"], resources=[role.role_arn])',
          'role.add_to_policy(stmt)',
          'iam.Policy(self, "P", statements=[iam.PolicyStatement(actions=["sns:Publish"], resources=["*"])])',
          'doc = iam.PolicyDocument(statements=[iam.PolicyStatement(actions=["kms:Decrypt"])])',
        ].join('\n'),
      );
      const doc = await parse(text);
      assert.deepEqual(doc.resources.map(r => [r.name, r.kind, r.variable]), [
        ['Role', 'aws.iam.role', 'role'],
        ['Role#statement1', 'aws.iam.policy-statement', undefined],
        ['Role#statement2', 'aws.iam.policy-statement', undefined],
        ['stmt#statement1', 'aws.iam.policy-statement', 'stmt'],
        ['P', 'aws.iam.policy', undefined],
        ['P#statement1', 'aws.iam.policy-statement', undefined],
        ['policy#statement1', 'aws.iam.policy-statement', undefined],
      ]);
      assert.deepEqual(plainProps(res(doc, 'Role#statement2').properties), [
        ['effect', { $symbol: 'iam.Effect.DENY' }],
        ['notActions', ['iam:*']],
        ['resources', ['*']],
      ]);
      assert.deepEqual(res(doc, 'Role#statement1').range, at(text, 'iam.PolicyStatement(actions=["s3:*"], resources=["*"])'));
      assert.deepEqual(res(doc, 'stmt#statement1').range, at(text, 'stmt = iam.PolicyStatement(actions=["sqs:SendMessage"], resources=[role.role_arn])'));
      assert.deepEqual(res(doc, 'stmt#statement1').nameRange, at(text, 'stmt', 0, text.indexOf('stmt = ')));
      assert.deepEqual(res(doc, 'Role').calls.map(plainCall), [
        { method: 'addToPolicy', arguments: [{ actions: ['s3:*'], resources: ['*'] }] },
        { method: 'addToPolicy', arguments: [{ effect: { $symbol: 'iam.Effect.DENY' }, notActions: ['iam:*'], resources: ['*'] }] },
        { method: 'addToPolicy', arguments: [{ $ref: 'stmt#statement1', text: 'stmt' }] },
      ]);
      assert.deepEqual(plain(prop(res(doc, 'P'), 'statements').value), [{ actions: ['sns:Publish'], resources: ['*'] }]);
      assert.deepEqual(doc.links.map(l => [l.from, l.to, l.path]), [
        ['Role', 'Role#statement1', 'calls.addToPolicy'],
        ['Role', 'Role#statement2', 'calls.addToPolicy'],
        ['stmt#statement1', 'Role', 'resources'],
        ['Role', 'stmt#statement1', 'calls.addToPolicy'],
        ['P', 'P#statement1', 'statements'],
      ]);
    });
  });

  describe('statement methods and other method calls', () => {
    it('attaches PolicyStatement fill-in methods to the statement, and links constructs passed to any method', async () => {
      const text = stack(
        [
          'stmt = iam.PolicyStatement()',
          'stmt.add_actions("s3:GetObject", "s3:PutObject")',
          'stmt.add_any_principal()',
          'q = s3.Bucket(self, "Q")',
          'u = iam.User(self, "U")',
          'q.grant_delete(u)',
          'stmt.add_resources(q.bucket_arn)',
        ].join('\n'),
      );
      const doc = await parse(text);
      assert.deepEqual(res(doc, 'stmt#statement1').calls.map(plainCall), [
        { method: 'addActions', arguments: ['s3:GetObject', 's3:PutObject'] },
        { method: 'addAnyPrincipal', arguments: [] },
        { method: 'addResources', arguments: [{ $ref: 'Q', attribute: 'bucketArn', text: 'q.bucket_arn' }] },
      ]);
      assert.deepEqual(res(doc, 'Q').calls, []);
      assert.deepEqual(doc.links.map(l => [l.from, l.to, l.path]), [
        ['Q', 'U', 'calls.grantDelete'],
        ['stmt#statement1', 'Q', 'calls.addResources'],
      ]);
    });

    it('a member path of a CDK class without a call is a symbol too (as in TypeScript)', async () => {
      const doc = await parse(stack('b = s3.Bucket(self, "B", peer=ec2.Peer.any_ipv4, cls=s3.CfnBucket.VersioningConfigurationProperty)'));
      assert.deepEqual(plainProps(res(doc, 'B').properties), [
        ['peer', { $symbol: 'ec2.Peer.anyIpv4' }],
        ['cls', { $symbol: 's3.CfnBucket.VersioningConfigurationProperty' }],
      ]);
    });
  });

  describe('links', () => {
    it('one link per reference between constructs, with the dotted property path and the reference range', async () => {
      const text = fixture('good/web_stack.py');
      const doc = await parse(text);
      assert.deepEqual(doc.links.map(l => [l.from, l.to, l.path]), [
        ['Assets', 'AccessLogs', 'serverAccessLogsBucket'],
        ['WebSg', 'ShopVpc', 'vpc'],
        ['ThumbnailFn', 'ShopVpc', 'vpc'],
        ['ThumbnailFn', 'WebSg', 'securityGroups'],
        ['ThumbnailFn', 'Assets', 'environment.ASSETS_BUCKET'],
        ['ThumbnailFn', 'AccessLogs', 'environment.LOG_PREFIX'],
        ['Assets', 'ThumbnailFn', 'calls.grantReadWrite'],
        ['OrdersDb', 'ShopVpc', 'vpc'],
        ['OrdersDb', 'WebSg', 'calls.connections.allowFrom'],
        ['DeployRole#statement1', 'Assets', 'resources'],
        ['DeployRole', 'DeployRole#statement1', 'calls.addToPolicy'],
      ]);
      const fString = doc.links.find(l => l.path === 'environment.LOG_PREFIX')!;
      assert.deepEqual(fString.range, at(text, 'self.logs.bucket_arn'));
      const arnForObjects = doc.links.find(l => l.from === 'DeployRole#statement1')!;
      assert.deepEqual(arnForObjects.range, at(text, 'assets', 0, text.indexOf('assets.arn_for_objects')));
    });

    it('references inside unknown expressions link too; self references and non-constructs do not', async () => {
      const text = stack(
        [
          'a = s3.Bucket(self, "A")',
          'b = s3.Bucket(self, "B", x=a.bucket_name + "-suffix", y=Fn.join("", [a.bucket_arn, "/*"]), z=f"{a.bucket_name}{a.bucket_arn}", me=None)',
          'b.add_cors_rule(allowed_origins=[b.bucket_website_url])',
          'c = s3.Bucket(self, "C", notes=some_function(b), **{"k": a})',
        ].join('\n'),
      );
      const doc = await parse(text);
      assert.deepEqual(doc.links.map(l => [l.from, l.to, l.path]), [
        ['B', 'A', 'x'],
        ['B', 'A', 'y'],
        ['B', 'A', 'z'],
        ['B', 'A', 'z'],
        ['C', 'B', 'notes'],
        ['C', 'A', '...'],
      ]);
    });
  });

  it('parses its own output in the same shape each time (no shared state between documents)', async () => {
    const text = fixture('good/import_styles.py');
    const a = await parse(text);
    await parse(fixture('good/web_stack.py'));
    const { doc, state } = await parseCdkPython(text);
    state.dispose();
    assert.deepEqual(doc, a);
  });
});
