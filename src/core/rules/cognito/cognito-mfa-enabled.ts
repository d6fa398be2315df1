/**
 * A Cognito user pool whose MFA is OFF, written so or left at the default (CloudFormation
 * `MfaConfiguration`, Terraform `mfa_configuration`, CDK L2 `mfa`: all default to OFF).
 * OPTIONAL and ON pass: OPTIONAL lets users enrol a factor and lets threat protection demand one.
 * A pool whose every client in the file allows no sign-in with a Cognito password (federation
 * only) is left alone: Cognito leaves MFA of federated users to their identity provider.
 *
 * The fix turns MFA to OPTIONAL with TOTP (authenticator apps): ON can only be chosen when the
 * pool is created, and OPTIONAL or ON alone fails without a second factor (SMS needs an SNS role,
 * email a developer SES configuration), so the fix also enables software tokens where none is set.
 */
import type { EditValue } from '../../iac/editTypes';
import { referrers } from '../../model/query';
import type { Resource, Value } from '../../model/types';
import { type EditStep, sequenceEdits } from '../helpers/editSequence';
import { bool, items, keyPath, prop, str, sym, val } from '../helpers/properties';
import { familyOf, type FixDescriptor, type RuleContext, type RuleModule } from '../ruleTypes';

const rule: RuleModule = {
  meta: {
    id: 'cognito-mfa-enabled',
    category: 'security',
    defaultSeverity: 'warning',
    appliesTo: ['aws.cognito.user-pool'],
    formats: ['cloudformation', 'terraform', 'cdk'],
    knowledge: ['cognito'],
    messages: {
      missing: {
        en: 'User pool {name} does not configure MFA, so it is OFF: a stolen password is enough to sign in.',
        ko: '사용자 풀 {name}에 MFA 설정이 없어 OFF입니다. 암호만 훔치면 로그인할 수 있습니다.',
      },
      off: {
        en: 'MFA is OFF for user pool {name}: a stolen password is enough to sign in.',
        ko: '사용자 풀 {name}의 MFA가 OFF입니다. 암호만 훔치면 로그인할 수 있습니다.',
      },
      fix: { en: 'Turn on optional MFA with authenticator apps (TOTP)', ko: '인증 앱(TOTP)을 쓰는 선택적 MFA 켜기' },
    },
    why: {
      en: 'With MFA OFF, users cannot even enrol a second factor, so a phished or reused password is a full account takeover. `OPTIONAL` lets users protect their accounts and lets threat protection (adaptive authentication) demand a factor on risky sign-ins; `ON` requires it from everyone but can only be chosen when the pool is created. Pools used only through federation can suppress this finding with a reason: their users\' MFA is up to the identity provider.',
      ko: 'MFA가 OFF이면 사용자가 2차 인증 수단을 등록할 수조차 없어, 피싱당하거나 재사용된 암호 하나로 계정이 통째로 넘어갑니다. `OPTIONAL`이면 사용자가 스스로 계정을 보호할 수 있고 위협 방지(적응형 인증)가 위험한 로그인에 2차 인증을 요구할 수 있습니다. `ON`은 모든 사용자에게 요구하지만 풀을 만들 때만 고를 수 있습니다. 페더레이션으로만 쓰는 풀은 사용자의 MFA를 IdP가 맡으므로 이유를 적어 이 항목을 억제하세요.',
    },
    howToFix: {
      en: 'CloudFormation: `MfaConfiguration: OPTIONAL` with `EnabledMfas: [SOFTWARE_TOKEN_MFA]`. Terraform: `mfa_configuration = "OPTIONAL"` with `software_token_mfa_configuration { enabled = true }`. CDK: `mfa: cognito.Mfa.OPTIONAL` with `mfaSecondFactor: { sms: false, otp: true }`. Use `ON` (CDK `REQUIRED`) for a new pool whose users must all use MFA.',
      ko: 'CloudFormation: `MfaConfiguration: OPTIONAL`과 `EnabledMfas: [SOFTWARE_TOKEN_MFA]`. Terraform: `mfa_configuration = "OPTIONAL"`과 `software_token_mfa_configuration { enabled = true }`. CDK: `mfa: cognito.Mfa.OPTIONAL`과 `mfaSecondFactor: { sms: false, otp: true }`. 모든 사용자가 MFA를 써야 하는 새 풀이라면 `ON`(CDK는 `REQUIRED`)을 쓰세요.',
    },
    fixable: ['cloudformation', 'terraform', 'cdk'],
    examples: [
      {
        format: 'cloudformation',
        bad: 'Resources:\n  Users:\n    Type: AWS::Cognito::UserPool\n    Properties:\n      UserPoolName: users\n',
        good: 'Resources:\n  Users:\n    Type: AWS::Cognito::UserPool\n    Properties:\n      UserPoolName: users\n      MfaConfiguration: OPTIONAL\n      EnabledMfas:\n        - SOFTWARE_TOKEN_MFA\n',
      },
      {
        format: 'terraform',
        bad: 'resource "aws_cognito_user_pool" "users" {\n  name              = "users"\n  mfa_configuration = "OFF"\n}\n',
        good: 'resource "aws_cognito_user_pool" "users" {\n  name              = "users"\n  mfa_configuration = "OPTIONAL"\n\n  software_token_mfa_configuration {\n    enabled = true\n  }\n}\n',
      },
      {
        format: 'cdk-typescript',
        bad: "import * as cognito from 'aws-cdk-lib/aws-cognito';\nnew cognito.UserPool(this, 'Users');\n",
        good: "import * as cognito from 'aws-cdk-lib/aws-cognito';\nnew cognito.UserPool(this, 'Users', { mfa: cognito.Mfa.OPTIONAL, mfaSecondFactor: { sms: false, otp: true } });\n",
      },
    ],
  },

  check(pool, context) {
    const family = familyOf(pool);
    const mfa = prop(pool, family === 'cdk' ? 'mfa' : 'MfaConfiguration');
    if (mfa) {
      const setting = family === 'cdk' ? sym(mfa.value) : str(mfa.value);
      // ON / OPTIONAL / REQUIRED, or a value we cannot read: nothing to say.
      if (setting === undefined || !/(^|\.)OFF$/i.test(setting)) return;
    }
    if (federationOnly(pool, context)) return;
    context.report({
      messageId: mfa ? 'off' : 'missing',
      data: { name: pool.name },
      range: mfa ? mfa.value.range : pool.typeRange,
      fix: fixFor(pool, context, family === 'terraform' ? terraformSteps(pool, context) : family === 'cdk' ? cdkSteps(pool, context) : cloudFormationSteps(pool, context)),
    });
  },
};

