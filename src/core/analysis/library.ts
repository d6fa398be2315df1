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

import { hoverRequest } from './hoverRequest';
import type { WorkerPayload } from './workerProtocol';

export { AnalysisService } from './analysisService';
// The pieces the benchmarks time, so they measure this bundle (what the worker and the CLI run) rather
// than a development transform of the sources.
export { parseDocument } from '../iac/parseDocument';
export { lint } from '../rules/engine';
export { RULES };

/** Answers one worker request (the worker and the in-process fallback both come here). */
export async function handleRequest(service: AnalysisService, req: WorkerPayload): Promise<unknown> {
  switch (req.type) {
    case 'configure':
      service.configure(req.settings);
      return undefined;
    case 'analyze':
      return service.analyze(req.request);
    case 'hover':
      return hoverRequest(service, req.uri, req.version, req.position, req.language);
    case 'fixes':
      return service.fixes(req.uri, req.version, req.indices);
    case 'suppress':
      return service.suppress(req.uri, req.version, req.request);
    case 'close':
      service.close(req.uri);
      return undefined;
  }
}

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
