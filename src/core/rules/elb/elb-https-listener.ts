/**
 * An Application Load Balancer listener on plain HTTP should only redirect to HTTPS (Security Hub
 * ELB.1); a Classic Load Balancer cannot redirect, so one that listens only on HTTP serves
 * everything unencrypted. Network Load Balancer listeners (TCP/UDP/TLS) are out of scope.
 * CloudFormation / CDK L1: `Protocol: HTTP` with `DefaultActions` that are not a redirect to
 * HTTPS; Terraform: `aws_lb_listener` (`protocol` defaults to HTTP on an ALB); CDK:
 * `alb.addListener()` / `elbv2.ApplicationListener` (protocol from the port when absent), where
 * `alb.addRedirect()` covers its source port. No fix: a redirect needs an HTTPS listener with a
 * certificate to land on, which only the author can add.
 */
import { findResource } from '../../model/query';
import type { Resource, Value } from '../../model/types';
import { items, num, prop, str, sym, val } from '../helpers/properties';
import { familyOf, type RuleContext, type RuleModule } from '../ruleTypes';
import { cdkHttpListener, lbType, mayAddActionsLater, redirectsToHttps, ruleMayRedirect } from '../helpers/elb';

const rule: RuleModule = {
  meta: {
    id: 'elb-https-listener',
    category: 'security',
    defaultSeverity: 'warning',
    appliesTo: ['aws.elasticloadbalancingv2.listener', 'aws.elasticloadbalancingv2.load-balancer', 'aws.elasticloadbalancing.load-balancer'],
    formats: ['cloudformation', 'terraform', 'cdk'],
    knowledge: ['application-load-balancer', 'encryption-in-transit', 'classic-load-balancer', 'elastic-load-balancing'],
    messages: {
      httpListener: {
        en: 'Listener {name} serves plain HTTP without redirecting to HTTPS: requests and responses cross the network unencrypted.',
        ko: '리스너 {name}이(가) HTTPS로 리디렉션하지 않고 평문 HTTP를 처리합니다. 요청과 응답이 암호화되지 않은 채 네트워크를 지납니다.',
      },
      classicHttpOnly: {
        en: 'Classic Load Balancer {name} listens only on plain HTTP: traffic is not encrypted in transit, and a Classic Load Balancer cannot redirect to HTTPS.',
        ko: 'Classic Load Balancer {name}이(가) 평문 HTTP로만 수신합니다. 전송 중 트래픽이 암호화되지 않으며, Classic Load Balancer는 HTTPS로 리디렉션할 수도 없습니다.',
      },
    },
    why: {
      en: 'On plain HTTP, anyone on the path can read or alter requests, cookies and session tokens. Serve the application on an HTTPS listener and keep port 80 only to answer with a permanent redirect to HTTPS (AWS Security Hub control ELB.1). A Classic Load Balancer has no redirect action, so it needs an HTTPS or SSL listener (ELB.3), or a move to an ALB.',
      ko: '평문 HTTP에서는 경로상의 누구나 요청, 쿠키, 세션 토큰을 읽거나 바꿀 수 있습니다. 애플리케이션은 HTTPS 리스너로 제공하고, 80 포트는 HTTPS로의 영구 리디렉션에만 쓰세요(AWS Security Hub 제어 ELB.1). Classic Load Balancer에는 리디렉션 작업이 없으므로 HTTPS/SSL 리스너(ELB.3)를 두거나 ALB로 옮겨야 합니다.',
    },
    howToFix: {
      en: 'Add an HTTPS listener on 443 with an ACM certificate, then make the HTTP listener\'s default action a redirect: CloudFormation `DefaultActions: [{ Type: redirect, RedirectConfig: { Protocol: HTTPS, Port: "443", StatusCode: HTTP_301 } }]`; Terraform `default_action { type = "redirect" redirect { protocol = "HTTPS" port = "443" status_code = "HTTP_301" } }`; CDK `alb.addRedirect()` or `defaultAction: elbv2.ListenerAction.redirect({ protocol: "HTTPS", port: "443", permanent: true })`.',
      ko: 'ACM 인증서를 쓰는 443 HTTPS 리스너를 추가하고, HTTP 리스너의 기본 작업을 리디렉션으로 바꾸세요. CloudFormation `DefaultActions: [{ Type: redirect, RedirectConfig: { Protocol: HTTPS, Port: "443", StatusCode: HTTP_301 } }]`, Terraform `default_action { type = "redirect" redirect { protocol = "HTTPS" port = "443" status_code = "HTTP_301" } }`, CDK `alb.addRedirect()` 또는 `defaultAction: elbv2.ListenerAction.redirect({ protocol: "HTTPS", port: "443", permanent: true })`.',
    },
    fixable: [],
    examples: [
      {
        format: 'cloudformation',
        bad: 'Resources:\n  Http:\n    Type: AWS::ElasticLoadBalancingV2::Listener\n    Properties:\n      LoadBalancerArn: !Ref Alb\n      Port: 80\n      Protocol: HTTP\n      DefaultActions:\n        - Type: forward\n          TargetGroupArn: !Ref Web\n',
        good: 'Resources:\n  Http:\n    Type: AWS::ElasticLoadBalancingV2::Listener\n    Properties:\n      LoadBalancerArn: !Ref Alb\n      Port: 80\n      Protocol: HTTP\n      DefaultActions:\n        - Type: redirect\n          RedirectConfig:\n            Protocol: HTTPS\n            Port: "443"\n            StatusCode: HTTP_301\n',
      },
      {
        format: 'terraform',
        bad: 'resource "aws_lb_listener" "http" {\n  load_balancer_arn = aws_lb.web.arn\n  port              = 80\n  protocol          = "HTTP"\n\n  default_action {\n    type             = "forward"\n    target_group_arn = aws_lb_target_group.web.arn\n  }\n}\n',
        good: 'resource "aws_lb_listener" "http" {\n  load_balancer_arn = aws_lb.web.arn\n  port              = 80\n  protocol          = "HTTP"\n\n  default_action {\n    type = "redirect"\n    redirect {\n      port        = "443"\n      protocol    = "HTTPS"\n      status_code = "HTTP_301"\n    }\n  }\n}\n',
      },
      {
        format: 'cdk-typescript',
        bad: "import * as elbv2 from 'aws-cdk-lib/aws-elasticloadbalancingv2';\nconst alb = new elbv2.ApplicationLoadBalancer(this, 'Alb', { vpc, internetFacing: true });\nalb.addListener('Http', { port: 80, defaultTargetGroups: [web] });\n",
        good: "import * as elbv2 from 'aws-cdk-lib/aws-elasticloadbalancingv2';\nconst alb = new elbv2.ApplicationLoadBalancer(this, 'Alb', { vpc, internetFacing: true });\nalb.addListener('Https', { port: 443, certificates: [cert], defaultTargetGroups: [web] });\nalb.addRedirect();\n",
      },
    ],
  },

  check(resource, context) {
    if (resource.role !== 'resource') return;
    if (resource.kind === 'aws.elasticloadbalancing.load-balancer') return checkClassic(resource, context);
    if (resource.kind === 'aws.elasticloadbalancingv2.load-balancer') {
      if (familyOf(resource) === 'cdk') checkCdkLoadBalancer(resource, context);
      return;
    }
    switch (familyOf(resource)) {
      case 'cloudformation':
        return checkCloudFormationListener(resource, context);
      case 'terraform':
        return checkTerraformListener(resource, context);
      case 'cdk':
        return checkCdkListener(resource, context);
    }
  },
};

