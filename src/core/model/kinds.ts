/**
 * Normalized resource kinds shared by all formats, so one rule covers CloudFormation, Terraform
 * and CDK: `AWS::EC2::NetworkAclEntry`, `aws_network_acl_rule` and `ec2.NetworkAclEntry` are all
 * `aws.ec2.network-acl-entry`. A kind is `aws.<cloudformation service, lower case>.<type in kebab case>`.
 */

/** `NetworkAclEntry` → `network-acl-entry`, `DBInstance` → `db-instance`, `VPCEndpoint` → `vpc-endpoint`. */
export function kebab(name: string): string {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1-$2')
    .toLowerCase();
}

// SAM resources are CloudFormation macros for plain resources; a rule about functions covers both.
const SAM_KINDS: Record<string, string> = {
  'AWS::Serverless::Function': 'aws.lambda.function',
  'AWS::Serverless::Api': 'aws.apigateway.rest-api',
  'AWS::Serverless::HttpApi': 'aws.apigatewayv2.api',
  'AWS::Serverless::SimpleTable': 'aws.dynamodb.table',
  'AWS::Serverless::StateMachine': 'aws.stepfunctions.state-machine',
  'AWS::Serverless::LayerVersion': 'aws.lambda.layer-version',
};

export function cloudFormationKind(type: string): string {
  const sam = SAM_KINDS[type];
  if (sam) return sam;
  const m = /^AWS::([A-Za-z0-9]+)::([A-Za-z0-9]+)$/.exec(type);
  return m ? `aws.${m[1].toLowerCase()}.${kebab(m[2])}` : 'unknown';
}

