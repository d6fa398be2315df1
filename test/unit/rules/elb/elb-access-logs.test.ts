import rule from '../../../../src/core/rules/elb/elb-access-logs';
import { dedent, runRuleTests } from '../ruleTester';

runRuleTests(rule, {
  valid: [
    {
      name: 'ALB with access logs on (quoted and unquoted true)',
      syntax: 'yaml',
      code: dedent(`
        Resources:
          Alb:
            Type: AWS::ElasticLoadBalancingV2::LoadBalancer
            Properties:
              LoadBalancerAttributes:
                - Key: idle_timeout.timeout_seconds
                  Value: "60"
                - Key: access_logs.s3.enabled
                  Value: "true"
                - Key: access_logs.s3.bucket
                  Value: !Ref Logs
          Alb2:
            Type: AWS::ElasticLoadBalancingV2::LoadBalancer
            Properties:
              LoadBalancerAttributes:
                - { Key: access_logs.s3.enabled, Value: true }
      `),
    },
    {
      name: 'values we cannot read: a parameter, an !If list, a type from a parameter, a Gateway LB, an NLB without TLS',
      syntax: 'yaml',
      code: dedent(`
        Parameters:
          Logs:
            Type: String
          LbType:
            Type: String
        Resources:
          A:
            Type: AWS::ElasticLoadBalancingV2::LoadBalancer
            Properties:
              LoadBalancerAttributes:
                - Key: access_logs.s3.enabled
                  Value: !Ref Logs
          B:
            Type: AWS::ElasticLoadBalancingV2::LoadBalancer
            Properties:
              LoadBalancerAttributes: !If [Prod, [{ Key: access_logs.s3.enabled, Value: "true" }], !Ref AWS::NoValue]
          C:
            Type: AWS::ElasticLoadBalancingV2::LoadBalancer
            Properties:
              Type: !Ref LbType
          D:
            Type: AWS::ElasticLoadBalancingV2::LoadBalancer
            Properties:
              Type: gateway
          E:
            Type: AWS::ElasticLoadBalancingV2::LoadBalancer
            Properties:
              Type: network
          ETcp:
            Type: AWS::ElasticLoadBalancingV2::Listener
            Properties:
              LoadBalancerArn: !Ref E
              Protocol: TCP
              DefaultActions: [{ Type: forward, TargetGroupArn: !Ref Tg }]
      `),
    },
    {
      name: 'Classic Load Balancer with a logging policy, and one from a condition',
      syntax: 'yaml',
      code: dedent(`
        Resources:
          Clb:
            Type: AWS::ElasticLoadBalancing::LoadBalancer
            Properties:
              AccessLoggingPolicy:
                Enabled: true
                S3BucketName: !Ref Logs
          Clb2:
            Type: AWS::ElasticLoadBalancing::LoadBalancer
            Properties:
              AccessLoggingPolicy:
                Enabled: !If [Prod, true, false]
                S3BucketName: !Ref Logs
      `),
    },
    {
      syntax: 'json',
      code: '{"Resources": {"Alb": {"Type": "AWS::ElasticLoadBalancingV2::LoadBalancer", "Properties": {"LoadBalancerAttributes": [{"Key": "access_logs.s3.enabled", "Value": "true"}]}}}}\n',
    },
    {
      name: 'access logs on, a dynamic block, a network LB without a TLS listener, aws_elb with its default',
      syntax: 'terraform',
      code: dedent(`
        resource "aws_lb" "web" {
          access_logs {
            bucket  = aws_s3_bucket.logs.id
            enabled = true
          }
        }

        resource "aws_lb" "dyn" {
          dynamic "access_logs" {
            for_each = var.logs
            content {
              bucket  = access_logs.value
              enabled = true
            }
          }
        }

        resource "aws_lb" "nlb" {
          load_balancer_type = "network"
        }

        resource "aws_lb_listener" "tcp" {
          load_balancer_arn = aws_lb.nlb.arn
          protocol          = "TCP"
        }

        resource "aws_elb" "old" {
          access_logs {
            bucket = "logs"
          }
        }

        resource "aws_lb" "var" {
          access_logs {
            bucket  = "logs"
            enabled = var.logs_enabled
          }
        }

        data "aws_lb" "existing" {
          name = "existing"
        }
      `),
    },
    {
      name: 'logAccessLogs, setAttribute, an NLB without TLS',
      syntax: 'typescript',
      code: dedent(`
        import * as elbv2 from 'aws-cdk-lib/aws-elasticloadbalancingv2';
        const alb = new elbv2.ApplicationLoadBalancer(this, 'Alb', { vpc });
        alb.logAccessLogs(bucket, 'alb');
        const nlb = new elbv2.NetworkLoadBalancer(this, 'Nlb', { vpc });
        nlb.addListener('Tcp', { port: 443, protocol: elbv2.Protocol.TCP });
      `),
    },
    {
      name: 'attributes set with setAttribute are not followed',
      syntax: 'typescript',
      code: dedent(`
        import * as elbv2 from 'aws-cdk-lib/aws-elasticloadbalancingv2';
        const alb = new elbv2.ApplicationLoadBalancer(this, 'Alb', { vpc });
        alb.setAttribute('access_logs.s3.enabled', 'true');
      `),
    },
    {
      name: 'CDK classic LB with a logging policy',
      syntax: 'typescript',
      code: dedent(`
        import * as elb from 'aws-cdk-lib/aws-elasticloadbalancing';
        new elb.LoadBalancer(this, 'Clb', { vpc, accessLoggingPolicy: { enabled: true, s3BucketName: 'logs' } });
      `),
    },
    {
      syntax: 'python',
      code: dedent(`
        from aws_cdk import aws_elasticloadbalancingv2 as elbv2
        alb = elbv2.ApplicationLoadBalancer(self, "Alb", vpc=vpc)
        alb.log_access_logs(bucket, prefix="alb")
      `),
    },
  ],
  invalid: [
    {
      syntax: 'yaml',
      code: dedent(`
        Resources:
          Alb:
            Type: AWS::ElasticLoadBalancingV2::LoadBalancer
            Properties:
              Subnets: [subnet-1, subnet-2]
      `),
      errors: [{ messageId: 'missing', line: 3, column: 11, endLine: 3, endColumn: 52, data: { name: 'Alb' } }],
      output: null,
    },
    {
      name: 'turned off, on an ALB and a Classic Load Balancer',
      syntax: 'yaml',
      code: dedent(`
        Resources:
          Alb:
            Type: AWS::ElasticLoadBalancingV2::LoadBalancer
            Properties:
              Type: application
              LoadBalancerAttributes:
                - Key: access_logs.s3.enabled
                  Value: "false"
          Clb:
            Type: AWS::ElasticLoadBalancing::LoadBalancer
            Properties:
              AccessLoggingPolicy:
                Enabled: false
                S3BucketName: logs
      `),
      errors: [
        { messageId: 'disabled', line: 8, column: 18, endLine: 8, endColumn: 25 },
        { messageId: 'disabled', line: 13, column: 18, endLine: 13, endColumn: 23, data: { name: 'Clb' } },
      ],
      output: null,
    },
    {
      name: 'an NLB with a TLS listener, a Classic Load Balancer without a policy',
      syntax: 'yaml',
      code: dedent(`
        Resources:
          Nlb:
            Type: AWS::ElasticLoadBalancingV2::LoadBalancer
            Properties:
              Type: network
              LoadBalancerAttributes:
                - Key: deletion_protection.enabled
                  Value: "true"
          Tls:
            Type: AWS::ElasticLoadBalancingV2::Listener
            Properties:
              LoadBalancerArn: !Ref Nlb
              Protocol: TLS
              DefaultActions: [{ Type: forward, TargetGroupArn: !Ref Tg }]
          Clb:
            Type: AWS::ElasticLoadBalancing::LoadBalancer
            Properties:
              AvailabilityZones: [us-east-1a]
      `),
      errors: [
        { messageId: 'missing', line: 3, column: 11, endLine: 3, endColumn: 52, data: { name: 'Nlb' } },
        { messageId: 'missing', line: 16, column: 11, endLine: 16, endColumn: 50, data: { name: 'Clb' } },
      ],
      output: null,
    },
    {
      syntax: 'json',
      code: '{\n  "Resources": {\n    "Alb": { "Type": "AWS::ElasticLoadBalancingV2::LoadBalancer", "Properties": { "LoadBalancerAttributes": [] } }\n  }\n}\n',
      errors: [{ messageId: 'missing', line: 3, column: 23, endLine: 3, endColumn: 64 }],
      output: null,
    },
    {
      syntax: 'terraform',
      code: dedent(`
        resource "aws_lb" "web" {
          load_balancer_type = "application"
          subnets            = var.subnets
        }
      `),
      errors: [{ messageId: 'missing', line: 1, column: 11, endLine: 1, endColumn: 17, data: { name: 'aws_lb.web' } }],
      output: null,
    },
    {
      name: 'a bucket without enabled, enabled = false, aws_elb without logs',
      syntax: 'terraform',
      code: dedent(`
        resource "aws_alb" "a" {
          access_logs {
            bucket = aws_s3_bucket.logs.id
          }
        }

        resource "aws_lb" "b" {
          access_logs {
            bucket  = aws_s3_bucket.logs.id
            enabled = false
          }
        }

        resource "aws_elb" "c" {
          availability_zones = ["us-east-1a"]
        }
      `),
      errors: [
        { messageId: 'defaultOff', line: 2, column: 3, endLine: 2, endColumn: 14, data: { name: 'aws_alb.a' } },
        { messageId: 'disabled', line: 10, column: 15, endLine: 10, endColumn: 20 },
        { messageId: 'missing', line: 14, column: 11, endLine: 14, endColumn: 18 },
      ],
      output: null,
    },
    {
      name: 'a network LB with a TLS listener',
      syntax: 'terraform',
      code: dedent(`
        resource "aws_lb" "nlb" {
          load_balancer_type = "network"
        }

        resource "aws_lb_listener" "tls" {
          load_balancer_arn = aws_lb.nlb.arn
          protocol          = "TLS"
          certificate_arn   = var.cert
        }
      `),
      errors: [{ messageId: 'missing', line: 1, column: 11, endLine: 1, endColumn: 17 }],
      output: null,
    },
    {
      syntax: 'typescript',
      code: dedent(`
        import * as elbv2 from 'aws-cdk-lib/aws-elasticloadbalancingv2';
        const alb = new elbv2.ApplicationLoadBalancer(this, 'Alb', { vpc, internetFacing: true });
        const nlb = new elbv2.NetworkLoadBalancer(this, 'Nlb', { vpc });
        nlb.addListener('Tls', { port: 443, certificates: [cert] });
      `),
      errors: [
        { messageId: 'missing', line: 2, column: 17, endLine: 2, endColumn: 46, data: { name: 'Alb' } },
        { messageId: 'missing', line: 3, column: 17, endLine: 3, endColumn: 42, data: { name: 'Nlb' } },
      ],
      output: null,
    },
    {
      name: 'CDK L1 and classic',
      syntax: 'typescript',
      code: dedent(`
        import * as elbv2 from 'aws-cdk-lib/aws-elasticloadbalancingv2';
        import * as elb from 'aws-cdk-lib/aws-elasticloadbalancing';
        new elbv2.CfnLoadBalancer(this, 'L1', { loadBalancerAttributes: [{ key: 'access_logs.s3.enabled', value: 'false' }] });
        new elb.LoadBalancer(this, 'Clb', { vpc, accessLoggingPolicy: { enabled: false, s3BucketName: 'logs' } });
      `),
      errors: [
        { messageId: 'disabled', line: 3, column: 106, endLine: 3, endColumn: 113 },
        { messageId: 'disabled', line: 4, column: 74, endLine: 4, endColumn: 79 },
      ],
      output: null,
    },
    {
      syntax: 'python',
      code: dedent(`
        from aws_cdk import aws_elasticloadbalancingv2 as elbv2
        alb = elbv2.ApplicationLoadBalancer(self, "Alb", vpc=vpc, internet_facing=True)
      `),
      errors: [{ messageId: 'missing', line: 2, column: 7, endLine: 2, endColumn: 36 }],
      output: null,
    },
  ],
});
