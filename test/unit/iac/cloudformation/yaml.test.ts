import * as assert from 'node:assert/strict';
import { parseCloudFormationYaml } from '../../../../src/core/iac/cloudformation/yaml';
import { SHORT_FORMS } from '../../../../src/core/iac/cloudformation/intrinsics';
import { assertRangesSane, between, fixture, linkList, plain, plainProps, posOf, prop, resource, spanOf, value } from './helpers';

describe('CloudFormation YAML: block style (web-app.yaml)', () => {
  const text = fixture('good/web-app.yaml');
  const doc = parseCloudFormationYaml(text);

  it('parses without errors into format / syntax / resources', () => {
    assert.deepEqual(doc.parseErrors, []);
    assert.equal(doc.format, 'cloudformation');
    assert.equal(doc.syntax, 'yaml');
    assert.deepEqual(
      doc.resources.map(r => [r.name, r.type, r.kind, r.role]),
      [
        ['LogsBucket', 'AWS::S3::Bucket', 'aws.s3.bucket', 'resource'],
        ['LogsBucketPolicy', 'AWS::S3::BucketPolicy', 'aws.s3.bucket-policy', 'resource'],
        ['FunctionRole', 'AWS::IAM::Role', 'aws.iam.role', 'resource'],
        ['Function', 'AWS::Lambda::Function', 'aws.lambda.function', 'resource'],
        ['AppSecurityGroup', 'AWS::EC2::SecurityGroup', 'aws.ec2.security-group', 'resource'],
      ],
    );
    assertRangesSane(text, doc);
  });

  it('gives exact resource, name and type ranges after Korean text and emoji', () => {
    const r = resource(doc, 'LogsBucket');
    assert.deepEqual(r.nameRange, { start: posOf(text, 'LogsBucket:'), end: posOf(text, 'LogsBucket:', 0, 'LogsBucket'.length) });
    assert.deepEqual(r.nameRange.start, { line: 17, character: 2 });
    assert.deepEqual(r.typeRange, spanOf(text, 'AWS::S3::Bucket'));
    // From the logical id to the closing quote of the last tag value "플랫폼 🚀" (🚀 is two UTF-16 units).
    assert.deepEqual(r.range, between(text, 'LogsBucket:', '"플랫폼 🚀"'));
    assert.equal(r.range.end.character, 25);
    assert.deepEqual(r.calls, []);
  });

  it('keeps Metadata, DeletionPolicy, DependsOn and Condition out of properties', () => {
    assert.deepEqual(resource(doc, 'LogsBucket').properties.map(p => p.key), ['BucketName', 'VersioningConfiguration', 'PublicAccessBlockConfiguration', 'LifecycleConfiguration', 'Tags']);
    assert.deepEqual(resource(doc, 'Function').properties.map(p => p.key), ['Runtime', 'Handler', 'MemorySize', 'Timeout', 'Role', 'Environment', 'Code']);
    assert.deepEqual(resource(doc, 'AppSecurityGroup').properties.map(p => p.key), ['GroupDescription', 'VpcId', 'SecurityGroupIngress']);
  });

  it('gives properties exact key, value and whole ranges', () => {
    const p = prop(resource(doc, 'LogsBucket'), 'BucketName');
    assert.deepEqual(p.keyRange, spanOf(text, 'BucketName'));
    const sub = "!Sub '${AWS::StackName}-logs-${AWS::AccountId}'";
    assert.deepEqual(p.value, { kind: 'unknown', text: sub, range: spanOf(text, sub) });
    assert.deepEqual(p.range, between(text, 'BucketName', sub));

    const status = prop(resource(doc, 'LogsBucket'), 'VersioningConfiguration');
    assert.deepEqual(status.range, between(text, 'VersioningConfiguration:', 'Status: Enabled'));
    assert.deepEqual(value(status.value.kind === 'map' ? status.value.properties : [], 'Status'), { kind: 'string', value: 'Enabled', range: spanOf(text, 'Enabled', 0) });
  });

  it('reads literals: booleans, numbers, quoted and block strings', () => {
    const r = resource(doc, 'LogsBucket');
    assert.deepEqual(plain(value(r, 'PublicAccessBlockConfiguration')), { BlockPublicAcls: true, BlockPublicPolicy: true, IgnorePublicAcls: true, RestrictPublicBuckets: false });
    assert.deepEqual(plain(value(r, 'LifecycleConfiguration')), {
      Rules: [{ Id: 'archive', Status: 'Enabled', Transitions: [{ StorageClass: 'GLACIER', TransitionInDays: 90 }] }],
    });
    const tag = value(r, 'Tags');
    assert.equal(tag.kind, 'list');
    const memory = value(resource(doc, 'Function'), 'MemorySize');
    assert.deepEqual(memory, { kind: 'number', value: 256, range: spanOf(text, '256') });
    const zip = value(resource(doc, 'Function'), 'Code.ZipFile');
    assert.equal(zip.kind, 'string');
    assert.equal(zip.kind === 'string' && zip.value, 'def handler(event, context):\n    # 이벤트 처리 ✅\n    return {"ok": True}\n');
    // A block scalar runs from its indicator to its last character, not into the blank line after.
    assert.deepEqual(zip.range, between(text, '|', 'return {"ok": True}'));
  });

  it('reads Ref and GetAtt as references; Ref to parameters and pseudo parameters is not a link', () => {
    const fn = resource(doc, 'Function');
    assert.deepEqual(value(fn, 'Role'), { kind: 'reference', target: 'FunctionRole', attribute: 'Arn', text: '!GetAtt FunctionRole.Arn', range: spanOf(text, '!GetAtt FunctionRole.Arn') });
    assert.deepEqual(plain(value(fn, 'Environment.Variables')), { BUCKET: { ref: 'LogsBucket' }, STAGE: { ref: 'Env' }, REGION: { ref: 'AWS::Region' } });
    assert.deepEqual(plain(value(resource(doc, 'AppSecurityGroup'), 'VpcId')), { ref: 'VpcId' });
    assert.ok(!doc.links.some(l => l.to === 'Env' || l.to === 'VpcId' || l.to === 'AWS::Region'));
  });

  it('links every reference to another resource, including inside !Sub, !Join and lists, and DependsOn', () => {
    assert.deepEqual(linkList(doc), [
      'LogsBucketPolicy->LogsBucket@Bucket',
      'LogsBucketPolicy->LogsBucket@PolicyDocument.Statement.Resource',
      'LogsBucketPolicy->LogsBucket@PolicyDocument.Statement.Resource',
      'FunctionRole->LogsBucket@Policies.PolicyDocument.Statement.Resource',
      'Function->FunctionRole@DependsOn',
      'Function->FunctionRole@Role',
      'Function->LogsBucket@Environment.Variables.BUCKET',
    ]);
    const [, getAtt, sub] = doc.links;
    assert.deepEqual(getAtt.range, spanOf(text, '!GetAtt LogsBucket.Arn', 0));
    assert.deepEqual(sub.range, spanOf(text, '${LogsBucket.Arn}'));
    assert.deepEqual(doc.links[3].range, spanOf(text, '!GetAtt LogsBucket.Arn', 1));
    assert.deepEqual(doc.links[4].range, spanOf(text, 'FunctionRole', 1));
  });

  it('keeps unknown expressions as written: !If, !Join', () => {
    assert.deepEqual(value(resource(doc, 'AppSecurityGroup'), 'SecurityGroupIngress').kind, 'list');
    const ingress = value(resource(doc, 'AppSecurityGroup'), 'SecurityGroupIngress');
    assert.deepEqual(ingress.kind === 'list' && plain(ingress.items[1]), { IpProtocol: 'tcp', FromPort: 22, ToPort: 22, CidrIp: { unknown: '!If [IsProd, 10.0.0.0/8, 0.0.0.0/0]' } });
  });

  it('gives the same ranges with CRLF line endings', () => {
    const crlf = parseCloudFormationYaml(text.replace(/\n/g, '\r\n'));
    assert.deepEqual(crlf.parseErrors, []);
    const ranges = (d: typeof doc) => JSON.stringify([d.resources.map(r => [r.range, r.nameRange, r.typeRange, r.properties.map(p => [p.range, p.keyRange, p.value.range])]), d.links]);
    assert.equal(ranges(crlf), ranges(doc));
  });
});

