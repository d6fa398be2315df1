/** Plain-data types of a knowledge topic, as written in knowledge/<category>/<id>.yaml. */

export type Language = 'en' | 'ko';
export const LANGUAGES: readonly Language[] = ['en', 'ko'];

export interface LocalizedText {
  en: string;
  ko: string;
}

export type Category =
  | 'compute' | 'storage' | 'networking' | 'databases' | 'security' | 'management'
  | 'containers' | 'analytics' | 'cost' | 'well-architected' | 'global-infrastructure' | 'ecosystem';

/** Display order of categories in the sidebar. */
export const CATEGORIES: readonly Category[] = [
  'compute', 'storage', 'networking', 'databases', 'security', 'management',
  'containers', 'analytics', 'cost', 'well-architected', 'global-infrastructure', 'ecosystem',
];

export type Pillar =
  | 'operational-excellence' | 'security' | 'reliability'
  | 'performance-efficiency' | 'cost-optimization' | 'sustainability';

export interface PropertyNote {
  cloudformation?: string;
  terraform?: string;
  cdk?: string;
  note: LocalizedText;
}

export interface ValueNote {
  match: string[];
  properties?: string[];
  note: LocalizedText;
}

export interface AppliesTo {
  cloudformation?: string[];
  terraform?: string[];
  cdk?: string[];
  properties?: PropertyNote[];
  values?: ValueNote[];
}

export interface Link {
  title: string;
  url: string;
}

export interface UpdateNote {
  date: string;
  change: LocalizedText;
}

export interface Topic {
  id: string;
  title: LocalizedText;
  summary: LocalizedText;
  body: LocalizedText;
  category: Category;
  pillars: Pillar[];
  keywords: { en: string[]; ko: string[] };
  appliesTo?: AppliesTo;
  rules?: string[];
  related: string[];
  links: Link[];
  sources: string[];
  updated?: UpdateNote[];
}

/** The order keys must appear in, in every topic file (DESIGN.md, "Knowledge base"). */
export const TOPIC_KEY_ORDER: readonly (keyof Topic)[] = [
  'id', 'title', 'summary', 'body', 'category', 'pillars', 'keywords', 'appliesTo',
  'rules', 'related', 'links', 'sources', 'updated',
];
