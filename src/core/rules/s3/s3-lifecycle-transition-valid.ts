/**
 * Lifecycle transitions that S3 rejects (error) or that cost more than they save (warning), per
 * "Transitioning objects using Amazon S3 Lifecycle" (S3 User Guide) and the PutBucketLifecycle
 * checks:
 * - Standard-IA / One Zone-IA only from 30 days after creation (or 30 days noncurrent);
 * - in one rule, a colder class needs strictly more days than a warmer one (S3's waterfall:
 *   Standard-IA → Intelligent-Tiering → One Zone-IA / Glacier IR → Glacier → Deep Archive), each
 *   class at most once, and Glacier / Deep Archive (or One Zone-IA after Standard-IA) at least
 *   30 days after an IA transition;
 * - the expiration later than every transition.
 * Costs more: leaving a class (to a colder one or by expiring) before its minimum storage
 * duration — Standard-IA / One Zone-IA 30 days, Glacier IR / Glacier 90, Deep Archive 180 —
 * bills the remaining days anyway.
 * No quick fix: the right days depend on how long the data must be kept and read, which only
 * the author knows.
 */
import { findResource } from '../../model/query';
import type { Resource, SourceRange } from '../../model/types';
import { val } from '../helpers/properties';
import { versioningState } from '../helpers/s3';
import { lifecycleRules, type Action, type ActionGroup, type StorageClass } from '../helpers/s3Lifecycle';
import type { MessageData, RuleContext, RuleModule, Severity } from '../ruleTypes';

/** Position in S3's waterfall: objects move only to a higher rank. One Zone-IA and Glacier IR cannot move into each other. */
const RANK: Record<StorageClass, number> = { STANDARD_IA: 0, INTELLIGENT_TIERING: 1, ONEZONE_IA: 2, GLACIER_IR: 3, GLACIER: 4, DEEP_ARCHIVE: 5 };
/** Minimum storage duration billed, in days. */
const MINIMUM_DAYS: Record<StorageClass, number> = { STANDARD_IA: 30, INTELLIGENT_TIERING: 0, ONEZONE_IA: 30, GLACIER_IR: 90, GLACIER: 90, DEEP_ARCHIVE: 180 };
const IA: ReadonlySet<StorageClass> = new Set(['STANDARD_IA', 'ONEZONE_IA']);
const ARCHIVE: ReadonlySet<StorageClass> = new Set(['GLACIER', 'DEEP_ARCHIVE']);