function report(context: RuleContext, listener: Resource, name: string, at: Value | undefined): void {
  context.report({ messageId: 'httpListener', data: { name }, range: at?.range ?? listener.typeRange, resource: listener });
}

function checkCloudFormationListener(listener: Resource, context: RuleContext): void {
  const protocol = val(listener, 'Protocol');
  if (str(protocol)?.toUpperCase() !== 'HTTP') return;
  if (redirectsToHttps(val(listener, 'DefaultActions')) !== false) return;
  if (ruleMayRedirect(context.doc, listener)) return;
  report(context, listener, listener.name, protocol);
}

function checkTerraformListener(listener: Resource, context: RuleContext): void {
  const protocol = prop(listener, 'protocol');
  if (protocol) {
    if (str(protocol.value)?.toUpperCase() !== 'HTTP') return;
  } else {
    // No protocol: HTTP on an Application Load Balancer (TCP-only types require one).
    const arn = val(listener, 'load_balancer_arn');
    const lb = arn?.kind === 'reference' ? findResource(context.doc, arn.target) : undefined;
    if (!lb || lb.kind !== 'aws.elasticloadbalancingv2.load-balancer' || lbType(lb) !== 'application') return;
    if (prop(listener, 'certificate_arn')) return;
  }
  if (redirectsToHttps(val(listener, 'default_action')) !== false) return;
  if (ruleMayRedirect(context.doc, listener)) return;
  report(context, listener, listener.name, protocol?.value);
}

