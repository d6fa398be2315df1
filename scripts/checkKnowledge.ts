/**
 * Validates knowledge/ and prints file:line problems. `--partial` tolerates `related` links to
 * required topics that are not written yet (for authoring one category at a time).
 * Usage: npx tsx scripts/checkKnowledge.ts [--partial] [category…]
 */
import { formatProblem, validateKnowledge } from '../src/core/knowledge/validate';
import { REQUIRED_TOPICS } from '../test/unit/knowledge/requiredTopics';
import { KNOWN_RULE_IDS } from './knownRuleIds';
import { readKnowledgeSchema, readKnowledgeSources } from './knowledgeSources';

const args = process.argv.slice(2);
const partial = args.includes('--partial');
const only = args.filter(a => !a.startsWith('--'));
const required = new Set(Object.values(REQUIRED_TOPICS).flat());
const { topics, problems } = validateKnowledge(readKnowledgeSources(), readKnowledgeSchema(), { knownRuleIds: KNOWN_RULE_IDS });
const shown = problems.filter(p => {
  if (only.length && !only.some(c => p.file.startsWith(`${c}/`))) return false;
  const m = /^related topic "([^"]+)" does not exist$/.exec(p.message);
  return !(partial && m && required.has(m[1]));
});
for (const p of shown) console.log(formatProblem({ ...p, file: `knowledge/${p.file}` }));
const inScope = topics.filter(t => !only.length || only.includes(t.category));
const missing = Object.entries(REQUIRED_TOPICS)
  .filter(([c]) => !only.length || only.includes(c))
  .flatMap(([, ids]) => ids)
  .filter(id => !topics.some(t => t.id === id));
console.log(`${inScope.length} topics checked, ${shown.length} problems` + (missing.length ? `; required but missing: ${missing.join(', ')}` : ''));
process.exit(shown.length ? 1 : 0);
