import rule from '../../../../src/core/rules/vpc/vpc-flow-logs-enabled';
import { dedent, runRuleTests } from '../ruleTester';

const VPC = 'Resources:\n  Vpc:\n    Type: AWS::EC2::VPC\n    Properties:\n      CidrBlock: 10.0.0.0/16\n';

const CFN_FIX = (suffix = '') =>
  `  VpcFlowLogGroup:
    Type: AWS::Logs::LogGroup
    Properties:
      RetentionInDays: 365
  VpcFlowLogRole:
    Type: AWS::IAM::Role
    Properties:
      AssumeRolePolicyDocument:
        Version: '2012-10-17'
        Statement:
          - Effect: Allow
            Principal:
              Service: vpc-flow-logs.amazonaws.com
            Action: sts:AssumeRole
            Condition:
              StringEquals:
                aws:SourceAccount: !Ref AWS::AccountId
      Policies:
        - PolicyName: flow-logs
          PolicyDocument:
            Version: '2012-10-17'
            Statement:
              - Effect: Allow
                Action:
                  - logs:CreateLogStream
                  - logs:PutLogEvents
                  - logs:DescribeLogStreams
                Resource: !GetAtt VpcFlowLogGroup.Arn
  VpcFlowLog${suffix}:
    Type: AWS::EC2::FlowLog
    Properties:
      ResourceId: !Ref Vpc
      ResourceType: VPC
      TrafficType: ALL
      LogDestinationType: cloud-watch-logs
      LogGroupName: !Ref VpcFlowLogGroup
      DeliverLogsPermissionArn: !GetAtt VpcFlowLogRole.Arn
`;

