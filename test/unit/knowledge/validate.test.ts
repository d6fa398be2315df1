import * as assert from 'node:assert/strict';
import { validateKnowledge, type SourceFile } from '../../../src/core/knowledge/validate';
import { readKnowledgeSchema } from '../../../scripts/knowledgeSources';

const schema = readKnowledgeSchema();
const noRules = { knownRuleIds: new Set<string>() };

/** A minimal valid topic; `edit` rewrites its text to make one thing wrong. */
function topic(id: string, edit: (text: string) => string = t => t, category = 'storage'): SourceFile {
  const text = `id: ${id}
title:
  en: Title ${id}
  ko: 제목 ${id}
summary:
  en: A short summary.
  ko: 짧은 요약입니다.
body:
  en: |
    ## What it is
    Body text.
  ko: |
    ## 무엇인가
    본문입니다.
category: ${category}
pillars: [reliability]
keywords:
  en: [word]
  ko: [단어]
rules: []
related: []
links:
  - title: Docs
    url: https://docs.aws.amazon.com/AmazonS3/latest/userguide/Welcome.html
sources: [002_b13e0533295762e0.txt]
`;
  return { path: `${category}/${id}.yaml`, text: edit(text) };
}

function problemsOf(files: SourceFile[], rules = noRules) {
  return validateKnowledge(files, schema, rules).problems.map(p => `${p.file}:${p.line}: ${p.message}`);
}

describe('knowledge validation', () => {
  it('accepts a well-formed topic', () => {
    const r = validateKnowledge([topic('alpha')], schema, noRules);
    assert.deepEqual(r.problems, []);
    assert.equal(r.topics[0].id, 'alpha');
  });

  it('reports an unknown key at its line', () => {
    const p = problemsOf([topic('alpha', t => t.replace('pillars:', 'colour: red\npillars:'))]);
    assert.deepEqual(p, ['storage/alpha.yaml:1: (root): unknown key "colour"']);
  });

  it('reports a missing Korean text at the parent line', () => {
    const p = problemsOf([topic('alpha', t => t.replace('  ko: 짧은 요약입니다.\n', ''))]);
    assert.equal(p.length, 1);
    assert.match(p[0], /^storage\/alpha\.yaml:6: \/summary: must have required property 'ko'$/);
  });

  it('reports an empty English title', () => {
    const p = problemsOf([topic('alpha', t => t.replace('  en: Title alpha', "  en: ''"))]);
    assert.ok(p.some(x => x.startsWith('storage/alpha.yaml:3: /title/en:')), p.join('\n'));
  });

  it('requires Korean text to be Korean', () => {
    const p = problemsOf([topic('alpha', t => t.replace('본문입니다.', 'Body again.').replace('짧은 요약입니다.', 'summary'))]);
    assert.ok(p.some(x => /must be written in Korean/.test(x)), p.join('\n'));
  });

  it('requires id == file name and category == folder', () => {
    const file = topic('alpha');
    const p = problemsOf([{ ...file, path: 'compute/beta.yaml' }]);
    assert.deepEqual(p, [
      'compute/beta.yaml:1: id "alpha" must equal the file name "beta"',
      'compute/beta.yaml:15: category "storage" must equal the folder "compute"',
    ]);
  });

  it('reports a related id that does not exist, at its own line', () => {
    const p = problemsOf([topic('alpha', t => t.replace('related: []', 'related:\n  - beta\n  - gamma')), topic('beta')]);
    assert.deepEqual(p, ['storage/alpha.yaml:23: related topic "gamma" does not exist']);
  });

  it('reports unknown rule ids and accepts known ones', () => {
    const file = topic('alpha', t => t.replace('rules: []', 'rules: [s3-bucket-versioning]'));
    assert.deepEqual(problemsOf([file]), ['storage/alpha.yaml:20: unknown rule id "s3-bucket-versioning"']);
    assert.deepEqual(problemsOf([file], { knownRuleIds: new Set(['s3-bucket-versioning']) }), []);
  });

  it('enforces the key order', () => {
    const p = problemsOf([topic('alpha', t => t.replace('category: storage\n', '').replace('rules: []', 'rules: []\ncategory: storage'))]);
    assert.equal(p.length, 1);
    assert.match(p[0], /key "category" is out of order/);
  });

  it('reports YAML syntax errors with their position', () => {
    const p = problemsOf([topic('alpha', t => t.replace('pillars: [reliability]', 'pillars: [reliability'))]);
    assert.ok(p.length >= 1 && p.every(x => x.startsWith('storage/alpha.yaml:') && x.includes('YAML')), p.join('\n'));
  });

  it('rejects duplicate ids and non-AWS links', () => {
    const a = topic('alpha');
    const p = problemsOf([a, { ...a, path: 'storage/alpha.yaml' }]);
    assert.ok(p.some(x => /duplicate id "alpha"/.test(x)));
    const bad = problemsOf([topic('alpha', t => t.replace('https://docs.aws.amazon.com/AmazonS3/latest/userguide/Welcome.html', 'http://example.com/x'))]);
    assert.ok(bad.some(x => x.startsWith('storage/alpha.yaml:24: /links/0/url')), bad.join('\n'));
  });
});
