/**
 * Without a KMS key, CloudTrail log files are encrypted with the bucket's S3 managed keys
 * (SSE-S3): anyone who can read the bucket can read the logs. With SSE-KMS, reading also needs
 * `kms:Decrypt` on the key, and every decryption is itself logged. CloudFormation / CDK L1
 * `KMSKeyId`, Terraform `kms_key_id`, CDK `encryptionKey` (older `kmsKey`): no key by default.
 * No quick fix: the key needs a key policy that lets CloudTrail encrypt and readers decrypt.
 */
import { prop, str } from '../helpers/properties';
import { hasHidden } from '../helpers/hidden';
import { familyOf, type RuleModule } from '../ruleTypes';

const rule: RuleModule = {
  meta: {
    id: 'cloudtrail-kms-encryption',
    category: 'security',
    defaultSeverity: 'info',
    appliesTo: ['aws.cloudtrail.trail'],
    formats: ['cloudformation', 'terraform', 'cdk'],
    knowledge: ['cloudtrail', 'kms'],
    messages: {
      missing: {
        en: 'Trail {name} has no KMS key: its log files are encrypted with S3 managed keys only, so read access to the bucket is enough to read them.',
        ko: '추적 {name}에 KMS 키가 없습니다. 로그 파일이 S3 관리형 키로만 암호화되어, 버킷 읽기 권한만 있으면 로그를 읽을 수 있습니다.',
      },
    },
    why: {
      en: 'CloudTrail logs describe who did what in the account. With SSE-KMS (a customer managed key), reading a log file requires both S3 read access and `kms:Decrypt` on the key, the key policy becomes a second, separately audited gate, and every decryption shows up in CloudTrail. It costs the key\'s monthly fee and its KMS requests. There is no automatic fix because the key policy must allow `cloudtrail.amazonaws.com` to generate data keys for this trail and your readers to decrypt.',
      ko: 'CloudTrail 로그에는 계정에서 누가 무엇을 했는지가 담깁니다. SSE-KMS(고객 관리형 키)를 쓰면 로그 파일을 읽는 데 S3 읽기 권한과 키에 대한 `kms:Decrypt`가 모두 필요해지고, 키 정책이 따로 감사되는 두 번째 관문이 되며, 복호화할 때마다 CloudTrail에 기록됩니다. 키의 월 요금과 KMS 요청 요금이 듭니다. 키 정책이 `cloudtrail.amazonaws.com`의 데이터 키 생성과 읽는 사람의 복호화를 허용해야 하므로 자동 수정은 제공하지 않습니다.',
    },
    howToFix: {
      en: 'Create a customer managed KMS key in the trail\'s Region whose key policy allows `cloudtrail.amazonaws.com` `kms:GenerateDataKey*` (scoped to this trail with conditions) and allows log readers `kms:Decrypt`, then set CloudFormation `KMSKeyId`, Terraform `kms_key_id` or CDK `encryptionKey`. The CDK `Trail` construct does not write the key policy: add the CloudTrail statement yourself (`key.addToResourcePolicy`).',
      ko: '추적과 같은 리전에 고객 관리형 KMS 키를 만들고, 키 정책에서 `cloudtrail.amazonaws.com`에 `kms:GenerateDataKey*`(조건으로 이 추적에 한정)를, 로그를 읽는 주체에 `kms:Decrypt`를 허용한 뒤 CloudFormation `KMSKeyId`, Terraform `kms_key_id`, CDK `encryptionKey`를 설정하세요. CDK `Trail` 구성은 키 정책을 만들어 주지 않으므로 CloudTrail 문을 직접 추가하세요(`key.addToResourcePolicy`).',
    },
    fixable: [],
    examples: [
      {
        format: 'cloudformation',
        bad: 'Resources:\n  Trail:\n    Type: AWS::CloudTrail::Trail\n    Properties:\n      IsLogging: true\n      S3BucketName: audit-logs\n',
        good: 'Resources:\n  Trail:\n    Type: AWS::CloudTrail::Trail\n    Properties:\n      IsLogging: true\n      S3BucketName: audit-logs\n      KMSKeyId: !GetAtt TrailKey.Arn\n',
      },
      {
        format: 'terraform',
        bad: 'resource "aws_cloudtrail" "main" {\n  name           = "main"\n  s3_bucket_name = "audit-logs"\n}\n',
        good: 'resource "aws_cloudtrail" "main" {\n  name           = "main"\n  s3_bucket_name = "audit-logs"\n  kms_key_id     = aws_kms_key.trail.arn\n}\n',
      },
      {
        format: 'cdk-typescript',
        bad: "import * as cloudtrail from 'aws-cdk-lib/aws-cloudtrail';\nnew cloudtrail.Trail(this, 'Trail');\n",
        good: "import * as cloudtrail from 'aws-cdk-lib/aws-cloudtrail';\nnew cloudtrail.Trail(this, 'Trail', { encryptionKey: key });\n",
      },
    ],
  },

  check(trail, context) {
    const family = familyOf(trail);
    if (family === 'terraform' && trail.type !== 'aws_cloudtrail') return;
    const keys = family === 'cdk' ? ['encryptionKey', 'kmsKey'] : ['KMSKeyId'];
    const given = keys.map(k => prop(trail, k)).find(p => p !== undefined);
    // An empty string or null is no key; anything else (an ARN, a reference, an expression) is one.
    if (given && given.value.kind !== 'null' && str(given.value)?.trim() !== '') return;
    if (!given && hasHidden(trail)) return;
    context.report({ messageId: 'missing', data: { name: trail.name }, range: given ? given.value.range : trail.typeRange });
  },
};

export default rule;
