/**
 * The quick fix of iam-mfa-required: a new policy, attached to the user or group, that denies
 * everything but MFA self-service while `aws:MultiFactorAuthPresent` is false (BoolIfExists, so
 * long-term access keys are covered too). One builder per syntax; undefined when no safe edit exists
 * (a CDK L1 construct, a construct without a variable, a Terraform resource with count / for_each).
 */
import type { EditValue } from '../../iac/editTypes';
import type { TextEdit } from '../../model/edits';
import type { Resource } from '../../model/types';
import { familyOf, type RuleContext } from '../ruleTypes';

/** The actions a user needs before MFA is set up (IAM User Guide example, plus a first password change). */
export const MFA_SELF_SERVICE_ACTIONS = [
  'iam:ChangePassword', 'iam:CreateVirtualMFADevice', 'iam:EnableMFADevice', 'iam:GetAccountPasswordPolicy', 'iam:GetMFADevice',
  'iam:GetUser', 'iam:ListMFADevices', 'iam:ListVirtualMFADevices', 'iam:ResyncMFADevice', 'sts:GetSessionToken',
];

const SID = 'DenyAllExceptMfaSetupWithoutMfa';
const MFA_KEY = 'aws:MultiFactorAuthPresent';

function denyStatement(): { [key: string]: EditValue } {
  return {
    Sid: SID,
    Effect: 'Deny',
    NotAction: [...MFA_SELF_SERVICE_ACTIONS],
    Resource: '*',
    Condition: { BoolIfExists: { [MFA_KEY]: 'false' } },
  };
}

function uniqueName(base: string, taken: (name: string) => boolean): string {
  let name = base;
  for (let n = 2; taken(name); n++) name = `${base}${n}`;
  return name;
}

/** The indentation unit of a file: the first indentation step after a line ending in `{` or `(`. */
function indentUnit(text: string): string {
  const lines = text.split(/\r?\n/);
  for (let i = 0; i + 1 < lines.length; i++) {
    if (!/[{(]\s*$/.test(lines[i])) continue;
    const outer = /^[ \t]*/.exec(lines[i])![0];
    const inner = /^[ \t]*/.exec(lines[i + 1])![0];
    if (inner.length > outer.length && inner.startsWith(outer)) return inner.slice(outer.length);
  }
  return '  ';
}

/** `jsonencode({...})` in terraform fmt's layout, continuation lines indented from `indent`. */
function terraformPolicy(indent: string, unit: string): string {
  const i1 = indent + unit;
  const i2 = i1 + unit;
  const i3 = i2 + unit;
  const i4 = i3 + unit;
  return [
    'jsonencode({',
    `${i1}Version = "2012-10-17"`,
    `${i1}Statement = [{`,
    `${i2}Sid    = "${SID}"`,
    `${i2}Effect = "Deny"`,
    `${i2}NotAction = [`,
    ...MFA_SELF_SERVICE_ACTIONS.map(a => `${i3}"${a}",`),
    `${i2}]`,
    `${i2}Resource = "*"`,
    `${i2}Condition = {`,
    `${i3}BoolIfExists = {`,
    `${i4}"${MFA_KEY}" = "false"`,
    `${i3}}`,
    `${i2}}`,
    `${i1}}]`,
    `${indent}})`,
  ].join('\n');
}

/** `new iam.PolicyStatement({...})` in canonical names (the edit helper renames them), continuation lines indented from `indent`. */
function typeScriptStatement(indent: string, unit: string, quote: string): string {
  const q = (s: string) => `${quote}${s}${quote}`;
  const i1 = indent + unit;
  return [
    'new iam.PolicyStatement({',
    `${i1}sid: ${q(SID)},`,
    `${i1}effect: iam.Effect.DENY,`,
    `${i1}notActions: [`,
    ...MFA_SELF_SERVICE_ACTIONS.map(a => `${i1}${unit}${q(a)},`),
    `${i1}],`,
    `${i1}resources: [${q('*')}],`,
    `${i1}conditions: { BoolIfExists: { ${q(MFA_KEY)}: ${q('false')} } },`,
    `${indent}})`,
  ].join('\n');
}

/** The edits that add the policy, or undefined when no safe fix exists. */
export function mfaPolicyFix(principal: Resource, context: RuleContext): (() => TextEdit[]) | undefined {
  const group = principal.kind === 'aws.iam.group';
  const target = { text: context.text, doc: context.doc };
  const taken = (n: string) => context.doc.resources.some(r => r.name === n || r.variable === n);
  const family = familyOf(principal);
  if (principal.format === 'cloudformation') {
    const name = uniqueName(`${principal.name}MfaPolicy`, taken);
    return () => context.edits.addResource(target, {
      type: 'AWS::IAM::ManagedPolicy',
      name,
      properties: {
        [group ? 'Groups' : 'Users']: [{ $ref: principal.name }],
        PolicyDocument: { Version: '2012-10-17', Statement: [denyStatement()] },
      },
    }, principal);
  }
  if (family === 'terraform') {
    if (principal.repeated) return undefined;
    const local = principal.name.split('.').pop()!;
    const type = group ? 'aws_iam_group_policy' : 'aws_iam_user_policy';
    const name = uniqueName(`${local}_mfa`, n => taken(`${type}.${n}`));
    const unit = indentUnit(context.text);
    return () => context.edits.addResource(target, {
      type,
      name,
      properties: {
        name: 'require-mfa',
        [group ? 'group' : 'user']: { $ref: principal.name, attribute: 'name' },
        policy: { $raw: terraformPolicy(unit, unit) },
      },
    }, principal);
  }
  if (family !== 'cdk' || !principal.variable) return undefined;
  const name = uniqueName(`${principal.name}MfaPolicy`, taken);
  if (principal.format === 'cdk-typescript') {
    const unit = indentUnit(context.text);
    const line = context.text.split(/\r?\n/)[principal.range.start.line] ?? '';
    const indent = /^[ \t]*/.exec(line)![0];
    const quote = /from\s+"aws-cdk-lib/.test(context.text) ? '"' : "'";
    return () => context.edits.addResource(target, {
      type: 'iam.ManagedPolicy',
      name,
      properties: {
        [group ? 'groups' : 'users']: [{ $ref: principal.name }],
        statements: [{ $raw: typeScriptStatement(indent + unit, unit, quote) }],
      },
    }, principal);
  }
  // Python: canonical text cannot carry the nested condition map, so the L1 construct with a plain document.
  return () => context.edits.addResource(target, {
    type: 'iam.CfnManagedPolicy',
    name,
    properties: {
      [group ? 'groups' : 'users']: [{ $ref: principal.name, attribute: group ? 'groupName' : 'userName' }],
      policyDocument: { Version: '2012-10-17', Statement: [denyStatement()] },
    },
  }, principal);
}
