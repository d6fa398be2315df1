/**
 * A CloudFront cache behavior with viewer protocol policy `allow-all` serves viewers over plain
 * HTTP (Security Hub CloudFront.3). CloudFormation / CDK L1: `DistributionConfig.DefaultCacheBehavior`
 * and each `CacheBehaviors[]` item; Terraform: `default_cache_behavior` and each
 * `ordered_cache_behavior`; CDK `cloudfront.Distribution`: `defaultBehavior`, each
 * `additionalBehaviors` entry and `addBehavior()` — where an absent `viewerProtocolPolicy` means
 * ALLOW_ALL (the L2 default); the legacy `CloudFrontWebDistribution` defaults to REDIRECT_TO_HTTPS,
 * so only an explicit ALLOW_ALL counts there. Fix: `redirect-to-https`, which keeps old HTTP
 * links working.
 */
import type { TextEdit } from '../../model/edits';
import { LineIndex } from '../../model/lineIndex';
import type { Property, Resource, SourceRange, Value } from '../../model/types';
import { items, prop, str, sym, val } from '../helpers/properties';
import { familyOf, type FixDescriptor, type RuleContext, type RuleModule } from '../ruleTypes';

const ALLOW_ALL = 'cloudfront.ViewerProtocolPolicy.ALLOW_ALL';
const REDIRECT = 'cloudfront.ViewerProtocolPolicy.REDIRECT_TO_HTTPS';

const rule: RuleModule = {
  meta: {
    id: 'cloudfront-https-only',
    category: 'security',
    defaultSeverity: 'warning',
    appliesTo: ['aws.cloudfront.distribution'],
    formats: ['cloudformation', 'terraform', 'cdk'],
    knowledge: ['cloudfront', 'encryption-in-transit'],
    messages: {
      defaultAllowAll: {
        en: 'The default cache behavior of distribution {name} allows plain HTTP (viewer protocol policy allow-all).',
        ko: '배포 {name}의 기본 캐시 동작이 평문 HTTP를 허용합니다(뷰어 프로토콜 정책 allow-all).',
      },
      pathAllowAll: {
        en: 'Cache behavior {pattern} of distribution {name} allows plain HTTP (viewer protocol policy allow-all).',
        ko: '배포 {name}의 캐시 동작 {pattern}이(가) 평문 HTTP를 허용합니다(뷰어 프로토콜 정책 allow-all).',
      },
      defaultUnset: {
        en: 'The default behavior of distribution {name} sets no viewerProtocolPolicy: CDK then uses ALLOW_ALL, so viewers can use plain HTTP.',
        ko: '배포 {name}의 기본 동작에 viewerProtocolPolicy가 없습니다. 이 경우 CDK는 ALLOW_ALL을 사용하므로 뷰어가 평문 HTTP로 접속할 수 있습니다.',
      },
      pathUnset: {
        en: 'Behavior {pattern} of distribution {name} sets no viewerProtocolPolicy: CDK then uses ALLOW_ALL, so viewers can use plain HTTP.',
        ko: '배포 {name}의 동작 {pattern}에 viewerProtocolPolicy가 없습니다. 이 경우 CDK는 ALLOW_ALL을 사용하므로 뷰어가 평문 HTTP로 접속할 수 있습니다.',
      },
      fix: { en: 'Redirect HTTP to HTTPS', ko: 'HTTP를 HTTPS로 리디렉션' },
    },
    why: {
      en: 'With `allow-all`, CloudFront answers plain HTTP requests, so content, cookies and tokens can be read or altered on the way (AWS Security Hub control CloudFront.3). `redirect-to-https` sends HTTP viewers a 301 to the HTTPS URL and keeps old links working; `https-only` refuses HTTP outright. Note that the CDK `Distribution` construct uses ALLOW_ALL when a behavior does not say otherwise.',
      ko: '`allow-all`이면 CloudFront가 평문 HTTP 요청에 응답하므로 콘텐츠, 쿠키, 토큰이 중간에서 노출되거나 변조될 수 있습니다(AWS Security Hub 제어 CloudFront.3). `redirect-to-https`는 HTTP 뷰어에게 HTTPS 주소로 301 응답을 보내 기존 링크도 계속 동작하고, `https-only`는 HTTP를 거부합니다. CDK `Distribution` 구문은 동작에 지정이 없으면 ALLOW_ALL을 쓴다는 점에 유의하세요.',
    },
    howToFix: {
      en: 'Set the viewer protocol policy of every cache behavior to `redirect-to-https` (or `https-only`): CloudFormation `ViewerProtocolPolicy: redirect-to-https`, Terraform `viewer_protocol_policy = "redirect-to-https"`, CDK `viewerProtocolPolicy: cloudfront.ViewerProtocolPolicy.REDIRECT_TO_HTTPS` in `defaultBehavior` and each additional behavior.',
      ko: '모든 캐시 동작의 뷰어 프로토콜 정책을 `redirect-to-https`(또는 `https-only`)로 설정하세요. CloudFormation `ViewerProtocolPolicy: redirect-to-https`, Terraform `viewer_protocol_policy = "redirect-to-https"`, CDK는 `defaultBehavior`와 각 추가 동작에 `viewerProtocolPolicy: cloudfront.ViewerProtocolPolicy.REDIRECT_TO_HTTPS`.',
    },
    fixable: ['cloudformation', 'terraform', 'cdk'],
    examples: [
      {
        format: 'cloudformation',
        bad: 'Resources:\n  Cdn:\n    Type: AWS::CloudFront::Distribution\n    Properties:\n      DistributionConfig:\n        Enabled: true\n        DefaultCacheBehavior:\n          TargetOriginId: web\n          ViewerProtocolPolicy: allow-all\n',
        good: 'Resources:\n  Cdn:\n    Type: AWS::CloudFront::Distribution\n    Properties:\n      DistributionConfig:\n        Enabled: true\n        DefaultCacheBehavior:\n          TargetOriginId: web\n          ViewerProtocolPolicy: redirect-to-https\n',
      },
      {
        format: 'terraform',
        bad: 'resource "aws_cloudfront_distribution" "cdn" {\n  enabled = true\n  default_cache_behavior {\n    target_origin_id       = "web"\n    viewer_protocol_policy = "allow-all"\n  }\n}\n',
        good: 'resource "aws_cloudfront_distribution" "cdn" {\n  enabled = true\n  default_cache_behavior {\n    target_origin_id       = "web"\n    viewer_protocol_policy = "redirect-to-https"\n  }\n}\n',
      },
      {
        format: 'cdk-typescript',
        bad: "import * as cloudfront from 'aws-cdk-lib/aws-cloudfront';\nnew cloudfront.Distribution(this, 'Cdn', { defaultBehavior: { origin } });\n",
        good: "import * as cloudfront from 'aws-cdk-lib/aws-cloudfront';\nnew cloudfront.Distribution(this, 'Cdn', {\n  defaultBehavior: { origin, viewerProtocolPolicy: cloudfront.ViewerProtocolPolicy.REDIRECT_TO_HTTPS },\n});\n",
      },
    ],
  },

  check(distribution, context) {
    if (distribution.role !== 'resource') return;
    switch (familyOf(distribution)) {
      case 'cloudformation':
        return checkBehaviors(distribution, context, val(distribution, 'DistributionConfig.DefaultCacheBehavior'), val(distribution, 'DistributionConfig.CacheBehaviors'), 'PathPattern');
      case 'terraform':
        return checkBehaviors(distribution, context, val(distribution, 'default_cache_behavior'), val(distribution, 'ordered_cache_behavior'), 'path_pattern');
      case 'cdk':
        if (/(^|\.)CloudFrontWebDistribution$/.test(distribution.type)) return checkWebDistribution(distribution, context);
        return checkDistribution(distribution, context);
    }
  },
};

