/**
 * Previous-generation instance types. Only families AWS itself lists as previous generation (the
 * EC2 "Previous generation instances" page: A1, C1, C3, C4, G3, I2, M1, M2, M3, M4, R3, R4, T1,
 * and the long-retired CC2, CG1, CR1, G2, HI1, HS1). T2 is deliberately left alone: AWS still
 * lists it as current generation, even though T3 / T4g usually cost less.
 * The fix moves EBS-only Nitro-ready families to the same size of their current successor (M4 →
 * M7i, C4 → C7i, R4 → R7i, A1 → M7g, Graviton to Graviton) when that size exists; families with
 * instance store, GPUs or paravirtual AMIs get a suggestion only.
 */
import type { TextEdit } from '../../model/edits';
import type { Resource } from '../../model/types';
import { instanceTypeAt, type InstanceTypeValue } from '../helpers/ec2';
import { keyPath } from '../helpers/properties';
import { replaceInside, sourceOf } from '../helpers/textEdits';
import { familyOf, type RuleContext, type RuleModule } from '../ruleTypes';

interface Successor {
  /** What to suggest, as people write it. */
  suggest: string;
  /** The family a mechanical fix moves to, and the sizes it offers. */
  fix?: { family: string; cdkClass: string; sizes: readonly string[] };
}

const INTEL7 = ['large', 'xlarge', '2xlarge', '4xlarge', '8xlarge', '12xlarge', '16xlarge', '24xlarge', '48xlarge'];
const GRAVITON7 = ['medium', 'large', 'xlarge', '2xlarge', '4xlarge', '8xlarge', '12xlarge', '16xlarge', 'metal'];

const PREVIOUS: Record<string, Successor> = {
  a1: { suggest: 'm7g or c7g (Graviton)', fix: { family: 'm7g', cdkClass: 'M7G', sizes: GRAVITON7 } },
  c1: { suggest: 'c7i or c7g' },
  c3: { suggest: 'c7i or c7g' },
  c4: { suggest: 'c7i or c7g', fix: { family: 'c7i', cdkClass: 'C7I', sizes: INTEL7 } },
  cc2: { suggest: 'c7i or hpc7a' },
  cg1: { suggest: 'g4dn or g6' },
  cr1: { suggest: 'r7i or r7g' },
  g2: { suggest: 'g4dn or g6' },
  g3: { suggest: 'g4dn or g6' },
  hi1: { suggest: 'i4i or i4g' },
  hs1: { suggest: 'd3' },
  i2: { suggest: 'i4i or i4g' },
  m1: { suggest: 'm7i or m7g' },
  m2: { suggest: 'r7i or r7g' },
  m3: { suggest: 'm7i or m7g' },
  m4: { suggest: 'm7i or m7g', fix: { family: 'm7i', cdkClass: 'M7I', sizes: INTEL7 } },
  r3: { suggest: 'r7i or r7g' },
  r4: { suggest: 'r7i or r7g', fix: { family: 'r7i', cdkClass: 'R7I', sizes: INTEL7 } },
  t1: { suggest: 't3 or t4g' },
};

