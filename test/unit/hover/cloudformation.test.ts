import * as assert from 'node:assert/strict';
import { hoverAt } from '../../../src/core/hover/hoverAt';
import { renderHoverMarkdown } from '../../../src/core/hover/renderMarkdown';
import { lambdaRuntime } from '../../../src/core/hover/lambdaRuntimes';
import { STORAGE_CLASSES } from '../../../src/core/hover/storageClasses';
import { lint } from '../../../src/core/rules/engine';
import { RULES } from '../../../src/core/rules/index';
import type { Finding } from '../../../src/core/rules/ruleTypes';
import { at, hover, knowledge, options, parse, rangeOf, sectionsOf, TODAY, topicCommands, urls } from './helpers';

const CFN = 'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/';
const GLACIER_ROW = STORAGE_CLASSES.findIndex(c => c.id === 'GLACIER');
const STANDARD_IA_ROW = STORAGE_CLASSES.findIndex(c => c.id === 'STANDARD_IA');

// Korean text and emoji sit before the hovered tokens on the same lines: columns are UTF-16 units.
const YAML = `AWSTemplateFormatVersion: '2010-09-09'
Description: 로그 버킷 🚀 템플릿
Resources:
  # 로그 버킷 — 🪣
  LogsBucket:
    Type: AWS::S3::Bucket
    Properties:
      Tags: [{ Key: 팀, Value: 플랫폼 🚀 }]
      LifecycleConfiguration:
        Rules:
          - { Id: '보관 🧊', Status: Enabled, Transitions: [{ StorageClass: GLACIER, TransitionInDays: 90 }, { StorageClass: STANDARD_IA, TransitionInDays: 30 }] }
  Fn:
    Type: AWS::Lambda::Function
    Properties:
      Description: 오래된 런타임 🐢
      Runtime: nodejs16.x
      MemorySize: 256
  Api:
    Type: AWS::Serverless::Function
    Properties:
      Runtime: python3.12
  Web:
    Type: AWS::EC2::Instance
    Properties: { Tags: [{ Key: 이름, Value: 웹 🌐 }], InstanceType: m4.large }
  Seeder:
    Type: Custom::Seeder
  Twin:
    Type: AWS::IoTTwinMaker::Workspace
`;

function findingsOf(doc: Parameters<typeof lint>[0], text: string, language: 'en' | 'ko'): Finding[] {
  return lint(doc, text, { rules: RULES, language, today: TODAY }).findings;
}