/** Replaces `from` inside a literal's source text (keeping its quotes); [] when it is not there once. */
function replaceIn(context: RuleContext, v: Value, from: RegExp, to: string): TextEdit[] {
  const index = new LineIndex(context.text);
  const s = index.offsetAt(v.range.start);
  const source = context.text.slice(s, index.offsetAt(v.range.end));
  const m = from.exec(source);
  if (!m || from.exec(source.slice(m.index + m[0].length))) return [];
  return [{ range: index.range(s + m.index, s + m.index + m[0].length), newText: to }];
}

function fix(edits: () => TextEdit[]): FixDescriptor {
  return { messageId: 'fix', edits };
}

interface Where {
  /** undefined for the default behavior. */
  pattern: string | undefined;
  range: SourceRange;
}

function report(context: RuleContext, distribution: Resource, where: Where, unset: boolean, edits: () => TextEdit[]): void {
  const messageId = where.pattern === undefined ? (unset ? 'defaultUnset' : 'defaultAllowAll') : unset ? 'pathUnset' : 'pathAllowAll';
  const data: Record<string, string> = { name: distribution.name };
  if (where.pattern !== undefined) data.pattern = where.pattern;
  context.report({ messageId, data, range: where.range, fix: fix(edits) });
}

/** CloudFormation and Terraform: the policy is required, so only a literal `allow-all` is a finding. */
function checkBehaviors(distribution: Resource, context: RuleContext, defaults: Value | undefined, ordered: Value | undefined, patternKey: string): void {
  const check = (behavior: Value, pattern: string | undefined) => {
    const policy = val(behavior, 'ViewerProtocolPolicy');
    if (!policy || str(policy) !== 'allow-all') return;
    report(context, distribution, { pattern, range: policy.range }, false, () => replaceIn(context, policy, /allow-all/, 'redirect-to-https'));
  };
  if (defaults?.kind === 'map') check(defaults, undefined);
  items(ordered).forEach((b, i) => {
    if (b.kind === 'map') check(b, str(b, patternKey) ?? `#${i + 1}`);
  });
}

