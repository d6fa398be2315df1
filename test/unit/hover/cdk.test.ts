import * as assert from 'node:assert/strict';
import { STORAGE_CLASSES } from '../../../src/core/hover/storageClasses';
import { lint } from '../../../src/core/rules/engine';
import { RULES } from '../../../src/core/rules/index';
import { at, hover, knowledge, parse, rangeOf, sectionsOf, TODAY, topicCommands, urls } from './helpers';

const CDK = 'https://docs.aws.amazon.com/cdk/api/v2/docs/';
const CFN = 'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/';
const row = (id: string) => STORAGE_CLASSES.findIndex(c => c.id === id);

const TS = `import * as cdk from 'aws-cdk-lib';
import { aws_s3 as s3, aws_ec2 as ec2, aws_lambda as lambda } from 'aws-cdk-lib';
import * as elbv2 from 'aws-cdk-lib/aws-elasticloadbalancingv2';
import { aws_elasticloadbalancingv2 as lb } from 'aws-cdk-lib';
import { Bucket } from 'aws-cdk-lib/aws-s3';

export class 로그Stack extends cdk.Stack {
  constructor(scope: cdk.App, id: string) {
    super(scope, id);
    const archive = new s3.Bucket(this, 'Archive', {
      lifecycleRules: [{ id: '보관 🧊', transitions: [{ storageClass: s3.StorageClass.GLACIER, transitionAfter: cdk.Duration.days(90) }] }],
    });
    new Bucket(this, 'Plain');
    new ec2.Instance(this, 'Web', { vpc, machineImage, instanceType: ec2.InstanceType.of(ec2.InstanceClass.T3, ec2.InstanceSize.MICRO) });
    new ec2.Instance(this, 'Arm', { vpc, machineImage, instanceType: new ec2.InstanceType('m7g.large') });
    new lambda.Function(this, 'Fn', { code, handler: 'index.handler', /* 오래됨 🐢 */ runtime: lambda.Runtime.NODEJS_16_X });
    new elbv2.ApplicationLoadBalancer(this, 'Alb', { vpc, internetFacing: true });
    new lb.ApplicationLoadBalancer(this, 'Alb2', { vpc });
    new s3.CfnBucket(this, 'L1', { versioningConfiguration: { status: 'Enabled' } });
  }
}
`;

