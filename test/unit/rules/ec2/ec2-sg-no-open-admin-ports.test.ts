import rule from '../../../../src/core/rules/ec2/ec2-sg-no-open-admin-ports';
import { dedent, runRuleTests } from '../ruleTester';

runRuleTests(rule, {
  valid: [
    {
      name: 'SSH from a known range, HTTPS and ICMP from anywhere',
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
                  CidrIp: 203.0.113.0/24
                - IpProtocol: tcp
                  FromPort: 443
                  ToPort: 443
                  CidrIp: 0.0.0.0/0
                - IpProtocol: icmp
                  FromPort: -1
                  ToPort: -1
                  CidrIp: 0.0.0.0/0
      `),
    },
    {
      name: 'the CIDR or the ports from a parameter are not guessed',
      syntax: 'yaml',
      code: dedent(`
        Parameters:
          SshCidr:
            Type: String
            Default: 0.0.0.0/0
          Port:
            Type: Number
        Resources:
          Web:
            Type: AWS::EC2::SecurityGroup
            Properties:
              GroupDescription: web
              SecurityGroupIngress:
                - IpProtocol: tcp
                  FromPort: 22
                  ToPort: 22
                  CidrIp: !Ref SshCidr
                - IpProtocol: tcp
                  FromPort: !Ref Port
                  ToPort: !Ref Port
                  CidrIp: 0.0.0.0/0
                - !If [Open, { IpProtocol: tcp, FromPort: 22, ToPort: 22, CidrIp: 0.0.0.0/0 }, !Ref AWS::NoValue]
      `),
    },
    {
      name: 'every port is ec2-sg-no-open-all-ports\' to report',
      syntax: 'yaml',
      code: dedent(`
        Resources:
          Web:
            Type: AWS::EC2::SecurityGroup
            Properties:
              GroupDescription: web
              SecurityGroupIngress:
                - IpProtocol: "-1"
                  CidrIp: 0.0.0.0/0
                - IpProtocol: tcp
                  FromPort: 0
                  ToPort: 65535
                  CidrIpv6: ::/0
      `),
    },
    {
      name: 'egress, a source security group, UDP, a range without 22 and 3389, a separate rule from a private range',
      syntax: 'yaml',
      code: dedent(`
        Resources:
          Web:
            Type: AWS::EC2::SecurityGroup
            Properties:
              GroupDescription: web
              SecurityGroupEgress:
                - IpProtocol: tcp
                  FromPort: 22
                  ToPort: 22
                  CidrIp: 0.0.0.0/0
              SecurityGroupIngress:
                - IpProtocol: tcp
                  FromPort: 22
                  ToPort: 22
                  SourceSecurityGroupId: sg-12345678
                - IpProtocol: udp
                  FromPort: 3389
                  ToPort: 3389
                  CidrIp: 0.0.0.0/0
                - IpProtocol: tcp
                  FromPort: 23
                  ToPort: 3388
                  CidrIp: 0.0.0.0/0
          SshFromOffice:
            Type: AWS::EC2::SecurityGroupIngress
            Properties:
              GroupId: !GetAtt Web.GroupId
              IpProtocol: tcp
              FromPort: 22
              ToPort: 22
              CidrIp: 10.0.0.0/8
          EgressRule:
            Type: AWS::EC2::SecurityGroupEgress
            Properties:
              GroupId: !GetAtt Web.GroupId
              IpProtocol: tcp
              FromPort: 3389
              ToPort: 3389
              CidrIp: 0.0.0.0/0
      `),
    },
    {
      syntax: 'json',
      code: '{\n  "Resources": {\n    "Web": {\n      "Type": "AWS::EC2::SecurityGroup",\n      "Properties": {\n        "GroupDescription": "web",\n        "SecurityGroupIngress": [{ "IpProtocol": "tcp", "FromPort": 443, "ToPort": 443, "CidrIp": "0.0.0.0/0" }]\n      }\n    }\n  }\n}\n',
    },
    {
      name: 'egress blocks, private ranges, variables, dynamic blocks',
      syntax: 'terraform',
      code: dedent(`
        resource "aws_security_group" "web" {
          ingress {
            protocol    = "tcp"
            from_port   = 22
            to_port     = 22
            cidr_blocks = ["10.0.0.0/8"]
          }
          ingress {
            protocol    = "tcp"
            from_port   = 22
            to_port     = 22
            cidr_blocks = var.admin_cidrs
          }
          egress {
            protocol    = "tcp"
            from_port   = 22
            to_port     = 22
            cidr_blocks = ["0.0.0.0/0"]
          }
        }

        resource "aws_security_group" "dynamic" {
          dynamic "ingress" {
            for_each = var.rules
            content {
              protocol    = "tcp"
              from_port   = 22
              to_port     = 22
              cidr_blocks = ["0.0.0.0/0"]
            }
          }
        }

        resource "aws_security_group_rule" "out" {
          type              = "egress"
          protocol          = "tcp"
          from_port         = 22
          to_port           = 22
          cidr_blocks       = ["0.0.0.0/0"]
          security_group_id = aws_security_group.web.id
        }

        resource "aws_security_group_rule" "unknown_type" {
          type              = var.direction
          protocol          = "tcp"
          from_port         = 22
          to_port           = 22
          cidr_blocks       = ["0.0.0.0/0"]
          security_group_id = aws_security_group.web.id
        }

        resource "aws_vpc_security_group_ingress_rule" "ssh" {
          security_group_id = aws_security_group.web.id
          ip_protocol       = "tcp"
          from_port         = 22
          to_port           = 22
          cidr_ipv4         = "10.0.0.0/16"
        }

        resource "aws_vpc_security_group_ingress_rule" "port_from_variable" {
          security_group_id = aws_security_group.web.id
          ip_protocol       = "tcp"
          from_port         = var.port
          to_port           = var.port
          cidr_ipv4         = "0.0.0.0/0"
        }
      `),
    },
    {
      name: 'known peers, other ports, egress, ports and peers we cannot read',
      syntax: 'typescript',
      code: dedent(`
        import * as ec2 from 'aws-cdk-lib/aws-ec2';
        const sg = new ec2.SecurityGroup(this, 'Web', { vpc });
        sg.addIngressRule(ec2.Peer.ipv4('10.0.0.0/8'), ec2.Port.tcp(22));
        sg.addIngressRule(ec2.Peer.anyIpv4(), ec2.Port.tcp(443));
        sg.addIngressRule(ec2.Peer.anyIpv4(), ec2.Port.HTTPS);
        sg.addIngressRule(ec2.Peer.anyIpv4(), ec2.Port.tcp(props.port));
        sg.addIngressRule(ec2.Peer.ipv4(props.cidr), ec2.Port.tcp(22));
        sg.addIngressRule(ec2.Peer.prefixList('pl-12345678'), ec2.Port.tcp(22));
        sg.addEgressRule(ec2.Peer.anyIpv4(), ec2.Port.tcp(22));
        const bastion = new ec2.SecurityGroup(this, 'Bastion', { vpc });
        sg.connections.allowFrom(bastion, ec2.Port.tcp(22));
        sg.connections.allowFromAnyIpv4(ec2.Port.tcp(80));
      `),
    },
    {
      name: 'L1 security group from a private range',
      syntax: 'typescript',
      code: dedent(`
        import * as ec2 from 'aws-cdk-lib/aws-ec2';
        new ec2.CfnSecurityGroup(this, 'Legacy', {
          groupDescription: 'legacy',
          securityGroupIngress: [{ ipProtocol: 'tcp', fromPort: 22, toPort: 22, cidrIp: '10.0.0.0/16' }],
        });
      `),
    },
    {
      syntax: 'python',
      code: dedent(`
        from aws_cdk import aws_ec2 as ec2
        sg = ec2.SecurityGroup(self, "Web", vpc=vpc)
        sg.add_ingress_rule(ec2.Peer.ipv4("10.0.0.0/8"), ec2.Port.tcp(22))
        sg.add_ingress_rule(ec2.Peer.any_ipv4(), ec2.Port.tcp(443))
        bastion = ec2.BastionHostLinux(self, "Bastion", vpc=vpc)
        bastion.allow_ssh_access_from(ec2.Peer.ipv4("10.0.0.0/8"))
      `),
    },
  ],
  invalid: [
    {
      name: 'quoted ports',
      syntax: 'yaml',
      code: dedent(`
        Resources:
          Web:
            Type: AWS::EC2::SecurityGroup
            Properties:
              GroupDescription: web
              SecurityGroupIngress:
                - IpProtocol: tcp
                  FromPort: "22"
                  ToPort: "22"
                  CidrIp: 0.0.0.0/0
      `),
      errors: [{ messageId: 'open', line: 10, column: 19, endLine: 10, endColumn: 28, data: { name: 'Web', cidrs: '0.0.0.0/0', ports: 'SSH (22)' } }],
      output: null,
    },
    {
      name: 'ranges that hold the admin ports, IPv6, a flow map after Korean text and an emoji',
      syntax: 'yaml',
      code: dedent(`
        Resources:
          Web:
            Type: AWS::EC2::SecurityGroup
            Properties:
              GroupDescription: 관리용 🔑
              SecurityGroupIngress:
                - IpProtocol: tcp
                  FromPort: 0
                  ToPort: 1024
                  CidrIpv6: ::/0
                - { Description: "관리 🔑", IpProtocol: tcp, FromPort: 20, ToPort: 4000, CidrIp: 0.0.0.0/0 }
      `),
      errors: [
        { messageId: 'open', line: 10, column: 21, endLine: 10, endColumn: 25, data: { name: 'Web', cidrs: '::/0', ports: 'SSH (22)' } },
        { messageId: 'open', line: 11, column: 88, endLine: 11, endColumn: 97, data: { name: 'Web', cidrs: '0.0.0.0/0', ports: 'SSH (22), RDP (3389)' } },
      ],
    },
    {
      name: 'a separate ingress resource, protocol by number',
      syntax: 'yaml',
      code: dedent(`
        Resources:
          Rdp:
            Type: AWS::EC2::SecurityGroupIngress
            Properties:
              GroupId: sg-12345678
              IpProtocol: "6"
              FromPort: 3389
              ToPort: 3389
              CidrIp: 0.0.0.0/0
      `),
      errors: [{ messageId: 'open', line: 9, column: 15, endLine: 9, endColumn: 24, data: { name: 'Rdp', cidrs: '0.0.0.0/0', ports: 'RDP (3389)' } }],
    },
    {
      syntax: 'json',
      code: '{\n  "Resources": {\n    "Web": {\n      "Type": "AWS::EC2::SecurityGroup",\n      "Properties": {\n        "GroupDescription": "web",\n        "SecurityGroupIngress": [{ "IpProtocol": "tcp", "FromPort": 22, "ToPort": 22, "CidrIp": "0.0.0.0/0" }]\n      }\n    }\n  }\n}\n',
      errors: [{ messageId: 'open', line: 7, column: 97, endLine: 7, endColumn: 108 }],
    },
    {
      name: 'IPv4 and IPv6 in one block: one finding',
      syntax: 'terraform',
      code: dedent(`
        resource "aws_security_group" "web" {
          ingress {
            protocol         = "tcp"
            from_port        = 22
            to_port          = 22
            cidr_blocks      = [var.office, "0.0.0.0/0"]
            ipv6_cidr_blocks = ["::/0"]
          }
        }
      `),
      errors: [{ messageId: 'open', line: 6, column: 37, endLine: 6, endColumn: 48, data: { name: 'aws_security_group.web', cidrs: '0.0.0.0/0, ::/0', ports: 'SSH (22)' } }],
    },
    {
      name: 'separate rule resources',
      syntax: 'terraform',
      code: dedent(`
        resource "aws_security_group_rule" "ssh" {
          type              = "ingress"
          protocol          = "6"
          from_port         = 22
          to_port           = 22
          cidr_blocks       = ["0.0.0.0/0"]
          security_group_id = aws_security_group.web.id
        }

        resource "aws_vpc_security_group_ingress_rule" "rdp" {
          security_group_id = aws_security_group.web.id
          ip_protocol       = "tcp"
          from_port         = 3389
          to_port           = 3389
          cidr_ipv6         = "::/0"
        }
      `),
      errors: [
        { messageId: 'open', line: 6, column: 24, endLine: 6, endColumn: 35, data: { name: 'aws_security_group_rule.ssh', cidrs: '0.0.0.0/0', ports: 'SSH (22)' } },
        { messageId: 'open', line: 15, column: 23, endLine: 15, endColumn: 29, data: { name: 'aws_vpc_security_group_ingress_rule.rdp', cidrs: '::/0', ports: 'RDP (3389)' } },
      ],
    },
    {
      name: 'addIngressRule, connections on any construct, well-known port names, aliases',
      syntax: 'typescript',
      code: dedent(`
        import * as ec2 from 'aws-cdk-lib/aws-ec2';
        import { Peer, Port } from 'aws-cdk-lib/aws-ec2';
        const sg = new ec2.SecurityGroup(this, 'Web', { vpc });
        sg.addIngressRule(ec2.Peer.anyIpv4(), ec2.Port.tcp(22), 'ssh');
        sg.addIngressRule(Peer.anyIpv6(), Port.SSH);
        const host = new ec2.Instance(this, 'Host', { vpc, instanceType, machineImage });
        host.connections.allowFromAnyIpv4(ec2.Port.tcpRange(3000, 4000));
        host.connections.allowFrom(ec2.Peer.ipv4('0.0.0.0/0'), ec2.Port.RDP);
      `),
      errors: [
        { messageId: 'open', line: 4, column: 19, endLine: 4, endColumn: 37, data: { name: 'Web', cidrs: '0.0.0.0/0', ports: 'SSH (22)' } },
        { messageId: 'open', line: 5, column: 19, endLine: 5, endColumn: 33, data: { name: 'Web', cidrs: '::/0', ports: 'SSH (22)' } },
        { messageId: 'open', line: 7, column: 6, endLine: 7, endColumn: 34, data: { name: 'Host', cidrs: '0.0.0.0/0', ports: 'RDP (3389)' } },
        { messageId: 'open', line: 8, column: 28, endLine: 8, endColumn: 54, data: { name: 'Host', cidrs: '0.0.0.0/0', ports: 'RDP (3389)' } },
      ],
    },
    {
      name: 'a bastion host opening SSH to the internet',
      syntax: 'typescript',
      code: dedent(`
        import * as ec2 from 'aws-cdk-lib/aws-ec2';
        const bastion = new ec2.BastionHostLinux(this, 'Bastion', { vpc });
        bastion.allowSshAccessFrom(ec2.Peer.ipv4('10.0.0.0/8'), ec2.Peer.anyIpv4(), ec2.Peer.anyIpv6());
      `),
      errors: [{ messageId: 'open', line: 3, column: 57, endLine: 3, endColumn: 75, data: { name: 'Bastion', cidrs: '0.0.0.0/0, ::/0', ports: 'SSH (22)' } }],
    },
    {
      name: 'L1 constructs',
      syntax: 'typescript',
      code: dedent(`
        import { aws_ec2 as ec2 } from 'aws-cdk-lib';
        const sg = new ec2.CfnSecurityGroup(this, 'Legacy', {
          groupDescription: 'legacy',
          securityGroupIngress: [{ ipProtocol: 'tcp', fromPort: 22, toPort: 22, cidrIp: '0.0.0.0/0' }],
        });
        new ec2.CfnSecurityGroupIngress(this, 'Rdp', { groupId: sg.attrGroupId, ipProtocol: 'tcp', fromPort: 3389, toPort: 3389, cidrIpv6: '::/0' });
      `),
      errors: [
        { messageId: 'open', line: 4, column: 81, endLine: 4, endColumn: 92, data: { name: 'Legacy', cidrs: '0.0.0.0/0', ports: 'SSH (22)' } },
        { messageId: 'open', line: 6, column: 132, endLine: 6, endColumn: 138, data: { name: 'Rdp', cidrs: '::/0', ports: 'RDP (3389)' } },
      ],
    },
    {
      syntax: 'python',
      code: dedent(`
        from aws_cdk import aws_ec2 as ec2
        sg = ec2.SecurityGroup(self, "Web", vpc=vpc)
        sg.add_ingress_rule(ec2.Peer.any_ipv4(), ec2.Port.tcp(22))
        sg.connections.allow_from_any_ipv4(port_range=ec2.Port.tcp_range(3389, 3390))
      `),
      errors: [
        { messageId: 'open', line: 3, column: 21, endLine: 3, endColumn: 40, data: { name: 'Web', cidrs: '0.0.0.0/0', ports: 'SSH (22)' } },
        { messageId: 'open', line: 4, column: 4, endLine: 4, endColumn: 35, data: { name: 'Web', cidrs: '0.0.0.0/0', ports: 'RDP (3389)' } },
      ],
    },
    {
      name: 'L1 struct classes in Python',
      syntax: 'python',
      code: dedent(`
        from aws_cdk import aws_ec2 as ec2
        ec2.CfnSecurityGroup(
            self,
            "Legacy",
            group_description="legacy",
            security_group_ingress=[ec2.CfnSecurityGroup.IngressProperty(ip_protocol="tcp", from_port=22, to_port=22, cidr_ip="0.0.0.0/0")],
        )
      `),
      errors: [{ messageId: 'open', line: 6, column: 119, endLine: 6, endColumn: 130, data: { name: 'Legacy', cidrs: '0.0.0.0/0', ports: 'SSH (22)' } }],
    },
  ],
});
