/**
 * Strings that belong to the knowledge content and therefore follow the `awsFieldGuide.language`
 * setting live (panel headings, tree messages, search placeholders). Plain editor notifications use
 * `vscode.l10n` in src/vscode instead, which follows the editor's display language.
 */
import type { Language } from '../knowledge/types';

const STRINGS = {
  relatedTopics: { en: 'Related topics', ko: '관련 주제' },
  rulesThatCheck: { en: 'What AWS Field Guide checks', ko: 'AWS Field Guide가 검사하는 항목' },
  howToFix: { en: 'How to fix', ko: '고치는 방법' },
  defaultSeverity: { en: 'Default severity', ko: '기본 심각도' },
  awsDocumentation: { en: 'AWS documentation', ko: 'AWS 공식 문서' },
  whatChanged: { en: 'What changed since the field note', ko: '노트 작성 이후 달라진 점' },
  sources: { en: 'Field notes', ko: '출처 노트' },
  pillars: { en: 'Well-Architected pillars', ko: 'Well-Architected 원칙' },
  appliesTo: { en: 'Applies to', ko: '적용 대상' },
  propertyNotes: { en: 'Property notes', ko: '속성별 참고' },
  searchPlaceholder: { en: 'Search AWS topics in English or Korean (e.g. "NACL outbound", "보안그룹의")', ko: 'AWS 주제를 한국어나 영어로 검색하세요 (예: "NACL 아웃바운드", "storage class")' },
  searchTitle: { en: 'AWS Field Guide: Search Knowledge', ko: 'AWS Field Guide: 지식 검색' },
  noResults: { en: 'No topic matches "{0}"', ko: '"{0}"에 맞는 주제가 없습니다' },
  filterPrompt: { en: 'Show only topics matching these words', ko: '이 단어와 맞는 주제만 표시' },
  filterMessage: { en: 'Filter: "{0}" — {1} topics', ko: '필터: "{0}" — 주제 {1}개' },
  topicCount: { en: '{0} topics', ko: '주제 {0}개' },
} as const satisfies Record<string, Record<Language, string>>;

export type UiStringId = keyof typeof STRINGS;

/** `{0}`, `{1}`… are replaced by the arguments, in order. */
export function uiString(id: UiStringId, language: Language, ...args: (string | number)[]): string {
  return STRINGS[id][language].replace(/\{(\d+)\}/g, (m, i: string) => (args[Number(i)] !== undefined ? String(args[Number(i)]) : m));
}

export const PILLAR_LABELS = {
  'operational-excellence': { en: 'Operational excellence', ko: '운영 우수성' },
  security: { en: 'Security', ko: '보안' },
  reliability: { en: 'Reliability', ko: '안정성' },
  'performance-efficiency': { en: 'Performance efficiency', ko: '성능 효율성' },
  'cost-optimization': { en: 'Cost optimization', ko: '비용 최적화' },
  sustainability: { en: 'Sustainability', ko: '지속 가능성' },
} as const satisfies Record<string, Record<Language, string>>;
