/**
 * CDK Python parse benchmark: the bare tree-sitter-python parse vs parseCdkPython (the same parse
 * plus error collection and the model) on generated stacks of ~100 KB, 1 MB and 5 MB.
 * Median of a few runs after a warm-up. Run: npx tsx bench/cdk-python.bench.ts
 */
import { parseCdkPython } from '../src/core/iac/cdk/python';
import { getParser } from '../src/core/iac/treeSitter';

const HEADER = `# -*- coding: utf-8 -*-
# 한국어 설명 🚀 — 생성된 벤치마크 스택 (generated benchmark stacks)
"""Platform stacks: networking, storage, compute and permissions for every team."""
from typing import Optional

import aws_cdk as cdk
from aws_cdk import Duration, RemovalPolicy, Stack, Tags
from aws_cdk import aws_ec2 as ec2, aws_iam as iam
from aws_cdk import aws_lambda as _lambda
from aws_cdk import aws_s3 as s3
from aws_cdk import aws_logs as logs
import aws_cdk.aws_sqs as sqs
from aws_cdk.aws_dynamodb import Table, AttributeType, BillingMode
from constructs import Construct

DEFAULT_TAGS = {"owner": "platform", "cost-center": "1234", "설명": "공용 🚀"}


def retention_for(stage: str) -> logs.RetentionDays:
    """Longer log retention in production."""
    if stage == "prod":
        return logs.RetentionDays.ONE_YEAR
    return logs.RetentionDays.ONE_MONTH
`;

function team(n: number, i: number): string {
  const id = `${n}x${i}`;
  const memory = 128 * (1 + (i % 4));
  return `
        # 팀 ${id} 리소스 — bucket, network, queue, table, function, role 🚀
        bucket_${i} = s3.Bucket(
            self,
            "Data${id}",
            versioned=True,
            encryption=s3.BucketEncryption.S3_MANAGED,
            block_public_access=s3.BlockPublicAccess.BLOCK_ALL,
            enforce_ssl=True,
            removal_policy=RemovalPolicy.RETAIN if stage == "prod" else RemovalPolicy.DESTROY,
            lifecycle_rules=[
                s3.LifecycleRule(
                    id="archive-${i}",
                    expiration=Duration.days(${365 + i}),
                    transitions=[
                        s3.Transition(storage_class=s3.StorageClass.INFREQUENT_ACCESS, transition_after=Duration.days(30)),
                        s3.Transition(storage_class=s3.StorageClass.GLACIER, transition_after=Duration.days(90)),
                    ],
                )
            ],
        )
        sg_${i} = ec2.SecurityGroup(self, "Sg${id}", vpc=self.vpc, description="team ${id} 웹", allow_all_outbound=False)
        sg_${i}.add_ingress_rule(ec2.Peer.ipv4(self.vpc.vpc_cidr_block), ec2.Port.tcp(443), "HTTPS inside the VPC")
        if expose_ssh:
            sg_${i}.add_ingress_rule(ec2.Peer.any_ipv4(), ec2.Port.tcp(22), "SSH")
        queue_${i} = sqs.Queue(self, "Jobs${id}", visibility_timeout=Duration.seconds(300), encryption=sqs.QueueEncryption.KMS_MANAGED, retention_period=Duration.days(4))
        table_${i} = Table(
            self,
            "Orders${id}",
            partition_key={"name": "pk", "type": AttributeType.STRING},
            sort_key={"name": "sk", "type": AttributeType.STRING},
            billing_mode=BillingMode.PAY_PER_REQUEST,
            point_in_time_recovery=True,
        )
        worker_${i} = _lambda.Function(
            self,
            "Worker${id}",
            runtime=_lambda.Runtime.PYTHON_3_12,
            handler="worker.handler",
            code=_lambda.Code.from_asset("lambda/worker"),
            memory_size=${memory},
            timeout=Duration.seconds(60),
            vpc=self.vpc,
            security_groups=[sg_${i}],
            log_retention=retention_for(stage),
            environment={
                "BUCKET": bucket_${i}.bucket_name,
                "QUEUE_URL": queue_${i}.queue_url,
                "TABLE": table_${i}.table_name,
                "PREFIX": f"{bucket_${i}.bucket_arn}/incoming/{stage}",
            },
        )
        bucket_${i}.grant_read_write(worker_${i})
        table_${i}.grant_read_write_data(worker_${i})
        worker_${i}.add_to_role_policy(iam.PolicyStatement(actions=["sqs:SendMessage", "sqs:ReceiveMessage"], resources=[queue_${i}.queue_arn]))
        role_${i} = iam.Role(self, "Ops${id}", assumed_by=iam.ServicePrincipal("ec2.amazonaws.com"), max_session_duration=Duration.hours(4))
        role_${i}.add_to_policy(
            iam.PolicyStatement(
                effect=iam.Effect.ALLOW,
                actions=["s3:GetObject", "s3:ListBucket"],
                resources=[bucket_${i}.bucket_arn, bucket_${i}.arn_for_objects("*")],
                conditions={"Bool": {"aws:SecureTransport": "true"}},
            )
        )
        for key, value in DEFAULT_TAGS.items():
            Tags.of(bucket_${i}).add(key, value)
        cdk.CfnOutput(self, "DataBucket${id}", value=bucket_${i}.bucket_name)
`;
}

