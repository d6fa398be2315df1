/**
 * An Application Load Balancer passes header fields with invalid names (anything outside
 * `[-A-Za-z0-9]`) on to its targets unless `routing.http.drop_invalid_header_fields.enabled` is
 * true; dropping them closes a path for HTTP desync / request smuggling (Security Hub ELB.4).
 * CloudFormation / CDK L1: the `LoadBalancerAttributes` entry; Terraform: `drop_invalid_header_fields`
 * on an `aws_lb` of type application (the default type); CDK: `dropInvalidHeaderFields: true`.
 */
import type { EditValue } from '../../iac/editTypes';
import type { TextEdit } from '../../model/edits';
import type { Resource, Value } from '../../model/types';
import { bool, keyPath, prop } from '../helpers/properties';
import { familyOf, isCdkL1, type FixDescriptor, type RuleContext, type RuleModule } from '../ruleTypes';
import { appendAttribute, falseToTrue } from '../helpers/elbAttributeEdits';
import { attributesOf, lbType } from '../helpers/elb';

const ATTRIBUTE = 'routing.http.drop_invalid_header_fields.enabled';

const rule: RuleModule = {
  meta: {
    id: 'alb-drop-invalid-headers',
    category: 'security',
    defaultSeverity: 'info',
    appliesTo: ['aws.elasticloadbalancingv2.load-balancer'],
    formats: ['cloudformation', 'terraform', 'cdk'],
    knowledge: ['application-load-balancer', 'waf'],
    messages: {
      missing: {
        en: 'Application Load Balancer {name} forwards HTTP headers with invalid names to its targets: drop them with routing.http.drop_invalid_header_fields.enabled.',
        ko: 'Application Load Balancer {name}이(가) 이름이 잘못된 HTTP 헤더를 대상에 그대로 전달합니다. routing.http.drop_invalid_header_fields.enabled로 제거하세요.',
      },
      disabled: {
        en: 'Application Load Balancer {name} is set to forward HTTP headers with invalid names to its targets.',
        ko: 'Application Load Balancer {name}이(가) 이름이 잘못된 HTTP 헤더를 대상에 전달하도록 설정되어 있습니다.',
      },
      fix: { en: 'Drop invalid header fields', ko: '잘못된 헤더 필드 제거' },
    },
    why: {
      en: 'Header names outside letters, digits and hyphens are not valid HTTP, yet an ALB forwards them by default. Back ends that parse such headers differently from the load balancer open the door to HTTP desync and request-smuggling attacks. Dropping them costs nothing for well-behaved clients (AWS Security Hub control ELB.4).',
      ko: '영문자, 숫자, 하이픈 이외의 문자가 들어간 헤더 이름은 올바른 HTTP가 아니지만 ALB는 기본적으로 이를 전달합니다. 백엔드가 로드 밸런서와 다르게 해석하면 HTTP desync나 요청 스머글링 공격의 통로가 됩니다. 정상 클라이언트에는 영향이 없습니다(AWS Security Hub 제어 ELB.4).',
    },
    howToFix: {
      en: 'CloudFormation: a `LoadBalancerAttributes` entry `{ Key: routing.http.drop_invalid_header_fields.enabled, Value: "true" }`. Terraform: `drop_invalid_header_fields = true`. CDK: `dropInvalidHeaderFields: true` on the `ApplicationLoadBalancer`.',
      ko: 'CloudFormation은 `LoadBalancerAttributes`에 `{ Key: routing.http.drop_invalid_header_fields.enabled, Value: "true" }` 항목, Terraform은 `drop_invalid_header_fields = true`, CDK는 `ApplicationLoadBalancer`에 `dropInvalidHeaderFields: true`를 설정하세요.',
    },
    fixable: ['cloudformation', 'terraform', 'cdk'],
    examples: [
      {
        format: 'cloudformation',
        bad: 'Resources:\n  Alb:\n    Type: AWS::ElasticLoadBalancingV2::LoadBalancer\n    Properties:\n      Subnets: [subnet-1, subnet-2]\n',
        good: 'Resources:\n  Alb:\n    Type: AWS::ElasticLoadBalancingV2::LoadBalancer\n    Properties:\n      Subnets: [subnet-1, subnet-2]\n      LoadBalancerAttributes:\n        - Key: routing.http.drop_invalid_header_fields.enabled\n          Value: "true"\n',
      },
      {
        format: 'terraform',
        bad: 'resource "aws_lb" "web" {\n  load_balancer_type = "application"\n}\n',
        good: 'resource "aws_lb" "web" {\n  load_balancer_type         = "application"\n  drop_invalid_header_fields = true\n}\n',
      },
      {
        format: 'cdk-typescript',
        bad: "import * as elbv2 from 'aws-cdk-lib/aws-elasticloadbalancingv2';\nnew elbv2.ApplicationLoadBalancer(this, 'Alb', { vpc });\n",
        good: "import * as elbv2 from 'aws-cdk-lib/aws-elasticloadbalancingv2';\nnew elbv2.ApplicationLoadBalancer(this, 'Alb', { vpc, dropInvalidHeaderFields: true });\n",
      },
    ],
  },

  check(lb, context) {
    if (lb.role !== 'resource' || lbType(lb) !== 'application') return;
    switch (familyOf(lb)) {
      case 'cloudformation':
        return checkAttributes(lb, context);
      case 'terraform':
        return checkFlag(lb, context, 'drop_invalid_header_fields');
      case 'cdk':
        // `setAttribute(...)` is a method the model does not record: it may set this attribute.
        if (/\b(?:setAttribute|set_attribute)\b/.test(context.text)) return;
        return checkFlag(lb, context, 'dropInvalidHeaderFields');
    }
  },
};