describe('hover: CloudFormation YAML', () => {
  it('on a resource type: topic title and summary, findings with why, property notes in use, links', async () => {
    const doc = await parse(YAML);
    const findings = findingsOf(doc, YAML, 'en');
    const h = hover(doc, at(YAML, 'AWS::S3::Bucket'), 'en', findings);
    assert.ok(h);
    assert.equal(h.target, 'type');
    assert.deepEqual(h.range, rangeOf(YAML, 'AWS::S3::Bucket'));
    const s3 = knowledge().topic('s3')!;
    assert.deepEqual(sectionsOf(h, 'title')[0], { kind: 'title', text: s3.title.en, detail: 'AWS::S3::Bucket' });
    assert.equal(sectionsOf(h, 'summary')[0].markdown, s3.summary.en);

    const [f] = sectionsOf(h, 'findings');
    const versioning = f.items.find(i => i.ruleId === 's3-versioning-enabled');
    assert.ok(versioning, 'the versioning finding is on this bucket');
    assert.match(versioning.message, /LogsBucket/);
    assert.equal(versioning.why, RULES.find(r => r.meta.id === 's3-versioning-enabled')!.meta.why.en);

    const notes = sectionsOf(h, 'propertyNote');
    assert.ok(notes.some(n => n.topicId === 's3-storage-classes' && n.path === 'LifecycleConfiguration.Rules.Transitions.StorageClass'));
    assert.ok(notes.every(n => n.path.startsWith('LifecycleConfiguration') || n.path.startsWith('Tags')), 'only notes for properties the bucket sets');

    assert.equal(topicCommands(h)[0], 's3', 'Open in Field Guide leads with the general S3 topic');
    assert.ok(urls(h).includes(`${CFN}aws-resource-s3-bucket.html`));
  });

  it('on a resource type in Korean', async () => {
    const doc = await parse(YAML);
    const h = hover(doc, at(YAML, 'AWS::S3::Bucket'), 'ko', findingsOf(doc, YAML, 'ko'));
    const s3 = knowledge().topic('s3')!;
    assert.equal(sectionsOf(h, 'title')[0].text, s3.title.ko);
    assert.equal(sectionsOf(h, 'summary')[0].markdown, s3.summary.ko);
    const item = sectionsOf(h, 'findings')[0].items.find(i => i.ruleId === 's3-versioning-enabled')!;
    assert.match(item.message, /버전 관리/);
    assert.equal(item.why, RULES.find(r => r.meta.id === 's3-versioning-enabled')!.meta.why.ko);
    const labels = sectionsOf(h, 'links')[0].links.map(l => l.label);
    assert.ok(labels.includes('Field Guide에서 열기'));
    assert.ok(labels.includes('CloudFormation 참조: AWS::S3::Bucket'));
    const md = renderHoverMarkdown(h!, 'ko');
    assert.match(md, /\*\*경고\*\*|\*\*정보\*\*|\*\*오류\*\*/);
  });

  it('on a nested property key: its note, exact key range, and the top-level property anchor', async () => {
    const doc = await parse(YAML);
    const h = hover(doc, at(YAML, 'StorageClass: GLACIER', 0, 3));
    assert.ok(h);
    assert.equal(h.target, 'property');
    assert.deepEqual(h.range, rangeOf(YAML, 'StorageClass: GLACIER', 0, 'StorageClass'));
    assert.equal(sectionsOf(h, 'title')[0].text, 'LifecycleConfiguration.Rules.Transitions.StorageClass');
    const note = sectionsOf(h, 'propertyNote').find(n => n.topicId === 's3-storage-classes');
    assert.equal(note?.markdown, knowledge().topic('s3-storage-classes')!.appliesTo!.properties![0].note.en);
    assert.deepEqual(urls(h), [`${CFN}aws-resource-s3-bucket.html#cfn-s3-bucket-lifecycleconfiguration`]);
    assert.ok(topicCommands(h).includes('s3-storage-classes'));
  });

  it('on a property with no note: the documentation link of that property', async () => {
    const doc = await parse(YAML);
    const h = hover(doc, at(YAML, 'Tags: [{ Key: 팀', 0, 1));
    assert.ok(h);
    assert.deepEqual(h.range, rangeOf(YAML, 'Tags: [{ Key: 팀', 0, 'Tags'));
    assert.deepEqual(urls(h), [`${CFN}aws-resource-s3-bucket.html#cfn-s3-bucket-tags`]);
  });

  it('on a storage class value: the comparison table with the hovered class highlighted (after Korean and emoji)', async () => {
    const doc = await parse(YAML);
    const glacier = hover(doc, at(YAML, 'GLACIER'));
    assert.ok(glacier);
    assert.equal(glacier.target, 'value');
    assert.deepEqual(glacier.range, rangeOf(YAML, 'GLACIER'));
    const [table] = sectionsOf(glacier, 'table');
    assert.equal(table.rows.length, STORAGE_CLASSES.length);
    assert.equal(table.highlightedRow, GLACIER_ROW);
    assert.equal(table.rows[GLACIER_ROW][0], 'S3 Glacier Flexible Retrieval');
    assert.equal(table.columns.length, table.rows[0].length);
    assert.ok(topicCommands(glacier).includes('s3-storage-classes'));

    const ia = hover(doc, at(YAML, 'STANDARD_IA'), 'ko');
    const [koTable] = sectionsOf(ia, 'table');
    assert.equal(koTable.highlightedRow, STANDARD_IA_ROW);
    assert.equal(koTable.columns[2], '최소 보관 기간');
    assert.equal(koTable.rows[STANDARD_IA_ROW][2], '30일');
    const md = renderHoverMarkdown(ia!, 'ko');
    assert.match(md, /\| ▶ \*\*S3 Standard\\-IA\*\* \| \*\*3개 이상\*\* \| \*\*30일\*\*/);
  });

  it('a value note limited to other properties stays silent (Status in a lifecycle rule is not versioning)', async () => {
    const doc = await parse(YAML);
    assert.equal(hover(doc, at(YAML, 'Status: Enabled', 0, 10)), undefined);
  });

  it('on a Lambda runtime value: its deprecation date, as a warning once past', async () => {
    const doc = await parse(YAML);
    const h = hover(doc, at(YAML, 'nodejs16.x'));
    assert.ok(h);
    assert.deepEqual(h.range, rangeOf(YAML, 'nodejs16.x'));
    const [notes] = sectionsOf(h, 'notes');
    assert.equal(notes.items[0].tone, 'warning');
    assert.match(notes.items[0].markdown, /2024-06-12/);
    assert.ok(notes.items.some(i => i.markdown.includes('nodejs24.x')));
    assert.ok(urls(h).includes('https://docs.aws.amazon.com/lambda/latest/dg/lambda-runtimes.html'));

    const ko = hover(doc, at(YAML, 'nodejs16.x'), 'ko');
    assert.match(sectionsOf(ko, 'notes')[0].items[0].markdown, /지원이 종료되었습니다/);

    const current = hover(doc, at(YAML, 'python3.12'));
    const item = sectionsOf(current, 'notes')[0].items[0];
    assert.equal(item.tone, undefined);
    assert.ok(item.markdown.includes(lambdaRuntime('python3.12')!.deprecation));
  });

  it('on a SAM type: the Lambda topic and the SAM specification page', async () => {
    const doc = await parse(YAML);
    const h = hover(doc, at(YAML, 'AWS::Serverless::Function'));
    assert.equal(topicCommands(h)[0], 'lambda');
    assert.ok(urls(h).includes('https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/sam-resource-function.html'));
    const runtime = hover(doc, at(YAML, 'Runtime: python3.12', 0, 2));
    assert.deepEqual(urls(runtime), ['https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/sam-resource-function.html#sam-function-runtime']);
  });

  it('on a previous-generation instance type in a flow map after Korean and emoji', async () => {
    const doc = await parse(YAML);
    const h = hover(doc, at(YAML, 'm4.large'));
    assert.ok(h);
    assert.deepEqual(h.range, rangeOf(YAML, 'm4.large'));
    const [notes] = sectionsOf(h, 'notes');
    assert.equal(notes.items[0].tone, 'warning');
    assert.match(notes.items[0].markdown, /M4/);
    assert.ok(topicCommands(h).includes('ec2-instance-types'));
  });

  it('a type with no topic still gets its documentation link', async () => {
    const doc = await parse(YAML);
    const twin = hover(doc, at(YAML, 'AWS::IoTTwinMaker::Workspace'));
    assert.ok(twin);
    assert.deepEqual(twin.sections.map(s => s.kind), ['title', 'links']);
    assert.equal(sectionsOf(twin, 'title')[0].text, 'AWS::IoTTwinMaker::Workspace');
    assert.deepEqual(urls(twin), [`${CFN}aws-resource-iottwinmaker-workspace.html`]);
    assert.deepEqual(urls(hover(doc, at(YAML, 'Custom::Seeder'))), [`${CFN}aws-resource-cloudformation-customresource.html`]);
  });

  it('nothing outside tokens: logical ids, comments, blank space, other sections', async () => {
    const doc = await parse(YAML);
    assert.equal(hover(doc, at(YAML, 'LogsBucket:', 0, 3)), undefined);
    assert.equal(hover(doc, at(YAML, '# 로그 버킷', 0, 4)), undefined);
    assert.equal(hover(doc, at(YAML, '2010-09-09')), undefined);
    assert.equal(hover(doc, { line: 999, character: 0 }), undefined);
  });

  it('the token edges count: the first and the last character of the type token', async () => {
    const doc = await parse(YAML);
    const r = rangeOf(YAML, 'AWS::S3::Bucket');
    assert.equal(hover(doc, r.start)?.target, 'type');
    assert.equal(hover(doc, r.end)?.target, 'type');
    assert.equal(hover(doc, { line: r.start.line, character: r.start.character - 2 }), undefined);
  });
});