function stackClass(n: number): string {
  let body = `

class Team${n}Stack(Stack):
    """팀 ${n} 스택 — ten teams share one VPC. 🚀"""

    def __init__(self, scope: Construct, construct_id: str, *, stage: str = "dev", expose_ssh: bool = False, **kwargs) -> None:
        super().__init__(scope, construct_id, **kwargs)
        self.vpc = ec2.Vpc(
            self,
            "Vpc${n}",
            max_azs=3 if stage == "prod" else 2,
            nat_gateways=1,
            subnet_configuration=[
                ec2.SubnetConfiguration(name="public", subnet_type=ec2.SubnetType.PUBLIC, cidr_mask=24),
                ec2.SubnetConfiguration(name="app", subnet_type=ec2.SubnetType.PRIVATE_WITH_EGRESS, cidr_mask=22),
            ],
        )
        self.vpc.add_flow_log("FlowLog${n}", traffic_type=ec2.FlowLogTrafficType.REJECT)
`;
  for (let i = 0; i < 10; i++) body += team(n, i);
  body += `
    @property
    def network(self) -> ec2.Vpc:
        return self.vpc
`;
  return body;
}

export function generate(targetBytes: number): string {
  const parts = [HEADER];
  let size = HEADER.length;
  for (let n = 1; size < targetBytes; n++) {
    const s = stackClass(n);
    parts.push(s);
    size += s.length;
  }
  parts.push('\n\napp = cdk.App()\nTeam1Stack(app, "Team1", stage="prod")\napp.synth()\n');
  return parts.join('');
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

async function main(): Promise<void> {
  const parser = await getParser('python');
  const sizes: Array<[string, number, number]> = [['100KB', 100_000, 7], ['1MB', 1_000_000, 5], ['5MB', 5_000_000, 3]];
  for (const [label, bytes, runs] of sizes) {
    const text = generate(bytes);
    const bare: number[] = [];
    const model: number[] = [];
    for (let r = 0; r <= runs; r++) { // run 0 is the warm-up
      let t = performance.now();
      const tree = parser.parse(text);
      const b = performance.now() - t;
      tree?.delete();
      t = performance.now();
      const { state } = await parseCdkPython(text);
      const m = performance.now() - t;
      state.dispose();
      if (r > 0) {
        bare.push(b);
        model.push(m);
      }
    }
    const x = median(bare);
    const y = median(model);
    console.log(`cdk-python ${label}: bare ${x.toFixed(1)} ms, model ${y.toFixed(1)} ms, ratio ${(y / x).toFixed(2)}`);
  }
}

// Other benchmarks import the generator; only a direct run measures.
if (require.main === module) void main();
