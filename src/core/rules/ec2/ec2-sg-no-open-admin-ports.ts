/**
 * SSH (22) and RDP (3389) open to the whole internet (`0.0.0.0/0`, `::/0`) in a security group:
 * a single port, a range that holds one, or (CDK) `ec2.Port.SSH`. Entries that open *every* port
 * (all protocols, all TCP) are left to ec2-sg-no-open-all-ports, which says exactly that and
 * reports them as errors too: one entry, one finding.
 * Runs on every block (`*`) because in CDK any construct with `connections` (an instance, a load
 * balancer, a database) can open a port with `connections.allowFrom(ec2.Peer.anyIpv4(), …)`.
 */
import { ADMIN_PORTS, carriesTcp, isAllPorts, portLabels } from '../helpers/network';
import { openIngress } from '../helpers/securityGroupRules';
import type { RuleModule } from '../ruleTypes';

const rule: RuleModule = {
  meta: {
    id: 'ec2-sg-no-open-admin-ports',
    category: 'security',
    defaultSeverity: 'error',
    appliesTo: ['*'],
    formats: ['cloudformation', 'terraform', 'cdk'],
    knowledge: ['security-groups', 'bastion-host'],
    messages: {
      open: {
        en: '{name} lets anyone on the internet ({cidrs}) reach {ports}.',
        ko: '{name}: 인터넷 어디서나({cidrs}) {ports}에 접속할 수 있습니다.',
      },
    },
    why: {
      en: 'Scanners find SSH and RDP within minutes of exposure and try stolen or guessed credentials and known exploits against them. Administrative access should come only from known addresses, or better through no open port at all: Systems Manager Session Manager or EC2 Instance Connect Endpoint. Security Hub reports the same as EC2.13 and EC2.14. An entry that opens every port is reported by `ec2-sg-no-open-all-ports` instead.',
      ko: 'SSH와 RDP는 노출되면 몇 분 안에 스캐너에 발견되어 유출되거나 추측한 자격 증명, 알려진 취약점 공격을 받습니다. 관리용 접속은 알려진 주소에서만 허용하거나, 더 좋게는 포트를 아예 열지 않는 Systems Manager Session Manager나 EC2 Instance Connect Endpoint를 쓰세요. Security Hub의 EC2.13, EC2.14 제어와 같은 검사입니다. 모든 포트를 여는 항목은 `ec2-sg-no-open-all-ports`가 대신 알려 줍니다.',
    },
    howToFix: {
      en: 'Replace `0.0.0.0/0` / `::/0` with the CIDR of your office or VPN (CDK: `ec2.Peer.ipv4(\'203.0.113.0/24\')`), a managed prefix list, or a bastion\'s security group — or remove the rule and connect with Session Manager.',
      ko: '`0.0.0.0/0` / `::/0`을 사무실이나 VPN의 CIDR(CDK: `ec2.Peer.ipv4(\'203.0.113.0/24\')`), 관리형 접두사 목록, 배스천 호스트의 보안 그룹으로 바꾸거나, 규칙을 지우고 Session Manager로 접속하세요.',
    },
    fixable: [],
    examples: [
      {
        format: 'cloudformation',
        bad: 'Resources:\n  Web:\n    Type: AWS::EC2::SecurityGroup\n    Properties:\n      GroupDescription: web\n      SecurityGroupIngress:\n        - IpProtocol: tcp\n          FromPort: 22\n          ToPort: 22\n          CidrIp: 0.0.0.0/0\n',
        good: 'Resources:\n  Web:\n    Type: AWS::EC2::SecurityGroup\n    Properties:\n      GroupDescription: web\n      SecurityGroupIngress:\n        - IpProtocol: tcp\n          FromPort: 22\n          ToPort: 22\n          CidrIp: 203.0.113.0/24\n',
      },
      {
        format: 'terraform',
        bad: 'resource "aws_security_group" "web" {\n  ingress {\n    protocol    = "tcp"\n    from_port   = 3389\n    to_port     = 3389\n    cidr_blocks = ["0.0.0.0/0"]\n  }\n}\n',
        good: 'resource "aws_security_group" "web" {\n  ingress {\n    protocol    = "tcp"\n    from_port   = 3389\n    to_port     = 3389\n    cidr_blocks = ["10.0.0.0/16"]\n  }\n}\n',
      },
      {
        format: 'cdk-typescript',
        bad: "import * as ec2 from 'aws-cdk-lib/aws-ec2';\nconst sg = new ec2.SecurityGroup(this, 'Web', { vpc });\nsg.addIngressRule(ec2.Peer.anyIpv4(), ec2.Port.tcp(22));\n",
        good: "import * as ec2 from 'aws-cdk-lib/aws-ec2';\nconst sg = new ec2.SecurityGroup(this, 'Web', { vpc });\nsg.addIngressRule(ec2.Peer.ipv4('203.0.113.0/24'), ec2.Port.tcp(22));\n",
      },
    ],
  },

  check(resource, context) {
    for (const open of openIngress(resource)) {
      const { protocol, ports } = open.traffic;
      // Every port: ec2-sg-no-open-all-ports reports it.
      if (protocol === 'all' || (protocol === 'tcp' && isAllPorts(ports))) continue;
      if (!carriesTcp(protocol)) continue;
      const reached = ADMIN_PORTS.filter(a => ports.from <= a.port && a.port <= ports.to).map(a => a.port);
      if (reached.length === 0) continue;
      context.report({
        messageId: 'open',
        data: { name: open.resource.name, cidrs: open.cidrs.join(', '), ports: portLabels(reached) },
        range: open.range,
      });
    }
  },
};

export default rule;
