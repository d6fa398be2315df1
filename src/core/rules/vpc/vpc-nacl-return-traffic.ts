/**
 * Network ACLs are stateless: a TCP connection allowed in one direction also needs a rule in the
 * other direction for its replies, which go to the client's ephemeral port (1024-65535 as AWS
 * recommends; Linux picks from 32768-60999, Windows from 49152-65535). Without one the connection
 * silently times out.
 *
 * What counts, to stay clear of false positives:
 * - A forward entry is a TCP `allow` for service ports that some traffic reaches (lower-numbered
 *   entries do not decide all of it). An entry that may itself be there for replies is not asked
 *   for a twin: all protocols, a whole ephemeral range, or ports from 32768 up towards a peer the
 *   other direction allows. UDP is not checked (syslog, StatsD and other UDP flows get no replies).
 * - Its replies are let through when the `allow` entries of the other direction (TCP or all
 *   protocols) together cover its peer CIDR on the Linux or the Windows ephemeral range. Denies in
 *   the other direction are deliberate and not second-guessed.
 * - When an entry of the ACL cannot be read, or may live where we cannot see it, nothing is reported.
 * One finding per missing reply rule: forward entries whose peers one new rule would serve share it.
 */
import type { EditValue, NewResource } from '../../iac/editTypes';
import type { TextEdit } from '../../model/edits';
import type { Resource } from '../../model/types';
import { linkedEntries, readAclEntries, type AclEntries, type AclEntry } from '../helpers/networkAclEntries';
import { blocksCover, cidrCovers, cidrsOverlap, coversEphemeral, EPHEMERAL_RANGES, rangesOverlap, RECOMMENDED_EPHEMERAL, type Cidr } from '../helpers/network';
import { prop } from '../helpers/properties';
import { familyOf, type FixDescriptor, type RelatedDescriptor, type RuleContext, type RuleModule } from '../ruleTypes';

const MAX_RULE_NUMBER = 32766;
/** Where the Linux and Windows ephemeral ranges lie. */
const HIGH_PORTS = { from: 32768, to: 65535 };

