# AWS Field Guide example - the same stack in AWS CDK v2 for Python. Lines marked
# "EXAMPLE PROBLEM" break a best practice on purpose, so the extension has something to flag.
from aws_cdk import Duration, RemovalPolicy, Stack
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_iam as iam
from aws_cdk import aws_lambda as _lambda
from aws_cdk import aws_rds as rds
from aws_cdk import aws_s3 as s3
from constructs import Construct


class AppStack(Stack):
    def __init__(self, scope: Construct, construct_id: str, **kwargs) -> None:
        super().__init__(scope, construct_id, **kwargs)

        vpc = ec2.Vpc(
            self,
            "AppVpc",
            ip_addresses=ec2.IpAddresses.cidr("10.50.0.0/16"),
            max_azs=2,
            nat_gateways=1,
        )

        # EXAMPLE PROBLEM: no block_public_access and no enforce_ssl.
        reports = s3.Bucket(
            self,
            "Reports",
            versioned=True,
            removal_policy=RemovalPolicy.RETAIN,
            lifecycle_rules=[
                s3.LifecycleRule(
                    id="archive-reports",
                    transitions=[
                        s3.Transition(
                            storage_class=s3.StorageClass.INFREQUENT_ACCESS,
                            transition_after=Duration.days(30),
                        ),
                        s3.Transition(
                            storage_class=s3.StorageClass.GLACIER,
                            transition_after=Duration.days(90),
                        ),
                    ],
                )
            ],
        )

        web_sg = ec2.SecurityGroup(self, "WebSg", vpc=vpc, description="Web servers")
        web_sg.add_ingress_rule(ec2.Peer.any_ipv4(), ec2.Port.tcp(443), "HTTPS from anywhere")
        # EXAMPLE PROBLEM: SSH from the whole internet.
        web_sg.add_ingress_rule(ec2.Peer.any_ipv4(), ec2.Port.tcp(22), "SSH")

        handler = _lambda.Function(
            self,
            "ReportHandler",
            runtime=_lambda.Runtime.PYTHON_3_12,
            handler="index.handler",
            code=_lambda.Code.from_inline("def handler(event, context):\n    return {'statusCode': 200}\n"),
            memory_size=256,
            timeout=Duration.seconds(15),
            environment={"REPORTS_BUCKET": reports.bucket_name},
        )
        reports.grant_read(handler)

        rds.DatabaseInstance(
            self,
            "Database",
            engine=rds.DatabaseInstanceEngine.postgres(version=rds.PostgresEngineVersion.VER_16),
            instance_type=ec2.InstanceType.of(ec2.InstanceClass.T4G, ec2.InstanceSize.MEDIUM),
            vpc=vpc,
            vpc_subnets=ec2.SubnetSelection(subnet_type=ec2.SubnetType.PRIVATE_WITH_EGRESS),
            credentials=rds.Credentials.from_generated_secret("appadmin"),
            allocated_storage=50,
            # EXAMPLE PROBLEM: single-AZ and unencrypted.
            multi_az=False,
            storage_encrypted=False,
            backup_retention=Duration.days(7),
        )

        # EXAMPLE PROBLEM: an IAM user with a console password would need MFA; prefer roles / SSO.
        operator = iam.User(self, "Operator", user_name="report-operator")
        operator.add_managed_policy(iam.ManagedPolicy.from_aws_managed_policy_name("AdministratorAccess"))
