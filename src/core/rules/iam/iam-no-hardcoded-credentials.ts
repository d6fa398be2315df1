/**
 * AWS access keys written into an IaC file: provider arguments, parameter / variable defaults,
 * Lambda and ECS environment variables, user data, CDK string literals, comments. The finding
 * sits on the key's own characters.
 *
 * - An access key ID (`AKIA…` long-lived, `ASIA…` temporary: 20 characters, base32 upper case
 *   after the prefix) is recognisable anywhere, so the whole text is searched, including what
 *   the model keeps as unknown (`!Sub` bodies, heredocs, user data).
 * - A secret access key is only 40 base64 characters, like many hashes, so it counts only where
 *   its name says so: a key (`secret_key`, `SecretAccessKey`, `AWS_SECRET_ACCESS_KEY`), an
 *   ECS-style `Name`/`Value` pair, a variable or parameter so named, or `name = value` text.
 * - AWS's documented example keys (`AKIAIOSFODNN7EXAMPLE`, `wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY`,
 *   and the like, all containing EXAMPLE) are placeholders and stay silent, as do runs of one character.
 *
 * The file is searched once; each block reports the keys inside it, and keys outside every block
 * (CloudFormation Parameters / Outputs, a CDK constant, a Terraform `backend`) go to the first block.
 */
import { LineIndex } from '../../model/lineIndex';
import type { ParsedDocument, Property, Resource, SourceRange, StringValue } from '../../model/types';
import type { RuleModule } from '../ruleTypes';

const rule: RuleModule = {
  meta: {
    id: 'iam-no-hardcoded-credentials',
    category: 'security',
    defaultSeverity: 'error',
    appliesTo: ['*'],
    formats: ['cloudformation', 'terraform', 'cdk'],
    knowledge: ['iam', 'iam-roles-for-ec2'],
    messages: {
      accessKeyId: {
        en: 'AWS access key ID {key} is written in this file: whoever reads the file or its history can use it. Deactivate the key and use a role.',
        ko: 'AWS 액세스 키 ID({key})가 파일에 적혀 있습니다. 파일이나 그 기록을 읽는 누구나 쓸 수 있습니다. 키를 비활성화하고 역할을 쓰세요.',
      },
      secretAccessKey: {
        en: 'An AWS secret access key is written in {name}: whoever reads the file or its history can sign requests with it. Deactivate the key and use a role.',
        ko: '{name}에 AWS 비밀 액세스 키가 적혀 있습니다. 파일이나 그 기록을 읽는 누구나 이 키로 요청에 서명할 수 있습니다. 키를 비활성화하고 역할을 쓰세요.',
      },
    },
    why: {
      en: 'Templates and stacks are shared, committed and printed in logs, and a key stays in version control history after it is deleted from the file. Scanners find published keys within minutes. Workloads on AWS get temporary credentials from their role (instance profile, task role, execution role); Terraform and CI read credentials from the environment or assume a role through OIDC. AWS\'s documented example keys (ending in EXAMPLE) are placeholders and are not reported.',
      ko: '템플릿과 스택은 공유되고 커밋되며 로그에 찍히고, 파일에서 지운 키도 버전 관리 기록에는 남습니다. 공개된 키는 스캐너가 몇 분 안에 찾아냅니다. AWS 위의 워크로드는 역할(인스턴스 프로파일, 태스크 역할, 실행 역할)에서 임시 자격 증명을 받고, Terraform과 CI는 환경에서 자격 증명을 읽거나 OIDC로 역할을 맡습니다. AWS 문서의 예시 키(EXAMPLE로 끝나는 키)는 자리 표시자이므로 알리지 않습니다.',
    },
    howToFix: {
      en: 'Deactivate and delete the key in IAM first: it is already exposed. Then remove it from the file and its history. Give the workload a role; where a secret must be passed, store it in Secrets Manager or SSM Parameter Store (SecureString) and reference it (`{{resolve:secretsmanager:…}}`, ECS `Secrets`, a CloudFormation `NoEcho` parameter without a default). For Terraform, leave `access_key`/`secret_key` out of the provider and use the environment, a profile or `assume_role`.',
      ko: '먼저 IAM에서 키를 비활성화하고 삭제하세요. 이미 노출된 키입니다. 그다음 파일과 기록에서 지웁니다. 워크로드에는 역할을 주고, 비밀 값을 꼭 넘겨야 한다면 Secrets Manager나 SSM Parameter Store(SecureString)에 두고 참조하세요(`{{resolve:secretsmanager:…}}`, ECS `Secrets`, 기본값 없는 CloudFormation `NoEcho` 파라미터). Terraform은 provider에서 `access_key`/`secret_key`를 빼고 환경 변수, 프로파일, `assume_role`을 쓰세요.',
    },
    // Taking the key out needs somewhere else to keep it (a secret store, a role): not a mechanical edit.
    fixable: [],
    examples: [
      {
        format: 'cloudformation',
        bad: `Resources:\n  Fn:\n    Type: AWS::Lambda::Function\n    Properties:\n      Environment:\n        Variables:\n          AWS_ACCESS_KEY_ID: ${'AKIA' + 'Z7QWERTY2ABCDEFG'}\n`,
        good: 'Resources:\n  Fn:\n    Type: AWS::Lambda::Function\n    Properties:\n      Role: !GetAtt FnRole.Arn\n',
      },
      {
        format: 'terraform',
        bad: `provider "aws" {\n  region     = "us-east-1"\n  access_key = "${'AKIA' + 'Z7QWERTY2ABCDEFG'}"\n}\n`,
        good: 'provider "aws" {\n  region = "us-east-1"\n}\n',
      },
      {
        format: 'cdk-typescript',
        bad: `import * as lambda from 'aws-cdk-lib/aws-lambda';\nnew lambda.Function(this, 'Fn', {\n  runtime: lambda.Runtime.NODEJS_22_X,\n  handler: 'index.handler',\n  code: lambda.Code.fromAsset('src'),\n  environment: { AWS_ACCESS_KEY_ID: '${'AKIA' + 'Z7QWERTY2ABCDEFG'}' },\n});\n`,
        good: "import * as lambda from 'aws-cdk-lib/aws-lambda';\nnew lambda.Function(this, 'Fn', {\n  runtime: lambda.Runtime.NODEJS_22_X,\n  handler: 'index.handler',\n  code: lambda.Code.fromAsset('src'),\n});\n",
      },
    ],
  },

  check(block, context) {
    for (const hit of analyse(context.doc, context.text).get(block) ?? []) {
      if (hit.kind === 'id') context.report({ messageId: 'accessKeyId', data: { key: mask(hit.token) }, range: hit.range });
      else context.report({ messageId: 'secretAccessKey', data: { name: hit.name }, range: hit.range });
    }
  },
};

