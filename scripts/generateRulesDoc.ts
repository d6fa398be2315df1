/** npm run docs:rules — writes docs/rules.md from the rule metadata. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { RULES } from '../src/core/rules/index';
import { SUPPRESSION_RULE } from '../src/core/rules/suppressions';
import { renderRulesDoc } from './rulesDoc';

const file = path.resolve(__dirname, '..', 'docs', 'rules.md');
fs.mkdirSync(path.dirname(file), { recursive: true });
fs.writeFileSync(file, renderRulesDoc([...RULES.map(r => r.meta), SUPPRESSION_RULE]));
console.log(`wrote ${path.relative(process.cwd(), file)} (${RULES.length} rules)`);
