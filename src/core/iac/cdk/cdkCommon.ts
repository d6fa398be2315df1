/** What CDK TypeScript and CDK Python recognise alike. */

/**
 * The canonical module of an import: `aws-cdk-lib/aws-s3` → `s3`, `aws_cdk.aws_s3` → `s3`,
 * `@aws-cdk/aws-ec2` (v1) → `ec2`, `aws-cdk-lib` / `aws_cdk` (root: Stack, Duration, RemovalPolicy…) → `core`.
 * Undefined for anything that is not the CDK.
 */
export function canonicalModule(importPath: string): string | undefined {
  const p = importPath.trim();
  if (p === 'aws-cdk-lib' || p === 'aws_cdk' || p === '@aws-cdk/core' || p === 'aws_cdk.core') return 'core';
  const ts = /^(?:aws-cdk-lib\/|@aws-cdk\/)aws-([a-z0-9-]+)$/.exec(p);
  if (ts) return ts[1];
  const py = /^aws_cdk\.aws_([a-z0-9_]+)$/.exec(p);
  if (py) return py[1].replace(/_/g, '-');
  return undefined;
}

/** Module names as exported by the root package: `aws_s3` (both languages) → `s3`. */
export function moduleFromRootExport(name: string): string | undefined {
  const m = /^aws_([a-z0-9_]+)$/.exec(name);
  return m ? m[1].replace(/_/g, '-') : undefined;
}

/**
 * aws-cdk-lib submodules whose canonical name is one word (`aws-s3` → `s3`), from the package's
 * index. Canonical code names a module by it; edit helpers add an import only for a name listed
 * here, so a file's own alias in canonical text (`elbv2.X`, `cdk.Duration`) is never imported as
 * a module that does not exist. A module missing here only costs a fix.
 */
export const CDK_MODULES: ReadonlySet<string> = new Set((
  'accessanalyzer acmpca amazonmq amplify amplifyuibuilder apigateway apigatewayv2 appconfig appflow ' +
  'appintegrations applicationautoscaling applicationinsights appmesh apprunner appstream appsync aps ' +
  'arczonalshift athena auditmanager autoscaling autoscalingplans backup backupgateway batch billingconductor ' +
  'budgets cassandra ce certificatemanager chatbot cleanrooms cloud9 cloudformation cloudfront cloudtrail ' +
  'cloudwatch codeartifact codebuild codecommit codedeploy codeguruprofiler codegurureviewer codepipeline ' +
  'codestar codestarconnections codestarnotifications cognito comprehend config connect connectcampaigns ' +
  'controltower cur customerprofiles databrew datapipeline datasync dax detective devicefarm devopsguru ' +
  'directoryservice dlm dms docdb docdbelastic dynamodb ec2 ecr ecs efs eks elasticache elasticbeanstalk ' +
  'elasticloadbalancing elasticloadbalancingv2 elasticsearch emr emrcontainers emrserverless entityresolution ' +
  'events eventschemas evidently finspace fis fms forecast frauddetector fsx gamelift globalaccelerator glue ' +
  'grafana greengrass greengrassv2 groundstation guardduty healthimaging healthlake iam identitystore ' +
  'imagebuilder inspector inspectorv2 internetmonitor iot iot1click iotanalytics iotcoredeviceadvisor iotevents ' +
  'iotfleethub iotfleetwise iotsitewise iotthingsgraph iottwinmaker iotwireless ivs ivschat kafkaconnect kendra ' +
  'kendraranking kinesis kinesisanalytics kinesisanalyticsv2 kinesisfirehose kinesisvideo kms lakeformation ' +
  'lambda lex licensemanager lightsail location logs lookoutequipment lookoutmetrics lookoutvision m2 macie ' +
  'managedblockchain mediaconnect mediaconvert medialive mediapackage mediapackagev2 mediastore mediatailor ' +
  'memorydb msk mwaa neptune networkfirewall networkmanager nimblestudio oam omics opensearchserverless ' +
  'opensearchservice opsworks opsworkscm organizations osis panorama pcaconnectorad personalize pinpoint ' +
  'pinpointemail pipes proton qldb quicksight ram rds redshift redshiftserverless refactorspaces rekognition ' +
  'resiliencehub resourceexplorer2 resourcegroups robomaker rolesanywhere route53 route53recoverycontrol ' +
  'route53recoveryreadiness route53resolver rum s3 s3express s3objectlambda s3outposts sagemaker sam scheduler ' +
  'sdb secretsmanager securityhub servicecatalog servicecatalogappregistry servicediscovery ses shield signer ' +
  'simspaceweaver sns sqs ssm ssmcontacts ssmincidents sso stepfunctions supportapp synthetics ' +
  'systemsmanagersap timestream transfer verifiedpermissions voiceid vpclattice waf wafregional wafv2 wisdom ' +
  'workspaces workspacesthinclient workspacesweb xray '
).split(' ').filter(Boolean));

/** Methods on a construct variable that change its security or cost posture; their calls are attached to the resource. */
export const POSTURE_METHODS: ReadonlySet<string> = new Set([
  'addIngressRule', 'addEgressRule', 'connections.allowFrom', 'connections.allowFromAnyIpv4', 'connections.allowDefaultPortFromAnyIpv4',
  'grantPublicAccess', 'grantRead', 'grantReadWrite', 'grantWrite', 'grant', 'addToResourcePolicy', 'addLifecycleRule',
  'addToPolicy', 'addToPrincipalPolicy', 'addToRolePolicy', 'addManagedPolicy', 'attachInlinePolicy', 'addToGroup', 'addUser',
  'addEntry', 'addFlowLog', 'addAlias', 'addCorsRule', 'addEventNotification',
  // Load balancers: a listener's protocol and default action, the HTTP→HTTPS redirect, access logs.
  'addListener', 'addRedirect', 'logAccessLogs',
  // CloudFront: a behavior added after the distribution (its viewer protocol policy).
  'addBehavior',
  // A bastion host opening SSH to the peers it is given.
  'allowSshAccessFrom',
]);

/** snake_case (Python keyword) → camelCase (the model's CDK property key). */
export function camelCase(name: string): string {
  return name.replace(/_([a-z0-9])/g, (_m, c: string) => c.toUpperCase());
}

/** camelCase → snake_case, for Python edits. */
export function snakeCase(name: string): string {
  return name.replace(/([a-z0-9])([A-Z])/g, '$1_$2').replace(/([A-Z])([A-Z][a-z])/g, '$1_$2').toLowerCase();
}

/**
 * Methods that fill an `iam.PolicyStatement` after it is created (`s.addActions('s3:*')`,
 * `s.addAnyPrincipal()`); their calls are attached to the statement like posture methods, so a
 * rule sees the same wildcard whether it was passed in the props or added later.
 */
export const POLICY_STATEMENT_METHODS: ReadonlySet<string> = new Set([
  'addActions', 'addNotActions', 'addResources', 'addNotResources', 'addAllResources',
  'addPrincipals', 'addNotPrincipals', 'addAnyPrincipal', 'addArnPrincipal', 'addAwsAccountPrincipal',
  'addServicePrincipal', 'addAccountRootPrincipal', 'addCanonicalUserPrincipal', 'addFederatedPrincipal',
  'addCondition', 'addConditions',
]);
