import * as assert from 'node:assert/strict';
import { parseCdkTypeScript } from '../../../../src/core/iac/cdk/typescript';
import { parseDocument } from '../../../../src/core/iac/parseDocument';
import { fixture, list, plainDoc, plainValue, prop, rangeOf, ref, resource, str, sym, unk } from './helpers';

describe('cdk-typescript fixtures', () => {
  it('storage stack: class members, KMS, inline and variable statements, posture calls', () => {
    const text = fixture('good/storage-stack.ts');
    const doc = parseCdkTypeScript(text);
    assert.deepEqual(doc.parseErrors, []);
    assert.deepEqual(doc.resources.map(r => [r.name, r.kind, r.variable ?? null]), [
      ['DeadLetters', 'aws.sqs.queue', 'this.deadLetters'],
      ['DataKey', 'aws.kms.key', 'key'],
      ['Uploads', 'aws.s3.bucket', 'this.uploads'],
      ['Thumbnailer', 'aws.lambda.function', 'handler'],
      ['HandlerSg', 'aws.ec2.security-group', 'sg'],
      ['Thumbnailer#statement1', 'aws.iam.policy-statement', null],
      ['readOnly#statement1', 'aws.iam.policy-statement', 'readOnly'],
    ]);
    const uploads = resource(doc, 'Uploads');
    assert.deepEqual(plainValue(prop(uploads, 'encryptionKey').value), ref('DataKey', 'key'));
    assert.deepEqual(plainValue(prop(uploads, 'blockPublicAccess').value), sym('s3.BlockPublicAccess.BLOCK_ALL'));
    assert.deepEqual(uploads.calls.map(c => c.method), ['grantReadWrite', 'addToResourcePolicy']);
    assert.deepEqual(plainValue(prop(resource(doc, 'DataKey'), 'description').value), str('데이터 암호화 키 🔐'));
    assert.deepEqual(prop(resource(doc, 'DataKey'), 'description').value.range, rangeOf(text, `'데이터 암호화 키 🔐'`));
    assert.deepEqual(resource(doc, 'HandlerSg').calls.map(c => [c.method, c.arguments.map(plainValue)]), [
      ['addEgressRule', [sym(`ec2.Peer.ipv4('10.0.0.0/16')`), sym('ec2.Port.tcp(443)'), str('VPC endpoints only')]],
      ['connections.allowFrom', [sym(`ec2.Peer.prefixList('pl-12345678')`), sym('ec2.Port.tcpRange(8000, 8080)')]],
    ]);
    assert.deepEqual(resource(doc, 'readOnly#statement1').calls.map(c => c.method), ['addAnyPrincipal']);
    assert.deepEqual(plainDoc(doc).links, [
      'DataKey -> Thumbnailer @calls.grantDecrypt',
      'Thumbnailer -> DataKey @environment.KEY_ARN',
      'Thumbnailer -> DeadLetters @deadLetterQueue',
      'Thumbnailer -> Thumbnailer#statement1 @calls.addToRolePolicy',
      'Thumbnailer -> Uploads @environment.BUCKET',
      'Thumbnailer#statement1 -> DeadLetters @resources',
      'Uploads -> DataKey @encryptionKey',
      'Uploads -> Thumbnailer @calls.grantReadWrite',
      'Uploads -> readOnly#statement1 @calls.addToResourcePolicy',
      'readOnly#statement1 -> Uploads @resources',
    ]);
  });

  it('network stack: root-export aliases, named classes, cdk.aws_* and L1', () => {
    const doc = parseCdkTypeScript(fixture('good/network-stack.ts'));
    assert.deepEqual(doc.parseErrors, []);
    assert.deepEqual(doc.resources.map(r => [r.type, r.kind]), [
      ['ec2.Vpc', 'aws.ec2.vpc'],
      ['logs.LogGroup', 'aws.logs.log-group'],
      ['ec2.FlowLog', 'aws.ec2.flow-log'],
      ['Bucket', 'aws.s3.bucket'],
      ['cdk.aws_sqs.Queue', 'aws.sqs.queue'],
      ['aws_iam.Role', 'aws.iam.role'],
      ['aws_iam.PolicyStatement', 'aws.iam.policy-statement'],
      ['ec2.NetworkAcl', 'aws.ec2.network-acl'],
      ['ec2.CfnSecurityGroupIngress', 'aws.ec2.security-group-ingress'],
    ]);
    const events = resource(doc, 'Events');
    assert.deepEqual(plainValue(prop(events, 'visibilityTimeout').value), sym('Duration.minutes(5)'));
    assert.deepEqual(plainValue(prop(events, 'encryption').value), sym('sqs.QueueEncryption.SQS_MANAGED'));
    assert.deepEqual(plainValue(prop(resource(doc, 'AccessLogs'), 'encryption').value), sym('s3.BucketEncryption.S3_MANAGED'));
    assert.deepEqual(plainValue(prop(resource(doc, 'BastionRole'), 'managedPolicies').value),
      list(sym(`iam.ManagedPolicy.fromAwsManagedPolicyName('AmazonSSMManagedInstanceCore')`)));
    const entry = resource(doc, 'PublicNacl').calls[0];
    assert.equal(entry.method, 'addEntry');
    assert.deepEqual(plainValue(entry.arguments[1]), {
      kind: 'map',
      properties: [
        { key: 'ruleNumber', value: { kind: 'number', value: 100 } },
        { key: 'cidr', value: sym('ec2.AclCidr.anyIpv4()') },
        { key: 'traffic', value: sym('ec2.AclTraffic.tcpPort(443)') },
        { key: 'direction', value: sym('ec2.TrafficDirection.INGRESS') },
        { key: 'ruleAction', value: sym('ec2.Action.ALLOW') },
      ],
    });
    assert.deepEqual(plainValue(prop(resource(doc, 'LegacyIngress'), 'groupId').value), ref('Vpc', 'vpc.vpcDefaultSecurityGroup', 'vpcDefaultSecurityGroup'));
    assert.deepEqual(plainValue(prop(resource(doc, 'VpcFlowLog'), 'resourceType').value), unk('ec2.FlowLogResourceType.fromVpc(vpc)'));
  });

  it('CDK v1 imports and named lambda classes', () => {
    const doc = parseCdkTypeScript(fixture('good/legacy-v1-stack.ts'));
    assert.deepEqual(doc.parseErrors, []);
    assert.deepEqual(doc.resources.map(r => [r.name, r.type, r.kind]), [
      ['Orders', 'dynamodb.Table', 'aws.dynamodb.table'],
      ['Reports', 's3.Bucket', 'aws.s3.bucket'],
      ['Report', 'Function', 'aws.lambda.function'],
    ]);
    assert.deepEqual(plainValue(prop(resource(doc, 'Report'), 'runtime').value), sym('lambda.Runtime.NODEJS_12_X'));
    assert.deepEqual(plainValue(prop(resource(doc, 'Orders'), 'removalPolicy').value), sym('RemovalPolicy.DESTROY'));
    assert.deepEqual(resource(doc, 'Reports').calls.map(c => [c.method, c.arguments.map(plainValue)]), [['grantPublicAccess', [str('*'), str('s3:GetObject')]]]);
  });

  it('CommonJS JavaScript', async () => {
    const text = fixture('good/queue-stack.js');
    const doc = await parseDocument(text, { uri: 'file:///lib/queue-stack.js' });
    assert.equal(doc.format, 'cdk-typescript');
    assert.deepEqual(doc.parseErrors, []);
    assert.deepEqual(doc.resources.map(r => [r.name, r.type, r.kind, r.variable]), [
      ['TopicKey', 'Key', 'aws.kms.key', 'key'],
      ['Alerts', 'sns.Topic', 'aws.sns.topic', 'topic'],
      ['AlertQueue', 'sqs.Queue', 'aws.sqs.queue', 'queue'],
      ['Archive', 's3.Bucket', 'aws.s3.bucket', 'this.archive'],
    ]);
    assert.deepEqual(plainValue(prop(resource(doc, 'Alerts'), 'displayName').value), str('경보 🔔'));
    assert.deepEqual(resource(doc, 'Archive').calls.map(c => c.arguments.map(plainValue)), [[{ kind: 'reference', target: 'AlertQueue', text: 'queue' }]]);
  });

  it('construct library: functions with scope parameters, spreads, loops', () => {
    const doc = parseCdkTypeScript(fixture('good/constructs-library.ts'));
    assert.deepEqual(doc.parseErrors, []);
    assert.deepEqual(doc.resources.map(r => r.name), [
      '`${name}Sg`', 'name', 'TrailBucket', 'ReadTrail', 'ReadTrail#statement1', 'ReadTrail#statement2', '`User-${user}`', '`User-${user}`#statement1',
    ]);
    assert.deepEqual(plainValue(prop(resource(doc, 'name'), 'securityGroups').value), list(ref('`${name}Sg`', 'sg')));
    assert.deepEqual(plainValue(prop(resource(doc, 'TrailBucket'), '...').value), unk('commonBucketProps()'));
    assert.deepEqual(plainValue(prop(resource(doc, 'ReadTrail'), 'statements').value), list(
      ref('ReadTrail#statement1', `new iam.PolicyStatement({ actions: ['s3:GetObject', 's3:ListBucket'], resources: [this.bucket.bucketArn, this.bucket.arnForObjects('*')] })`),
      ref('ReadTrail#statement2', `new iam.PolicyStatement({ effect: iam.Effect.DENY, actions: ['s3:DeleteObject'], resources: ['*'] })`),
    ));
    assert.deepEqual(plainValue(prop(resource(doc, 'ReadTrail#statement2'), 'effect').value), sym('iam.Effect.DENY'));
    assert.deepEqual(plainValue(prop(resource(doc, '`User-${user}`'), 'managedPolicies').value), list(ref('ReadTrail', 'policy')));
  });

  it('every good fixture is detected as CDK and parses cleanly', async () => {
    for (const f of ['storage-stack.ts', 'network-stack.ts', 'legacy-v1-stack.ts', 'queue-stack.js', 'constructs-library.ts']) {
      const doc = await parseDocument(fixture(`good/${f}`), { uri: `file:///lib/${f}` });
      assert.equal(doc.format, 'cdk-typescript', f);
      assert.equal(doc.syntax, 'typescript', f);
      assert.deepEqual(doc.parseErrors, [], f);
      assert.ok(doc.resources.length > 0, f);
    }
  });
});
