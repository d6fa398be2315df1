/**
 * Permissions attached straight to an IAM user (inline policies, managed policy ARNs, a policy that
 * names the user, a Terraform user policy / attachment) instead of a group or a role. Severity
 * info: it does not widen access by itself (Security Hub rates IAM.2 low); it makes access follow
 * people instead of jobs and makes reviews harder. The more pressing findings on users (admin
 * access, missing MFA) are their own rules. Permissions boundaries grant nothing and are not counted.
 */
import type { Property, Resource, SourceRange } from '../../model/types';
import { prop } from '../helpers/properties';
import { familyOf, type RuleContext, type RuleModule } from '../ruleTypes';

/** A property that attaches something: a non-empty list, or a single reference / string (Terraform `user`). Unknown values say nothing. */
function attaches(p: Property | undefined): boolean {
  if (!p) return false;
  const v = p.value;
  if (v.kind === 'list') return v.items.length > 0;
  return v.kind === 'reference' || v.kind === 'string';
}

const USER_METHODS = new Set(['addManagedPolicy', 'attachInlinePolicy', 'addToPolicy', 'addToPrincipalPolicy']);

const rule: RuleModule = {
  meta: {
    id: 'iam-no-user-attached-policies',
    category: 'security',
    defaultSeverity: 'info',
    appliesTo: ['aws.iam.user', 'aws.iam.policy', 'aws.iam.managed-policy', 'aws.iam.user-policy', 'aws.iam.user-policy-attachment', 'aws.iam.policy-attachment'],
    formats: ['cloudformation', 'terraform', 'cdk'],
    knowledge: ['iam-groups'],
    messages: {
      onUser: {
        en: 'IAM user {name} has permissions attached directly; attach them to a group (or use a role) instead.',
        ko: 'IAM 사용자 {name}에 권한이 직접 연결되어 있습니다. 그룹에 연결하거나 역할을 쓰세요.',
      },
      toUsers: {
        en: '{name} attaches a policy directly to IAM users; attach it to a group (or a role) instead.',
        ko: '{name}: 정책을 IAM 사용자에게 직접 연결합니다. 그룹(또는 역할)에 연결하세요.',
      },
    },
    why: {
      en: 'When permissions live on groups, access follows the job: moving someone means changing membership, and a review reads a few group policies instead of every user. Policies scattered over users drift apart and are easy to miss when someone leaves (CIS AWS Foundations: IAM users receive permissions only through groups).',
      ko: '권한을 그룹에 두면 권한이 사람이 아니라 직무를 따릅니다. 부서 이동은 그룹 소속만 바꾸면 되고, 검토할 때도 모든 사용자가 아니라 몇 개의 그룹 정책만 보면 됩니다. 사용자마다 흩어진 정책은 제각각 달라지고 퇴사자 정리에서 빠지기 쉽습니다(CIS AWS Foundations: IAM 사용자는 그룹을 통해서만 권한을 받아야 함).',
    },
    howToFix: {
      en: 'Create a group per job function, attach the policy to the group (`Groups:` / `aws_iam_group_policy_attachment` / `group.addManagedPolicy`), and add the user to it. For workloads, prefer roles over IAM users with access keys.',
      ko: '직무별 그룹을 만들고 정책을 그룹에 연결한 뒤(`Groups:` / `aws_iam_group_policy_attachment` / `group.addManagedPolicy`) 사용자를 그룹에 넣으세요. 워크로드라면 액세스 키를 가진 IAM 사용자 대신 역할을 쓰세요.',
    },
    fixable: [],
    examples: [
      {
        format: 'cloudformation',
        bad: 'Resources:\n  Alice:\n    Type: AWS::IAM::User\n    Properties:\n      ManagedPolicyArns:\n        - arn:aws:iam::aws:policy/ReadOnlyAccess\n',
        good: 'Resources:\n  Readers:\n    Type: AWS::IAM::Group\n    Properties:\n      ManagedPolicyArns:\n        - arn:aws:iam::aws:policy/ReadOnlyAccess\n  Alice:\n    Type: AWS::IAM::User\n    Properties:\n      Groups:\n        - !Ref Readers\n',
      },
      {
        format: 'terraform',
        bad: 'resource "aws_iam_user" "alice" {\n  name = "alice"\n}\n\nresource "aws_iam_user_policy_attachment" "alice" {\n  user       = aws_iam_user.alice.name\n  policy_arn = "arn:aws:iam::aws:policy/ReadOnlyAccess"\n}\n',
        good: 'resource "aws_iam_group" "readers" {\n  name = "readers"\n}\n\nresource "aws_iam_group_policy_attachment" "readers" {\n  group      = aws_iam_group.readers.name\n  policy_arn = "arn:aws:iam::aws:policy/ReadOnlyAccess"\n}\n',
      },
      {
        format: 'cdk-typescript',
        bad: "import * as iam from 'aws-cdk-lib/aws-iam';\nconst user = new iam.User(this, 'Alice');\nuser.addManagedPolicy(iam.ManagedPolicy.fromAwsManagedPolicyName('ReadOnlyAccess'));\n",
        good: "import * as iam from 'aws-cdk-lib/aws-iam';\nconst readers = new iam.Group(this, 'Readers');\nreaders.addManagedPolicy(iam.ManagedPolicy.fromAwsManagedPolicyName('ReadOnlyAccess'));\nconst user = new iam.User(this, 'Alice', { groups: [readers] });\n",
      },
    ],
  },

  check(resource, context) {
    if (resource.kind === 'aws.iam.user') return checkUser(resource, context);
    const report = (range: SourceRange) => context.report({ messageId: 'toUsers', data: { name: resource.name }, range });
    // By type: a user policy / user policy attachment is attached to a user, whichever.
    if (resource.kind === 'aws.iam.user-policy' || resource.kind === 'aws.iam.user-policy-attachment') {
      if (resource.role === 'resource') report(resource.typeRange);
      return;
    }
    const users = prop(resource, 'Users');
    if (attaches(users)) report(users!.keyRange);
    // CDK `policy.attachToUser(user)`.
    if (familyOf(resource) === 'cdk') {
      const link = context.doc.links.find(l => l.from === resource.name && l.path === 'calls.attachToUser');
      if (link && !attaches(users)) report(link.range);
    }
  },
};

function checkUser(user: Resource, context: RuleContext): void {
  const report = (range: SourceRange) => context.report({ messageId: 'onUser', data: { name: user.name }, range });
  if (familyOf(user) === 'cdk') {
    const managed = prop(user, 'managedPolicies');
    if (attaches(managed)) return report(managed!.keyRange);
    const call = user.calls.find(c => USER_METHODS.has(c.method));
    if (call) report(call.nameRange);
    return;
  }
  // CloudFormation / CDK L1 (Terraform users carry no policies; their attachments are reported themselves).
  for (const key of ['Policies', 'ManagedPolicyArns']) {
    const p = prop(user, key);
    if (attaches(p)) return report(p!.keyRange);
  }
}

export default rule;
