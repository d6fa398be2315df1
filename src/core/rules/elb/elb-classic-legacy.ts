/**
 * The Classic Load Balancer is the previous generation of Elastic Load Balancing: still supported,
 * but new features (HTTP/2, host and path routing, redirects, WAF, TLS 1.3 policies, connection
 * logs) land only on the Application and Network Load Balancers. A hint to plan the move; no fix,
 * since the replacement has other resources (target groups, listeners) and another DNS name.
 */
import type { RuleModule } from '../ruleTypes';

const rule: RuleModule = {
  meta: {
    id: 'elb-classic-legacy',
    category: 'performance',
    defaultSeverity: 'info',
    appliesTo: ['aws.elasticloadbalancing.load-balancer'],
    formats: ['cloudformation', 'terraform', 'cdk'],
    knowledge: ['classic-load-balancer', 'application-load-balancer', 'network-load-balancer', 'elastic-load-balancing'],
    messages: {
      classic: {
        en: '{name} is a Classic Load Balancer (previous generation): consider an Application Load Balancer for HTTP/HTTPS or a Network Load Balancer for TCP/UDP/TLS.',
        ko: '{name}은(는) 이전 세대인 Classic Load Balancer입니다. HTTP/HTTPS라면 Application Load Balancer, TCP/UDP/TLS라면 Network Load Balancer로의 전환을 검토하세요.',
      },
    },
    why: {
      en: 'Classic Load Balancers are still supported but receive no new features. Application Load Balancers add host/path routing, HTTP→HTTPS redirects, HTTP/2 and gRPC, AWS WAF and Lambda targets; Network Load Balancers add static IPs, TLS termination with modern policies and very high throughput. AWS recommends migrating.',
      ko: 'Classic Load Balancer는 계속 지원되지만 새 기능이 추가되지 않습니다. Application Load Balancer는 호스트/경로 기반 라우팅, HTTP→HTTPS 리디렉션, HTTP/2와 gRPC, AWS WAF, Lambda 대상을 지원하고, Network Load Balancer는 고정 IP, 최신 정책의 TLS 종료, 매우 높은 처리량을 제공합니다. AWS는 마이그레이션을 권장합니다.',
    },
    howToFix: {
      en: 'Create an ALB (`AWS::ElasticLoadBalancingV2::LoadBalancer`, Terraform `aws_lb`, CDK `elbv2.ApplicationLoadBalancer`) or an NLB with a target group and listeners for the same instances, move DNS to it, then delete the Classic Load Balancer. The EC2 console has a migration wizard that copies the configuration.',
      ko: 'ALB(`AWS::ElasticLoadBalancingV2::LoadBalancer`, Terraform `aws_lb`, CDK `elbv2.ApplicationLoadBalancer`) 또는 NLB를 만들고 같은 인스턴스를 대상 그룹과 리스너로 연결한 뒤 DNS를 옮기고 Classic Load Balancer를 삭제하세요. EC2 콘솔의 마이그레이션 마법사로 설정을 복사할 수 있습니다.',
    },
    fixable: [],
    examples: [
      {
        format: 'cloudformation',
        bad: 'Resources:\n  Web:\n    Type: AWS::ElasticLoadBalancing::LoadBalancer\n    Properties:\n      Listeners:\n        - LoadBalancerPort: "80"\n          InstancePort: "80"\n          Protocol: HTTP\n',
        good: 'Resources:\n  Web:\n    Type: AWS::ElasticLoadBalancingV2::LoadBalancer\n    Properties:\n      Subnets: [subnet-1, subnet-2]\n',
      },
      {
        format: 'terraform',
        bad: 'resource "aws_elb" "web" {\n  availability_zones = ["us-east-1a"]\n  listener {\n    instance_port     = 80\n    instance_protocol = "http"\n    lb_port           = 80\n    lb_protocol       = "http"\n  }\n}\n',
        good: 'resource "aws_lb" "web" {\n  load_balancer_type = "application"\n  subnets            = var.subnets\n}\n',
      },
      {
        format: 'cdk-typescript',
        bad: "import * as elb from 'aws-cdk-lib/aws-elasticloadbalancing';\nnew elb.LoadBalancer(this, 'Web', { vpc });\n",
        good: "import * as elbv2 from 'aws-cdk-lib/aws-elasticloadbalancingv2';\nnew elbv2.ApplicationLoadBalancer(this, 'Web', { vpc });\n",
      },
    ],
  },

  check(lb, context) {
    // A data source only reads an existing load balancer: not this code's choice.
    if (lb.role !== 'resource') return;
    context.report({ messageId: 'classic', data: { name: lb.name }, range: lb.typeRange });
  },
};

export default rule;
