/**
 * Knowledge build: validate every topic (file:line messages), then bake the topics and the
 * MiniSearch index into dist/ so the extension and CLI load JSON only.
 * Run through esbuild.mjs (bundled to .build/ and executed), or `npx tsx scripts/buildKnowledge.ts`.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { buildSearchIndex, type BakedKnowledge } from '../src/core/knowledge/knowledgeBase';
import { formatProblem, validateKnowledge } from '../src/core/knowledge/validate';
import { RULES } from '../src/core/rules/index';
import type { RuleInfo } from '../src/core/rules/ruleTypes';
import { SUPPRESSION_RULE } from '../src/core/rules/suppressions';
import { KNOWN_RULE_IDS } from './knownRuleIds';

import { KNOWLEDGE_DIR, readKnowledgeSchema, readKnowledgeSources } from './knowledgeSources';

export function buildKnowledge(outDir: string): { topics: number; knowledgeBytes: number; indexBytes: number } {
  const sources = readKnowledgeSources();
  const { topics, problems } = validateKnowledge(sources, readKnowledgeSchema(), { knownRuleIds: KNOWN_RULE_IDS });
  if (problems.length > 0) {
    const lines = problems.map(p => formatProblem({ ...p, file: path.join(path.relative(process.cwd(), KNOWLEDGE_DIR), p.file) }));
    throw new Error(`Knowledge validation failed (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n${lines.join('\n')}`);
  }
  topics.sort((a, b) => a.id.localeCompare(b.id));
  const baked: BakedKnowledge = { formatVersion: 1, topics };
  const knowledgeJson = JSON.stringify(baked);
  const indexJson = JSON.stringify(buildSearchIndex(topics));
  fs.mkdirSync(outDir, { recursive: true });
  fs.writeFileSync(path.join(outDir, 'knowledge.json'), knowledgeJson);
  fs.writeFileSync(path.join(outDir, 'search-index.json'), indexJson);
  const rules: RuleInfo[] = [...RULES.map(r => r.meta), SUPPRESSION_RULE].map(m => ({
    id: m.id,
    category: m.category,
    defaultSeverity: m.defaultSeverity,
    formats: m.formats,
    knowledge: m.knowledge,
    why: m.why,
    howToFix: m.howToFix,
    fixable: m.fixable,
  }));
  fs.writeFileSync(path.join(outDir, 'rules.json'), JSON.stringify(rules));
  return { topics: topics.length, knowledgeBytes: Buffer.byteLength(knowledgeJson), indexBytes: Buffer.byteLength(indexJson) };
}

if (require.main === module) {
  try {
    const r = buildKnowledge(path.resolve(process.argv[2] ?? 'dist'));
    console.log(`knowledge: ${r.topics} topics, ${(r.knowledgeBytes / 1024).toFixed(0)} KB topics + ${(r.indexBytes / 1024).toFixed(0)} KB index`);
  } catch (e) {
    console.error((e as Error).message);
    process.exit(1);
  }
}
