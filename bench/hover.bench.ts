/**
 * Hover benchmark: the time to answer one hover on a ~1 MB generated CloudFormation template whose
 * model and findings are already cached (as the analysis cache has them), over positions spread
 * through the file — type tokens, keys at every depth, values (storage classes, runtimes, instance
 * types). Reported as the median CPU time per hover and as a ratio to baselines measured in the
 * same run: one `LineIndex.positionAt` (what any editor feature pays per position) and one
 * `getProperty` lookup on the hovered resource. Target: a median of at most 2 ms.
 * Run: npm run bench -- hover   (or npx tsx bench/hover.bench.ts)
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { hoverAt } from '../src/core/hover/hoverAt';
import { renderHoverMarkdown } from '../src/core/hover/renderMarkdown';
import type { HoverOptions, KnowledgeLookup } from '../src/core/hover/types';
import { parseCloudFormationYaml } from '../src/core/iac/cloudformation/yaml';
import { KnowledgeBase, type BakedKnowledge } from '../src/core/knowledge/knowledgeBase';
import type { Topic } from '../src/core/knowledge/types';
import { LineIndex } from '../src/core/model/lineIndex';
import { getProperty } from '../src/core/model/query';
import type { Position, Property, Resource, Value } from '../src/core/model/types';
import { lint } from '../src/core/rules/engine';
import { RULES } from '../src/core/rules/index';
import { readKnowledgeSources } from '../scripts/knowledgeSources';

// ---- a ~1 MB template: groups of related resources with Korean text and emoji in places ----

const RUNTIMES = ['nodejs16.x', 'nodejs20.x', 'python3.12', 'python3.8', 'java21'];
const CLASSES = ['STANDARD_IA', 'GLACIER', 'DEEP_ARCHIVE', 'GLACIER_IR', 'ONEZONE_IA', 'INTELLIGENT_TIERING'];
const INSTANCES = ['t3.micro', 'm7g.large', 'm4.xlarge', 'c6gn.2xlarge', 'r6i.large'];

function group(i: number): string {
  const n = (s: string) => `${s}${i}`;
  return `  # 그룹 ${i} — 🚀
  ${n('Logs')}:
    Type: AWS::S3::Bucket
    Properties:
      BucketName: !Sub '\${AWS::StackName}-logs-${i}'
${i % 3 === 0 ? '' : '      VersioningConfiguration:\n        Status: Enabled\n'}      PublicAccessBlockConfiguration: { BlockPublicAcls: true, BlockPublicPolicy: true, IgnorePublicAcls: true, RestrictPublicBuckets: true }
      LifecycleConfiguration:
        Rules:
          - Id: 보관-${i}
            Status: Enabled
            Transitions:
              - StorageClass: ${CLASSES[i % CLASSES.length]}
                TransitionInDays: 30
              - StorageClass: DEEP_ARCHIVE
                TransitionInDays: 365
      Tags: [{ Key: 팀, Value: 플랫폼 🚀 }, { Key: Env, Value: !Ref Env }]
  ${n('Fn')}:
    Type: AWS::Lambda::Function
    Properties:
      Runtime: ${RUNTIMES[i % RUNTIMES.length]}
      Handler: index.handler
      MemorySize: 256
      Timeout: 30
      Role: !GetAtt ${n('Role')}.Arn
      Environment: { Variables: { BUCKET: !Ref ${n('Logs')}, STAGE: !Ref Env } }
      TracingConfig: { Mode: Active }
  ${n('Role')}:
    Type: AWS::IAM::Role
    Properties:
      AssumeRolePolicyDocument:
        Version: '2012-10-17'
        Statement: [{ Effect: Allow, Principal: { Service: [lambda.amazonaws.com] }, Action: ['sts:AssumeRole'] }]
  ${n('Sg')}:
    Type: AWS::EC2::SecurityGroup
    Properties:
      GroupDescription: 앱 ${i} 보안 그룹
      VpcId: !Ref VpcId
      SecurityGroupIngress:
        - { IpProtocol: tcp, FromPort: 443, ToPort: 443, CidrIp: 10.0.0.0/8 }
        - { IpProtocol: tcp, FromPort: 22, ToPort: 22, CidrIp: !Ref AdminCidr }
  ${n('Web')}:
    Type: AWS::EC2::Instance
    Properties:
      ImageId: !Ref AmiId
      InstanceType: ${INSTANCES[i % INSTANCES.length]}
      SecurityGroupIds: [!Ref ${n('Sg')}]
      MetadataOptions: { HttpTokens: required, HttpEndpoint: enabled }
  ${n('Table')}:
    Type: AWS::DynamoDB::Table
    Properties:
      BillingMode: PAY_PER_REQUEST
      AttributeDefinitions: [{ AttributeName: pk, AttributeType: S }]
      KeySchema: [{ AttributeName: pk, KeyType: HASH }]
      PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true }
`;
}

function template(targetBytes: number): string {
  const head = `AWSTemplateFormatVersion: '2010-09-09'
Description: 호버 벤치마크 🚀
Parameters:
  Env: { Type: String, Default: dev }
  VpcId: { Type: 'AWS::EC2::VPC::Id' }
  AdminCidr: { Type: String }
  AmiId: { Type: 'AWS::EC2::Image::Id' }
Resources:
`;
  const groups = Math.max(1, Math.round((targetBytes - head.length) / group(0).length));
  const parts = [head];
  for (let i = 0; i < groups; i++) parts.push(group(i));
  return parts.join('');
}

// ---- the knowledge base as the extension loads it (baked), or from the sources without a build ----

function knowledgeBase(): KnowledgeLookup {
  const baked = path.resolve(__dirname, '..', 'dist', 'knowledge.json');
  if (fs.existsSync(baked)) {
    // Hover never searches, so the search index is never read.
    return KnowledgeBase.fromBaked(JSON.parse(fs.readFileSync(baked, 'utf8')) as BakedKnowledge, () => '{}');
  }
  const topics = readKnowledgeSources().map(f => parseYaml(f.text) as Topic);
  const byId = new Map(topics.map(t => [t.id, t]));
  return { all: () => topics, topic: id => byId.get(id) };
}

// ---- positions: per sampled resource, its type token, every key and every scalar value ----

interface Sample {
  at: Position;
  offset: number;
  resource: Resource;
  path: string;
  target: 'type' | 'key' | 'value';
}

function samplesOf(resources: readonly Resource[], lines: LineIndex, every: number): Sample[] {
  const out: Sample[] = [];
  const add = (p: Position, resource: Resource, pathText: string, target: Sample['target']) =>
    out.push({ at: p, offset: lines.offsetAt(p), resource, path: pathText, target });
  const walk = (r: Resource, v: Value, pathText: string) => {
    if (v.kind === 'map') for (const p of v.properties) prop(r, p, pathText);
    else if (v.kind === 'list') for (const item of v.items) walk(r, item, pathText);
    else add(v.range.start, r, pathText, 'value');
  };
  const prop = (r: Resource, p: Property, prefix: string) => {
    const pathText = prefix ? `${prefix}.${p.key}` : p.key;
    add(p.keyRange.start, r, pathText, 'key');
    walk(r, p.value, pathText);
  };
  for (let i = 0; i < resources.length; i += every) {
    const r = resources[i];
    add({ line: r.typeRange.start.line, character: r.typeRange.start.character + 1 }, r, r.properties[0]?.key ?? '', 'type');
    for (const p of r.properties) prop(r, p, '');
  }
  return out;
}

// ---- timing ----

function quantile(xs: readonly number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(s.length * q))];
}

const median = (xs: readonly number[]) => quantile(xs, 0.5);

/** CPU time (ms) of `fn` run `n` times, per run: single calls are below the clock's resolution. */
function perCall(n: number, fn: () => unknown): number {
  const t = process.cpuUsage();
  for (let i = 0; i < n; i++) fn();
  const d = process.cpuUsage(t);
  return (d.user + d.system) / 1000 / n;
}

