/**
 * An identity policy that allows `*` on `*` (or attaches the AWS managed AdministratorAccess) gives
 * full control of the account. Only identity policies: trust and resource policies (bucket
 * policies) name principals and are left to their own rules; a managed policy used as a
 * permissions boundary only caps permissions. Deny statements and `NotAction` are not this rule
 * (see iam-no-wildcard-service-actions for Allow + NotAction). A condition does not lessen what is
 * granted, so a conditional admin statement is still reported.
 */
import { adminAction, awsManagedPolicyName, identityStatements, labelOf, managedPolicyArnValues, principalKind } from '../helpers/iam';
import { val } from '../helpers/properties';
import type { RuleModule } from '../ruleTypes';

const ATTACHMENT_KINDS = new Set(['aws.iam.user-policy-attachment', 'aws.iam.group-policy-attachment', 'aws.iam.role-policy-attachment', 'aws.iam.policy-attachment']);

const rule: RuleModule = {
  meta: {
    id: 'iam-no-admin-wildcard',
    category: 'security',
    defaultSeverity: 'error',
    appliesTo: [
      'aws.iam.policy', 'aws.iam.managed-policy', 'aws.iam.user-policy', 'aws.iam.group-policy', 'aws.iam.role-policy',
      'aws.iam.role', 'aws.iam.user', 'aws.iam.group', 'aws.iam.policy-statement', 'aws.iam.policy-document',
      'aws.iam.user-policy-attachment', 'aws.iam.group-policy-attachment', 'aws.iam.role-policy-attachment', 'aws.iam.policy-attachment',
    ],
    formats: ['cloudformation', 'terraform', 'cdk'],
    knowledge: ['iam-least-privilege'],
    messages: {
      wildcard: {
        en: '{name} allows every action ("*") on every resource ("*"): full administrator access.',
        ko: '{name}: 모든 리소스("*")에 대해 모든 작업("*")을 허용합니다. 전체 관리자 권한입니다.',
      },
      managed: {
        en: '{name} attaches the AWS managed policy AdministratorAccess: full administrator access.',
        ko: '{name}: AWS 관리형 정책 AdministratorAccess를 연결합니다. 전체 관리자 권한입니다.',
      },
    },
    why: {
      en: 'Allow `*` on `*` lets the principal do anything in the account, including changing its own permissions, deleting logs and reading every secret. A leaked key or a compromised workload then means a compromised account. Least privilege keeps the blast radius small.',
      ko: '`*`에 `*`를 허용하면 그 주체는 계정에서 무엇이든 할 수 있습니다. 자기 권한을 바꾸고, 로그를 지우고, 모든 시크릿을 읽을 수 있습니다. 키가 유출되거나 워크로드가 침해되면 곧 계정 전체가 침해됩니다. 최소 권한으로 피해 범위를 줄이세요.',
    },
    howToFix: {
      en: 'List the actions the workload needs (IAM Access Analyzer can generate a policy from CloudTrail activity) on the specific resource ARNs. Keep full administrator access for a few break-glass roles that require MFA, and suppress the finding there with a reason.',
      ko: '워크로드에 필요한 작업만 구체적인 리소스 ARN에 대해 나열하세요(IAM Access Analyzer가 CloudTrail 활동으로 정책을 생성해 줍니다). 전체 관리자 권한은 MFA를 요구하는 소수의 비상용(break-glass) 역할에만 두고, 그곳에서는 이유를 적어 이 경고를 숨기세요.',
    },
    fixable: [],
    examples: [
      {
        format: 'cloudformation',
        bad: 'Resources:\n  Admin:\n    Type: AWS::IAM::ManagedPolicy\n    Properties:\n      PolicyDocument:\n        Version: "2012-10-17"\n        Statement:\n          - Effect: Allow\n            Action: "*"\n            Resource: "*"\n',
        good: 'Resources:\n  Reader:\n    Type: AWS::IAM::ManagedPolicy\n    Properties:\n      PolicyDocument:\n        Version: "2012-10-17"\n        Statement:\n          - Effect: Allow\n            Action: s3:GetObject\n            Resource: arn:aws:s3:::reports/*\n',
      },
      {
        format: 'terraform',
        bad: 'resource "aws_iam_policy" "admin" {\n  policy = jsonencode({\n    Version = "2012-10-17"\n    Statement = [{\n      Effect   = "Allow"\n      Action   = "*"\n      Resource = "*"\n    }]\n  })\n}\n',
        good: 'resource "aws_iam_policy" "reader" {\n  policy = jsonencode({\n    Version = "2012-10-17"\n    Statement = [{\n      Effect   = "Allow"\n      Action   = "s3:GetObject"\n      Resource = "arn:aws:s3:::reports/*"\n    }]\n  })\n}\n',
      },
      {
        format: 'cdk-typescript',
        bad: "import * as iam from 'aws-cdk-lib/aws-iam';\nconst role = new iam.Role(this, 'Role', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });\nrole.addToPolicy(new iam.PolicyStatement({ actions: ['*'], resources: ['*'] }));\n",
        good: "import * as iam from 'aws-cdk-lib/aws-iam';\nconst role = new iam.Role(this, 'Role', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });\nrole.addToPolicy(new iam.PolicyStatement({ actions: ['s3:GetObject'], resources: ['arn:aws:s3:::reports/*'] }));\n",
      },
    ],
  },

  check(resource, context) {
    const name = labelOf(resource, context);
    for (const s of identityStatements(resource, context)) {
      const action = adminAction(s);
      if (action) context.report({ messageId: 'wildcard', data: { name }, range: action.range });
    }
    const arns = principalKind(resource) ? managedPolicyArnValues(resource) : [];
    if (ATTACHMENT_KINDS.has(resource.kind)) {
      const arn = val(resource, 'policy_arn');
      if (arn) arns.push(arn);
    }
    for (const arn of arns) {
      if (awsManagedPolicyName(arn) === 'AdministratorAccess') context.report({ messageId: 'managed', data: { name }, range: arn.range });
    }
  },
};

export default rule;