const TERRAFORM_KINDS: Record<string, string> = {
  aws_s3_bucket: 'aws.s3.bucket',
  aws_s3_bucket_public_access_block: 'aws.s3.bucket-public-access-block',
  aws_s3_account_public_access_block: 'aws.s3.account-public-access-block',
  aws_s3_bucket_versioning: 'aws.s3.bucket-versioning',
  aws_s3_bucket_lifecycle_configuration: 'aws.s3.bucket-lifecycle-configuration',
  aws_s3_bucket_policy: 'aws.s3.bucket-policy',
  aws_s3_bucket_acl: 'aws.s3.bucket-acl',
  aws_s3_bucket_server_side_encryption_configuration: 'aws.s3.bucket-encryption',
  aws_s3_bucket_logging: 'aws.s3.bucket-logging',
  aws_s3_bucket_ownership_controls: 'aws.s3.bucket-ownership-controls',
  aws_s3_object: 'aws.s3.object',
  aws_vpc: 'aws.ec2.vpc',
  aws_subnet: 'aws.ec2.subnet',
  aws_route_table: 'aws.ec2.route-table',
  aws_route: 'aws.ec2.route',
  aws_internet_gateway: 'aws.ec2.internet-gateway',
  aws_nat_gateway: 'aws.ec2.nat-gateway',
  aws_eip: 'aws.ec2.eip',
  aws_network_acl: 'aws.ec2.network-acl',
  aws_network_acl_rule: 'aws.ec2.network-acl-entry',
  aws_default_network_acl: 'aws.ec2.network-acl',
  aws_security_group: 'aws.ec2.security-group',
  aws_default_security_group: 'aws.ec2.security-group',
  aws_security_group_rule: 'aws.ec2.security-group-rule',
  aws_vpc_security_group_ingress_rule: 'aws.ec2.security-group-ingress',
  aws_vpc_security_group_egress_rule: 'aws.ec2.security-group-egress',
  aws_flow_log: 'aws.ec2.flow-log',
  aws_vpc_endpoint: 'aws.ec2.vpc-endpoint',
  aws_instance: 'aws.ec2.instance',
  aws_launch_template: 'aws.ec2.launch-template',
  aws_launch_configuration: 'aws.autoscaling.launch-configuration',
  aws_autoscaling_group: 'aws.autoscaling.auto-scaling-group',
  aws_ebs_volume: 'aws.ec2.volume',
  aws_ebs_encryption_by_default: 'aws.ec2.ebs-encryption-by-default',
  aws_placement_group: 'aws.ec2.placement-group',
  aws_spot_instance_request: 'aws.ec2.spot-instance-request',
  aws_iam_user: 'aws.iam.user',
  aws_iam_group: 'aws.iam.group',
  aws_iam_role: 'aws.iam.role',
  aws_iam_policy: 'aws.iam.managed-policy',
  aws_iam_user_policy: 'aws.iam.user-policy',
  aws_iam_group_policy: 'aws.iam.group-policy',
  aws_iam_role_policy: 'aws.iam.role-policy',
  aws_iam_user_policy_attachment: 'aws.iam.user-policy-attachment',
  aws_iam_group_policy_attachment: 'aws.iam.group-policy-attachment',
  aws_iam_role_policy_attachment: 'aws.iam.role-policy-attachment',
  aws_iam_policy_attachment: 'aws.iam.policy-attachment',
  aws_iam_group_membership: 'aws.iam.group-membership',
  aws_iam_user_group_membership: 'aws.iam.user-to-group-addition',
  aws_iam_access_key: 'aws.iam.access-key',
  aws_iam_user_login_profile: 'aws.iam.login-profile',
  aws_iam_account_password_policy: 'aws.iam.account-password-policy',
  aws_iam_instance_profile: 'aws.iam.instance-profile',
  aws_iam_policy_document: 'aws.iam.policy-document',
  aws_lambda_function: 'aws.lambda.function',
  aws_lambda_alias: 'aws.lambda.alias',
  aws_lambda_provisioned_concurrency_config: 'aws.lambda.provisioned-concurrency-config',
  aws_db_instance: 'aws.rds.db-instance',
  aws_rds_cluster: 'aws.rds.db-cluster',
  aws_rds_cluster_instance: 'aws.rds.db-instance',
  aws_dynamodb_table: 'aws.dynamodb.table',
  aws_dax_cluster: 'aws.dax.cluster',
  aws_elasticache_cluster: 'aws.elasticache.cache-cluster',
  aws_elasticache_replication_group: 'aws.elasticache.replication-group',
  aws_redshift_cluster: 'aws.redshift.cluster',
  aws_cloudtrail: 'aws.cloudtrail.trail',
  aws_cloudwatch_metric_alarm: 'aws.cloudwatch.alarm',
  aws_cloudwatch_log_group: 'aws.logs.log-group',
  aws_config_config_rule: 'aws.config.config-rule',
  aws_config_configuration_recorder: 'aws.config.configuration-recorder',
  aws_cloudfront_distribution: 'aws.cloudfront.distribution',
  aws_cognito_user_pool: 'aws.cognito.user-pool',
  aws_kms_key: 'aws.kms.key',
  aws_lb: 'aws.elasticloadbalancingv2.load-balancer',
  aws_alb: 'aws.elasticloadbalancingv2.load-balancer',
  aws_lb_listener: 'aws.elasticloadbalancingv2.listener',
  aws_alb_listener: 'aws.elasticloadbalancingv2.listener',
  aws_lb_target_group: 'aws.elasticloadbalancingv2.target-group',
  aws_alb_target_group: 'aws.elasticloadbalancingv2.target-group',
  aws_elb: 'aws.elasticloadbalancing.load-balancer',
  aws_api_gateway_rest_api: 'aws.apigateway.rest-api',
  aws_sns_topic: 'aws.sns.topic',
  aws_sqs_queue: 'aws.sqs.queue',
  aws_ecr_repository: 'aws.ecr.repository',
  aws_ecs_cluster: 'aws.ecs.cluster',
  aws_ecs_service: 'aws.ecs.service',
  aws_ecs_task_definition: 'aws.ecs.task-definition',
  aws_eks_cluster: 'aws.eks.cluster',
  aws_efs_file_system: 'aws.efs.file-system',
  aws_kinesis_stream: 'aws.kinesis.stream',
  aws_msk_cluster: 'aws.msk.cluster',
  aws_wafv2_web_acl: 'aws.wafv2.web-acl',
  aws_guardduty_detector: 'aws.guardduty.detector',
  aws_route53_zone: 'aws.route53.hosted-zone',
  aws_route53_record: 'aws.route53.record-set',
  aws_elastic_beanstalk_environment: 'aws.elasticbeanstalk.environment',
  aws_budgets_budget: 'aws.budgets.budget',
};

/** Kind of a Terraform resource or data type; unmapped AWS types keep their own name (`tf.aws_…`). */
export function terraformKind(type: string): string {
  return TERRAFORM_KINDS[type] ?? (type.startsWith('aws_') ? `tf.${type}` : 'unknown');
}

