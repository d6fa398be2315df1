/**
 * The account password policy (`aws_iam_account_password_policy`, Terraform only: CloudFormation
 * has no resource for it and CDK no construct). CIS AWS Foundations asks for a minimum length of
 * 14 and 24 remembered passwords (warning); AWS Config's `iam-password-policy` rule and Security
 * Hub IAM.7 also check the four character classes, which CIS and NIST SP 800-63B no longer ask
 * for, so those are info. An absent setting takes the API default: length 6, no reuse
 * prevention, no character class required. A value we cannot read (a variable) is left alone.
 */
import type { Resource } from '../../model/types';
import { sequenceEdits } from '../helpers/editSequence';
import { bool, num, prop } from '../helpers/properties';
import type { RuleContext, RuleModule, Severity } from '../ruleTypes';

const MIN_LENGTH = 14;
const REUSE = 24;
const CLASSES = ['require_lowercase_characters', 'require_numbers', 'require_symbols', 'require_uppercase_characters'] as const;

const rule: RuleModule = {
  meta: {
    id: 'iam-password-policy-strength',
    category: 'security',
    defaultSeverity: 'warning',
    appliesTo: ['aws.iam.account-password-policy'],
    formats: ['terraform'],
    knowledge: ['iam-password-policy'],
    messages: {
      tooShort: {
        en: 'minimum_password_length is {value}: CIS AWS Foundations asks for at least 14.',
        ko: 'minimum_password_length가 {value}입니다. CIS AWS Foundations는 14 이상을 요구합니다.',
      },
      reuseTooLow: {
        en: 'password_reuse_prevention is {value}: CIS AWS Foundations asks for 24 remembered passwords.',
        ko: 'password_reuse_prevention이 {value}입니다. CIS AWS Foundations는 이전 암호 24개를 기억하도록 요구합니다.',
      },
      classOff: {
        en: '{setting} is false: AWS Config and Security Hub (IAM.7) expect every character class to be required.',
        ko: '{setting} 값이 false입니다. AWS Config와 Security Hub(IAM.7)는 모든 문자 유형을 요구하도록 기대합니다.',
      },
      missing: {
        en: 'Password policy {name} does not set {settings}, so the weaker API defaults apply.',
        ko: '암호 정책 {name}에 {settings} 설정이 없어 더 약한 API 기본값이 적용됩니다.',
      },
      fixValue: { en: 'Set {setting} to {value}', ko: '{setting} 값을 {value}로 설정' },
      fixMissing: { en: 'Add {settings}', ko: '{settings} 추가' },
    },
    why: {
      en: 'IAM users with console passwords are a common way in. CIS AWS Foundations (1.8, 1.9) asks for passwords of at least 14 characters and for the last 24 to be remembered; an absent setting falls back to the API default (6 characters, reuse allowed). AWS Config and Security Hub also check the four character classes; NIST SP 800-63B prefers length plus MFA over composition rules, so those findings are only informational. Forced expiry (`max_password_age`) is not checked for the same reason.',
      ko: '콘솔 암호가 있는 IAM 사용자는 흔한 침입 경로입니다. CIS AWS Foundations(1.8, 1.9)는 14자 이상의 암호와 최근 24개 암호의 재사용 금지를 요구하며, 설정이 없으면 API 기본값(6자, 재사용 허용)이 적용됩니다. AWS Config와 Security Hub는 네 가지 문자 유형도 검사하지만 NIST SP 800-63B는 문자 조합 규칙보다 길이와 MFA를 권하므로 이 항목은 정보 수준으로만 알립니다. 같은 이유로 강제 만료(`max_password_age`)는 검사하지 않습니다.',
    },
    howToFix: {
      en: 'Set `minimum_password_length = 14` (or more), `password_reuse_prevention = 24`, and the four `require_*` arguments to `true`. Better still, move people to IAM Identity Center and keep IAM users for nothing.',
      ko: '`minimum_password_length = 14`(이상), `password_reuse_prevention = 24`로 설정하고 네 가지 `require_*` 인수를 `true`로 두세요. 가능하면 사람은 IAM Identity Center로 옮기고 IAM 사용자는 없애는 편이 더 좋습니다.',
    },
    fixable: ['terraform'],
    examples: [
      {
        format: 'terraform',
        bad: 'resource "aws_iam_account_password_policy" "strict" {\n  minimum_password_length = 8\n}\n',
        good:
          'resource "aws_iam_account_password_policy" "strict" {\n  minimum_password_length      = 14\n  password_reuse_prevention    = 24\n  require_lowercase_characters = true\n  require_numbers              = true\n  require_symbols              = true\n  require_uppercase_characters = true\n}\n',
      },
    ],
  },

  check(policy, context) {
    if (policy.format !== 'terraform') return;
    const missing: { key: string; value: number | boolean }[] = [];
    let missingSeverity: Severity = 'info';

    const length = prop(policy, 'minimum_password_length');
    if (!length) {
      missing.push({ key: 'minimum_password_length', value: MIN_LENGTH });
      missingSeverity = 'warning';
    } else {
      const n = num(length.value);
      if (n !== undefined && n < MIN_LENGTH) reportValue(policy, context, 'tooShort', 'minimum_password_length', n, MIN_LENGTH, 'warning');
    }

    const reuse = prop(policy, 'password_reuse_prevention');
    if (!reuse) {
      missing.push({ key: 'password_reuse_prevention', value: REUSE });
      missingSeverity = 'warning';
    } else {
      const n = num(reuse.value);
      if (n !== undefined && n < REUSE) reportValue(policy, context, 'reuseTooLow', 'password_reuse_prevention', n, REUSE, 'warning');
    }

    for (const key of CLASSES) {
      const p = prop(policy, key);
      if (!p) missing.push({ key, value: true });
      else if (bool(p.value) === false) reportValue(policy, context, 'classOff', key, false, true, 'info');
    }

    if (missing.length === 0) return;
    const settings = missing.map(m => m.key).join(', ');
    context.report({
      messageId: 'missing',
      data: { name: policy.name, settings },
      range: policy.typeRange,
      severity: missingSeverity,
      fix: {
        messageId: 'fixMissing',
        data: { settings },
        // One key at a time, each against the text the previous left: the helper keeps the `=` aligned.
        edits: () => sequenceEdits(context, policy, missing.map(m => (target, r) => context.edits.insertProperty(target, r, m.key, m.value))),
      },
    });
  },
};

function reportValue(
  policy: Resource,
  context: RuleContext,
  messageId: string,
  setting: string,
  value: number | boolean,
  wanted: number | boolean,
  severity: Severity,
): void {
  const p = prop(policy, setting)!;
  context.report({
    messageId,
    data: { setting, value: String(value) },
    range: p.value.range,
    severity,
    fix: {
      messageId: 'fixValue',
      data: { setting, value: String(wanted) },
      edits: () => context.edits.setValue({ text: context.text, doc: context.doc }, policy, setting, wanted),
    },
  });
}

export default rule;
