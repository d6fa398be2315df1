/**
 * IAM has no switch that forces MFA on IAM users: a policy must deny actions while
 * `aws:MultiFactorAuthPresent` is not true. Reported for users who can sign in to the console
 * (a login profile / password) or who hold privileged permissions themselves (a wildcard such as
 * `*` or `iam:*` covering IAM privilege-escalation actions, Allow + NotAction leaving them,
 * AdministratorAccess / IAMFullAccess), and for groups that grant such permissions — when no
 * policy attached to them in this file (nor a user's permissions boundary) has such a Deny. A
 * user's privileges through a group are reported on the group, once. Anything attached that we
 * cannot read (a customer managed ARN, a variable, a group outside the file, a module the user is
 * handed to) may be that Deny: silent. An Allow that itself requires
 * `Bool aws:MultiFactorAuthPresent true` is not privileged without MFA.
 */
import type { Resource, SourceRange } from '../../model/types';
import { attachmentsOf, awsManagedPolicyName, groupsOf, handedElsewhere, membersOf, principalKind, refersTo, type AttachedPolicy } from '../helpers/iam';
import { mfaPolicyFix } from '../helpers/mfaPolicy';
import { conditionValues, matchesPattern, policiesOf, type PolicyStatement } from '../helpers/policy';
import { prop, val } from '../helpers/properties';
import { familyOf, type FixDescriptor, type RuleContext, type RuleModule } from '../ruleTypes';

/** Actions that let a principal give itself or others more access. */
const ESCALATION_ACTIONS = [
  'iam:CreateAccessKey', 'iam:CreateLoginProfile', 'iam:UpdateLoginProfile', 'iam:CreateUser', 'iam:AddUserToGroup',
  'iam:AttachUserPolicy', 'iam:AttachGroupPolicy', 'iam:AttachRolePolicy', 'iam:PutUserPolicy', 'iam:PutGroupPolicy',
  'iam:PutRolePolicy', 'iam:CreatePolicyVersion', 'iam:SetDefaultPolicyVersion', 'iam:PassRole', 'iam:UpdateAssumeRolePolicy',
  'iam:CreateRole', 'iam:DeleteUserPermissionsBoundary', 'iam:DeleteRolePermissionsBoundary',
];

const PRIVILEGED_MANAGED = new Set(['AdministratorAccess', 'IAMFullAccess']);

const isTrue = (v: string) => v.toLowerCase() === 'true';
const isFalse = (v: string) => v.toLowerCase() === 'false';

/** A Deny that applies while MFA is absent: `Bool`/`BoolIfExists` present = false, or `Null` on the MFA keys. */
function deniesWithoutMfa(s: PolicyStatement): boolean {
  if (s.effect !== 'Deny' || !s.conditions) return false;
  if (conditionValues(s, ['Bool', 'BoolIfExists'], 'aws:MultiFactorAuthPresent').some(c => c.values?.some(isFalse))) return true;
  return ['aws:MultiFactorAuthPresent', 'aws:MultiFactorAuthAge'].some(k => conditionValues(s, ['Null'], k).some(c => c.values?.some(isTrue)));
}

/** An Allow granted only with MFA (`Bool aws:MultiFactorAuthPresent true`). */
function requiresMfa(s: PolicyStatement): boolean {
  return conditionValues(s, ['Bool'], 'aws:MultiFactorAuthPresent').some(c => c.values !== undefined && c.values.length > 0 && c.values.every(isTrue));
}

/** The wildcard (or Allow + NotAction) that grants privilege-escalation actions; exact action names are not counted. */
function privilegedAction(s: PolicyStatement): string | undefined {
  if (s.effect !== 'Allow' || requiresMfa(s)) return undefined;
  // Self-service on the caller's own user (`user/${aws:username}`) gives no one else access.
  if (s.resources?.values && s.resources.values.length > 0 && s.resources.values.every(r => r.includes('${aws:username}'))) return undefined;
  for (const item of s.actions?.items ?? []) {
    if (/[*?]/.test(item.value) && ESCALATION_ACTIONS.some(a => matchesPattern(item.value, a))) return item.value;
  }
  const not = s.notActions;
  if (not?.values && ESCALATION_ACTIONS.some(a => !not.items.some(i => matchesPattern(i.value, a)))) return 'NotAction';
  return undefined;
}

