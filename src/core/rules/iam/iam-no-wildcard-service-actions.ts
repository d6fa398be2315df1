/**
 * `s3:*` grants every action of a service, today's and the ones AWS adds later (for S3 that
 * includes deleting buckets and changing their policies). Identity policies only, like
 * iam-no-admin-wildcard, which owns Allow `*` on `*`: a statement it reports is not reported here
 * again. Also reported here, as the same kind of over-grant: Allow `*` on specific resources, and
 * Allow with `NotAction` (everything except a list, including every service added later).
 */
import { adminAction, identityStatements, labelOf } from '../helpers/iam';
import { hasLiteral } from '../helpers/policy';
import type { RuleModule } from '../ruleTypes';

const SERVICE_WILDCARD = /^[A-Za-z0-9-]+:\*$/;

const rule: RuleModule = {
  meta: {
    id: 'iam-no-wildcard-service-actions',
    category: 'security',
    defaultSeverity: 'info',
    appliesTo: [
      'aws.iam.policy', 'aws.iam.managed-policy', 'aws.iam.user-policy', 'aws.iam.group-policy', 'aws.iam.role-policy',
      'aws.iam.role', 'aws.iam.user', 'aws.iam.group', 'aws.iam.policy-statement', 'aws.iam.policy-document',
    ],
    formats: ['cloudformation', 'terraform', 'cdk'],
    knowledge: ['iam-least-privilege'],
    messages: {
      service: {
        en: '{name} allows every action of a service ("{action}"), including deletes and configuration changes the workload rarely needs.',
        ko: '{name}: 서비스의 모든 작업("{action}")을 허용합니다. 워크로드에 거의 필요 없는 삭제와 설정 변경까지 포함됩니다.',
      },
      allActions: {
        en: '{name} allows every action ("*") on these resources.',
        ko: '{name}: 이 리소스들에 대해 모든 작업("*")을 허용합니다.',
      },
      notAction: {
        en: '{name} allows every action except those listed in NotAction, including services AWS adds later.',
        ko: '{name}: NotAction에 적은 것을 뺀 모든 작업을 허용합니다. AWS가 나중에 추가하는 서비스의 작업까지 포함됩니다.',
      },
    },
    why: {
      en: 'A service wildcard grants far more than a workload uses: `s3:*` also deletes buckets and rewrites bucket policies, `dynamodb:*` drops tables. Allow with `NotAction` is broader still: everything else, including services that do not exist yet. Listing actions keeps a mistake or a compromise contained.',
      ko: '서비스 와일드카드는 워크로드가 쓰는 것보다 훨씬 많은 권한을 줍니다. `s3:*`는 버킷 삭제와 버킷 정책 변경까지, `dynamodb:*`는 테이블 삭제까지 허용합니다. `NotAction`과 Allow를 함께 쓰면 더 넓어서, 아직 존재하지 않는 서비스까지 포함한 나머지 전부를 허용합니다. 작업을 나열해야 실수나 침해의 피해가 한정됩니다.',
    },
    howToFix: {
      en: 'Replace the wildcard with the actions the workload calls (`s3:GetObject`, `s3:PutObject`…); IAM Access Analyzer can generate them from CloudTrail activity. Replace Allow + `NotAction` with an explicit `Action` list.',
      ko: '와일드카드를 워크로드가 실제로 호출하는 작업(`s3:GetObject`, `s3:PutObject`…)으로 바꾸세요. IAM Access Analyzer가 CloudTrail 활동으로 목록을 만들어 줍니다. Allow + `NotAction`은 명시적인 `Action` 목록으로 바꾸세요.',
    },
    fixable: [],
    examples: [
      {
        format: 'cloudformation',
        bad: 'Resources:\n  Writer:\n    Type: AWS::IAM::ManagedPolicy\n    Properties:\n      PolicyDocument:\n        Version: "2012-10-17"\n        Statement:\n          - Effect: Allow\n            Action: s3:*\n            Resource: arn:aws:s3:::reports/*\n',
        good: 'Resources:\n  Writer:\n    Type: AWS::IAM::ManagedPolicy\n    Properties:\n      PolicyDocument:\n        Version: "2012-10-17"\n        Statement:\n          - Effect: Allow\n            Action: [s3:GetObject, s3:PutObject]\n            Resource: arn:aws:s3:::reports/*\n',
      },
      {
        format: 'terraform',
        bad: 'data "aws_iam_policy_document" "writer" {\n  statement {\n    actions   = ["dynamodb:*"]\n    resources = ["*"]\n  }\n}\n\nresource "aws_iam_policy" "writer" {\n  policy = data.aws_iam_policy_document.writer.json\n}\n',
        good: 'data "aws_iam_policy_document" "writer" {\n  statement {\n    actions   = ["dynamodb:PutItem"]\n    resources = ["*"]\n  }\n}\n\nresource "aws_iam_policy" "writer" {\n  policy = data.aws_iam_policy_document.writer.json\n}\n',
      },
      {
        format: 'cdk-typescript',
        bad: "import * as iam from 'aws-cdk-lib/aws-iam';\nconst role = new iam.Role(this, 'Role', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });\nrole.addToPolicy(new iam.PolicyStatement({ actions: ['sqs:*'], resources: ['*'] }));\n",
        good: "import * as iam from 'aws-cdk-lib/aws-iam';\nconst role = new iam.Role(this, 'Role', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });\nrole.addToPolicy(new iam.PolicyStatement({ actions: ['sqs:SendMessage'], resources: ['*'] }));\n",
      },
    ],
  },

  check(resource, context) {
    const name = labelOf(resource, context);
    for (const s of identityStatements(resource, context)) {
      if (s.effect !== 'Allow' || adminAction(s)) continue; // iam-no-admin-wildcard reports it
      if (s.actions) {
        const all = hasLiteral(s.actions, '*') ?? hasLiteral(s.actions, '*:*');
        if (all && s.resources) context.report({ messageId: 'allActions', data: { name }, range: all.range });
        for (const item of s.actions.items) {
          if (SERVICE_WILDCARD.test(item.value)) context.report({ messageId: 'service', data: { name, action: item.value }, range: item.range });
        }
      } else if (s.notActions && !hasLiteral(s.notActions, '*')) {
        context.report({ messageId: 'notAction', data: { name }, range: s.notActions.keyRange });
      }
    }
  },
};

export default rule;