interface Hit {
  kind: 'id' | 'secret';
  token: string;
  /** What says it is a secret key (a key, a variable name). */
  name: string;
  start: number;
  range: SourceRange;
}

// (?<!…) / (?!…): the key stands alone, not inside a longer word or base64 run.
const ACCESS_KEY_ID = /(?<![A-Za-z0-9])(?:AKIA|ASIA)[A-Z2-7]{16}(?![A-Za-z0-9])/g;
const SECRET_NAME = String.raw`(?:aws[_-]?)?secret[_-]?(?:access[_-]?)?key`;
const SECRET_TOKEN = String.raw`([A-Za-z0-9/+]{40})(?![A-Za-z0-9/+=])`;
/**
 * `secret_key = "…"`, `AWS_SECRET_ACCESS_KEY=…`, `secretAccessKey: '…'`, `aws_secret_access_key …`,
 * `addEnvironment('AWS_SECRET_ACCESS_KEY', '…')`, on one line.
 */
const SECRET_ASSIGNMENT = new RegExp(String.raw`(?<![A-Za-z0-9_-])(${SECRET_NAME})["']?[ \t]*(?:[:=,]|[ \t])[ \t]*["']?${SECRET_TOKEN}`, 'gi');
/** `{"name": "AWS_SECRET_ACCESS_KEY", "value": "…"}` in JSON, HCL objects and flow YAML, possibly over several lines. */
const SECRET_NAME_VALUE = new RegExp(String.raw`\bname["']?\s*[:=]\s*["']?(${SECRET_NAME})["']?\s*,\s*["']?value["']?\s*[:=]\s*["']?${SECRET_TOKEN}`, 'gi');
/** CDK `new CfnParameter(this, 'SecretKey', { default: '…' })` / `CfnParameter(self, "SecretKey", default="…")`. */
const CDK_PARAMETER = new RegExp(String.raw`CfnParameter\(\s*(?:this|self|scope)\s*,\s*["']([A-Za-z0-9_-]+)["']\s*,\s*\{?[^()]*?\bdefault["']?\s*[:=]\s*["']${SECRET_TOKEN}`, 'g');

