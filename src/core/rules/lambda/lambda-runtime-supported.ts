/**
 * Lambda runtimes past (or near) their deprecation date. The table follows AWS's "Lambda
 * runtimes" pages as of late 2026. AWS has moved the later "block function create / update" dates
 * of recently deprecated runtimes several times (many to February / March 2027), so only the long
 * settled ones (2023 and earlier) are encoded as blocked; for the rest the message names the
 * deprecation date and points at AWS's table. Runtimes missing here (a new one, `provided.al2`,
 * the `java*.al2023` runtimes, whose dates we have not confirmed) are not reported.
 */
import type { TextEdit } from '../../model/edits';
import type { Resource, Value } from '../../model/types';
import { keyPath, prop, str, sym } from '../helpers/properties';
import { replaceInside, sourceOf } from '../helpers/textEdits';
import { familyOf, type RuleContext, type RuleModule } from '../ruleTypes';

interface Lifecycle {
  /** YYYY-MM-DD: security patches stop. */
  deprecated: string;
  /** YYYY-MM-DD: function updates blocked, only where AWS's date has long passed and is settled. */
  blocked?: string;
}

/** Runtime identifier → lifecycle (AWS Lambda runtime pages, checked November 2026). */
export const RUNTIMES: Record<string, Lifecycle> = {
  nodejs: { deprecated: '2016-10-31', blocked: '2016-10-31' },
  'nodejs4.3': { deprecated: '2020-03-05', blocked: '2020-03-05' },
  'nodejs4.3-edge': { deprecated: '2019-04-30', blocked: '2019-04-30' },
  'nodejs6.10': { deprecated: '2019-08-12', blocked: '2019-08-12' },
  'nodejs8.10': { deprecated: '2020-03-06', blocked: '2020-03-06' },
  'nodejs10.x': { deprecated: '2021-07-30', blocked: '2022-02-14' },
  'nodejs12.x': { deprecated: '2023-03-31', blocked: '2023-04-30' },
  'nodejs14.x': { deprecated: '2023-12-04' },
  'nodejs16.x': { deprecated: '2024-06-12' },
  'nodejs18.x': { deprecated: '2025-09-01' },
  'nodejs20.x': { deprecated: '2026-04-30' },
  'nodejs22.x': { deprecated: '2027-04-30' },
  'nodejs24.x': { deprecated: '2028-04-30' },
  'python2.7': { deprecated: '2021-07-15', blocked: '2022-05-30' },
  'python3.6': { deprecated: '2022-07-18', blocked: '2022-08-29' },
  'python3.7': { deprecated: '2023-12-04' },
  'python3.8': { deprecated: '2024-10-14' },
  'python3.9': { deprecated: '2025-12-15' },
  'python3.10': { deprecated: '2026-10-31' },
  'python3.11': { deprecated: '2027-06-30' },
  'python3.12': { deprecated: '2028-10-31' },
  'python3.13': { deprecated: '2029-06-30' },
  'python3.14': { deprecated: '2029-06-30' },
  java8: { deprecated: '2024-01-08' },
  'java8.al2': { deprecated: '2027-06-30' },
  java11: { deprecated: '2027-06-30' },
  java17: { deprecated: '2027-06-30' },
  java21: { deprecated: '2029-06-30' },
  java25: { deprecated: '2029-06-30' },
  'dotnetcore1.0': { deprecated: '2019-06-27', blocked: '2019-07-30' },
  'dotnetcore2.0': { deprecated: '2019-05-30', blocked: '2019-05-30' },
  'dotnetcore2.1': { deprecated: '2022-01-05', blocked: '2022-04-13' },
  'dotnetcore3.1': { deprecated: '2023-04-03', blocked: '2023-05-03' },
  dotnet6: { deprecated: '2024-12-20' },
  dotnet8: { deprecated: '2026-11-10' },
  dotnet10: { deprecated: '2028-11-14' },
  'ruby2.5': { deprecated: '2021-07-30', blocked: '2022-03-31' },
  'ruby2.7': { deprecated: '2023-12-07' },
  'ruby3.2': { deprecated: '2026-03-31' },
  'ruby3.3': { deprecated: '2027-03-31' },
  'ruby3.4': { deprecated: '2028-03-31' },
  'go1.x': { deprecated: '2024-01-08' },
  provided: { deprecated: '2024-01-08' },
  'provided.al2023': { deprecated: '2029-06-30' },
};

