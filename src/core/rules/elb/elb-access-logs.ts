/**
 * Access logs record every request a load balancer receives (client, path, status, latency, TLS
 * details): what an investigation needs and what nothing else keeps (Security Hub ELB.5).
 * CloudFormation / CDK L1: the `access_logs.s3.enabled` attribute of an ALB / NLB, the Classic
 * Load Balancer's `AccessLoggingPolicy`; Terraform: `access_logs { enabled = true }` (off by
 * default on `aws_lb` even with a bucket, on by default on `aws_elb`); CDK: `lb.logAccessLogs(bucket)`,
 * the Classic Load Balancer's `accessLoggingPolicy`. Network Load Balancers log TLS connections
 * only, so they are checked when a TLS listener is in sight; Gateway Load Balancers have no access
 * logs. No fix: logs need a bucket with a policy that lets the ELB service write to it.
 */
import { referrers } from '../../model/query';
import type { Resource, Value } from '../../model/types';
import { bool, prop, str, sym, val } from '../helpers/properties';
import { familyOf, type RuleContext, type RuleModule } from '../ruleTypes';
import { attributesOf, lbType } from '../helpers/elb';

const rule: RuleModule = {
  meta: {
    id: 'elb-access-logs',
    category: 'security',
    defaultSeverity: 'info',
    appliesTo: ['aws.elasticloadbalancingv2.load-balancer', 'aws.elasticloadbalancing.load-balancer'],
    formats: ['cloudformation', 'terraform', 'cdk'],
    knowledge: ['elastic-load-balancing', 'application-load-balancer', 'network-load-balancer', 'classic-load-balancer'],
    messages: {
      missing: {
        en: 'Load balancer {name} has no access logs: the requests it served cannot be reviewed later.',
        ko: '로드 밸런서 {name}에 액세스 로그가 없습니다. 처리한 요청을 나중에 확인할 수 없습니다.',
      },
      disabled: {
        en: 'Access logs of load balancer {name} are turned off.',
        ko: '로드 밸런서 {name}의 액세스 로그가 꺼져 있습니다.',
      },
      defaultOff: {
        en: 'access_logs of {name} does not set enabled = true: Terraform leaves ALB/NLB access logs off even when a bucket is given.',
        ko: '{name}의 access_logs에 enabled = true가 없습니다. Terraform은 버킷을 지정해도 ALB/NLB 액세스 로그를 끈 상태로 둡니다.',
      },
    },
    why: {
      en: 'Access logs are the only record of each request a load balancer handled: client IP, path, status codes, latency and TLS cipher. They are needed to investigate an incident or an attack, and AWS Security Hub checks them (ELB.5). Storage in S3 costs little; add a lifecycle rule to expire old logs.',
      ko: '액세스 로그는 로드 밸런서가 처리한 각 요청(클라이언트 IP, 경로, 상태 코드, 지연 시간, TLS 암호)을 남기는 유일한 기록입니다. 장애나 공격을 조사할 때 필요하며 AWS Security Hub도 확인합니다(ELB.5). S3 저장 비용은 작으니 수명 주기 규칙으로 오래된 로그를 만료시키세요.',
    },
    howToFix: {
      en: 'Create an S3 bucket whose policy lets Elastic Load Balancing write to it (SSE-S3 encryption), then: CloudFormation ALB/NLB `LoadBalancerAttributes` `access_logs.s3.enabled: "true"` and `access_logs.s3.bucket`; Classic `AccessLoggingPolicy: { Enabled: true, S3BucketName }`; Terraform `access_logs { bucket = ..., enabled = true }`; CDK `lb.logAccessLogs(bucket)` (it adds the bucket policy), or `accessLoggingPolicy` on a Classic Load Balancer.',
      ko: 'Elastic Load Balancing이 쓸 수 있도록 정책을 둔 S3 버킷(SSE-S3 암호화)을 만든 뒤, CloudFormation ALB/NLB는 `LoadBalancerAttributes`에 `access_logs.s3.enabled: "true"`와 `access_logs.s3.bucket`, Classic은 `AccessLoggingPolicy: { Enabled: true, S3BucketName }`, Terraform은 `access_logs { bucket = ..., enabled = true }`, CDK는 `lb.logAccessLogs(bucket)`(버킷 정책도 추가됨) 또는 Classic Load Balancer의 `accessLoggingPolicy`를 설정하세요.',
    },
    fixable: [],
    examples: [
      {
        format: 'cloudformation',
        bad: 'Resources:\n  Alb:\n    Type: AWS::ElasticLoadBalancingV2::LoadBalancer\n    Properties:\n      Subnets: [subnet-1, subnet-2]\n',
        good: 'Resources:\n  Alb:\n    Type: AWS::ElasticLoadBalancingV2::LoadBalancer\n    Properties:\n      Subnets: [subnet-1, subnet-2]\n      LoadBalancerAttributes:\n        - Key: access_logs.s3.enabled\n          Value: "true"\n        - Key: access_logs.s3.bucket\n          Value: !Ref LogBucket\n',
      },
      {
        format: 'terraform',
        bad: 'resource "aws_lb" "web" {\n  load_balancer_type = "application"\n  subnets            = var.subnets\n}\n',
        good: 'resource "aws_lb" "web" {\n  load_balancer_type = "application"\n  subnets            = var.subnets\n\n  access_logs {\n    bucket  = aws_s3_bucket.logs.id\n    enabled = true\n  }\n}\n',
      },
      {
        format: 'cdk-typescript',
        bad: "import * as elbv2 from 'aws-cdk-lib/aws-elasticloadbalancingv2';\nconst alb = new elbv2.ApplicationLoadBalancer(this, 'Alb', { vpc });\n",
        good: "import * as elbv2 from 'aws-cdk-lib/aws-elasticloadbalancingv2';\nconst alb = new elbv2.ApplicationLoadBalancer(this, 'Alb', { vpc });\nalb.logAccessLogs(logBucket);\n",
      },
    ],
  },

  check(lb, context) {
    if (lb.role !== 'resource') return;
    if (lb.kind === 'aws.elasticloadbalancing.load-balancer') return checkClassic(lb, context);
    const type = lbType(lb);
    if (type === undefined || type === 'gateway') return;
    if (type === 'network' && !hasTlsListener(lb, context)) return;
    switch (familyOf(lb)) {
      case 'cloudformation':
        return checkAttributes(lb, context);
      case 'terraform':
        return checkTerraform(lb, context);
      case 'cdk':
        return checkCdk(lb, context);
    }
  },
};

