/**
 * CloudFormation parse benchmark: the bare parser (yaml `parseDocument` with the same options /
 * jsonc-parser `parseTree`) against parse + model on the same generated templates of ~100 KB,
 * 1 MB and 5 MB, YAML and JSON. Median CPU time of a few interleaved runs after a warm-up.
 * Run: npx tsx bench/cloudformation.bench.ts
 */
import { parseTree } from 'jsonc-parser';
import { parseDocument } from 'yaml';
import { parseCloudFormationJson, JSON_OPTIONS } from '../src/core/iac/cloudformation/json';
import { parseCloudFormationYaml, YAML_OPTIONS } from '../src/core/iac/cloudformation/yaml';
import type { ParsedDocument } from '../src/core/model/types';

// ---- a small template model: plain data plus intrinsics, emitted as YAML (short forms) or JSON ----
class Fn {
  constructor(readonly name: string, readonly arg: Tpl) {}
}
class Block {
  constructor(readonly text: string) {}
}
type Tpl = string | number | boolean | Fn | Block | Tpl[] | { [k: string]: Tpl };

const ref = (x: string) => new Fn('Ref', x);
const getAtt = (x: string, a: string) => new Fn('Fn::GetAtt', `${x}.${a}`);
const sub = (s: Tpl) => new Fn('Fn::Sub', s);
const join = (sep: string, parts: Tpl[]) => new Fn('Fn::Join', [sep, parts]);
const iff = (c: string, a: Tpl, b: Tpl) => new Fn('Fn::If', [c, a, b]);

const SHORT: Record<string, string> = { Ref: '!Ref', 'Fn::GetAtt': '!GetAtt', 'Fn::Sub': '!Sub', 'Fn::Join': '!Join', 'Fn::If': '!If', 'Fn::Base64': '!Base64', 'Fn::Select': '!Select', 'Fn::GetAZs': '!GetAZs' };

function yamlScalar(v: string | number | boolean): string {
  if (typeof v !== 'string') return String(v);
  return /^[A-Za-z0-9가-힣_./ -]*$/.test(v) && !/^(true|false|null|yes|no|[0-9.]+)$/i.test(v) && v.trim() === v && v !== '' ? v : `'${v.replace(/'/g, "''")}'`;
}

function isPlainObject(v: Tpl): v is { [k: string]: Tpl } {
  return typeof v === 'object' && !Array.isArray(v) && !(v instanceof Fn) && !(v instanceof Block);
}

function yamlFlow(v: Tpl): string {
  if (v instanceof Fn) {
    if (v.name === 'Fn::GetAtt') return `!GetAtt ${v.arg as string}`;
    return `${SHORT[v.name]} ${yamlFlow(v.arg)}`;
  }
  if (Array.isArray(v)) return `[${v.map(yamlFlow).join(', ')}]`;
  if (v instanceof Block) return `'${v.text.replace(/'/g, "''")}'`;
  if (isPlainObject(v)) return `{ ${Object.entries(v).map(([k, x]) => `${k}: ${yamlFlow(x)}`).join(', ')} }`;
  return yamlScalar(v);
}

/** Lines of `key: value` for a map at `indent`; short maps and lists of scalars in flow style. */
function yamlEntries(obj: { [k: string]: Tpl }, indent: number, out: string[]): void {
  const pad = ' '.repeat(indent);
  for (const [k, v] of Object.entries(obj)) yamlValue(`${pad}${k}:`, v, indent, out);
}

function hasBlock(v: Tpl): boolean {
  if (v instanceof Block) return true;
  if (v instanceof Fn) return hasBlock(v.arg);
  if (Array.isArray(v)) return v.some(hasBlock);
  if (isPlainObject(v)) return Object.values(v).some(hasBlock);
  return false;
}

