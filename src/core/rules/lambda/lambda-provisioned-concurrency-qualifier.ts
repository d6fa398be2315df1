/**
 * Provisioned concurrency only works on a published version or an alias pointing at one; Lambda
 * rejects it on `$LATEST` ("Provisioned Concurrency Configs cannot be applied to unpublished
 * function versions"), so the deployment fails.
 * - CloudFormation: an `AWS::Lambda::Alias` with `ProvisionedConcurrencyConfig` and
 *   `FunctionVersion: $LATEST`; a SAM function with `ProvisionedConcurrencyConfig` but no
 *   `AutoPublishAlias` (SAM refuses the template).
 * - Terraform: `aws_lambda_provisioned_concurrency_config` whose `qualifier` is `$LATEST`, or the
 *   `version` of an `aws_lambda_function` without `publish = true` (its version is then `$LATEST`),
 *   directly or through an `aws_lambda_alias`.
 * - CDK: a `lambda.Alias` with `provisionedConcurrentExecutions` on `fn.latestVersion`.
 */
import { findResource } from '../../model/query';
import type { Resource, Value } from '../../model/types';
import { bool, prop, str, val } from '../helpers/properties';
import { replaceInside, sourceOf } from '../helpers/textEdits';
import { familyOf, type RuleContext, type RuleModule } from '../ruleTypes';