runRuleTests(rule, {
  valid: [
    {
      syntax: 'yaml',
      code: dedent(`
        Resources:
          Vpc:
            Type: AWS::EC2::VPC
            Properties:
              CidrBlock: 10.0.0.0/16
          FlowLog:
            Type: AWS::EC2::FlowLog
            Properties:
              ResourceId: !Ref Vpc
              ResourceType: VPC
              TrafficType: ALL
              LogDestinationType: s3
              LogDestination: arn:aws:s3:::flow-logs
      `),
    },
    {
      name: 'a flow log on a subnet of the VPC',
      syntax: 'yaml',
      code: dedent(`
        Resources:
          Vpc:
            Type: AWS::EC2::VPC
            Properties:
              CidrBlock: 10.0.0.0/16
          Subnet:
            Type: AWS::EC2::Subnet
            Properties:
              VpcId: !Ref Vpc
              CidrBlock: 10.0.0.0/24
          FlowLog:
            Type: AWS::EC2::FlowLog
            Properties:
              ResourceId: !Ref Subnet
              ResourceType: Subnet
              TrafficType: REJECT
              LogDestinationType: s3
              LogDestination: arn:aws:s3:::flow-logs
      `),
    },
    {
      name: 'a flow log whose target we cannot resolve may be this VPC\'s',
      syntax: 'yaml',
      code: dedent(`
        Resources:
          Vpc:
            Type: AWS::EC2::VPC
            Properties:
              CidrBlock: 10.0.0.0/16
          FlowLog:
            Type: AWS::EC2::FlowLog
            Properties:
              ResourceId: !If [UseNew, !Ref Vpc, !Ref ExistingVpc]
              ResourceType: VPC
              TrafficType: ALL
      `),
    },
    {
      syntax: 'json',
      code: '{\n  "Resources": {\n    "Vpc": { "Type": "AWS::EC2::VPC", "Properties": { "CidrBlock": "10.0.0.0/16" } },\n    "FlowLog": { "Type": "AWS::EC2::FlowLog", "Properties": { "ResourceId": { "Ref": "Vpc" }, "ResourceType": "VPC", "TrafficType": "ALL" } }\n  }\n}\n',
    },
    {
      name: 'a flow log on the VPC, on a subnet, through a local, a VPC handed to a module',
      syntax: 'terraform',
      code: dedent(`
        resource "aws_vpc" "main" {
          cidr_block = "10.0.0.0/16"
        }

        resource "aws_flow_log" "main" {
          vpc_id               = aws_vpc.main.id
          traffic_type         = "ALL"
          log_destination_type = "s3"
          log_destination      = aws_s3_bucket.logs.arn
        }

        resource "aws_vpc" "edge" {
          cidr_block = "10.1.0.0/16"
        }

        resource "aws_subnet" "edge" {
          vpc_id     = aws_vpc.edge.id
          cidr_block = "10.1.0.0/24"
        }

        resource "aws_flow_log" "edge" {
          subnet_id            = aws_subnet.edge.id
          traffic_type         = "REJECT"
          log_destination_type = "s3"
          log_destination      = aws_s3_bucket.logs.arn
        }

        resource "aws_vpc" "lab" {
          cidr_block = "10.2.0.0/16"
        }

        module "lab_flow_logs" {
          source = "./flow-logs"
          vpc_id = aws_vpc.lab.id
        }
      `),
    },
    {
      syntax: 'terraform',
      code: dedent(`
        locals {
          vpc_id = aws_vpc.main.id
        }

        resource "aws_vpc" "main" {
          cidr_block = "10.0.0.0/16"
        }

        resource "aws_flow_log" "main" {
          vpc_id          = local.vpc_id
          traffic_type    = "ALL"
          log_destination = aws_s3_bucket.logs.arn
        }
      `),
    },
    {
      name: 'flowLogs, addFlowLog, FlowLog.fromVpc, props we cannot see',
      syntax: 'typescript',
      code: dedent(`
        import * as ec2 from 'aws-cdk-lib/aws-ec2';
        new ec2.Vpc(this, 'A', { flowLogs: { FlowLog: {} } });
        const b = new ec2.Vpc(this, 'B');
        b.addFlowLog('FlowLog');
        const c = new ec2.Vpc(this, 'C', { maxAzs: 2 });
        new ec2.FlowLog(this, 'CFlowLog', { resourceType: ec2.FlowLogResourceType.fromVpc(c) });
        new ec2.Vpc(this, 'D', { ...props.vpc });
        new ec2.Vpc(this, 'E', props);
        new ec2.Vpc(this, 'F', { flowLogs: props.flowLogs });
      `),
    },
    {
      name: 'a flow log added where the model cannot see it',
      syntax: 'typescript',
      code: dedent(`
        import * as ec2 from 'aws-cdk-lib/aws-ec2';
        function logged(vpc: ec2.Vpc) {
          vpc.addFlowLog('FlowLog');
          return vpc;
        }
        const vpc = logged(new ec2.Vpc(this, 'Vpc'));
      `),
    },
    {
      name: 'L1 constructs',
      syntax: 'typescript',
      code: dedent(`
        import * as ec2 from 'aws-cdk-lib/aws-ec2';
        const vpc = new ec2.CfnVPC(this, 'Vpc', { cidrBlock: '10.0.0.0/16' });
        new ec2.CfnFlowLog(this, 'FlowLog', { resourceId: vpc.ref, resourceType: 'VPC', trafficType: 'ALL' });
      `),
    },
    {
      syntax: 'python',
      code: dedent(`
        from aws_cdk import aws_ec2 as ec2
        ec2.Vpc(self, "A", flow_logs={"FlowLog": ec2.FlowLogOptions()})
        b = ec2.Vpc(self, "B")
        b.add_flow_log("FlowLog")
      `),
    },
  ],
  invalid: [
    {
      syntax: 'yaml',
      code: VPC + '  Subnet:\n    Type: AWS::EC2::Subnet\n    Properties:\n      VpcId: !Ref Vpc\n      CidrBlock: 10.0.0.0/24\n',
      errors: [{ messageId: 'missing', line: 3, column: 11, endLine: 3, endColumn: 24, data: { name: 'Vpc' } }],
      output: VPC + CFN_FIX() + '  Subnet:\n    Type: AWS::EC2::Subnet\n    Properties:\n      VpcId: !Ref Vpc\n      CidrBlock: 10.0.0.0/24\n',
    },
    {
      name: 'the flow log of another VPC; names already taken',
      syntax: 'yaml',
      code:
        'Parameters:\n  OtherVpc:\n    Type: AWS::EC2::VPC::Id\n' +
        VPC +
        '  VpcFlowLog:\n    Type: AWS::EC2::FlowLog\n    Properties:\n      ResourceId: !Ref OtherVpc\n      ResourceType: VPC\n      TrafficType: ALL\n      LogDestinationType: s3\n      LogDestination: arn:aws:s3:::flow-logs\n',
      errors: [{ messageId: 'missing', line: 6, column: 11, endLine: 6, endColumn: 24 }],
      output:
        'Parameters:\n  OtherVpc:\n    Type: AWS::EC2::VPC::Id\n' +
        VPC +
        CFN_FIX('2') +
        '  VpcFlowLog:\n    Type: AWS::EC2::FlowLog\n    Properties:\n      ResourceId: !Ref OtherVpc\n      ResourceType: VPC\n      TrafficType: ALL\n      LogDestinationType: s3\n      LogDestination: arn:aws:s3:::flow-logs\n',
    },
    {
      syntax: 'json',
      code: '{\n  "Resources": {\n    "Vpc": {\n      "Type": "AWS::EC2::VPC",\n      "Properties": { "CidrBlock": "10.0.0.0/16" }\n    }\n  }\n}\n',
      errors: [{ messageId: 'missing', line: 4, column: 16, endLine: 4, endColumn: 29 }],
      output:
        '{\n  "Resources": {\n    "Vpc": {\n      "Type": "AWS::EC2::VPC",\n      "Properties": { "CidrBlock": "10.0.0.0/16" }\n    },\n' +
        '    "VpcFlowLogGroup": {\n      "Type": "AWS::Logs::LogGroup",\n      "Properties": {\n        "RetentionInDays": 365\n      }\n    },\n' +
        '    "VpcFlowLogRole": {\n      "Type": "AWS::IAM::Role",\n      "Properties": {\n        "AssumeRolePolicyDocument": {\n          "Version": "2012-10-17",\n          "Statement": [\n            {\n              "Effect": "Allow",\n              "Principal": {\n                "Service": "vpc-flow-logs.amazonaws.com"\n              },\n              "Action": "sts:AssumeRole",\n              "Condition": {\n                "StringEquals": {\n                  "aws:SourceAccount": {"Ref": "AWS::AccountId"}\n                }\n              }\n            }\n          ]\n        },\n' +
        '        "Policies": [\n          {\n            "PolicyName": "flow-logs",\n            "PolicyDocument": {\n              "Version": "2012-10-17",\n              "Statement": [\n                {\n                  "Effect": "Allow",\n                  "Action": [\n                    "logs:CreateLogStream",\n                    "logs:PutLogEvents",\n                    "logs:DescribeLogStreams"\n                  ],\n                  "Resource": {"Fn::GetAtt": ["VpcFlowLogGroup", "Arn"]}\n                }\n              ]\n            }\n          }\n        ]\n      }\n    },\n' +
        '    "VpcFlowLog": {\n      "Type": "AWS::EC2::FlowLog",\n      "Properties": {\n        "ResourceId": {"Ref": "Vpc"},\n        "ResourceType": "VPC",\n        "TrafficType": "ALL",\n        "LogDestinationType": "cloud-watch-logs",\n        "LogGroupName": {"Ref": "VpcFlowLogGroup"},\n        "DeliverLogsPermissionArn": {"Fn::GetAtt": ["VpcFlowLogRole", "Arn"]}\n      }\n    }\n  }\n}\n',
    },
    {
      name: 'the flow log of a VPC passed in as a variable is another VPC\'s',
      syntax: 'terraform',
      code: dedent(`
        resource "aws_vpc" "main" {
          cidr_block = "10.0.0.0/16"
        }

        resource "aws_flow_log" "shared" {
          vpc_id          = var.shared_vpc_id
          traffic_type    = "ALL"
          log_destination = var.bucket_arn
        }
      `),
      errors: [{ messageId: 'missing', line: 1, column: 11, endLine: 1, endColumn: 18, data: { name: 'aws_vpc.main' } }],
      output: dedent(`
        resource "aws_vpc" "main" {
          cidr_block = "10.0.0.0/16"
        }

        resource "aws_cloudwatch_log_group" "main_flow_log" {
          retention_in_days = 365
        }

        resource "aws_iam_role" "main_flow_log" {
          assume_role_policy = jsonencode({
            Version = "2012-10-17"
            Statement = [{
              Effect    = "Allow"
              Principal = { Service = "vpc-flow-logs.amazonaws.com" }
              Action    = "sts:AssumeRole"
            }]
          })
        }

        resource "aws_iam_role_policy" "main_flow_log" {
          role = aws_iam_role.main_flow_log.id
          policy = jsonencode({
            Version = "2012-10-17"
            Statement = [{
              Effect   = "Allow"
              Action   = ["logs:CreateLogStream", "logs:PutLogEvents", "logs:DescribeLogStreams"]
              Resource = "\${aws_cloudwatch_log_group.main_flow_log.arn}:*"
            }]
          })
        }

        resource "aws_flow_log" "main_flow_log" {
          vpc_id          = aws_vpc.main.id
          traffic_type    = "ALL"
          log_destination = aws_cloudwatch_log_group.main_flow_log.arn
          iam_role_arn    = aws_iam_role.main_flow_log.arn
        }

        resource "aws_flow_log" "shared" {
          vpc_id          = var.shared_vpc_id
          traffic_type    = "ALL"
          log_destination = var.bucket_arn
        }
      `),
    },
    {
      name: 'no props, other props, an empty flowLogs',
      syntax: 'typescript',
      code: dedent(`
        import * as ec2 from 'aws-cdk-lib/aws-ec2';
        new ec2.Vpc(this, 'A');
        const b = new ec2.Vpc(this, 'B', { maxAzs: 2 });
        new ec2.Vpc(this, 'C', { flowLogs: {} });
      `),
      errors: [
        { messageId: 'missing', line: 2, column: 5, endLine: 2, endColumn: 12, data: { name: 'A' } },
        { messageId: 'missing', line: 3, column: 15, endLine: 3, endColumn: 22, data: { name: 'B' } },
        { messageId: 'missing', line: 4, column: 5, endLine: 4, endColumn: 12, data: { name: 'C' } },
      ],
      output: dedent(`
        import * as ec2 from 'aws-cdk-lib/aws-ec2';
        new ec2.Vpc(this, 'A', { flowLogs: { FlowLog: {} } });
        const b = new ec2.Vpc(this, 'B', { maxAzs: 2, flowLogs: { FlowLog: {} } });
        new ec2.Vpc(this, 'C', { flowLogs: { FlowLog: {} } });
      `),
    },
    {
      name: 'L1 VPC: no one-resource fix',
      syntax: 'typescript',
      code: dedent(`
        import * as ec2 from 'aws-cdk-lib/aws-ec2';
        new ec2.CfnVPC(this, 'Vpc', { cidrBlock: '10.0.0.0/16' });
      `),
      errors: [{ messageId: 'missing', line: 2, column: 5, endLine: 2, endColumn: 15 }],
      output: null,
    },
    {
      syntax: 'python',
      code: dedent(`
        from aws_cdk import aws_ec2 as ec2
        vpc = ec2.Vpc(self, "Vpc", max_azs=2)
      `),
      errors: [{ messageId: 'missing', line: 2, column: 7, endLine: 2, endColumn: 14, data: { name: 'Vpc' } }],
      output: dedent(`
        from aws_cdk import aws_ec2 as ec2
        vpc = ec2.Vpc(self, "Vpc", max_azs=2, flow_logs={"FlowLog": {}})
      `),
    },
  ],
});