describe('CloudFormation YAML: flow style and long-form intrinsics (flow-style.yaml)', () => {
  const text = fixture('good/flow-style.yaml');
  const doc = parseCloudFormationYaml(text);

  it('parses flow maps and lists with exact ranges', () => {
    assert.deepEqual(doc.parseErrors, []);
    const q = resource(doc, 'Queue');
    const line = posOf(text, 'Queue:').line;
    assert.deepEqual(q.range, { start: { line, character: 2 }, end: { line, character: text.split('\n')[line].length } });
    assert.deepEqual(q.typeRange, spanOf(text, 'AWS::SQS::Queue'));
    assert.deepEqual(value(q, 'VisibilityTimeout'), { kind: 'number', value: 60, range: spanOf(text, '60') });
    assert.deepEqual(value(q, 'KmsMasterKeyId'), { kind: 'reference', target: 'Key', text: '{ Ref: Key }', range: spanOf(text, '{ Ref: Key }') });
    const tags = prop(q, 'Tags');
    assert.deepEqual(tags.range, spanOf(text, 'Tags: [{ Key: stage, Value: { Ref: Stage } }]'));
    assert.deepEqual(plain(tags.value), [{ Key: 'stage', Value: { ref: 'Stage' } }]);
    const key = resource(doc, 'Key');
    assert.deepEqual(value(key, 'Description'), { kind: 'string', value: '큐 암호화 키 🔑', range: spanOf(text, '"큐 암호화 키 🔑"') });
  });

  it('reads long-form Fn::GetAtt (list and dotted string) and Fn::Sub with a variable map', () => {
    const topic = resource(doc, 'Topic');
    assert.deepEqual(plain(value(topic, 'Subscription')), [{ Endpoint: { ref: 'Queue', att: 'Arn' }, Protocol: 'sqs' }]);
    assert.deepEqual(plain(value(topic, 'KmsMasterKeyId')), { ref: 'Key', att: 'Arn' });
    assert.equal(value(topic, 'DisplayName').kind, 'unknown');
    assert.deepEqual(linkList(doc), ['Queue->Key@KmsMasterKeyId', 'Topic->Queue@Subscription.Endpoint', 'Topic->Key@KmsMasterKeyId', 'Topic->Queue@DisplayName']);
    // `${Prefix}` is the Sub's own variable; `${Queue.QueueName}` is the resource.
    assert.deepEqual(doc.links[3].range, spanOf(text, '${Queue.QueueName}'));
  });
});