describe('hover: CDK TypeScript', () => {
  it('on a construct type: topic, findings, notes, and the CDK API page', async () => {
    const doc = await parse(TS, 'typescript');
    const findings = lint(doc, TS, { rules: RULES, language: 'en', today: TODAY }).findings;
    const h = hover(doc, at(TS, 's3.Bucket'), 'en', findings);
    assert.ok(h);
    assert.deepEqual(h.range, rangeOf(TS, 's3.Bucket'));
    assert.equal(topicCommands(h)[0], 's3');
    assert.ok(sectionsOf(h, 'findings')[0].items.some(i => i.ruleId === 's3-versioning-enabled' && /Archive/.test(i.message)));
    assert.ok(sectionsOf(h, 'propertyNote').some(n => n.path === 'lifecycleRules.transitions.storageClass' && n.topicId === 's3-storage-classes'));
    assert.ok(urls(h).includes(`${CDK}aws-cdk-lib.aws_s3.Bucket.html`));
  });

  it('any import alias meets the same topics and pages (elbv2, lb, a named import)', async () => {
    const doc = await parse(TS, 'typescript');
    const a = hover(doc, at(TS, 'elbv2.ApplicationLoadBalancer'));
    const b = hover(doc, at(TS, 'lb.ApplicationLoadBalancer'), 'ko');
    assert.equal(topicCommands(a)[0], 'application-load-balancer');
    assert.deepEqual(topicCommands(b), topicCommands(a));
    assert.equal(sectionsOf(b, 'title')[0].text, knowledge().topic('application-load-balancer')!.title.ko);
    const page = `${CDK}aws-cdk-lib.aws_elasticloadbalancingv2.ApplicationLoadBalancer.html`;
    assert.ok(urls(a).includes(page) && urls(b).includes(page));

    const plain = hover(doc, at(TS, 'new Bucket', 0, 6));
    assert.ok(plain);
    assert.deepEqual(plain.range, rangeOf(TS, 'new Bucket', 0, 'Bucket'));
    assert.equal(topicCommands(plain)[0], 's3');
    assert.ok(urls(plain).includes(`${CDK}aws-cdk-lib.aws_s3.Bucket.html`));
  });

  it('on a camelCase prop: its note and the props page anchor', async () => {
    const doc = await parse(TS, 'typescript');
    const h = hover(doc, at(TS, 'lifecycleRules'));
    assert.ok(h);
    assert.deepEqual(h.range, rangeOf(TS, 'lifecycleRules'));
    assert.ok(sectionsOf(h, 'propertyNote').some(n => n.topicId === 's3-lifecycle'));
    assert.deepEqual(urls(h), [`${CDK}aws-cdk-lib.aws_s3.BucketProps.html#lifecyclerules`]);
    const deep = hover(doc, at(TS, 'storageClass:'));
    assert.equal(sectionsOf(deep, 'title')[0].text, 'lifecycleRules.transitions.storageClass');
  });

  it('on s3.StorageClass.GLACIER after Korean text and an emoji: the table, highlighted', async () => {
    const doc = await parse(TS, 'typescript');
    const h = hover(doc, at(TS, 'StorageClass.GLACIER'));
    assert.ok(h);
    assert.deepEqual(h.range, rangeOf(TS, 's3.StorageClass.GLACIER'));
    const [table] = sectionsOf(h, 'table');
    assert.equal(table.highlightedRow, row('GLACIER'));
  });

  it('instance types written with InstanceType.of and new InstanceType', async () => {
    const doc = await parse(TS, 'typescript');
    const t3 = hover(doc, at(TS, 'InstanceClass.T3'));
    assert.ok(t3);
    assert.deepEqual(t3.range, rangeOf(TS, 'ec2.InstanceType.of(ec2.InstanceClass.T3, ec2.InstanceSize.MICRO)'));
    const [notes] = sectionsOf(t3, 'notes');
    assert.equal(notes.heading, 'Instance type t3.micro');
    assert.ok(notes.items.some(i => /burstable/.test(i.markdown)));
    const arm = hover(doc, at(TS, "'m7g.large'"), 'ko');
    assert.ok(arm);
    assert.deepEqual(arm.range, rangeOf(TS, "new ec2.InstanceType('m7g.large')"));
    assert.ok(sectionsOf(arm, 'notes')[0].items.some(i => /Graviton/.test(i.markdown) && /arm64/.test(i.markdown)));
  });

  it('lambda.Runtime.NODEJS_16_X after an inline Korean comment', async () => {
    const doc = await parse(TS, 'typescript');
    const h = hover(doc, at(TS, 'NODEJS_16_X'));
    assert.ok(h);
    assert.deepEqual(h.range, rangeOf(TS, 'lambda.Runtime.NODEJS_16_X'));
    assert.equal(sectionsOf(h, 'notes')[0].items[0].tone, 'warning');
    assert.ok(topicCommands(h).includes('lambda'));
  });

  it('an L1 construct: CloudFormation notes matched in camelCase, CDK and CloudFormation pages', async () => {
    const doc = await parse(TS, 'typescript');
    const type = hover(doc, at(TS, 's3.CfnBucket'));
    assert.deepEqual(urls(type), [`${CDK}aws-cdk-lib.aws_s3.CfnBucket.html`, `${CFN}aws-resource-s3-bucket.html`]);
    const status = hover(doc, at(TS, "status: 'Enabled'", 0, 2));
    assert.ok(status);
    assert.deepEqual(status.range, rangeOf(TS, "status: 'Enabled'", 0, 'status'));
    assert.ok(sectionsOf(status, 'propertyNote').some(n => n.topicId === 's3-versioning' && n.path === 'VersioningConfiguration.Status'));
    assert.deepEqual(urls(status), [
      `${CDK}aws-cdk-lib.aws_s3.CfnBucketProps.html#versioningconfiguration`,
      `${CFN}aws-resource-s3-bucket.html#cfn-s3-bucket-versioningconfiguration`,
    ]);
    const value = hover(doc, at(TS, "'Enabled'"));
    assert.equal(sectionsOf(value, 'valueNote')[0].topicId, 's3-versioning');
  });
});

