/**
 * CDK construct types as written (`elbv2.ApplicationLoadBalancer`, `_lambda.Function`,
 * `cdk.aws_s3.Bucket`, a named `Bucket`) → their aws-cdk-lib module and class. The knowledge base
 * writes CDK types with the customary aliases; the model keeps the file's own spelling. Both go
 * through here so that any import alias meets the same topic and the same API page.
 */
import { CDK_MODULES } from '../iac/cdk/cdkCommon';
import type { Resource } from '../model/types';

export interface CdkType {
  /** Canonical module without `aws-` (`s3`, `elasticloadbalancingv2`, `lambda-nodejs`), `core` for the root package. */
  module: string;
  className: string;
}

/** Import aliases seen in the CDK docs, examples and the knowledge base, → canonical module. */
const CDK_ALIASES: Readonly<Record<string, string>> = {
  cdk: 'core',
  core: 'core',
  elbv2: 'elasticloadbalancingv2',
  elb: 'elasticloadbalancing',
  lambda_: 'lambda',
  _lambda: 'lambda',
  awslambda: 'lambda',
  lambda_nodejs: 'lambda-nodejs',
  nodejs: 'lambda-nodejs',
  sfn: 'stepfunctions',
  tasks: 'stepfunctions-tasks',
  apigw: 'apigateway',
  apigwv2: 'apigatewayv2',
  ddb: 'dynamodb',
  cw: 'cloudwatch',
  cw_actions: 'cloudwatch-actions',
  targets: 'events-targets',
  origins: 'cloudfront-origins',
  acm: 'certificatemanager',
  opensearch: 'opensearchservice',
  es: 'elasticsearch',
  firehose: 'kinesisfirehose',
  sm: 'secretsmanager',
  secrets: 'secretsmanager',
  r53: 'route53',
  route53_targets: 'route53-targets',
  s3n: 's3-notifications',
  s3deploy: 's3-deployment',
  s3_deployment: 's3-deployment',
  subs: 'sns-subscriptions',
  sns_subscriptions: 'sns-subscriptions',
  autoscaling: 'autoscaling',
  appautoscaling: 'applicationautoscaling',
  ecs_patterns: 'ecs-patterns',
  ecsPatterns: 'ecs-patterns',
  ec2: 'ec2',
};

/** Classes that live in a module other than their kind's service (NodejsFunction is `aws.lambda.function`). */
const CLASS_MODULES: Readonly<Record<string, string>> = {
  NodejsFunction: 'lambda-nodejs',
  PythonFunction: 'lambda-python-alpha',
};

function moduleOfAlias(alias: string): string | undefined {
  const root = /^aws_([a-z0-9_]+)$/.exec(alias);
  if (root) return root[1].replace(/_/g, '-');
  const known = CDK_ALIASES[alias];
  if (known) return known;
  return CDK_MODULES.has(alias) ? alias : undefined;
}

/**
 * `elbv2.ApplicationLoadBalancer` → elasticloadbalancingv2 / ApplicationLoadBalancer. With a `kind`
 * (`aws.s3.bucket`) a bare class name (named import) resolves through the kind's service.
 */
export function resolveCdkType(type: string, kind?: string): CdkType | undefined {
  const parts = type.split('.');
  const className = parts[parts.length - 1];
  if (!/^[A-Z][A-Za-z0-9]*$/.test(className)) return undefined;
  const override = CLASS_MODULES[className];
  if (override) return { module: override, className };
  // `cdk.aws_s3.Bucket`: the segment right before the class decides.
  const alias = parts.length >= 2 ? parts[parts.length - 2] : undefined;
  const module = alias !== undefined ? moduleOfAlias(alias) : undefined;
  if (module) return { module, className };
  if (kind?.startsWith('aws.')) {
    const service = kind.split('.')[1];
    if (CDK_MODULES.has(service)) return { module: service, className };
  }
  return undefined;
}

export function cdkTypeOf(resource: Pick<Resource, 'type' | 'kind'>): CdkType | undefined {
  return resolveCdkType(resource.type, resource.kind);
}

/** `s3.StorageClass.GLACIER`, `elbv2.ApplicationProtocol.HTTP` → the model's canonical symbol text. */
export function canonicalCdkSymbol(text: string): string {
  const dot = text.indexOf('.');
  if (dot <= 0) return text;
  const head = text.slice(0, dot);
  if (!/^[a-z_][a-z0-9_]*$/.test(head)) return text;
  const module = moduleOfAlias(head);
  if (!module) return text;
  // Root exports are written without a module (`RemovalPolicy.DESTROY`), like the parsers do.
  return module === 'core' ? text.slice(dot + 1) : `${module}.${text.slice(dot + 1)}`;
}