function yamlValue(head: string, v: Tpl, indent: number, out: string[]): void {
  if (v instanceof Fn && v.arg instanceof Fn && hasBlock(v.arg)) {
    // `!Base64` over a multi-line `Fn::Sub`: the inner call in long form, its template as a block.
    out.push(`${head} ${SHORT[v.name]}`);
    yamlValue(`${' '.repeat(indent + 2)}${v.arg.name}:`, v.arg.arg, indent + 2, out);
  } else if (v instanceof Block) {
    out.push(`${head} |`);
    for (const line of v.text.split('\n')) out.push(line ? `${' '.repeat(indent + 2)}${line}` : '');
  } else if (v instanceof Fn && v.name === 'Fn::Sub' && v.arg instanceof Block) {
    out.push(`${head} !Sub |`);
    for (const line of v.arg.text.split('\n')) out.push(line ? `${' '.repeat(indent + 2)}${line}` : '');
  } else if (v instanceof Fn && Array.isArray(v.arg) && v.arg.some(x => typeof x === 'object')) {
    out.push(`${head} ${SHORT[v.name]}`);
    for (const item of v.arg) yamlValue(`${' '.repeat(indent + 2)}-`, item, indent + 2, out);
  } else if (Array.isArray(v) && v.some(x => isPlainObject(x))) {
    out.push(head);
    for (const item of v) {
      if (isPlainObject(item)) {
        const inner: string[] = [];
        yamlEntries(item, indent + 4, inner);
        inner[0] = `${' '.repeat(indent + 2)}- ${inner[0].trimStart()}`;
        out.push(...inner);
      } else yamlValue(`${' '.repeat(indent + 2)}-`, item, indent + 2, out);
    }
  } else if (isPlainObject(v) && (Object.keys(v).length > 2 || hasBlock(v))) {
    out.push(head);
    yamlEntries(v, indent + 2, out);
  } else {
    out.push(`${head} ${yamlFlow(v)}`);
  }
}

function jsonValue(v: Tpl): unknown {
  if (v instanceof Fn) return { [v.name]: v.name === 'Fn::GetAtt' ? (v.arg as string).split('.') : jsonValue(v.arg) };
  if (v instanceof Block) return v.text;
  if (Array.isArray(v)) return v.map(jsonValue);
  if (isPlainObject(v)) return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, jsonValue(x)]));
  return v;
}

// ---- resources of varied types, each group wired together with Ref / GetAtt / Sub / DependsOn ----
interface Res {
  Type: string;
  DependsOn?: string[];
  Properties: { [k: string]: Tpl };
}