const PY = `from aws_cdk import Stack, Duration, aws_s3 as s3, aws_ec2 as ec2, aws_lambda as _lambda


class 로그Stack(Stack):
    def __init__(self, scope, construct_id, **kwargs):
        super().__init__(scope, construct_id, **kwargs)
        s3.Bucket(self, "Archive", versioned=True, lifecycle_rules=[s3.LifecycleRule(id="보관 🧊", transitions=[s3.Transition(storage_class=s3.StorageClass.INFREQUENT_ACCESS, transition_after=Duration.days(30))])])
        ec2.Instance(self, "Web", vpc=vpc, machine_image=image, instance_type=ec2.InstanceType("c6gn.2xlarge"))
        _lambda.Function(self, "Fn", code=code, handler="index.handler", runtime=_lambda.Runtime.PYTHON_3_8)
`;

describe('hover: CDK Python', () => {
  it('on a construct type imported with an underscore alias', async () => {
    const doc = await parse(PY, 'python');
    const h = hover(doc, at(PY, '_lambda.Function'));
    assert.ok(h);
    assert.deepEqual(h.range, rangeOf(PY, '_lambda.Function'));
    assert.equal(topicCommands(h)[0], 'lambda');
    assert.ok(urls(h).includes(`${CDK}aws-cdk-lib.aws_lambda.Function.html`));
    const ko = hover(doc, at(PY, 's3.Bucket'), 'ko');
    assert.equal(sectionsOf(ko, 'title')[0].text, knowledge().topic('s3')!.title.ko);
  });

  it('a keyword argument: the snake_case token, its camelCase note, the props page', async () => {
    const doc = await parse(PY, 'python');
    const h = hover(doc, at(PY, 'lifecycle_rules'));
    assert.ok(h);
    assert.deepEqual(h.range, rangeOf(PY, 'lifecycle_rules'));
    assert.equal(sectionsOf(h, 'title')[0].text, 'lifecycle_rules');
    assert.ok(sectionsOf(h, 'propertyNote').some(n => n.topicId === 's3-lifecycle'));
    assert.deepEqual(urls(h), [`${CDK}aws-cdk-lib.aws_s3.BucketProps.html#lifecyclerules`]);
    const deep = hover(doc, at(PY, 'storage_class='));
    assert.equal(sectionsOf(deep, 'title')[0].text, 'lifecycle_rules.transitions.storage_class');
    assert.ok(sectionsOf(deep, 'propertyNote').some(n => n.topicId === 's3-storage-classes'));
  });

  it('a storage class member after Korean text and an emoji', async () => {
    const doc = await parse(PY, 'python');
    const h = hover(doc, at(PY, 'INFREQUENT_ACCESS'), 'ko');
    assert.ok(h);
    assert.deepEqual(h.range, rangeOf(PY, 's3.StorageClass.INFREQUENT_ACCESS'));
    assert.equal(sectionsOf(h, 'table')[0].highlightedRow, row('STANDARD_IA'));
    assert.equal(sectionsOf(h, 'valueNote')[0].markdown, knowledge().topic('s3-storage-classes')!.appliesTo!.values!.find(v => v.match.includes('STANDARD_IA'))!.note.ko);
  });

  it('ec2.InstanceType("…") and a deprecated runtime', async () => {
    const doc = await parse(PY, 'python');
    const instance = hover(doc, at(PY, 'c6gn.2xlarge'));
    assert.ok(instance);
    assert.deepEqual(instance.range, rangeOf(PY, 'ec2.InstanceType("c6gn.2xlarge")'));
    assert.ok(sectionsOf(instance, 'notes')[0].items.some(i => /network/.test(i.markdown)));
    const runtime = hover(doc, at(PY, 'PYTHON_3_8'));
    assert.ok(runtime);
    assert.deepEqual(runtime.range, rangeOf(PY, '_lambda.Runtime.PYTHON_3_8'));
    assert.match(sectionsOf(runtime, 'notes')[0].items[0].markdown, /python3\.8/);
  });
});