describe('CloudFormation YAML: every intrinsic (intrinsics.yaml)', () => {
  const text = fixture('good/intrinsics.yaml');
  const doc = parseCloudFormationYaml(text);

  it('resolves every short-form tag without warnings', () => {
    assert.deepEqual(doc.parseErrors, []);
  });

  it('keeps nested intrinsics as unknown text with their tag', () => {
    const subnet = resource(doc, 'Subnet');
    const cidr = '!Select [0, !Cidr [!GetAtt Vpc.CidrBlock, 4, 8]]';
    assert.deepEqual(value(subnet, 'CidrBlock'), { kind: 'unknown', text: cidr, range: spanOf(text, cidr) });
    assert.deepEqual(plain(value(subnet, 'AvailabilityZone')), { unknown: "!Select [0, !GetAZs '']" });
    assert.deepEqual(plain(value(subnet, 'MapPublicIpOnLaunch')), { unknown: '!If [IsProd, false, true]' });
    const instance = resource(doc, 'Instance');
    assert.deepEqual(plain(value(instance, 'ImageId')), { unknown: "!FindInMap [RegionMap, !Ref 'AWS::Region', Ami]" });
    assert.deepEqual(plain(value(instance, 'SubnetId')), { unknown: "!Select [0, !Split [',', !ImportValue shared-subnets]]" });
    assert.deepEqual(plain(value(instance, 'SecurityGroupIds')), { ref: 'Vpc', att: 'DefaultSecurityGroup' });
    assert.equal(value(instance, 'Tags').kind, 'unknown');
    assert.deepEqual(plain(value(instance, 'Monitoring')), { unknown: '!Equals [!Length [!Ref Subnets], 2]' });
    assert.deepEqual(plain(value(instance, 'Description')), { unknown: '!ToJsonString { vpc: !Ref Vpc }' });
    const userData = value(instance, 'UserData');
    assert.equal(userData.kind, 'unknown');
    assert.ok(userData.kind === 'unknown' && userData.text.startsWith('!Base64\n        Fn::Sub: |'));
  });

  it('links references nested in unknown expressions, with exact ${} ranges, skipping ${!Literal} and parameters', () => {
    assert.deepEqual(linkList(doc), [
      'Subnet->Vpc@VpcId',
      'Subnet->Vpc@CidrBlock',
      'Instance->Vpc@UserData',
      'Instance->Subnet@UserData',
      'Instance->Vpc@SecurityGroupIds',
      'Instance->Vpc@Description',
      'Named->Vpc@ImageId',
      'Named->Subnet@ImageId',
      'Named->Vpc@KeyName',
    ]);
    assert.deepEqual(doc.links[1].range, spanOf(text, '!GetAtt Vpc.CidrBlock'));
    assert.deepEqual(doc.links[2].range, spanOf(text, '${Vpc}', 0));
    assert.deepEqual(doc.links[3].range, spanOf(text, '${Subnet.AvailabilityZone}'));
    assert.deepEqual(doc.links[6].range, spanOf(text, '${Vpc}', 1));
    assert.deepEqual(doc.links[7].range, spanOf(text, '!GetAtt Subnet.AvailabilityZone'));
    // `!GetAtt [Vpc, !Ref Env]`: the target is known, the attribute is not.
    assert.deepEqual(plain(value(resource(doc, 'Named'), 'KeyName')), { unknown: '!GetAtt [Vpc, !Ref Env]' });
  });

  for (const [tag, long] of SHORT_FORMS) {
    it(`${tag}: scalar, sequence and map forms resolve (tag and range kept)`, () => {
      const src = [
        'Resources:',
        '  Target:',
        '    Type: AWS::SNS::Topic',
        '  User:',
        '    Type: AWS::SQS::Queue',
        '    Properties:',
        `      Scalar: ${tag} Target.Arn`,
        `      Seq: ${tag} [Target, Arn]`,
        `      Map: ${tag} { Name: Target }`,
        `      Block: ${tag}`,
        '        - Target',
        '        - Arn',
        '',
      ].join('\n');
      const d = parseCloudFormationYaml(src);
      assert.deepEqual(d.parseErrors, []);
      const user = resource(d, 'User');
      for (const key of ['Scalar', 'Seq', 'Map', 'Block']) {
        const v = value(user, key);
        const line = src.split('\n').findIndex(l => l.startsWith(`      ${key}:`));
        assert.equal(v.range.start.line, line, `${tag} ${key}`);
        assert.equal(v.range.start.character, `      ${key}: `.length, `${tag} ${key} starts at its tag`);
        if (long === 'Ref' && key === 'Scalar') assert.deepEqual(plain(v), { ref: 'Target.Arn' });
        else if (long === 'Fn::GetAtt' && key !== 'Map') assert.deepEqual(plain(v), { ref: 'Target', att: 'Arn' });
        else assert.equal(v.kind, 'unknown', `${tag} ${key}`);
      }
    });
  }
});