// L2 constructs by `<module>.<Class>`, where module is the aws-cdk-lib submodule without `aws-`
// (`aws-elasticloadbalancingv2` → `elasticloadbalancingv2`), whatever alias the file imports it as.
const CDK_L2_KINDS: Record<string, string> = {
  's3.Bucket': 'aws.s3.bucket',
  's3.BucketPolicy': 'aws.s3.bucket-policy',
  'ec2.Vpc': 'aws.ec2.vpc',
  'ec2.Subnet': 'aws.ec2.subnet',
  'ec2.SecurityGroup': 'aws.ec2.security-group',
  'ec2.NetworkAcl': 'aws.ec2.network-acl',
  'ec2.NetworkAclEntry': 'aws.ec2.network-acl-entry',
  'ec2.FlowLog': 'aws.ec2.flow-log',
  'ec2.Instance': 'aws.ec2.instance',
  'ec2.LaunchTemplate': 'aws.ec2.launch-template',
  'ec2.Volume': 'aws.ec2.volume',
  'ec2.BastionHostLinux': 'aws.ec2.instance',
  'ec2.InterfaceVpcEndpoint': 'aws.ec2.vpc-endpoint',
  'ec2.GatewayVpcEndpoint': 'aws.ec2.vpc-endpoint',
  'iam.User': 'aws.iam.user',
  'iam.Group': 'aws.iam.group',
  'iam.Role': 'aws.iam.role',
  'iam.Policy': 'aws.iam.policy',
  'iam.ManagedPolicy': 'aws.iam.managed-policy',
  'iam.PolicyStatement': 'aws.iam.policy-statement',
  'iam.PolicyDocument': 'aws.iam.policy-document',
  'iam.AccessKey': 'aws.iam.access-key',
  'iam.InstanceProfile': 'aws.iam.instance-profile',
  'lambda.Function': 'aws.lambda.function',
  'lambda.Alias': 'aws.lambda.alias',
  'lambda.Version': 'aws.lambda.version',
  'lambda-nodejs.NodejsFunction': 'aws.lambda.function',
  'lambda-python-alpha.PythonFunction': 'aws.lambda.function',
  'rds.DatabaseInstance': 'aws.rds.db-instance',
  'rds.DatabaseCluster': 'aws.rds.db-cluster',
  'dynamodb.Table': 'aws.dynamodb.table',
  'dynamodb.TableV2': 'aws.dynamodb.global-table',
  'elasticloadbalancingv2.ApplicationLoadBalancer': 'aws.elasticloadbalancingv2.load-balancer',
  'elasticloadbalancingv2.NetworkLoadBalancer': 'aws.elasticloadbalancingv2.load-balancer',
  'elasticloadbalancingv2.ApplicationTargetGroup': 'aws.elasticloadbalancingv2.target-group',
  'elasticloadbalancingv2.NetworkTargetGroup': 'aws.elasticloadbalancingv2.target-group',
  'elasticloadbalancingv2.ApplicationListener': 'aws.elasticloadbalancingv2.listener',
  'elasticloadbalancing.LoadBalancer': 'aws.elasticloadbalancing.load-balancer',
  'cloudtrail.Trail': 'aws.cloudtrail.trail',
  'cloudfront.Distribution': 'aws.cloudfront.distribution',
  'cloudfront.CloudFrontWebDistribution': 'aws.cloudfront.distribution',
  'cognito.UserPool': 'aws.cognito.user-pool',
  'kms.Key': 'aws.kms.key',
  'logs.LogGroup': 'aws.logs.log-group',
  'cloudwatch.Alarm': 'aws.cloudwatch.alarm',
  'sns.Topic': 'aws.sns.topic',
  'sqs.Queue': 'aws.sqs.queue',
  'ecr.Repository': 'aws.ecr.repository',
  'ecs.Cluster': 'aws.ecs.cluster',
  'eks.Cluster': 'aws.eks.cluster',
  'efs.FileSystem': 'aws.efs.file-system',
  'kinesis.Stream': 'aws.kinesis.stream',
  'autoscaling.AutoScalingGroup': 'aws.autoscaling.auto-scaling-group',
  'apigateway.RestApi': 'aws.apigateway.rest-api',
  'apigateway.LambdaRestApi': 'aws.apigateway.rest-api',
  'elasticache.CfnCacheCluster': 'aws.elasticache.cache-cluster',
};

/**
 * Kind of a CDK construct. `module` is the aws-cdk-lib submodule without its `aws-` prefix
 * (`s3`, `ec2`, `elasticloadbalancingv2`); `className` is the construct class (`Bucket`, `CfnBucket`).
 * L1 (`Cfn*`) constructs map like their CloudFormation type.
 */
export function cdkKind(module: string, className: string): string {
  const l2 = CDK_L2_KINDS[`${module}.${className}`];
  if (l2) return l2;
  if (/^Cfn[A-Z]/.test(className)) return `aws.${module.replace(/-/g, '').toLowerCase()}.${kebab(className.slice(3))}`;
  return 'unknown';
}
