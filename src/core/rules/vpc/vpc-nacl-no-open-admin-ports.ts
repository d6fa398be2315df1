/**
 * A network ACL that lets SSH (22) or RDP (3389) in from the whole internet (`0.0.0.0/0`, `::/0`),
 * by a port, a range or an all-traffic entry, like AWS Config's nacl-no-unrestricted-ssh-rdp
 * (Security Hub EC2.21) — over TCP, which both connect over (Config also counts UDP; RDP's UDP
 * transport cannot be used without the TCP connection). NACL entries are evaluated from the lowest
 * rule number up and the first match decides, so an entry is reported only for the admin ports
 * whose traffic from somewhere on the internet reaches it: a lower-numbered deny (or allow) that
 * already decides that traffic for every source makes it harmless (or reported there instead).
 * The replies rule (TCP 1024-65535 or another range from 1024 up holding the ephemeral ports) is
 * not reported for the RDP port inside it.
 */
import { readAclEntries, type AclEntry } from '../helpers/networkAclEntries';
import { ADMIN_PORTS, carriesTcp, coversEphemeral, isAllPorts, isAnywhere, portLabels, unionCovers } from '../helpers/network';
import type { RuleModule } from '../ruleTypes';

const rule: RuleModule = {
  meta: {
    id: 'vpc-nacl-no-open-admin-ports',
    category: 'security',
    defaultSeverity: 'warning',
    appliesTo: ['aws.ec2.network-acl'],
    formats: ['cloudformation', 'terraform', 'cdk'],
    knowledge: ['network-acl', 'bastion-host'],
    messages: {
      adminPorts: {
        en: 'Rule {rule} of network ACL {nacl} lets {ports} in from anywhere ({cidr}).',
        ko: '네트워크 ACL {nacl}의 {rule}번 규칙이 인터넷 어디서나({cidr}) 들어오는 {ports} 트래픽을 허용합니다.',
      },
      allPorts: {
        en: 'Rule {rule} of network ACL {nacl} lets every port in from anywhere ({cidr}), SSH (22) and RDP (3389) included.',
        ko: '네트워크 ACL {nacl}의 {rule}번 규칙이 인터넷 어디서나({cidr}) 들어오는 모든 포트의 트래픽을 허용합니다. SSH(22)와 RDP(3389)도 포함됩니다.',
      },
    },
    why: {
      en: 'A network ACL is the subnet\'s guardrail: when it lets SSH or RDP in from the whole internet, a single security group mistake is enough to expose an instance to brute force and exploit scanning. AWS Config (nacl-no-unrestricted-ssh-rdp) and Security Hub (EC2.21) flag the same (they also count UDP; this rule looks at TCP, which SSH and RDP connect over). Entries are evaluated in rule-number order and the first match wins, so a lower-numbered deny for that traffic makes a later allow harmless; only the entry that actually lets the traffic in is reported. The inbound replies rule (TCP 1024-65535) is not reported for the RDP port it contains.',
      ko: '네트워크 ACL은 서브넷의 안전장치입니다. 인터넷 전체에서 SSH나 RDP를 들여보내면 보안 그룹 실수 하나만으로 인스턴스가 무차별 대입과 취약점 스캔에 노출됩니다. AWS Config(nacl-no-unrestricted-ssh-rdp)와 Security Hub(EC2.21)도 같은 항목을 검사합니다(이들은 UDP도 보지만, 이 규칙은 SSH와 RDP가 연결에 쓰는 TCP를 봅니다). 규칙은 번호 순서로 평가되고 처음 일치한 규칙이 결정하므로, 번호가 더 낮은 거부 규칙이 그 트래픽을 막으면 뒤의 허용 규칙은 문제가 되지 않습니다. 실제로 트래픽을 들여보내는 규칙만 알려 줍니다. 응답용 인바운드 규칙(TCP 1024-65535)은 그 안에 든 RDP 포트 때문에 알리지 않습니다.',
    },
    howToFix: {
      en: 'Narrow the entry\'s CIDR to the addresses that administer the subnet, or add a lower-numbered `deny` for TCP 22 and 3389 from `0.0.0.0/0` (and `::/0`) before a broad allow. Better still, reach instances with Session Manager and allow no admin port at all.',
      ko: '규칙의 CIDR을 서브넷을 관리하는 주소로 좁히거나, 넓은 허용 규칙보다 번호가 낮은 `deny` 규칙으로 `0.0.0.0/0`(및 `::/0`)에서 오는 TCP 22, 3389를 막으세요. 더 좋게는 Session Manager로 접속하고 관리 포트를 아예 열지 마세요.',
    },
    fixable: [],
    examples: [
      {
        format: 'cloudformation',
        bad: 'Resources:\n  Acl:\n    Type: AWS::EC2::NetworkAcl\n    Properties:\n      VpcId: vpc-1234\n  Ssh:\n    Type: AWS::EC2::NetworkAclEntry\n    Properties:\n      NetworkAclId: !Ref Acl\n      RuleNumber: 100\n      Protocol: 6\n      RuleAction: allow\n      CidrBlock: 0.0.0.0/0\n      PortRange:\n        From: 22\n        To: 22\n',
        good: 'Resources:\n  Acl:\n    Type: AWS::EC2::NetworkAcl\n    Properties:\n      VpcId: vpc-1234\n  Ssh:\n    Type: AWS::EC2::NetworkAclEntry\n    Properties:\n      NetworkAclId: !Ref Acl\n      RuleNumber: 100\n      Protocol: 6\n      RuleAction: allow\n      CidrBlock: 203.0.113.0/24\n      PortRange:\n        From: 22\n        To: 22\n',
      },
      {
        format: 'terraform',
        bad: 'resource "aws_network_acl" "public" {\n  vpc_id = "vpc-1234"\n\n  ingress {\n    protocol   = "-1"\n    rule_no    = 100\n    action     = "allow"\n    cidr_block = "0.0.0.0/0"\n    from_port  = 0\n    to_port    = 0\n  }\n}\n',
        good: 'resource "aws_network_acl" "public" {\n  vpc_id = "vpc-1234"\n\n  ingress {\n    protocol   = "tcp"\n    rule_no    = 100\n    action     = "allow"\n    cidr_block = "0.0.0.0/0"\n    from_port  = 443\n    to_port    = 443\n  }\n}\n',
      },
      {
        format: 'cdk-typescript',
        bad: "import * as ec2 from 'aws-cdk-lib/aws-ec2';\nconst acl = new ec2.NetworkAcl(this, 'Acl', { vpc });\nacl.addEntry('Rdp', { ruleNumber: 100, cidr: ec2.AclCidr.anyIpv4(), traffic: ec2.AclTraffic.tcpPort(3389) });\n",
        good: "import * as ec2 from 'aws-cdk-lib/aws-ec2';\nconst acl = new ec2.NetworkAcl(this, 'Acl', { vpc });\nacl.addEntry('Rdp', { ruleNumber: 100, cidr: ec2.AclCidr.ipv4('10.0.0.0/16'), traffic: ec2.AclTraffic.tcpPort(3389) });\n",
      },
    ],
  },

  check(nacl, context) {
    const read = readAclEntries(nacl, context.doc, context.text);
    if (!read) return;
    const inbound = read.entries.filter(e => !e.egress).sort((a, b) => a.ruleNumber - b.ruleNumber);
    for (const entry of inbound) {
      if (!entry.allow || !isAnywhere(entry.cidr) || isReplyRange(entry)) continue;
      const open = ADMIN_PORTS.map(a => a.port).filter(port => reaches(entry, port, inbound));
      if (open.length === 0) continue;
      const everyPort = open.length === ADMIN_PORTS.length && isAllPorts(entry.ports);
      context.report({
        messageId: everyPort ? 'allPorts' : 'adminPorts',
        data: { nacl: nacl.name, rule: entry.ruleNumber, cidr: entry.cidr.text, ports: portLabels(open) },
        range: entry.cidrRange,
        resource: entry.resource,
      });
    }
  },
};

/**
 * TCP from 1024 up over a whole ephemeral range: the rule AWS recommends for replies (and the one
 * vpc-nacl-return-traffic adds). It holds 3389, but is there for replies, not for RDP.
 */
function isReplyRange(entry: AclEntry): boolean {
  return entry.protocol === 'tcp' && entry.ports.from >= 1024 && coversEphemeral(entry.ports);
}

/**
 * Whether TCP traffic to `port` from somewhere on the internet is decided by `entry`: it matches
 * the entry, and the lower-numbered entries that match it (allow or deny) leave some sources over.
 */
function reaches(entry: AclEntry, port: number, inbound: readonly AclEntry[]): boolean {
  if (!carriesTcp(entry.protocol) || port < entry.ports.from || port > entry.ports.to) return false;
  const earlier = inbound.filter(
    e =>
      e.ruleNumber < entry.ruleNumber &&
      e.cidr.v6 === entry.cidr.v6 &&
      carriesTcp(e.protocol) &&
      e.ports.from <= port &&
      port <= e.ports.to,
  );
  return !unionCovers(entry.cidr, earlier.map(e => e.cidr));
}

export default rule;
