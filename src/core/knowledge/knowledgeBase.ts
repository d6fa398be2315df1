/**
 * The knowledge base at run time: topics by id and category, plus full-text search.
 * Built from the baked JSON (`dist/knowledge.json` + `dist/search-index.json`), so activation
 * parses no YAML and builds no index.
 */
import MiniSearch from 'minisearch';
import { MINISEARCH_OPTIONS, SEARCH_OPTIONS, type SearchDocument } from './searchOptions';
import { CATEGORIES, type Category, type Language, type Topic } from './types';

export interface SearchHit {
  id: string;
  title: string;
  summary: string;
  category: Category;
  score: number;
}

export interface BakedKnowledge {
  formatVersion: 1;
  topics: Topic[];
}

export function toSearchDocument(topic: Topic): SearchDocument {
  return {
    id: topic.id,
    titleEn: topic.title.en,
    titleKo: topic.title.ko,
    keywordsEn: [topic.id.replace(/-/g, ' '), ...topic.keywords.en].join(' ; '),
    keywordsKo: topic.keywords.ko.join(' ; '),
    summaryEn: topic.summary.en,
    summaryKo: topic.summary.ko,
    bodyEn: topic.body.en,
    bodyKo: topic.body.ko,
  };
}

export function buildSearchIndex(topics: readonly Topic[]): MiniSearch<SearchDocument> {
  const index = new MiniSearch<SearchDocument>(MINISEARCH_OPTIONS);
  index.addAll(topics.map(toSearchDocument));
  return index;
}

export class KnowledgeBase {
  private readonly byId = new Map<string, Topic>();
  private loadedIndex: MiniSearch<SearchDocument> | undefined;

  private constructor(topics: readonly Topic[], private readonly loadIndex: () => MiniSearch<SearchDocument>) {
    for (const t of topics) this.byId.set(t.id, t);
  }

  /**
   * From the baked files written by the build. The search index is the expensive part (tens of
   * thousands of terms, with Hangul bigrams), so it is read and loaded on the first search only:
   * browsing the tree or opening a topic never pays for it.
   */
  static fromBaked(baked: BakedKnowledge, indexJson: string | (() => string)): KnowledgeBase {
    if (baked.formatVersion !== 1) throw new Error(`Unsupported knowledge format ${String(baked.formatVersion)}`);
    const read = typeof indexJson === 'string' ? () => indexJson : indexJson;
    return new KnowledgeBase(baked.topics, () => MiniSearch.loadJSON<SearchDocument>(read(), MINISEARCH_OPTIONS));
  }

  /** Builds the index in memory (tests, tools). */
  static fromTopics(topics: readonly Topic[]): KnowledgeBase {
    const index = buildSearchIndex(topics);
    return new KnowledgeBase(topics, () => index);
  }

  private get index(): MiniSearch<SearchDocument> {
    this.loadedIndex ??= this.loadIndex();
    return this.loadedIndex;
  }

  /** Whether the search index has been loaded yet (it loads on the first search). */
  get searchReady(): boolean {
    return this.loadedIndex !== undefined;
  }

  get size(): number {
    return this.byId.size;
  }

  topic(id: string): Topic | undefined {
    return this.byId.get(id);
  }

  all(): Topic[] {
    return [...this.byId.values()];
  }

  /** Categories that have at least one topic, in display order. */
  categories(): Category[] {
    const present = new Set([...this.byId.values()].map(t => t.category));
    return CATEGORIES.filter(c => present.has(c));
  }

  /** Topics of one category, sorted by their title in the given language. */
  topicsIn(category: Category, language: Language): Topic[] {
    const collator = new Intl.Collator(language);
    return [...this.byId.values()]
      .filter(t => t.category === category)
      .sort((a, b) => collator.compare(a.title[language], b.title[language]));
  }

  /** Best first. Finds topics in both languages whatever the query's language. */
  search(query: string, language: Language, limit = 20): SearchHit[] {
    const q = query.trim();
    if (!q) return [];
    return this.index
      .search(q, SEARCH_OPTIONS)
      .slice(0, limit)
      .flatMap(r => {
        const t = this.byId.get(String(r.id));
        return t ? [{ id: t.id, title: t.title[language], summary: t.summary[language], category: t.category, score: r.score }] : [];
      });
  }
}
