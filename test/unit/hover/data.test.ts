import * as assert from 'node:assert/strict';
import { hoverAt } from '../../../src/core/hover/hoverAt';
import { instanceTypeFromCdk, parseInstanceType } from '../../../src/core/hover/instanceTypes';
import { resourceKeys, topicsForResource, valueNotesFor } from '../../../src/core/hover/knowledgeIndex';
import { lambdaRuntime, runtimeFromCdkSymbol, runtimeName } from '../../../src/core/hover/lambdaRuntimes';
import { locate, resourceAt } from '../../../src/core/hover/locate';
import { STORAGE_CLASS_COLUMNS, STORAGE_CLASSES, storageClassOf } from '../../../src/core/hover/storageClasses';
import type { KnowledgeLookup } from '../../../src/core/hover/types';
import type { Resource } from '../../../src/core/model/types';
import { at, hover, knowledge, options, parse, rangeOf, sectionsOf } from './helpers';

function fakeResource(format: Resource['format'], type: string, kind: string): Resource {
  const r = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
  return { format, role: 'resource', type, kind, name: 'x', range: r, typeRange: r, nameRange: r, properties: [], calls: [] };
}

describe('hover data', () => {
  describe('instance type names', () => {
    it('reads family, generation, attributes, options and size', () => {
      assert.deepEqual(parseInstanceType('m7g.large'), { type: 'm7g.large', service: undefined, family: 'm', generation: 7, attributes: 'g', options: [], size: 'large' });
      assert.deepEqual(parseInstanceType('m7i-flex.2xlarge'), { type: 'm7i-flex.2xlarge', service: undefined, family: 'm', generation: 7, attributes: 'i', options: ['flex'], size: '2xlarge' });
      assert.equal(parseInstanceType('db.r6g.large')?.service, 'db');
      assert.equal(parseInstanceType('cache.t4g.micro')?.family, 't');
      assert.equal(parseInstanceType('t3.small.search')?.service, 'search');
      assert.equal(parseInstanceType('inf2.xlarge')?.family, 'inf');
      assert.equal(parseInstanceType('c5.metal')?.size, 'metal');
      for (const notOne of ['db.serverless', 'aurora-iopt1', 'GLACIER', 'q9.large', 'm5.huge', 'python3.8', 'nodejs16.x']) {
        assert.equal(parseInstanceType(notOne), undefined, notOne);
      }
    });

    it('reads the CDK forms', () => {
      assert.equal(instanceTypeFromCdk('ec2.InstanceType.of(ec2.InstanceClass.T3, ec2.InstanceSize.MICRO)'), 't3.micro');
      assert.equal(instanceTypeFromCdk('ec2.InstanceType.of(ec2.InstanceClass.BURSTABLE4_GRAVITON, ec2.InstanceSize.XLARGE2)'), 't4g.2xlarge');
      assert.equal(instanceTypeFromCdk('ec2.InstanceType.of(ec2.InstanceClass.M7I_FLEX, ec2.InstanceSize.LARGE)'), 'm7i-flex.large');
      assert.equal(instanceTypeFromCdk("new ec2.InstanceType('r6g.xlarge')"), 'r6g.xlarge');
      assert.equal(instanceTypeFromCdk('ec2.InstanceType("c7g.medium")'), 'c7g.medium');
      assert.equal(instanceTypeFromCdk('ec2.InstanceType(size)'), undefined);
    });
  });

  describe('Lambda runtimes', () => {
    it('maps CDK members to identifiers and names them', () => {
      assert.equal(runtimeFromCdkSymbol('lambda.Runtime.NODEJS_16_X'), 'nodejs16.x');
      assert.equal(runtimeFromCdkSymbol('lambda.Runtime.PYTHON_3_12'), 'python3.12');
      assert.equal(runtimeFromCdkSymbol('lambda.Runtime.JAVA_8_CORRETTO'), 'java8.al2');
      assert.equal(runtimeFromCdkSymbol('lambda.Runtime.PROVIDED_AL2023'), 'provided.al2023');
      assert.equal(runtimeFromCdkSymbol('s3.StorageClass.GLACIER'), undefined);
      assert.equal(runtimeName('nodejs20.x'), 'Node.js 20');
      assert.equal(runtimeName('dotnetcore3.1'), '.NET Core 3.1');
      assert.equal(runtimeName('java8.al2'), 'Java 8 (Amazon Linux 2)');
    });

    it('reads its dates from the lambda-runtime-supported rule, so hover and diagnostic agree', () => {
      assert.equal(lambdaRuntime('nodejs16.x')?.deprecation, '2024-06-12');
      assert.equal(lambdaRuntime('python3.8')?.deprecation, '2024-10-14');
      assert.equal(lambdaRuntime('toString'), undefined);
      assert.equal(lambdaRuntime('cobol1.0'), undefined);
    });

    it('warns before the date and says "supported" well before it', async () => {
      const text = `Resources:
  F:
    Type: AWS::Lambda::Function
    Properties: { Runtime: nodejs20.x }
`;
      const doc = await parse(text);
      // 60 days before the date the rule's table gives, whatever that date is.
      const date = lambdaRuntime('nodejs20.x')!.deprecation;
      const today = new Date(Date.parse(`${date}T00:00:00Z`) - 60 * 86_400_000).toISOString().slice(0, 10);
      const soon = hoverAt(doc, at(text, 'nodejs20.x'), options('en', [], { today }));
      const item = sectionsOf(soon, 'notes')[0].items[0];
      assert.equal(item.tone, 'warning');
      assert.match(item.markdown, /in 60 days/);
      const early = hoverAt(doc, at(text, 'nodejs20.x'), options('en', [], { today: '2024-01-01' }));
      assert.equal(sectionsOf(early, 'notes')[0].items[0].tone, undefined);
    });
  });

  describe('storage classes', () => {
    it('has a row per class, a cell per column, in both languages', () => {
      assert.deepEqual(STORAGE_CLASSES.map(c => c.id), ['STANDARD', 'INTELLIGENT_TIERING', 'STANDARD_IA', 'ONEZONE_IA', 'GLACIER_IR', 'GLACIER', 'DEEP_ARCHIVE']);
      assert.equal(STORAGE_CLASS_COLUMNS.en.length, STORAGE_CLASS_COLUMNS.ko.length);
      for (const c of STORAGE_CLASSES) {
        for (const field of [c.availabilityZones, c.minimumDuration, c.minimumBillableSize, c.retrieval, c.typicalUse]) {
          assert.ok(field.en && field.ko, c.id);
        }
      }
    });

    it('knows API values and CDK members', () => {
      assert.equal(storageClassOf('GLACIER_IR')?.name, 'S3 Glacier Instant Retrieval');
      assert.equal(storageClassOf('s3.StorageClass.ONE_ZONE_INFREQUENT_ACCESS')?.id, 'ONEZONE_IA');
      assert.equal(storageClassOf('s3.StorageClass.STANDARD'), undefined);
      assert.equal(storageClassOf('Glacier'), undefined);
    });
  });

  describe('knowledge index', () => {
    it('is built once per knowledge base, not per hover', async () => {
      const kb = knowledge();
      let reads = 0;
      const counting: KnowledgeLookup = { all: () => (reads++, kb.all()), topic: id => kb.topic(id) };
      const text = `Resources:
  B:
    Type: AWS::S3::Bucket
    Properties: { VersioningConfiguration: { Status: Enabled } }
`;
      const doc = await parse(text);
      for (const needle of ['AWS::S3::Bucket', 'VersioningConfiguration', 'Status', 'Enabled', 'AWS::S3::Bucket']) {
        assert.ok(hoverAt(doc, at(text, needle), { ...options(), knowledge: counting }), needle);
      }
      assert.equal(reads, 1);
    });

    it('meets topics through the normalized kind whatever the spelling', () => {
      const kb = knowledge();
      const ids = (r: Resource) => topicsForResource(kb, resourceKeys(r)).map(t => t.id).sort();
      const cfn = ids(fakeResource('cloudformation', 'AWS::ElasticLoadBalancingV2::LoadBalancer', 'aws.elasticloadbalancingv2.load-balancer'));
      assert.ok(cfn.includes('application-load-balancer'));
      assert.deepEqual(ids(fakeResource('terraform', 'aws_lb', 'aws.elasticloadbalancingv2.load-balancer')), cfn);
      assert.deepEqual(ids(fakeResource('cdk-typescript', 'lb.ApplicationLoadBalancer', 'aws.elasticloadbalancingv2.load-balancer')), cfn);
      // A CDK type the kinds table does not know still meets the topic that names it.
      assert.ok(ids(fakeResource('cdk-typescript', 'ecs.FargateService', 'unknown')).includes('ecs'));
    });

    it('limits plain value notes to the resources of their topic, and scoped ones to their properties', () => {
      const kb = knowledge();
      const bucket = resourceKeys(fakeResource('terraform', 'aws_s3_object', 'aws.s3.object'));
      const table = resourceKeys(fakeResource('terraform', 'aws_dynamodb_table', 'aws.dynamodb.table'));
      const versioning = resourceKeys(fakeResource('terraform', 'aws_s3_bucket_versioning', 'aws.s3.bucket-versioning'));
      assert.ok(valueNotesFor(kb, bucket, 'storage_class', 'STANDARD').some(n => n.topic.id === 's3-storage-classes'));
      assert.deepEqual(valueNotesFor(kb, table, 'table_class', 'STANDARD').filter(n => n.topic.id === 's3-storage-classes'), []);
      assert.equal(valueNotesFor(kb, versioning, 'versioning_configuration.status', 'Enabled')[0]?.topic.id, 's3-versioning');
      assert.deepEqual(valueNotesFor(kb, versioning, 'other', 'Enabled'), []);
      // Distinctive values apply anywhere (a CDK symbol, written with any alias in the topic).
      const fn = resourceKeys(fakeResource('cdk-typescript', 's3.Bucket', 'aws.s3.bucket'));
      assert.ok(valueNotesFor(kb, fn, 'removalPolicy', 'RemovalPolicy.DESTROY').some(n => n.topic.id === 'aws-cdk'));
    });
  });

  describe('locating the token', () => {
    it('finds the innermost construct, and arguments of method calls outside the construct', async () => {
      const text = `import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as iam from 'aws-cdk-lib/aws-iam';
const sg = new ec2.SecurityGroup(this, 'Sg', { vpc });
sg.addIngressRule(ec2.Peer.anyIpv4(), ec2.Port.tcp(22));
new ec2.Instance(this, 'I', { vpc, role: new iam.Role(this, 'R', { assumedBy: new iam.ServicePrincipal('ec2.amazonaws.com') }) });
`;
      const doc = await parse(text, 'typescript');
      assert.equal(resourceAt(doc, at(text, 'assumedBy'))?.type, 'iam.Role');
      assert.equal(resourceAt(doc, at(text, "'I'"))?.type, 'ec2.Instance');
      const role = hover(doc, at(text, 'iam.Role'));
      assert.equal(role?.target, 'type');
      assert.deepEqual(role?.range, rangeOf(text, 'iam.Role'));

      const located = locate(doc, at(text, 'anyIpv4'));
      assert.ok(located && located.target === 'value');
      assert.equal(located.resource.type, 'ec2.SecurityGroup');
      assert.deepEqual(located.path, ['addIngressRule']);
      const open = hover(doc, at(text, 'anyIpv4'));
      assert.deepEqual(open?.range, rangeOf(text, 'ec2.Peer.anyIpv4()'));
      assert.equal(sectionsOf(open, 'valueNote')[0].topicId, 'security-groups');
    });
  });
});