function checkCdkListener(listener: Resource, context: RuleContext): void {
  if (!/(^|\.)ApplicationListener$/.test(listener.type)) return;
  if (mayAddActionsLater(context.text)) return;
  const http = cdkHttpListener(listener);
  if (http) report(context, listener, listener.name, http.at);
}

/** The ports `alb.addRedirect()` listens on (80 unless `sourcePort` says otherwise); undefined when one cannot be read. */
function redirectPorts(lb: Resource): Set<number> | undefined {
  const ports = new Set<number>();
  for (const call of lb.calls) {
    if (call.method !== 'addRedirect') continue;
    const options = call.arguments[0];
    if (!options) {
      ports.add(80);
      continue;
    }
    if (options.kind !== 'map') return undefined;
    const source = prop(options, 'sourcePort');
    const port = source ? num(source.value) : 80;
    if (port === undefined) return undefined;
    ports.add(port);
  }
  return ports;
}

function checkCdkLoadBalancer(lb: Resource, context: RuleContext): void {
  if (lbType(lb) !== 'application') return;
  const listeners = lb.calls.filter(c => c.method === 'addListener');
  if (listeners.length === 0 || mayAddActionsLater(context.text)) return;
  const redirects = redirectPorts(lb);
  if (!redirects) return;
  for (const call of listeners) {
    const id = str(call.arguments[0]);
    const options = call.arguments[1];
    if (!options || options.kind !== 'map') continue;
    const http = cdkHttpListener(options);
    // `addRedirect()` already answers on that port (a second listener there would not deploy).
    if (!http || http.port === undefined || redirects.has(http.port)) continue;
    report(context, lb, id ?? lb.name, http.at);
  }
}

// ---- Classic Load Balancer -------------------------------------------------------------------

type Proto = 'http' | 'other';

/** The protocol of each listener, with the value to report on; undefined when one cannot be read. */
function classicListeners(lb: Resource): Array<{ protocol: Proto; at: Value }> | undefined {
  const out: Array<{ protocol: Proto; at: Value }> = [];
  switch (familyOf(lb)) {
    case 'cloudformation': {
      const listeners = val(lb, 'Listeners');
      if (!listeners) return out;
      if (listeners.kind !== 'list') return undefined;
      for (const l of listeners.items) {
        const p = val(l, 'Protocol');
        const s = str(p)?.toUpperCase();
        if (!p || s === undefined) return undefined;
        out.push({ protocol: s === 'HTTP' ? 'http' : 'other', at: p });
      }
      return out;
    }
    case 'terraform': {
      const listeners = val(lb, 'listener');
      if (!listeners) return out;
      if (listeners.kind !== 'list' && listeners.kind !== 'map') return undefined;
      for (const l of items(listeners)) {
        const p = val(l, 'lb_protocol');
        const s = str(p)?.toUpperCase();
        if (!p || s === undefined) return undefined;
        out.push({ protocol: s === 'HTTP' ? 'http' : 'other', at: p });
      }
      return out;
    }
    case 'cdk': {
      const declared = val(lb, 'listeners');
      const all: Value[] = [];
      if (declared) {
        if (declared.kind !== 'list') return undefined;
        all.push(...declared.items);
      }
      for (const c of lb.calls) if (c.method === 'addListener') all.push(c.arguments[0] ?? { kind: 'unknown', text: '', range: c.range });
      for (const l of all) {
        if (l.kind !== 'map') return undefined;
        const protocol = prop(l, 'externalProtocol');
        if (protocol) {
          const s = sym(protocol.value);
          if (s === undefined) return undefined;
          out.push({ protocol: s === 'elasticloadbalancing.LoadBalancingProtocol.HTTP' ? 'http' : 'other', at: protocol.value });
          continue;
        }
        // CDK reads the protocol from the port: 80 is HTTP, 443 HTTPS, anything else must say.
        const port = prop(l, 'externalPort');
        const n = port ? num(port.value) : undefined;
        if (!port || (n !== 80 && n !== 443)) return undefined;
        out.push({ protocol: n === 80 ? 'http' : 'other', at: port.value });
      }
      return out;
    }
  }
}

function checkClassic(lb: Resource, context: RuleContext): void {
  const listeners = classicListeners(lb);
  if (!listeners || listeners.length === 0 || listeners.some(l => l.protocol !== 'http')) return;
  context.report({ messageId: 'classicHttpOnly', data: { name: lb.name }, range: listeners[0].at.range });
}

export default rule;
