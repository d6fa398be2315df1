/**
 * Security group ingress open to the whole internet, read the same way in every format:
 * CloudFormation (and CDK L1) `SecurityGroupIngress` items and `AWS::EC2::SecurityGroupIngress`,
 * Terraform `ingress` blocks, `aws_security_group_rule` (type ingress) and
 * `aws_vpc_security_group_ingress_rule`, CDK `addIngressRule` / `connections.allowFrom*` calls and
 * `BastionHostLinux.allowSshAccessFrom`.
 * A permission whose protocol or ports cannot be read is left out.
 */
import type { MethodCall, Property, Resource, SourceRange, Value } from '../../model/types';
import { familyOf } from '../ruleTypes';
import { ALL_PORTS, cdkPeerCidr, cdkPort, isAnywhere, parseCidr, portRange, protocolOf, type Traffic } from './network';
import { items, num, str, sym, val } from './properties';

export interface OpenIngress {
  /** The resource the permission is written in. */
  resource: Resource;
  /** The first CIDR / peer that means "anywhere" (for `allowFromAnyIpv4`, the method name). */
  range: SourceRange;
  /** `0.0.0.0/0`, `::/0`: the "anywhere" blocks of this permission. */
  cidrs: string[];
  traffic: Traffic;
}

/** Every ingress permission of `resource` that is open to the internet and fully readable. */
export function openIngress(resource: Resource): OpenIngress[] {
  if (resource.role !== 'resource') return [];
  const family = familyOf(resource);
  if (family === 'cdk') return resource.calls.flatMap(c => fromCall(resource, c));
  switch (resource.kind) {
    case 'aws.ec2.security-group': {
      // CloudFormation `SecurityGroupIngress: [...]`, Terraform `ingress { … }` (a block or a list of objects).
      const list = val(resource, family === 'terraform' ? 'ingress' : 'SecurityGroupIngress');
      return items(list).flatMap(item => (item.kind === 'map' ? fromPermission(resource, item.properties) : []));
    }
    case 'aws.ec2.security-group-ingress':
      return fromPermission(resource, resource.properties);
    case 'aws.ec2.security-group-rule':
      return str(resource, 'type') === 'ingress' ? fromPermission(resource, resource.properties) : [];
  }
  return [];
}

/** The traffic of a permission: TCP and UDP need their ports; other protocols are all ports. */
function trafficOf(owner: readonly Property[]): Traffic | undefined {
  const protocol = protocolOf(val(owner, 'IpProtocol') ?? val(owner, 'protocol'));
  if (!protocol) return undefined;
  if (protocol !== 'tcp' && protocol !== 'udp') return { protocol, ports: ALL_PORTS };
  const ports = portRange(num(owner, 'FromPort'), num(owner, 'ToPort'));
  return ports && { protocol, ports };
}

function fromPermission(resource: Resource, owner: readonly Property[]): OpenIngress[] {
  // CloudFormation CidrIp / CidrIpv6, aws_vpc_security_group_ingress_rule cidr_ipv4 / cidr_ipv6,
  // Terraform cidr_blocks / ipv6_cidr_blocks lists.
  const values: Value[] = [];
  for (const key of ['CidrIp', 'CidrIpv6', 'CidrIpv4']) {
    const v = val(owner, key);
    if (v) values.push(v);
  }
  for (const key of ['CidrBlocks', 'Ipv6CidrBlocks']) {
    const v = val(owner, key);
    if (v?.kind === 'list') values.push(...v.items);
  }
  const open = values.filter(v => {
    const c = v.kind === 'string' ? parseCidr(v.value) : undefined;
    return c !== undefined && isAnywhere(c);
  });
  if (open.length === 0) return [];
  const traffic = trafficOf(owner);
  if (!traffic) return [];
  return [{ resource, range: open[0].range, cidrs: open.map(v => str(v)!), traffic }];
}

function fromCall(resource: Resource, call: MethodCall): OpenIngress[] {
  let peers: (Value | undefined)[];
  let traffic: Traffic | undefined;
  switch (call.method) {
    case 'addIngressRule':
    case 'connections.allowFrom':
      peers = [call.arguments[0]];
      traffic = portOf(call.arguments[1]);
      break;
    case 'connections.allowFromAnyIpv4':
      peers = [undefined]; // the method says where from
      traffic = portOf(call.arguments[0]);
      break;
    case 'allowSshAccessFrom':
      // `bastion.allowSshAccessFrom(...peers)`: SSH from each peer.
      peers = call.arguments;
      traffic = { protocol: 'tcp', ports: { from: 22, to: 22 } };
      break;
    default:
      return [];
  }
  if (!traffic) return [];
  const open = peers.flatMap(peer => {
    const text = peer ? (sym(peer) !== undefined ? cdkPeerCidr(sym(peer)!) : undefined) : '0.0.0.0/0';
    const cidr = text !== undefined ? parseCidr(text) : undefined;
    return cidr && isAnywhere(cidr) ? [{ range: peer ? peer.range : call.nameRange, cidr: cidr.text }] : [];
  });
  if (open.length === 0) return [];
  return [{ resource, range: open[0].range, cidrs: open.map(o => o.cidr), traffic }];
}

function portOf(port: Value | undefined): Traffic | undefined {
  const s = sym(port);
  return s !== undefined ? cdkPort(s) : undefined;
}