function group(i: number): Record<string, Res> {
  const n = (s: string) => `${s}${i}`;
  return {
    [n('LogsBucket')]: {
      Type: 'AWS::S3::Bucket',
      Properties: {
        BucketName: sub(`\${AWS::StackName}-logs-${i}-\${AWS::AccountId}`),
        VersioningConfiguration: { Status: 'Enabled' },
        BucketEncryption: { ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: { SSEAlgorithm: 'aws:kms', KMSMasterKeyID: getAtt(n('Key'), 'Arn') } }] },
        PublicAccessBlockConfiguration: { BlockPublicAcls: true, BlockPublicPolicy: true, IgnorePublicAcls: true, RestrictPublicBuckets: true },
        LifecycleConfiguration: { Rules: [{ Id: 'archive', Status: 'Enabled', Transitions: [{ StorageClass: 'STANDARD_IA', TransitionInDays: 30 }, { StorageClass: 'GLACIER', TransitionInDays: 90 }] }] },
        Tags: [{ Key: 'Team', Value: '플랫폼 팀' }, { Key: 'Env', Value: ref('Env') }],
      },
    },
    [n('LogsBucketPolicy')]: {
      Type: 'AWS::S3::BucketPolicy',
      Properties: {
        Bucket: ref(n('LogsBucket')),
        PolicyDocument: {
          Version: '2012-10-17',
          Statement: [{ Sid: 'DenyInsecure', Effect: 'Deny', Principal: '*', Action: 's3:*', Resource: [getAtt(n('LogsBucket'), 'Arn'), sub(`\${${n('LogsBucket')}.Arn}/*`)], Condition: { Bool: { 'aws:SecureTransport': false } } }],
        },
      },
    },
    [n('Key')]: {
      Type: 'AWS::KMS::Key',
      Properties: { Description: '로그 암호화 키 🔑', EnableKeyRotation: true, KeyPolicy: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { AWS: sub('arn:${AWS::Partition}:iam::${AWS::AccountId}:root') }, Action: 'kms:*', Resource: '*' }] } },
    },
    [n('Role')]: {
      Type: 'AWS::IAM::Role',
      Properties: {
        AssumeRolePolicyDocument: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Service: ['lambda.amazonaws.com'] }, Action: ['sts:AssumeRole'] }] },
        ManagedPolicyArns: [sub('arn:${AWS::Partition}:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole')],
        Policies: [{ PolicyName: 'read-logs', PolicyDocument: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: ['s3:GetObject', 's3:ListBucket'], Resource: [getAtt(n('LogsBucket'), 'Arn'), join('', [getAtt(n('LogsBucket'), 'Arn'), '/*'])] }] } }],
      },
    },
    [n('Function')]: {
      Type: 'AWS::Lambda::Function',
      Properties: {
        Runtime: 'python3.12',
        Handler: 'index.handler',
        MemorySize: 256,
        Timeout: 30,
        Role: getAtt(n('Role'), 'Arn'),
        Environment: { Variables: { BUCKET: ref(n('LogsBucket')), QUEUE_URL: ref(n('Queue')), STAGE: ref('Env') } },
        Code: { ZipFile: new Block(`import os\n\ndef handler(event, context):\n    # 이벤트 처리\n    return {"bucket": os.environ["BUCKET"], "n": ${i}}\n`) },
        TracingConfig: { Mode: 'Active' },
      },
    },
    [n('Queue')]: {
      Type: 'AWS::SQS::Queue',
      Properties: { VisibilityTimeout: 60, KmsMasterKeyId: ref(n('Key')), RedrivePolicy: { deadLetterTargetArn: getAtt(n('DeadLetter'), 'Arn'), maxReceiveCount: 5 } },
    },
    [n('DeadLetter')]: { Type: 'AWS::SQS::Queue', Properties: { MessageRetentionPeriod: 1209600 } },
    [n('SecurityGroup')]: {
      Type: 'AWS::EC2::SecurityGroup',
      Properties: {
        GroupDescription: `App tier ${i} — 애플리케이션`,
        VpcId: ref('VpcId'),
        SecurityGroupIngress: [
          { IpProtocol: 'tcp', FromPort: 443, ToPort: 443, CidrIp: '10.0.0.0/8' },
          { IpProtocol: 'tcp', FromPort: 22, ToPort: 22, CidrIp: ref('AdminCidr') },
        ],
      },
    },
    [n('Instance')]: {
      Type: 'AWS::EC2::Instance',
      DependsOn: [n('Role')],
      Properties: {
        ImageId: ref('AmiId'),
        InstanceType: iff('IsProd', 'm7g.large', 't4g.micro'),
        SecurityGroupIds: [ref(n('SecurityGroup'))],
        MetadataOptions: { HttpTokens: 'required', HttpEndpoint: 'enabled' },
        UserData: new Fn('Fn::Base64', sub(new Block(`#!/bin/bash\necho ${i} > /tmp/n\naws s3 ls s3://\${${n('LogsBucket')}}\n`))),
        Tags: [{ Key: 'Name', Value: sub(`\${AWS::StackName}-app-${i}`) }],
      },
    },
    [n('Table')]: {
      Type: 'AWS::DynamoDB::Table',
      Properties: {
        BillingMode: 'PAY_PER_REQUEST',
        AttributeDefinitions: [{ AttributeName: 'pk', AttributeType: 'S' }, { AttributeName: 'sk', AttributeType: 'S' }],
        KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }, { AttributeName: 'sk', KeyType: 'RANGE' }],
        PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
        SSESpecification: { SSEEnabled: true, SSEType: 'KMS', KMSMasterKeyId: ref(n('Key')) },
      },
    },
    [n('Api')]: {
      Type: 'AWS::Serverless::Function',
      Properties: { CodeUri: 'src/', Handler: 'app.handler', Runtime: 'nodejs20.x', Events: { Get: { Type: 'Api', Properties: { Path: `/items/${i}`, Method: 'get' } } }, Policies: [{ DynamoDBReadPolicy: { TableName: ref(n('Table')) } }] },
    },
  };
}