/** NLB access logs cover TLS listeners only: one must be in sight (linked listeners, CDK `addListener` calls). */
function hasTlsListener(lb: Resource, context: RuleContext): boolean {
  if (familyOf(lb) === 'cdk') {
    return lb.calls.some(c => {
      const options = c.method === 'addListener' ? c.arguments[1] : undefined;
      return !!options && (sym(options, 'protocol') === 'elasticloadbalancingv2.Protocol.TLS' || !!prop(options, 'certificates'));
    });
  }
  const key = lb.format === 'terraform' ? 'protocol' : 'Protocol';
  return referrers(context.doc, lb, 'aws.elasticloadbalancingv2.listener').some(l => str(l, key)?.toUpperCase() === 'TLS');
}

function missing(lb: Resource, context: RuleContext): void {
  context.report({ messageId: 'missing', data: { name: lb.name }, range: lb.typeRange });
}

/** `false` reports, a literal `true` passes, anything else (a parameter, a condition) is not guessed. */
function checkEnabled(lb: Resource, context: RuleContext, enabled: Value): void {
  if (bool(enabled) === false) context.report({ messageId: 'disabled', data: { name: lb.name }, range: enabled.range });
}

function checkAttributes(lb: Resource, context: RuleContext): void {
  const attributes = attributesOf(lb);
  if (!attributes.readable) return;
  const enabled = attributes.find('access_logs.s3.enabled');
  if (!enabled) return missing(lb, context);
  checkEnabled(lb, context, enabled);
}

function checkTerraform(lb: Resource, context: RuleContext): void {
  const logs = prop(lb, 'access_logs');
  if (!logs) return missing(lb, context);
  if (logs.value.kind !== 'map') return; // dynamic block or written twice: not guessed
  const enabled = prop(logs.value, 'enabled');
  if (!enabled) {
    context.report({ messageId: 'defaultOff', data: { name: lb.name }, range: logs.keyRange });
    return;
  }
  checkEnabled(lb, context, enabled.value);
}

/** CDK sets attributes through methods the model does not record: `setAttribute` may turn logs on. */
const SET_ATTRIBUTE = /\b(?:setAttribute|set_attribute)\b/;

function checkCdk(lb: Resource, context: RuleContext): void {
  if (lb.calls.some(c => c.method === 'logAccessLogs') || SET_ATTRIBUTE.test(context.text)) return;
  missing(lb, context);
}

function checkClassic(lb: Resource, context: RuleContext): void {
  if (familyOf(lb) === 'terraform') {
    const logs = prop(lb, 'access_logs');
    if (!logs) return missing(lb, context);
    // On aws_elb `enabled` defaults to true once the block is there.
    const enabled = logs.value.kind === 'map' ? val(logs.value, 'enabled') : undefined;
    if (enabled) checkEnabled(lb, context, enabled);
    return;
  }
  // CloudFormation `AccessLoggingPolicy`, CDK L1 and L2 `accessLoggingPolicy`.
  const policy = prop(lb, 'AccessLoggingPolicy');
  if (!policy) return missing(lb, context);
  const enabled = policy.value.kind === 'map' ? val(policy.value, 'Enabled') : undefined;
  if (enabled) checkEnabled(lb, context, enabled);
}

export default rule;