const rule: RuleModule = {
  meta: {
    id: 's3-lifecycle-transition-valid',
    category: 'cost',
    defaultSeverity: 'error',
    appliesTo: ['aws.s3.bucket', 'aws.s3.bucket-lifecycle-configuration'],
    formats: ['cloudformation', 'terraform', 'cdk'],
    knowledge: ['s3-lifecycle', 's3-storage-classes', 's3-glacier'],
    messages: {
      iaTooEarly: {
        en: 'Objects can move to {class} only 30 days after creation: S3 rejects {days} days.',
        ko: '객체는 생성 후 30일이 지나야 {class}(으)로 옮길 수 있습니다. S3는 {days}일을 거부합니다.',
      },
      iaTooEarlyNoncurrent: {
        en: 'Noncurrent versions can move to {class} only after 30 days noncurrent: S3 rejects {days} days.',
        ko: '이전 버전은 최신이 아니게 된 후 30일이 지나야 {class}(으)로 옮길 수 있습니다. S3는 {days}일을 거부합니다.',
      },
      duplicateClass: {
        en: 'Two transitions to {class} in one lifecycle rule: S3 rejects the rule.',
        ko: '한 수명 주기 규칙에 {class}(으)로의 전환이 두 번 있습니다. S3가 이 규칙을 거부합니다.',
      },
      order: {
        en: 'The transition to {class} (day {days}) must come after the transition to {warmer} (day {warmerDays}): objects only move to colder classes, and S3 rejects the rule.',
        ko: '{class} 전환({days}일)은 {warmer} 전환({warmerDays}일)보다 늦어야 합니다. 객체는 더 차가운 클래스로만 옮겨지므로 S3가 이 규칙을 거부합니다.',
      },
      tooSoonAfterIa: {
        en: 'Objects would stay in {warmer} only {gap} days before moving to {class}: S3 requires at least 30 days and rejects the rule.',
        ko: '객체가 {warmer}에 {gap}일만 머문 뒤 {class}(으)로 옮겨집니다. S3는 최소 30일을 요구하므로 이 규칙을 거부합니다.',
      },
      unsupported: {
        en: 'S3 Lifecycle cannot move objects between {warmer} and {class}: one of these transitions never happens.',
        ko: 'S3 수명 주기는 {warmer}와(과) {class} 사이로 객체를 옮기지 못합니다. 두 전환 중 하나는 일어나지 않습니다.',
      },
      expirationTooEarly: {
        en: 'Objects expire at day {days}, not after their transition to {class} (day {transitionDays}): S3 rejects the rule.',
        ko: '객체가 {days}일에 만료되어 {class} 전환({transitionDays}일)보다 늦지 않습니다. S3가 이 규칙을 거부합니다.',
      },
      expirationTooEarlyNoncurrent: {
        en: 'Noncurrent versions expire at day {days}, not after their transition to {class} (day {transitionDays}): S3 rejects the rule.',
        ko: '이전 버전이 {days}일에 만료되어 {class} 전환({transitionDays}일)보다 늦지 않습니다. S3가 이 규칙을 거부합니다.',
      },
      earlyMove: {
        en: 'Objects leave {warmer} after {gap} days, before its {minimum}-day minimum storage duration: S3 bills the remaining days anyway.',
        ko: '객체가 {gap}일 만에 {warmer}에서 옮겨져 최소 보관 기간 {minimum}일을 채우지 못합니다. 남은 기간도 요금이 청구됩니다.',
      },
      earlyDelete: {
        en: 'Objects expire {gap} days after moving to {class}, before its {minimum}-day minimum storage duration: S3 bills the remaining days as an early deletion charge.',
        ko: '객체가 {class}(으)로 옮겨진 지 {gap}일 만에 만료되어 최소 보관 기간 {minimum}일을 채우지 못합니다. 남은 기간이 조기 삭제 요금으로 청구됩니다.',
      },
      earlyDeleteNoncurrent: {
        en: 'Noncurrent versions expire {gap} days after moving to {class}, before its {minimum}-day minimum storage duration: S3 bills the remaining days as an early deletion charge.',
        ko: '이전 버전이 {class}(으)로 옮겨진 지 {gap}일 만에 만료되어 최소 보관 기간 {minimum}일을 채우지 못합니다. 남은 기간이 조기 삭제 요금으로 청구됩니다.',
      },
    },
    why: {
      en: 'S3 rejects a lifecycle configuration with an impossible transition, so the deployment fails. Other schedules are accepted but cost more than they save: every class except Standard and Intelligent-Tiering bills a minimum storage duration (Standard-IA and One Zone-IA 30 days, Glacier Instant Retrieval and Glacier Flexible Retrieval 90, Deep Archive 180), also for objects that move on or expire earlier.',
      ko: 'S3는 불가능한 전환이 있는 수명 주기 구성을 거부하므로 배포가 실패합니다. 받아들여지더라도 절약보다 비용이 큰 일정도 있습니다. Standard와 Intelligent-Tiering을 뺀 모든 클래스에는 최소 보관 기간(Standard-IA·One Zone-IA 30일, Glacier Instant Retrieval·Glacier Flexible Retrieval 90일, Deep Archive 180일)이 있어, 그보다 일찍 옮기거나 만료해도 그 기간만큼 청구됩니다.',
    },
    howToFix: {
      en: 'Move objects to Standard-IA or One Zone-IA from day 30, order transitions from warmer to colder classes with more days each (30 more after an IA class), give each class at most one transition per rule, and expire objects after the last transition plus its class minimum (for example Glacier at 90 days, expiration at 180 or later). There is no quick fix: the right days depend on how long the data must be kept and read.',
      ko: 'Standard-IA나 One Zone-IA로는 30일부터 옮기고, 전환은 따뜻한 클래스에서 차가운 클래스 순으로 일수를 늘려 가며(IA 클래스 다음은 30일 이상 뒤) 규칙마다 클래스당 한 번만 두세요. 만료는 마지막 전환에 그 클래스의 최소 보관 기간을 더한 뒤로 잡습니다(예: 90일에 Glacier, 180일 이후 만료). 알맞은 일수는 데이터를 얼마나 보관하고 읽는지에 달려 있어 자동 수정은 없습니다.',
    },
    fixable: [],
    examples: [
      {
        format: 'cloudformation',
        bad: 'Resources:\n  Logs:\n    Type: AWS::S3::Bucket\n    Properties:\n      LifecycleConfiguration:\n        Rules:\n          - Status: Enabled\n            Transitions:\n              - StorageClass: STANDARD_IA\n                TransitionInDays: 7\n',
        good: 'Resources:\n  Logs:\n    Type: AWS::S3::Bucket\n    Properties:\n      LifecycleConfiguration:\n        Rules:\n          - Status: Enabled\n            Transitions:\n              - StorageClass: STANDARD_IA\n                TransitionInDays: 30\n',
      },
      {
        format: 'terraform',
        bad: 'resource "aws_s3_bucket_lifecycle_configuration" "logs" {\n  bucket = "logs"\n\n  rule {\n    id     = "archive"\n    status = "Enabled"\n\n    transition {\n      days          = 90\n      storage_class = "GLACIER"\n    }\n\n    expiration {\n      days = 90\n    }\n  }\n}\n',
        good: 'resource "aws_s3_bucket_lifecycle_configuration" "logs" {\n  bucket = "logs"\n\n  rule {\n    id     = "archive"\n    status = "Enabled"\n\n    transition {\n      days          = 90\n      storage_class = "GLACIER"\n    }\n\n    expiration {\n      days = 365\n    }\n  }\n}\n',
      },
      {
        format: 'cdk-typescript',
        bad: "import { Duration } from 'aws-cdk-lib';\nimport * as s3 from 'aws-cdk-lib/aws-s3';\nnew s3.Bucket(this, 'Logs', {\n  lifecycleRules: [{ transitions: [{ storageClass: s3.StorageClass.INFREQUENT_ACCESS, transitionAfter: Duration.days(10) }] }],\n});\n",
        good: "import { Duration } from 'aws-cdk-lib';\nimport * as s3 from 'aws-cdk-lib/aws-s3';\nnew s3.Bucket(this, 'Logs', {\n  lifecycleRules: [{ transitions: [{ storageClass: s3.StorageClass.INFREQUENT_ACCESS, transitionAfter: Duration.days(30) }] }],\n});\n",
      },
    ],
  },

  check(resource, context) {
    for (const r of lifecycleRules(resource)) {
      checkGroup(resource, context, r.current, false);
      checkGroup(resource, context, r.noncurrent, true);
    }
  },
};

