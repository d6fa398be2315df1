import rule from '../../../../src/core/rules/ec2/ec2-sg-no-open-all-ports';
import { dedent, runRuleTests } from '../ruleTester';

runRuleTests(rule, {
  valid: [
    {
      name: 'single ports, wide ranges short of every port, all traffic from a private range',
      syntax: 'yaml',
      code: dedent(`
        Resources:
          Web:
            Type: AWS::EC2::SecurityGroup
            Properties:
              GroupDescription: web
              SecurityGroupIngress:
                - IpProtocol: tcp
                  FromPort: 22
                  ToPort: 22
                  CidrIp: 0.0.0.0/0
                - IpProtocol: tcp
                  FromPort: 1024
                  ToPort: 65535
                  CidrIp: 0.0.0.0/0
                - IpProtocol: "-1"
                  CidrIp: 10.0.0.0/8
                - IpProtocol: icmp
                  FromPort: -1
                  ToPort: -1
                  CidrIp: 0.0.0.0/0
                - IpProtocol: "50"
                  CidrIp: 0.0.0.0/0
              SecurityGroupEgress:
                - IpProtocol: "-1"
                  CidrIp: 0.0.0.0/0
      `),
    },
    {
      name: 'protocol or CIDR from a parameter, a condition',
      syntax: 'yaml',
      code: dedent(`
        Resources:
          Open:
            Type: AWS::EC2::SecurityGroupIngress
            Properties:
              GroupId: sg-12345678
              IpProtocol: !Ref Protocol
              CidrIp: 0.0.0.0/0
          Wide:
            Type: AWS::EC2::SecurityGroupIngress
            Properties:
              GroupId: sg-12345678
              IpProtocol: "-1"
              CidrIp: !If [Public, 0.0.0.0/0, 10.0.0.0/8]
      `),
    },
    {
      syntax: 'json',
      code: '{\n  "Resources": {\n    "Web": {\n      "Type": "AWS::EC2::SecurityGroup",\n      "Properties": {\n        "GroupDescription": "web",\n        "SecurityGroupIngress": [{ "IpProtocol": "-1", "SourceSecurityGroupId": "sg-12345678" }]\n      }\n    }\n  }\n}\n',
    },
    {
      name: 'egress, self-referencing rules, a private range, an unknown type',
      syntax: 'terraform',
      code: dedent(`
        resource "aws_security_group" "web" {
          ingress {
            protocol  = "-1"
            from_port = 0
            to_port   = 0
            self      = true
          }
          ingress {
            protocol    = "-1"
            from_port   = 0
            to_port     = 0
            cidr_blocks = ["10.0.0.0/8"]
          }
          egress {
            protocol    = "-1"
            from_port   = 0
            to_port     = 0
            cidr_blocks = ["0.0.0.0/0"]
          }
        }

        resource "aws_security_group_rule" "out" {
          type              = "egress"
          protocol          = "all"
          from_port         = 0
          to_port           = 65535
          cidr_blocks       = ["0.0.0.0/0"]
          security_group_id = aws_security_group.web.id
        }

        resource "aws_security_group_rule" "maybe" {
          type              = var.type
          protocol          = "-1"
          from_port         = 0
          to_port           = 0
          cidr_blocks       = ["0.0.0.0/0"]
          security_group_id = aws_security_group.web.id
        }
      `),
    },
    {
      syntax: 'typescript',
      code: dedent(`
        import * as ec2 from 'aws-cdk-lib/aws-ec2';
        const sg = new ec2.SecurityGroup(this, 'Web', { vpc, allowAllOutbound: true });
        sg.addIngressRule(ec2.Peer.ipv4('10.0.0.0/16'), ec2.Port.allTraffic());
        sg.addIngressRule(ec2.Peer.anyIpv4(), ec2.Port.tcpRange(8000, 9000));
        sg.addIngressRule(ec2.Peer.anyIpv4(), ec2.Port.icmpPing());
        sg.addEgressRule(ec2.Peer.anyIpv4(), ec2.Port.allTraffic());
        sg.connections.allowFrom(sg, ec2.Port.allTraffic());
        sg.connections.allowFromAnyIpv4(port);
      `),
    },
    {
      syntax: 'python',
      code: dedent(`
        from aws_cdk import aws_ec2 as ec2
        sg = ec2.SecurityGroup(self, "Web", vpc=vpc)
        sg.add_ingress_rule(ec2.Peer.ipv4("10.0.0.0/16"), ec2.Port.all_traffic())
      `),
    },
  ],
  invalid: [
    {
      name: 'all protocols (error), every TCP port (error), every UDP port (warning)',
      syntax: 'yaml',
      code: dedent(`
        Resources:
          Web:
            Type: AWS::EC2::SecurityGroup
            Properties:
              GroupDescription: web
              SecurityGroupIngress:
                - IpProtocol: -1
                  FromPort: -1
                  ToPort: -1
                  CidrIp: 0.0.0.0/0
                - IpProtocol: tcp
                  FromPort: 0
                  ToPort: 65535
                  CidrIpv6: ::/0
                - IpProtocol: udp
                  FromPort: 1
                  ToPort: 65535
                  CidrIp: 0.0.0.0/0
      `),
      errors: [
        { messageId: 'allTraffic', line: 10, column: 19, endLine: 10, endColumn: 28, severity: 'error', data: { name: 'Web', cidrs: '0.0.0.0/0' } },
        { messageId: 'allTcp', line: 14, column: 21, endLine: 14, endColumn: 25, severity: 'error', data: { name: 'Web', cidrs: '::/0' } },
        { messageId: 'allUdp', line: 18, column: 19, endLine: 18, endColumn: 28, severity: 'warning', data: { name: 'Web', cidrs: '0.0.0.0/0' } },
      ],
      output: null,
    },
    {
      name: 'a separate ingress resource',
      syntax: 'yaml',
      code: dedent(`
        Resources:
          All:
            Type: AWS::EC2::SecurityGroupIngress
            Properties:
              GroupId: !Ref Web
              IpProtocol: "-1"
              CidrIp: 0.0.0.0/0
      `),
      errors: [{ messageId: 'allTraffic', line: 7, column: 15, endLine: 7, endColumn: 24, data: { name: 'All', cidrs: '0.0.0.0/0' } }],
    },
    {
      syntax: 'json',
      code: '{\n  "Resources": {\n    "Web": {\n      "Type": "AWS::EC2::SecurityGroup",\n      "Properties": {\n        "GroupDescription": "web",\n        "SecurityGroupIngress": [{ "IpProtocol": "-1", "CidrIp": "0.0.0.0/0" }]\n      }\n    }\n  }\n}\n',
      errors: [{ messageId: 'allTraffic', line: 7, column: 66, endLine: 7, endColumn: 77 }],
    },
    {
      name: 'inline blocks and every rule resource',
      syntax: 'terraform',
      code: dedent(`
        resource "aws_security_group" "web" {
          ingress {
            protocol         = "-1"
            from_port        = 0
            to_port          = 0
            cidr_blocks      = ["0.0.0.0/0"]
            ipv6_cidr_blocks = ["::/0"]
          }
        }

        resource "aws_security_group_rule" "all_tcp" {
          type              = "ingress"
          protocol          = "tcp"
          from_port         = 0
          to_port           = 65535
          cidr_blocks       = ["0.0.0.0/0"]
          security_group_id = aws_security_group.web.id
        }

        resource "aws_vpc_security_group_ingress_rule" "all" {
          security_group_id = aws_security_group.web.id
          ip_protocol       = "-1"
          cidr_ipv4         = "0.0.0.0/0"
        }
      `),
      errors: [
        { messageId: 'allTraffic', line: 6, column: 25, endLine: 6, endColumn: 36, data: { name: 'aws_security_group.web', cidrs: '0.0.0.0/0, ::/0' } },
        { messageId: 'allTcp', line: 16, column: 24, endLine: 16, endColumn: 35 },
        { messageId: 'allTraffic', line: 23, column: 23, endLine: 23, endColumn: 34 },
      ],
    },
    {
      syntax: 'typescript',
      code: dedent(`
        import { aws_ec2 as ec2 } from 'aws-cdk-lib';
        const sg = new ec2.SecurityGroup(this, 'Web', { vpc });
        sg.addIngressRule(ec2.Peer.anyIpv4(), ec2.Port.allTraffic());
        sg.addIngressRule(ec2.Peer.anyIpv6(), ec2.Port.allTcp());
        sg.connections.allowFromAnyIpv4(ec2.Port.allUdp());
      `),
      errors: [
        { messageId: 'allTraffic', line: 3, column: 19, endLine: 3, endColumn: 37, severity: 'error' },
        { messageId: 'allTcp', line: 4, column: 19, endLine: 4, endColumn: 37, severity: 'error' },
        { messageId: 'allUdp', line: 5, column: 4, endLine: 5, endColumn: 32, severity: 'warning' },
      ],
    },
    {
      name: 'L1 construct',
      syntax: 'typescript',
      code: dedent(`
        import * as ec2 from 'aws-cdk-lib/aws-ec2';
        new ec2.CfnSecurityGroupIngress(this, 'All', { groupId: 'sg-1', ipProtocol: '-1', cidrIp: '0.0.0.0/0' });
      `),
      errors: [{ messageId: 'allTraffic', line: 2, column: 91, endLine: 2, endColumn: 102 }],
    },
    {
      syntax: 'python',
      code: dedent(`
        from aws_cdk import aws_ec2 as ec2
        sg = ec2.SecurityGroup(self, "Web", vpc=vpc)
        sg.add_ingress_rule(peer=ec2.Peer.any_ipv4(), connection=ec2.Port.all_traffic())
      `),
      errors: [{ messageId: 'allTraffic', line: 3, column: 26, endLine: 3, endColumn: 45, data: { name: 'Web', cidrs: '0.0.0.0/0' } }],
    },
  ],
});