function privilegeOf(policies: readonly AttachedPolicy[]): string | undefined {
  for (const p of policies) {
    if (p.awsManaged && PRIVILEGED_MANAGED.has(p.awsManaged)) return p.awsManaged;
    for (const d of p.documents) {
      for (const s of d.statements) {
        const action = privilegedAction(s);
        if (action) return action;
      }
    }
  }
  return undefined;
}

/** true: an MFA Deny is attached; false: none can be; undefined: something attached cannot be read. */
function mfaIn(principal: Resource, context: RuleContext): boolean | undefined {
  const { policies, unresolved } = attachmentsOf(principal, context);
  if (policies.some(p => p.documents.some(d => d.statements.some(deniesWithoutMfa)))) return true;
  // A Deny whose condition (or an effect) we cannot read may be the MFA Deny.
  const unreadable = (s: PolicyStatement) => (s.effect === 'Deny' && !s.conditions) || (s.effect === undefined && s.conditions?.some(c => /^aws:MultiFactorAuth/i.test(c.key)));
  if (unresolved || handedElsewhere(principal, context) || policies.some(p => p.opaque || p.documents.some(d => !d.complete || d.statements.some(unreadable)))) return undefined;
  return false;
}

/**
 * A Deny in a permissions boundary applies too: true when the boundary (a policy of this file) has
 * the MFA Deny, false when there is none (or an AWS managed one), undefined when it cannot be read.
 */
