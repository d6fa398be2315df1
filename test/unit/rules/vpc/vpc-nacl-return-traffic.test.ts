import * as assert from 'node:assert/strict';
import { parseDocument } from '../../../../src/core/iac/parseDocument';
import { lint } from '../../../../src/core/rules/engine';
import rule from '../../../../src/core/rules/vpc/vpc-nacl-return-traffic';
import { dedent, runRuleTests } from '../ruleTester';

/** A CloudFormation NACL entry under `Resources:`; `|` marks a line one level deeper. */
function entry(name: string, fields: string, acl = '!Ref Acl'): string {
  return `  ${name}:\n    Type: AWS::EC2::NetworkAclEntry\n    Properties:\n      NetworkAclId: ${acl}\n${fields
    .trim()
    .split('\n')
    .map(l => `      ${l.trim().replace(/^\|/, '  ')}`)
    .join('\n')}\n`;
}

const ACL = 'Resources:\n  Acl:\n    Type: AWS::EC2::NetworkAcl\n    Properties:\n      VpcId: vpc-1234\n';
const HTTPS_IN = entry('HttpsIn', 'RuleNumber: 100\nProtocol: 6\nRuleAction: allow\nCidrBlock: 0.0.0.0/0\nPortRange:\n|From: 443\n|To: 443');
const HTTPS_OUT = entry('HttpsOut', 'RuleNumber: 100\nProtocol: 6\nRuleAction: allow\nEgress: true\nCidrBlock: 0.0.0.0/0\nPortRange:\n|From: 443\n|To: 443');
const EPHEMERAL_OUT = entry('RepliesOut', 'RuleNumber: 100\nProtocol: 6\nRuleAction: allow\nEgress: true\nCidrBlock: 0.0.0.0/0\nPortRange:\n|From: 1024\n|To: 65535');
const REPLIES_OUT_100 =
  '  AclOutboundReplies:\n    Type: AWS::EC2::NetworkAclEntry\n    Properties:\n      NetworkAclId: !Ref Acl\n      RuleNumber: 100\n      Protocol: 6\n      RuleAction: allow\n      Egress: true\n      CidrBlock: 0.0.0.0/0\n      PortRange:\n        From: 1024\n        To: 65535\n';