const rule: RuleModule = {
  meta: {
    id: 'ec2-current-generation',
    category: 'cost',
    defaultSeverity: 'info',
    appliesTo: ['aws.ec2.instance', 'aws.ec2.launch-template', 'aws.autoscaling.launch-configuration', 'aws.autoscaling.auto-scaling-group', 'aws.ec2.spot-instance-request'],
    formats: ['cloudformation', 'terraform', 'cdk'],
    knowledge: ['ec2-instance-types', 'right-sizing'],
    messages: {
      previous: {
        en: '{type} is a previous-generation instance type. A current generation such as {suggest} gives more performance for the price.',
        ko: '{type}은(는) 이전 세대 인스턴스 유형입니다. {suggest} 같은 최신 세대가 같은 비용에 더 높은 성능을 냅니다.',
      },
      fix: { en: 'Use {replacement}', ko: '{replacement}(으)로 변경' },
    },
    why: {
      en: 'Previous-generation types stay supported, but they run on older processors and (except A1) the Xen hypervisor instead of Nitro, with less network and EBS bandwidth, and they usually cost more per unit of work than the current family of the same size. Some older families are no longer offered in newer Regions or have little capacity left.',
      ko: '이전 세대 유형도 계속 지원되지만 오래된 프로세서와(A1 제외) Nitro가 아닌 Xen 하이퍼바이저에서 동작하고 네트워크·EBS 대역폭이 낮으며, 같은 크기의 최신 패밀리보다 작업량 대비 비용이 보통 더 높습니다. 일부 구형 패밀리는 새 리전에서 제공되지 않거나 남은 용량이 적습니다.',
    },
    howToFix: {
      en: 'Move to the current family of the same size (m4.large → m7i.large, c4.xlarge → c7i.xlarge) or to Graviton (m7g, c7g, r7g) when the software runs on arm64. Nitro types need ENA and NVMe drivers in the AMI (every current Amazon Linux, Ubuntu and Windows AMI has them). Measure, then right-size.',
      ko: '같은 크기의 최신 패밀리(m4.large → m7i.large, c4.xlarge → c7i.xlarge)로 옮기거나, 소프트웨어가 arm64에서 동작하면 Graviton(m7g, c7g, r7g)으로 옮기세요. Nitro 유형은 AMI에 ENA와 NVMe 드라이버가 필요합니다(현재 Amazon Linux, Ubuntu, Windows AMI에는 모두 있음). 사용량을 측정한 뒤 크기를 조정하세요.',
    },
    fixable: ['cloudformation', 'terraform', 'cdk'],
    examples: [
      {
        format: 'cloudformation',
        bad: 'Resources:\n  Web:\n    Type: AWS::EC2::Instance\n    Properties:\n      ImageId: ami-12345678\n      InstanceType: m4.large\n',
        good: 'Resources:\n  Web:\n    Type: AWS::EC2::Instance\n    Properties:\n      ImageId: ami-12345678\n      InstanceType: m7i.large\n',
      },
      {
        format: 'terraform',
        bad: 'resource "aws_instance" "web" {\n  ami           = "ami-12345678"\n  instance_type = "c4.xlarge"\n}\n',
        good: 'resource "aws_instance" "web" {\n  ami           = "ami-12345678"\n  instance_type = "c7i.xlarge"\n}\n',
      },
      {
        format: 'cdk-typescript',
        bad: "import * as ec2 from 'aws-cdk-lib/aws-ec2';\nnew ec2.Instance(this, 'Web', { vpc, machineImage, instanceType: ec2.InstanceType.of(ec2.InstanceClass.M4, ec2.InstanceSize.LARGE) });\n",
        good: "import * as ec2 from 'aws-cdk-lib/aws-ec2';\nnew ec2.Instance(this, 'Web', { vpc, machineImage, instanceType: ec2.InstanceType.of(ec2.InstanceClass.M7I, ec2.InstanceSize.LARGE) });\n",
      },
    ],
  },

  check(resource, context) {
    const family = familyOf(resource);
    // CloudFormation ASGs take their type from a launch template / configuration; only CDK L2 groups carry one.
    if (resource.kind === 'aws.autoscaling.auto-scaling-group' && family !== 'cdk') return;
    const path = family === 'cloudformation' && resource.kind === 'aws.ec2.launch-template' ? 'LaunchTemplateData.InstanceType' : 'InstanceType';
    const found = instanceTypeAt(resource, path);
    if (!found) return;
    const successor = PREVIOUS[found.family];
    if (!successor) return;
    const replacement = successor.fix && successor.fix.sizes.includes(found.size) ? `${successor.fix.family}.${found.size}` : undefined;
    context.report({
      messageId: 'previous',
      data: { type: found.type, suggest: successor.suggest },
      range: found.value.range,
      ...(replacement
        ? { fix: { messageId: 'fix', data: { replacement }, edits: () => fixEdits(resource, path, found, replacement, successor, context) } }
        : {}),
    });
  },
};

function fixEdits(resource: Resource, path: string, found: InstanceTypeValue, replacement: string, successor: Successor, context: RuleContext): TextEdit[] {
  switch (found.form) {
    case 'literal':
      return context.edits.setValue({ text: context.text, doc: context.doc }, resource, keyPath(resource, path), replacement);
    case 'cdkNew': {
      // `new ec2.InstanceType('m4.large')`: rewrite the string inside, keeping the call as written.
      const src = sourceOf(context, found.value.range);
      const at = src.indexOf(found.type);
      return at < 0 ? [] : [replaceInside(context, found.value.range, at, found.type.length, replacement)];
    }
    case 'cdkOf': {
      // `InstanceType.of(InstanceClass.M4, InstanceSize.LARGE)`: swap the class member; the size stays.
      const src = sourceOf(context, found.value.range);
      const m = /InstanceClass\.(\w+)/.exec(src);
      if (!m || !successor.fix) return [];
      const at = m.index + 'InstanceClass.'.length;
      return [replaceInside(context, found.value.range, at, m[1].length, successor.fix.cdkClass)];
    }
  }
}

export default rule;