function boundaryMfa(user: Resource, context: RuleContext): boolean | undefined {
  if (familyOf(user) === 'cdk' && /PermissionsBoundary\.of\(/.test(context.text)) return undefined;
  const v = val(user, familyOf(user) === 'cdk' ? 'permissionsBoundary' : 'PermissionsBoundary');
  if (!v) return false;
  if (awsManagedPolicyName(v)) return false;
  const target = v.kind === 'reference' ? context.doc.resources.find(r => r.name === v.target || r.variable === v.target) : undefined;
  if (!target || (target.kind !== 'aws.iam.managed-policy' && target.kind !== 'aws.iam.policy')) return undefined;
  const held = policiesOf(target, context).filter(h => h.use === 'identity');
  if (held.some(h => h.document?.statements.some(deniesWithoutMfa))) return true;
  return held.every(h => h.document?.complete) ? false : undefined;
}

/** Whether a user is covered by an MFA Deny on itself, its permissions boundary or one of its groups. */
function userMfa(user: Resource, context: RuleContext): boolean | undefined {
  const own = mfaIn(user, context);
  if (own === true) return true;
  const boundary = boundaryMfa(user, context);
  if (boundary === true) return true;
  const groups = groupsOf(user, context);
  const fromGroups = groups.resources.map(g => mfaIn(g, context));
  if (fromGroups.includes(true)) return true;
  if (own === undefined || boundary === undefined || groups.unresolved || fromGroups.includes(undefined)) return undefined;
  return false;
}

/** Console access: a login profile (CloudFormation / L1), an `aws_iam_user_login_profile`, a CDK `password`. */
function consoleAccess(user: Resource, context: RuleContext): { yes: boolean | undefined; range?: SourceRange } {
  const family = familyOf(user);
  if (family === 'terraform') {
    let yes: boolean | undefined = false;
    for (const r of context.doc.resources) {
      if (r.kind !== 'aws.iam.login-profile' || r.role !== 'resource') continue;
      const target = prop(r, 'user')?.value;
      const m = target ? refersTo(target, user, context) : 'maybe';
      if (m === 'yes') return { yes: true };
      if (m === 'maybe') yes = undefined;
    }
    return { yes };
  }
  const p = prop(user, family === 'cdk' ? 'password' : 'LoginProfile');
  if (!p) return { yes: false };
  const v = p.value;
  const known = family === 'cdk'
    ? v.kind === 'string' || (v.kind === 'symbol' && /SecretValue\./.test(v.value)) || (v.kind === 'unknown' && /^(?:[\w$]+\.)*SecretValue\.\w+\(/.test(v.text.trim()))
    : v.kind === 'map';
  return { yes: known ? true : undefined, range: p.keyRange };
}

const rule: RuleModule = {
  meta: {
    id: 'iam-mfa-required',
    category: 'security',
    defaultSeverity: 'warning',
    appliesTo: ['aws.iam.user', 'aws.iam.group'],
    formats: ['cloudformation', 'terraform', 'cdk'],
    knowledge: ['iam-mfa', 'iam'],
    messages: {
      console: {
        en: 'IAM user {name} can sign in to the console, but no policy attached to it denies access without MFA.',
        ko: 'IAM 사용자 {name}은(는) 콘솔에 로그인할 수 있지만, MFA 없이 접근하면 거부하는 정책이 연결되어 있지 않습니다.',
      },
      privilegedUser: {
        en: 'IAM user {name} has privileged permissions ({privilege}), but no policy attached to it denies access without MFA.',
        ko: 'IAM 사용자 {name}에 강한 권한({privilege})이 있지만, MFA 없이 접근하면 거부하는 정책이 연결되어 있지 않습니다.',
      },
      privilegedGroup: {
        en: 'IAM group {name} grants privileged permissions ({privilege}), but no policy attached to it denies access without MFA.',
        ko: 'IAM 그룹 {name}이(가) 강한 권한({privilege})을 주지만, MFA 없이 접근하면 거부하는 정책이 연결되어 있지 않습니다.',
      },
      fix: { en: 'Add a policy that denies access without MFA', ko: 'MFA 없는 접근을 거부하는 정책 추가' },
    },
    why: {
      en: 'A password or an access key alone is one leak away from an account takeover. IAM cannot force MFA on IAM users by a setting; a policy that denies everything but MFA setup while `aws:MultiFactorAuthPresent` is false does. Use `BoolIfExists`: with `Bool`, requests signed with long-term access keys (which never carry the key) slip through.',
      ko: '암호나 액세스 키 하나만으로는 유출 한 번에 계정이 넘어갑니다. IAM에는 IAM 사용자에게 MFA를 강제하는 설정이 없고, `aws:MultiFactorAuthPresent`가 false일 때 MFA 설정을 뺀 모든 작업을 거부하는 정책으로 강제합니다. `BoolIfExists`를 쓰세요. `Bool`을 쓰면 이 키가 아예 없는 장기 액세스 키 요청이 빠져나갑니다.',
    },
    howToFix: {
      en: 'Attach a policy with a Deny on `NotAction` [the MFA self-service actions, `sts:GetSessionToken`] and `Condition: { BoolIfExists: { aws:MultiFactorAuthPresent: "false" } }` to the user or, better, to its group. Users without other IAM permissions also need Allow statements to manage their own MFA device (see the IAM User Guide example).',
      ko: 'MFA 셀프 서비스 작업과 `sts:GetSessionToken`을 `NotAction`으로 둔 Deny에 `Condition: { BoolIfExists: { aws:MultiFactorAuthPresent: "false" } }`를 붙인 정책을 사용자에게, 가능하면 그룹에 연결하세요. 다른 IAM 권한이 없는 사용자는 자기 MFA 장치를 관리하는 Allow 문도 필요합니다(IAM 사용 설명서 예제 참고).',
    },
    fixable: ['cloudformation', 'terraform', 'cdk'],
    examples: [
      {
        format: 'cloudformation',
        bad: 'Resources:\n  Alice:\n    Type: AWS::IAM::User\n    Properties:\n      LoginProfile:\n        Password: \'{{resolve:secretsmanager:alice}}\'\n        PasswordResetRequired: true\n',
        good: 'Resources:\n  Alice:\n    Type: AWS::IAM::User\n    Properties:\n      LoginProfile:\n        Password: \'{{resolve:secretsmanager:alice}}\'\n        PasswordResetRequired: true\n  RequireMfa:\n    Type: AWS::IAM::ManagedPolicy\n    Properties:\n      Users: [!Ref Alice]\n      PolicyDocument:\n        Version: "2012-10-17"\n        Statement:\n          - Effect: Deny\n            NotAction: [iam:CreateVirtualMFADevice, iam:EnableMFADevice, iam:GetUser, iam:ListMFADevices, iam:ResyncMFADevice, sts:GetSessionToken]\n            Resource: "*"\n            Condition:\n              BoolIfExists:\n                aws:MultiFactorAuthPresent: "false"\n',
      },
      {
        format: 'terraform',
        bad: 'resource "aws_iam_group" "admins" {\n  name = "admins"\n}\n\nresource "aws_iam_group_policy_attachment" "admins" {\n  group      = aws_iam_group.admins.name\n  policy_arn = "arn:aws:iam::aws:policy/AdministratorAccess"\n}\n',
        good: 'resource "aws_iam_group" "admins" {\n  name = "admins"\n}\n\nresource "aws_iam_group_policy_attachment" "admins" {\n  group      = aws_iam_group.admins.name\n  policy_arn = "arn:aws:iam::aws:policy/AdministratorAccess"\n}\n\nresource "aws_iam_group_policy" "admins_mfa" {\n  group = aws_iam_group.admins.name\n  policy = jsonencode({\n    Statement = [{\n      Effect    = "Deny"\n      NotAction = ["iam:EnableMFADevice", "iam:ListMFADevices", "sts:GetSessionToken"]\n      Resource  = "*"\n      Condition = { BoolIfExists = { "aws:MultiFactorAuthPresent" = "false" } }\n    }]\n  })\n}\n',
      },
      {
        format: 'cdk-typescript',
        bad: "import * as iam from 'aws-cdk-lib/aws-iam';\nimport { SecretValue } from 'aws-cdk-lib';\nconst user = new iam.User(this, 'Alice', { password: SecretValue.secretsManager('alice') });\n",
        good: "import * as iam from 'aws-cdk-lib/aws-iam';\nimport { SecretValue } from 'aws-cdk-lib';\nconst user = new iam.User(this, 'Alice', { password: SecretValue.secretsManager('alice') });\nnew iam.ManagedPolicy(this, 'RequireMfa', {\n  users: [user],\n  statements: [new iam.PolicyStatement({\n    effect: iam.Effect.DENY,\n    notActions: ['iam:EnableMFADevice', 'iam:ListMFADevices', 'sts:GetSessionToken'],\n    resources: ['*'],\n    conditions: { BoolIfExists: { 'aws:MultiFactorAuthPresent': 'false' } },\n  })],\n});\n",
      },
    ],
  },

  check(principal, context) {
    const kind = principalKind(principal);
    if (kind === 'user') {
      const login = consoleAccess(principal, context);
      const privilege = login.yes === true ? undefined : privilegeOf(attachmentsOf(principal, context).policies);
      if (login.yes !== true && !privilege) return;
      if (userMfa(principal, context) !== false) return;
      const fix = mfaFix(principal, context);
      if (login.yes === true) context.report({ messageId: 'console', data: { name: principal.name }, range: login.range ?? principal.typeRange, fix });
      else context.report({ messageId: 'privilegedUser', data: { name: principal.name, privilege: privilege! }, range: principal.typeRange, fix });
      return;
    }
    if (kind !== 'group') return;
    const privilege = privilegeOf(attachmentsOf(principal, context).policies);
    if (!privilege || mfaIn(principal, context) !== false) return;
    // Every member enforcing MFA on itself covers the group's permissions today.
    const members = membersOf(principal, context);
    if (!members.unresolved && members.resources.length > 0 && members.resources.every(u => mfaIn(u, context) === true)) return;
    context.report({ messageId: 'privilegedGroup', data: { name: principal.name, privilege }, range: principal.typeRange, fix: mfaFix(principal, context) });
  },
};

function mfaFix(principal: Resource, context: RuleContext): FixDescriptor | undefined {
  const edits = mfaPolicyFix(principal, context);
  return edits && { messageId: 'fix', edits };
}

export default rule;