describe('CloudFormation YAML: literals are never reinterpreted', () => {
  const src = [
    'AWSTemplateFormatVersion: "2010-09-09"',
    'Resources:',
    '  Thing:',
    '    Type: AWS::SSM::Parameter',
    '    Properties:',
    '      Account: 012345678901',
    '      Hex: 0x1F',
    '      Ratio: 1.5',
    '      Negative: -3',
    '      Word: yes',
    '      Date: 2012-10-17',
    '      Nothing: ~',
    '      Empty:',
    "      Quoted: '42'",
    '      Alias: &a x',
    '      Unknown: !NotAnIntrinsic value',
    '',
  ].join('\n');
  const doc = parseCloudFormationYaml(src);

  it('keeps numbers only when written as decimal numbers', () => {
    assert.deepEqual(plainProps(resource(doc, 'Thing')), {
      Account: '012345678901',
      Hex: '0x1F',
      Ratio: 1.5,
      Negative: -3,
      Word: 'yes',
      Date: '2012-10-17',
      Nothing: null,
      Empty: null,
      Quoted: '42',
      Alias: 'x',
      Unknown: { unknown: 'value' },
    });
    // An unknown tag is worth a warning (a typo of an intrinsic, often).
    assert.deepEqual(doc.parseErrors.map(e => [e.severity, e.message]), [['warning', 'Unresolved tag: !NotAnIntrinsic']]);
  });

  it('gives an empty value an empty range right after the colon', () => {
    const p = prop(resource(doc, 'Thing'), 'Empty');
    const line = src.split('\n').indexOf('      Empty:');
    assert.deepEqual(p.value.range, { start: { line, character: 12 }, end: { line, character: 12 } });
  });
});

