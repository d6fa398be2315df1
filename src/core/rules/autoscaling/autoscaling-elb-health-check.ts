/**
 * An Auto Scaling group behind a load balancer that still uses only EC2 status checks: an
 * instance whose application stopped answering fails the target group's health check but stays
 * in service, because the group never asks the load balancer. Reported only when the file shows
 * the attachment (target groups / classic load balancers on the group, a Terraform
 * `aws_autoscaling_attachment`, CDK `attachToApplicationTargetGroup` / a target group's `targets`).
 * The CloudFormation fix also sets a 300 s grace period when none is set (CloudFormation's default
 * is 0, which would replace instances before they finish booting); Terraform's default is 300.
 */
import type { TextEdit } from '../../model/edits';
import { linksTo } from '../../model/query';
import type { Resource, Value } from '../../model/types';
import { items, keyPath, prop, str, sym, val } from '../helpers/properties';
import { mergeInserts } from '../helpers/textEdits';
import { familyOf, type RuleContext, type RuleModule } from '../ruleTypes';
import { hasHidden } from '../helpers/hidden';

const LB_KINDS = new Set(['aws.elasticloadbalancingv2.target-group', 'aws.elasticloadbalancingv2.listener', 'aws.elasticloadbalancingv2.load-balancer', 'aws.elasticloadbalancing.load-balancer']);
const TF_ATTACHMENTS = new Set(['aws_autoscaling_attachment', 'aws_autoscaling_traffic_source_attachment']);