/** A base64 character or a backslash (a secret may be written with escapes). */
function tokenChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 43 || c === 47 || c === 92;
}

/**
 * Whether the text has a run of 40 token characters anywhere. A regex here backtracks on every
 * position of a large file; this looks at the last character of each 40-wide window and jumps past
 * the first non-token character found, so typical text is read a fraction of a character per step.
 */
function hasTokenRun(text: string, length = 40): boolean {
  for (let i = 0; i + length <= text.length; ) {
    let j = i + length - 1;
    while (j >= i && tokenChar(text.charCodeAt(j))) j--;
    if (j < i) return true;
    i = j + 1;
  }
  return false;
}

/** `secret_key`, `SecretAccessKey`, `AWS_SECRET_ACCESS_KEY`, `awsSecretKey`; not `jwt_secret_key`. */
function isSecretName(name: string): boolean {
  return /^(aws)?secret(access)?key$/.test(name.toLowerCase().replace(/[^a-z0-9]/g, ''));
}

/** 40 base64 characters with upper case, lower case and a digit, and not a documented placeholder. */
function isSecretValue(s: string): boolean {
  return /^[A-Za-z0-9/+]{40}$/.test(s) && /[A-Z]/.test(s) && /[a-z]/.test(s) && /[0-9]/.test(s) && !/example/i.test(s);
}

function isPlaceholderId(id: string): boolean {
  return id.includes('EXAMPLE') || new Set(id.slice(4)).size < 4;
}

function mask(id: string): string {
  return `${id.slice(0, 4)}…${id.slice(-4)}`;
}

const cache = new WeakMap<ParsedDocument, Map<Resource, Hit[]>>();

function analyse(doc: ParsedDocument, text: string): Map<Resource, Hit[]> {
  let byBlock = cache.get(doc);
  if (byBlock) return byBlock;
  byBlock = new Map();
  cache.set(doc, byBlock);

  let index: LineIndex | undefined;
  const lines = () => (index ??= new LineIndex(text));
  const hits: Hit[] = [];
  const seen = new Set<number>();
  const add = (kind: Hit['kind'], token: string, name: string, start: number, end = start + token.length) => {
    if (seen.has(start)) return;
    seen.add(start);
    hits.push({ kind, token, name, start, range: lines().range(start, end) });
  };

  for (const m of text.matchAll(ACCESS_KEY_ID)) if (!isPlaceholderId(m[0])) add('id', m[0], '', m.index);
  for (const re of [SECRET_ASSIGNMENT, SECRET_NAME_VALUE]) {
    for (const m of text.matchAll(re)) if (isSecretValue(m[2])) add('secret', m[2], m[1], m.index + m[0].length - 40);
  }
  if (doc.format === 'cdk-typescript' || doc.format === 'cdk-python') {
    for (const m of text.matchAll(CDK_PARAMETER)) if (isSecretName(m[1]) && isSecretValue(m[2])) add('secret', m[2], m[1], m.index + m[0].length - 40);
  }
  if (doc.format === 'cloudformation') {
    for (const p of cloudFormationParameterDefaults(text)) if (isSecretName(p.name) && isSecretValue(p.value)) add('secret', p.value, p.name, p.start);
  }
  // Secrets whose name is in the structure around them: a key, a Name/Value pair, a variable.
  // Walking every value of a large model costs more than the rest of the rule, so look first whether
  // the text holds any 40-character token at all (escapes count: `\/` in JSON, `\x2F` in YAML).
  // Python joins adjacent string literals (`"abc" "def"`), so its values may be split in the text.
  const mayHoldToken = doc.format === 'cdk-python' || hasTokenRun(text);
  if (mayHoldToken) for (const block of doc.resources) {
    const blockName = block.name.replace(/^(var|local)\./, '');
    const named = (block.role === 'variable' || block.role === 'parameter') && isSecretName(blockName);
    walk(block.properties, named ? blockName : undefined, (value, name) => {
      const s = lines().offsetAt(value.range.start);
      const e = lines().offsetAt(value.range.end);
      const at = text.indexOf(value.value, s);
      // The token as written, or (escaped in the source) the whole value.
      if (at >= 0 && at + 40 <= e) add('secret', value.value, name, at);
      else add('secret', value.value, name, s, e);
    });
  }

  if (hits.length === 0 || doc.resources.length === 0) return byBlock;
  const spans = doc.resources.map(r => ({ r, start: lines().offsetAt(r.range.start), end: lines().offsetAt(r.range.end) }));
  for (const hit of hits.sort((a, b) => a.start - b.start)) {
    let owner: (typeof spans)[number] | undefined;
    for (const s of spans) if (s.start <= hit.start && hit.start < s.end && (!owner || s.end - s.start < owner.end - owner.start)) owner = s;
    const r = owner?.r ?? doc.resources[0];
    const list = byBlock.get(r);
    if (list) list.push(hit);
    else byBlock.set(r, [hit]);
  }
  return byBlock;
}

