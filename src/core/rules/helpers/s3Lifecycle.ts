/**
 * S3 lifecycle rules read into one shape from every format, for the rules that check them:
 * CloudFormation / CDK L1 `LifecycleConfiguration.Rules`, Terraform `aws_s3_bucket_lifecycle_configuration`
 * `rule` blocks and the provider v3 inline `lifecycle_rule`, CDK L2 `lifecycleRules` and
 * `addLifecycleRule(…)`. Days are kept only when they are literal (CDK: `Duration.days(n)`);
 * anything else is "unknown" and marks its group incomplete.
 */
import type { Resource, Value } from '../../model/types';
import { bool, items, num, prop, str, sym, val } from './properties';
import { familyOf } from '../ruleTypes';

/** Lifecycle transition targets, by the name the S3 API uses. */
export type StorageClass = 'STANDARD_IA' | 'INTELLIGENT_TIERING' | 'ONEZONE_IA' | 'GLACIER_IR' | 'GLACIER' | 'DEEP_ARCHIVE';

const API_CLASSES: ReadonlySet<string> = new Set(['STANDARD_IA', 'INTELLIGENT_TIERING', 'ONEZONE_IA', 'GLACIER_IR', 'GLACIER', 'DEEP_ARCHIVE']);

const CDK_CLASSES: Record<string, StorageClass> = {
  INFREQUENT_ACCESS: 'STANDARD_IA',
  ONE_ZONE_INFREQUENT_ACCESS: 'ONEZONE_IA',
  INTELLIGENT_TIERING: 'INTELLIGENT_TIERING',
  GLACIER_INSTANT_RETRIEVAL: 'GLACIER_IR',
  GLACIER: 'GLACIER',
  DEEP_ARCHIVE: 'DEEP_ARCHIVE',
};

export interface Action {
  /** Undefined when not a known literal. */
  storageClass?: StorageClass;
  /** The class as the file writes it (`STANDARD_IA`, `StorageClass.INFREQUENT_ACCESS`). */
  label?: string;
  classValue?: Value;
  days?: number;
  daysValue?: Value;
  /** Scheduled by a date, not by days. */
  byDate: boolean;
}

export interface ActionGroup {
  transitions: Action[];
  expiration?: Action;
  /** Every transition and the expiration were read with literal days and classes. */
  complete: boolean;
}

export interface LifecycleRule {
  current: ActionGroup;
  noncurrent: ActionGroup;
}

/** `Duration.days(30)` → 30; CloudFormation / Terraform numbers (also quoted) as they are. */
function daysOf(v: Value | undefined): number | undefined {
  const n = num(v);
  if (n !== undefined) return Number.isInteger(n) ? n : undefined;
  const m = /^Duration\.days\((\d+)\)$/.exec(sym(v) ?? '');
  return m ? Number(m[1]) : undefined;
}

function classOf(v: Value | undefined): { storageClass?: StorageClass; label?: string } {
  const s = str(v);
  if (s !== undefined) {
    const upper = s.toUpperCase();
    return API_CLASSES.has(upper) ? { storageClass: upper as StorageClass, label: s } : {};
  }
  const m = /^s3\.StorageClass\.([A-Z_]+)$/.exec(sym(v) ?? '');
  return m && CDK_CLASSES[m[1]] ? { storageClass: CDK_CLASSES[m[1]], label: `StorageClass.${m[1]}` } : {};
}

interface Keys {
  storageClass: string;
  days: string[];
  date: string;
}

function action(item: Value, keys: Keys): Action | undefined {
  if (item.kind !== 'map') return undefined;
  const classValue = val(item, keys.storageClass);
  let daysValue: Value | undefined;
  for (const k of keys.days) daysValue ??= val(item, k);
  return { ...classOf(classValue), classValue, days: daysOf(daysValue), daysValue, byDate: prop(item, keys.date) !== undefined };
}

/** Transitions from a list (or a single block / map) of items; `complete` is false when one cannot be read. */
function group(values: (Value | undefined)[], keys: Keys, expiration: Action | undefined, expirationPresent: boolean): ActionGroup {
  const transitions: Action[] = [];
  let complete = true;
  for (const v of values) {
    if (!v) continue;
    if (v.kind !== 'list' && v.kind !== 'map') {
      complete = false;
      continue;
    }
    for (const item of items(v)) {
      const a = action(item, keys);
      if (!a) complete = false;
      else transitions.push(a);
    }
  }
  if (transitions.some(t => t.storageClass === undefined || (t.days === undefined && !t.byDate))) complete = false;
  if (expirationPresent && (!expiration || (expiration.days === undefined && !expiration.byDate))) complete = false;
  return { transitions, expiration, complete };
}

