import rule from '../../../../src/core/rules/elb/elb-classic-legacy';
import { dedent, runRuleTests } from '../ruleTester';

runRuleTests(rule, {
  valid: [
    {
      name: 'an Application Load Balancer',
      syntax: 'yaml',
      code: dedent(`
        Resources:
          Web:
            Type: AWS::ElasticLoadBalancingV2::LoadBalancer
            Properties:
              Subnets: [subnet-1, subnet-2]
      `),
    },
    {
      name: 'aws_lb and a data source reading an existing Classic Load Balancer',
      syntax: 'terraform',
      code: dedent(`
        resource "aws_lb" "web" {
          load_balancer_type = "application"
        }

        data "aws_elb" "old" {
          name = "old"
        }
      `),
    },
    {
      name: 'a Classic Load Balancer kept on purpose (suppressed in Metadata)',
      syntax: 'yaml',
      code: dedent(`
        Resources:
          Legacy:
            Type: AWS::ElasticLoadBalancing::LoadBalancer
            Metadata:
              aws-field-guide:
                ignore: [elb-classic-legacy]
            Properties:
              AvailabilityZones: [us-east-1a]
      `),
    },
    {
      name: 'a Classic Load Balancer kept on purpose (suppressed by a comment)',
      syntax: 'typescript',
      code: dedent(`
        import * as elb from 'aws-cdk-lib/aws-elasticloadbalancing';
        // aws-field-guide:ignore elb-classic-legacy -- migrating in Q3
        new elb.LoadBalancer(this, 'Legacy', { vpc });
      `),
    },
    {
      syntax: 'typescript',
      code: dedent(`
        import * as elbv2 from 'aws-cdk-lib/aws-elasticloadbalancingv2';
        new elbv2.ApplicationLoadBalancer(this, 'Web', { vpc });
      `),
    },
    {
      syntax: 'python',
      code: dedent(`
        from aws_cdk import aws_elasticloadbalancingv2 as elbv2
        elbv2.NetworkLoadBalancer(self, "Web", vpc=vpc)
      `),
    },
  ],
  invalid: [
    {
      syntax: 'yaml',
      code: dedent(`
        Resources:
          Web:
            Type: AWS::ElasticLoadBalancing::LoadBalancer
            Properties:
              Listeners:
                - LoadBalancerPort: "443"
                  InstancePort: "80"
                  Protocol: HTTPS
      `),
      errors: [{ messageId: 'classic', line: 3, column: 11, endLine: 3, endColumn: 50, data: { name: 'Web' } }],
      output: null,
    },
    {
      syntax: 'json',
      code: '{\n  "Resources": {\n    "Web": { "Type": "AWS::ElasticLoadBalancing::LoadBalancer" }\n  }\n}\n',
      errors: [{ messageId: 'classic', line: 3, column: 23, endLine: 3, endColumn: 62 }],
      output: null,
    },
    {
      syntax: 'terraform',
      code: dedent(`
        resource "aws_elb" "web" {
          availability_zones = ["us-east-1a"]
        }
      `),
      errors: [{ messageId: 'classic', line: 1, column: 11, endLine: 1, endColumn: 18, data: { name: 'aws_elb.web' } }],
      output: null,
    },
    {
      syntax: 'typescript',
      code: dedent(`
        import { aws_elasticloadbalancing as elb } from 'aws-cdk-lib';
        const lb = new elb.LoadBalancer(this, 'Web', { vpc, internetFacing: true });
      `),
      errors: [{ messageId: 'classic', line: 2, column: 16, endLine: 2, endColumn: 32 }],
      output: null,
    },
    {
      name: 'CDK L1',
      syntax: 'typescript',
      code: dedent(`
        import * as elb from 'aws-cdk-lib/aws-elasticloadbalancing';
        new elb.CfnLoadBalancer(this, 'Web', { listeners: [] });
      `),
      errors: [{ messageId: 'classic', line: 2, column: 5, endLine: 2, endColumn: 24 }],
      output: null,
    },
    {
      syntax: 'python',
      code: dedent(`
        from aws_cdk import aws_elasticloadbalancing as elb
        lb = elb.LoadBalancer(self, "Web", vpc=vpc)
      `),
      errors: [{ messageId: 'classic', line: 2, column: 6, endLine: 2, endColumn: 22 }],
      output: null,
    },
  ],
});