function sourceStartsWith(context: RuleContext, v: Value, prefix: string): boolean {
  const index = new LineIndex(context.text);
  return context.text.startsWith(prefix, index.offsetAt(v.range.start));
}

/** A behavior's own spread (`...common`) may hold the policy. */
function hasSpread(behavior: Value): boolean {
  return behavior.kind === 'map' && behavior.properties.some(p => p.key === '...');
}

function checkCdkBehavior(distribution: Resource, context: RuleContext, behavior: Value, where: Where, path: string | undefined): void {
  if (behavior.kind !== 'map') return;
  const policy = prop(behavior, 'viewerProtocolPolicy');
  const target = { text: context.text, doc: context.doc };
  if (!policy) {
    if (hasSpread(behavior)) return;
    // No path to edit (a pattern with a dot, a behavior passed to a method): reported without a fix.
    const edits = path ? () => context.edits.insertProperty(target, distribution, `${path}.viewerProtocolPolicy`, { $raw: REDIRECT }) : () => [];
    report(context, distribution, where, true, edits);
    return;
  }
  if (sym(policy.value) !== ALLOW_ALL) return;
  report(context, distribution, { ...where, range: policy.value.range }, false, () => replaceIn(context, policy.value, /ALLOW_ALL$/, 'REDIRECT_TO_HTTPS'));
}

function checkDistribution(distribution: Resource, context: RuleContext): void {
  const defaults = prop(distribution, 'defaultBehavior');
  if (defaults) checkCdkBehavior(distribution, context, defaults.value, { pattern: undefined, range: defaults.keyRange }, defaults.key);
  const additional = prop(distribution, 'additionalBehaviors');
  if (additional?.value.kind === 'map') {
    for (const entry of additional.value.properties) {
      if (entry.key === '...') continue;
      // A dict for a map of behaviors in Python reaches jsii verbatim: its key style is not ours to guess.
      const pythonDict = distribution.format === 'cdk-python' && sourceStartsWith(context, entry.value, '{');
      const path = entry.key.includes('.') || pythonDict ? undefined : `${additional.key}.${entry.key}`;
      checkCdkBehavior(distribution, context, entry.value, { pattern: entry.key, range: entry.keyRange }, path);
    }
  }
  for (const call of distribution.calls) {
    if (call.method !== 'addBehavior') continue;
    const pattern = str(call.arguments[0]) ?? '?';
    const options = call.arguments[2];
    if (!options) report(context, distribution, { pattern, range: call.nameRange }, true, () => []);
    else checkCdkBehavior(distribution, context, options, { pattern, range: call.nameRange }, undefined);
  }
}

/** The legacy construct defaults to REDIRECT_TO_HTTPS: only an explicit ALLOW_ALL counts. */
function checkWebDistribution(distribution: Resource, context: RuleContext): void {
  const explicit = (policy: Property | undefined, pattern: string | undefined) => {
    if (!policy || sym(policy.value) !== ALLOW_ALL) return;
    report(context, distribution, { pattern, range: policy.value.range }, false, () => replaceIn(context, policy.value, /ALLOW_ALL$/, 'REDIRECT_TO_HTTPS'));
  };
  const behaviors: Value[] = [];
  const configs = val(distribution, 'originConfigs');
  let allOwn = configs?.kind === 'list';
  for (const config of items(configs)) {
    const list = val(config, 'behaviors');
    if (list?.kind !== 'list') allOwn = false;
    for (const b of items(list)) {
      behaviors.push(b);
      if (b.kind !== 'map' || !prop(b, 'viewerProtocolPolicy')) allOwn = false;
    }
  }
  // The distribution-wide policy applies to behaviors without their own.
  if (!allOwn) explicit(prop(distribution, 'viewerProtocolPolicy'), undefined);
  for (const b of behaviors) {
    if (b.kind !== 'map') continue;
    const pattern = prop(b, 'isDefaultBehavior') ? undefined : (str(b, 'pathPattern') ?? '?');
    explicit(prop(b, 'viewerProtocolPolicy'), pattern);
  }
}

export default rule;
