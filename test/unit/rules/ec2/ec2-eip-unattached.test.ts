import rule from '../../../../src/core/rules/ec2/ec2-eip-unattached';
import { dedent, runRuleTests } from '../ruleTester';

runRuleTests(rule, {
  valid: [
    {
      name: 'attached by InstanceId, by an association, by a NAT gateway',
      syntax: 'yaml',
      code: dedent(`
        Parameters:
          InstanceId:
            Type: String
        Resources:
          Direct:
            Type: AWS::EC2::EIP
            Properties:
              InstanceId: !Ref InstanceId
          ForAssoc:
            Type: AWS::EC2::EIP
            Properties:
              Domain: vpc
          Assoc:
            Type: AWS::EC2::EIPAssociation
            Properties:
              AllocationId: !GetAtt ForAssoc.AllocationId
              InstanceId: !Ref InstanceId
          ForNat:
            Type: AWS::EC2::EIP
            Properties:
              Domain: vpc
          Nat:
            Type: AWS::EC2::NatGateway
            Properties:
              AllocationId: !GetAtt ForNat.AllocationId
              SubnetId: subnet-1
      `),
    },
    {
      name: 'exported through Outputs or used in a Sub: may be attached elsewhere',
      syntax: 'yaml',
      code: dedent(`
        Resources:
          Exported:
            Type: AWS::EC2::EIP
          InSub:
            Type: AWS::EC2::EIP
          Rule:
            Type: AWS::EC2::SecurityGroupIngress
            Properties:
              CidrIp: !Sub "\${InSub}/32"
        Outputs:
          AllocationId:
            Value: !GetAtt Exported.AllocationId
            Export:
              Name: static-ip
      `),
    },
    {
      name: 'BYOIP and IPAM pools',
      syntax: 'yaml',
      code: dedent(`
        Resources:
          Byoip:
            Type: AWS::EC2::EIP
            Properties:
              PublicIpv4Pool: ipv4pool-ec2-012345
          Ipam:
            Type: AWS::EC2::EIP
            Properties:
              IpamPoolId: ipam-pool-0123
      `),
    },
    {
      syntax: 'json',
      code: '{\n  "Resources": {\n    "Ip": { "Type": "AWS::EC2::EIP", "Properties": { "InstanceId": "i-0123456789abcdef0" } }\n  }\n}\n',
    },
    {
      syntax: 'terraform',
      code: dedent(`
        resource "aws_eip" "direct" {
          domain   = "vpc"
          instance = aws_instance.web.id
        }

        resource "aws_eip" "eni" {
          network_interface = var.eni_id
        }

        resource "aws_eip" "nat" {
          domain = "vpc"
        }

        resource "aws_nat_gateway" "nat" {
          allocation_id = aws_eip.nat.id
          subnet_id     = var.subnet_id
        }

        resource "aws_eip" "assoc" {
          domain = "vpc"
        }

        resource "aws_eip_association" "assoc" {
          allocation_id = aws_eip.assoc.id
          instance_id   = var.instance_id
        }
      `),
    },
    {
      name: 'outputs, locals and count-indexed references',
      syntax: 'terraform',
      code: dedent(`
        resource "aws_eip" "out" {
          domain = "vpc"
        }

        output "ip" {
          value = aws_eip.out.public_ip
        }

        resource "aws_eip" "many" {
          count  = 2
          domain = "vpc"
        }

        locals {
          ids = aws_eip.many[*].id
        }
      `),
    },
    {
      name: 'CDK L1: the variable is used by a NAT gateway or an output',
      syntax: 'typescript',
      code: dedent(`
        import * as ec2 from 'aws-cdk-lib/aws-ec2';
        import { CfnOutput } from 'aws-cdk-lib';
        const eip = new ec2.CfnEIP(this, 'Eip', { domain: 'vpc' });
        new ec2.CfnNatGateway(this, 'Nat', { allocationId: eip.attrAllocationId, subnetId: 'subnet-1' });
        const shown = new ec2.CfnEIP(this, 'Shown');
        new CfnOutput(this, 'Ip', { value: shown.ref });
        new ec2.CfnEIP(this, 'Attached', { instanceId: instance.instanceId });
      `),
    },
    {
      syntax: 'python',
      code: dedent(`
        from aws_cdk import aws_ec2 as ec2
        eip = ec2.CfnEIP(self, "Eip", domain="vpc")
        ec2.CfnEIPAssociation(self, "Assoc", allocation_id=eip.attr_allocation_id, instance_id="i-1")
      `),
    },
  ],
  invalid: [
    {
      syntax: 'yaml',
      code: dedent(`
        Resources:
          Ip:
            Type: AWS::EC2::EIP
            Properties:
              Domain: vpc
          Ip2:
            Type: AWS::EC2::EIP
          Other:
            Type: AWS::EC2::EIP
            Properties:
              PublicIpv4Pool: amazon
          Assoc:
            Type: AWS::EC2::EIPAssociation
            Properties:
              AllocationId: !GetAtt Ip2.AllocationId
      `),
      errors: [
        { messageId: 'unattached', line: 3, column: 11, endLine: 3, endColumn: 24, data: { name: 'Ip' }, severity: 'info' },
        { messageId: 'unattached', line: 9, column: 11, endLine: 9, endColumn: 24, data: { name: 'Other' } },
      ],
      output: null,
    },
    {
      syntax: 'json',
      code: '{\n  "Resources": {\n    "Ip": { "Type": "AWS::EC2::EIP", "Properties": { "Domain": "vpc" } }\n  }\n}\n',
      errors: [{ messageId: 'unattached', line: 3, column: 22, endLine: 3, endColumn: 35 }],
    },
    {
      syntax: 'terraform',
      code: dedent(`
        resource "aws_eip" "spare" {
          domain = "vpc"
        }

        resource "aws_eip" "used" {
          domain = "vpc"
        }

        resource "aws_eip_association" "a" {
          allocation_id = aws_eip.used.id
          instance_id   = var.instance_id
        }
      `),
      errors: [{ messageId: 'unattached', line: 1, column: 11, endLine: 1, endColumn: 18, data: { name: 'aws_eip.spare' } }],
    },
    {
      name: 'CDK L1 without a variable, and with one nobody uses',
      syntax: 'typescript',
      code: dedent(`
        import * as ec2 from 'aws-cdk-lib/aws-ec2';
        const spare = new ec2.CfnEIP(this, 'Spare', { domain: 'vpc' });
        new ec2.CfnEIP(this, 'Anonymous');
      `),
      errors: [
        { messageId: 'unattached', line: 2, column: 19, endLine: 2, endColumn: 29, data: { name: 'Spare' } },
        { messageId: 'unattached', line: 3, column: 5, endLine: 3, endColumn: 15, data: { name: 'Anonymous' } },
      ],
    },
    {
      syntax: 'python',
      code: dedent(`
        from aws_cdk import aws_ec2 as ec2
        ec2.CfnEIP(self, "Spare", domain="vpc")
      `),
      errors: [{ messageId: 'unattached', line: 2, column: 1, endLine: 2, endColumn: 11 }],
    },
  ],
});
