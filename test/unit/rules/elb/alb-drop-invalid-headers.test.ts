import rule from '../../../../src/core/rules/elb/alb-drop-invalid-headers';
import { dedent, runRuleTests } from '../ruleTester';

runRuleTests(rule, {
  valid: [
    {
      syntax: 'yaml',
      code: dedent(`
        Resources:
          Alb:
            Type: AWS::ElasticLoadBalancingV2::LoadBalancer
            Properties:
              LoadBalancerAttributes:
                - Key: routing.http.drop_invalid_header_fields.enabled
                  Value: "true"
      `),
    },
    {
      name: 'network and gateway load balancers, a type or a value we cannot read',
      syntax: 'yaml',
      code: dedent(`
        Parameters:
          Drop:
            Type: String
        Resources:
          Nlb:
            Type: AWS::ElasticLoadBalancingV2::LoadBalancer
            Properties:
              Type: network
          Gwlb:
            Type: AWS::ElasticLoadBalancingV2::LoadBalancer
            Properties:
              Type: gateway
          Typed:
            Type: AWS::ElasticLoadBalancingV2::LoadBalancer
            Properties:
              Type: !Ref LbType
          Param:
            Type: AWS::ElasticLoadBalancingV2::LoadBalancer
            Properties:
              LoadBalancerAttributes:
                - Key: routing.http.drop_invalid_header_fields.enabled
                  Value: !Ref Drop
          Cond:
            Type: AWS::ElasticLoadBalancingV2::LoadBalancer
            Properties:
              LoadBalancerAttributes: !If [Prod, [], []]
          KeyFromParam:
            Type: AWS::ElasticLoadBalancingV2::LoadBalancer
            Properties:
              LoadBalancerAttributes:
                - Key: !Ref AttributeName
                  Value: "true"
      `),
    },
    {
      syntax: 'json',
      code: '{"Resources": {"Alb": {"Type": "AWS::ElasticLoadBalancingV2::LoadBalancer", "Properties": {"LoadBalancerAttributes": [{"Key": "routing.http.drop_invalid_header_fields.enabled", "Value": true}]}}}}\n',
    },
    {
      syntax: 'terraform',
      code: dedent(`
        resource "aws_lb" "web" {
          drop_invalid_header_fields = true
        }

        resource "aws_lb" "nlb" {
          load_balancer_type = "network"
        }

        resource "aws_alb" "var" {
          drop_invalid_header_fields = var.drop
        }

        resource "aws_lb" "typed" {
          load_balancer_type = var.type
        }

        data "aws_lb" "existing" {
          name = "existing"
        }
      `),
    },
    {
      syntax: 'typescript',
      code: dedent(`
        import * as elbv2 from 'aws-cdk-lib/aws-elasticloadbalancingv2';
        new elbv2.ApplicationLoadBalancer(this, 'Alb', { vpc, dropInvalidHeaderFields: true });
        new elbv2.ApplicationLoadBalancer(this, 'Alb2', { vpc, dropInvalidHeaderFields: props.drop });
        new elbv2.NetworkLoadBalancer(this, 'Nlb', { vpc });
      `),
    },
    {
      name: 'attributes set with setAttribute are not followed',
      syntax: 'typescript',
      code: dedent(`
        import * as elbv2 from 'aws-cdk-lib/aws-elasticloadbalancingv2';
        const alb = new elbv2.ApplicationLoadBalancer(this, 'Alb', { vpc });
        alb.setAttribute('routing.http.drop_invalid_header_fields.enabled', 'true');
      `),
    },
    {
      syntax: 'python',
      code: dedent(`
        from aws_cdk import aws_elasticloadbalancingv2 as elbv2
        elbv2.ApplicationLoadBalancer(self, "Alb", vpc=vpc, drop_invalid_header_fields=True)
      `),
    },
  ],
  invalid: [
    {
      name: 'no attributes at all',
      syntax: 'yaml',
      code: dedent(`
        Resources:
          Alb:
            Type: AWS::ElasticLoadBalancingV2::LoadBalancer
            Properties:
              Subnets: [subnet-1, subnet-2]
      `),
      errors: [{ messageId: 'missing', line: 3, column: 11, endLine: 3, endColumn: 52, data: { name: 'Alb' } }],
      output: dedent(`
        Resources:
          Alb:
            Type: AWS::ElasticLoadBalancingV2::LoadBalancer
            Properties:
              Subnets: [subnet-1, subnet-2]
              LoadBalancerAttributes:
                - Key: routing.http.drop_invalid_header_fields.enabled
                  Value: 'true'
      `),
    },
    {
      name: 'other attributes in a block list: a new entry like the last one, comments left behind',
      syntax: 'yaml',
      code: dedent(`
        Resources:
          Alb:
            Type: AWS::ElasticLoadBalancingV2::LoadBalancer
            Properties:
              Type: application
              LoadBalancerAttributes:
                - Key: deletion_protection.enabled
                  Value: true
                -   Key: "idle_timeout.timeout_seconds"   # seconds
                    Value: "120"  # long uploads
              Subnets: [subnet-1]
      `),
      errors: [{ messageId: 'missing', line: 3, column: 11, endLine: 3, endColumn: 52 }],
      output: dedent(`
        Resources:
          Alb:
            Type: AWS::ElasticLoadBalancingV2::LoadBalancer
            Properties:
              Type: application
              LoadBalancerAttributes:
                - Key: deletion_protection.enabled
                  Value: true
                -   Key: "idle_timeout.timeout_seconds"   # seconds
                    Value: "120"  # long uploads
                -   Key: "routing.http.drop_invalid_header_fields.enabled"
                    Value: "true"
              Subnets: [subnet-1]
      `),
    },
    {
      name: 'flow entries, and the attribute set to false',
      syntax: 'yaml',
      code: dedent(`
        Resources:
          A:
            Type: AWS::ElasticLoadBalancingV2::LoadBalancer
            Properties:
              LoadBalancerAttributes: [{ Key: idle_timeout.timeout_seconds, Value: '60' }]
          B:
            Type: AWS::ElasticLoadBalancingV2::LoadBalancer
            Properties:
              LoadBalancerAttributes:
                - { Key: routing.http.drop_invalid_header_fields.enabled, Value: 'false' }
          C:
            Type: AWS::ElasticLoadBalancingV2::LoadBalancer
            Properties:
              LoadBalancerAttributes: []
      `),
      errors: [
        { messageId: 'missing', line: 3, column: 11, endLine: 3, endColumn: 52, data: { name: 'A' } },
        { messageId: 'disabled', line: 10, column: 74, endLine: 10, endColumn: 81, data: { name: 'B' } },
        { messageId: 'missing', line: 12, column: 11, endLine: 12, endColumn: 52, data: { name: 'C' } },
      ],
      output: dedent(`
        Resources:
          A:
            Type: AWS::ElasticLoadBalancingV2::LoadBalancer
            Properties:
              LoadBalancerAttributes: [{ Key: idle_timeout.timeout_seconds, Value: '60' }, { Key: routing.http.drop_invalid_header_fields.enabled, Value: 'true' }]
          B:
            Type: AWS::ElasticLoadBalancingV2::LoadBalancer
            Properties:
              LoadBalancerAttributes:
                - { Key: routing.http.drop_invalid_header_fields.enabled, Value: 'true' }
          C:
            Type: AWS::ElasticLoadBalancingV2::LoadBalancer
            Properties:
              LoadBalancerAttributes:
                - Key: routing.http.drop_invalid_header_fields.enabled
                  Value: 'true'
      `),
    },
    {
      name: 'no fix when the last entry is not a plain { Key, Value } pair',
      syntax: 'yaml',
      code: dedent(`
        Resources:
          Alb:
            Type: AWS::ElasticLoadBalancingV2::LoadBalancer
            Properties:
              LoadBalancerAttributes:
                - Key: access_logs.s3.bucket
                  Value: !Ref Logs
      `),
      errors: [{ messageId: 'missing', line: 3, column: 11, endLine: 3, endColumn: 52 }],
      output: null,
    },
    {
      syntax: 'json',
      code: '{\n  "Resources": {\n    "Alb": {\n      "Type": "AWS::ElasticLoadBalancingV2::LoadBalancer",\n      "Properties": {\n        "LoadBalancerAttributes": [\n          {\n            "Key": "idle_timeout.timeout_seconds",\n            "Value": "60"\n          }\n        ]\n      }\n    }\n  }\n}\n',
      errors: [{ messageId: 'missing', line: 4, column: 16, endLine: 4, endColumn: 57 }],
      output: '{\n  "Resources": {\n    "Alb": {\n      "Type": "AWS::ElasticLoadBalancingV2::LoadBalancer",\n      "Properties": {\n        "LoadBalancerAttributes": [\n          {\n            "Key": "idle_timeout.timeout_seconds",\n            "Value": "60"\n          },\n          {\n            "Key": "routing.http.drop_invalid_header_fields.enabled",\n            "Value": "true"\n          }\n        ]\n      }\n    }\n  }\n}\n',
    },
    {
      syntax: 'terraform',
      code: dedent(`
        resource "aws_lb" "web" {
          name    = "web"
          subnets = var.subnets
        }
      `),
      errors: [{ messageId: 'missing', line: 1, column: 11, endLine: 1, endColumn: 17, data: { name: 'aws_lb.web' } }],
      output: dedent(`
        resource "aws_lb" "web" {
          name                       = "web"
          subnets                    = var.subnets
          drop_invalid_header_fields = true
        }
      `),
    },
    {
      name: 'set to false on an aws_alb',
      syntax: 'terraform',
      code: dedent(`
        resource "aws_alb" "web" {
          load_balancer_type         = "application"
          drop_invalid_header_fields = false
        }
      `),
      errors: [{ messageId: 'disabled', line: 3, column: 32, endLine: 3, endColumn: 37 }],
      output: dedent(`
        resource "aws_alb" "web" {
          load_balancer_type         = "application"
          drop_invalid_header_fields = true
        }
      `),
    },
    {
      syntax: 'typescript',
      code: dedent(`
        import * as elbv2 from 'aws-cdk-lib/aws-elasticloadbalancingv2';
        const alb = new elbv2.ApplicationLoadBalancer(this, 'Alb', {
          vpc,
          internetFacing: true,
        });
        new elbv2.ApplicationLoadBalancer(this, 'Off', { vpc, dropInvalidHeaderFields: false });
      `),
      errors: [
        { messageId: 'missing', line: 2, column: 17, endLine: 2, endColumn: 46 },
        { messageId: 'disabled', line: 6, column: 80, endLine: 6, endColumn: 85 },
      ],
      output: dedent(`
        import * as elbv2 from 'aws-cdk-lib/aws-elasticloadbalancingv2';
        const alb = new elbv2.ApplicationLoadBalancer(this, 'Alb', {
          vpc,
          internetFacing: true,
          dropInvalidHeaderFields: true,
        });
        new elbv2.ApplicationLoadBalancer(this, 'Off', { vpc, dropInvalidHeaderFields: true });
      `),
    },
    {
      name: 'CDK L1: a new list, an entry appended on its own line, a false flipped',
      syntax: 'typescript',
      code: dedent(`
        import * as elbv2 from 'aws-cdk-lib/aws-elasticloadbalancingv2';
        new elbv2.CfnLoadBalancer(this, 'A', { type: 'application' });
        new elbv2.CfnLoadBalancer(this, 'B', {
          loadBalancerAttributes: [
            { key: 'idle_timeout.timeout_seconds', value: '60' }, // a minute
          ],
        });
        new elbv2.CfnLoadBalancer(this, 'C', { loadBalancerAttributes: [{ key: 'routing.http.drop_invalid_header_fields.enabled', value: 'false' }] });
      `),
      errors: [
        { messageId: 'missing', line: 2, column: 5, endLine: 2, endColumn: 26 },
        { messageId: 'missing', line: 3, column: 5, endLine: 3, endColumn: 26 },
        { messageId: 'disabled', line: 8, column: 130, endLine: 8, endColumn: 137 },
      ],
      output: dedent(`
        import * as elbv2 from 'aws-cdk-lib/aws-elasticloadbalancingv2';
        new elbv2.CfnLoadBalancer(this, 'A', { type: 'application', loadBalancerAttributes: [{ key: 'routing.http.drop_invalid_header_fields.enabled', value: 'true' }] });
        new elbv2.CfnLoadBalancer(this, 'B', {
          loadBalancerAttributes: [
            { key: 'idle_timeout.timeout_seconds', value: '60' }, // a minute
            { key: 'routing.http.drop_invalid_header_fields.enabled', value: 'true' },
          ],
        });
        new elbv2.CfnLoadBalancer(this, 'C', { loadBalancerAttributes: [{ key: 'routing.http.drop_invalid_header_fields.enabled', value: 'true' }] });
      `),
    },
    {
      syntax: 'python',
      code: dedent(`
        from aws_cdk import aws_elasticloadbalancingv2 as elbv2
        alb = elbv2.ApplicationLoadBalancer(self, "Alb", vpc=vpc, internet_facing=True)
        off = elbv2.ApplicationLoadBalancer(self, "Off", vpc=vpc, drop_invalid_header_fields=False)
      `),
      errors: [
        { messageId: 'missing', line: 2, column: 7, endLine: 2, endColumn: 36 },
        { messageId: 'disabled', line: 3, column: 86, endLine: 3, endColumn: 91 },
      ],
      output: dedent(`
        from aws_cdk import aws_elasticloadbalancingv2 as elbv2
        alb = elbv2.ApplicationLoadBalancer(self, "Alb", vpc=vpc, internet_facing=True, drop_invalid_header_fields=True)
        off = elbv2.ApplicationLoadBalancer(self, "Off", vpc=vpc, drop_invalid_header_fields=True)
      `),
    },
    {
      name: 'CDK L1 in Python',
      syntax: 'python',
      code: dedent(`
        from aws_cdk import aws_elasticloadbalancingv2 as elbv2
        elbv2.CfnLoadBalancer(self, "A", load_balancer_attributes=[{"key": "idle_timeout.timeout_seconds", "value": "60"}])
      `),
      errors: [{ messageId: 'missing', line: 2, column: 1, endLine: 2, endColumn: 22 }],
      output: dedent(`
        from aws_cdk import aws_elasticloadbalancingv2 as elbv2
        elbv2.CfnLoadBalancer(self, "A", load_balancer_attributes=[{"key": "idle_timeout.timeout_seconds", "value": "60"}, {"key": "routing.http.drop_invalid_header_fields.enabled", "value": "true"}])
      `),
    },
  ],
});