const rule: RuleModule = {
  meta: {
    id: 'vpc-nacl-return-traffic',
    category: 'reliability',
    defaultSeverity: 'warning',
    appliesTo: ['aws.ec2.network-acl'],
    formats: ['cloudformation', 'terraform', 'cdk'],
    knowledge: ['network-acl'],
    messages: {
      noOutbound: {
        en: 'Rule {rule} of network ACL {nacl} lets TCP {ports} in from {cidr}, but no outbound rule lets the replies out (TCP 1024-65535 to {cidr}). Network ACLs are stateless: these connections will time out.',
        ko: '네트워크 ACL {nacl}의 {rule}번 규칙이 {cidr}에서 들어오는 TCP {ports}를 허용하지만, 응답을 내보내는 아웃바운드 규칙(TCP 1024-65535, 대상 {cidr})이 없습니다. 네트워크 ACL은 상태를 기억하지 않으므로 이 연결은 시간 초과로 실패합니다.',
      },
      noInbound: {
        en: 'Rule {rule} of network ACL {nacl} lets TCP {ports} out to {cidr}, but no inbound rule lets the replies in (TCP 1024-65535 from {cidr}). Network ACLs are stateless: these connections will time out.',
        ko: '네트워크 ACL {nacl}의 {rule}번 규칙이 {cidr}(으)로 나가는 TCP {ports}를 허용하지만, 응답을 받아들이는 인바운드 규칙(TCP 1024-65535, 출발지 {cidr})이 없습니다. 네트워크 ACL은 상태를 기억하지 않으므로 이 연결은 시간 초과로 실패합니다.',
      },
      relatedOutbound: {
        en: 'The outbound rules of network ACL {nacl}: none lets these replies out.',
        ko: '네트워크 ACL {nacl}의 아웃바운드 규칙: 이 응답을 내보내는 규칙이 없습니다.',
      },
      relatedInbound: {
        en: 'The inbound rules of network ACL {nacl}: none lets these replies in.',
        ko: '네트워크 ACL {nacl}의 인바운드 규칙: 이 응답을 받아들이는 규칙이 없습니다.',
      },
      relatedEntry: {
        en: 'Rule {rule} needs the same replies.',
        ko: '{rule}번 규칙도 같은 응답 규칙이 필요합니다.',
      },
      fixOutbound: {
        en: 'Add outbound rule {rule}: TCP 1024-65535 to {cidr}',
        ko: '아웃바운드 규칙 {rule} 추가: TCP 1024-65535, 대상 {cidr}',
      },
      fixInbound: {
        en: 'Add inbound rule {rule}: TCP 1024-65535 from {cidr}',
        ko: '인바운드 규칙 {rule} 추가: TCP 1024-65535, 출발지 {cidr}',
      },
    },
    why: {
      en: 'Security groups remember connections; network ACLs do not. A reply is checked against the rules of its own direction like any new packet, and it goes to the port the client picked (1024-65535; Linux uses 32768-60999, Windows 49152-65535, NAT gateways and load balancers 1024-65535). Allow inbound 443 without an outbound rule for those ports and every HTTPS connection times out, with nothing in the template to say why.',
      ko: '보안 그룹은 연결을 기억하지만 네트워크 ACL은 기억하지 않습니다. 응답 패킷도 새 패킷처럼 자기 방향의 규칙으로 검사되고, 클라이언트가 고른 포트(1024-65535, Linux는 32768-60999, Windows는 49152-65535, NAT 게이트웨이와 로드 밸런서는 1024-65535)로 갑니다. 인바운드 443만 허용하고 이 포트들로 나가는 아웃바운드 규칙을 두지 않으면 모든 HTTPS 연결이 이유도 드러나지 않은 채 시간 초과로 끝납니다.',
    },
    howToFix: {
      en: 'For each allowed connection, add a rule in the other direction for TCP 1024-65535 with the same peer CIDR (inbound 443 from `0.0.0.0/0` → outbound TCP 1024-65535 to `0.0.0.0/0`), numbered so that no deny before it matches the replies.',
      ko: '허용한 연결마다 반대 방향으로 같은 상대 CIDR에 대한 TCP 1024-65535 규칙을 추가하세요(인바운드 443, 출발지 `0.0.0.0/0` → 아웃바운드 TCP 1024-65535, 대상 `0.0.0.0/0`). 응답과 일치하는 거부 규칙보다 앞 번호로 두세요.',
    },
    fixable: ['cloudformation', 'terraform', 'cdk'],
    examples: [
      {
        format: 'cloudformation',
        bad: 'Resources:\n  Acl:\n    Type: AWS::EC2::NetworkAcl\n    Properties:\n      VpcId: vpc-1234\n  Https:\n    Type: AWS::EC2::NetworkAclEntry\n    Properties:\n      NetworkAclId: !Ref Acl\n      RuleNumber: 100\n      Protocol: 6\n      RuleAction: allow\n      CidrBlock: 0.0.0.0/0\n      PortRange:\n        From: 443\n        To: 443\n',
        good: 'Resources:\n  Acl:\n    Type: AWS::EC2::NetworkAcl\n    Properties:\n      VpcId: vpc-1234\n  Https:\n    Type: AWS::EC2::NetworkAclEntry\n    Properties:\n      NetworkAclId: !Ref Acl\n      RuleNumber: 100\n      Protocol: 6\n      RuleAction: allow\n      CidrBlock: 0.0.0.0/0\n      PortRange:\n        From: 443\n        To: 443\n  Replies:\n    Type: AWS::EC2::NetworkAclEntry\n    Properties:\n      NetworkAclId: !Ref Acl\n      RuleNumber: 100\n      Protocol: 6\n      RuleAction: allow\n      Egress: true\n      CidrBlock: 0.0.0.0/0\n      PortRange:\n        From: 1024\n        To: 65535\n',
      },
      {
        format: 'terraform',
        bad: 'resource "aws_network_acl" "public" {\n  vpc_id = "vpc-1234"\n\n  ingress {\n    protocol   = "tcp"\n    rule_no    = 100\n    action     = "allow"\n    cidr_block = "0.0.0.0/0"\n    from_port  = 443\n    to_port    = 443\n  }\n}\n',
        good: 'resource "aws_network_acl" "public" {\n  vpc_id = "vpc-1234"\n\n  ingress {\n    protocol   = "tcp"\n    rule_no    = 100\n    action     = "allow"\n    cidr_block = "0.0.0.0/0"\n    from_port  = 443\n    to_port    = 443\n  }\n\n  egress {\n    protocol   = "tcp"\n    rule_no    = 100\n    action     = "allow"\n    cidr_block = "0.0.0.0/0"\n    from_port  = 1024\n    to_port    = 65535\n  }\n}\n',
      },
      {
        format: 'cdk-typescript',
        bad: "import * as ec2 from 'aws-cdk-lib/aws-ec2';\nconst acl = new ec2.NetworkAcl(this, 'Acl', { vpc });\nacl.addEntry('Https', { ruleNumber: 100, cidr: ec2.AclCidr.anyIpv4(), traffic: ec2.AclTraffic.tcpPort(443) });\n",
        good: "import * as ec2 from 'aws-cdk-lib/aws-ec2';\nconst acl = new ec2.NetworkAcl(this, 'Acl', { vpc });\nacl.addEntry('Https', { ruleNumber: 100, cidr: ec2.AclCidr.anyIpv4(), traffic: ec2.AclTraffic.tcpPort(443) });\nacl.addEntry('Replies', { ruleNumber: 100, cidr: ec2.AclCidr.anyIpv4(), traffic: ec2.AclTraffic.tcpPortRange(1024, 65535), direction: ec2.TrafficDirection.EGRESS });\n",
      },
    ],
  },

  check(nacl, context) {
    const read = readAclEntries(nacl, context.doc, context.text);
    if (!read) return;
    const tcp = read.entries.filter(e => e.protocol === 'tcp' || e.protocol === 'all');
    const missing = [false, true].flatMap(egress => missingReplies(tcp.filter(e => e.egress === egress), tcp.filter(e => e.egress !== egress)));
    // Widest peer first: one reply rule for it also serves the entries whose peers it holds.
    missing.sort((a, b) => Number(a.egress) - Number(b.egress) || a.cidr.prefix - b.cidr.prefix || a.ruleNumber - b.ruleNumber);
    const next = { ingress: nextNumber(read, 'ingress'), egress: nextNumber(read, 'egress') };
    // Names given to new entries by the findings of this ACL, so that applying them all stays valid.
    const given = new Set<string>();
    while (missing.length > 0) {
      const first = missing[0];
      const group = missing.filter(e => e.egress === first.egress && cidrCovers(first.cidr, e.cidr));
      for (const e of group) missing.splice(missing.indexOf(e), 1);
      const replyEgress = !first.egress;
      const direction = replyEgress ? 'egress' : 'ingress';
      const number = next[direction];
      if (number !== undefined) next[direction] = number + 10;
      const fix = number !== undefined && number <= MAX_RULE_NUMBER && !deniesReplies(tcp, replyEgress, first.cidr) ? replyFix(nacl, first, number, given, context) : undefined;
      const related: RelatedDescriptor[] = [
        { range: nacl.typeRange, messageId: replyEgress ? 'relatedOutbound' : 'relatedInbound', data: { nacl: nacl.name } },
        ...group.slice(1).map(e => ({ range: e.range, messageId: 'relatedEntry', data: { rule: e.ruleNumber } })),
      ];
      context.report({
        messageId: replyEgress ? 'noOutbound' : 'noInbound',
        data: { rule: first.ruleNumber, nacl: nacl.name, ports: portsText(first), cidr: first.cidr.text },
        range: first.range,
        resource: first.resource,
        related,
        ...(fix ? { fix } : {}),
      });
    }
  },
};