export function template(targetBytes: number, syntax: 'yaml' | 'json'): string {
  const header = {
    AWSTemplateFormatVersion: '2010-09-09',
    Description: '벤치마크용 템플릿 — generated',
    Parameters: { Env: { Type: 'String', Default: 'dev' }, VpcId: { Type: 'AWS::EC2::VPC::Id' }, AdminCidr: { Type: 'String' }, AmiId: { Type: 'AWS::EC2::Image::Id' } },
    Conditions: { IsProd: { 'Fn::Equals': [{ Ref: 'Env' }, 'prod'] } },
  };
  // Size one group, then emit as many as fit.
  const emit = (groups: number): string => {
    const resources: Record<string, Res> = {};
    for (let i = 0; i < groups; i++) Object.assign(resources, group(i));
    if (syntax === 'json') return JSON.stringify({ ...header, Resources: jsonValue(resources as unknown as Tpl) }, null, 2);
    const out = [`# ${header.Description} 🚀`, `AWSTemplateFormatVersion: '2010-09-09'`, `Description: ${header.Description}`, 'Parameters:'];
    yamlEntries(header.Parameters as unknown as { [k: string]: Tpl }, 2, out);
    out.push('Conditions:', "  IsProd: !Equals [!Ref Env, 'prod']", 'Resources:');
    for (const [name, r] of Object.entries(resources)) {
      out.push(`  # ${name} — 리소스`, `  ${name}:`, `    Type: ${r.Type}`);
      if (r.DependsOn) out.push(`    DependsOn: [${r.DependsOn.join(', ')}]`);
      out.push('    Properties:');
      yamlEntries(r.Properties, 6, out);
    }
    return out.join('\n') + '\n';
  };
  const one = emit(1).length;
  return emit(Math.max(1, Math.round(targetBytes / one)));
}

// ---- timing ----
function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[s.length >> 1];
}

/**
 * CPU time of the process (all threads, so GC helpers count) rather than wall time: the ratio is
 * what matters, and CPU time is far less disturbed by other processes on a busy 2-core machine.
 */
function time(fn: () => unknown): number {
  const t = process.cpuUsage();
  fn();
  const d = process.cpuUsage(t);
  return (d.user + d.system) / 1000;
}

// JSON parses ~10x faster than YAML, so it gets more runs (and a steadier median) in the same time.
const SIZES: { label: string; bytes: number; runs: { json: number; yaml: number } }[] = [
  { label: '100KB', bytes: 100_000, runs: { json: 31, yaml: 11 } },
  { label: '1MB', bytes: 1_000_000, runs: { json: 11, yaml: 3 } },
  { label: '5MB', bytes: 5_000_000, runs: { json: 5, yaml: 3 } },
];

function bench(format: 'yaml' | 'json', bare: (t: string) => unknown, model: (t: string) => ParsedDocument): void {
  for (const size of SIZES) {
    const text = template(size.bytes, format);
    // The generated template must be clean, or we would be timing error recovery.
    if (size.bytes < 5_000_000 && model(text).parseErrors.length > 0) throw new Error(`generated ${format} template has parse errors`);
    // Warm-up (the JIT, and the first allocation of the heap); the 5 MB runs follow warm code.
    const warmUps = size.bytes >= 5_000_000 ? 0 : format === 'json' ? 5 : 1;
    for (let i = 0; i < warmUps; i++) {
      bare(text);
      model(text);
    }
    const b: number[] = [];
    const m: number[] = [];
    let resources = 0;
    for (let i = 0; i < size.runs[format]; i++) {
      // Alternate which goes first, so neither always pays for the other's garbage.
      if (i % 2 === 0) b.push(time(() => bare(text)));
      m.push(time(() => (resources = model(text).resources.length)));
      if (i % 2 === 1) b.push(time(() => bare(text)));
    }
    const x = median(b);
    const y = median(m);
    console.log(`cloudformation-${format} ${size.label}: bare ${x.toFixed(1)} ms, model ${y.toFixed(1)} ms, ratio ${(y / x).toFixed(2)} (${(text.length / 1e6).toFixed(2)} MB, ${resources} resources)`);
  }
}

// Other benchmarks import the generator; only a direct run measures.
if (require.main === module) {
  bench('json', t => parseTree(t, [], JSON_OPTIONS), parseCloudFormationJson);
  bench('yaml', t => parseDocument(t, YAML_OPTIONS), parseCloudFormationYaml);
}
