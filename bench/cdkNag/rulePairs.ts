/**
 * Our rules and cdk-nag's AwsSolutions rules that check the same thing, read from both sources
 * (src/core/rules/<service>/<id>.ts; node_modules/cdk-nag/lib/rules/<service>/<Rule>.js, mapped to
 * ids in lib/packs/aws-solutions.js). `differences` says where the two disagree by design or by a
 * gap, each verified on the corpus templates; the bench prints every disagreement of its run, so a
 * new one shows up.
 */

export interface RulePair {
  /** Our rule ids; a finding of any of them counts. */
  ours: readonly string[];
  nag: string;
  /** For a rule that reports several findings per resource (`AwsSolutions-IAM5[Action::s3:*]`): the ones that match. */
  nagFinding?: RegExp;
  what: string;
  /** `same`: the same condition; `partial`: one reports cases the other leaves alone. */
  overlap: 'same' | 'partial';
  differences: string;
}

// cdk-nag rules that meet a value they cannot evaluate (a `!Ref` to a parameter) throw, and cdk-nag
// reports that as a violation ("Rule threw an error"); ours stays silent on unknown values. The
// bench counts those apart as "nag rule errors".

export const RULE_PAIRS: readonly RulePair[] = [
  {
    ours: ['s3-enforce-tls'],
    nag: 'AwsSolutions-S10',
    what: 'bucket policy denies requests without TLS',
    overlap: 'same',
    differences:
      'cdk-nag links a bucket policy to its bucket only by `Ref` or a literal name: a policy whose `Bucket` is the same `!Sub` as the ' +
      "bucket's `BucketName` is not seen, and a bucket that has the TLS Deny is reported (24 buckets in the corpus). cdk-nag also " +
      'requires the Deny to cover the bucket and `bucket/*`; ours requires it to reach every object (`*`, `bucket/*`, `bucket*`), so ' +
      'both report a Deny on one prefix (`${Bucket}/AWSLogs/…`; ours used to miss it, found by this comparison), and ours stays ' +
      'silent on a Deny whose resources it cannot read.',
  },
  {
    ours: ['s3-no-public-access'],
    nag: 'AwsSolutions-S2',
    what: 'Block Public Access turned off',
    overlap: 'partial',
    differences:
      'cdk-nag: a PublicAccessBlockConfiguration with a flag off or left out (a bucket without one passes: S3 blocks by default since ' +
      'April 2023). Ours reports the same and also public ACLs and public bucket policies.',
  },
  {
    ours: ['iam-no-admin-wildcard'],
    nag: 'AwsSolutions-IAM5',
    nagFinding: /^Action::\*$/,
    what: 'Allow of every action (`*`)',
    overlap: 'partial',
    differences:
      'cdk-nag: Allow with Action `*` in a policy document of the template, whatever the Resource. Ours: `*` on `*` in identity ' +
      'policies, and the AWS managed AdministratorAccess attached by ARN (cdk-nag leaves attached managed policies to IAM4, which ' +
      'reports every AWS managed policy).',
  },
  {
    ours: ['iam-no-wildcard-service-actions'],
    nag: 'AwsSolutions-IAM5',
    nagFinding: /^Action::[^:*]+:\*$/,
    what: 'Allow of every action of a service (`logs:*`)',
    overlap: 'partial',
    differences:
      'cdk-nag reports every wildcard in an action (`s3:Get*` too) or a resource; only its `service:*` findings are counted here. ' +
      'Ours also reports Allow with NotAction and `*` on named resources.',
  },
  {
    ours: ['ec2-sg-no-open-admin-ports', 'ec2-sg-no-open-all-ports'],
    nag: 'AwsSolutions-EC23',
    what: 'security group ingress from 0.0.0.0/0 or ::/0',
    overlap: 'partial',
    differences:
      'cdk-nag: any ingress from anywhere, the web ports 80/443 of a public load balancer included. Ours: SSH/RDP or every port, ' +
      'the cases that are almost never meant.',
  },
  {
    ours: ['ebs-encryption-enabled'],
    nag: 'AwsSolutions-EC26',
    what: 'EBS volumes encrypted',
    overlap: 'partial',
    differences:
      'cdk-nag reports an instance, launch configuration or (through its group) launch template that declares no block device at ' +
      "all; ours reports only the volumes a template declares (an undeclared root volume takes the AMI's encryption and the " +
      "account's encryption by default). cdk-nag checks a launch template only through the Auto Scaling group or instance using " +
      'it, and its match by `LaunchTemplateId: !Ref` fails when the template has a LaunchTemplateName, or the user is an EKS node ' +
      'group: unencrypted volumes declared in those launch templates are reported by ours only.',
  },
  {
    ours: ['elb-access-logs'],
    nag: 'AwsSolutions-ELB2',
    what: 'load balancer access logs',
    overlap: 'same',
    differences:
      'An ELBv2 load balancer whose `Type` is a parameter: ours is silent (a network load balancer logs TLS only, a gateway one has ' +
      'no access logs), cdk-nag reports it. An ALB with no LoadBalancerAttributes at all makes cdk-nag\'s rule throw (a rule error); ' +
      'ours reports it.',
  },
  {
    ours: ['elb-classic-legacy'],
    nag: 'AwsSolutions-ELB1',
    what: 'Classic Load Balancer in use',
    overlap: 'partial',
    differences: 'cdk-nag: a Classic Load Balancer with an HTTP/HTTPS listener (TCP/SSL ones pass); ours: every Classic Load Balancer, as a hint.',
  },
  {
    ours: ['cognito-mfa-enabled'],
    nag: 'AwsSolutions-COG2',
    what: 'user pool MFA',
    overlap: 'partial',
    differences:
      'cdk-nag wants MfaConfiguration ON; ours accepts OPTIONAL (ON can only be chosen when the pool is created; OPTIONAL lets threat ' +
      'protection demand a factor) and leaves federation-only pools alone.',
  },
  {
    ours: ['dynamodb-pitr-enabled'],
    nag: 'AwsSolutions-DDB3',
    what: 'DynamoDB point-in-time recovery',
    overlap: 'same',
    differences: 'Ours also checks each replica of an AWS::DynamoDB::GlobalTable.',
  },
  {
    ours: ['lambda-runtime-supported'],
    nag: 'AwsSolutions-L1',
    what: 'Lambda runtime',
    overlap: 'partial',
    differences:
      "cdk-nag: any runtime that is not the newest of its family in aws-cdk-lib's list (python3.12 fails because python3.15 is " +
      'listed: a target that moves with the aws-cdk-lib version). Ours: runtimes past or near their AWS deprecation date, in ' +
      'AWS::Serverless::Function too (which cdk-nag does not check without the SAM transform).',
  },
  {
    ours: ['rds-storage-encrypted'],
    nag: 'AwsSolutions-RDS2',
    what: 'RDS storage encryption',
    overlap: 'partial',
    differences:
      "Ours skips read replicas (they take their source's encryption) and Aurora clusters (encrypted at rest by default since " +
      'February 2026: a deliberate current-AWS-default choice); cdk-nag reports both when StorageEncrypted is not set.',
  },
  {
    ours: ['rds-multi-az'],
    nag: 'AwsSolutions-RDS3',
    what: 'DB instance Multi-AZ',
    overlap: 'same',
    differences: 'Ours skips read replicas and instances of a DB cluster; cdk-nag reports a read replica without MultiAZ.',
  },
  {
    ours: ['rds-backup-retention'],
    nag: 'AwsSolutions-RDS13',
    what: 'RDS automated backups',
    overlap: 'partial',
    differences: 'cdk-nag: BackupRetentionPeriod 0 (backups off). Ours: below 7 days, the default of 1 included.',
  },
  {
    ours: ['vpc-flow-logs-enabled'],
    nag: 'AwsSolutions-VPC7',
    what: 'VPC flow logs',
    overlap: 'same',
    differences: "Ours also accepts a flow log on one of the VPC's subnets or interfaces; cdk-nag only one whose ResourceType is VPC.",
  },
];

/** Rules whose names suggest a pair but which check different things: not compared. */
export const LOOK_ALIKES: readonly { ours: string; nag: string; why: string }[] = [
  { ours: 's3-block-public-access-explicit', nag: 'AwsSolutions-S2', why: 'opposite cases: ours asks for the configuration to be written out, S2 passes a bucket without one' },
  { ours: 'autoscaling-elb-health-check', nag: 'AwsSolutions-AS2', why: 'AS2: HealthCheckType ELB without a grace period; ours: a group behind a load balancer that does not use ELB health checks' },
  { ours: 'elb-https-listener', nag: 'AwsSolutions-ELB5', why: 'ELB5: a Classic listener with an HTTPS/SSL front and a plain back end (plain HTTP passes); ours: HTTP listeners' },
  { ours: 'vpc-nacl-no-open-admin-ports', nag: 'AwsSolutions-VPC3', why: 'VPC3 reports any network ACL at all' },
];