runRuleTests(rule, {
  valid: [
    { name: 'inbound HTTPS with outbound replies', syntax: 'yaml', code: ACL + HTTPS_IN + EPHEMERAL_OUT },
    {
      name: 'outbound HTTPS with inbound replies on the Linux and Windows ranges',
      syntax: 'yaml',
      code: ACL + HTTPS_OUT + entry('RepliesIn', 'RuleNumber: 100\nProtocol: 6\nRuleAction: allow\nCidrBlock: 0.0.0.0/0\nPortRange:\n|From: 32768\n|To: 65535'),
    },
    {
      name: 'replies by an all-protocols rule, to a wider CIDR, on the Windows range only',
      syntax: 'yaml',
      code:
        ACL +
        HTTPS_IN +
        entry('Ssh', 'RuleNumber: 110\nProtocol: 6\nRuleAction: allow\nCidrBlock: 203.0.113.0/24\nPortRange:\n|From: 22\n|To: 22') +
        entry('AllOut', 'RuleNumber: 100\nProtocol: -1\nRuleAction: allow\nEgress: true\nCidrBlock: 0.0.0.0/0') +
        HTTPS_OUT.replace('RuleNumber: 100', 'RuleNumber: 110') +
        entry('WindowsReplies', 'RuleNumber: 100\nProtocol: 6\nRuleAction: allow\nCidrBlock: 0.0.0.0/0\nPortRange:\n|From: 49152\n|To: 65535'),
    },
    {
      name: 'replies split over CIDR halves and port ranges',
      syntax: 'yaml',
      code:
        ACL +
        HTTPS_IN +
        entry('LowHalf', 'RuleNumber: 100\nProtocol: 6\nRuleAction: allow\nEgress: "true"\nCidrBlock: 0.0.0.0/1\nPortRange:\n|From: 1024\n|To: 65535') +
        entry('HighLow', 'RuleNumber: 110\nProtocol: 6\nRuleAction: allow\nEgress: true\nCidrBlock: 128.0.0.0/1\nPortRange:\n|From: 1024\n|To: 40000') +
        entry('HighHigh', 'RuleNumber: 120\nProtocol: 6\nRuleAction: allow\nEgress: true\nCidrBlock: 128.0.0.0/1\nPortRange:\n|From: 40001\n|To: 65535'),
    },
    {
      name: 'rules that may be there for replies, all protocols, UDP, denies',
      syntax: 'yaml',
      code:
        ACL +
        entry('Ephemeral', 'RuleNumber: 100\nProtocol: 6\nRuleAction: allow\nCidrBlock: 0.0.0.0/0\nPortRange:\n|From: 1024\n|To: 65535') +
        entry('All', 'RuleNumber: 110\nProtocol: "-1"\nRuleAction: allow\nCidrBlock: 10.0.0.0/8') +
        entry('Dns', 'RuleNumber: 120\nProtocol: 17\nRuleAction: allow\nCidrBlock: 0.0.0.0/0\nPortRange:\n|From: 53\n|To: 53') +
        entry('Deny', 'RuleNumber: 130\nProtocol: 6\nRuleAction: deny\nCidrBlock: 198.51.100.0/24\nPortRange:\n|From: 443\n|To: 443'),
    },
    {
      name: 'an allow that a lower-numbered deny makes dead needs no replies',
      syntax: 'yaml',
      code: ACL + entry('DenyAll', 'RuleNumber: 50\nProtocol: -1\nRuleAction: deny\nCidrBlock: 0.0.0.0/0') + HTTPS_IN,
    },
    {
      name: 'an entry we cannot read',
      syntax: 'yaml',
      code: 'Parameters:\n  Peer:\n    Type: String\n' + ACL + HTTPS_IN + entry('Maybe', 'RuleNumber: 100\nProtocol: 6\nRuleAction: allow\nEgress: true\nCidrBlock: !Ref Peer\nPortRange:\n|From: 1024\n|To: 65535'),
    },
    {
      name: 'an entry whose ACL we cannot resolve may be the replies',
      syntax: 'yaml',
      code: ACL + HTTPS_IN + entry('Elsewhere', 'RuleNumber: 100\nProtocol: 6\nRuleAction: allow\nEgress: true\nCidrBlock: 0.0.0.0/0\nPortRange:\n|From: 1024\n|To: 65535', '!If [UseA, !Ref Acl, !Ref OtherAcl]'),
    },
    {
      name: 'the entries of an ACL made elsewhere',
      syntax: 'yaml',
      code: 'Parameters:\n  OtherAcl:\n    Type: String\n' + ACL + entry('Theirs', 'RuleNumber: 100\nProtocol: 6\nRuleAction: allow\nCidrBlock: 0.0.0.0/0\nPortRange:\n|From: 443\n|To: 443', '!Ref OtherAcl'),
    },
    {
      syntax: 'json',
      code: '{\n  "Resources": {\n    "Acl": { "Type": "AWS::EC2::NetworkAcl", "Properties": { "VpcId": "vpc-1234" } },\n    "In": {\n      "Type": "AWS::EC2::NetworkAclEntry",\n      "Properties": { "NetworkAclId": { "Ref": "Acl" }, "RuleNumber": 100, "Protocol": 6, "RuleAction": "allow", "CidrBlock": "0.0.0.0/0", "PortRange": { "From": 443, "To": 443 } }\n    },\n    "Out": {\n      "Type": "AWS::EC2::NetworkAclEntry",\n      "Properties": { "NetworkAclId": { "Ref": "Acl" }, "RuleNumber": 100, "Protocol": "6", "RuleAction": "allow", "Egress": true, "CidrBlock": "0.0.0.0/0", "PortRange": { "From": "1024", "To": "65535" } }\n    }\n  }\n}\n',
    },
    {
      name: 'inline rules and rule resources, each with its replies',
      syntax: 'terraform',
      code: dedent(`
        resource "aws_network_acl" "public" {
          vpc_id = aws_vpc.main.id

          ingress {
            protocol   = "tcp"
            rule_no    = 100
            action     = "allow"
            cidr_block = "0.0.0.0/0"
            from_port  = 443
            to_port    = 443
          }

          egress {
            protocol   = "6"
            rule_no    = 100
            action     = "allow"
            cidr_block = "0.0.0.0/0"
            from_port  = 1024
            to_port    = 65535
          }
        }

        resource "aws_network_acl" "private" {
          vpc_id = aws_vpc.main.id
        }

        resource "aws_network_acl_rule" "out" {
          network_acl_id = aws_network_acl.private.id
          rule_number    = 100
          egress         = true
          protocol       = "tcp"
          rule_action    = "allow"
          cidr_block     = "10.0.0.0/16"
          from_port      = 5432
          to_port        = 5432
        }

        resource "aws_network_acl_rule" "replies" {
          network_acl_id = aws_network_acl.private.id
          rule_number    = 100
          protocol       = "all"
          rule_action    = "allow"
          cidr_block     = "10.0.0.0/8"
        }
      `),
    },
    {
      name: 'a dynamic block, an ACL handed to a module',
      syntax: 'terraform',
      code: dedent(`
        resource "aws_network_acl" "public" {
          vpc_id = aws_vpc.main.id

          ingress {
            protocol   = "tcp"
            rule_no    = 100
            action     = "allow"
            cidr_block = "0.0.0.0/0"
            from_port  = 443
            to_port    = 443
          }

          dynamic "egress" {
            for_each = var.egress_rules
            content {
              protocol   = "tcp"
              rule_no    = egress.value.rule_no
              action     = "allow"
              cidr_block = egress.value.cidr
              from_port  = 1024
              to_port    = 65535
            }
          }
        }

        resource "aws_network_acl" "private" {
          vpc_id = aws_vpc.main.id

          ingress {
            protocol   = "tcp"
            rule_no    = 100
            action     = "allow"
            cidr_block = "0.0.0.0/0"
            from_port  = 22
            to_port    = 22
          }
        }

        module "replies" {
          source = "./acl-replies"
          acl_id = aws_network_acl.private.id
        }
      `),
    },
    {
      syntax: 'typescript',
      code: dedent(`
        import * as ec2 from 'aws-cdk-lib/aws-ec2';
        const acl = new ec2.NetworkAcl(this, 'Acl', { vpc });
        acl.addEntry('Https', { ruleNumber: 100, cidr: ec2.AclCidr.anyIpv4(), traffic: ec2.AclTraffic.tcpPort(443) });
        new ec2.NetworkAclEntry(this, 'Replies', {
          networkAcl: acl,
          ruleNumber: 100,
          cidr: ec2.AclCidr.anyIpv4(),
          traffic: ec2.AclTraffic.tcpPortRange(1024, 65535),
          direction: ec2.TrafficDirection.EGRESS,
        });
      `),
    },
    {
      name: 'entries added where the model cannot see them',
      syntax: 'typescript',
      code: dedent(`
        import * as ec2 from 'aws-cdk-lib/aws-ec2';
        function allowReplies(target: ec2.NetworkAcl) {
          target.addEntry('Replies', { ruleNumber: 100, cidr: ec2.AclCidr.anyIpv4(), traffic: ec2.AclTraffic.tcpPortRange(1024, 65535), direction: ec2.TrafficDirection.EGRESS });
        }
        const acl = new ec2.NetworkAcl(this, 'Acl', { vpc });
        acl.addEntry('Https', { ruleNumber: 100, cidr: ec2.AclCidr.anyIpv4(), traffic: ec2.AclTraffic.tcpPort(443) });
        allowReplies(acl);
      `),
    },
    {
      syntax: 'python',
      code: dedent(`
        from aws_cdk import aws_ec2 as ec2
        acl = ec2.NetworkAcl(self, "Acl", vpc=vpc)
        acl.add_entry("Https", rule_number=100, cidr=ec2.AclCidr.any_ipv4(), traffic=ec2.AclTraffic.tcp_port(443))
        acl.add_entry("Replies", rule_number=100, cidr=ec2.AclCidr.any_ipv4(), traffic=ec2.AclTraffic.all_traffic(), direction=ec2.TrafficDirection.EGRESS)
      `),
    },
  ],
  invalid: [
    {
      name: 'inbound HTTPS without outbound replies',
      syntax: 'yaml',
      code: ACL + HTTPS_IN,
      errors: [{ messageId: 'noOutbound', line: 7, column: 11, endLine: 7, endColumn: 36, data: { rule: 100, nacl: 'Acl', ports: '443', cidr: '0.0.0.0/0' } }],
      output: ACL + HTTPS_IN + REPLIES_OUT_100,
    },
    {
      name: 'one reply rule serves every peer it holds; the next free number',
      syntax: 'yaml',
      code:
        ACL +
        entry('Ssh', 'RuleNumber: 90\nProtocol: 6\nRuleAction: allow\nCidrBlock: 203.0.113.0/24\nPortRange:\n|From: 22\n|To: 22') +
        HTTPS_IN +
        entry('Ping', 'RuleNumber: 250\nProtocol: 1\nRuleAction: allow\nEgress: true\nCidrBlock: 0.0.0.0/0\nIcmp:\n|Code: -1\n|Type: -1') +
        entry('Narrow', 'RuleNumber: 105\nProtocol: 6\nRuleAction: allow\nEgress: true\nCidrBlock: 10.0.0.0/8\nPortRange:\n|From: 1024\n|To: 65535'),
      errors: [{ messageId: 'noOutbound', line: 18, column: 11, endLine: 18, endColumn: 36, data: { rule: 100, nacl: 'Acl', ports: '443', cidr: '0.0.0.0/0' } }],
      output:
        ACL +
        entry('Ssh', 'RuleNumber: 90\nProtocol: 6\nRuleAction: allow\nCidrBlock: 203.0.113.0/24\nPortRange:\n|From: 22\n|To: 22') +
        HTTPS_IN +
        entry('Ping', 'RuleNumber: 250\nProtocol: 1\nRuleAction: allow\nEgress: true\nCidrBlock: 0.0.0.0/0\nIcmp:\n|Code: -1\n|Type: -1') +
        entry('Narrow', 'RuleNumber: 105\nProtocol: 6\nRuleAction: allow\nEgress: true\nCidrBlock: 10.0.0.0/8\nPortRange:\n|From: 1024\n|To: 65535') +
        REPLIES_OUT_100.replace('RuleNumber: 100', 'RuleNumber: 260'),
    },
    {
      name: 'outbound HTTPS, IPv6, replies too narrow',
      syntax: 'yaml',
      code:
        ACL +
        entry('HttpsOut6', 'RuleNumber: 100\nProtocol: 6\nRuleAction: allow\nEgress: true\nIpv6CidrBlock: ::/0\nPortRange:\n|From: 443\n|To: 443') +
        entry('Replies4', 'RuleNumber: 100\nProtocol: 6\nRuleAction: allow\nCidrBlock: 0.0.0.0/0\nPortRange:\n|From: 1024\n|To: 65535') +
        entry('Narrow6', 'RuleNumber: 110\nProtocol: 6\nRuleAction: allow\nIpv6CidrBlock: ::/0\nPortRange:\n|From: 49152\n|To: 50000'),
      errors: [{ messageId: 'noInbound', line: 7, column: 11, endLine: 7, endColumn: 36, data: { rule: 100, nacl: 'Acl', ports: '443', cidr: '::/0' } }],
      output:
        ACL +
        entry('HttpsOut6', 'RuleNumber: 100\nProtocol: 6\nRuleAction: allow\nEgress: true\nIpv6CidrBlock: ::/0\nPortRange:\n|From: 443\n|To: 443') +
        entry('Replies4', 'RuleNumber: 100\nProtocol: 6\nRuleAction: allow\nCidrBlock: 0.0.0.0/0\nPortRange:\n|From: 1024\n|To: 65535') +
        entry('Narrow6', 'RuleNumber: 110\nProtocol: 6\nRuleAction: allow\nIpv6CidrBlock: ::/0\nPortRange:\n|From: 49152\n|To: 50000') +
        '  AclInboundReplies:\n    Type: AWS::EC2::NetworkAclEntry\n    Properties:\n      NetworkAclId: !Ref Acl\n      RuleNumber: 120\n      Protocol: 6\n      RuleAction: allow\n      Egress: false\n      Ipv6CidrBlock: \'::/0\'\n      PortRange:\n        From: 1024\n        To: 65535\n',
    },
    {
      name: 'a deny in the reply direction: where the allow goes is a judgement call, no fix',
      syntax: 'yaml',
      code: ACL + HTTPS_IN + entry('DenyBad', 'RuleNumber: 50\nProtocol: 6\nRuleAction: deny\nEgress: true\nCidrBlock: 198.51.100.0/24\nPortRange:\n|From: 0\n|To: 65535'),
      errors: [{ messageId: 'noOutbound', line: 7, column: 11, endLine: 7, endColumn: 36 }],
      output: null,
    },
    {
      syntax: 'json',
      code: '{\n  "Resources": {\n    "Acl": { "Type": "AWS::EC2::NetworkAcl", "Properties": { "VpcId": "vpc-1234" } },\n    "In": {\n      "Type": "AWS::EC2::NetworkAclEntry",\n      "Properties": { "NetworkAclId": { "Ref": "Acl" }, "RuleNumber": 100, "Protocol": 6, "RuleAction": "allow", "CidrBlock": "10.0.0.0/16", "PortRange": { "From": 5432, "To": 5432 } }\n    }\n  }\n}\n',
      errors: [{ messageId: 'noOutbound', line: 5, column: 16, endLine: 5, endColumn: 41, data: { rule: 100, nacl: 'Acl', ports: '5432', cidr: '10.0.0.0/16' } }],
      output:
        '{\n  "Resources": {\n    "Acl": { "Type": "AWS::EC2::NetworkAcl", "Properties": { "VpcId": "vpc-1234" } },\n    "In": {\n      "Type": "AWS::EC2::NetworkAclEntry",\n      "Properties": { "NetworkAclId": { "Ref": "Acl" }, "RuleNumber": 100, "Protocol": 6, "RuleAction": "allow", "CidrBlock": "10.0.0.0/16", "PortRange": { "From": 5432, "To": 5432 } }\n    },\n    "AclOutboundReplies": {\n      "Type": "AWS::EC2::NetworkAclEntry",\n      "Properties": {\n        "NetworkAclId": {"Ref": "Acl"},\n        "RuleNumber": 100,\n        "Protocol": 6,\n        "RuleAction": "allow",\n        "Egress": true,\n        "CidrBlock": "10.0.0.0/16",\n        "PortRange": {\n          "From": 1024,\n          "To": 65535\n        }\n      }\n    }\n  }\n}\n',
    },
    {
      name: 'inline rules: another egress block after the last one',
      syntax: 'terraform',
      code: dedent(`
        resource "aws_network_acl" "public" {
          vpc_id = aws_vpc.main.id

          ingress {
            protocol   = "tcp"
            rule_no    = 100
            action     = "allow"
            cidr_block = "0.0.0.0/0"
            from_port  = 443
            to_port    = 443
          }

          egress {
            protocol   = "tcp"
            rule_no    = 100
            action     = "allow"
            cidr_block = "10.0.0.0/16"
            from_port  = 5432
            to_port    = 5432
          }

          tags = {
            Name = "public"
          }
        }
      `),
      errors: [
        { messageId: 'noOutbound', line: 4, column: 3, endLine: 4, endColumn: 10, data: { rule: 100, nacl: 'aws_network_acl.public', ports: '443', cidr: '0.0.0.0/0' } },
        { messageId: 'noInbound', line: 13, column: 3, endLine: 13, endColumn: 9, data: { rule: 100, nacl: 'aws_network_acl.public', ports: '5432', cidr: '10.0.0.0/16' } },
      ],
      output: dedent(`
        resource "aws_network_acl" "public" {
          vpc_id = aws_vpc.main.id

          ingress {
            protocol   = "tcp"
            rule_no    = 100
            action     = "allow"
            cidr_block = "0.0.0.0/0"
            from_port  = 443
            to_port    = 443
          }

          ingress {
            protocol   = "tcp"
            rule_no    = 110
            action     = "allow"
            cidr_block = "10.0.0.0/16"
            from_port  = 1024
            to_port    = 65535
          }

          egress {
            protocol   = "tcp"
            rule_no    = 100
            action     = "allow"
            cidr_block = "10.0.0.0/16"
            from_port  = 5432
            to_port    = 5432
          }

          egress {
            protocol   = "tcp"
            rule_no    = 110
            action     = "allow"
            cidr_block = "0.0.0.0/0"
            from_port  = 1024
            to_port    = 65535
          }

          tags = {
            Name = "public"
          }
        }
      `),
    },
    {
      name: 'inline rules: the first egress block',
      syntax: 'terraform',
      code: dedent(`
        resource "aws_default_network_acl" "default" {
          default_network_acl_id = aws_vpc.main.default_network_acl_id

          ingress {
            protocol   = "tcp"
            rule_no    = 100
            action     = "allow"
            cidr_block = "10.0.0.0/16"
            from_port  = 22
            to_port    = 22
          }
        }
      `),
      errors: [{ messageId: 'noOutbound', line: 4, column: 3, endLine: 4, endColumn: 10, data: { rule: 100, nacl: 'aws_default_network_acl.default', ports: '22', cidr: '10.0.0.0/16' } }],
      output: dedent(`
        resource "aws_default_network_acl" "default" {
          default_network_acl_id = aws_vpc.main.default_network_acl_id

          ingress {
            protocol   = "tcp"
            rule_no    = 100
            action     = "allow"
            cidr_block = "10.0.0.0/16"
            from_port  = 22
            to_port    = 22
          }

          egress {
            protocol   = "tcp"
            rule_no    = 100
            action     = "allow"
            cidr_block = "10.0.0.0/16"
            from_port  = 1024
            to_port    = 65535
          }
        }
      `),
    },
    {
      name: 'egress written as an attribute: a block cannot join it, no fix',
      syntax: 'terraform',
      code: dedent(`
        resource "aws_network_acl" "public" {
          vpc_id = aws_vpc.main.id
          egress = []

          ingress {
            protocol   = "tcp"
            rule_no    = 100
            action     = "allow"
            cidr_block = "0.0.0.0/0"
            from_port  = 443
            to_port    = 443
          }
        }
      `),
      errors: [{ messageId: 'noOutbound', line: 5, column: 3, endLine: 5, endColumn: 10 }],
      output: null,
    },
    {
      name: 'rule resources: a new aws_network_acl_rule',
      syntax: 'terraform',
      code: dedent(`
        resource "aws_network_acl" "private" {
          vpc_id = aws_vpc.main.id
        }

        resource "aws_network_acl_rule" "db_out" {
          network_acl_id = aws_network_acl.private.id
          rule_number    = 200
          egress         = true
          protocol       = "6"
          rule_action    = "allow"
          cidr_block     = "10.1.0.0/16"
          from_port      = 5432
          to_port        = 5432
        }
      `),
      errors: [{ messageId: 'noInbound', line: 5, column: 11, endLine: 5, endColumn: 31, data: { rule: 200, nacl: 'aws_network_acl.private', ports: '5432', cidr: '10.1.0.0/16' } }],
      output: dedent(`
        resource "aws_network_acl" "private" {
          vpc_id = aws_vpc.main.id
        }

        resource "aws_network_acl_rule" "db_out" {
          network_acl_id = aws_network_acl.private.id
          rule_number    = 200
          egress         = true
          protocol       = "6"
          rule_action    = "allow"
          cidr_block     = "10.1.0.0/16"
          from_port      = 5432
          to_port        = 5432
        }

        resource "aws_network_acl_rule" "private_inbound_replies" {
          network_acl_id = aws_network_acl.private.id
          rule_number    = 100
          egress         = false
          protocol       = "tcp"
          rule_action    = "allow"
          cidr_block     = "10.1.0.0/16"
          from_port      = 1024
          to_port        = 65535
        }
      `),
    },
    {
      name: 'addEntry: a new NetworkAclEntry',
      syntax: 'typescript',
      code: dedent(`
        import { aws_ec2 as network } from 'aws-cdk-lib';
        const acl = new network.NetworkAcl(this, 'Acl', { vpc });
        acl.addEntry('Https', { ruleNumber: 100, cidr: network.AclCidr.anyIpv4(), traffic: network.AclTraffic.tcpPort(443) });
        acl.addEntry('Ssh', { ruleNumber: 110, cidr: network.AclCidr.ipv4('203.0.113.0/24'), traffic: network.AclTraffic.tcpPort(22) });
      `),
      errors: [{ messageId: 'noOutbound', line: 3, column: 5, endLine: 3, endColumn: 13, data: { rule: 100, nacl: 'Acl', ports: '443', cidr: '0.0.0.0/0' } }],
      output: dedent(`
        import { aws_ec2 as network } from 'aws-cdk-lib';
        const acl = new network.NetworkAcl(this, 'Acl', { vpc });
        new network.NetworkAclEntry(this, 'AclOutboundReplies', {
          networkAcl: acl,
          ruleNumber: 100,
          cidr: network.AclCidr.anyIpv4(),
          traffic: network.AclTraffic.tcpPortRange(1024, 65535),
          direction: network.TrafficDirection.EGRESS,
          ruleAction: network.Action.ALLOW,
        });
        acl.addEntry('Https', { ruleNumber: 100, cidr: network.AclCidr.anyIpv4(), traffic: network.AclTraffic.tcpPort(443) });
        acl.addEntry('Ssh', { ruleNumber: 110, cidr: network.AclCidr.ipv4('203.0.113.0/24'), traffic: network.AclTraffic.tcpPort(22) });
      `),
    },
    {
      name: 'the entry of an imported ACL is not this one\'s',
      syntax: 'typescript',
      code: dedent(`
        import * as ec2 from 'aws-cdk-lib/aws-ec2';
        const acl = new ec2.NetworkAcl(this, 'Acl', { vpc });
        acl.addEntry('Https', { ruleNumber: 100, cidr: ec2.AclCidr.anyIpv4(), traffic: ec2.AclTraffic.tcpPort(443) });
        new ec2.NetworkAclEntry(this, 'Theirs', {
          networkAcl: ec2.NetworkAcl.fromNetworkAclId(this, 'Imported', 'acl-1234'),
          ruleNumber: 100,
          cidr: ec2.AclCidr.anyIpv4(),
          traffic: ec2.AclTraffic.tcpPortRange(1024, 65535),
          direction: ec2.TrafficDirection.EGRESS,
        });
      `),
      errors: [{ messageId: 'noOutbound', line: 3, column: 5, endLine: 3, endColumn: 13 }],
      output: dedent(`
        import * as ec2 from 'aws-cdk-lib/aws-ec2';
        const acl = new ec2.NetworkAcl(this, 'Acl', { vpc });
        new ec2.NetworkAclEntry(this, 'AclOutboundReplies', {
          networkAcl: acl,
          ruleNumber: 100,
          cidr: ec2.AclCidr.anyIpv4(),
          traffic: ec2.AclTraffic.tcpPortRange(1024, 65535),
          direction: ec2.TrafficDirection.EGRESS,
          ruleAction: ec2.Action.ALLOW,
        });
        acl.addEntry('Https', { ruleNumber: 100, cidr: ec2.AclCidr.anyIpv4(), traffic: ec2.AclTraffic.tcpPort(443) });
        new ec2.NetworkAclEntry(this, 'Theirs', {
          networkAcl: ec2.NetworkAcl.fromNetworkAclId(this, 'Imported', 'acl-1234'),
          ruleNumber: 100,
          cidr: ec2.AclCidr.anyIpv4(),
          traffic: ec2.AclTraffic.tcpPortRange(1024, 65535),
          direction: ec2.TrafficDirection.EGRESS,
        });
      `),
    },
    {
      name: 'a NetworkAclEntry for outbound traffic to a CIDR',
      syntax: 'typescript',
      code: dedent(`
        import * as ec2 from 'aws-cdk-lib/aws-ec2';
        const acl = new ec2.NetworkAcl(this, 'Acl', { vpc });
        new ec2.NetworkAclEntry(this, 'DbOut', {
          networkAcl: acl,
          ruleNumber: 100,
          cidr: ec2.AclCidr.ipv4('10.1.0.0/16'),
          traffic: ec2.AclTraffic.tcpPort(5432),
          direction: ec2.TrafficDirection.EGRESS,
        });
      `),
      errors: [{ messageId: 'noInbound', line: 3, column: 5, endLine: 3, endColumn: 24, data: { rule: 100, nacl: 'Acl', ports: '5432', cidr: '10.1.0.0/16' } }],
      output: dedent(`
        import * as ec2 from 'aws-cdk-lib/aws-ec2';
        const acl = new ec2.NetworkAcl(this, 'Acl', { vpc });
        new ec2.NetworkAclEntry(this, 'DbOut', {
          networkAcl: acl,
          ruleNumber: 100,
          cidr: ec2.AclCidr.ipv4('10.1.0.0/16'),
          traffic: ec2.AclTraffic.tcpPort(5432),
          direction: ec2.TrafficDirection.EGRESS,
        });
        new ec2.NetworkAclEntry(this, 'AclInboundReplies', {
          networkAcl: acl,
          ruleNumber: 100,
          cidr: ec2.AclCidr.ipv4('10.1.0.0/16'),
          traffic: ec2.AclTraffic.tcpPortRange(1024, 65535),
          direction: ec2.TrafficDirection.INGRESS,
          ruleAction: ec2.Action.ALLOW,
        });
      `),
    },
    {
      name: 'L1 constructs',
      syntax: 'typescript',
      code: dedent(`
        import * as ec2 from 'aws-cdk-lib/aws-ec2';
        const acl = new ec2.CfnNetworkAcl(this, 'Acl', { vpcId: 'vpc-1234' });
        new ec2.CfnNetworkAclEntry(this, 'Https', { networkAclId: acl.ref, ruleNumber: 100, protocol: 6, ruleAction: 'allow', cidrBlock: '0.0.0.0/0', portRange: { from: 443, to: 443 } });
      `),
      errors: [{ messageId: 'noOutbound', line: 3, column: 5, endLine: 3, endColumn: 27, data: { rule: 100, nacl: 'Acl', ports: '443', cidr: '0.0.0.0/0' } }],
      output: dedent(`
        import * as ec2 from 'aws-cdk-lib/aws-ec2';
        const acl = new ec2.CfnNetworkAcl(this, 'Acl', { vpcId: 'vpc-1234' });
        new ec2.CfnNetworkAclEntry(this, 'Https', { networkAclId: acl.ref, ruleNumber: 100, protocol: 6, ruleAction: 'allow', cidrBlock: '0.0.0.0/0', portRange: { from: 443, to: 443 } });
        new ec2.CfnNetworkAclEntry(this, 'AclOutboundReplies', {
          networkAclId: acl.ref,
          ruleNumber: 100,
          protocol: 6,
          ruleAction: 'allow',
          egress: true,
          cidrBlock: '0.0.0.0/0',
          portRange: {
            from: 1024,
            to: 65535,
          },
        });
      `),
    },
    {
      syntax: 'python',
      code: dedent(`
        from aws_cdk import aws_ec2 as ec2
        acl = ec2.NetworkAcl(self, "Acl", vpc=vpc)
        acl.add_entry("Https", rule_number=100, cidr=ec2.AclCidr.any_ipv4(), traffic=ec2.AclTraffic.tcp_port(443))
      `),
      errors: [{ messageId: 'noOutbound', line: 3, column: 5, endLine: 3, endColumn: 14, data: { rule: 100, nacl: 'Acl', ports: '443', cidr: '0.0.0.0/0' } }],
      output: dedent(`
        from aws_cdk import aws_ec2 as ec2
        acl = ec2.NetworkAcl(self, "Acl", vpc=vpc)
        acl_outbound_replies = ec2.NetworkAclEntry(self, "AclOutboundReplies", network_acl=acl, rule_number=100, cidr=ec2.AclCidr.any_ipv4(), traffic=ec2.AclTraffic.tcp_port_range(1024, 65535), direction=ec2.TrafficDirection.EGRESS, rule_action=ec2.Action.ALLOW)
        acl.add_entry("Https", rule_number=100, cidr=ec2.AclCidr.any_ipv4(), traffic=ec2.AclTraffic.tcp_port(443))
      `),
    },
    {
      name: 'L1 constructs in Python',
      syntax: 'python',
      code: dedent(`
        from aws_cdk import aws_ec2 as ec2
        acl = ec2.CfnNetworkAcl(self, "Acl", vpc_id="vpc-1234")
        ec2.CfnNetworkAclEntry(self, "Ssh", network_acl_id=acl.ref, rule_number=100, protocol=6, rule_action="allow", cidr_block="10.0.0.0/8", port_range=ec2.CfnNetworkAclEntry.PortRangeProperty(from_=22, to=22))
      `),
      errors: [{ messageId: 'noOutbound', line: 3, column: 1, endLine: 3, endColumn: 23, data: { rule: 100, nacl: 'Acl', ports: '22', cidr: '10.0.0.0/8' } }],
      output: dedent(`
        from aws_cdk import aws_ec2 as ec2
        acl = ec2.CfnNetworkAcl(self, "Acl", vpc_id="vpc-1234")
        ec2.CfnNetworkAclEntry(self, "Ssh", network_acl_id=acl.ref, rule_number=100, protocol=6, rule_action="allow", cidr_block="10.0.0.0/8", port_range=ec2.CfnNetworkAclEntry.PortRangeProperty(from_=22, to=22))
        acl_outbound_replies = ec2.CfnNetworkAclEntry(self, "AclOutboundReplies", network_acl_id=acl.ref, rule_number=100, protocol=6, rule_action="allow", egress=True, cidr_block="10.0.0.0/8", port_range={"from": 1024, "to": 65535})
      `),
    },
  ],
});

