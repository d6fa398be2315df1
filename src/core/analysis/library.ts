/**
 * The analysis core as one bundle (dist/analysis.js), loaded by the worker (dist/worker.js) and,
 * when a worker cannot start, by the extension host itself. Keeping it out of dist/extension.js
 * means activation never loads the parsers, and the VSIX holds one copy of them.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { KnowledgeBase, type BakedKnowledge } from '../knowledge/knowledgeBase';
import { RULES } from '../rules/index';
import { AnalysisService } from './analysisService';

export { hoverRequest } from './hoverRequest';
export { AnalysisService } from './analysisService';

/** A service whose knowledge base loads from `distDir` on the first hover. */
export function createAnalysisService(distDir: string): AnalysisService {
  let knowledge: KnowledgeBase | undefined;
  return new AnalysisService(
    () => RULES,
    () => {
      if (!knowledge) {
        const baked = JSON.parse(fs.readFileSync(path.join(distDir, 'knowledge.json'), 'utf8')) as BakedKnowledge;
        knowledge = KnowledgeBase.fromBaked(baked, () => fs.readFileSync(path.join(distDir, 'search-index.json'), 'utf8'));
      }
      return knowledge;
    },
  );
}

/** Rule metadata the editor shows (code descriptions, suppress titles) without loading rules itself. */
export function ruleCatalog(): { id: string; knowledge: readonly string[]; fixable: boolean }[] {
  return RULES.map(r => ({ id: r.meta.id, knowledge: r.meta.knowledge, fixable: r.meta.fixable.length > 0 }));
}