function fix(edits: () => TextEdit[]): FixDescriptor {
  return { messageId: 'fix', edits };
}

function checkAttributes(lb: Resource, context: RuleContext): void {
  const data = { name: lb.name };
  const attributes = attributesOf(lb);
  if (!attributes.readable) return;
  const target = { text: context.text, doc: context.doc };
  const value = attributes.find(ATTRIBUTE);
  if (value) {
    if (bool(value) === false) context.report({ messageId: 'disabled', data, range: value.range, fix: fix(() => falseToTrue(context, value)) });
    return;
  }
  // L1 constructs spell the entry's keys in camelCase like every other property.
  const entry: Record<string, EditValue> = isCdkL1(lb) ? { key: ATTRIBUTE, value: 'true' } : { Key: ATTRIBUTE, Value: 'true' };
  const list: Value | undefined = prop(lb, 'LoadBalancerAttributes')?.value;
  let edits: () => TextEdit[];
  if (!list) edits = () => context.edits.insertProperty(target, lb, keyPath(lb, 'LoadBalancerAttributes'), [entry]);
  else if (list.kind === 'list' && list.items.length === 0) edits = () => context.edits.setValue(target, lb, keyPath(lb, 'LoadBalancerAttributes'), [entry]);
  else if (list.kind === 'list') edits = () => appendAttribute(context, list, ATTRIBUTE, 'true');
  else return;
  context.report({ messageId: 'missing', data, range: lb.typeRange, fix: fix(edits) });
}

function checkFlag(lb: Resource, context: RuleContext, key: string): void {
  const data = { name: lb.name };
  const target = { text: context.text, doc: context.doc };
  const flag = prop(lb, key);
  if (!flag) {
    context.report({ messageId: 'missing', data, range: lb.typeRange, fix: fix(() => context.edits.insertProperty(target, lb, key, true)) });
  } else if (bool(flag.value) === false) {
    context.report({ messageId: 'disabled', data, range: flag.value.range, fix: fix(() => context.edits.setValue(target, lb, key, true)) });
  }
}

export default rule;
