/**
 * Reading an EC2 instance type name (`m7g.large`, `db.r6g.xlarge`, `t3.micro.search`): family,
 * generation, attribute letters and size, following the naming convention in the EC2 "Instance
 * types" guide, plus the families it lists as previous generation (checked 2026-01).
 */
import type { Localized } from '../rules/ruleTypes';

export interface InstanceTypeName {
  /** The type without service prefix or suffix (`r6g.xlarge`). */
  type: string;
  /** `db` (RDS), `cache` (ElastiCache), `search` (OpenSearch) when the name carries one. */
  service?: 'db' | 'cache' | 'search';
  family: string;
  generation: number;
  /** Letters after the generation (`g`, `gd`, `i`), without options. */
  attributes: string;
  /** `flex` in `m7i-flex.large`. */
  options: string[];
  size: string;
}

export const FAMILIES: Readonly<Record<string, Localized>> = {
  t: { en: 'burstable general purpose: a baseline CPU share plus CPU credits for bursts', ko: '버스트 가능 범용: 기준 CPU 성능에 CPU 크레딧으로 순간 성능을 더합니다' },
  m: { en: 'general purpose: balanced CPU and memory (about 4 GiB per vCPU)', ko: '범용: CPU와 메모리의 균형 (vCPU당 약 4GiB)' },
  a: { en: 'general purpose on the first AWS Graviton (Arm) processor', ko: '1세대 AWS Graviton(Arm) 프로세서 기반 범용' },
  c: { en: 'compute optimized (about 2 GiB per vCPU)', ko: '컴퓨팅 최적화 (vCPU당 약 2GiB)' },
  r: { en: 'memory optimized (about 8 GiB per vCPU)', ko: '메모리 최적화 (vCPU당 약 8GiB)' },
  x: { en: 'memory optimized with the most memory per vCPU, for in-memory databases', ko: 'vCPU당 메모리가 가장 큰 메모리 최적화, 인메모리 데이터베이스용' },
  z: { en: 'high single-thread CPU frequency with large memory', ko: '높은 단일 스레드 CPU 클럭과 큰 메모리' },
  u: { en: 'high memory (terabytes), for large in-memory databases such as SAP HANA', ko: '테라바이트급 고메모리, SAP HANA 같은 대형 인메모리 DB용' },
  i: { en: 'storage optimized: local NVMe SSDs with very high random I/O', ko: '스토리지 최적화: 랜덤 I/O가 매우 빠른 로컬 NVMe SSD' },
  im: { en: 'storage optimized (Graviton): local NVMe SSDs, more memory per TB', ko: '스토리지 최적화(Graviton): 로컬 NVMe SSD, TB당 메모리가 큼' },
  is: { en: 'storage optimized (Graviton): local NVMe SSDs, more storage per vCPU', ko: '스토리지 최적화(Graviton): 로컬 NVMe SSD, vCPU당 스토리지가 큼' },
  d: { en: 'dense storage: local HDDs for large sequential throughput', ko: '고밀도 스토리지: 대용량 순차 처리용 로컬 HDD' },
  h: { en: 'storage optimized with local HDDs for throughput-heavy workloads', ko: '처리량 위주 작업용 로컬 HDD 스토리지 최적화' },
  p: { en: 'GPU accelerated, for ML training and HPC', ko: 'GPU 가속, ML 학습과 HPC용' },
  g: { en: 'GPU accelerated, for graphics and ML inference', ko: 'GPU 가속, 그래픽과 ML 추론용' },
  gr: { en: 'GPU accelerated graphics workstations', ko: 'GPU 가속 그래픽 워크스테이션' },
  inf: { en: 'AWS Inferentia chips, for ML inference', ko: 'AWS Inferentia 칩, ML 추론용' },
  trn: { en: 'AWS Trainium chips, for ML training', ko: 'AWS Trainium 칩, ML 학습용' },
  dl: { en: 'deep-learning accelerators', ko: '딥러닝 가속기' },
  f: { en: 'FPGA accelerated', ko: 'FPGA 가속' },
  vt: { en: 'video transcoding accelerators', ko: '동영상 트랜스코딩 가속기' },
  hpc: { en: 'HPC optimized: many cores and fast networking for tightly coupled jobs', ko: 'HPC 최적화: 밀결합 작업용 다수 코어와 빠른 네트워크' },
  mac: { en: 'macOS on dedicated Mac hardware (Dedicated Hosts only)', ko: '전용 Mac 하드웨어의 macOS (전용 호스트 전용)' },
};

export const ATTRIBUTES: Readonly<Record<string, Localized>> = {
  a: { en: 'AMD processor', ko: 'AMD 프로세서' },
  g: { en: 'AWS Graviton (Arm64) processor', ko: 'AWS Graviton(Arm64) 프로세서' },
  i: { en: 'Intel processor', ko: 'Intel 프로세서' },
  d: { en: 'local NVMe instance store (data is lost on stop)', ko: '로컬 NVMe 인스턴스 스토어 (중지하면 데이터 삭제)' },
  n: { en: 'higher network and EBS bandwidth', ko: '더 높은 네트워크·EBS 대역폭' },
  e: { en: 'extra memory or storage', ko: '추가 메모리 또는 스토리지' },
  z: { en: 'high CPU frequency', ko: '높은 CPU 클럭' },
  b: { en: 'higher EBS (block storage) performance', ko: '더 높은 EBS(블록 스토리지) 성능' },
  q: { en: 'Qualcomm inference accelerators', ko: 'Qualcomm 추론 가속기' },
  flex: { en: 'Flex: most of the price-performance for workloads that do not need full CPU all the time', ko: 'Flex: CPU를 항상 다 쓰지 않는 작업에 더 나은 가격 대비 성능' },
};

