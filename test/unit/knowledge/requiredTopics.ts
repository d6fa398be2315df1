/** Topic ids the product links to (rules, hovers); each must exist with exactly this id and category. */
export const REQUIRED_TOPICS: Record<string, readonly string[]> = {
  compute: ['ec2-instance-types', 'ec2-purchase-options', 'ec2-spot-instances', 'ec2-instance-lifecycle', 'elastic-ip', 'ec2-user-data', 'ec2-instance-metadata', 'ec2-status-checks', 'ec2-placement-groups', 'auto-scaling', 'lambda', 'lambda-provisioned-concurrency', 'elastic-beanstalk'],
  storage: ['s3', 's3-storage-classes', 's3-lifecycle', 's3-public-access', 's3-versioning', 's3-glacier', 'ebs', 'ebs-snapshots', 'instance-store', 'efs-and-fsx', 'data-migration-services'],
  networking: ['vpc', 'subnets-and-route-tables', 'internet-gateway', 'nat-gateway', 'network-acl', 'security-groups', 'vpn-gateway', 'direct-connect', 'transit-gateway', 'vpc-flow-logs', 'vpc-endpoints', 'elastic-load-balancing', 'application-load-balancer', 'network-load-balancer', 'classic-load-balancer', 'elb-deregistration-delay', 'elb-sticky-sessions', 'route-53', 'cloudfront', 'api-gateway-endpoint-types', 'cloud-map'],
  databases: ['rds', 'rds-multi-az', 'rds-backups', 'rds-read-replicas', 'aurora', 'dynamodb', 'dynamodb-accelerator', 'elasticache', 'redshift', 'relational-vs-nonrelational', 'database-migration-service'],
  security: ['shared-responsibility-model', 'iam', 'iam-root-user', 'iam-mfa', 'iam-password-policy', 'iam-least-privilege', 'iam-roles-for-ec2', 'iam-groups', 'cognito', 'kms', 'waf', 'shield', 'guardduty', 'bastion-host', 'encryption-in-transit'],
  management: ['cloudwatch', 'cloudwatch-alarms', 'cloudtrail', 'aws-config', 'x-ray', 'systems-manager', 'cloudformation', 'aws-cdk', 'codedeploy', 'chatops-notifications', 'trusted-advisor'],
  containers: ['containers-and-microservices', 'ecs', 'eks', 'fargate', 'ecr'],
  analytics: ['kinesis', 'msk', 'data-lake'],
  cost: ['cost-optimization', 'tco', 'cost-explorer-and-budgets', 'right-sizing'],
  'well-architected': ['well-architected-framework', 'operational-excellence', 'security-pillar', 'reliability-pillar', 'performance-efficiency', 'cost-optimization-pillar', 'sustainability', 'design-principles', 'well-architected-tool'],
  'global-infrastructure': ['regions-and-availability-zones', 'local-zones-and-outposts'],
  ecosystem: ['support-plans', 'aws-marketplace', 'partner-network', 'training-and-certification', 'knowledge-center', 'whitepapers-and-solutions', 'service-roadmaps', 'cloud9', 'amazon-q-developer'],
};
