import * as assert from 'node:assert/strict';
import { AnalysisService, DEFAULT_SETTINGS } from '../../../src/core/analysis/analysisService';
import { hoverRequest } from '../../../src/core/analysis/hoverRequest';
import { KnowledgeBase } from '../../../src/core/knowledge/knowledgeBase';
import { validateKnowledge } from '../../../src/core/knowledge/validate';
import { lint, resolveFixes } from '../../../src/core/rules/engine';
import { RULES } from '../../../src/core/rules/index';
import { parseDocument } from '../../../src/core/iac/parseDocument';
import { readKnowledgeSchema, readKnowledgeSources } from '../../../scripts/knowledgeSources';
import { KNOWN_RULE_IDS } from '../../../scripts/knownRuleIds';

const YAML = 'Resources:\n  Logs:\n    Type: AWS::S3::Bucket\n';

function service(): AnalysisService {
  const { topics } = validateKnowledge(readKnowledgeSources(), readKnowledgeSchema(), { knownRuleIds: KNOWN_RULE_IDS });
  const kb = KnowledgeBase.fromTopics(topics);
  return new AnalysisService(() => RULES, () => kb);
}

describe('AnalysisService', () => {
  it('analyses a version once; fixes are built on request for that version only', async () => {
    const s = service();
    const r = await s.analyze({ uri: 'file:///a.yaml', version: 1, text: YAML });
    assert.equal(r.format, 'cloudformation');
    const i = r.findings.findIndex(f => f.ruleId === 's3-versioning-enabled');
    assert.ok(i >= 0 && r.findings[i].fixable && r.findings[i].fix === undefined, 'fixes are not built up front');
    assert.equal(await s.analyze({ uri: 'file:///a.yaml', version: 1, text: YAML }), r, 'same version: cached result');
    const [fixes] = s.fixes('file:///a.yaml', 1, [i])!;
    assert.equal(fixes.fix?.title, 'Enable versioning');
    assert.equal(s.fixes('file:///a.yaml', 2, [i]), undefined, 'another version: no fix');
  });

  it('hovers answer from the analysed version, and not from another', async () => {
    const s = service();
    await s.analyze({ uri: 'file:///a.yaml', version: 3, text: YAML });
    const h = hoverRequest(s, 'file:///a.yaml', 3, { line: 2, character: 14 }, 'en');
    assert.equal(h?.target, 'type');
    assert.match(h!.markdown, /aws-resource-s3-bucket\.html/);
    assert.equal(hoverRequest(s, 'file:///a.yaml', 4, { line: 2, character: 14 }, 'en'), undefined);
  });

  it('settings: severities, a format turned off, the size limit', async () => {
    const s = service();
    s.configure({ ...DEFAULT_SETTINGS, severities: { 's3-versioning-enabled': 'off' } });
    const off = await s.analyze({ uri: 'file:///a.yaml', version: 1, text: YAML });
    assert.ok(!off.findings.some(f => f.ruleId === 's3-versioning-enabled'));
    s.configure({ ...DEFAULT_SETTINGS, formats: ['terraform'] });
    const cfnOff = await s.analyze({ uri: 'file:///a.yaml', version: 1, text: YAML });
    assert.deepEqual([cfnOff.findings.length, cfnOff.skipped], [0, 'cloudformation analysis is turned off (awsFieldGuide.formats)']);
    s.configure({ ...DEFAULT_SETTINGS, maxFileBytes: 10 });
    const big = await s.analyze({ uri: 'file:///a.yaml', version: 2, text: YAML });
    assert.equal(big.format, 'cloudformation');
    assert.match(big.skipped!, /larger than the 0 KB size limit/);
    const binary = await s.analyze({ uri: 'file:///b.json', version: 1, text: '{\u0000\u0001' });
    assert.deepEqual([binary.format, binary.skipped], [undefined, 'binary file']);
  });

  it('suppress edits come from the analysed text', async () => {
    const s = service();
    await s.analyze({ uri: 'file:///a.yaml', version: 1, text: YAML });
    const edits = s.suppress('file:///a.yaml', 1, { ruleId: 's3-versioning-enabled', resource: 'Logs', reason: 'temp' });
    assert.equal(edits[0].newText, '  # aws-field-guide:ignore s3-versioning-enabled -- temp\n');
    assert.deepEqual(s.suppress('file:///a.yaml', 9, { ruleId: 's3-versioning-enabled', resource: 'Logs', reason: 'temp' }), []);
  });

  it('engine: lazy fixes resolve to the same fix an eager lint builds', async () => {
    const doc = await parseDocument(YAML, { uri: 'file:///a.yaml' });
    const eager = lint(doc, YAML, { rules: RULES, computeFixes: true }).findings;
    const lazy = lint(doc, YAML, { rules: RULES, computeFixes: 'lazy' }).findings;
    assert.equal(lazy.length, eager.length);
    lazy.forEach((f, k) => assert.deepEqual(resolveFixes(f), { fix: eager[k].fix, suggestions: eager[k].suggestions }));
  });
});
