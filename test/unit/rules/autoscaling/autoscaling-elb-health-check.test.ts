import rule from '../../../../src/core/rules/autoscaling/autoscaling-elb-health-check';
import { dedent, runRuleTests } from '../ruleTester';

runRuleTests(rule, {
  valid: [
    {
      syntax: 'yaml',
      code: dedent(`
        Resources:
          Web:
            Type: AWS::AutoScaling::AutoScalingGroup
            Properties:
              MinSize: "1"
              MaxSize: "2"
              TargetGroupARNs:
                - !Ref Tg
              HealthCheckType: ELB
              HealthCheckGracePeriod: 300
          Combined:
            Type: AWS::AutoScaling::AutoScalingGroup
            Properties:
              LoadBalancerNames: [classic]
              HealthCheckType: EBS,ELB
          Tg:
            Type: AWS::ElasticLoadBalancingV2::TargetGroup
      `),
    },
    {
      name: 'not behind a load balancer: EC2 checks are all there is',
      syntax: 'yaml',
      code: dedent(`
        Resources:
          Workers:
            Type: AWS::AutoScaling::AutoScalingGroup
            Properties:
              MinSize: "1"
              MaxSize: "10"
              TargetGroupARNs: []
      `),
    },
    {
      name: 'attachments and types we cannot read',
      syntax: 'yaml',
      code: dedent(`
        Parameters:
          TargetGroups:
            Type: CommaDelimitedList
          CheckType:
            Type: String
        Resources:
          FromParam:
            Type: AWS::AutoScaling::AutoScalingGroup
            Properties:
              TargetGroupARNs: !Ref TargetGroups
          Conditional:
            Type: AWS::AutoScaling::AutoScalingGroup
            Properties:
              TargetGroupARNs:
                - !If [Public, arn:aws:elasticloadbalancing:us-east-1:1:targetgroup/a/b, !Ref AWS::NoValue]
          TypeParam:
            Type: AWS::AutoScaling::AutoScalingGroup
            Properties:
              TargetGroupARNs: [arn:aws:elasticloadbalancing:us-east-1:1:targetgroup/a/b]
              HealthCheckType: !Ref CheckType
      `),
    },
    {
      syntax: 'json',
      code: '{\n  "Resources": {\n    "Web": { "Type": "AWS::AutoScaling::AutoScalingGroup", "Properties": { "TargetGroupARNs": ["arn:x"], "HealthCheckType": "ELB", "HealthCheckGracePeriod": 120 } }\n  }\n}\n',
    },
    {
      syntax: 'terraform',
      code: dedent(`
        resource "aws_autoscaling_group" "web" {
          min_size          = 1
          max_size          = 2
          target_group_arns = [aws_lb_target_group.web.arn]
          health_check_type = "ELB"
        }

        resource "aws_autoscaling_group" "workers" {
          min_size = 1
          max_size = 10
        }

        resource "aws_autoscaling_group" "dynamic" {
          min_size          = 1
          max_size          = 2
          target_group_arns = var.target_groups
        }
      `),
    },
    {
      name: 'an attachment whose group we cannot resolve is not ours',
      syntax: 'terraform',
      code: dedent(`
        resource "aws_autoscaling_group" "workers" {
          min_size = 1
          max_size = 10
        }

        resource "aws_autoscaling_attachment" "other" {
          autoscaling_group_name = var.asg_name
          lb_target_group_arn    = aws_lb_target_group.web.arn
        }
      `),
    },
    {
      syntax: 'typescript',
      code: dedent(`
        import * as autoscaling from 'aws-cdk-lib/aws-autoscaling';
        import * as elbv2 from 'aws-cdk-lib/aws-elasticloadbalancingv2';
        import { Duration } from 'aws-cdk-lib';
        const tg = new elbv2.ApplicationTargetGroup(this, 'Tg', { vpc, port: 80 });
        const asg = new autoscaling.AutoScalingGroup(this, 'Web', { vpc, instanceType, machineImage, healthCheck: autoscaling.HealthCheck.elb({ grace: Duration.minutes(5) }) });
        asg.attachToApplicationTargetGroup(tg);
        const workers = new autoscaling.AutoScalingGroup(this, 'Workers', { vpc, instanceType, machineImage });
      `),
    },
    {
      name: 'newer healthChecks API with ELB',
      syntax: 'typescript',
      code: dedent(`
        import * as autoscaling from 'aws-cdk-lib/aws-autoscaling';
        import * as elbv2 from 'aws-cdk-lib/aws-elasticloadbalancingv2';
        const asg = new autoscaling.AutoScalingGroup(this, 'Web', {
          vpc,
          healthChecks: autoscaling.HealthChecks.withAdditionalChecks({ additionalTypes: [autoscaling.AdditionalHealthCheckType.ELB], gracePeriod }),
        });
        new elbv2.ApplicationTargetGroup(this, 'Tg', { vpc, port: 80, targets: [asg] });
      `),
    },
    {
      syntax: 'python',
      code: dedent(`
        from aws_cdk import aws_autoscaling as autoscaling, aws_elasticloadbalancingv2 as elbv2
        tg = elbv2.ApplicationTargetGroup(self, "Tg", vpc=vpc, port=80)
        asg = autoscaling.AutoScalingGroup(self, "Web", vpc=vpc, health_check=autoscaling.HealthCheck.elb(grace=grace))
        asg.attach_to_application_target_group(tg)
      `),
    },
  ],
  invalid: [
    {
      syntax: 'yaml',
      code: dedent(`
        Resources:
          Web:
            Type: AWS::AutoScaling::AutoScalingGroup
            Properties:
              MinSize: "1"
              MaxSize: "2"
              TargetGroupARNs:
                - !Ref Tg
          Tg:
            Type: AWS::ElasticLoadBalancingV2::TargetGroup
      `),
      errors: [{ messageId: 'ec2Default', line: 3, column: 11, endLine: 3, endColumn: 45, data: { name: 'Web' }, severity: 'info' }],
      output: dedent(`
        Resources:
          Web:
            Type: AWS::AutoScaling::AutoScalingGroup
            Properties:
              MinSize: "1"
              MaxSize: "2"
              TargetGroupARNs:
                - !Ref Tg
              HealthCheckType: ELB
              HealthCheckGracePeriod: 300
          Tg:
            Type: AWS::ElasticLoadBalancingV2::TargetGroup
      `),
    },
    {
      name: 'explicit EC2; a grace period already set is kept; other types are kept',
      syntax: 'yaml',
      code: dedent(`
        Resources:
          Classic:
            Type: AWS::AutoScaling::AutoScalingGroup
            Properties:
              LoadBalancerNames: [classic]
              HealthCheckType: EC2
          Graced:
            Type: AWS::AutoScaling::AutoScalingGroup
            Properties:
              TargetGroupARNs: [arn:aws:elasticloadbalancing:us-east-1:1:targetgroup/a/b]
              HealthCheckType: EC2,EBS
              HealthCheckGracePeriod: 60
          Sources:
            Type: AWS::AutoScaling::AutoScalingGroup
            Properties:
              TrafficSources:
                - Identifier: arn:aws:elasticloadbalancing:us-east-1:1:targetgroup/a/b
                  Type: elbv2
              HealthCheckGracePeriod: 90
      `),
      errors: [
        { messageId: 'ec2', line: 6, column: 24, endLine: 6, endColumn: 27, data: { name: 'Classic', type: 'EC2' } },
        { messageId: 'ec2', line: 11, column: 24, endLine: 11, endColumn: 31, data: { name: 'Graced', type: 'EC2,EBS' } },
        { messageId: 'ec2Default', line: 14, column: 11, endLine: 14, endColumn: 45, data: { name: 'Sources' } },
      ],
      output: dedent(`
        Resources:
          Classic:
            Type: AWS::AutoScaling::AutoScalingGroup
            Properties:
              LoadBalancerNames: [classic]
              HealthCheckType: ELB
              HealthCheckGracePeriod: 300
          Graced:
            Type: AWS::AutoScaling::AutoScalingGroup
            Properties:
              TargetGroupARNs: [arn:aws:elasticloadbalancing:us-east-1:1:targetgroup/a/b]
              HealthCheckType: EBS,ELB
              HealthCheckGracePeriod: 60
          Sources:
            Type: AWS::AutoScaling::AutoScalingGroup
            Properties:
              TrafficSources:
                - Identifier: arn:aws:elasticloadbalancing:us-east-1:1:targetgroup/a/b
                  Type: elbv2
              HealthCheckGracePeriod: 90
              HealthCheckType: ELB
      `),
    },
    {
      syntax: 'json',
      code: '{\n  "Resources": {\n    "Web": {\n      "Type": "AWS::AutoScaling::AutoScalingGroup",\n      "Properties": {\n        "TargetGroupARNs": ["arn:x"]\n      }\n    }\n  }\n}\n',
      errors: [{ messageId: 'ec2Default', line: 4, column: 16, endLine: 4, endColumn: 50 }],
      output: '{\n  "Resources": {\n    "Web": {\n      "Type": "AWS::AutoScaling::AutoScalingGroup",\n      "Properties": {\n        "TargetGroupARNs": ["arn:x"],\n        "HealthCheckType": "ELB",\n        "HealthCheckGracePeriod": 300\n      }\n    }\n  }\n}\n',
    },
    {
      syntax: 'terraform',
      code: dedent(`
        resource "aws_autoscaling_group" "web" {
          min_size          = 1
          max_size          = 2
          target_group_arns = [aws_lb_target_group.web.arn]
        }

        resource "aws_autoscaling_group" "classic" {
          min_size          = 1
          max_size          = 2
          load_balancers    = ["classic"]
          health_check_type = "EC2"
        }
      `),
      errors: [
        { messageId: 'ec2Default', line: 1, column: 11, endLine: 1, endColumn: 32, data: { name: 'aws_autoscaling_group.web' } },
        { messageId: 'ec2', line: 11, column: 23, endLine: 11, endColumn: 28, data: { name: 'aws_autoscaling_group.classic', type: 'EC2' } },
      ],
      output: dedent(`
        resource "aws_autoscaling_group" "web" {
          min_size          = 1
          max_size          = 2
          target_group_arns = [aws_lb_target_group.web.arn]
          health_check_type = "ELB"
        }

        resource "aws_autoscaling_group" "classic" {
          min_size          = 1
          max_size          = 2
          load_balancers    = ["classic"]
          health_check_type = "ELB"
        }
      `),
    },
    {
      name: 'attached by a separate aws_autoscaling_attachment',
      syntax: 'terraform',
      code: dedent(`
        resource "aws_autoscaling_group" "web" {
          min_size = 1
          max_size = 2
        }

        resource "aws_autoscaling_attachment" "web" {
          autoscaling_group_name = aws_autoscaling_group.web.id
          lb_target_group_arn    = aws_lb_target_group.web.arn
        }
      `),
      errors: [{ messageId: 'ec2Default', line: 1, column: 11, endLine: 1, endColumn: 32 }],
      output: dedent(`
        resource "aws_autoscaling_group" "web" {
          min_size          = 1
          max_size          = 2
          health_check_type = "ELB"
        }

        resource "aws_autoscaling_attachment" "web" {
          autoscaling_group_name = aws_autoscaling_group.web.id
          lb_target_group_arn    = aws_lb_target_group.web.arn
        }
      `),
    },
    {
      syntax: 'typescript',
      code: dedent(`
        import * as autoscaling from 'aws-cdk-lib/aws-autoscaling';
        import * as elbv2 from 'aws-cdk-lib/aws-elasticloadbalancingv2';
        const tg = new elbv2.ApplicationTargetGroup(this, 'Tg', { vpc, port: 80 });
        const asg = new autoscaling.AutoScalingGroup(this, 'Web', { vpc, instanceType, machineImage });
        asg.attachToApplicationTargetGroup(tg);
        const asg2 = new autoscaling.AutoScalingGroup(this, 'Web2', { vpc, healthChecks: autoscaling.HealthChecks.ec2() });
        tg.addTarget(asg2);
      `),
      errors: [
        { messageId: 'ec2Default', line: 4, column: 17, endLine: 4, endColumn: 45, data: { name: 'Web' } },
        { messageId: 'ec2', line: 6, column: 82, endLine: 6, endColumn: 112, data: { name: 'Web2', type: 'EC2' } },
      ],
    },
    {
      name: 'L1 group',
      syntax: 'typescript',
      code: dedent(`
        import * as autoscaling from 'aws-cdk-lib/aws-autoscaling';
        new autoscaling.CfnAutoScalingGroup(this, 'Web', {
          minSize: '1',
          maxSize: '2',
          targetGroupArns: ['arn:x'],
        });
      `),
      errors: [{ messageId: 'ec2Default', line: 2, column: 5, endLine: 2, endColumn: 36 }],
      output: dedent(`
        import * as autoscaling from 'aws-cdk-lib/aws-autoscaling';
        new autoscaling.CfnAutoScalingGroup(this, 'Web', {
          minSize: '1',
          maxSize: '2',
          targetGroupArns: ['arn:x'],
          healthCheckType: 'ELB',
          healthCheckGracePeriod: 300,
        });
      `),
    },
    {
      syntax: 'python',
      code: dedent(`
        from aws_cdk import aws_autoscaling as autoscaling, aws_elasticloadbalancingv2 as elbv2
        tg = elbv2.ApplicationTargetGroup(self, "Tg", vpc=vpc, port=80)
        asg = autoscaling.AutoScalingGroup(self, "Web", vpc=vpc, health_check=autoscaling.HealthCheck.ec2())
        asg.attach_to_application_target_group(tg)
      `),
      errors: [{ messageId: 'ec2', line: 3, column: 71, endLine: 3, endColumn: 100 }],
    },
  ],
});