/** The forward entries of one direction whose replies no entry of the other direction lets through. */
function missingReplies(own: AclEntry[], back: AclEntry[]): AclEntry[] {
  const sorted = [...own].sort((a, b) => a.ruleNumber - b.ruleNumber);
  const allows = back.filter(e => e.allow);
  return sorted.filter(f => {
    if (!f.allow || f.protocol !== 'tcp' || mayBeReplies(f, allows)) return false;
    // Lower-numbered entries that decide all of its traffic make it dead: nothing to answer.
    const earlier = sorted.filter(e => e.ruleNumber < f.ruleNumber);
    if (blocksCover(f.cidr, f.ports, earlier)) return false;
    return !EPHEMERAL_RANGES.some(range => blocksCover(f.cidr, range, allows.filter(e => e.cidr.v6 === f.cidr.v6)));
  });
}

/**
 * An entry that may itself be there for replies is not asked for a twin: one holding a whole
 * ephemeral range, or one on high ports (part of a reply range split in two, or a narrow one)
 * towards a peer the other direction connects to.
 */
function mayBeReplies(f: AclEntry, otherAllows: readonly AclEntry[]): boolean {
  if (coversEphemeral(f.ports)) return true;
  return rangesOverlap(f.ports, HIGH_PORTS) && otherAllows.some(e => cidrsOverlap(e.cidr, f.cidr));
}

/** A deny in the reply direction that matches some replies: where a new allow would go is a judgement call. */
function deniesReplies(tcp: AclEntry[], egress: boolean, cidr: Cidr): boolean {
  return tcp.some(e => e.egress === egress && !e.allow && cidrsOverlap(e.cidr, cidr) && rangesOverlap(e.ports, RECOMMENDED_EPHEMERAL));
}

