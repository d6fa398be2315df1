/**
 * CDK TypeScript parse benchmark: the bare TypeScript parser (`ts.createSourceFile`) against
 * parse + model (`parseCdkTypeScript`) on generated stacks of ~100 KB, 1 MB and 5 MB.
 * Goal: model ≤ 1.2 × bare. Run: npx tsx bench/cdk-typescript.bench.ts
 */
import * as ts from 'typescript';
import { parseCdkTypeScript } from '../src/core/iac/cdk/typescript';

const HEADER = `import { Duration, RemovalPolicy, Stack, StackProps } from 'aws-cdk-lib';
import * as cdk from 'aws-cdk-lib';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { Table, AttributeType, BillingMode } from 'aws-cdk-lib/aws-dynamodb';
import { aws_sqs as sqs, aws_logs as logs } from 'aws-cdk-lib';
import { Construct } from 'constructs';
`;

/** One stack class of ~20 constructs of varied types, calls and policy statements. */
function stack(i: number): string {
  return `
// 스택 ${i}: 업로드 처리 파이프라인 🚀
export class PipelineStack${i} extends Stack {
  public readonly archive: s3.Bucket;

  constructor(scope: Construct, id: string, props?: StackProps) {
    super(scope, id, props);

    const vpc = new ec2.Vpc(this, 'Vpc${i}', {
      maxAzs: 2,
      natGateways: 1,
      subnetConfiguration: [
        { name: 'public', subnetType: ec2.SubnetType.PUBLIC, cidrMask: 24 },
        { name: 'app', subnetType: ec2.SubnetType.PRIVATE_WITH_EGRESS, cidrMask: 24 },
      ],
    });

    this.archive = new s3.Bucket(this, 'Archive${i}', {
      versioned: true,
      encryption: s3.BucketEncryption.S3_MANAGED,
      blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
      enforceSSL: true,
      removalPolicy: RemovalPolicy.RETAIN,
      lifecycleRules: [
        {
          id: 'tier-down',
          transitions: [
            { storageClass: s3.StorageClass.INFREQUENT_ACCESS, transitionAfter: Duration.days(30) },
            { storageClass: s3.StorageClass.GLACIER, transitionAfter: Duration.days(120) },
          ],
          noncurrentVersionExpiration: Duration.days(${30 + (i % 60)}),
        },
      ],
    });

    const table = new Table(this, 'Orders${i}', {
      partitionKey: { name: 'pk', type: AttributeType.STRING },
      sortKey: { name: 'sk', type: AttributeType.STRING },
      billingMode: BillingMode.PAY_PER_REQUEST,
      pointInTimeRecovery: ${i % 2 === 0},
    });

    const queue = new sqs.Queue(this, 'Jobs${i}', {
      visibilityTimeout: Duration.minutes(5),
      retentionPeriod: Duration.days(4),
      encryption: sqs.QueueEncryption.SQS_MANAGED,
    });

    const logGroup = new logs.LogGroup(this, 'Logs${i}', { retention: logs.RetentionDays.ONE_MONTH });

    const webSg = new ec2.SecurityGroup(this, 'WebSg${i}', { vpc, description: '웹 서버 보안 그룹', allowAllOutbound: true });
    webSg.addIngressRule(ec2.Peer.anyIpv4(), ec2.Port.tcp(443), 'HTTPS from anywhere');
    webSg.addIngressRule(ec2.Peer.ipv4('10.${i % 255}.0.0/16'), ec2.Port.tcp(22), 'SSH from the office');
    const dbSg = new ec2.SecurityGroup(this, 'DbSg${i}', { vpc, description: 'database' });
    dbSg.addIngressRule(webSg, ec2.Port.tcp(5432), 'Postgres from web');
    dbSg.connections.allowFrom(webSg, ec2.Port.tcp(5433));

    const handler = new lambda.Function(this, 'Handler${i}', {
      runtime: lambda.Runtime.NODEJS_20_X,
      handler: 'index.handler',
      code: lambda.Code.fromAsset('lambda/handler'),
      memorySize: ${128 * (1 + (i % 8))},
      timeout: Duration.seconds(30),
      vpc,
      securityGroups: [webSg],
      logGroup,
      environment: {
        TABLE: table.tableName,
        QUEUE_URL: queue.queueUrl,
        BUCKET: this.archive.bucketName,
        PREFIX: \`stack-\${id}-${i}\`,
      },
    });
    table.grantReadWriteData(handler);
    queue.grantSendMessages(handler);
    this.archive.grantRead(handler);
    handler.addToRolePolicy(new iam.PolicyStatement({
      effect: iam.Effect.ALLOW,
      actions: ['s3:GetObject', 's3:PutObject'],
      resources: [this.archive.arnForObjects('*')],
    }));

    const role = new iam.Role(this, 'Ops${i}', {
      assumedBy: new iam.ServicePrincipal('ec2.amazonaws.com'),
      managedPolicies: [iam.ManagedPolicy.fromAwsManagedPolicyName('AmazonSSMManagedInstanceCore')],
    });
    const stmt = new iam.PolicyStatement({ actions: ['logs:*'], resources: ['*'] });
    stmt.addCondition('StringEquals', { 'aws:RequestedRegion': 'ap-northeast-2' });
    role.addToPolicy(stmt);

    const topic = new cdk.aws_sns.Topic(this, 'Alerts${i}', { displayName: '경보 🔔 ${i}' });
    new cdk.aws_cloudwatch.Alarm(this, 'Errors${i}', {
      metric: handler.metricErrors({ period: Duration.minutes(1) }),
      threshold: ${1 + (i % 5)},
      evaluationPeriods: 1,
    });
    new s3.CfnBucketPolicy(this, 'ArchivePolicy${i}', {
      bucket: this.archive.bucketName,
      policyDocument: { Statement: [{ Effect: 'Deny', Principal: '*', Action: 's3:*', Condition: { Bool: { 'aws:SecureTransport': false } } }] },
    });
    void topic;
  }
}
`;
}

export function generate(bytes: number): string {
  let text = HEADER;
  for (let i = 0; text.length < bytes; i++) text += stack(i);
  return text;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function bare(text: string): void {
  ts.createSourceFile('stack.ts', text, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
}

function model(text: string): void {
  const doc = parseCdkTypeScript(text);
  if (doc.resources.length === 0 || doc.parseErrors.length) throw new Error('benchmark input did not parse');
}

// Runs per size keep the whole script near a minute on a busy 2-core box (a few seconds on a quiet one).
const SIZES: [string, number, number][] = [
  ['100KB', 100 * 1024, 9],
  ['1MB', 1024 * 1024, 5],
  ['5MB', 5 * 1024 * 1024, 3],
];

// Other benchmarks import the generator; only a direct run measures.
if (require.main === module) {
  for (const [label, bytes, runs] of SIZES) {
    const text = generate(bytes);
    if (bytes < 5 * 1024 * 1024) {
      bare(text);
      model(text); // warm-up (the smaller sizes have warmed the JIT for the largest)
    }
    const b: number[] = [];
    const m: number[] = [];
    // Interleaved, so drift (GC, CPU frequency) hits both alike.
    for (let r = 0; r < runs; r++) {
      let t = performance.now();
      bare(text);
      b.push(performance.now() - t);
      t = performance.now();
      model(text);
      m.push(performance.now() - t);
    }
    const x = median(b);
    const y = median(m);
    console.log(`cdk-typescript ${label}: bare ${x.toFixed(1)} ms, model ${y.toFixed(1)} ms, ratio ${(y / x).toFixed(2)}`);
  }
}
