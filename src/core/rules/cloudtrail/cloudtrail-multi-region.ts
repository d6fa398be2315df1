/**
 * A single-Region trail misses API activity in every other Region, where an attacker can work
 * unseen. CloudFormation / CDK L1 `IsMultiRegionTrail` and Terraform `is_multi_region_trail`
 * default to false; the CDK `Trail` construct defaults `isMultiRegionTrail` to true, so only an
 * explicit false is reported there.
 */
import type { Resource } from '../../model/types';
import { bool, prop } from '../helpers/properties';
import { writeFix } from '../helpers/fixPath';
import { hasHidden, mayBeOverridden } from '../helpers/hidden';
import { familyOf, type FixDescriptor, type RuleContext, type RuleModule } from '../ruleTypes';

const rule: RuleModule = {
  meta: {
    id: 'cloudtrail-multi-region',
    category: 'security',
    defaultSeverity: 'warning',
    appliesTo: ['aws.cloudtrail.trail'],
    formats: ['cloudformation', 'terraform', 'cdk'],
    knowledge: ['cloudtrail'],
    messages: {
      missing: {
        en: 'Trail {name} records only its own Region (single-Region is the default): activity in other Regions goes unlogged.',
        ko: '추적 {name}은(는) 자기 리전만 기록합니다(기본값이 단일 리전). 다른 리전의 활동은 기록되지 않습니다.',
      },
      disabled: {
        en: 'Trail {name} is single-Region: activity in other Regions goes unlogged.',
        ko: '추적 {name}이(가) 단일 리전입니다. 다른 리전의 활동은 기록되지 않습니다.',
      },
      fix: { en: 'Make the trail multi-Region', ko: '추적을 다중 리전으로 설정' },
    },
    why: {
      en: 'A multi-Region trail records management events in every enabled Region, including ones you do not use, which is where stolen credentials are often put to work (crypto-mining instances, for example). It also receives global service events (IAM, STS, CloudFront), which are recorded in us-east-1. AWS recommends multi-Region trails as a best practice; one copy of management events per account is free.',
      ko: '다중 리전 추적은 쓰지 않는 리전을 포함한 모든 활성 리전의 관리 이벤트를 기록합니다. 탈취한 자격 증명은 흔히 그런 리전에서 쓰입니다(예: 암호화폐 채굴 인스턴스). 또한 us-east-1에 기록되는 전역 서비스 이벤트(IAM, STS, CloudFront)도 받습니다. AWS는 다중 리전 추적을 모범 사례로 권장하며, 계정당 관리 이벤트 사본 하나는 무료입니다.',
    },
    howToFix: {
      en: 'CloudFormation: `IsMultiRegionTrail: true`. Terraform: `is_multi_region_trail = true`. CDK: remove `isMultiRegionTrail: false` (the default is true). A multi-Region trail must also include global service events, so leave `IncludeGlobalServiceEvents` at its default (true).',
      ko: 'CloudFormation: `IsMultiRegionTrail: true`. Terraform: `is_multi_region_trail = true`. CDK: `isMultiRegionTrail: false`를 지우세요(기본값이 true). 다중 리전 추적은 전역 서비스 이벤트도 포함해야 하므로 `IncludeGlobalServiceEvents`는 기본값(true)으로 두세요.',
    },
    fixable: ['cloudformation', 'terraform', 'cdk'],
    examples: [
      {
        format: 'cloudformation',
        bad: 'Resources:\n  Trail:\n    Type: AWS::CloudTrail::Trail\n    Properties:\n      IsLogging: true\n      S3BucketName: audit-logs\n',
        good: 'Resources:\n  Trail:\n    Type: AWS::CloudTrail::Trail\n    Properties:\n      IsLogging: true\n      S3BucketName: audit-logs\n      IsMultiRegionTrail: true\n',
      },
      {
        format: 'terraform',
        bad: 'resource "aws_cloudtrail" "main" {\n  name           = "main"\n  s3_bucket_name = "audit-logs"\n}\n',
        good: 'resource "aws_cloudtrail" "main" {\n  name                  = "main"\n  s3_bucket_name        = "audit-logs"\n  is_multi_region_trail = true\n}\n',
      },
      {
        format: 'cdk-typescript',
        bad: "import * as cloudtrail from 'aws-cdk-lib/aws-cloudtrail';\nnew cloudtrail.Trail(this, 'Trail', { isMultiRegionTrail: false });\n",
        good: "import * as cloudtrail from 'aws-cdk-lib/aws-cloudtrail';\nnew cloudtrail.Trail(this, 'Trail');\n",
      },
    ],
  },

  check(trail, context) {
    const family = familyOf(trail);
    if (family === 'terraform' && trail.type !== 'aws_cloudtrail') return;
    const flag = prop(trail, 'IsMultiRegionTrail');
    const data = { name: trail.name };
    if (!flag) {
      if (family !== 'cdk' && !hasHidden(trail)) context.report({ messageId: 'missing', data, range: trail.typeRange, fix: fixFor(trail, context) });
    } else if (bool(flag.value) === false && !mayBeOverridden(trail, flag)) {
      context.report({ messageId: 'disabled', data, range: flag.value.range, fix: fixFor(trail, context) });
    }
  },
};

/**
 * A multi-Region trail must include global service events; when those are turned off (or not
 * readable) the fix would produce a trail CloudTrail rejects, so none is offered.
 */
function fixFor(trail: Resource, context: RuleContext): FixDescriptor | undefined {
  const globalEvents = prop(trail, 'IncludeGlobalServiceEvents');
  if (globalEvents && bool(globalEvents.value) !== true) return undefined;
  return writeFix(context, trail, familyOf(trail) === 'terraform' ? 'is_multi_region_trail' : 'IsMultiRegionTrail', true);
}

export default rule;