function walk(properties: readonly Property[], defaultName: string | undefined, found: (v: StringValue, name: string) => void): void {
  // Looked up only when a value could be a secret (40 characters): most maps hold none.
  let sibling: string | null | undefined = null;
  const siblingName = () => {
    if (sibling === null) {
      const nameOf = properties.find(p => /^name$/i.test(p.key));
      sibling = nameOf?.value.kind === 'string' && isSecretName(nameOf.value.value) ? nameOf.value.value : undefined;
    }
    return sibling;
  };
  for (const p of properties) {
    const v = p.value;
    if (v.kind === 'string') {
      if (v.value.length < 40) continue;
      const token = v.value.trim();
      if (!isSecretValue(token)) continue;
      const name = isSecretName(p.key) ? p.key : /^value$/i.test(p.key) ? siblingName() : defaultName && /^default$/i.test(p.key) ? defaultName : undefined;
      if (name) found({ ...v, value: token }, name);
    } else if (v.kind === 'map') walk(v.properties, undefined, found);
    else if (v.kind === 'list') for (const item of v.items) if (item.kind === 'map') walk(item.properties, undefined, found);
  }
}

/**
 * `Default` of each CloudFormation parameter, read from the text (the model holds resources only):
 * a YAML `Parameters:` section at the top level, line by line, or JSON parameter objects.
 */
function cloudFormationParameterDefaults(text: string): { name: string; value: string; start: number }[] {
  const out: { name: string; value: string; start: number }[] = [];
  const section = /^Parameters:[ \t]*(?:#.*)?$/m.exec(text);
  if (section) {
    let current: { name: string; indent: number } | undefined;
    for (let lineStart = section.index + section[0].length + 1; lineStart < text.length; ) {
      const eol = text.indexOf('\n', lineStart);
      const line = text.slice(lineStart, eol < 0 ? text.length : eol);
      const here = lineStart;
      lineStart = eol < 0 ? text.length : eol + 1;
      if (/^\s*(#.*)?\r?$/.test(line)) continue;
      const indent = /^[ \t]*/.exec(line)![0].length;
      if (indent === 0) break; // the next top-level section
      const key = /^[ \t]+["']?([A-Za-z0-9]+)["']?:[ \t]*(?:#.*)?\r?$/.exec(line);
      if (key && (!current || indent <= current.indent)) {
        current = { name: key[1], indent };
        continue;
      }
      const def = current && indent > current.indent ? /^[ \t]+Default:[ \t]*["']?([A-Za-z0-9/+]{40})["']?[ \t]*(?:#.*)?\r?$/.exec(line) : null;
      if (def && current) out.push({ name: current.name, value: def[1], start: here + line.indexOf(def[1]) });
    }
  }
  // JSON: "Name": { … "Default": "…" … } without nested objects in between.
  for (const m of text.matchAll(/"([A-Za-z0-9]+)"\s*:\s*\{[^{}]*?"Default"\s*:\s*"([A-Za-z0-9/+]{40})"/g)) {
    out.push({ name: m[1], value: m[2], start: m.index + m[0].length - 41 });
  }
  return out;
}

export default rule;
