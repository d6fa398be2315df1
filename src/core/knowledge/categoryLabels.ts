import type { Category, LocalizedText } from './types';

/** Human names of the knowledge categories, shown as the first level of the Knowledge tree. */
export const CATEGORY_LABELS: Record<Category, LocalizedText> = {
  compute: { en: 'Compute', ko: '컴퓨팅' },
  storage: { en: 'Storage', ko: '스토리지' },
  networking: { en: 'Networking & content delivery', ko: '네트워킹 및 콘텐츠 전송' },
  databases: { en: 'Databases', ko: '데이터베이스' },
  security: { en: 'Security & identity', ko: '보안 및 자격 증명' },
  management: { en: 'Management & governance', ko: '관리 및 거버넌스' },
  containers: { en: 'Containers', ko: '컨테이너' },
  analytics: { en: 'Analytics & streaming', ko: '분석 및 스트리밍' },
  cost: { en: 'Cost management', ko: '비용 관리' },
  'well-architected': { en: 'Well-Architected', ko: 'Well-Architected 프레임워크' },
  'global-infrastructure': { en: 'Global infrastructure', ko: '글로벌 인프라' },
  ecosystem: { en: 'Support & ecosystem', ko: '지원 및 에코시스템' },
};