describe('CloudFormation YAML: SAM (serverless.yaml)', () => {
  const text = fixture('good/serverless.yaml');
  const doc = parseCloudFormationYaml(text);

  it('treats AWS::Serverless::* as resources with their normalized kinds', () => {
    assert.deepEqual(doc.parseErrors, []);
    assert.deepEqual(
      doc.resources.map(r => [r.name, r.kind]),
      [
        ['ItemsTable', 'aws.dynamodb.table'],
        ['ItemsApi', 'aws.apigateway.rest-api'],
        ['GetItemFunction', 'aws.lambda.function'],
      ],
    );
    assert.deepEqual(linkList(doc), [
      'GetItemFunction->ItemsTable@Policies.DynamoDBReadPolicy.TableName',
      'GetItemFunction->ItemsTable@Environment.Variables.TABLE',
      'GetItemFunction->ItemsApi@Events.Get.Properties.RestApiId',
    ]);
    assert.deepEqual(plain(value(resource(doc, 'ItemsTable'), 'PrimaryKey')), { Name: 'id', Type: 'String' });
  });
});

describe('CloudFormation YAML: language extensions', () => {
  it('does not take an Fn::ForEach loop for a resource', () => {
    const text = [
      'Transform: AWS::LanguageExtensions',
      'Resources:',
      '  Fn::ForEach::Topics:',
      '    - Name',
      '    - [A, B]',
      '    - Topic${Name}:',
      '        Type: AWS::SNS::Topic',
      '  Queue:',
      '    Type: AWS::SQS::Queue',
      '',
    ].join('\n');
    const doc = parseCloudFormationYaml(text);
    assert.deepEqual(doc.resources.map(r => r.name), ['Queue']);
    assert.deepEqual(doc.parseErrors, []);
  });
});

describe('CloudFormation YAML: Properties written as an intrinsic', () => {
  it('keeps them as one `...` entry (properties we cannot see into), with its links', () => {
    const text = [
      'Conditions:',
      '  Prod: !Equals [!Ref Env, prod]',
      'Resources:',
      '  Db:',
      '    Type: AWS::RDS::DBInstance',
      '    Properties: !If',
      '      - Prod',
      '      - { Engine: mysql, MultiAZ: true, KmsKeyId: !Ref Key }',
      '      - { Engine: mysql }',
      '  Included:',
      '    Type: AWS::S3::Bucket',
      '    Properties:',
      '      Fn::Transform:',
      '        Name: AWS::Include',
      '        Parameters: { Location: s3://bucket/bucket.yaml }',
      '  Key:',
      '    Type: AWS::KMS::Key',
      '',
    ].join('\n');
    const doc = parseCloudFormationYaml(text);
    assert.deepEqual(doc.parseErrors, []);
    const db = resource(doc, 'Db');
    assert.deepEqual(db.properties.map(p => [p.key, p.value.kind]), [['...', 'unknown']]);
    assert.deepEqual(db.properties[0].keyRange, { start: { line: 5, character: 4 }, end: { line: 5, character: 14 } });
    assert.deepEqual(db.properties[0].value.range.start, { line: 5, character: 16 });
    assert.deepEqual(resource(doc, 'Included').properties.map(p => [p.key, p.value.kind]), [['...', 'unknown']]);
    assert.deepEqual(linkList(doc), ['Db->Key@...']);
    assertRangesSane(text, doc);
  });
});
