/** What the load balancer rules (rules/elb) share: the ELBv2 type, attributes, listener actions, CDK listener protocols. */
import { linksTo } from '../../model/query';
import type { ParsedDocument, Resource, Value } from '../../model/types';
import { items, num, prop, str, sym, val } from './properties';
import { familyOf } from '../ruleTypes';

export type LbType = 'application' | 'network' | 'gateway';

/** The type of an ELBv2 load balancer (absent means application in CloudFormation and Terraform); undefined when not a literal. */
export function lbType(lb: Resource): LbType | undefined {
  if (familyOf(lb) === 'cdk') {
    if (/(^|\.)ApplicationLoadBalancer$/.test(lb.type)) return 'application';
    if (/(^|\.)NetworkLoadBalancer$/.test(lb.type)) return 'network';
    return undefined;
  }
  const key = lb.format === 'terraform' ? 'load_balancer_type' : 'Type';
  const p = prop(lb, key);
  if (!p) return 'application';
  const t = str(p.value)?.toLowerCase();
  return t === 'application' || t === 'network' || t === 'gateway' ? t : undefined;
}

/**
 * The `LoadBalancerAttributes` of an ELBv2 load balancer (`{ Key, Value }` entries). `readable`:
 * absent, or a literal list whose every key is a literal — otherwise an absent key may still be
 * set by an entry we cannot read. `find`: the value of a key (the last entry wins).
 */
export interface Attributes {
  readable: boolean;
  find(key: string): Value | undefined;
}

export function attributesOf(lb: Resource): Attributes {
  const p = prop(lb, 'LoadBalancerAttributes');
  if (!p) return { readable: true, find: () => undefined };
  if (p.value.kind !== 'list') return { readable: false, find: () => undefined };
  const entries = p.value.items;
  const readable = entries.every(e => e.kind === 'map' && str(e, 'Key') !== undefined);
  return {
    readable,
    find: key => {
      let found: Value | undefined;
      for (const e of entries) if (str(e, 'Key') === key) found = val(e, 'Value');
      return found;
    },
  };
}

/** The HTTP ports CDK reads as HTTP when an ALB listener gives no protocol (`defaultProtocolForPort`). */
export const CDK_HTTP_PORTS: ReadonlySet<number> = new Set([80, 8000, 8008, 8080]);

/**
 * Whether a list of listener actions (CloudFormation `DefaultActions` / `Actions`, Terraform
 * `default_action` / `action` blocks) redirects to HTTPS: undefined when an action cannot be read.
 */
export function redirectsToHttps(actions: Value | undefined): boolean | undefined {
  if (!actions || (actions.kind !== 'list' && actions.kind !== 'map')) return undefined;
  let result = false;
  for (const action of items(actions)) {
    if (action.kind !== 'map') return undefined;
    const type = str(action, 'Type')?.toLowerCase();
    if (type === undefined) return undefined;
    if (type !== 'redirect') continue;
    const config = prop(action, 'RedirectConfig') ?? prop(action, 'redirect');
    if (!config) continue; // Protocol defaults to #{protocol}: the same plain HTTP
    const protocol = prop(config.value, 'Protocol');
    if (!protocol) continue;
    const p = str(protocol.value);
    if (p === undefined) return undefined;
    if (p.toUpperCase() === 'HTTPS') result = true;
  }
  return result;
}

const RULE_KINDS = new Set(['aws.elasticloadbalancingv2.listener-rule', 'tf.aws_lb_listener_rule', 'tf.aws_alb_listener_rule']);

/**
 * Whether a listener rule may redirect this listener's traffic to HTTPS: a rule of this listener
 * (or one whose listener we cannot resolve) with a redirect to HTTPS or actions we cannot read.
 */
export function ruleMayRedirect(doc: ParsedDocument, listener: Resource): boolean {
  const linkedHere = new Set(linksTo(doc, listener).map(l => l.from));
  for (const r of doc.resources) {
    if (!RULE_KINDS.has(r.kind)) continue;
    const listenerPath = r.format === 'terraform' ? 'listener_arn' : 'ListenerArn';
    const linked = doc.links.some(l => l.from === r.name && l.path.toLowerCase() === listenerPath.toLowerCase());
    if (linked && !linkedHere.has(r.name)) continue;
    const actions = val(r, r.format === 'terraform' ? 'action' : 'Actions');
    if (redirectsToHttps(actions) !== false) return true;
  }
  return false;
}

/** CDK: methods that can set a listener's default action after it is created; the model does not follow them. */
const LATER_ACTIONS = /\b(?:addAction|add_action|addRedirectResponse|add_redirect_response|ApplicationListenerRule)\b/;

export function mayAddActionsLater(text: string): boolean {
  return LATER_ACTIONS.test(text);
}

/** A CDK `ListenerAction` that is plainly not a redirect (forward, weighted forward, fixed response). */
function isPlainAction(v: Value): boolean {
  const text = v.kind === 'symbol' ? v.value : v.kind === 'unknown' ? v.text : undefined;
  return text !== undefined && /(?:^|\.)ListenerAction\.(?:forward|weightedForward|weighted_forward|fixedResponse|fixed_response)\s*\(/.test(text);
}

export interface CdkHttpListener {
  /** Where to report: the protocol, else the port. */
  at: Value;
  port: number | undefined;
}

/**
 * A CDK ALB listener's props (`new elbv2.ApplicationListener` or `alb.addListener`) when they
 * make a plain HTTP listener without a redirect; undefined when it is HTTPS, redirects, or we
 * cannot tell.
 */
export function cdkHttpListener(props: Value | Resource): CdkHttpListener | undefined {
  const protocol = prop(props, 'protocol');
  const port = prop(props, 'port');
  const portNumber = port ? num(port.value) : undefined;
  let at: Value;
  if (protocol) {
    const s = sym(protocol.value);
    if (s !== 'elasticloadbalancingv2.ApplicationProtocol.HTTP') return undefined;
    at = protocol.value;
  } else {
    if (!port || portNumber === undefined || !CDK_HTTP_PORTS.has(portNumber)) return undefined;
    at = port.value;
  }
  // Certificates on an HTTP listener are a mistake of another kind; leave it alone.
  if (prop(props, 'certificates') || prop(props, 'certificateArns')) return undefined;
  const action = prop(props, 'defaultAction');
  if (action && !isPlainAction(action.value)) return undefined;
  return { at, port: portNumber ?? (protocol ? 80 : undefined) };
}
