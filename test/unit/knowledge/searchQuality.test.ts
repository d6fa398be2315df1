/**
 * Search quality over the real knowledge base: each query's expected topic must be in the top 3,
 * and the mean reciprocal rank over all queries must be at least 0.9.
 */
import * as assert from 'node:assert/strict';
import { KnowledgeBase } from '../../../src/core/knowledge/knowledgeBase';
import { validateKnowledge } from '../../../src/core/knowledge/validate';
import { KNOWN_RULE_IDS } from '../../../scripts/knownRuleIds';
import { readKnowledgeSchema, readKnowledgeSources } from '../../../scripts/knowledgeSources';
import { ENGLISH_QUERIES, KOREAN_QUERIES } from './searchQueries';

describe('search quality', () => {
  const { topics } = validateKnowledge(readKnowledgeSources(), readKnowledgeSchema(), { knownRuleIds: KNOWN_RULE_IDS });
  const kb = KnowledgeBase.fromTopics(topics);
  const ranks: number[] = [];

  it('has at least 20 Korean and 20 English queries', () => {
    assert.ok(KOREAN_QUERIES.length >= 20 && ENGLISH_QUERIES.length >= 20);
  });

  for (const [lang, queries] of [['ko', KOREAN_QUERIES], ['en', ENGLISH_QUERIES]] as const) {
    for (const [query, expected] of queries) {
      it(`${lang}: "${query}" → ${expected} in the top 3`, () => {
        const ids = kb.search(query, lang, 10).map(h => h.id);
        const rank = ids.indexOf(expected) + 1;
        ranks.push(rank === 0 ? 0 : 1 / rank);
        assert.ok(rank >= 1 && rank <= 3, `got ${ids.slice(0, 5).join(', ')}`);
      });
    }
  }

  it('mean reciprocal rank ≥ 0.9', () => {
    assert.equal(ranks.length, KOREAN_QUERIES.length + ENGLISH_QUERIES.length);
    const mrr = ranks.reduce((a, b) => a + b, 0) / ranks.length;
    console.log(`      search MRR over ${ranks.length} queries: ${mrr.toFixed(3)}`);
    assert.ok(mrr >= 0.9, `MRR ${mrr.toFixed(3)}`);
  });

  it('finds topics in both languages whatever the query language', () => {
    assert.equal(kb.search('보안그룹', 'en', 1)[0]?.title, kb.topic('security-groups')?.title.en);
    assert.equal(kb.search('security group', 'ko', 1)[0]?.title, kb.topic('security-groups')?.title.ko);
  });

  it('returns nothing for an empty query or noise', () => {
    assert.deepEqual(kb.search('   ', 'en'), []);
    assert.deepEqual(kb.search('zzqxv', 'en'), []);
  });
});
