import * as fs from 'node:fs';
import * as path from 'node:path';
import { KnowledgeBase, type BakedKnowledge } from '../core/knowledge/knowledgeBase';

/**
 * Loads the knowledge base baked by the build (dist/knowledge.json + dist/search-index.json)
 * on first use, so activation itself reads nothing; the search index loads on the first search.
 */
export class KnowledgeLoader {
  private cached: KnowledgeBase | undefined;

  constructor(private readonly distDir: string, private readonly onLoaded: (message: string) => void = () => undefined) {}

  get(): KnowledgeBase {
    if (!this.cached) {
      const start = performance.now();
      const baked = JSON.parse(fs.readFileSync(path.join(this.distDir, 'knowledge.json'), 'utf8')) as BakedKnowledge;
      this.cached = KnowledgeBase.fromBaked(baked, () => fs.readFileSync(path.join(this.distDir, 'search-index.json'), 'utf8'));
      this.onLoaded(`Knowledge base loaded: ${this.cached.size} topics in ${(performance.now() - start).toFixed(1)} ms`);
    }
    return this.cached;
  }
}
