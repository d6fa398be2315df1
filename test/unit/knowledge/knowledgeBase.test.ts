import * as assert from 'node:assert/strict';
import { KnowledgeBase } from '../../../src/core/knowledge/knowledgeBase';
import { formatProblem, validateKnowledge } from '../../../src/core/knowledge/validate';
import { CATEGORIES } from '../../../src/core/knowledge/types';
import { KNOWN_RULE_IDS } from '../../../scripts/knownRuleIds';
import { readKnowledgeSchema, readKnowledgeSources } from '../../../scripts/knowledgeSources';
import { REQUIRED_TOPICS } from './requiredTopics';

describe('the knowledge base (knowledge/)', () => {
  const { topics, problems } = validateKnowledge(readKnowledgeSources(), readKnowledgeSchema(), { knownRuleIds: KNOWN_RULE_IDS });

  it('every topic file is valid', () => {
    assert.deepEqual(problems.map(formatProblem), []);
  });

  it('has every required topic, in its category', () => {
    const byId = new Map(topics.map(t => [t.id, t]));
    const wrong: string[] = [];
    for (const [category, ids] of Object.entries(REQUIRED_TOPICS)) {
      for (const id of ids) {
        const t = byId.get(id);
        if (!t) wrong.push(`missing ${id}`);
        else if (t.category !== category) wrong.push(`${id} is in ${t.category}, expected ${category}`);
      }
    }
    assert.deepEqual(wrong, []);
  });

  it('uses only known categories and covers all of them', () => {
    assert.deepEqual([...new Set(topics.map(t => t.category))].sort(), [...CATEGORIES].sort());
  });

  it('links every topic to at least one other, and only to existing ones', () => {
    const ids = new Set(topics.map(t => t.id));
    const lonely = topics.filter(t => t.related.length === 0).map(t => t.id);
    assert.deepEqual(lonely, []);
    assert.deepEqual(topics.flatMap(t => t.related.filter(r => !ids.has(r)).map(r => `${t.id} → ${r}`)), []);
  });

  it('cites its field notes and official AWS pages', () => {
    for (const t of topics) {
      assert.ok(t.sources.length > 0, t.id);
      assert.ok(t.links.every(l => l.url.startsWith('https://')), t.id);
    }
  });

  it('round-trips through the baked form used at run time', () => {
    const kb = KnowledgeBase.fromTopics(topics);
    const baked = KnowledgeBase.fromBaked({ formatVersion: 1, topics }, JSON.stringify(kb['index']));
    assert.equal(baked.size, topics.length);
    assert.deepEqual(baked.search('security group', 'en', 3).map(h => h.id), kb.search('security group', 'en', 3).map(h => h.id));
  });

  it('reads the search index only on the first search', () => {
    const json = JSON.stringify(KnowledgeBase.fromTopics(topics)['index']);
    let reads = 0;
    const kb = KnowledgeBase.fromBaked({ formatVersion: 1, topics }, () => (reads++, json));
    assert.ok(kb.topic('s3') && kb.topicsIn('storage', 'ko').length > 0);
    assert.equal(reads, 0);
    assert.equal(kb.searchReady, false);
    kb.search('s3', 'en');
    kb.search('ebs', 'ko');
    assert.equal(reads, 1);
    assert.equal(kb.searchReady, true);
  });

  it('rejects a baked file of another format version', () => {
    assert.throws(() => KnowledgeBase.fromBaked({ formatVersion: 2 as 1, topics }, '{}'), /Unsupported knowledge format 2/);
  });
});
