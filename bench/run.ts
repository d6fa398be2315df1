/**
 * npm run bench: runs every bench/*.bench.ts in its own process (one at a time, so they do not
 * compete for the two cores) and prints their lines. Benchmarks report ratios to a baseline
 * measured in the same run; they are not tests and never fail on a number.
 * Usage: npm run bench [-- <name filter>]
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';

const filter = process.argv[2];
const files = fs.readdirSync(__dirname).filter(f => f.endsWith('.bench.ts') && (!filter || f.includes(filter))).sort();
const tsx = path.join(__dirname, '..', 'node_modules', '.bin', 'tsx');
let failed = 0;
for (const f of files) {
  console.log(`\n## ${f.replace('.bench.ts', '')}`);
  const r = spawnSync(tsx, [path.join(__dirname, f)], { stdio: 'inherit' });
  if (r.status !== 0) failed++;
}
process.exit(failed ? 1 : 0);
