import rule from '../../../../src/core/rules/ec2/ec2-current-generation';
import { dedent, runRuleTests } from '../ruleTester';

runRuleTests(rule, {
  valid: [
    {
      syntax: 'yaml',
      code: dedent(`
        Resources:
          Web:
            Type: AWS::EC2::Instance
            Properties:
              InstanceType: m7i.large
          Graviton:
            Type: AWS::EC2::Instance
            Properties:
              InstanceType: c7g.xlarge
      `),
    },
    {
      name: 'T2 is still listed as current generation by AWS',
      syntax: 'yaml',
      code: dedent(`
        Resources:
          Web:
            Type: AWS::EC2::Instance
            Properties:
              InstanceType: t2.micro
      `),
    },
    {
      name: 'types from parameters, mappings and conditions are not guessed',
      syntax: 'yaml',
      code: dedent(`
        Parameters:
          Type:
            Type: String
            Default: m4.large
        Resources:
          Web:
            Type: AWS::EC2::Instance
            Properties:
              InstanceType: !Ref Type
          Other:
            Type: AWS::EC2::Instance
            Properties:
              InstanceType: !FindInMap [Types, !Ref Env, Web]
      `),
    },
    {
      name: 'RDS classes are out of scope',
      syntax: 'yaml',
      code: dedent(`
        Resources:
          Db:
            Type: AWS::RDS::DBInstance
            Properties:
              DBInstanceClass: db.m4.large
      `),
    },
    {
      syntax: 'json',
      code: '{\n  "Resources": {\n    "Web": { "Type": "AWS::EC2::Instance", "Properties": { "InstanceType": "r7i.large" } }\n  }\n}\n',
    },
    {
      syntax: 'terraform',
      code: dedent(`
        resource "aws_instance" "web" {
          ami           = "ami-1"
          instance_type = "t3.micro"
        }

        resource "aws_launch_template" "lt" {
          instance_type = var.instance_type
        }
      `),
    },
    {
      syntax: 'typescript',
      code: dedent(`
        import * as ec2 from 'aws-cdk-lib/aws-ec2';
        new ec2.Instance(this, 'A', { vpc, machineImage, instanceType: ec2.InstanceType.of(ec2.InstanceClass.BURSTABLE3, ec2.InstanceSize.MICRO) });
        new ec2.Instance(this, 'B', { vpc, machineImage, instanceType: new ec2.InstanceType('m7g.large') });
        new ec2.Instance(this, 'C', { vpc, machineImage, instanceType: props.instanceType });
        new ec2.Instance(this, 'D', { vpc, machineImage, instanceType: new ec2.InstanceType(\`\${family}.large\`) });
      `),
    },
    {
      syntax: 'python',
      code: dedent(`
        from aws_cdk import aws_ec2 as ec2
        ec2.Instance(self, "A", vpc=vpc, instance_type=ec2.InstanceType("m7i.large"))
      `),
    },
  ],
  invalid: [
    {
      name: 'instance, launch template, launch configuration; fix only when the size exists in the successor',
      syntax: 'yaml',
      code: dedent(`
        Resources:
          Web:
            Type: AWS::EC2::Instance
            Properties:
              InstanceType: m4.large
          Big:
            Type: AWS::EC2::Instance
            Properties:
              InstanceType: m4.10xlarge
          Lt:
            Type: AWS::EC2::LaunchTemplate
            Properties:
              LaunchTemplateData:
                InstanceType: c3.large
          Lc:
            Type: AWS::AutoScaling::LaunchConfiguration
            Properties:
              InstanceType: "r4.xlarge"
      `),
      errors: [
        { messageId: 'previous', line: 5, column: 21, endLine: 5, endColumn: 29, severity: 'info', data: { type: 'm4.large', suggest: 'm7i or m7g' } },
        { messageId: 'previous', line: 9, column: 21, endLine: 9, endColumn: 32, data: { type: 'm4.10xlarge', suggest: 'm7i or m7g' } },
        { messageId: 'previous', line: 14, column: 23, endLine: 14, endColumn: 31, data: { type: 'c3.large', suggest: 'c7i or c7g' } },
        { messageId: 'previous', line: 18, column: 21, endLine: 18, endColumn: 32, data: { type: 'r4.xlarge', suggest: 'r7i or r7g' } },
      ],
      output: dedent(`
        Resources:
          Web:
            Type: AWS::EC2::Instance
            Properties:
              InstanceType: m7i.large
          Big:
            Type: AWS::EC2::Instance
            Properties:
              InstanceType: m4.10xlarge
          Lt:
            Type: AWS::EC2::LaunchTemplate
            Properties:
              LaunchTemplateData:
                InstanceType: c3.large
          Lc:
            Type: AWS::AutoScaling::LaunchConfiguration
            Properties:
              InstanceType: r7i.xlarge
      `),
    },
    {
      name: 'paravirtual and instance-store families get a suggestion only',
      syntax: 'yaml',
      code: dedent(`
        Resources:
          Micro:
            Type: AWS::EC2::Instance
            Properties:
              InstanceType: t1.micro
          Store:
            Type: AWS::EC2::Instance
            Properties:
              InstanceType: i2.xlarge
      `),
      errors: [
        { messageId: 'previous', line: 5, column: 21, endLine: 5, endColumn: 29, data: { type: 't1.micro', suggest: 't3 or t4g' } },
        { messageId: 'previous', line: 9, column: 21, endLine: 9, endColumn: 30, data: { type: 'i2.xlarge', suggest: 'i4i or i4g' } },
      ],
      output: null,
    },
    {
      syntax: 'json',
      code: '{\n  "Resources": {\n    "Web": { "Type": "AWS::EC2::Instance", "Properties": { "InstanceType": "c4.2xlarge" } }\n  }\n}\n',
      errors: [{ messageId: 'previous', line: 3, column: 76, endLine: 3, endColumn: 88 }],
      output: '{\n  "Resources": {\n    "Web": { "Type": "AWS::EC2::Instance", "Properties": { "InstanceType": "c7i.2xlarge" } }\n  }\n}\n',
    },
    {
      syntax: 'terraform',
      code: dedent(`
        resource "aws_instance" "web" {
          ami           = "ami-1"
          instance_type = "c4.xlarge"
        }

        resource "aws_launch_template" "lt" {
          instance_type = "m3.medium"
        }

        resource "aws_launch_configuration" "lc" {
          image_id      = "ami-1"
          instance_type = "a1.large"
        }
      `),
      errors: [
        { messageId: 'previous', line: 3, column: 19, endLine: 3, endColumn: 30, data: { type: 'c4.xlarge', suggest: 'c7i or c7g' } },
        { messageId: 'previous', line: 7, column: 19, endLine: 7, endColumn: 30, data: { type: 'm3.medium', suggest: 'm7i or m7g' } },
        { messageId: 'previous', line: 12, column: 19, endLine: 12, endColumn: 29, data: { type: 'a1.large', suggest: 'm7g or c7g (Graviton)' } },
      ],
      output: dedent(`
        resource "aws_instance" "web" {
          ami           = "ami-1"
          instance_type = "c7i.xlarge"
        }

        resource "aws_launch_template" "lt" {
          instance_type = "m3.medium"
        }

        resource "aws_launch_configuration" "lc" {
          image_id      = "ami-1"
          instance_type = "m7g.large"
        }
      `),
    },
    {
      syntax: 'typescript',
      code: dedent(`
        import * as ec2 from 'aws-cdk-lib/aws-ec2';
        import * as autoscaling from 'aws-cdk-lib/aws-autoscaling';
        import { InstanceType } from 'aws-cdk-lib/aws-ec2';
        new ec2.Instance(this, 'A', { instanceType: ec2.InstanceType.of(ec2.InstanceClass.STANDARD4, ec2.InstanceSize.XLARGE16) });
        new autoscaling.AutoScalingGroup(this, 'B', { instanceType: new InstanceType('c4.large') });
        new ec2.LaunchTemplate(this, 'C', { instanceType: ec2.InstanceType.of(ec2.InstanceClass.M3, ec2.InstanceSize.MEDIUM) });
      `),
      errors: [
        { messageId: 'previous', line: 4, column: 45, endLine: 4, endColumn: 120, data: { type: 'm4.16xlarge', suggest: 'm7i or m7g' } },
        { messageId: 'previous', line: 5, column: 61, endLine: 5, endColumn: 89, data: { type: 'c4.large', suggest: 'c7i or c7g' } },
        { messageId: 'previous', line: 6, column: 51, endLine: 6, endColumn: 117, data: { type: 'm3.medium', suggest: 'm7i or m7g' } },
      ],
      output: dedent(`
        import * as ec2 from 'aws-cdk-lib/aws-ec2';
        import * as autoscaling from 'aws-cdk-lib/aws-autoscaling';
        import { InstanceType } from 'aws-cdk-lib/aws-ec2';
        new ec2.Instance(this, 'A', { instanceType: ec2.InstanceType.of(ec2.InstanceClass.M7I, ec2.InstanceSize.XLARGE16) });
        new autoscaling.AutoScalingGroup(this, 'B', { instanceType: new InstanceType('c7i.large') });
        new ec2.LaunchTemplate(this, 'C', { instanceType: ec2.InstanceType.of(ec2.InstanceClass.M3, ec2.InstanceSize.MEDIUM) });
      `),
    },
    {
      name: 'L1 instance',
      syntax: 'typescript',
      code: dedent(`
        import * as ec2 from 'aws-cdk-lib/aws-ec2';
        new ec2.CfnInstance(this, 'D', { instanceType: 'a1.medium' });
      `),
      errors: [{ messageId: 'previous', line: 2, column: 48, endLine: 2, endColumn: 59 }],
      output: dedent(`
        import * as ec2 from 'aws-cdk-lib/aws-ec2';
        new ec2.CfnInstance(this, 'D', { instanceType: 'm7g.medium' });
      `),
    },
    {
      syntax: 'python',
      code: dedent(`
        from aws_cdk import aws_ec2 as ec2
        ec2.Instance(self, "A", vpc=vpc, instance_type=ec2.InstanceType("m4.large"))
        ec2.Instance(self, "B", vpc=vpc, instance_type=ec2.InstanceType.of(ec2.InstanceClass.R4, ec2.InstanceSize.LARGE))
      `),
      errors: [
        { messageId: 'previous', line: 2, column: 48, endLine: 2, endColumn: 76 },
        { messageId: 'previous', line: 3, column: 48, endLine: 3, endColumn: 113 },
      ],
      output: dedent(`
        from aws_cdk import aws_ec2 as ec2
        ec2.Instance(self, "A", vpc=vpc, instance_type=ec2.InstanceType("m7i.large"))
        ec2.Instance(self, "B", vpc=vpc, instance_type=ec2.InstanceType.of(ec2.InstanceClass.R7I, ec2.InstanceSize.LARGE))
      `),
    },
  ],
});