describe('rule vpc-nacl-return-traffic: several missing reply rules in one ACL', () => {
  it('numbers and names each new entry apart, and points at the entries that share it', async () => {
    const code =
      ACL +
      entry('Https', 'RuleNumber: 100\nProtocol: 6\nRuleAction: allow\nCidrBlock: 10.0.0.0/16\nPortRange:\n|From: 443\n|To: 443') +
      entry('Ssh', 'RuleNumber: 110\nProtocol: 6\nRuleAction: allow\nCidrBlock: 192.168.0.0/16\nPortRange:\n|From: 22\n|To: 22') +
      entry('Admin', 'RuleNumber: 120\nProtocol: 6\nRuleAction: allow\nCidrBlock: 192.168.1.0/24\nPortRange:\n|From: 8443\n|To: 8443');
    const doc = await parseDocument(code, { uri: 'file:///test/template.yaml' });
    const { findings } = lint(doc, code, { rules: [rule] });
    assert.deepEqual(
      findings.map(f => [f.resource.address, f.fix?.title, f.related.map(r => r.message)]),
      [
        ['Https', 'Add outbound rule 100: TCP 1024-65535 to 10.0.0.0/16', ['The outbound rules of network ACL Acl: none lets these replies out.']],
        ['Ssh', 'Add outbound rule 110: TCP 1024-65535 to 192.168.0.0/16', ['The outbound rules of network ACL Acl: none lets these replies out.', 'Rule 120 needs the same replies.']],
      ],
    );
    const names = findings.map(f => /^ {2}(\w+):/m.exec(f.fix!.edits.map(e => e.newText).join(''))?.[1]);
    assert.deepEqual(names, ['AclOutboundReplies', 'AclOutboundReplies2']);
  });
});
