/**
 * Knowledge benchmarks, reported as ratios to a baseline measured in the same run (machines are
 * noisy): loading the baked index vs a plain JSON.parse of the same bytes, and search latency vs
 * a plain linear substring scan over all topic text.
 * Run: npm run bench (builds dist/ first).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { KnowledgeBase, type BakedKnowledge } from '../src/core/knowledge/knowledgeBase';
import { ENGLISH_QUERIES, KOREAN_QUERIES } from '../test/unit/knowledge/searchQueries';

const dist = path.resolve(__dirname, '..', 'dist');
const knowledgeText = fs.readFileSync(path.join(dist, 'knowledge.json'), 'utf8');
const indexText = fs.readFileSync(path.join(dist, 'search-index.json'), 'utf8');

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function time(fn: () => void, runs: number): number {
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    out.push(performance.now() - t);
  }
  return median(out);
}

const topicsMs = time(() => KnowledgeBase.fromBaked(JSON.parse(knowledgeText) as BakedKnowledge, indexText), 15);
const loadMs = time(() => KnowledgeBase.fromBaked(JSON.parse(knowledgeText) as BakedKnowledge, indexText).search('s3', 'en'), 15);
const parseMs = time(() => {
  JSON.parse(knowledgeText);
  JSON.parse(indexText);
}, 15);

const kb = KnowledgeBase.fromBaked(JSON.parse(knowledgeText) as BakedKnowledge, indexText);
const queries = [...KOREAN_QUERIES, ...ENGLISH_QUERIES].map(([q]) => q);
const haystack = kb.all().map(t => `${t.title.en} ${t.title.ko} ${t.summary.en} ${t.summary.ko} ${t.body.en} ${t.body.ko}`.toLowerCase());
const searchMs = median(queries.map(q => time(() => kb.search(q, 'en', 20), 20)));
const scanMs = median(queries.map(q => time(() => haystack.filter(h => h.includes(q.toLowerCase())), 20)));

const kb1 = (n: number) => `${(n / 1024).toFixed(0)} KB`;
console.log(`topics: ${kb.size}; baked ${kb1(knowledgeText.length)} + index ${kb1(indexText.length)}; bundle ${kb1(fs.statSync(path.join(dist, 'extension.js')).size)}`);
console.log(`load topics (tree, panel): ${topicsMs.toFixed(1)} ms; first search (topics + index): ${loadMs.toFixed(1)} ms`);
console.log(`load baked knowledge + index: ${loadMs.toFixed(1)} ms = ${(loadMs / parseMs).toFixed(2)} × plain JSON.parse of the same files (${parseMs.toFixed(1)} ms)`);
console.log(`search median: ${searchMs.toFixed(3)} ms = ${(searchMs / scanMs).toFixed(2)} × a linear substring scan of all topic text (${scanMs.toFixed(3)} ms)`);