const text = template(1_000_000);
const doc = parseCloudFormationYaml(text);
if (doc.parseErrors.length > 0) throw new Error(`generated template has parse errors: ${doc.parseErrors[0].message}`);
const lines = new LineIndex(text);
const knowledge = knowledgeBase();
const findings = lint(doc, text, { rules: RULES, language: 'en', computeFixes: false, today: '2026-02-01' }).findings;
const options: HoverOptions = { knowledge, findings, language: 'en', today: '2026-02-01' };
const samples = samplesOf(doc.resources, lines, Math.max(1, Math.floor(doc.resources.length / 40)));

// The first hover builds the knowledge index (once per knowledge base) and the model's resource
// index (once per document version): reported on its own.
const firstMs = perCall(1, () => hoverAt(doc, samples[0].at, options));

// Warm-up: JIT, and a check that the positions hit something.
let answered = 0;
for (const s of samples) if (hoverAt(doc, s.at, options)) answered++;
for (let i = 0; i < 3; i++) for (const s of samples) renderHoverMarkdown(hoverAt(doc, s.at, options) ?? { range: { start: s.at, end: s.at }, target: 'type', sections: [] }, 'en');

const HOVERS = 20;
const BASELINE = 2000;
const hover: number[] = [];
const byTarget: Record<Sample['target'], number[]> = { type: [], key: [], value: [] };
const hoverRender: number[] = [];
const positionAt: number[] = [];
const lookup: number[] = [];
for (let round = 0; round < 3; round++) {
  for (const s of samples) {
    const t = perCall(HOVERS, () => hoverAt(doc, s.at, options));
    hover.push(t);
    byTarget[s.target].push(t);
    hoverRender.push(
      perCall(HOVERS, () => {
        const h = hoverAt(doc, s.at, options);
        return h && renderHoverMarkdown(h, 'en');
      }),
    );
    positionAt.push(perCall(BASELINE, () => lines.positionAt(s.offset)));
    lookup.push(perCall(BASELINE, () => getProperty(s.resource, s.path)));
  }
}

const h = median(hover);
const pa = median(positionAt);
const gp = median(lookup);
const us = (ms: number) => `${(ms * 1000).toFixed(2)} µs`;
console.log(
  `hover on ${(text.length / 1e6).toFixed(2)} MB CloudFormation (${doc.resources.length} resources, ${findings.length} findings), ` +
    `${samples.length} positions (${answered} with a hover):`,
);
console.log(`  first hover (builds the knowledge and resource indexes): ${firstMs.toFixed(2)} ms`);
console.log(`  hover median ${us(h)} (target ≤ 2 ms), p95 ${us(quantile(hover, 0.95))}, max ${us(quantile(hover, 1))}; with markdown rendering: median ${us(median(hoverRender))}`);
console.log(`  by token: type ${us(median(byTarget.type))}, key ${us(median(byTarget.key))}, value ${us(median(byTarget.value))}`);
console.log(`  ratio to one LineIndex.positionAt (${us(pa)}): ${(h / pa).toFixed(1)}; to one getProperty lookup (${us(gp)}): ${(h / gp).toFixed(1)}`);
