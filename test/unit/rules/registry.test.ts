/**
 * The registry and every rule's metadata, checked together: each rule file is listed (sorted),
 * has its own test file, links knowledge topics that exist (and the topics list it back), has
 * messages in both languages with the same placeholders, and ships good/bad examples that behave.
 * docs/rules.md must be what the metadata generates.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { readKnowledgeSources } from '../../../scripts/knowledgeSources';
import { renderRulesDoc } from '../../../scripts/rulesDoc';
import { rulesByTopic } from '../../../scripts/syncKnowledgeRules';
import { expectedManifest, MANIFEST_FILES, serialize } from '../../../scripts/syncManifest';
import { parseDocument } from '../../../src/core/iac/parseDocument';
import { lint } from '../../../src/core/rules/engine';
import { RULES } from '../../../src/core/rules/index';
import type { FormatFamily, RuleExample } from '../../../src/core/rules/ruleTypes';
import { SUPPRESSION_RULE } from '../../../src/core/rules/suppressions';
import { applyFixes, TEST_TODAY } from './ruleTester';

const ROOT = path.resolve(__dirname, '..', '..', '..');
const RULES_DIR = path.join(ROOT, 'src', 'core', 'rules');
const NOT_SERVICES = new Set(['helpers']);

function ruleFiles(): { service: string; id: string }[] {
  const out: { service: string; id: string }[] = [];
  for (const d of fs.readdirSync(RULES_DIR, { withFileTypes: true })) {
    if (!d.isDirectory() || NOT_SERVICES.has(d.name)) continue;
    for (const f of fs.readdirSync(path.join(RULES_DIR, d.name))) if (f.endsWith('.ts')) out.push({ service: d.name, id: f.replace(/\.ts$/, '') });
  }
  return out;
}

const topics = new Map(readKnowledgeSources().map(s => {
  const t = parseYaml(s.text) as { id: string; rules?: string[] };
  return [t.id, t] as const;
}));

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map(m => m[1]).sort();
const EXAMPLE_FAMILY: Record<RuleExample['format'], FormatFamily> = { cloudformation: 'cloudformation', terraform: 'terraform', 'cdk-typescript': 'cdk', 'cdk-python': 'cdk' };
const EXAMPLE_FILE: Record<RuleExample['format'], string> = { cloudformation: 'template.yaml', terraform: 'main.tf', 'cdk-typescript': 'stack.ts', 'cdk-python': 'app.py' };

describe('rule registry', () => {
  it('lists every rule file once, sorted by id', () => {
    const ids = RULES.map(r => r.meta.id);
    assert.deepEqual(ids, [...ids].sort(), 'RULES must be sorted by id');
    assert.equal(new Set(ids).size, ids.length, 'duplicate ids');
    assert.deepEqual([...ids].sort(), ruleFiles().map(f => f.id).sort(), 'every src/core/rules/<service>/<id>.ts is registered, and nothing else');
  });

  it('every rule has its own test file', () => {
    for (const f of ruleFiles()) {
      const test = path.join(ROOT, 'test', 'unit', 'rules', f.service, `${f.id}.test.ts`);
      assert.ok(fs.existsSync(test), `missing ${path.relative(ROOT, test)}`);
    }
  });

  it('docs/rules.md is up to date (npm run docs:rules)', () => {
    const committed = fs.readFileSync(path.join(ROOT, 'docs', 'rules.md'), 'utf8');
    assert.ok(committed === renderRulesDoc([...RULES.map(r => r.meta), SUPPRESSION_RULE]), 'docs/rules.md is stale: run npm run docs:rules');
  });

  it('knowledge topics list exactly the rules that link them (npm run sync:knowledge-rules)', () => {
    const expected = rulesByTopic();
    for (const [id, topic] of topics) assert.deepEqual([...(topic.rules ?? [])].sort(), expected.get(id) ?? [], `topic ${id}`);
  });

  for (const rule of RULES) {
    const { meta } = rule;
    describe(meta.id, () => {
      it('metadata is complete and consistent', () => {
        assert.match(meta.id, /^[a-z0-9]+(-[a-z0-9]+)+$/);
        assert.ok(ruleFiles().some(f => f.id === meta.id), 'id equals its file name');
        assert.ok(meta.appliesTo.length > 0 && meta.formats.length > 0);
        for (const f of meta.fixable) assert.ok(meta.formats.includes(f), `fixable ${f} is not a covered format`);
        assert.ok(meta.knowledge.length > 0, 'links at least one knowledge topic');
        for (const k of meta.knowledge) assert.ok(topics.has(k), `unknown knowledge topic ${k}`);
        for (const [id, m] of Object.entries(meta.messages)) {
          assert.ok(m.en.trim() && m.ko.trim(), `message ${id} needs en and ko`);
          assert.deepEqual(placeholders(m.ko), placeholders(m.en), `message ${id}: the same placeholders in both languages`);
          assert.match(m.ko, /[\uac00-\ud7a3]/, `message ${id}: the Korean text is Korean`);
        }
        for (const t of [meta.why, meta.howToFix]) assert.ok(t.en.trim() && t.ko.trim());
      });

      it('has a good/bad example for every format family it covers, and they behave', async () => {
        for (const family of meta.formats) assert.ok(meta.examples.some(e => EXAMPLE_FAMILY[e.format] === family), `no example for ${family}`);
        for (const ex of meta.examples) {
          for (const [which, code] of [['bad', ex.bad], ['good', ex.good]] as const) {
            const doc = await parseDocument(code, { uri: `file:///examples/${EXAMPLE_FILE[ex.format]}` });
            assert.deepEqual(doc.parseErrors, [], `${ex.format} ${which} example parses`);
            const found = lint(doc, code, { rules: [rule], today: TEST_TODAY, computeFixes: false }).findings.filter(f => f.ruleId === meta.id);
            if (which === 'bad') assert.ok(found.length > 0, `${ex.format} bad example should be reported`);
            else assert.deepEqual(found.map(f => f.message), [], `${ex.format} good example should not be reported`);
          }
        }
      });

      it('its bad examples show the fix it claims, and the fixed text is clean', async () => {
        for (const ex of meta.examples) {
          if (!meta.fixable.includes(EXAMPLE_FAMILY[ex.format])) continue;
          const uri = `file:///examples/${EXAMPLE_FILE[ex.format]}`;
          const doc = await parseDocument(ex.bad, { uri });
          const found = lint(doc, ex.bad, { rules: [rule], today: TEST_TODAY }).findings.filter(f => f.ruleId === meta.id);
          const fixed = found.find(f => f.fix);
          assert.ok(fixed, `${ex.format}: the bad example of a rule fixable in ${EXAMPLE_FAMILY[ex.format]} should carry a fix`);
          // Several fixes may touch the same lines: apply them in passes, as eslint --fix does.
          let text = ex.bad;
          let current = found;
          for (let pass = 0; pass < 10 && current.some(f => f.fix); pass++) {
            text = applyFixes(text, current);
            const after = await parseDocument(text, { uri });
            assert.deepEqual(after.parseErrors, [], `${ex.format}: the fixed example parses:\n${text}`);
            current = lint(after, text, { rules: [rule], today: TEST_TODAY }).findings.filter(f => f.ruleId === meta.id);
          }
          assert.ok(current.length < found.length, `${ex.format}: the fixes remove findings`);
          assert.deepEqual(current.filter(f => f.fix).map(f => f.message), [], `${ex.format}: no fixable finding is left`);
        }
      });
    });
  }
});

describe('manifest', () => {
  it('package.json and its nls files have a severity setting per rule (npm run sync:manifest)', () => {
    const read = (f: string) => fs.readFileSync(f, 'utf8');
    const expected = expectedManifest(JSON.parse(read(MANIFEST_FILES.pkg)), JSON.parse(read(MANIFEST_FILES.nlsEn)), JSON.parse(read(MANIFEST_FILES.nlsKo)));
    assert.ok(read(MANIFEST_FILES.pkg) === serialize(expected.pkg), 'package.json is stale: run npm run sync:manifest');
    assert.ok(read(MANIFEST_FILES.nlsEn) === serialize(expected.nlsEn), 'package.nls.json is stale: run npm run sync:manifest');
    assert.ok(read(MANIFEST_FILES.nlsKo) === serialize(expected.nlsKo), 'package.nls.ko.json is stale: run npm run sync:manifest');
  });

  it('every nls key used in package.json exists in English and Korean', () => {
    const pkgText = fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8');
    const en = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.nls.json'), 'utf8')) as Record<string, string>;
    const ko = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.nls.ko.json'), 'utf8')) as Record<string, string>;
    for (const [, key] of pkgText.matchAll(/"%([^%"]+)%"/g)) {
      assert.ok(en[key], `package.nls.json lacks ${key}`);
      assert.ok(ko[key], `package.nls.ko.json lacks ${key}`);
    }
  });
});
