/**
 * npm run sync:knowledge-rules — writes each topic's `rules:` list from the rules' `knowledge`
 * metadata, so the link runs both ways (a hover on a topic lists its rules; a finding links its
 * topics). The unit tests fail when the two disagree.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { RULES } from '../src/core/rules/index';
import { KNOWLEDGE_DIR, readKnowledgeSources } from './knowledgeSources';

export function rulesByTopic(): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const r of RULES) for (const t of r.meta.knowledge) map.set(t, [...(map.get(t) ?? []), r.meta.id].sort());
  return map;
}

if (require.main === module) {
  const byTopic = rulesByTopic();
  let changed = 0;
  for (const source of readKnowledgeSources()) {
    const id = (parseYaml(source.text) as { id: string }).id;
    const list = byTopic.get(id) ?? [];
    const line = `rules: [${list.join(', ')}]`;
    const next = source.text.replace(/^rules:.*(?:\n[ ]+-.*)*$/m, line);
    if (next !== source.text) {
      fs.writeFileSync(path.join(KNOWLEDGE_DIR, source.path), next);
      changed++;
    }
  }
  console.log(`sync:knowledge-rules: ${changed} topic file(s) updated`);
}
