/** Reads knowledge/**\/*.yaml from disk for the build and the tests (the core itself takes text). */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { SourceFile } from '../src/core/knowledge/validate';

export const KNOWLEDGE_DIR = path.resolve(__dirname, '..', 'knowledge');

export function readKnowledgeSources(dir = KNOWLEDGE_DIR): SourceFile[] {
  const files: SourceFile[] = [];
  for (const category of fs.readdirSync(dir, { withFileTypes: true })) {
    if (!category.isDirectory()) continue;
    for (const f of fs.readdirSync(path.join(dir, category.name)).sort()) {
      if (!f.endsWith('.yaml')) continue;
      const rel = `${category.name}/${f}`;
      files.push({ path: rel, text: fs.readFileSync(path.join(dir, rel), 'utf8') });
    }
  }
  return files;
}

export function readKnowledgeSchema(dir = KNOWLEDGE_DIR): object {
  return JSON.parse(fs.readFileSync(path.join(dir, 'schema.json'), 'utf8')) as object;
}