const JSON_TEMPLATE = `{
  "AWSTemplateFormatVersion": "2010-09-09",
  "Resources": {
    "Archive": {
      "Type": "AWS::S3::Bucket",
      "Properties": {
        "VersioningConfiguration": { "Status": "Enabled" },
        "LifecycleConfiguration": { "Rules": [ { "Id": "보관 🧊", "Status": "Enabled", "Transitions": [ { "StorageClass": "DEEP_ARCHIVE", "TransitionInDays": 180 } ] } ] }
      }
    },
    "Db": {
      "Type": "AWS::RDS::DBInstance",
      "Properties": { "DBInstanceClass": "db.r6g.large", "MultiAZ": true }
    }
  }
}
`;

describe('hover: CloudFormation JSON', () => {
  it('type token without quotes, topic and docs', async () => {
    const doc = await parse(JSON_TEMPLATE);
    const h = hover(doc, at(JSON_TEMPLATE, 'AWS::S3::Bucket'));
    assert.ok(h);
    assert.deepEqual(h.range, rangeOf(JSON_TEMPLATE, 'AWS::S3::Bucket'));
    assert.equal(topicCommands(h)[0], 's3');
    assert.ok(urls(h).includes(`${CFN}aws-resource-s3-bucket.html`));
  });

  it('a key inside a one-line object after Korean and emoji, and the versioning value note', async () => {
    const doc = await parse(JSON_TEMPLATE);
    const key = hover(doc, at(JSON_TEMPLATE, '"StorageClass"'));
    assert.ok(key);
    assert.deepEqual(key.range, rangeOf(JSON_TEMPLATE, '"StorageClass"', 0, 'StorageClass'));
    assert.ok(sectionsOf(key, 'propertyNote').some(n => n.topicId === 's3-storage-classes'));

    const status = hover(doc, at(JSON_TEMPLATE, '"Enabled"'), 'ko');
    assert.ok(status);
    assert.deepEqual(status.range, rangeOf(JSON_TEMPLATE, '"Enabled"'));
    const [note] = sectionsOf(status, 'valueNote');
    assert.equal(note.topicId, 's3-versioning');
    assert.equal(note.markdown, knowledge().topic('s3-versioning')!.appliesTo!.values!.find(v => v.match.includes('Enabled'))!.note.ko);
  });

  it('the storage class value token includes its quotes and highlights its row', async () => {
    const doc = await parse(JSON_TEMPLATE);
    const h = hover(doc, at(JSON_TEMPLATE, '"DEEP_ARCHIVE"'));
    assert.ok(h);
    assert.deepEqual(h.range, rangeOf(JSON_TEMPLATE, '"DEEP_ARCHIVE"'));
    assert.equal(sectionsOf(h, 'table')[0].highlightedRow, STORAGE_CLASSES.findIndex(c => c.id === 'DEEP_ARCHIVE'));
  });

  it('RDS instance classes read as instance types (db. prefix)', async () => {
    const doc = await parse(JSON_TEMPLATE);
    const h = hover(doc, at(JSON_TEMPLATE, 'db.r6g.large'));
    const [notes] = sectionsOf(h, 'notes');
    assert.ok(notes.items.some(i => /Graviton/.test(i.markdown)));
    assert.ok(notes.items.some(i => /memory optimized/.test(i.markdown)));
  });

  it('a property or value hover shows the findings on that property only', async () => {
    const doc = await parse(JSON_TEMPLATE);
    const db = doc.resources.find(r => r.name === 'Db')!;
    const multiAz = db.properties.find(p => p.key === 'MultiAZ')!;
    const finding = (ruleId: string, range: typeof multiAz.range): Finding => ({
      ruleId,
      messageId: 'm',
      severity: 'warning',
      message: `${ruleId} says <b>hi</b>`,
      range,
      resource: { type: db.type, address: db.name, kind: db.kind, range: db.range, typeRange: db.typeRange },
      knowledge: [],
      fixable: false,
      suggestions: [],
      related: [],
    });
    const findings = [finding('on-key', multiAz.keyRange), finding('on-value', multiAz.value.range), finding('on-class', db.properties[0].value.range)];
    const why = { ruleWhy: () => ({ en: 'why', ko: '이유' }) };
    const key = hoverAt(doc, at(JSON_TEMPLATE, '"MultiAZ"'), options('en', findings, why));
    assert.deepEqual(sectionsOf(key, 'findings')[0].items.map(i => i.ruleId), ['on-key', 'on-value']);
    const value = hoverAt(doc, at(JSON_TEMPLATE, 'true'), options('en', findings, why));
    assert.deepEqual(sectionsOf(value, 'findings')[0].items.map(i => i.ruleId), ['on-value']);
    const type = hoverAt(doc, at(JSON_TEMPLATE, 'AWS::RDS::DBInstance'), options('en', findings, why));
    assert.deepEqual(sectionsOf(type, 'findings')[0].items.map(i => i.ruleId), ['on-key', 'on-value', 'on-class']);
    assert.match(renderHoverMarkdown(key!, 'en'), /on\\-key says \\<b\\>hi\\<\/b\\>/);
  });

  it('uses the rule registry for why unless told otherwise', async () => {
    const doc = await parse(YAML);
    const findings = findingsOf(doc, YAML, 'en');
    const h = hoverAt(doc, at(YAML, 'AWS::S3::Bucket'), options('en', findings, { ruleWhy: () => ({ en: 'custom why', ko: '맞춤 이유' }) }));
    assert.ok(sectionsOf(h, 'findings')[0].items.every(i => i.why === 'custom why'));
  });
});
