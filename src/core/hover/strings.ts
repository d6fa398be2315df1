/** Hover wording in both languages; `{0}`-style placeholders are filled by `hoverString`. */
import type { Severity } from '../rules/ruleTypes';
import type { DocsSource } from './docsLinks';
import type { HoverLanguage } from './types';

const STRINGS = {
  findings: { en: 'Findings', ko: '발견된 문제' },
  openInFieldGuide: { en: 'Open in Field Guide', ko: 'Field Guide에서 열기' },
  openTopic: { en: 'Field Guide: {0}', ko: 'Field Guide: {0}' },
  relatedTopics: { en: 'Related: {0}', ko: '관련: {0}' },
  docs_cloudformation: { en: 'CloudFormation reference: {0}', ko: 'CloudFormation 참조: {0}' },
  docs_sam: { en: 'SAM reference: {0}', ko: 'SAM 참조: {0}' },
  docs_terraform: { en: 'Terraform registry: {0}', ko: 'Terraform 레지스트리: {0}' },
  docs_cdk: { en: 'CDK API reference: {0}', ko: 'CDK API 참조: {0}' },
  storageClassCaption: { en: 'S3 storage classes', ko: 'S3 스토리지 클래스' },
  storageClassFootnote: {
    en: 'Durability is designed for 99.999999999% in every class. Minimum duration and size are billed even when an object is deleted or moved earlier. Checked {0}.',
    ko: '모든 클래스의 설계 내구성은 99.999999999%입니다. 최소 보관 기간과 최소 크기는 더 일찍 삭제·전환해도 청구됩니다. {0} 기준.',
  },
  instanceType: { en: 'Instance type {0}', ko: '인스턴스 유형 {0}' },
  family: { en: 'Family **{0}**: {1}.', ko: '패밀리 **{0}**: {1}.' },
  generation: { en: 'Generation **{0}**: newer generations usually give more performance for the same or a lower price.', ko: '**{0}**세대: 보통 새 세대일수록 같은 가격이나 더 낮은 가격에 더 높은 성능을 냅니다.' },
  attribute: { en: '**{0}**: {1}.', ko: '**{0}**: {1}.' },
  graviton: {
    en: 'Graviton is Arm64: the AMI, container images and native dependencies must be built for arm64.',
    ko: 'Graviton은 Arm64입니다. AMI, 컨테이너 이미지, 네이티브 의존성을 arm64용으로 빌드해야 합니다.',
  },
  burstable: {
    en: 'Sustained CPU above the baseline spends credits; T3/T4g start in unlimited mode and bill the surplus, T2 in standard mode and throttle.',
    ko: '기준을 넘는 CPU를 오래 쓰면 크레딧을 소모합니다. T3/T4g는 기본이 unlimited 모드라 초과분이 과금되고, T2는 standard 모드라 성능이 제한됩니다.',
  },
  previousGeneration: {
    en: '**{0}** is a previous-generation family: still supported, but a current generation costs less for more performance.',
    ko: '**{0}**는 이전 세대 패밀리입니다. 계속 지원되지만 현재 세대가 더 싸고 성능도 높습니다.',
  },
  size: { en: 'Size **{0}**.', ko: '크기 **{0}**.' },
  lambdaRuntime: { en: 'Lambda runtime {0}', ko: 'Lambda 런타임 {0}' },
  runtimeDeprecated: {
    en: '**{0}** (`{1}`) was deprecated on **{2}**: Lambda no longer patches it, and creating and then updating functions on it gets blocked. Existing functions keep running.',
    ko: '**{0}**(`{1}`)는 **{2}**에 지원이 종료되었습니다. 더 이상 보안 패치가 없고, 함수 생성과 이후 업데이트가 차단됩니다. 기존 함수는 계속 실행됩니다.',
  },
  runtimeSoon: {
    en: '**{0}** (`{1}`) is deprecated on **{2}**, in {3} days: plan the upgrade now.',
    ko: '**{0}**(`{1}`)는 **{2}**에 지원이 종료됩니다({3}일 남음). 지금 업그레이드를 계획하세요.',
  },
  runtimeSupported: {
    en: '**{0}** (`{1}`) is supported; deprecation is scheduled for **{2}**.',
    ko: '**{0}**(`{1}`)는 지원 중이며 **{2}**에 지원 종료 예정입니다.',
  },
  runtimeUpgrade: { en: 'Newest runtime of this language: `{0}`.', ko: '이 언어의 최신 런타임: `{0}`.' },
  runtimeDates: { en: 'Lambda runtimes and deprecation dates', ko: 'Lambda 런타임과 지원 종료일' },
  severity_error: { en: 'Error', ko: '오류' },
  severity_warning: { en: 'Warning', ko: '경고' },
  severity_info: { en: 'Info', ko: '정보' },
  severity_hint: { en: 'Hint', ko: '힌트' },
} as const satisfies Record<string, Record<HoverLanguage, string>>;

export type HoverStringId = keyof typeof STRINGS;

export function hoverString(id: HoverStringId, language: HoverLanguage, ...args: (string | number)[]): string {
  return STRINGS[id][language].replace(/\{(\d+)\}/g, (m, i: string) => (args[Number(i)] !== undefined ? String(args[Number(i)]) : m));
}

export function severityLabel(severity: Severity, language: HoverLanguage): string {
  return hoverString(`severity_${severity}`, language);
}

export function docsLabel(source: DocsSource, title: string, language: HoverLanguage): string {
  return hoverString(`docs_${source}`, language, title);
}
