/**
 * npm run sync:registry — rewrites src/core/rules/index.ts as the explicit, sorted list of every
 * rule file under src/core/rules/<service>/ (the registry test checks the file matches).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

const RULES_DIR = path.resolve(__dirname, '..', 'src', 'core', 'rules');

export function renderRegistry(): string {
  const rules: { service: string; id: string }[] = [];
  for (const d of fs.readdirSync(RULES_DIR, { withFileTypes: true })) {
    if (!d.isDirectory() || d.name === 'helpers') continue;
    for (const f of fs.readdirSync(path.join(RULES_DIR, d.name))) if (f.endsWith('.ts')) rules.push({ service: d.name, id: f.slice(0, -3) });
  }
  rules.sort((a, b) => (a.id < b.id ? -1 : 1));
  const ident = (id: string) => id.replace(/-([a-z0-9])/g, (_m, c: string) => c.toUpperCase());
  return [
    '/**',
    ' * The registry: every rule, listed explicitly and sorted by id (a unit test checks the order,',
    ' * that every file under rules/<service>/ is listed, and that each has its own test file).',
    ' * Written by `npm run sync:registry`.',
    ' */',
    "import type { RuleModule } from './ruleTypes';",
    ...rules.map(r => `import ${ident(r.id)} from './${r.service}/${r.id}';`),
    '',
    'export const RULES: readonly RuleModule[] = [',
    ...rules.map(r => `  ${ident(r.id)},`),
    '];',
    '',
    'export function ruleById(id: string): RuleModule | undefined {',
    '  return RULES.find(r => r.meta.id === id);',
    '}',
    '',
  ].join('\n');
}

if (require.main === module) {
  fs.writeFileSync(path.join(RULES_DIR, 'index.ts'), renderRegistry());
  console.log('sync:registry: src/core/rules/index.ts written');
}
