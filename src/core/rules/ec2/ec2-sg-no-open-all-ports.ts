/**
 * A security group entry that opens every port to the whole internet: all protocols (`-1`,
 * `ec2.Port.allTraffic()`), or every TCP / UDP port (`0-65535`, `ec2.Port.allTcp()`).
 * Policy with ec2-sg-no-open-admin-ports: such an entry is reported here only, once. Because all
 * traffic and all TCP include SSH and RDP, those findings are errors; every UDP port is the
 * default warning.
 */
import { isAllPorts } from '../helpers/network';
import { openIngress } from '../helpers/securityGroupRules';
import type { RuleModule } from '../ruleTypes';

const rule: RuleModule = {
  meta: {
    id: 'ec2-sg-no-open-all-ports',
    category: 'security',
    defaultSeverity: 'warning',
    appliesTo: ['*'],
    formats: ['cloudformation', 'terraform', 'cdk'],
    knowledge: ['security-groups'],
    messages: {
      allTraffic: {
        en: '{name} allows all traffic from anywhere ({cidrs}), SSH and RDP included.',
        ko: '{name}: 인터넷 어디서나({cidrs}) 모든 트래픽을 허용합니다. SSH와 RDP도 포함됩니다.',
      },
      allTcp: {
        en: '{name} opens every TCP port to anywhere ({cidrs}), SSH and RDP included.',
        ko: '{name}: 인터넷 어디서나({cidrs}) 모든 TCP 포트에 접속할 수 있습니다. SSH와 RDP도 포함됩니다.',
      },
      allUdp: {
        en: '{name} opens every UDP port to anywhere ({cidrs}).',
        ko: '{name}: 인터넷 어디서나({cidrs}) 모든 UDP 포트에 접속할 수 있습니다.',
      },
    },
    why: {
      en: 'A security group is the instance\'s own firewall; opening every port to the internet exposes every service that listens, including ones nobody meant to publish (databases, admin consoles, debug ports). Allow only the ports the workload serves. Because all traffic and all TCP ports include SSH and RDP, those entries are reported as errors (and not a second time by `ec2-sg-no-open-admin-ports`).',
      ko: '보안 그룹은 인스턴스 자체의 방화벽입니다. 모든 포트를 인터넷에 열면 데이터베이스, 관리 콘솔, 디버그 포트처럼 공개할 생각이 없던 서비스까지 모두 드러납니다. 워크로드가 실제로 제공하는 포트만 허용하세요. 모든 트래픽과 모든 TCP 포트에는 SSH와 RDP가 포함되므로 이런 항목은 오류로 알려 주며, `ec2-sg-no-open-admin-ports`가 한 번 더 알리지는 않습니다.',
    },
    howToFix: {
      en: 'Replace the entry with one per port the workload serves (CloudFormation `IpProtocol: tcp` with `FromPort`/`ToPort`; CDK `ec2.Port.tcp(443)`), and restrict the source where you can.',
      ko: '이 항목을 워크로드가 제공하는 포트별 항목으로 바꾸고(CloudFormation `IpProtocol: tcp`와 `FromPort`/`ToPort`, CDK `ec2.Port.tcp(443)`), 가능하면 출발지도 좁히세요.',
    },
    fixable: [],
    examples: [
      {
        format: 'cloudformation',
        bad: 'Resources:\n  Web:\n    Type: AWS::EC2::SecurityGroup\n    Properties:\n      GroupDescription: web\n      SecurityGroupIngress:\n        - IpProtocol: "-1"\n          CidrIp: 0.0.0.0/0\n',
        good: 'Resources:\n  Web:\n    Type: AWS::EC2::SecurityGroup\n    Properties:\n      GroupDescription: web\n      SecurityGroupIngress:\n        - IpProtocol: tcp\n          FromPort: 443\n          ToPort: 443\n          CidrIp: 0.0.0.0/0\n',
      },
      {
        format: 'terraform',
        bad: 'resource "aws_security_group_rule" "all" {\n  type              = "ingress"\n  protocol          = "-1"\n  from_port         = 0\n  to_port           = 0\n  cidr_blocks       = ["0.0.0.0/0"]\n  security_group_id = aws_security_group.web.id\n}\n',
        good: 'resource "aws_security_group_rule" "https" {\n  type              = "ingress"\n  protocol          = "tcp"\n  from_port         = 443\n  to_port           = 443\n  cidr_blocks       = ["0.0.0.0/0"]\n  security_group_id = aws_security_group.web.id\n}\n',
      },
      {
        format: 'cdk-typescript',
        bad: "import * as ec2 from 'aws-cdk-lib/aws-ec2';\nconst sg = new ec2.SecurityGroup(this, 'Web', { vpc });\nsg.addIngressRule(ec2.Peer.anyIpv4(), ec2.Port.allTraffic());\n",
        good: "import * as ec2 from 'aws-cdk-lib/aws-ec2';\nconst sg = new ec2.SecurityGroup(this, 'Web', { vpc });\nsg.addIngressRule(ec2.Peer.anyIpv4(), ec2.Port.tcp(443));\n",
      },
    ],
  },

  check(resource, context) {
    for (const open of openIngress(resource)) {
      const { protocol, ports } = open.traffic;
      const data = { name: open.resource.name, cidrs: open.cidrs.join(', ') };
      if (protocol === 'all') context.report({ messageId: 'allTraffic', data, range: open.range, severity: 'error' });
      else if (protocol === 'tcp' && isAllPorts(ports)) context.report({ messageId: 'allTcp', data, range: open.range, severity: 'error' });
      else if (protocol === 'udp' && isAllPorts(ports)) context.report({ messageId: 'allUdp', data, range: open.range });
    }
  },
};

export default rule;