const rule: RuleModule = {
  meta: {
    id: 'autoscaling-elb-health-check',
    category: 'reliability',
    defaultSeverity: 'info',
    appliesTo: ['aws.autoscaling.auto-scaling-group'],
    formats: ['cloudformation', 'terraform', 'cdk'],
    knowledge: ['auto-scaling', 'elastic-load-balancing'],
    messages: {
      ec2Default: {
        en: 'Auto Scaling group {name} is attached to a load balancer but uses the default EC2 health checks: an instance that fails the load balancer\'s health check stays in service. Use ELB health checks.',
        ko: 'Auto Scaling 그룹 {name}이(가) 로드 밸런서에 연결되어 있지만 기본값인 EC2 상태 확인만 사용합니다. 로드 밸런서 상태 확인에 실패한 인스턴스도 계속 서비스에 남습니다. ELB 상태 확인을 사용하세요.',
      },
      ec2: {
        en: 'Auto Scaling group {name} is attached to a load balancer but its health check type is {type}: an instance that fails the load balancer\'s health check stays in service. Add ELB.',
        ko: 'Auto Scaling 그룹 {name}이(가) 로드 밸런서에 연결되어 있지만 상태 확인 유형이 {type}입니다. 로드 밸런서 상태 확인에 실패한 인스턴스도 계속 서비스에 남습니다. ELB를 추가하세요.',
      },
      fix: { en: 'Use ELB health checks', ko: 'ELB 상태 확인 사용' },
    },
    why: {
      en: 'EC2 health checks only see the instance\'s status checks (hardware, OS reachability). When the application hangs or returns errors, the load balancer stops routing to the instance, but Auto Scaling keeps it, so capacity silently shrinks. With the ELB health check type the group also replaces instances the load balancer reports unhealthy. Give new instances a grace period long enough to boot.',
      ko: 'EC2 상태 확인은 하드웨어·OS 도달성 같은 인스턴스 상태 검사만 봅니다. 애플리케이션이 멈추거나 오류를 내면 로드 밸런서는 그 인스턴스로 트래픽을 보내지 않지만 Auto Scaling은 인스턴스를 그대로 두어, 실제 용량이 조용히 줄어듭니다. ELB 상태 확인 유형을 쓰면 로드 밸런서가 비정상으로 보고한 인스턴스도 교체합니다. 새 인스턴스가 부팅할 수 있도록 유예 기간을 충분히 주세요.',
    },
    howToFix: {
      en: 'CloudFormation: `HealthCheckType: ELB` with a `HealthCheckGracePeriod` (seconds). Terraform: `health_check_type = "ELB"` (`health_check_grace_period` defaults to 300). CDK: `healthChecks: autoscaling.HealthChecks.withAdditionalChecks({ additionalTypes: [autoscaling.AdditionalHealthCheckType.ELB], gracePeriod: Duration.minutes(5) })` (or the older `healthCheck: autoscaling.HealthCheck.elb({ grace: Duration.minutes(5) })`).',
      ko: 'CloudFormation: `HealthCheckType: ELB`와 `HealthCheckGracePeriod`(초). Terraform: `health_check_type = "ELB"`(`health_check_grace_period` 기본값 300). CDK: `healthChecks: autoscaling.HealthChecks.withAdditionalChecks({ additionalTypes: [autoscaling.AdditionalHealthCheckType.ELB], gracePeriod: Duration.minutes(5) })`(또는 이전 방식 `healthCheck: autoscaling.HealthCheck.elb({ grace: Duration.minutes(5) })`).',
    },
    fixable: ['cloudformation', 'terraform'],
    examples: [
      {
        format: 'cloudformation',
        bad: 'Resources:\n  Web:\n    Type: AWS::AutoScaling::AutoScalingGroup\n    Properties:\n      MinSize: "2"\n      MaxSize: "4"\n      TargetGroupARNs:\n        - arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/web/0123456789abcdef\n',
        good: 'Resources:\n  Web:\n    Type: AWS::AutoScaling::AutoScalingGroup\n    Properties:\n      MinSize: "2"\n      MaxSize: "4"\n      TargetGroupARNs:\n        - arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/web/0123456789abcdef\n      HealthCheckType: ELB\n      HealthCheckGracePeriod: 300\n',
      },
      {
        format: 'terraform',
        bad: 'resource "aws_autoscaling_group" "web" {\n  min_size          = 2\n  max_size          = 4\n  target_group_arns = [aws_lb_target_group.web.arn]\n}\n',
        good: 'resource "aws_autoscaling_group" "web" {\n  min_size          = 2\n  max_size          = 4\n  target_group_arns = [aws_lb_target_group.web.arn]\n  health_check_type = "ELB"\n}\n',
      },
      {
        format: 'cdk-typescript',
        bad: "import * as autoscaling from 'aws-cdk-lib/aws-autoscaling';\nimport * as elbv2 from 'aws-cdk-lib/aws-elasticloadbalancingv2';\nconst tg = new elbv2.ApplicationTargetGroup(this, 'Tg', { vpc, port: 80 });\nconst asg = new autoscaling.AutoScalingGroup(this, 'Web', { vpc, instanceType, machineImage });\nasg.attachToApplicationTargetGroup(tg);\n",
        good: "import * as autoscaling from 'aws-cdk-lib/aws-autoscaling';\nimport * as elbv2 from 'aws-cdk-lib/aws-elasticloadbalancingv2';\nimport { Duration } from 'aws-cdk-lib';\nconst tg = new elbv2.ApplicationTargetGroup(this, 'Tg', { vpc, port: 80 });\nconst asg = new autoscaling.AutoScalingGroup(this, 'Web', { vpc, instanceType, machineImage, healthCheck: autoscaling.HealthCheck.elb({ grace: Duration.minutes(5) }) });\nasg.attachToApplicationTargetGroup(tg);\n",
      },
    ],
  },

  check(asg, context) {
    switch (familyOf(asg)) {
      case 'cloudformation':
        return checkProps(asg, context, cfnAttached(asg));
      case 'terraform':
        return checkProps(asg, context, tfAttached(asg, context));
      case 'cdk':
        return checkCdk(asg, context);
    }
  },
};

/** A literal list with at least one entry that is not an expression (`!If` may leave it empty). */
function nonEmpty(v: Value | undefined): boolean {
  return v?.kind === 'list' && v.items.some(i => i.kind === 'string' || i.kind === 'reference');
}

function cfnAttached(asg: Resource): boolean {
  if (nonEmpty(val(asg, 'TargetGroupARNs')) || nonEmpty(val(asg, 'LoadBalancerNames'))) return true;
  const sources = val(asg, 'TrafficSources');
  return sources?.kind === 'list' && sources.items.some(s => /^elb/.test(str(s, 'Type') ?? ''));
}