/** The next free round number after the direction's highest (100 when it has none). */
function nextNumber(read: AclEntries, direction: 'ingress' | 'egress'): number | undefined {
  const used = read.numbers[direction];
  if (!used) return undefined;
  return used.length === 0 ? 100 : Math.floor(Math.max(...used) / 10) * 10 + 10;
}

function portsText(e: AclEntry): string {
  return e.ports.from === e.ports.to ? String(e.ports.from) : `${e.ports.from}-${e.ports.to}`;
}

// ---- the fix ----------------------------------------------------------------------------------------

function replyFix(nacl: Resource, first: AclEntry, number: number, given: Set<string>, context: RuleContext): FixDescriptor | undefined {
  const egress = !first.egress;
  const data = { rule: number, cidr: first.cidr.text };
  const messageId = egress ? 'fixOutbound' : 'fixInbound';
  const reply: Reply = { egress, number, cidr: first.cidr, given };
  const target = { text: context.text, doc: context.doc };
  // New entries go after the ACL's last entry resource (or the ACL itself).
  const entries = linkedEntries(context.doc, nacl);
  const anchor = entries.at(-1) ?? nacl;
  switch (familyOf(nacl)) {
    case 'cloudformation': {
      const resource = nacl.format === 'cloudformation' ? cfnEntry(nacl, reply, context) : cdkL1Entry(nacl, reply, context);
      return resource && { messageId, data, edits: () => context.edits.addResource(target, resource, anchor) };
    }
    case 'terraform': {
      // Inline rules and aws_network_acl_rule resources on one ACL fight each other: extend the style in use.
      const inline = prop(nacl, 'ingress') !== undefined || prop(nacl, 'egress') !== undefined;
      if (inline && entries.length > 0) return undefined;
      if (inline) return { messageId, data, edits: () => inlineBlock(nacl, reply, context) };
      const resource = tfRule(nacl, reply, context);
      return { messageId, data, edits: () => context.edits.addResource(target, resource, anchor) };
    }
    case 'cdk': {
      const resource = cdkL2Entry(nacl, reply, context);
      return resource && { messageId, data, edits: () => context.edits.addResource(target, resource, anchor) };
    }
  }
}

interface Reply {
  egress: boolean;
  number: number;
  cidr: Cidr;
  /** Names already given to new entries of this ACL. */
  given: Set<string>;
}

/** `AclOutboundReplies`, then `…2`: a name no resource has yet, nor another fix for this ACL. */
function freshName(base: string, reply: Reply, context: RuleContext, separator = ''): string {
  const taken = (n: string) => reply.given.has(n) || context.doc.resources.some(r => r.name === n || r.name.endsWith(`.${n}`) || r.variable === n);
  let name = base;
  for (let i = 2; taken(name); i++) name = `${base}${separator}${i}`;
  reply.given.add(name);
  return name;
}

function cfnEntry(nacl: Resource, reply: Reply, context: RuleContext): NewResource {
  return {
    type: 'AWS::EC2::NetworkAclEntry',
    name: freshName(`${nacl.name}${reply.egress ? 'Outbound' : 'Inbound'}Replies`, reply, context),
    properties: {
      NetworkAclId: { $ref: nacl.name },
      RuleNumber: reply.number,
      Protocol: 6,
      RuleAction: 'allow',
      Egress: reply.egress,
      [reply.cidr.v6 ? 'Ipv6CidrBlock' : 'CidrBlock']: reply.cidr.text,
      PortRange: { From: RECOMMENDED_EPHEMERAL.from, To: RECOMMENDED_EPHEMERAL.to },
    },
  };
}

function cdkL1Entry(nacl: Resource, reply: Reply, context: RuleContext): NewResource | undefined {
  if (!nacl.variable) return undefined;
  return {
    type: 'ec2.CfnNetworkAclEntry',
    name: freshName(`${nacl.name}${reply.egress ? 'Outbound' : 'Inbound'}Replies`, reply, context),
    properties: {
      networkAclId: { $ref: nacl.name, attribute: 'ref' },
      ruleNumber: reply.number,
      protocol: 6,
      ruleAction: 'allow',
      egress: reply.egress,
      [reply.cidr.v6 ? 'ipv6CidrBlock' : 'cidrBlock']: reply.cidr.text,
      // An L1 struct given as a dict is passed as is, with the CloudFormation-style keys (`from`, not `from_`).
      portRange: { from: RECOMMENDED_EPHEMERAL.from, to: RECOMMENDED_EPHEMERAL.to },
    },
  };
}