const rule: RuleModule = {
  meta: {
    id: 'lambda-provisioned-concurrency-qualifier',
    category: 'reliability',
    defaultSeverity: 'error',
    appliesTo: ['aws.lambda.alias', 'aws.lambda.function', 'aws.lambda.provisioned-concurrency-config'],
    formats: ['cloudformation', 'terraform', 'cdk'],
    knowledge: ['lambda-provisioned-concurrency', 'lambda'],
    messages: {
      latest: {
        en: 'Provisioned concurrency on {name} targets $LATEST. Lambda accepts it only on a published version or an alias of one, so this deployment fails.',
        ko: '{name}의 프로비저닝된 동시성이 $LATEST를 대상으로 합니다. Lambda는 게시된 버전이나 그 버전을 가리키는 별칭에만 이를 허용하므로 배포가 실패합니다.',
      },
      unpublished: {
        en: 'Provisioned concurrency on {name} targets the version of {function}, which does not publish versions (publish is not true): that version is $LATEST, which Lambda rejects.',
        ko: '{name}의 프로비저닝된 동시성이 {function}의 버전을 대상으로 하지만, 이 함수는 버전을 게시하지 않습니다(publish가 true가 아님). 그 버전은 $LATEST이며 Lambda가 거부합니다.',
      },
      samNoAlias: {
        en: '{name} sets ProvisionedConcurrencyConfig without AutoPublishAlias: SAM needs the alias to attach provisioned concurrency to, and rejects the template.',
        ko: '{name}에 AutoPublishAlias 없이 ProvisionedConcurrencyConfig가 설정되어 있습니다. SAM은 프로비저닝된 동시성을 붙일 별칭이 필요하므로 템플릿을 거부합니다.',
      },
      aliasLatest: { en: 'Alias {name} points at $LATEST here.', ko: '별칭 {name}이(가) 여기서 $LATEST를 가리킵니다.' },
      publish: { en: 'Publish a version (publish = true)', ko: '버전 게시(publish = true)' },
      current: { en: 'Use the current published version', ko: '현재 게시된 버전 사용' },
    },
    why: {
      en: 'Provisioned concurrency keeps execution environments initialized for one specific, immutable function version. `$LATEST` changes with every update, so Lambda does not allow it there: the API call fails and CloudFormation or Terraform rolls back. Publish a version and point an alias at it; the alias then moves the warm capacity along with each release.',
      ko: '프로비저닝된 동시성은 변경되지 않는 특정 함수 버전 하나에 대해 실행 환경을 미리 초기화해 둡니다. `$LATEST`는 업데이트할 때마다 바뀌므로 Lambda가 허용하지 않으며, API 호출이 실패하고 CloudFormation이나 Terraform이 롤백합니다. 버전을 게시하고 그 버전을 가리키는 별칭을 쓰면 배포할 때마다 예열된 용량이 함께 옮겨집니다.',
    },
    howToFix: {
      en: 'CloudFormation: an `AWS::Lambda::Version` and an alias with `FunctionVersion: !GetAtt Version.Version`; SAM: `AutoPublishAlias: live`. Terraform: `publish = true` on the function, and `qualifier = aws_lambda_alias.live.name` (or the published `version`). CDK: `fn.currentVersion` (or `fn.addAlias(...)`), not `fn.latestVersion`.',
      ko: 'CloudFormation: `AWS::Lambda::Version`과 `FunctionVersion: !GetAtt Version.Version`인 별칭, SAM: `AutoPublishAlias: live`. Terraform: 함수에 `publish = true`, `qualifier = aws_lambda_alias.live.name`(또는 게시된 `version`). CDK: `fn.latestVersion` 대신 `fn.currentVersion`(또는 `fn.addAlias(...)`).',
    },
    fixable: ['terraform', 'cdk'],
    examples: [
      {
        format: 'cloudformation',
        bad: 'Resources:\n  Live:\n    Type: AWS::Lambda::Alias\n    Properties:\n      FunctionName: my-function\n      FunctionVersion: $LATEST\n      Name: live\n      ProvisionedConcurrencyConfig:\n        ProvisionedConcurrentExecutions: 5\n',
        good: 'Resources:\n  Version:\n    Type: AWS::Lambda::Version\n    Properties:\n      FunctionName: my-function\n  Live:\n    Type: AWS::Lambda::Alias\n    Properties:\n      FunctionName: my-function\n      FunctionVersion: !GetAtt Version.Version\n      Name: live\n      ProvisionedConcurrencyConfig:\n        ProvisionedConcurrentExecutions: 5\n',
      },
      {
        format: 'terraform',
        bad: 'resource "aws_lambda_function" "api" {\n  function_name = "api"\n}\n\nresource "aws_lambda_provisioned_concurrency_config" "api" {\n  function_name                     = aws_lambda_function.api.function_name\n  qualifier                         = aws_lambda_function.api.version\n  provisioned_concurrent_executions = 5\n}\n',
        good: 'resource "aws_lambda_function" "api" {\n  function_name = "api"\n  publish       = true\n}\n\nresource "aws_lambda_provisioned_concurrency_config" "api" {\n  function_name                     = aws_lambda_function.api.function_name\n  qualifier                         = aws_lambda_function.api.version\n  provisioned_concurrent_executions = 5\n}\n',
      },
      {
        format: 'cdk-typescript',
        bad: "import * as lambda from 'aws-cdk-lib/aws-lambda';\nconst fn = new lambda.Function(this, 'Api', { runtime: lambda.Runtime.NODEJS_24_X, handler: 'index.handler', code });\nnew lambda.Alias(this, 'Live', { aliasName: 'live', version: fn.latestVersion, provisionedConcurrentExecutions: 5 });\n",
        good: "import * as lambda from 'aws-cdk-lib/aws-lambda';\nconst fn = new lambda.Function(this, 'Api', { runtime: lambda.Runtime.NODEJS_24_X, handler: 'index.handler', code });\nnew lambda.Alias(this, 'Live', { aliasName: 'live', version: fn.currentVersion, provisionedConcurrentExecutions: 5 });\n",
      },
    ],
  },

  check(resource, context) {
    switch (familyOf(resource)) {
      case 'cloudformation':
        return checkCloudFormation(resource, context);
      case 'terraform':
        if (resource.kind === 'aws.lambda.provisioned-concurrency-config') checkTerraform(resource, context);
        return;
      case 'cdk':
        if (resource.kind === 'aws.lambda.alias') checkCdk(resource, context);
        return;
    }
  },
};