function tfAttached(asg: Resource, context: RuleContext): boolean {
  if (nonEmpty(val(asg, 'target_group_arns')) || nonEmpty(val(asg, 'load_balancers'))) return true;
  if (items(val(asg, 'traffic_source')).some(s => /^elb/.test(str(s, 'type') ?? ''))) return true;
  return linksTo(context.doc, asg).some(l => {
    const from = context.doc.resources.find(r => r.name === l.from);
    return from !== undefined && TF_ATTACHMENTS.has(from.type) && (prop(from, 'lb_target_group_arn') !== undefined || prop(from, 'elb') !== undefined || /^elb/.test(str(from, 'traffic_source.type') ?? ''));
  });
}

/** `EC2` → `ELB`, `EC2,EBS` → `EBS,ELB`: the types kept, plus ELB (EC2 checks are always on). */
function withElb(types: string): string {
  const kept = types.split(',').map(t => t.trim()).filter(t => t && t.toUpperCase() !== 'EC2');
  return [...kept, 'ELB'].join(',');
}

function checkProps(asg: Resource, context: RuleContext, attached: boolean): void {
  if (!attached) return;
  const tf = familyOf(asg) === 'terraform';
  const typeProp = prop(asg, 'HealthCheckType');
  const target = { text: context.text, doc: context.doc };
  const typePath = keyPath(asg, 'HealthCheckType');
  const grace = prop(asg, 'HealthCheckGracePeriod');
  const graceEdit = (): TextEdit[] => (tf || grace ? [] : context.edits.insertProperty(target, asg, keyPath(asg, 'HealthCheckGracePeriod'), 300));
  if (!typeProp) {
    if (hasHidden(asg)) return;
    context.report({
      messageId: 'ec2Default',
      data: { name: asg.name },
      range: asg.typeRange,
      fix: {
        messageId: 'fix',
        edits: () => {
          const type = context.edits.insertProperty(target, asg, typePath, 'ELB');
          return tf || grace ? type : mergeInserts([type, graceEdit()]);
        },
      },
    });
    return;
  }
  const types = str(typeProp.value);
  if (types === undefined || types.split(',').some(t => t.trim().toUpperCase() === 'ELB')) return;
  context.report({
    messageId: 'ec2',
    data: { name: asg.name, type: types },
    range: typeProp.value.range,
    fix: {
      messageId: 'fix',
      edits: () => {
        const type = context.edits.setValue(target, asg, typePath, withElb(types));
        return tf || grace ? type : mergeInserts([type, graceEdit()]);
      },
    },
  });
}

function cdkAttached(asg: Resource, context: RuleContext): boolean {
  const kindOf = (name: string) => context.doc.resources.find(r => r.name === name)?.kind;
  // `asg.attachToApplicationTargetGroup(tg)` links the group to the target group…
  if (context.doc.links.some(l => l.from === asg.name && l.path.startsWith('calls.attachTo') && LB_KINDS.has(kindOf(l.to) ?? ''))) return true;
  // …and `targets: [asg]` / `tg.addTarget(asg)` link the target group (or listener) to the group.
  return linksTo(context.doc, asg).some(l => LB_KINDS.has(kindOf(l.from) ?? ''));
}

function checkCdk(asg: Resource, context: RuleContext): void {
  if (!cdkAttached(asg, context)) return;
  const single = prop(asg, 'healthCheck');
  const multi = prop(asg, 'healthChecks');
  if (!single && !multi) {
    if (hasHidden(asg)) return;
    context.report({ messageId: 'ec2Default', data: { name: asg.name }, range: asg.typeRange });
    return;
  }
  for (const p of [single, multi]) {
    if (!p) continue;
    const text = sym(p.value) ?? (p.value.kind === 'unknown' ? p.value.text : '');
    if (/(?:^|\.)HealthChecks?\.ec2\(/.test(text)) context.report({ messageId: 'ec2', data: { name: asg.name, type: 'EC2' }, range: p.value.range });
  }
}

export default rule;
