/**
 * An Elastic IP that nothing in the file attaches: not to an instance or network interface by
 * its own properties, and not referred to by anything else (an association, a NAT gateway, a load
 * balancer subnet mapping, an output that another stack may use). Idle Elastic IPs are billed,
 * and since February 2024 every public IPv4 address is. Any mention we cannot follow (an output,
 * a Terraform local, a CDK variable passed to a function) counts as "may be in use": silent.
 */
import type { Resource } from '../../model/types';
import { linksTo } from '../../model/query';
import { prop, str } from '../helpers/properties';
import { offsetsOf } from '../helpers/textEdits';
import { familyOf, type RuleContext, type RuleModule } from '../ruleTypes';

const rule: RuleModule = {
  meta: {
    id: 'ec2-eip-unattached',
    category: 'cost',
    defaultSeverity: 'info',
    appliesTo: ['aws.ec2.eip'],
    formats: ['cloudformation', 'terraform'],
    knowledge: ['elastic-ip'],
    messages: {
      unattached: {
        en: 'Elastic IP {name} is not attached to anything in this file (no instance, network interface, association or NAT gateway). An idle Elastic IP is billed by the hour, as is every public IPv4 address since February 2024: attach it or release it.',
        ko: 'Elastic IP {name}이(가) 이 파일의 어떤 리소스에도 연결되어 있지 않습니다(인스턴스, 네트워크 인터페이스, 연결, NAT 게이트웨이 없음). 쓰지 않는 Elastic IP도 시간당 요금이 붙으며, 2024년 2월부터는 모든 퍼블릭 IPv4 주소가 과금됩니다. 연결하거나 해제하세요.',
      },
    },
    why: {
      en: 'AWS charges for every public IPv4 address, attached or not (since 1 February 2024), so an Elastic IP kept "just in case" costs money every hour. It also counts against the Region\'s Elastic IP quota (5 by default).',
      ko: 'AWS는 2024년 2월 1일부터 연결 여부와 관계없이 모든 퍼블릭 IPv4 주소에 요금을 부과하므로, "혹시 몰라" 남겨 둔 Elastic IP도 매시간 비용이 듭니다. 리전의 Elastic IP 할당량(기본 5개)도 차지합니다.',
    },
    howToFix: {
      en: 'Attach the address: CloudFormation `InstanceId` or an `AWS::EC2::EIPAssociation` / NAT gateway `AllocationId`; Terraform `instance` / `network_interface` or `aws_eip_association`. If nothing needs a fixed address, remove it; consider IPv6 or a load balancer in front of the instances.',
      ko: '주소를 연결하세요. CloudFormation은 `InstanceId` 또는 `AWS::EC2::EIPAssociation` / NAT 게이트웨이의 `AllocationId`, Terraform은 `instance` / `network_interface` 또는 `aws_eip_association`을 사용합니다. 고정 주소가 필요 없다면 삭제하고, IPv6나 인스턴스 앞의 로드 밸런서를 고려하세요.',
    },
    fixable: [],
    examples: [
      {
        format: 'cloudformation',
        bad: 'Resources:\n  Ip:\n    Type: AWS::EC2::EIP\n    Properties:\n      Domain: vpc\n',
        good: 'Resources:\n  Ip:\n    Type: AWS::EC2::EIP\n    Properties:\n      Domain: vpc\n  Nat:\n    Type: AWS::EC2::NatGateway\n    Properties:\n      AllocationId: !GetAtt Ip.AllocationId\n      SubnetId: subnet-12345678\n',
      },
      {
        format: 'terraform',
        bad: 'resource "aws_eip" "ip" {\n  domain = "vpc"\n}\n',
        good: 'resource "aws_eip" "ip" {\n  domain   = "vpc"\n  instance = aws_instance.web.id\n}\n\nresource "aws_instance" "web" {\n  ami           = "ami-12345678"\n  instance_type = "t3.micro"\n}\n',
      },
    ],
  },

  check(eip, context) {
    const family = familyOf(eip);
    const tf = family === 'terraform';
    // Attached by its own properties (whatever the value: a reference we cannot follow still attaches it).
    const attach = tf ? ['instance', 'network_interface', 'associate_with_private_ip'] : ['InstanceId'];
    if (attach.some(k => prop(eip, k))) return;
    if (eip.properties.some(p => p.key === '...')) return;
    // Addresses brought to AWS (BYOIP) or from an Outpost pool are not billed like Amazon's.
    const pool = prop(eip, 'PublicIpv4Pool');
    if ((pool && str(pool.value) !== 'amazon') || prop(eip, 'CustomerOwnedIpv4Pool') || prop(eip, 'IpamPoolId')) return;
    if (linksTo(context.doc, eip).length > 0) return;
    if (mentionedElsewhere(eip, context)) return;
    context.report({ messageId: 'unattached', data: { name: eip.name }, range: eip.typeRange });
  },
};

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The EIP's name (logical id, `aws_eip.x`, CDK variable) written anywhere outside its own block. */
function mentionedElsewhere(eip: Resource, context: RuleContext): boolean {
  let pattern: RegExp | undefined;
  if (eip.format === 'terraform') pattern = new RegExp(`\\b${escape(eip.name)}\\b`, 'g');
  else if (eip.format === 'cloudformation') pattern = new RegExp(`(?<![\\w-])${escape(eip.name)}(?![\\w-])`, 'g');
  else if (eip.variable) pattern = new RegExp(`(?<![\\w$])${escape(eip.variable)}(?![\\w$])`, 'g');
  if (!pattern) return false;
  const [start, end] = offsetsOf(context, eip.range);
  for (const m of context.text.matchAll(pattern)) {
    if (m.index < start || m.index >= end) return true;
  }
  return false;
}

export default rule;
