/**
 * Log file integrity validation makes CloudTrail deliver signed digest files, so a deleted or
 * altered log file can be detected. CloudFormation / CDK L1 `EnableLogFileValidation` and
 * Terraform `enable_log_file_validation` default to false; the CDK `Trail` construct defaults
 * `enableFileValidation` to true, so only an explicit false is reported there.
 */
import { bool, prop } from '../helpers/properties';
import { writeFix } from '../helpers/fixPath';
import { hasHidden, mayBeOverridden } from '../helpers/hidden';
import { familyOf, type RuleModule } from '../ruleTypes';

const rule: RuleModule = {
  meta: {
    id: 'cloudtrail-log-file-validation',
    category: 'security',
    defaultSeverity: 'warning',
    appliesTo: ['aws.cloudtrail.trail'],
    formats: ['cloudformation', 'terraform', 'cdk'],
    knowledge: ['cloudtrail'],
    messages: {
      missing: {
        en: 'Trail {name} has no log file validation (off by default): tampering with its log files cannot be detected.',
        ko: '추적 {name}에 로그 파일 검증이 없습니다(기본값이 꺼짐). 로그 파일이 변조되어도 알아낼 수 없습니다.',
      },
      disabled: {
        en: 'Trail {name} has log file validation turned off: tampering with its log files cannot be detected.',
        ko: '추적 {name}의 로그 파일 검증이 꺼져 있습니다. 로그 파일이 변조되어도 알아낼 수 없습니다.',
      },
      fix: { en: 'Enable log file validation', ko: '로그 파일 검증 활성화' },
    },
    why: {
      en: 'With validation on, CloudTrail delivers an hourly digest file that holds a SHA-256 hash of every log file and is signed with SHA-256 with RSA, chained to the previous digest. `aws cloudtrail validate-logs` then proves whether log files were modified, deleted or forged after delivery, which auditors and incident responders rely on. It has no extra CloudTrail charge; the digests are small S3 objects.',
      ko: '검증을 켜면 CloudTrail이 매시간 다이제스트 파일을 전달합니다. 이 파일에는 각 로그 파일의 SHA-256 해시가 담기고, 이전 다이제스트와 이어진 채 RSA 서명(SHA-256)이 붙습니다. `aws cloudtrail validate-logs`로 로그 파일이 전달된 뒤 수정·삭제·위조되었는지 증명할 수 있어, 감사와 사고 대응에 꼭 필요합니다. CloudTrail 추가 요금은 없고 다이제스트는 작은 S3 객체입니다.',
    },
    howToFix: {
      en: 'CloudFormation: `EnableLogFileValidation: true`. Terraform: `enable_log_file_validation = true`. CDK: remove `enableFileValidation: false` (the default is true). Validation covers log files delivered after it is turned on.',
      ko: 'CloudFormation: `EnableLogFileValidation: true`. Terraform: `enable_log_file_validation = true`. CDK: `enableFileValidation: false`를 지우세요(기본값이 true). 검증은 켠 뒤에 전달된 로그 파일부터 적용됩니다.',
    },
    fixable: ['cloudformation', 'terraform', 'cdk'],
    examples: [
      {
        format: 'cloudformation',
        bad: 'Resources:\n  Trail:\n    Type: AWS::CloudTrail::Trail\n    Properties:\n      IsLogging: true\n      S3BucketName: audit-logs\n',
        good: 'Resources:\n  Trail:\n    Type: AWS::CloudTrail::Trail\n    Properties:\n      IsLogging: true\n      S3BucketName: audit-logs\n      EnableLogFileValidation: true\n',
      },
      {
        format: 'terraform',
        bad: 'resource "aws_cloudtrail" "main" {\n  name           = "main"\n  s3_bucket_name = "audit-logs"\n}\n',
        good: 'resource "aws_cloudtrail" "main" {\n  name                       = "main"\n  s3_bucket_name             = "audit-logs"\n  enable_log_file_validation = true\n}\n',
      },
      {
        format: 'cdk-typescript',
        bad: "import * as cloudtrail from 'aws-cdk-lib/aws-cloudtrail';\nnew cloudtrail.Trail(this, 'Trail', { enableFileValidation: false });\n",
        good: "import * as cloudtrail from 'aws-cdk-lib/aws-cloudtrail';\nnew cloudtrail.Trail(this, 'Trail');\n",
      },
    ],
  },

  check(trail, context) {
    const family = familyOf(trail);
    if (family === 'terraform' && trail.type !== 'aws_cloudtrail') return;
    const path = family === 'cdk' ? 'enableFileValidation' : family === 'terraform' ? 'enable_log_file_validation' : 'EnableLogFileValidation';
    const flag = prop(trail, path);
    const data = { name: trail.name };
    const fix = writeFix(context, trail, path, true);
    if (!flag) {
      if (family !== 'cdk' && !hasHidden(trail)) context.report({ messageId: 'missing', data, range: trail.typeRange, fix });
    } else if (bool(flag.value) === false && !mayBeOverridden(trail, flag)) {
      context.report({ messageId: 'disabled', data, range: flag.value.range, fix });
    }
  },
};

export default rule;
