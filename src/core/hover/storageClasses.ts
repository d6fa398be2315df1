/**
 * S3 storage classes side by side, for the hover on a storage-class value. Facts as published in
 * the S3 User Guide ("Understanding and managing Amazon S3 storage classes") and on the S3 pricing
 * page, checked 2026-01. Prices are left out on purpose: they vary by Region and change often.
 */
import type { Localized } from '../rules/ruleTypes';

export type StorageClassId = 'STANDARD' | 'INTELLIGENT_TIERING' | 'STANDARD_IA' | 'ONEZONE_IA' | 'GLACIER_IR' | 'GLACIER' | 'DEEP_ARCHIVE';

export interface StorageClassFacts {
  /** The API / CloudFormation / Terraform value. */
  id: StorageClassId;
  /** The `s3.StorageClass` member in CDK, when there is one (CDK has none for STANDARD). */
  cdk?: string;
  /** Product name, the same in both languages. */
  name: string;
  availabilityZones: Localized;
  minimumDuration: Localized;
  minimumBillableSize: Localized;
  retrieval: Localized;
  typicalUse: Localized;
}

export const STORAGE_CLASSES_CHECKED = '2026-01';

const NONE: Localized = { en: 'none', ko: '없음' };
const MULTI_AZ: Localized = { en: '≥ 3', ko: '3개 이상' };
const KB128: Localized = { en: '128 KB', ko: '128KB' };
const GLACIER_OVERHEAD: Localized = {
  en: 'none, but +40 KB metadata per object',
  ko: '없음, 객체당 메타데이터 40KB 추가',
};

export const STORAGE_CLASSES: readonly StorageClassFacts[] = [
  {
    id: 'STANDARD',
    name: 'S3 Standard',
    availabilityZones: MULTI_AZ,
    minimumDuration: NONE,
    minimumBillableSize: NONE,
    retrieval: { en: 'milliseconds, no retrieval fee', ko: '밀리초, 조회 요금 없음' },
    typicalUse: { en: 'frequently read data', ko: '자주 읽는 데이터' },
  },
  {
    id: 'INTELLIGENT_TIERING',
    cdk: 'INTELLIGENT_TIERING',
    name: 'S3 Intelligent-Tiering',
    availabilityZones: MULTI_AZ,
    minimumDuration: NONE,
    minimumBillableSize: { en: 'none (objects < 128 KB are not monitored and stay in the frequent tier)', ko: '없음 (128KB 미만 객체는 모니터링 없이 빈번 계층에 머뭄)' },
    retrieval: { en: 'milliseconds (opt-in archive tiers need a restore), no retrieval fee, monthly monitoring fee per object', ko: '밀리초 (선택형 아카이브 계층은 복원 필요), 조회 요금 없음, 객체당 월 모니터링 요금' },
    typicalUse: { en: 'unknown or changing access patterns', ko: '접근 패턴을 모르거나 자주 바뀌는 데이터' },
  },
  {
    id: 'STANDARD_IA',
    cdk: 'INFREQUENT_ACCESS',
    name: 'S3 Standard-IA',
    availabilityZones: MULTI_AZ,
    minimumDuration: { en: '30 days', ko: '30일' },
    minimumBillableSize: KB128,
    retrieval: { en: 'milliseconds, per-GB retrieval fee', ko: '밀리초, GB당 조회 요금' },
    typicalUse: { en: 'backups and data read about once a month', ko: '한 달에 한 번쯤 읽는 데이터, 백업' },
  },
  {
    id: 'ONEZONE_IA',
    cdk: 'ONE_ZONE_INFREQUENT_ACCESS',
    name: 'S3 One Zone-IA',
    availabilityZones: { en: '1 (lost if that AZ is destroyed)', ko: '1개 (그 AZ가 파괴되면 유실)' },
    minimumDuration: { en: '30 days', ko: '30일' },
    minimumBillableSize: KB128,
    retrieval: { en: 'milliseconds, per-GB retrieval fee', ko: '밀리초, GB당 조회 요금' },
    typicalUse: { en: 're-creatable data, secondary backup copies', ko: '다시 만들 수 있는 데이터, 보조 백업 사본' },
  },
  {
    id: 'GLACIER_IR',
    cdk: 'GLACIER_INSTANT_RETRIEVAL',
    name: 'S3 Glacier Instant Retrieval',
    availabilityZones: MULTI_AZ,
    minimumDuration: { en: '90 days', ko: '90일' },
    minimumBillableSize: KB128,
    retrieval: { en: 'milliseconds, higher per-GB retrieval fee', ko: '밀리초, 더 높은 GB당 조회 요금' },
    typicalUse: { en: 'archives read about once a quarter that must open at once', ko: '분기에 한 번쯤 읽지만 즉시 열려야 하는 아카이브' },
  },
  {
    id: 'GLACIER',
    cdk: 'GLACIER',
    name: 'S3 Glacier Flexible Retrieval',
    availabilityZones: MULTI_AZ,
    minimumDuration: { en: '90 days', ko: '90일' },
    minimumBillableSize: GLACIER_OVERHEAD,
    retrieval: { en: 'restore first: expedited 1–5 min, standard 3–5 h, bulk 5–12 h (free)', ko: '먼저 복원: 신속 1~5분, 표준 3~5시간, 대량 5~12시간(무료)' },
    typicalUse: { en: 'backups and archives read once or twice a year', ko: '1년에 한두 번 읽는 백업과 아카이브' },
  },
  {
    id: 'DEEP_ARCHIVE',
    cdk: 'DEEP_ARCHIVE',
    name: 'S3 Glacier Deep Archive',
    availabilityZones: MULTI_AZ,
    minimumDuration: { en: '180 days', ko: '180일' },
    minimumBillableSize: GLACIER_OVERHEAD,
    retrieval: { en: 'restore first: standard within 12 h, bulk within 48 h', ko: '먼저 복원: 표준 12시간 이내, 대량 48시간 이내' },
    typicalUse: { en: 'records kept for years (compliance), rarely if ever read', ko: '수년간 보관하고 거의 읽지 않는 규정 준수 기록' },
  },
];

export const STORAGE_CLASS_COLUMNS: Readonly<Record<'en' | 'ko', readonly string[]>> = {
  en: ['Class', 'AZs', 'Minimum storage duration', 'Minimum billable size', 'Retrieval', 'Typical use'],
  ko: ['클래스', 'AZ', '최소 보관 기간', '최소 과금 크기', '조회', '대표 용도'],
};

const BY_VALUE = new Map<string, StorageClassFacts>();
for (const c of STORAGE_CLASSES) {
  BY_VALUE.set(c.id, c);
  // The model writes CDK members as `s3.StorageClass.X` whatever the file's import alias.
  if (c.cdk) BY_VALUE.set(`s3.StorageClass.${c.cdk}`, c);
}

/** The class a value names: an API value (`STANDARD_IA`) or a CDK member (`s3.StorageClass.INFREQUENT_ACCESS`). */
export function storageClassOf(value: string): StorageClassFacts | undefined {
  return BY_VALUE.get(value);
}

/** Whether a value is the CDK symbol form, which names a storage class wherever it appears. */
export function isStorageClassSymbol(value: string): boolean {
  return value.startsWith('s3.StorageClass.') && BY_VALUE.has(value);
}