/** Canonical CDK text (the edit helpers write it in the file's own terms, in TypeScript and Python). */
function cdkL2Entry(nacl: Resource, reply: Reply, context: RuleContext): NewResource | undefined {
  if (!nacl.variable) return undefined;
  const v = reply.cidr.v6 ? 6 : 4;
  const cidr = reply.cidr.text === (reply.cidr.v6 ? '::/0' : '0.0.0.0/0') ? `ec2.AclCidr.anyIpv${v}()` : `ec2.AclCidr.ipv${v}('${reply.cidr.text}')`;
  return {
    type: 'ec2.NetworkAclEntry',
    name: freshName(`${nacl.name}${reply.egress ? 'Outbound' : 'Inbound'}Replies`, reply, context),
    properties: {
      networkAcl: { $ref: nacl.name },
      ruleNumber: reply.number,
      cidr: { $raw: cidr },
      traffic: { $raw: `ec2.AclTraffic.tcpPortRange(${RECOMMENDED_EPHEMERAL.from}, ${RECOMMENDED_EPHEMERAL.to})` },
      direction: { $raw: `ec2.TrafficDirection.${reply.egress ? 'EGRESS' : 'INGRESS'}` },
      ruleAction: { $raw: 'ec2.Action.ALLOW' },
    },
  };
}

function tfRule(nacl: Resource, reply: Reply, context: RuleContext): NewResource {
  const local = nacl.name.split('.').pop()!;
  return {
    type: 'aws_network_acl_rule',
    name: freshName(`${local}_${reply.egress ? 'outbound' : 'inbound'}_replies`, reply, context, '_'),
    properties: {
      network_acl_id: { $ref: nacl.name, attribute: 'id' },
      rule_number: reply.number,
      egress: reply.egress,
      protocol: 'tcp',
      rule_action: 'allow',
      [reply.cidr.v6 ? 'ipv6_cidr_block' : 'cidr_block']: reply.cidr.text,
      from_port: RECOMMENDED_EPHEMERAL.from,
      to_port: RECOMMENDED_EPHEMERAL.to,
    },
  };
}

/** A new inline `ingress` / `egress` block on a Terraform `aws_network_acl`, after the last one of that direction. */
function inlineBlock(nacl: Resource, reply: Reply, context: RuleContext): TextEdit[] {
  const key = reply.egress ? 'egress' : 'ingress';
  const fields: [string, string][] = [
    ['protocol', '"tcp"'],
    ['rule_no', String(reply.number)],
    ['action', '"allow"'],
    [reply.cidr.v6 ? 'ipv6_cidr_block' : 'cidr_block', `"${reply.cidr.text}"`],
    ['from_port', String(RECOMMENDED_EPHEMERAL.from)],
    ['to_port', String(RECOMMENDED_EPHEMERAL.to)],
  ];
  const existing = prop(nacl, key);
  if (!existing) {
    const value: EditValue = Object.fromEntries(fields.map(([k, v]) => [k, k === 'rule_no' || k.endsWith('_port') ? Number(v) : JSON.parse(v) as string]));
    return context.edits.insertProperty({ text: context.text, doc: context.doc }, nacl, key, value);
  }
  // Another block of a direction already written: the edit helpers replace a property, so write it here.
  const blocks = existing.value.kind === 'list' ? existing.value.items : [existing.value];
  const last = blocks.at(-1);
  if (last?.kind !== 'map' || last.properties.length === 0) return [];
  const lines = context.text.split(/\r?\n/);
  // A block (`egress {`), not the attribute form (`egress = [{ … }]`) that blocks cannot join.
  if (!new RegExp(`^\\s*${key}\\s*\\{`).test(lines[last.range.start.line] ?? '')) return [];
  const indentOf = (line: number) => /^[ \t]*/.exec(lines[line] ?? '')![0];
  const outer = indentOf(last.range.start.line);
  const inner = indentOf(last.properties[0].range.start.line);
  if (inner.length <= outer.length || last.range.end.line === last.range.start.line) return [];
  const eol = context.text.includes('\r\n') ? '\r\n' : '\n';
  const width = Math.max(...fields.map(([k]) => k.length));
  const body = fields.map(([k, v]) => `${inner}${k.padEnd(width)} = ${v}`).join(eol);
  const at = last.range.end;
  return [{ range: { start: at, end: at }, newText: `${eol}${eol}${outer}${key} {${eol}${body}${eol}${outer}}` }];
}

export default rule;