function checkCloudFormation(resource: Resource, context: RuleContext): void {
  const config = prop(resource, 'ProvisionedConcurrencyConfig');
  if (!config || config.value.kind === 'null') return;
  if (resource.type === 'AWS::Serverless::Function') {
    // Globals may set AutoPublishAlias for every function; the model does not show Globals.
    if (prop(resource, 'AutoPublishAlias') || /\bAutoPublishAlias\b/.test(context.text)) return;
    context.report({ messageId: 'samNoAlias', data: { name: resource.name }, range: config.keyRange });
    return;
  }
  if (resource.kind !== 'aws.lambda.alias') return;
  const version = val(resource, 'FunctionVersion');
  if (version && str(version) === '$LATEST') context.report({ messageId: 'latest', data: { name: resource.name }, range: version.range });
}

/** The function whose `version` attribute `value` reads, when it is one of this file's functions. */
function versionOf(value: Value | undefined, context: RuleContext): Resource | undefined {
  if (value?.kind !== 'reference' || value.attribute !== 'version') return undefined;
  const fn = findResource(context.doc, value.target);
  return fn?.kind === 'aws.lambda.function' && fn.format === 'terraform' ? fn : undefined;
}

/** `publish` left out or false: the function's `version` attribute is `$LATEST`. */
function unpublished(fn: Resource): boolean {
  const publish = prop(fn, 'publish');
  return !publish || bool(publish.value) === false;
}

function checkTerraform(config: Resource, context: RuleContext): void {
  const qualifier = val(config, 'qualifier');
  if (!qualifier) return;
  const data = { name: config.name };
  if (str(qualifier) === '$LATEST') {
    context.report({ messageId: 'latest', data, range: qualifier.range });
    return;
  }
  let fn = versionOf(qualifier, context);
  if (!fn && qualifier.kind === 'reference' && qualifier.attribute === 'name') {
    // Through an alias: its function_version decides.
    const alias = findResource(context.doc, qualifier.target);
    if (alias?.kind !== 'aws.lambda.alias') return;
    const target = val(alias, 'function_version');
    if (str(target) === '$LATEST') {
      context.report({ messageId: 'latest', data, range: qualifier.range, related: [{ range: target!.range, messageId: 'aliasLatest', data: { name: alias.name } }] });
      return;
    }
    fn = versionOf(target, context);
  }
  if (!fn || !unpublished(fn) || fn.repeated || fn.properties.some(p => p.key === '...')) return;
  const function_ = fn;
  const publish = prop(function_, 'publish');
  const target = { text: context.text, doc: context.doc };
  context.report({
    messageId: 'unpublished',
    data: { ...data, function: function_.name },
    range: qualifier.range,
    fix: {
      messageId: 'publish',
      edits: () => (publish ? context.edits.setValue(target, function_, 'publish', true) : context.edits.insertProperty(target, function_, 'publish', true)),
    },
  });
}

function checkCdk(alias: Resource, context: RuleContext): void {
  const executions = prop(alias, 'provisionedConcurrentExecutions');
  if (!executions) return;
  const version = val(alias, 'version');
  if (version?.kind !== 'reference' || version.attribute !== 'latestVersion') return;
  context.report({
    messageId: 'latest',
    data: { name: alias.name },
    range: version.range,
    fix: {
      messageId: 'current',
      edits: () => {
        // `fn.latestVersion` (Python `fn.latest_version`) → the published `currentVersion`.
        const src = sourceOf(context, version.range);
        const m = /(latestVersion|latest_version)\s*$/.exec(src);
        if (!m) return [];
        return [replaceInside(context, version.range, m.index, m[1].length, m[1] === 'latestVersion' ? 'currentVersion' : 'current_version')];
      },
    },
  });
}

export default rule;
