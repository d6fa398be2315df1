// AWS Field Guide example - an AWS CDK v2 (TypeScript) stack. Lines marked "EXAMPLE PROBLEM"
// break a best practice on purpose, so the extension has something to flag.
import { Duration, RemovalPolicy, Stack, StackProps } from 'aws-cdk-lib';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as rds from 'aws-cdk-lib/aws-rds';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';

export class AppStack extends Stack {
  constructor(scope: Construct, id: string, props?: StackProps) {
    super(scope, id, props);

    const vpc = new ec2.Vpc(this, 'AppVpc', {
      ipAddresses: ec2.IpAddresses.cidr('10.40.0.0/16'),
      maxAzs: 2,
      natGateways: 1,
      subnetConfiguration: [
        { name: 'public', subnetType: ec2.SubnetType.PUBLIC, cidrMask: 24 },
        { name: 'app', subnetType: ec2.SubnetType.PRIVATE_WITH_EGRESS, cidrMask: 24 },
        { name: 'data', subnetType: ec2.SubnetType.PRIVATE_ISOLATED, cidrMask: 24 },
      ],
    });

    // EXAMPLE PROBLEM: no blockPublicAccess, no enforceSSL, and S3-managed keys only by default.
    const uploads = new s3.Bucket(this, 'Uploads', {
      versioned: true,
      removalPolicy: RemovalPolicy.RETAIN,
      lifecycleRules: [
        {
          id: 'tier-down',
          transitions: [
            { storageClass: s3.StorageClass.INFREQUENT_ACCESS, transitionAfter: Duration.days(30) },
            { storageClass: s3.StorageClass.GLACIER, transitionAfter: Duration.days(120) },
          ],
          // EXAMPLE PROBLEM: old versions are never expired, so they pile up forever.
        },
      ],
    });

    const webSg = new ec2.SecurityGroup(this, 'WebSg', {
      vpc,
      description: 'Web servers',
      allowAllOutbound: true,
    });
    webSg.addIngressRule(ec2.Peer.anyIpv4(), ec2.Port.tcp(443), 'HTTPS from anywhere');
    // EXAMPLE PROBLEM: SSH from the whole internet.
    webSg.addIngressRule(ec2.Peer.anyIpv4(), ec2.Port.tcp(22), 'SSH');

    const dbSg = new ec2.SecurityGroup(this, 'DbSg', { vpc, description: 'Database' });
    dbSg.addIngressRule(webSg, ec2.Port.tcp(5432), 'Postgres from the web tier');

    const handler = new lambda.Function(this, 'UploadHandler', {
      runtime: lambda.Runtime.NODEJS_22_X,
      handler: 'index.handler',
      code: lambda.Code.fromInline('exports.handler = async () => ({ statusCode: 200 });'),
      memorySize: 256,
      timeout: Duration.seconds(15),
      vpc,
      vpcSubnets: { subnetType: ec2.SubnetType.PRIVATE_WITH_EGRESS },
      environment: { UPLOADS_BUCKET: uploads.bucketName },
    });
    uploads.grantRead(handler);
    // EXAMPLE PROBLEM: a wildcard policy next to the precise grant above.
    handler.addToRolePolicy(new iam.PolicyStatement({ actions: ['s3:*'], resources: ['*'] }));

    new rds.DatabaseInstance(this, 'Database', {
      engine: rds.DatabaseInstanceEngine.postgres({ version: rds.PostgresEngineVersion.VER_16 }),
      instanceType: ec2.InstanceType.of(ec2.InstanceClass.T4G, ec2.InstanceSize.MEDIUM),
      vpc,
      vpcSubnets: { subnetType: ec2.SubnetType.PRIVATE_ISOLATED },
      securityGroups: [dbSg],
      credentials: rds.Credentials.fromGeneratedSecret('appadmin'),
      allocatedStorage: 50,
      // EXAMPLE PROBLEM: a single-AZ production database, stored unencrypted, no deletion protection.
      multiAz: false,
      storageEncrypted: false,
      deletionProtection: false,
      backupRetention: Duration.days(7),
    });

    // EXAMPLE PROBLEM: a human-style IAM user created by the stack, with a broad managed policy.
    const operator = new iam.User(this, 'Operator', { userName: 'app-operator' });
    operator.addManagedPolicy(iam.ManagedPolicy.fromAwsManagedPolicyName('AdministratorAccess'));
  }
}
