import rule from '../../../../src/core/rules/vpc/vpc-nacl-no-open-admin-ports';
import { dedent, runRuleTests } from '../ruleTester';

/** A CloudFormation NACL entry, indented to sit under `Resources:`. */
function entry(name: string, fields: string): string {
  return `  ${name}:\n    Type: AWS::EC2::NetworkAclEntry\n    Properties:\n      NetworkAclId: !Ref Acl\n${fields
    .trim()
    .split('\n')
    .map(l => `      ${l.trim().replace(/^\|/, '  ')}`)
    .join('\n')}\n`;
}

const ACL = 'Resources:\n  Acl:\n    Type: AWS::EC2::NetworkAcl\n    Properties:\n      VpcId: vpc-1234\n';

runRuleTests(rule, {
  valid: [
    {
      name: 'SSH from a known range, HTTPS from anywhere, outbound SSH',
      syntax: 'yaml',
      code:
        ACL +
        entry('Ssh', 'RuleNumber: 100\nProtocol: 6\nRuleAction: allow\nCidrBlock: 203.0.113.0/24\nPortRange:\n|From: 22\n|To: 22') +
        entry('Https', 'RuleNumber: 110\nProtocol: 6\nRuleAction: allow\nCidrBlock: 0.0.0.0/0\nPortRange:\n|From: 443\n|To: 443') +
        entry('SshOut', 'RuleNumber: 100\nProtocol: 6\nEgress: true\nRuleAction: allow\nCidrBlock: 0.0.0.0/0\nPortRange:\n|From: 22\n|To: 22') +
        entry('Dns', 'RuleNumber: 120\nProtocol: 17\nRuleAction: allow\nCidrBlock: 0.0.0.0/0\nPortRange:\n|From: 53\n|To: 53'),
    },
    {
      name: 'the replies rule holds 3389 but is there for replies',
      syntax: 'yaml',
      code:
        ACL +
        entry('Replies', 'RuleNumber: 100\nProtocol: 6\nRuleAction: allow\nCidrBlock: 0.0.0.0/0\nPortRange:\n|From: 1024\n|To: 65535') +
        entry('Replies6', 'RuleNumber: 110\nProtocol: 6\nRuleAction: allow\nIpv6CidrBlock: ::/0\nPortRange:\n|From: 1024\n|To: 65535'),
    },
    {
      name: 'UDP: SSH and RDP connect over TCP',
      syntax: 'yaml',
      code: ACL + entry('RdpUdp', 'RuleNumber: 100\nProtocol: 17\nRuleAction: allow\nIpv6CidrBlock: ::/0\nPortRange:\n|From: 0\n|To: 65535'),
    },
    {
      name: 'lower-numbered denies for 22 and 3389 make a later allow-all harmless',
      syntax: 'yaml',
      code:
        ACL +
        entry('DenySsh', 'RuleNumber: 50\nProtocol: 6\nRuleAction: deny\nCidrBlock: 0.0.0.0/0\nPortRange:\n|From: 22\n|To: 22') +
        entry('DenyRdp', 'RuleNumber: 60\nProtocol: "-1"\nRuleAction: deny\nCidrBlock: 0.0.0.0/0') +
        entry('All', 'RuleNumber: 100\nProtocol: -1\nRuleAction: allow\nCidrBlock: 0.0.0.0/0'),
    },
    {
      name: 'denies that together cover every source',
      syntax: 'yaml',
      code:
        ACL +
        entry('DenyLow', 'RuleNumber: 10\nProtocol: 6\nRuleAction: deny\nCidrBlock: 0.0.0.0/1\nPortRange:\n|From: 0\n|To: 1024') +
        entry('DenyHigh', 'RuleNumber: 20\nProtocol: 6\nRuleAction: deny\nCidrBlock: 128.0.0.0/1\nPortRange:\n|From: 22\n|To: 22') +
        entry('Ssh', 'RuleNumber: 100\nProtocol: 6\nRuleAction: allow\nCidrBlock: 0.0.0.0/0\nPortRange:\n|From: 22\n|To: 22'),
    },
    {
      name: 'an entry we cannot read: the order cannot be told',
      syntax: 'yaml',
      code:
        'Parameters:\n  AdminCidr:\n    Type: String\n' +
        ACL +
        entry('Deny', 'RuleNumber: 50\nProtocol: 6\nRuleAction: deny\nCidrBlock: !Ref AdminCidr\nPortRange:\n|From: 22\n|To: 22') +
        entry('Ssh', 'RuleNumber: 100\nProtocol: 6\nRuleAction: allow\nCidrBlock: 0.0.0.0/0\nPortRange:\n|From: 22\n|To: 22'),
    },
    {
      name: 'an entry whose ACL we cannot resolve may be a deny of this one',
      syntax: 'yaml',
      code:
        ACL +
        entry('Ssh', 'RuleNumber: 100\nProtocol: 6\nRuleAction: allow\nCidrBlock: 0.0.0.0/0\nPortRange:\n|From: 22\n|To: 22') +
        '  Other:\n    Type: AWS::EC2::NetworkAclEntry\n    Properties:\n      NetworkAclId: !Select [0, !Ref Acls]\n      RuleNumber: 50\n      Protocol: 6\n      RuleAction: deny\n      CidrBlock: 0.0.0.0/0\n      PortRange:\n        From: 22\n        To: 22\n',
    },
    {
      name: 'an entry of an ACL made elsewhere',
      syntax: 'yaml',
      code:
        'Parameters:\n  OtherAcl:\n    Type: String\n' +
        ACL +
        '  Ssh:\n    Type: AWS::EC2::NetworkAclEntry\n    Properties:\n      NetworkAclId: !Ref OtherAcl\n      RuleNumber: 100\n      Protocol: 6\n      RuleAction: allow\n      CidrBlock: 0.0.0.0/0\n      PortRange:\n        From: 22\n        To: 22\n',
    },
    {
      syntax: 'json',
      code: '{\n  "Resources": {\n    "Acl": { "Type": "AWS::EC2::NetworkAcl", "Properties": { "VpcId": "vpc-1234" } },\n    "Ssh": {\n      "Type": "AWS::EC2::NetworkAclEntry",\n      "Properties": { "NetworkAclId": { "Ref": "Acl" }, "RuleNumber": 100, "Protocol": 6, "RuleAction": "allow", "CidrBlock": "10.0.0.0/8", "PortRange": { "From": 22, "To": 22 } }\n    }\n  }\n}\n',
    },
    {
      name: 'inline denies first, IPv6 too',
      syntax: 'terraform',
      code: dedent(`
        resource "aws_network_acl" "public" {
          vpc_id = aws_vpc.main.id

          ingress {
            protocol   = "tcp"
            rule_no    = 50
            action     = "deny"
            cidr_block = "0.0.0.0/0"
            from_port  = 22
            to_port    = 3389
          }

          ingress {
            protocol        = "-1"
            rule_no         = 60
            action          = "deny"
            ipv6_cidr_block = "::/0"
            from_port       = 0
            to_port         = 0
          }

          ingress {
            protocol   = "-1"
            rule_no    = 100
            action     = "allow"
            cidr_block = "0.0.0.0/0"
            from_port  = 0
            to_port    = 0
          }

          ingress {
            protocol        = "-1"
            rule_no         = 110
            action          = "allow"
            ipv6_cidr_block = "::/0"
            from_port       = 0
            to_port         = 0
          }
        }
      `),
    },
    {
      name: 'dynamic blocks, repeated rules, an ACL id through a local: cannot tell',
      syntax: 'terraform',
      code: dedent(`
        locals {
          acl_id = aws_network_acl.private.id
        }

        resource "aws_network_acl" "public" {
          vpc_id = aws_vpc.main.id

          dynamic "ingress" {
            for_each = var.rules
            content {
              protocol   = "tcp"
              rule_no    = ingress.value.number
              action     = "allow"
              cidr_block = "0.0.0.0/0"
              from_port  = 22
              to_port    = 22
            }
          }
        }

        resource "aws_network_acl" "private" {
          vpc_id = aws_vpc.main.id
        }

        resource "aws_network_acl_rule" "ssh" {
          network_acl_id = aws_network_acl.private.id
          rule_number    = 100
          protocol       = "tcp"
          rule_action    = "allow"
          cidr_block     = "0.0.0.0/0"
          from_port      = 22
          to_port        = 22
        }

        resource "aws_network_acl_rule" "deny_ssh" {
          network_acl_id = local.acl_id
          rule_number    = 50
          protocol       = "tcp"
          rule_action    = "deny"
          cidr_block     = "0.0.0.0/0"
          from_port      = 22
          to_port        = 22
        }
      `),
    },
    {
      name: 'a deny first; a loop the model does not read',
      syntax: 'typescript',
      code: dedent(`
        import * as ec2 from 'aws-cdk-lib/aws-ec2';
        const acl = new ec2.NetworkAcl(this, 'Acl', { vpc });
        acl.addEntry('DenySsh', { ruleNumber: 50, cidr: ec2.AclCidr.anyIpv4(), traffic: ec2.AclTraffic.tcpPortRange(22, 3389), ruleAction: ec2.Action.DENY });
        acl.addEntry('All', { ruleNumber: 100, cidr: ec2.AclCidr.anyIpv4(), traffic: ec2.AclTraffic.allTraffic() });
        const other = new ec2.NetworkAcl(this, 'Other', { vpc });
        other.addEntry('Ssh', { ruleNumber: 100, cidr: ec2.AclCidr.anyIpv4(), traffic: ec2.AclTraffic.tcpPort(22) });
        for (const p of blocked) other.addEntry(\`Deny\${p}\`, { ruleNumber: p, cidr: ec2.AclCidr.anyIpv4(), traffic: ec2.AclTraffic.tcpPort(p), ruleAction: ec2.Action.DENY });
      `),
    },
    {
      syntax: 'python',
      code: dedent(`
        from aws_cdk import aws_ec2 as ec2
        acl = ec2.NetworkAcl(self, "Acl", vpc=vpc)
        acl.add_entry("Ssh", rule_number=100, cidr=ec2.AclCidr.ipv4("10.0.0.0/8"), traffic=ec2.AclTraffic.tcp_port(22))
        acl.add_entry("Ping", rule_number=110, cidr=ec2.AclCidr.any_ipv4(), traffic=ec2.AclTraffic.icmp(code=-1, type=-1))
      `),
    },
  ],
  invalid: [
    {
      name: 'SSH from anywhere, an ICMP entry with an unreadable type beside it',
      syntax: 'yaml',
      code:
        ACL +
        entry('Ssh', 'RuleNumber: 100\nProtocol: 6\nRuleAction: allow\nCidrBlock: 0.0.0.0/0\nPortRange:\n|From: "22"\n|To: "22"') +
        entry('Ping', 'RuleNumber: 110\nProtocol: 1\nRuleAction: allow\nCidrBlock: 0.0.0.0/0\nIcmp:\n|Type: !Ref PingType\n|Code: -1'),
      errors: [{ messageId: 'adminPorts', line: 13, column: 18, endLine: 13, endColumn: 27, data: { rule: 100, nacl: 'Acl', cidr: '0.0.0.0/0', ports: 'SSH (22)' } }],
      output: null,
    },
    {
      name: 'a deny for SSH only leaves RDP of an allow-all open',
      syntax: 'yaml',
      code:
        ACL +
        entry('DenySsh', 'RuleNumber: 50\nProtocol: 6\nRuleAction: deny\nCidrBlock: 0.0.0.0/0\nPortRange:\n|From: 22\n|To: 22') +
        entry('All', 'RuleNumber: 100\nProtocol: -1\nRuleAction: allow\nCidrBlock: 0.0.0.0/0'),
      errors: [{ messageId: 'adminPorts', line: 24, column: 18, endLine: 24, endColumn: 27, data: { rule: 100, nacl: 'Acl', cidr: '0.0.0.0/0', ports: 'RDP (3389)' } }],
    },
    {
      name: 'a deny for part of the internet leaves the rest open; a later allow is not reported twice',
      syntax: 'yaml',
      code:
        ACL +
        entry('DenyBad', 'RuleNumber: 50\nProtocol: 6\nRuleAction: deny\nCidrBlock: 198.51.100.0/24\nPortRange:\n|From: 0\n|To: 65535') +
        entry('All', 'RuleNumber: 100\nProtocol: "-1"\nRuleAction: allow\nCidrBlock: 0.0.0.0/0') +
        entry('Ssh', 'RuleNumber: 200\nProtocol: 6\nRuleAction: allow\nCidrBlock: 0.0.0.0/0\nPortRange:\n|From: 22\n|To: 22'),
      errors: [{ messageId: 'allPorts', line: 24, column: 18, endLine: 24, endColumn: 27, data: { rule: 100, nacl: 'Acl', cidr: '0.0.0.0/0' } }],
    },
    {
      name: 'IPv6',
      syntax: 'yaml',
      code: ACL + entry('Rdp6', 'RuleNumber: 100\nProtocol: 6\nRuleAction: allow\nIpv6CidrBlock: ::/0\nPortRange:\n|From: 3389\n|To: 3389'),
      errors: [{ messageId: 'adminPorts', line: 13, column: 22, endLine: 13, endColumn: 26, data: { rule: 100, nacl: 'Acl', cidr: '::/0', ports: 'RDP (3389)' } }],
    },
    {
      syntax: 'json',
      code: '{\n  "Resources": {\n    "Acl": { "Type": "AWS::EC2::NetworkAcl", "Properties": { "VpcId": "vpc-1234" } },\n    "Ssh": {\n      "Type": "AWS::EC2::NetworkAclEntry",\n      "Properties": { "NetworkAclId": { "Ref": "Acl" }, "RuleNumber": 100, "Protocol": 6, "RuleAction": "allow", "CidrBlock": "0.0.0.0/0", "PortRange": { "From": 0, "To": 1024 } }\n    }\n  }\n}\n',
      errors: [{ messageId: 'adminPorts', line: 6, column: 127, endLine: 6, endColumn: 138, data: { rule: 100, nacl: 'Acl', cidr: '0.0.0.0/0', ports: 'SSH (22)' } }],
    },
    {
      name: 'inline allow-all, a rule resource for RDP',
      syntax: 'terraform',
      code: dedent(`
        resource "aws_network_acl" "public" {
          vpc_id = aws_vpc.main.id

          ingress {
            protocol   = -1
            rule_no    = 100
            action     = "allow"
            cidr_block = "0.0.0.0/0"
            from_port  = 0
            to_port    = 0
          }
        }

        resource "aws_network_acl" "private" {
          vpc_id = aws_vpc.main.id
        }

        resource "aws_network_acl_rule" "rdp" {
          network_acl_id = aws_network_acl.private.id
          rule_number    = 100
          egress         = false
          protocol       = "tcp"
          rule_action    = "allow"
          cidr_block     = "0.0.0.0/0"
          from_port      = 3389
          to_port        = 3389
        }
      `),
      errors: [
        { messageId: 'allPorts', line: 8, column: 18, endLine: 8, endColumn: 29, data: { rule: 100, nacl: 'aws_network_acl.public', cidr: '0.0.0.0/0' } },
        { messageId: 'adminPorts', line: 24, column: 20, endLine: 24, endColumn: 31, data: { rule: 100, nacl: 'aws_network_acl.private', cidr: '0.0.0.0/0', ports: 'RDP (3389)' } },
      ],
    },
    {
      name: 'addEntry and a NetworkAclEntry construct',
      syntax: 'typescript',
      code: dedent(`
        import * as ec2 from 'aws-cdk-lib/aws-ec2';
        const acl = new ec2.NetworkAcl(this, 'Acl', { vpc });
        acl.addEntry('Ssh', { ruleNumber: 100, cidr: ec2.AclCidr.anyIpv4(), traffic: ec2.AclTraffic.tcpPort(22), direction: ec2.TrafficDirection.INGRESS });
        new ec2.NetworkAclEntry(this, 'Low', { networkAcl: acl, ruleNumber: 110, cidr: ec2.AclCidr.anyIpv6(), traffic: ec2.AclTraffic.tcpPortRange(0, 1024) });
      `),
      errors: [
        { messageId: 'adminPorts', line: 3, column: 46, endLine: 3, endColumn: 67, data: { rule: 100, nacl: 'Acl', cidr: '0.0.0.0/0', ports: 'SSH (22)' } },
        { messageId: 'adminPorts', line: 4, column: 80, endLine: 4, endColumn: 101, data: { rule: 110, nacl: 'Acl', cidr: '::/0', ports: 'SSH (22)' } },
      ],
    },
    {
      name: 'L1 constructs',
      syntax: 'typescript',
      code: dedent(`
        import * as ec2 from 'aws-cdk-lib/aws-ec2';
        const acl = new ec2.CfnNetworkAcl(this, 'Acl', { vpcId: 'vpc-1234' });
        new ec2.CfnNetworkAclEntry(this, 'All', { networkAclId: acl.ref, ruleNumber: 100, protocol: -1, ruleAction: 'allow', cidrBlock: '0.0.0.0/0' });
      `),
      errors: [{ messageId: 'allPorts', line: 3, column: 129, endLine: 3, endColumn: 140, data: { rule: 100, nacl: 'Acl', cidr: '0.0.0.0/0' } }],
    },
    {
      syntax: 'python',
      code: dedent(`
        from aws_cdk import aws_ec2 as ec2
        acl = ec2.NetworkAcl(self, "Acl", vpc=vpc)
        acl.add_entry("Rdp", rule_number=100, cidr=ec2.AclCidr.any_ipv4(), traffic=ec2.AclTraffic.tcp_port(3389))
        l1 = ec2.CfnNetworkAcl(self, "L1", vpc_id="vpc-1234")
        ec2.CfnNetworkAclEntry(self, "Ssh", network_acl_id=l1.ref, rule_number=100, protocol=6, rule_action="allow", cidr_block="0.0.0.0/0", port_range=ec2.CfnNetworkAclEntry.PortRangeProperty(from_=22, to=22))
      `),
      errors: [
        { messageId: 'adminPorts', line: 3, column: 44, endLine: 3, endColumn: 66, data: { rule: 100, nacl: 'Acl', cidr: '0.0.0.0/0', ports: 'RDP (3389)' } },
        { messageId: 'adminPorts', line: 5, column: 121, endLine: 5, endColumn: 132, data: { rule: 100, nacl: 'L1', cidr: '0.0.0.0/0', ports: 'SSH (22)' } },
      ],
    },
  ],
});