function fixFor(pool: Resource, context: RuleContext, steps: EditStep[] | undefined): FixDescriptor | undefined {
  return steps && { messageId: 'fix', edits: () => sequenceEdits(context, pool, steps) };
}

/** Set when present, insert when absent (the helpers' insertProperty replaces an existing value too). */
function put(context: RuleContext, path: string, value: EditValue): EditStep {
  return (target, r) => context.edits.insertProperty(target, r, path, value);
}

function cloudFormationSteps(pool: Resource, context: RuleContext): EditStep[] | undefined {
  const steps = [put(context, keyPath(pool, 'MfaConfiguration'), 'OPTIONAL')];
  const enabled = val(pool, 'EnabledMfas');
  if (!enabled) return [...steps, put(context, keyPath(pool, 'EnabledMfas'), ['SOFTWARE_TOKEN_MFA'])];
  // A list of our own: OPTIONAL works when it names TOTP; SMS or email need settings we cannot write.
  return enabled.kind === 'list' && enabled.items.some(i => str(i) === 'SOFTWARE_TOKEN_MFA') ? steps : undefined;
}

function terraformSteps(pool: Resource, context: RuleContext): EditStep[] | undefined {
  const steps = [put(context, 'mfa_configuration', 'OPTIONAL')];
  const totp = prop(pool, 'software_token_mfa_configuration');
  if (!totp) return [...steps, put(context, 'software_token_mfa_configuration', { enabled: true })];
  return bool(val(totp.value, 'enabled')) === true ? steps : undefined;
}

function cdkSteps(pool: Resource, context: RuleContext): EditStep[] | undefined {
  const steps = [put(context, 'mfa', { $raw: 'cognito.Mfa.OPTIONAL' })];
  const second = prop(pool, 'mfaSecondFactor');
  if (!second) {
    // Without mfaSecondFactor CDK picks SMS, which creates an SNS role and bills per message.
    const totpOnly: EditValue = pool.format === 'cdk-python' ? { $raw: 'cognito.MfaSecondFactor({ sms: false, otp: true })' } : { sms: false, otp: true };
    return [...steps, put(context, 'mfaSecondFactor', totpOnly)];
  }
  return bool(val(second.value, 'otp')) === true ? steps : undefined;
}

const CLIENT_TYPES = /(^|[.:_])(UserPoolClient|CfnUserPoolClient|user_pool_client)$/i;

/**
 * Every client of the pool in this file allows neither a password flow nor the Cognito directory
 * in managed login: only federated users sign in. Unreadable or absent settings count as local sign-in.
 */
function federationOnly(pool: Resource, context: RuleContext): boolean {
  const clients = referrers(context.doc, pool).filter(r => CLIENT_TYPES.test(r.type));
  return clients.length > 0 && clients.every(c => onlyRefresh(val(c, 'ExplicitAuthFlows')) && withoutCognito(val(c, 'SupportedIdentityProviders')));
}

function onlyRefresh(flows: Value | undefined): boolean {
  return flows?.kind === 'list' && flows.items.every(i => str(i) === 'ALLOW_REFRESH_TOKEN_AUTH');
}

function withoutCognito(providers: Value | undefined): boolean {
  if (providers?.kind !== 'list') return false;
  const names = items(providers).map(i => str(i));
  return names.every(n => n !== undefined && n.toUpperCase() !== 'COGNITO');
}

export default rule;
