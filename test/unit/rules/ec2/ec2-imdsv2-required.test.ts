import rule from '../../../../src/core/rules/ec2/ec2-imdsv2-required';
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
              ImageId: ami-1
              MetadataOptions:
                HttpTokens: required
          Lt:
            Type: AWS::EC2::LaunchTemplate
            Properties:
              LaunchTemplateData:
                MetadataOptions:
                  HttpTokens: required
                  HttpPutResponseHopLimit: 2
          Lc:
            Type: AWS::AutoScaling::LaunchConfiguration
            Properties:
              ImageId: ami-1
              InstanceType: t3.micro
              MetadataOptions:
                HttpTokens: required
      `),
    },
    {
      name: 'an instance launched from a launch template takes its options',
      syntax: 'yaml',
      code: dedent(`
        Parameters:
          TemplateId:
            Type: String
        Resources:
          Web:
            Type: AWS::EC2::Instance
            Properties:
              LaunchTemplate:
                LaunchTemplateId: !Ref TemplateId
                Version: '1'
      `),
    },
    {
      name: 'metadata endpoint disabled, tokens from a parameter',
      syntax: 'yaml',
      code: dedent(`
        Parameters:
          Tokens:
            Type: String
        Resources:
          Off:
            Type: AWS::EC2::Instance
            Properties:
              MetadataOptions:
                HttpEndpoint: disabled
          Param:
            Type: AWS::EC2::Instance
            Properties:
              MetadataOptions:
                HttpTokens: !Ref Tokens
          Chosen:
            Type: AWS::EC2::Instance
            Properties:
              MetadataOptions: !If [Strict, { HttpTokens: required }, !Ref AWS::NoValue]
      `),
    },
    {
      syntax: 'json',
      code: '{\n  "Resources": {\n    "Web": {\n      "Type": "AWS::EC2::Instance",\n      "Properties": { "MetadataOptions": { "HttpTokens": "required" } }\n    }\n  }\n}\n',
    },
    {
      syntax: 'terraform',
      code: dedent(`
        resource "aws_instance" "web" {
          ami = "ami-1"
          metadata_options {
            http_tokens = "required"
          }
        }

        resource "aws_launch_template" "lt" {
          metadata_options {
            http_endpoint = "enabled"
            http_tokens   = "required"
          }
        }

        resource "aws_instance" "from_template" {
          launch_template {
            id = aws_launch_template.lt.id
          }
        }
      `),
    },
    {
      name: 'account-level default requires tokens for the Region',
      syntax: 'terraform',
      code: dedent(`
        resource "aws_ec2_instance_metadata_defaults" "this" {
          http_tokens                 = "required"
          http_put_response_hop_limit = 1
        }

        resource "aws_instance" "web" {
          ami = "ami-1"
        }
      `),
    },
    {
      name: 'Amazon Linux 2023 AMIs default to IMDSv2',
      syntax: 'yaml',
      code: dedent(`
        Parameters:
          LatestAmiId:
            Type: AWS::SSM::Parameter::Value<AWS::EC2::Image::Id>
            Default: /aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-x86_64
        Resources:
          FromParam:
            Type: AWS::EC2::Instance
            Properties:
              ImageId: !Ref LatestAmiId
          Resolved:
            Type: AWS::EC2::LaunchTemplate
            Properties:
              LaunchTemplateData:
                ImageId: '{{resolve:ssm:/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-arm64}}'
      `),
    },
    {
      name: 'Amazon Linux 2023 from a data source',
      syntax: 'terraform',
      code: dedent(`
        data "aws_ami" "al2023" {
          most_recent = true
          owners      = ["amazon"]
          filter {
            name   = "name"
            values = ["al2023-ami-2023.*-x86_64"]
          }
        }

        resource "aws_instance" "web" {
          ami = data.aws_ami.al2023.id
        }
      `),
    },
    {
      name: 'Amazon Linux 2023 in CDK',
      syntax: 'typescript',
      code: dedent(`
        import * as ec2 from 'aws-cdk-lib/aws-ec2';
        new ec2.Instance(this, 'Web', { vpc, instanceType, machineImage: ec2.MachineImage.latestAmazonLinux2023() });
        new ec2.BastionHostLinux(this, 'Bastion', { vpc });
      `),
    },
    {
      name: 'tokens from a variable',
      syntax: 'terraform',
      code: dedent(`
        resource "aws_instance" "web" {
          ami = "ami-1"
          metadata_options {
            http_tokens = var.http_tokens
          }
        }
      `),
    },
    {
      syntax: 'typescript',
      code: dedent(`
        import * as ec2 from 'aws-cdk-lib/aws-ec2';
        new ec2.Instance(this, 'Web', { vpc, instanceType, machineImage, requireImdsv2: true });
        new ec2.Instance(this, 'Web2', { vpc, instanceType, machineImage, httpTokens: ec2.HttpTokens.REQUIRED });
        new ec2.LaunchTemplate(this, 'Lt', { httpTokens: ec2.LaunchTemplateHttpTokens.REQUIRED });
        new ec2.LaunchTemplate(this, 'Off', { httpEndpoint: false });
        new ec2.Instance(this, 'Props', { ...props });
      `),
    },
    {
      name: 'the CDK aspect requires IMDSv2 for the whole scope',
      syntax: 'typescript',
      code: dedent(`
        import * as ec2 from 'aws-cdk-lib/aws-ec2';
        import { Aspects } from 'aws-cdk-lib';
        new ec2.Instance(this, 'Web', { vpc, instanceType, machineImage });
        Aspects.of(this).add(new ec2.InstanceRequireImdsv2Aspect());
      `),
    },
    {
      name: 'L1 instance',
      syntax: 'typescript',
      code: dedent(`
        import * as ec2 from 'aws-cdk-lib/aws-ec2';
        new ec2.CfnInstance(this, 'Web', { imageId: 'ami-1', metadataOptions: { httpTokens: 'required' } });
      `),
    },
    {
      syntax: 'python',
      code: dedent(`
        from aws_cdk import aws_ec2 as ec2
        ec2.Instance(self, "Web", vpc=vpc, instance_type=t, machine_image=m, require_imdsv2=True)
      `),
    },
  ],
  invalid: [
    {
      name: 'a literal AMI id: its IMDS support is unknown, so the setting is asked for',
      syntax: 'yaml',
      code: dedent(`
        Resources:
          Web:
            Type: AWS::EC2::Instance
            Properties:
              ImageId: ami-1
      `),
      errors: [{ messageId: 'missing', line: 3, column: 11, endLine: 3, endColumn: 29, data: { name: 'Web' }, severity: 'warning' }],
      output: dedent(`
        Resources:
          Web:
            Type: AWS::EC2::Instance
            Properties:
              ImageId: ami-1
              MetadataOptions:
                HttpTokens: required
      `),
    },
    {
      name: 'options without tokens, explicit optional, launch template and configuration',
      syntax: 'yaml',
      code: dedent(`
        Resources:
          Web:
            Type: AWS::EC2::Instance
            Properties:
              MetadataOptions:
                HttpPutResponseHopLimit: 2
          Web3:
            Type: AWS::EC2::Instance
            Properties:
              MetadataOptions:
                HttpTokens: optional
          Lt:
            Type: AWS::EC2::LaunchTemplate
            Properties:
              LaunchTemplateData:
                InstanceType: t3.micro
          Lc:
            Type: AWS::AutoScaling::LaunchConfiguration
            Properties:
              ImageId: ami-1
              InstanceType: t3.micro
      `),
      errors: [
        { messageId: 'missing', line: 5, column: 7, endLine: 5, endColumn: 22, data: { name: 'Web' } },
        { messageId: 'optional', line: 11, column: 21, endLine: 11, endColumn: 29, data: { name: 'Web3' } },
        { messageId: 'missing', line: 13, column: 11, endLine: 13, endColumn: 35, data: { name: 'Lt' } },
        { messageId: 'missing', line: 18, column: 11, endLine: 18, endColumn: 48, data: { name: 'Lc' } },
      ],
      output: dedent(`
        Resources:
          Web:
            Type: AWS::EC2::Instance
            Properties:
              MetadataOptions:
                HttpPutResponseHopLimit: 2
                HttpTokens: required
          Web3:
            Type: AWS::EC2::Instance
            Properties:
              MetadataOptions:
                HttpTokens: required
          Lt:
            Type: AWS::EC2::LaunchTemplate
            Properties:
              LaunchTemplateData:
                InstanceType: t3.micro
                MetadataOptions:
                  HttpTokens: required
          Lc:
            Type: AWS::AutoScaling::LaunchConfiguration
            Properties:
              ImageId: ami-1
              InstanceType: t3.micro
              MetadataOptions:
                HttpTokens: required
      `),
    },
    {
      syntax: 'json',
      code: '{\n  "Resources": {\n    "Web": {\n      "Type": "AWS::EC2::Instance",\n      "Properties": { "MetadataOptions": { "HttpTokens": "optional" } }\n    }\n  }\n}\n',
      errors: [{ messageId: 'optional', line: 5, column: 58, endLine: 5, endColumn: 68 }],
      output: '{\n  "Resources": {\n    "Web": {\n      "Type": "AWS::EC2::Instance",\n      "Properties": { "MetadataOptions": { "HttpTokens": "required" } }\n    }\n  }\n}\n',
    },
    {
      syntax: 'terraform',
      code: dedent(`
        resource "aws_instance" "web" {
          ami = "ami-1"
        }

        resource "aws_launch_template" "lt" {
          metadata_options {
            http_tokens = "optional"
          }
        }
      `),
      errors: [
        { messageId: 'missing', line: 1, column: 11, endLine: 1, endColumn: 23, data: { name: 'aws_instance.web' } },
        { messageId: 'optional', line: 7, column: 19, endLine: 7, endColumn: 29, data: { name: 'aws_launch_template.lt' } },
      ],
      output: dedent(`
        resource "aws_instance" "web" {
          ami = "ami-1"

          metadata_options {
            http_tokens = "required"
          }
        }

        resource "aws_launch_template" "lt" {
          metadata_options {
            http_tokens = "required"
          }
        }
      `),
    },
    {
      name: 'an explicit optional wins over an Amazon Linux 2023 AMI default',
      syntax: 'yaml',
      code: dedent(`
        Resources:
          Web:
            Type: AWS::EC2::Instance
            Properties:
              ImageId: '{{resolve:ssm:/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-x86_64}}'
              MetadataOptions:
                HttpTokens: optional
      `),
      errors: [{ messageId: 'optional', line: 7, column: 21, endLine: 7, endColumn: 29 }],
      output: dedent(`
        Resources:
          Web:
            Type: AWS::EC2::Instance
            Properties:
              ImageId: '{{resolve:ssm:/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-x86_64}}'
              MetadataOptions:
                HttpTokens: required
      `),
    },
    {
      name: 'options on the instance override its launch template',
      syntax: 'terraform',
      code: dedent(`
        resource "aws_instance" "web" {
          launch_template {
            id = var.template_id
          }
          metadata_options {
            http_tokens = "optional"
          }
        }
      `),
      errors: [{ messageId: 'optional', line: 6, column: 19, endLine: 6, endColumn: 29 }],
      output: dedent(`
        resource "aws_instance" "web" {
          launch_template {
            id = var.template_id
          }
          metadata_options {
            http_tokens = "required"
          }
        }
      `),
    },
    {
      name: 'an account-level default of optional does not silence',
      syntax: 'terraform',
      code: dedent(`
        resource "aws_ec2_instance_metadata_defaults" "this" {
          http_tokens = "optional"
        }

        resource "aws_launch_configuration" "lc" {
          image_id      = "ami-1"
          instance_type = "t3.micro"
          metadata_options {
            http_endpoint = "enabled"
          }
        }
      `),
      errors: [{ messageId: 'missing', line: 8, column: 3, endLine: 8, endColumn: 19, data: { name: 'aws_launch_configuration.lc' } }],
      output: dedent(`
        resource "aws_ec2_instance_metadata_defaults" "this" {
          http_tokens = "optional"
        }

        resource "aws_launch_configuration" "lc" {
          image_id      = "ami-1"
          instance_type = "t3.micro"
          metadata_options {
            http_endpoint = "enabled"
            http_tokens   = "required"
          }
        }
      `),
    },
    {
      syntax: 'typescript',
      code: dedent(`
        import * as ec2 from 'aws-cdk-lib/aws-ec2';
        new ec2.Instance(this, 'Web', { vpc, instanceType, machineImage });
        new ec2.LaunchTemplate(this, 'Lt', { httpTokens: ec2.LaunchTemplateHttpTokens.OPTIONAL });
        new ec2.Instance(this, 'Web2', { vpc, requireImdsv2: false });
      `),
      errors: [
        { messageId: 'missing', line: 2, column: 5, endLine: 2, endColumn: 17, data: { name: 'Web' } },
        { messageId: 'optional', line: 3, column: 50, endLine: 3, endColumn: 87, data: { name: 'Lt' } },
        { messageId: 'missing', line: 4, column: 54, endLine: 4, endColumn: 59, data: { name: 'Web2' } },
      ],
      output: dedent(`
        import * as ec2 from 'aws-cdk-lib/aws-ec2';
        new ec2.Instance(this, 'Web', { vpc, instanceType, machineImage, requireImdsv2: true });
        new ec2.LaunchTemplate(this, 'Lt', { httpTokens: ec2.LaunchTemplateHttpTokens.REQUIRED });
        new ec2.Instance(this, 'Web2', { vpc, requireImdsv2: true });
      `),
    },
    {
      name: 'L1 launch template',
      syntax: 'typescript',
      code: dedent(`
        import * as ec2 from 'aws-cdk-lib/aws-ec2';
        new ec2.CfnLaunchTemplate(this, 'Lt', { launchTemplateData: { instanceType: 't3.micro' } });
      `),
      errors: [{ messageId: 'missing', line: 2, column: 5, endLine: 2, endColumn: 26 }],
      output: dedent(`
        import * as ec2 from 'aws-cdk-lib/aws-ec2';
        new ec2.CfnLaunchTemplate(this, 'Lt', { launchTemplateData: { instanceType: 't3.micro', metadataOptions: { httpTokens: 'required' } } });
      `),
    },
    {
      syntax: 'python',
      code: dedent(`
        from aws_cdk import aws_ec2 as ec2
        ec2.Instance(self, "Web", vpc=vpc, http_tokens=ec2.HttpTokens.OPTIONAL)
        ec2.LaunchTemplate(self, "Lt", instance_type=t)
      `),
      errors: [
        { messageId: 'optional', line: 2, column: 48, endLine: 2, endColumn: 71 },
        { messageId: 'missing', line: 3, column: 1, endLine: 3, endColumn: 19 },
      ],
      output: dedent(`
        from aws_cdk import aws_ec2 as ec2
        ec2.Instance(self, "Web", vpc=vpc, http_tokens=ec2.HttpTokens.REQUIRED)
        ec2.LaunchTemplate(self, "Lt", instance_type=t, require_imdsv2=True)
      `),
    },
  ],
});
