import rule from '../../../../src/core/rules/elb/elb-https-listener';
import { dedent, runRuleTests } from '../ruleTester';

runRuleTests(rule, {
  valid: [
    {
      name: 'HTTP listener redirecting to HTTPS',
      syntax: 'yaml',
      code: dedent(`
        Resources:
          Http:
            Type: AWS::ElasticLoadBalancingV2::Listener
            Properties:
              LoadBalancerArn: !Ref Alb
              Port: 80
              Protocol: HTTP
              DefaultActions:
                - Type: redirect
                  RedirectConfig:
                    Protocol: HTTPS
                    Port: "443"
                    StatusCode: HTTP_301
      `),
    },
    {
      name: 'HTTPS and TCP listeners, and a protocol from a parameter',
      syntax: 'yaml',
      code: dedent(`
        Parameters:
          Proto:
            Type: String
        Resources:
          Https:
            Type: AWS::ElasticLoadBalancingV2::Listener
            Properties:
              Protocol: HTTPS
              DefaultActions: [{ Type: forward, TargetGroupArn: !Ref Tg }]
          Tcp:
            Type: AWS::ElasticLoadBalancingV2::Listener
            Properties:
              Protocol: TCP
              DefaultActions: [{ Type: forward, TargetGroupArn: !Ref Tg }]
          Param:
            Type: AWS::ElasticLoadBalancingV2::Listener
            Properties:
              Protocol: !Ref Proto
              DefaultActions: [{ Type: forward, TargetGroupArn: !Ref Tg }]
      `),
    },
    {
      name: 'actions we cannot read: an !If, a redirect protocol from a parameter',
      syntax: 'yaml',
      code: dedent(`
        Resources:
          A:
            Type: AWS::ElasticLoadBalancingV2::Listener
            Properties:
              Protocol: HTTP
              DefaultActions: !If [Prod, [{ Type: redirect }], [{ Type: forward }]]
          B:
            Type: AWS::ElasticLoadBalancingV2::Listener
            Properties:
              Protocol: HTTP
              DefaultActions:
                - Type: redirect
                  RedirectConfig:
                    Protocol: !Ref RedirectProtocol
      `),
    },
    {
      name: 'a listener rule of this listener redirects to HTTPS',
      syntax: 'yaml',
      code: dedent(`
        Resources:
          Http:
            Type: AWS::ElasticLoadBalancingV2::Listener
            Properties:
              Protocol: HTTP
              DefaultActions:
                - Type: fixed-response
                  FixedResponseConfig: { StatusCode: "404" }
          All:
            Type: AWS::ElasticLoadBalancingV2::ListenerRule
            Properties:
              ListenerArn: !Ref Http
              Priority: 1
              Conditions: [{ Field: path-pattern, Values: ["*"] }]
              Actions:
                - Type: redirect
                  RedirectConfig: { Protocol: HTTPS, Port: "443", StatusCode: HTTP_301 }
      `),
    },
    {
      name: 'a Classic Load Balancer with an HTTPS listener next to HTTP',
      syntax: 'yaml',
      code: dedent(`
        Resources:
          Clb:
            Type: AWS::ElasticLoadBalancing::LoadBalancer
            Properties:
              Listeners:
                - { LoadBalancerPort: "80", InstancePort: "80", Protocol: HTTP }
                - { LoadBalancerPort: "443", InstancePort: "80", Protocol: HTTPS, SSLCertificateId: arn }
      `),
    },
    {
      syntax: 'json',
      code: '{"Resources": {"Http": {"Type": "AWS::ElasticLoadBalancingV2::Listener", "Properties": {"Protocol": "HTTP", "DefaultActions": [{"Type": "redirect", "RedirectConfig": {"Protocol": "HTTPS"}}]}}}}\n',
    },
    {
      name: 'redirect listener, HTTPS listener, protocol-less listener on an NLB or an unknown LB',
      syntax: 'terraform',
      code: dedent(`
        resource "aws_lb" "nlb" {
          load_balancer_type = "network"
        }

        resource "aws_lb_listener" "http" {
          load_balancer_arn = aws_lb.web.arn
          port              = 80
          protocol          = "HTTP"
          default_action {
            type = "redirect"
            redirect {
              port        = "443"
              protocol    = "HTTPS"
              status_code = "HTTP_301"
            }
          }
        }

        resource "aws_lb_listener" "https" {
          load_balancer_arn = aws_lb.web.arn
          port              = 443
          protocol          = "HTTPS"
          certificate_arn   = var.cert
          default_action {
            type             = "forward"
            target_group_arn = aws_lb_target_group.web.arn
          }
        }

        resource "aws_lb_listener" "tcp" {
          load_balancer_arn = aws_lb.nlb.arn
          port              = 80
          default_action {
            type             = "forward"
            target_group_arn = aws_lb_target_group.web.arn
          }
        }

        resource "aws_lb_listener" "elsewhere" {
          load_balancer_arn = var.lb_arn
          port              = 80
          default_action {
            type             = "forward"
            target_group_arn = aws_lb_target_group.web.arn
          }
        }
      `),
    },
    {
      name: 'dynamic default_action, and a listener rule that redirects',
      syntax: 'terraform',
      code: dedent(`
        resource "aws_lb_listener" "dyn" {
          load_balancer_arn = aws_lb.web.arn
          protocol          = "HTTP"
          dynamic "default_action" {
            for_each = var.actions
            content {
              type = default_action.value.type
            }
          }
        }

        resource "aws_lb_listener" "ruled" {
          load_balancer_arn = aws_lb.web.arn
          protocol          = "HTTP"
          default_action {
            type = "fixed-response"
            fixed_response {
              content_type = "text/plain"
              status_code  = "404"
            }
          }
        }

        resource "aws_lb_listener_rule" "all" {
          listener_arn = aws_lb_listener.ruled.arn
          action {
            type = "redirect"
            redirect {
              protocol    = "HTTPS"
              status_code = "HTTP_301"
            }
          }
          condition {
            path_pattern {
              values = ["*"]
            }
          }
        }
      `),
    },
    {
      name: 'aws_elb with an https listener, and a data source',
      syntax: 'terraform',
      code: dedent(`
        resource "aws_elb" "web" {
          listener {
            instance_port     = 80
            instance_protocol = "http"
            lb_port           = 80
            lb_protocol       = "http"
          }
          listener {
            instance_port      = 80
            instance_protocol  = "http"
            lb_port            = 443
            lb_protocol        = "https"
            ssl_certificate_id = var.cert
          }
        }

        data "aws_lb_listener" "http" {
          arn = var.listener_arn
        }
      `),
    },
    {
      name: 'redirect listener, HTTPS listener, addRedirect, NLB listener on 80',
      syntax: 'typescript',
      code: dedent(`
        import * as elbv2 from 'aws-cdk-lib/aws-elasticloadbalancingv2';
        const alb = new elbv2.ApplicationLoadBalancer(this, 'Alb', { vpc, internetFacing: true });
        alb.addListener('Http', { port: 80, defaultAction: elbv2.ListenerAction.redirect({ protocol: 'HTTPS', port: '443', permanent: true }) });
        alb.addListener('Https', { port: 443, certificates: [cert], defaultTargetGroups: [tg] });
        const alb2 = new elbv2.ApplicationLoadBalancer(this, 'Alb2', { vpc });
        alb2.addRedirect();
        alb2.addListener('Https', { protocol: elbv2.ApplicationProtocol.HTTPS, certificates: [cert] });
        const nlb = new elbv2.NetworkLoadBalancer(this, 'Nlb', { vpc });
        nlb.addListener('Tcp', { port: 80, defaultTargetGroups: [ntg] });
      `),
    },
    {
      name: 'an action we cannot read, a port from a variable, a port CDK cannot infer a protocol for, options from a variable',
      syntax: 'typescript',
      code: dedent(`
        import * as elbv2 from 'aws-cdk-lib/aws-elasticloadbalancingv2';
        const alb = new elbv2.ApplicationLoadBalancer(this, 'Alb', { vpc });
        alb.addListener('A', { port: 80, defaultAction: props.action });
        alb.addListener('B', { port: props.port, defaultTargetGroups: [tg] });
        alb.addListener('C', { port: 3000, defaultTargetGroups: [tg] });
        alb.addListener('D', listenerProps);
        new elbv2.ApplicationListener(this, 'E', { loadBalancer: alb, port: 80, defaultAction: elbv2.ListenerAction.authenticateOidc(oidc) });
      `),
    },
    {
      name: 'a listener whose default action is set later with addAction (the model does not follow it)',
      syntax: 'typescript',
      code: dedent(`
        import * as elbv2 from 'aws-cdk-lib/aws-elasticloadbalancingv2';
        const alb = new elbv2.ApplicationLoadBalancer(this, 'Alb', { vpc });
        const http = new elbv2.ApplicationListener(this, 'Http', { loadBalancer: alb, port: 80 });
        http.addAction('Redirect', { action: elbv2.ListenerAction.redirect({ protocol: 'HTTPS', port: '443' }) });
        alb.addListener('Web', { port: 80 });
      `),
    },
    {
      name: 'CDK classic LB with an HTTPS listener',
      syntax: 'typescript',
      code: dedent(`
        import * as elb from 'aws-cdk-lib/aws-elasticloadbalancing';
        const lb = new elb.LoadBalancer(this, 'Clb', { vpc, listeners: [{ externalPort: 80 }] });
        lb.addListener({ externalPort: 443, sslCertificateArn: cert });
      `),
    },
    {
      syntax: 'python',
      code: dedent(`
        from aws_cdk import aws_elasticloadbalancingv2 as elbv2
        alb = elbv2.ApplicationLoadBalancer(self, "Alb", vpc=vpc)
        alb.add_listener("Http", port=80, default_action=elbv2.ListenerAction.redirect(protocol="HTTPS", port="443"))
        alb.add_redirect(source_port=8080, target_port=8443)
        alb.add_listener("Alt", port=8080, default_target_groups=[tg])
      `),
    },
  ],
  invalid: [
    {
      syntax: 'yaml',
      code: dedent(`
        Resources:
          Http:
            Type: AWS::ElasticLoadBalancingV2::Listener
            Properties:
              LoadBalancerArn: !Ref Alb
              Port: 80
              Protocol: HTTP
              DefaultActions:
                - Type: forward
                  TargetGroupArn: !Ref Web
      `),
      errors: [{ messageId: 'httpListener', line: 7, column: 17, endLine: 7, endColumn: 21, data: { name: 'Http' } }],
      output: null,
    },
    {
      name: 'a redirect that keeps HTTP, and a rule that redirects another listener',
      syntax: 'yaml',
      code: dedent(`
        Resources:
          Http:
            Type: AWS::ElasticLoadBalancingV2::Listener
            Properties:
              Protocol: HTTP
              DefaultActions:
                - Type: redirect
                  RedirectConfig:
                    Host: www.example.com
                    StatusCode: HTTP_301
          Other:
            Type: AWS::ElasticLoadBalancingV2::Listener
            Properties:
              Protocol: HTTPS
              DefaultActions: [{ Type: forward, TargetGroupArn: !Ref Tg }]
          Rule:
            Type: AWS::ElasticLoadBalancingV2::ListenerRule
            Properties:
              ListenerArn: !Ref Other
              Actions: [{ Type: redirect, RedirectConfig: { Protocol: HTTPS } }]
      `),
      errors: [{ messageId: 'httpListener', line: 5, column: 17, endLine: 5, endColumn: 21 }],
      output: null,
    },
    {
      name: 'Classic Load Balancer with HTTP only',
      syntax: 'yaml',
      code: dedent(`
        Resources:
          Clb:
            Type: AWS::ElasticLoadBalancing::LoadBalancer
            Properties:
              Listeners:
                - LoadBalancerPort: "80"
                  InstancePort: "80"
                  Protocol: http
      `),
      errors: [{ messageId: 'classicHttpOnly', line: 8, column: 21, endLine: 8, endColumn: 25, data: { name: 'Clb' } }],
      output: null,
    },
    {
      syntax: 'json',
      code: '{\n  "Resources": {\n    "Http": {\n      "Type": "AWS::ElasticLoadBalancingV2::Listener",\n      "Properties": { "Protocol": "HTTP", "DefaultActions": [{ "Type": "forward", "TargetGroupArn": "arn" }] }\n    }\n  }\n}\n',
      errors: [{ messageId: 'httpListener', line: 5, column: 35, endLine: 5, endColumn: 41 }],
      output: null,
    },
    {
      syntax: 'terraform',
      code: dedent(`
        resource "aws_lb_listener" "http" {
          load_balancer_arn = aws_lb.web.arn
          port              = 80
          protocol          = "HTTP"

          default_action {
            type             = "forward"
            target_group_arn = aws_lb_target_group.web.arn
          }
        }
      `),
      errors: [{ messageId: 'httpListener', line: 4, column: 23, endLine: 4, endColumn: 29, data: { name: 'aws_lb_listener.http' } }],
      output: null,
    },
    {
      name: 'no protocol on an ALB (HTTP by default), aws_alb_listener',
      syntax: 'terraform',
      code: dedent(`
        resource "aws_alb" "web" {
          internal = false
        }

        resource "aws_alb_listener" "http" {
          load_balancer_arn = aws_alb.web.arn
          port              = 80
          default_action {
            type             = "forward"
            target_group_arn = aws_alb_target_group.web.arn
          }
        }
      `),
      errors: [{ messageId: 'httpListener', line: 5, column: 11, endLine: 5, endColumn: 27 }],
      output: null,
    },
    {
      name: 'aws_elb with http listeners only',
      syntax: 'terraform',
      code: dedent(`
        resource "aws_elb" "web" {
          listener {
            instance_port     = 80
            instance_protocol = "http"
            lb_port           = 80
            lb_protocol       = "http"
          }
        }
      `),
      errors: [{ messageId: 'classicHttpOnly', line: 6, column: 25, endLine: 6, endColumn: 31 }],
      output: null,
    },
    {
      name: 'addListener on 80 with forward, without a default action, and an ApplicationListener',
      syntax: 'typescript',
      code: dedent(`
        import * as elbv2 from 'aws-cdk-lib/aws-elasticloadbalancingv2';
        const alb = new elbv2.ApplicationLoadBalancer(this, 'Alb', { vpc, internetFacing: true });
        alb.addListener('Web', { port: 80, defaultTargetGroups: [tg] });
        const listener = alb.addListener('Alt', { protocol: elbv2.ApplicationProtocol.HTTP, port: 81, defaultAction: elbv2.ListenerAction.forward([tg]) });
        listener.addTargets('Fleet', { port: 80, targets: [asg] });
        new elbv2.ApplicationListener(this, 'Plain', { loadBalancer: alb, port: 8080 });
      `),
      errors: [
        { messageId: 'httpListener', line: 3, column: 32, endLine: 3, endColumn: 34, data: { name: 'Web' } },
        { messageId: 'httpListener', line: 4, column: 53, endLine: 4, endColumn: 83, data: { name: 'Alt' } },
        { messageId: 'httpListener', line: 6, column: 73, endLine: 6, endColumn: 77, data: { name: 'Plain' } },
      ],
      output: null,
    },
    {
      name: 'CDK L1 listener',
      syntax: 'typescript',
      code: dedent(`
        import * as elbv2 from 'aws-cdk-lib/aws-elasticloadbalancingv2';
        new elbv2.CfnListener(this, 'Http', { loadBalancerArn: alb.ref, port: 80, protocol: 'HTTP', defaultActions: [{ type: 'forward', targetGroupArn: tg.ref }] });
      `),
      errors: [{ messageId: 'httpListener', line: 2, column: 85, endLine: 2, endColumn: 91 }],
      output: null,
    },
    {
      name: 'CDK classic LB on port 80 only',
      syntax: 'typescript',
      code: dedent(`
        import * as elb from 'aws-cdk-lib/aws-elasticloadbalancing';
        const lb = new elb.LoadBalancer(this, 'Clb', { vpc });
        lb.addListener({ externalPort: 80 });
      `),
      errors: [{ messageId: 'classicHttpOnly', line: 3, column: 32, endLine: 3, endColumn: 34 }],
      output: null,
    },
    {
      syntax: 'python',
      code: dedent(`
        from aws_cdk import aws_elasticloadbalancingv2 as elbv2
        alb = elbv2.ApplicationLoadBalancer(self, "Alb", vpc=vpc, internet_facing=True)
        listener = alb.add_listener("Web", port=80, open=True)
        listener.add_targets("Fleet", port=80, targets=[asg])
      `),
      errors: [{ messageId: 'httpListener', line: 3, column: 41, endLine: 3, endColumn: 43, data: { name: 'Web' } }],
      output: null,
    },
  ],
});