function expirationAt(daysValue: Value | undefined, byDate: boolean): Action | undefined {
  if (!daysValue && !byDate) return undefined;
  return { days: daysOf(daysValue), daysValue, byDate };
}

/** CloudFormation / CDK L1 `LifecycleConfiguration.Rules`. */
function cloudFormationRules(bucket: Resource): LifecycleRule[] {
  const keys: Keys = { storageClass: 'StorageClass', days: ['TransitionInDays'], date: 'TransitionDate' };
  const out: LifecycleRule[] = [];
  for (const r of items(val(bucket, 'LifecycleConfiguration.Rules'))) {
    if (r.kind !== 'map' || str(r, 'Status') === 'Disabled') continue;
    const exp = expirationAt(val(r, 'ExpirationInDays'), prop(r, 'ExpirationDate') !== undefined);
    const ncDays = val(r, 'NoncurrentVersionExpirationInDays') ?? val(r, 'NoncurrentVersionExpiration.NoncurrentDays');
    const ncExp = expirationAt(ncDays, false);
    out.push({
      current: group([val(r, 'Transitions'), val(r, 'Transition')], keys, exp, exp !== undefined),
      noncurrent: group([val(r, 'NoncurrentVersionTransitions'), val(r, 'NoncurrentVersionTransition')], keys, ncExp, prop(r, 'NoncurrentVersionExpiration') !== undefined || ncDays !== undefined),
    });
  }
  return out;
}

/** Terraform `rule` blocks of `aws_s3_bucket_lifecycle_configuration`, or v3 inline `lifecycle_rule` blocks. */
function terraformRules(resource: Resource, inline: boolean): LifecycleRule[] {
  const out: LifecycleRule[] = [];
  for (const r of items(val(resource, inline ? 'lifecycle_rule' : 'rule'))) {
    if (r.kind !== 'map') continue;
    if (inline ? bool(r, 'enabled') === false : str(r, 'status') === 'Disabled') continue;
    const exp = val(r, 'expiration');
    const ncExp = val(r, 'noncurrent_version_expiration');
    const expiration = exp?.kind === 'map' ? expirationAt(val(exp, 'days'), prop(exp, 'date') !== undefined) : undefined;
    const ncExpiration = ncExp?.kind === 'map' ? expirationAt(val(ncExp, 'noncurrent_days') ?? val(ncExp, 'days'), false) : undefined;
    out.push({
      current: group([val(r, 'transition')], { storageClass: 'storage_class', days: ['days'], date: 'date' }, expiration, exp !== undefined && (exp.kind !== 'map' || prop(exp, 'days') !== undefined || prop(exp, 'date') !== undefined)),
      noncurrent: group([val(r, 'noncurrent_version_transition')], { storageClass: 'storage_class', days: ['noncurrent_days', 'days'], date: 'date' }, ncExpiration, ncExp !== undefined),
    });
  }
  return out;
}

/** CDK L2 `lifecycleRules` and `addLifecycleRule(…)` calls. */
function cdkRules(bucket: Resource): LifecycleRule[] {
  const keys: Keys = { storageClass: 'storageClass', days: ['transitionAfter'], date: 'transitionDate' };
  const rules = [...items(val(bucket, 'lifecycleRules')), ...bucket.calls.filter(c => c.method === 'addLifecycleRule').map(c => c.arguments[0])];
  const out: LifecycleRule[] = [];
  for (const r of rules) {
    if (r?.kind !== 'map' || bool(r, 'enabled') === false) continue;
    const exp = expirationAt(val(r, 'expiration'), prop(r, 'expirationDate') !== undefined);
    const ncExp = expirationAt(val(r, 'noncurrentVersionExpiration'), false);
    out.push({
      current: group([val(r, 'transitions')], keys, exp, exp !== undefined),
      noncurrent: group([val(r, 'noncurrentVersionTransitions')], keys, ncExp, ncExp !== undefined),
    });
  }
  return out;
}

/** The enabled (or possibly enabled) lifecycle rules a resource declares itself. */
export function lifecycleRules(resource: Resource): LifecycleRule[] {
  switch (familyOf(resource)) {
    case 'cloudformation':
      return cloudFormationRules(resource);
    case 'terraform':
      return terraformRules(resource, resource.kind === 'aws.s3.bucket');
    case 'cdk':
      return cdkRules(resource);
  }
}