/** What to move to, per language: a runtime AWS supports well beyond today (a fix never crosses languages). */
const SUCCESSORS: { prefix: RegExp; runtime: string; cdk: string }[] = [
  { prefix: /^nodejs/, runtime: 'nodejs24.x', cdk: 'NODEJS_24_X' },
  { prefix: /^python/, runtime: 'python3.14', cdk: 'PYTHON_3_14' },
  { prefix: /^java/, runtime: 'java25', cdk: 'JAVA_25' },
  { prefix: /^dotnet/, runtime: 'dotnet10', cdk: 'DOTNET_10' },
  { prefix: /^ruby/, runtime: 'ruby3.4', cdk: 'RUBY_3_4' },
  { prefix: /^provided$/, runtime: 'provided.al2023', cdk: 'PROVIDED_AL2023' },
];

/** CDK `lambda.Runtime` members → identifiers (aws-cdk-lib's own table). */
const CDK_RUNTIMES: Record<string, string> = {
  NODEJS: 'nodejs', NODEJS_4_3: 'nodejs4.3', NODEJS_6_10: 'nodejs6.10', NODEJS_8_10: 'nodejs8.10', NODEJS_10_X: 'nodejs10.x',
  NODEJS_12_X: 'nodejs12.x', NODEJS_14_X: 'nodejs14.x', NODEJS_16_X: 'nodejs16.x', NODEJS_18_X: 'nodejs18.x', NODEJS_20_X: 'nodejs20.x',
  NODEJS_22_X: 'nodejs22.x', NODEJS_24_X: 'nodejs24.x',
  PYTHON_2_7: 'python2.7', PYTHON_3_6: 'python3.6', PYTHON_3_7: 'python3.7', PYTHON_3_8: 'python3.8', PYTHON_3_9: 'python3.9',
  PYTHON_3_10: 'python3.10', PYTHON_3_11: 'python3.11', PYTHON_3_12: 'python3.12', PYTHON_3_13: 'python3.13', PYTHON_3_14: 'python3.14',
  JAVA_8: 'java8', JAVA_8_CORRETTO: 'java8.al2', JAVA_11: 'java11', JAVA_17: 'java17', JAVA_21: 'java21', JAVA_25: 'java25',
  DOTNET_CORE_1: 'dotnetcore1.0', DOTNET_CORE_2: 'dotnetcore2.0', DOTNET_CORE_2_1: 'dotnetcore2.1', DOTNET_CORE_3_1: 'dotnetcore3.1',
  DOTNET_6: 'dotnet6', DOTNET_8: 'dotnet8', DOTNET_10: 'dotnet10',
  RUBY_2_5: 'ruby2.5', RUBY_2_7: 'ruby2.7', RUBY_3_2: 'ruby3.2', RUBY_3_3: 'ruby3.3', RUBY_3_4: 'ruby3.4',
  GO_1_X: 'go1.x', PROVIDED: 'provided', PROVIDED_AL2023: 'provided.al2023',
};