type Known = Action & { storageClass: StorageClass; days: number };

function isKnown(a: Action): a is Known {
  return a.storageClass !== undefined && a.days !== undefined && !a.byDate;
}

interface Finding {
  messageId: string;
  data: MessageData;
  range: SourceRange;
  severity: Severity;
}

function checkGroup(resource: Resource, context: RuleContext, g: ActionGroup, noncurrent: boolean): void {
  const errors: Finding[] = [];
  const error = (messageId: string, data: MessageData, range: SourceRange) => errors.push({ messageId, data, range, severity: 'error' });
  // Dates and days cannot be compared; S3 rejects mixing them anyway.
  const known = g.transitions.filter(isKnown);
  const label = (a: Action) => a.label ?? a.storageClass!;

  for (const t of known) {
    if (IA.has(t.storageClass) && t.days < 30) error(noncurrent ? 'iaTooEarlyNoncurrent' : 'iaTooEarly', { class: label(t), days: t.days }, t.daysValue!.range);
  }
  const seen = new Map<StorageClass, Action>();
  for (const t of g.transitions) {
    if (!t.storageClass) continue;
    if (seen.has(t.storageClass)) error('duplicateClass', { class: label(t) }, t.classValue!.range);
    else seen.set(t.storageClass, t);
  }
  let unsupported: [Known, Known] | undefined;
  for (let i = 0; i < known.length; i++) {
    for (let j = 0; j < known.length; j++) {
      const a = known[i];
      const b = known[j];
      if (i === j || a.storageClass === b.storageClass) continue;
      if (isOneZoneAndInstant(a.storageClass, b.storageClass)) {
        if (i < j) unsupported ??= [a, b];
        continue;
      }
      if (RANK[a.storageClass] >= RANK[b.storageClass]) continue;
      // a is warmer than b: b must come strictly later, and 30 days later out of an IA class into an archive class.
      if (b.days <= a.days) error('order', { class: label(b), days: b.days, warmer: label(a), warmerDays: a.days }, b.daysValue!.range);
      else if (!noncurrent && b.days - a.days < 30 && IA.has(a.storageClass) && (ARCHIVE.has(b.storageClass) || (a.storageClass === 'STANDARD_IA' && b.storageClass === 'ONEZONE_IA'))) {
        error('tooSoonAfterIa', { class: label(b), warmer: label(a), gap: b.days - a.days }, b.daysValue!.range);
      }
    }
  }
  const exp = g.expiration;
  if (exp?.days !== undefined && !exp.byDate) {
    const latest = known.reduce<Known | undefined>((m, t) => (!m || t.days > m.days ? t : m), undefined);
    if (latest && exp.days <= latest.days) {
      error(noncurrent ? 'expirationTooEarlyNoncurrent' : 'expirationTooEarly', { days: exp.days, class: label(latest), transitionDays: latest.days }, exp.daysValue!.range);
    }
  }
  for (const e of dedupe(errors)) context.report({ ...e, resource });
  if (errors.length > 0) return;

  // What costs more needs the whole schedule: every transition and the expiration read.
  if (!g.complete || g.transitions.some(t => t.byDate)) return;
  if (unsupported) {
    context.report({ messageId: 'unsupported', data: { warmer: label(unsupported[0]), class: label(unsupported[1]) }, range: unsupported[1].classValue!.range, severity: 'warning', resource });
    return;
  }
  const schedule = [...known].sort((a, b) => a.days - b.days);
  for (let i = 1; i < schedule.length; i++) {
    const from = schedule[i - 1];
    const to = schedule[i];
    const gap = to.days - from.days;
    const minimum = MINIMUM_DAYS[from.storageClass];
    if (gap < minimum) context.report({ messageId: 'earlyMove', data: { warmer: label(from), gap, minimum }, range: to.daysValue!.range, severity: 'warning', resource });
  }
  const last = schedule[schedule.length - 1];
  if (!last || exp?.days === undefined) return;
  // An expiration on a versioned bucket only adds a delete marker: the data stays, so nothing is deleted early.
  if (!noncurrent && !isUnversioned(resource, context)) return;
  const gap = exp.days - last.days;
  const minimum = MINIMUM_DAYS[last.storageClass];
  if (gap < minimum) {
    context.report({ messageId: noncurrent ? 'earlyDeleteNoncurrent' : 'earlyDelete', data: { class: label(last), gap, minimum }, range: exp.daysValue!.range, severity: 'warning', resource });
  }
}

function isOneZoneAndInstant(a: StorageClass, b: StorageClass): boolean {
  return (a === 'ONEZONE_IA' && b === 'GLACIER_IR') || (a === 'GLACIER_IR' && b === 'ONEZONE_IA');
}

/** One finding per place and message. */
function dedupe(findings: Finding[]): Finding[] {
  const keys = new Set<string>();
  return findings.filter(f => {
    const k = `${f.messageId}@${f.range.start.line}:${f.range.start.character}`;
    if (keys.has(k)) return false;
    keys.add(k);
    return true;
  });
}

/** Whether the bucket (for Terraform, the lifecycle configuration's bucket) is known never to keep versions. */
function isUnversioned(resource: Resource, context: RuleContext): boolean {
  let bucket: Resource | undefined = resource;
  if (resource.kind === 'aws.s3.bucket-lifecycle-configuration') {
    const ref = val(resource, 'bucket');
    bucket = ref?.kind === 'reference' ? findResource(context.doc, ref.target) : undefined;
    if (bucket?.kind !== 'aws.s3.bucket' || bucket.role !== 'resource') return false;
  }
  return versioningState(context.doc, bucket) === 'off';
}

export default rule;
