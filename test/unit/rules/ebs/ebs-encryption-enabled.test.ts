import rule from '../../../../src/core/rules/ebs/ebs-encryption-enabled';
import { dedent, runRuleTests } from '../ruleTester';

runRuleTests(rule, {
  valid: [
    {
      syntax: 'yaml',
      code: dedent(`
        Resources:
          Data:
            Type: AWS::EC2::Volume
            Properties:
              AvailabilityZone: us-east-1a
              Size: 100
              Encrypted: true
      `),
    },
    {
      name: 'quoted "true" is read as true',
      syntax: 'yaml',
      code: dedent(`
        Resources:
          Data:
            Type: AWS::EC2::Volume
            Properties:
              Encrypted: "true"
      `),
    },
    {
      name: 'encryption from a parameter is not guessed',
      syntax: 'yaml',
      code: dedent(`
        Parameters:
          Encrypt:
            Type: String
        Resources:
          Data:
            Type: AWS::EC2::Volume
            Properties:
              Encrypted: !Ref Encrypt
      `),
    },
    {
      name: 'a volume from a snapshot takes the snapshot encryption',
      syntax: 'yaml',
      code: dedent(`
        Resources:
          Data:
            Type: AWS::EC2::Volume
            Properties:
              SnapshotId: snap-0123456789abcdef0
      `),
    },
    {
      name: 'instance without block device mappings: the root volume comes from the AMI',
      syntax: 'yaml',
      code: dedent(`
        Resources:
          Web:
            Type: AWS::EC2::Instance
            Properties:
              ImageId: ami-12345678
              InstanceType: t3.micro
      `),
    },
    {
      name: 'encrypted, snapshot and instance-store mappings',
      syntax: 'yaml',
      code: dedent(`
        Resources:
          Web:
            Type: AWS::EC2::Instance
            Properties:
              BlockDeviceMappings:
                - DeviceName: /dev/xvda
                  Ebs:
                    VolumeSize: 8
                    Encrypted: true
                - DeviceName: /dev/sdb
                  Ebs:
                    SnapshotId: snap-1
                - DeviceName: /dev/sdc
                  VirtualName: ephemeral0
                - DeviceName: /dev/sdd
                  NoDevice: {}
      `),
    },
    {
      name: 'mappings chosen by a condition are not guessed',
      syntax: 'yaml',
      code: dedent(`
        Conditions:
          Big: !Equals [a, b]
        Resources:
          Web:
            Type: AWS::EC2::Instance
            Properties:
              BlockDeviceMappings: !If [Big, [{ DeviceName: /dev/xvda, Ebs: { VolumeSize: 100 } }], !Ref AWS::NoValue]
      `),
    },
    {
      name: 'launch template with encrypted EBS',
      syntax: 'yaml',
      code: dedent(`
        Resources:
          Lt:
            Type: AWS::EC2::LaunchTemplate
            Properties:
              LaunchTemplateData:
                BlockDeviceMappings:
                  - DeviceName: /dev/xvda
                    Ebs: { VolumeSize: 8, Encrypted: true }
      `),
    },
    {
      syntax: 'json',
      code: '{\n  "Resources": {\n    "Data": {\n      "Type": "AWS::EC2::Volume",\n      "Properties": { "Size": 10, "Encrypted": true }\n    }\n  }\n}\n',
    },
    {
      syntax: 'terraform',
      code: dedent(`
        resource "aws_ebs_volume" "data" {
          availability_zone = "us-east-1a"
          size              = 100
          encrypted         = true
        }

        resource "aws_instance" "web" {
          ami = "ami-1"
          root_block_device {
            encrypted = true
          }
          ebs_block_device {
            device_name = "/dev/sdb"
            snapshot_id = "snap-1"
          }
        }

        resource "aws_launch_template" "lt" {
          block_device_mappings {
            device_name = "/dev/xvda"
            ebs {
              encrypted = "true"
            }
          }
        }
      `),
    },
    {
      name: 'account-level EBS encryption by default in the file',
      syntax: 'terraform',
      code: dedent(`
        resource "aws_ebs_encryption_by_default" "this" {
          enabled = true
        }

        resource "aws_ebs_volume" "data" {
          availability_zone = "us-east-1a"
          size              = 100
        }

        resource "aws_instance" "web" {
          ami = "ami-1"
          root_block_device {
            volume_size = 8
          }
        }
      `),
    },
    {
      name: 'encryption from a variable, and a dynamic block, are not guessed',
      syntax: 'terraform',
      code: dedent(`
        resource "aws_ebs_volume" "data" {
          availability_zone = "us-east-1a"
          encrypted         = var.encrypt
        }

        resource "aws_instance" "web" {
          ami = "ami-1"
          dynamic "ebs_block_device" {
            for_each = var.disks
            content {
              device_name = ebs_block_device.value
            }
          }
        }
      `),
    },
    {
      syntax: 'typescript',
      code: dedent(`
        import * as ec2 from 'aws-cdk-lib/aws-ec2';
        new ec2.Volume(this, 'Data', { availabilityZone: 'us-east-1a', encrypted: true });
        new ec2.Instance(this, 'Web', {
          vpc,
          blockDevices: [
            { deviceName: '/dev/xvda', volume: ec2.BlockDeviceVolume.ebs(8, { encrypted: true }) },
            { deviceName: '/dev/sdb', volume: ec2.BlockDeviceVolume.ebsFromSnapshot('snap-1') },
            { deviceName: '/dev/sdc', volume: ec2.BlockDeviceVolume.ephemeral(0) },
          ],
        });
      `),
    },
    {
      name: 'props we cannot see into, and a volume from a snapshot',
      syntax: 'typescript',
      code: dedent(`
        import * as ec2 from 'aws-cdk-lib/aws-ec2';
        new ec2.Volume(this, 'Data', { ...props });
        new ec2.Volume(this, 'Restored', { availabilityZone: 'us-east-1a', snapshotId: 'snap-1' });
        new ec2.LaunchTemplate(this, 'Lt', { blockDevices: devices });
      `),
    },
    {
      name: 'L1 volume',
      syntax: 'typescript',
      code: dedent(`
        import { aws_ec2 as ec2 } from 'aws-cdk-lib';
        new ec2.CfnVolume(this, 'Data', { availabilityZone: 'us-east-1a', encrypted: true });
      `),
    },
    {
      syntax: 'python',
      code: dedent(`
        from aws_cdk import aws_ec2 as ec2
        ec2.Volume(self, "Data", availability_zone="us-east-1a", encrypted=True)
        ec2.Instance(self, "Web", vpc=vpc, block_devices=[ec2.BlockDevice(device_name="/dev/xvda", volume=ec2.BlockDeviceVolume.ebs(8, encrypted=True))])
      `),
    },
  ],
  invalid: [
    {
      syntax: 'yaml',
      code: dedent(`
        Resources:
          Data:
            Type: AWS::EC2::Volume
            Properties:
              AvailabilityZone: us-east-1a
              Size: 100
      `),
      errors: [{ messageId: 'volumeMissing', line: 3, column: 11, endLine: 3, endColumn: 27, data: { name: 'Data' }, severity: 'warning' }],
      output: dedent(`
        Resources:
          Data:
            Type: AWS::EC2::Volume
            Properties:
              AvailabilityZone: us-east-1a
              Size: 100
              Encrypted: true
      `),
    },
    {
      name: 'Encrypted: false, also quoted',
      syntax: 'yaml',
      code: dedent(`
        Resources:
          Data:
            Type: AWS::EC2::Volume
            Properties:
              Encrypted: false
          Logs:
            Type: AWS::EC2::Volume
            Properties:
              Encrypted: 'false'
      `),
      errors: [
        { messageId: 'volumeOff', line: 5, column: 18, endLine: 5, endColumn: 23 },
        { messageId: 'volumeOff', line: 9, column: 18, endLine: 9, endColumn: 25 },
      ],
      output: dedent(`
        Resources:
          Data:
            Type: AWS::EC2::Volume
            Properties:
              Encrypted: true
          Logs:
            Type: AWS::EC2::Volume
            Properties:
              Encrypted: 'true'
      `),
    },
    {
      name: 'instance mappings: block and flow maps, a comment, a false',
      syntax: 'yaml',
      code: dedent(`
        Resources:
          Web:
            Type: AWS::EC2::Instance
            Properties:
              BlockDeviceMappings:
                - DeviceName: /dev/xvda
                  Ebs:
                    VolumeSize: 8 # root
                - DeviceName: /dev/sdb
                  Ebs: { VolumeSize: 8 }
                - DeviceName: /dev/sdc
                  Ebs:
                    Encrypted: false
                    VolumeSize: 20
      `),
      errors: [
        { messageId: 'deviceMissing', line: 7, column: 11, endLine: 7, endColumn: 14, data: { name: 'Web', device: '/dev/xvda' } },
        { messageId: 'deviceMissing', line: 10, column: 11, endLine: 10, endColumn: 14, data: { name: 'Web', device: '/dev/sdb' } },
        { messageId: 'deviceOff', line: 13, column: 24, endLine: 13, endColumn: 29, data: { name: 'Web', device: '/dev/sdc' } },
      ],
      output: dedent(`
        Resources:
          Web:
            Type: AWS::EC2::Instance
            Properties:
              BlockDeviceMappings:
                - DeviceName: /dev/xvda
                  Ebs:
                    VolumeSize: 8 # root
                    Encrypted: true
                - DeviceName: /dev/sdb
                  Ebs: { VolumeSize: 8, Encrypted: true }
                - DeviceName: /dev/sdc
                  Ebs:
                    Encrypted: true
                    VolumeSize: 20
      `),
    },
    {
      name: 'launch template and launch configuration, list items without indentation',
      syntax: 'yaml',
      code: dedent(`
        Resources:
          Lt:
            Type: AWS::EC2::LaunchTemplate
            Properties:
              LaunchTemplateData:
                BlockDeviceMappings:
                - DeviceName: /dev/xvda
                  Ebs:
                    VolumeSize: 8
          Lc:
            Type: AWS::AutoScaling::LaunchConfiguration
            Properties:
              ImageId: ami-1
              InstanceType: t3.micro
              BlockDeviceMappings:
                - DeviceName: /dev/xvda
                  Ebs:
                    VolumeSize: 8
      `),
      errors: [
        { messageId: 'deviceMissing', line: 8, column: 11, endLine: 8, endColumn: 14, data: { name: 'Lt', device: '/dev/xvda' } },
        { messageId: 'deviceMissing', line: 17, column: 11, endLine: 17, endColumn: 14, data: { name: 'Lc', device: '/dev/xvda' } },
      ],
      output: dedent(`
        Resources:
          Lt:
            Type: AWS::EC2::LaunchTemplate
            Properties:
              LaunchTemplateData:
                BlockDeviceMappings:
                - DeviceName: /dev/xvda
                  Ebs:
                    VolumeSize: 8
                    Encrypted: true
          Lc:
            Type: AWS::AutoScaling::LaunchConfiguration
            Properties:
              ImageId: ami-1
              InstanceType: t3.micro
              BlockDeviceMappings:
                - DeviceName: /dev/xvda
                  Ebs:
                    VolumeSize: 8
                    Encrypted: true
      `),
    },
    {
      syntax: 'json',
      code: '{\n  "Resources": {\n    "Data": {\n      "Type": "AWS::EC2::Volume",\n      "Properties": { "Size": 10 }\n    }\n  }\n}\n',
      errors: [{ messageId: 'volumeMissing', line: 4, column: 16, endLine: 4, endColumn: 32 }],
      output: '{\n  "Resources": {\n    "Data": {\n      "Type": "AWS::EC2::Volume",\n      "Properties": { "Size": 10, "Encrypted": true }\n    }\n  }\n}\n',
    },
    {
      name: 'JSON block device mapping',
      syntax: 'json',
      code: '{\n  "Resources": {\n    "Web": {\n      "Type": "AWS::EC2::Instance",\n      "Properties": {\n        "BlockDeviceMappings": [\n          {\n            "DeviceName": "/dev/xvda",\n            "Ebs": {\n              "VolumeSize": 8\n            }\n          }\n        ]\n      }\n    }\n  }\n}\n',
      errors: [{ messageId: 'deviceMissing', line: 9, column: 14, endLine: 9, endColumn: 17 }],
      output: '{\n  "Resources": {\n    "Web": {\n      "Type": "AWS::EC2::Instance",\n      "Properties": {\n        "BlockDeviceMappings": [\n          {\n            "DeviceName": "/dev/xvda",\n            "Ebs": {\n              "VolumeSize": 8,\n              "Encrypted": true\n            }\n          }\n        ]\n      }\n    }\n  }\n}\n',
    },
    {
      syntax: 'terraform',
      code: dedent(`
        resource "aws_ebs_volume" "data" {
          availability_zone = "us-east-1a"
          size              = 100
        }
      `),
      errors: [{ messageId: 'volumeMissing', line: 1, column: 11, endLine: 1, endColumn: 25, data: { name: 'aws_ebs_volume.data' } }],
      output: dedent(`
        resource "aws_ebs_volume" "data" {
          availability_zone = "us-east-1a"
          size              = 100
          encrypted         = true
        }
      `),
    },
    {
      name: 'instance blocks written once and twice, launch template string argument',
      syntax: 'terraform',
      code: dedent(`
        resource "aws_instance" "web" {
          ami = "ami-1"
          root_block_device {
            volume_size = 8
          }
          ebs_block_device {
            device_name = "/dev/sdb"
            encrypted   = false
          }
          ebs_block_device {
            device_name = "/dev/sdc"
            volume_size = 10
          }
        }

        resource "aws_launch_template" "lt" {
          block_device_mappings {
            device_name = "/dev/xvda"
            ebs {
              volume_size = 8
            }
          }
        }
      `),
      errors: [
        { messageId: 'deviceMissing', line: 3, column: 3, endLine: 3, endColumn: 20, data: { name: 'aws_instance.web', device: 'root_block_device' } },
        { messageId: 'deviceOff', line: 8, column: 19, endLine: 8, endColumn: 24, data: { name: 'aws_instance.web', device: '/dev/sdb' } },
        { messageId: 'deviceMissing', line: 10, column: 3, endLine: 10, endColumn: 19, data: { name: 'aws_instance.web', device: '/dev/sdc' } },
        { messageId: 'deviceMissing', line: 19, column: 5, endLine: 19, endColumn: 8, data: { name: 'aws_launch_template.lt', device: '/dev/xvda' } },
      ],
      output: dedent(`
        resource "aws_instance" "web" {
          ami = "ami-1"
          root_block_device {
            volume_size = 8
            encrypted   = true
          }
          ebs_block_device {
            device_name = "/dev/sdb"
            encrypted   = true
          }
          ebs_block_device {
            device_name = "/dev/sdc"
            volume_size = 10
            encrypted   = true
          }
        }

        resource "aws_launch_template" "lt" {
          block_device_mappings {
            device_name = "/dev/xvda"
            ebs {
              volume_size = 8
              encrypted   = "true"
            }
          }
        }
      `),
    },
    {
      name: 'encryption by default explicitly disabled does not silence',
      syntax: 'terraform',
      code: dedent(`
        resource "aws_ebs_encryption_by_default" "this" {
          enabled = false
        }

        resource "aws_ebs_volume" "data" {
          availability_zone = "us-east-1a"
          encrypted         = false
        }
      `),
      errors: [{ messageId: 'volumeOff', line: 7, column: 23, endLine: 7, endColumn: 28 }],
      output: dedent(`
        resource "aws_ebs_encryption_by_default" "this" {
          enabled = false
        }

        resource "aws_ebs_volume" "data" {
          availability_zone = "us-east-1a"
          encrypted         = true
        }
      `),
    },
    {
      syntax: 'typescript',
      code: dedent(`
        import * as ec2 from 'aws-cdk-lib/aws-ec2';
        new ec2.Volume(this, 'Data', { availabilityZone: 'us-east-1a' });
        new ec2.Volume(this, 'Off', { availabilityZone: 'us-east-1a', encrypted: false });
      `),
      errors: [
        { messageId: 'volumeMissing', line: 2, column: 5, endLine: 2, endColumn: 15 },
        { messageId: 'volumeOff', line: 3, column: 74, endLine: 3, endColumn: 79 },
      ],
      output: dedent(`
        import * as ec2 from 'aws-cdk-lib/aws-ec2';
        new ec2.Volume(this, 'Data', { availabilityZone: 'us-east-1a', encrypted: true });
        new ec2.Volume(this, 'Off', { availabilityZone: 'us-east-1a', encrypted: true });
      `),
    },
    {
      name: 'CDK block devices: ebs(size) without options, and encrypted: false',
      syntax: 'typescript',
      code: dedent(`
        import { BlockDeviceVolume, Instance } from 'aws-cdk-lib/aws-ec2';
        new Instance(this, 'Web', {
          vpc,
          blockDevices: [
            { deviceName: '/dev/xvda', volume: BlockDeviceVolume.ebs(8) },
            { deviceName: '/dev/sdb', volume: BlockDeviceVolume.ebs(8, { encrypted: false }) },
          ],
        });
      `),
      errors: [
        { messageId: 'deviceMissing', line: 5, column: 40, endLine: 5, endColumn: 64, data: { name: 'Web', device: '/dev/xvda' } },
        { messageId: 'deviceOff', line: 6, column: 39, endLine: 6, endColumn: 85, data: { name: 'Web', device: '/dev/sdb' } },
      ],
      output: dedent(`
        import { BlockDeviceVolume, Instance } from 'aws-cdk-lib/aws-ec2';
        new Instance(this, 'Web', {
          vpc,
          blockDevices: [
            { deviceName: '/dev/xvda', volume: BlockDeviceVolume.ebs(8, { encrypted: true }) },
            { deviceName: '/dev/sdb', volume: BlockDeviceVolume.ebs(8, { encrypted: false }) },
          ],
        });
      `),
    },
    {
      name: 'Auto Scaling group block devices',
      syntax: 'typescript',
      code: dedent(`
        import * as autoscaling from 'aws-cdk-lib/aws-autoscaling';
        new autoscaling.AutoScalingGroup(this, 'Asg', {
          vpc,
          blockDevices: [{ deviceName: '/dev/xvda', volume: autoscaling.BlockDeviceVolume.ebs(20) }],
        });
      `),
      errors: [{ messageId: 'deviceMissing', line: 4, column: 53, endLine: 4, endColumn: 90 }],
      output: dedent(`
        import * as autoscaling from 'aws-cdk-lib/aws-autoscaling';
        new autoscaling.AutoScalingGroup(this, 'Asg', {
          vpc,
          blockDevices: [{ deviceName: '/dev/xvda', volume: autoscaling.BlockDeviceVolume.ebs(20, { encrypted: true }) }],
        });
      `),
    },
    {
      name: 'L1 volume without encryption',
      syntax: 'typescript',
      code: dedent(`
        import * as ec2 from 'aws-cdk-lib/aws-ec2';
        new ec2.CfnVolume(this, 'Data', { availabilityZone: 'us-east-1a' });
      `),
      errors: [{ messageId: 'volumeMissing', line: 2, column: 5, endLine: 2, endColumn: 18 }],
      output: dedent(`
        import * as ec2 from 'aws-cdk-lib/aws-ec2';
        new ec2.CfnVolume(this, 'Data', { availabilityZone: 'us-east-1a', encrypted: true });
      `),
    },
    {
      name: 'L1 block device mapping: reported, no fix inside a list item',
      syntax: 'typescript',
      code: dedent(`
        import * as ec2 from 'aws-cdk-lib/aws-ec2';
        new ec2.CfnInstance(this, 'Web', { blockDeviceMappings: [{ deviceName: '/dev/xvda', ebs: { volumeSize: 8 } }] });
      `),
      errors: [{ messageId: 'deviceMissing', line: 2, column: 85, endLine: 2, endColumn: 88 }],
      output: null,
    },
    {
      syntax: 'python',
      code: dedent(`
        from aws_cdk import aws_ec2 as ec2
        ec2.Volume(self, "Data", availability_zone="us-east-1a")
        ec2.Instance(self, "Web", vpc=vpc, block_devices=[ec2.BlockDevice(device_name="/dev/xvda", volume=ec2.BlockDeviceVolume.ebs(8))])
      `),
      errors: [
        { messageId: 'volumeMissing', line: 2, column: 1, endLine: 2, endColumn: 11 },
        { messageId: 'deviceMissing', line: 3, column: 99, endLine: 3, endColumn: 127 },
      ],
      output: dedent(`
        from aws_cdk import aws_ec2 as ec2
        ec2.Volume(self, "Data", availability_zone="us-east-1a", encrypted=True)
        ec2.Instance(self, "Web", vpc=vpc, block_devices=[ec2.BlockDevice(device_name="/dev/xvda", volume=ec2.BlockDeviceVolume.ebs(8, encrypted=True))])
      `),
    },
  ],
});