/** Warn this many days before a deprecation date. */
const WARN_DAYS = 183;
const CDK_NEW_RUNTIME = /^(?:new\s+)?(?:[A-Za-z_$][\w$]*\.)*Runtime\(\s*(['"])([\w.-]+)\1/;

function days(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

const rule: RuleModule = {
  meta: {
    id: 'lambda-runtime-supported',
    category: 'security',
    defaultSeverity: 'error',
    appliesTo: ['aws.lambda.function'],
    formats: ['cloudformation', 'terraform', 'cdk'],
    knowledge: ['lambda'],
    messages: {
      blocked: {
        en: 'Runtime {runtime} was deprecated on {deprecated}, and AWS Lambda has blocked updates to functions using it since {blocked}: deploying a change to this function fails. Move to {successor}.',
        ko: '런타임 {runtime}은(는) {deprecated}에 지원이 종료되었고, {blocked}부터 이 런타임을 쓰는 함수의 업데이트가 차단되어 이 함수를 변경해 배포하면 실패합니다. {successor}(으)로 옮기세요.',
      },
      deprecated: {
        en: 'Runtime {runtime} has been deprecated since {deprecated}: it no longer gets security patches, and AWS Lambda blocks creating and then updating functions that use it (current dates in the AWS runtime table). Move to {successor}.',
        ko: '런타임 {runtime}은(는) {deprecated}부터 지원이 종료되어 더 이상 보안 패치를 받지 못하며, AWS Lambda는 이 런타임으로 함수를 생성하는 것과 이후 업데이트하는 것을 차례로 차단합니다(정확한 날짜는 AWS 런타임 표 참고). {successor}(으)로 옮기세요.',
      },
      deprecating: {
        en: 'Runtime {runtime} will be deprecated on {deprecated} (in {days} days). Plan the move to {successor}.',
        ko: '런타임 {runtime}은(는) {deprecated}에 지원이 종료됩니다({days}일 남음). {successor}(으)로 옮길 계획을 세우세요.',
      },
      fix: { en: 'Use {runtime}', ko: '{runtime}(으)로 변경' },
    },
    why: {
      en: 'When a language version reaches end of life, Lambda deprecates its runtime: no more security patches or technical support, then (on later dates in AWS\'s runtime table) no new functions and finally no updates to existing ones. Running functions keep working, but an urgent fix can no longer be deployed without a runtime migration done under pressure.',
      ko: '언어 버전의 수명이 끝나면 Lambda는 해당 런타임을 지원 종료합니다. 보안 패치와 기술 지원이 끊기고, 이후 AWS 런타임 표의 날짜에 따라 새 함수 생성이, 마지막에는 기존 함수 업데이트가 차단됩니다. 실행 중인 함수는 계속 동작하지만, 급한 수정도 런타임 이전 없이는 배포할 수 없게 됩니다.',
    },
    howToFix: {
      en: 'Change `Runtime` / `runtime` to a supported version of the same language (e.g. `nodejs24.x`, `python3.14`, `java25`, `dotnet10`, `ruby3.4`; Go moves to `provided.al2023` with a `bootstrap` binary) and test the function: a major language version can change behaviour and dependencies.',
      ko: '`Runtime` / `runtime`을 같은 언어의 지원되는 버전(`nodejs24.x`, `python3.14`, `java25`, `dotnet10`, `ruby3.4` 등, Go는 `bootstrap` 바이너리와 함께 `provided.al2023`)으로 바꾸고 함수를 테스트하세요. 언어 주 버전이 바뀌면 동작과 의존성이 달라질 수 있습니다.',
    },
    fixable: ['cloudformation', 'terraform', 'cdk'],
    examples: [
      {
        format: 'cloudformation',
        bad: 'Resources:\n  Handler:\n    Type: AWS::Lambda::Function\n    Properties:\n      Runtime: python3.8\n      Handler: app.handler\n      Role: arn:aws:iam::123456789012:role/lambda\n      Code: { ZipFile: "def handler(e, c): pass" }\n',
        good: 'Resources:\n  Handler:\n    Type: AWS::Lambda::Function\n    Properties:\n      Runtime: python3.14\n      Handler: app.handler\n      Role: arn:aws:iam::123456789012:role/lambda\n      Code: { ZipFile: "def handler(e, c): pass" }\n',
      },
      {
        format: 'terraform',
        bad: 'resource "aws_lambda_function" "handler" {\n  function_name = "handler"\n  runtime       = "nodejs16.x"\n  handler       = "index.handler"\n}\n',
        good: 'resource "aws_lambda_function" "handler" {\n  function_name = "handler"\n  runtime       = "nodejs24.x"\n  handler       = "index.handler"\n}\n',
      },
      {
        format: 'cdk-typescript',
        bad: "import * as lambda from 'aws-cdk-lib/aws-lambda';\nnew lambda.Function(this, 'Handler', { runtime: lambda.Runtime.NODEJS_16_X, handler: 'index.handler', code });\n",
        good: "import * as lambda from 'aws-cdk-lib/aws-lambda';\nnew lambda.Function(this, 'Handler', { runtime: lambda.Runtime.NODEJS_24_X, handler: 'index.handler', code });\n",
      },
    ],
  },

  check(fn, context) {
    const runtime = prop(fn, 'Runtime');
    if (!runtime) return;
    const read = readRuntime(fn, runtime.value);
    if (!read) return;
    const life = RUNTIMES[read.id];
    if (!life) return;
    const successor = SUCCESSORS.find(s => s.prefix.test(read.id));
    const data = {
      runtime: read.id,
      deprecated: life.deprecated,
      successor: successor?.runtime ?? (read.id === 'go1.x' ? 'provided.al2023' : 'a supported runtime'),
    };
    const fix = successor && successor.runtime !== read.id && read.fixable
      ? { messageId: 'fix', data: { runtime: successor.runtime }, edits: () => fixEdits(fn, runtime.value, read.form, successor, context) }
      : undefined;
    const range = runtime.value.range;
    if (life.blocked && life.blocked <= context.today) {
      context.report({ messageId: 'blocked', data: { ...data, blocked: life.blocked }, range, ...(fix ? { fix } : {}) });
    } else if (life.deprecated <= context.today) {
      context.report({ messageId: 'deprecated', data, range, ...(fix ? { fix } : {}) });
    } else {
      const left = days(context.today, life.deprecated);
      if (left <= WARN_DAYS) context.report({ messageId: 'deprecating', data: { ...data, days: left }, range, severity: 'warning', ...(fix ? { fix } : {}) });
    }
  },
};

interface ReadRuntime {
  id: string;
  form: 'literal' | 'cdkMember';
  fixable: boolean;
}

function readRuntime(fn: Resource, value: Value): ReadRuntime | undefined {
  const s = value.kind === 'string' ? str(value) : undefined;
  if (s !== undefined) return { id: s.trim(), form: 'literal', fixable: true };
  if (familyOf(fn) !== 'cdk') return undefined;
  const symbol = sym(value);
  const m = symbol && /^lambda\.Runtime\.(\w+)$/.exec(symbol);
  if (m) {
    const id = CDK_RUNTIMES[m[1]];
    return id ? { id, form: 'cdkMember', fixable: true } : undefined;
  }
  // `new lambda.Runtime('nodejs16.x', lambda.RuntimeFamily.NODEJS)`: read, but left to the author.
  const n = value.kind === 'unknown' ? CDK_NEW_RUNTIME.exec(value.text.trim()) : null;
  return n ? { id: n[2], form: 'literal', fixable: false } : undefined;
}

function fixEdits(fn: Resource, value: Value, form: ReadRuntime['form'], successor: { runtime: string; cdk: string }, context: RuleContext): TextEdit[] {
  if (form === 'literal') return context.edits.setValue({ text: context.text, doc: context.doc }, fn, keyPath(fn, 'Runtime'), successor.runtime);
  // `lambda.Runtime.NODEJS_16_X` under whatever alias the file uses: swap the member only.
  const src = sourceOf(context, value.range);
  const m = /Runtime\s*\.\s*(\w+)\s*$/.exec(src);
  if (!m) return [];
  return [replaceInside(context, value.range, m.index + m[0].length - m[1].length, m[1].length, successor.cdk)];
}

export default rule;