/**
 * Families the EC2 guide lists under "Previous generation instances", plus the retired first
 * cluster and HPC types; family + generation.
 */
export const PREVIOUS_GENERATION: ReadonlySet<string> = new Set([
  'a1', 'c1', 'c3', 'c4', 'g2', 'g3', 'i2', 'm1', 'm2', 'm3', 'm4', 'r3', 'r4', 't1',
  'cc1', 'cc2', 'cg1', 'cr1', 'hi1', 'hs1',
]);

const SIZE = /^(nano|micro|small|medium|large|\d*xlarge|metal(-\d+xl)?)$/;

export function parseInstanceType(text: string): InstanceTypeName | undefined {
  let rest = text.trim();
  let service: InstanceTypeName['service'];
  const prefix = /^(db|cache)\./.exec(rest);
  if (prefix) {
    service = prefix[1] as 'db' | 'cache';
    rest = rest.slice(prefix[0].length);
  }
  const suffix = /\.(search|elasticsearch)$/.exec(rest);
  if (suffix) {
    service = 'search';
    rest = rest.slice(0, -suffix[0].length);
  }
  const m = /^([a-z]+)(\d+)([a-z]*)((?:-[a-z0-9]+)*)\.([a-z0-9-]+)$/.exec(rest);
  if (!m || !FAMILIES[m[1]] || !SIZE.test(m[5])) return undefined;
  return {
    type: rest,
    service,
    family: m[1],
    generation: Number(m[2]),
    attributes: m[3],
    options: m[4] ? m[4].slice(1).split('-') : [],
    size: m[5],
  };
}

// ec2.InstanceClass members with descriptive names (the short ones, `T3`, `M7G`, are the type itself).
const CDK_CLASSES: Readonly<Record<string, string>> = {
  BURSTABLE2: 't2', BURSTABLE3: 't3', BURSTABLE3_AMD: 't3a', BURSTABLE4_GRAVITON: 't4g',
  STANDARD3: 'm3', STANDARD4: 'm4', STANDARD5: 'm5', STANDARD5_AMD: 'm5a', STANDARD5_NVME_DRIVE: 'm5d',
  STANDARD6_INTEL: 'm6i', STANDARD6_AMD: 'm6a', STANDARD6_GRAVITON: 'm6g', STANDARD7_INTEL: 'm7i', STANDARD7_AMD: 'm7a',
  STANDARD7_GRAVITON: 'm7g', STANDARD8_GRAVITON: 'm8g',
  COMPUTE3: 'c3', COMPUTE4: 'c4', COMPUTE5: 'c5', COMPUTE5_AMD: 'c5a', COMPUTE6_INTEL: 'c6i', COMPUTE6_AMD: 'c6a',
  COMPUTE6_GRAVITON2: 'c6g', COMPUTE7_INTEL: 'c7i', COMPUTE7_AMD: 'c7a', COMPUTE7_GRAVITON3: 'c7g', COMPUTE8_GRAVITON4: 'c8g',
  MEMORY3: 'r3', MEMORY4: 'r4', MEMORY5: 'r5', MEMORY5_AMD: 'r5a', MEMORY6_INTEL: 'r6i', MEMORY6_AMD: 'r6a',
  MEMORY6_GRAVITON: 'r6g', MEMORY7_INTEL: 'r7i', MEMORY7_AMD: 'r7a', MEMORY7_GRAVITON: 'r7g', MEMORY8_GRAVITON: 'r8g',
};

function cdkClass(member: string): string | undefined {
  const named = CDK_CLASSES[member];
  if (named) return named;
  // `T3`, `M7G`, `C6GN`, `M7I_FLEX`.
  if (!/^[A-Z]+\d+[A-Z0-9]*(_FLEX)?$/.test(member)) return undefined;
  return member.toLowerCase().replace('_flex', '-flex');
}

function cdkSize(member: string): string | undefined {
  if (/^(NANO|MICRO|SMALL|MEDIUM|LARGE|XLARGE|METAL)$/.test(member)) return member.toLowerCase();
  const x = /^XLARGE(\d+)$/.exec(member);
  if (x) return `${x[1]}xlarge`;
  const metal = /^XLARGE(\d+)_?METAL$/.exec(member);
  return metal ? `metal-${metal[1]}xl` : undefined;
}

/**
 * The type named by CDK code: `ec2.InstanceType.of(ec2.InstanceClass.T3, ec2.InstanceSize.MICRO)`
 * (a symbol in the model) or `new ec2.InstanceType('t3.micro')` / `ec2.InstanceType("t3.micro")`
 * (unknown expressions in the model).
 */
export function instanceTypeFromCdk(text: string): string | undefined {
  const of = /InstanceType\.of\(\s*(?:[\w.]*\.)?InstanceClass\.(\w+)\s*,\s*(?:[\w.]*\.)?InstanceSize\.(\w+)\s*,?\s*\)$/.exec(text);
  if (of) {
    const cls = cdkClass(of[1]);
    const size = cdkSize(of[2]);
    return cls && size ? `${cls}.${size}` : undefined;
  }
  const ctor = /^(?:new\s+)?(?:[\w.]*\.)?InstanceType\(\s*(['"])([a-z0-9.-]+)\1\s*,?\s*\)$/.exec(text);
  return ctor ? ctor[2] : undefined;
}
