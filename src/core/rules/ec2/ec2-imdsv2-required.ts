/**
 * Instances, launch templates and launch configurations should require IMDSv2 (session tokens).
 * What an instance gets when nothing is set depends on things a template cannot see: an AMI
 * registered with `ImdsSupport: v2.0` defaults to `required`, and since 2024 an account-level
 * default per Region (`ModifyInstanceMetadataDefaults`, Terraform `aws_ec2_instance_metadata_defaults`)
 * can require it too. So a missing setting is reported as "not required here" (the message says
 * those defaults may still apply), an explicit `optional` as IMDSv1 allowed (a launch parameter
 * overrides both defaults), and a Terraform file that requires tokens account-wide is silent, as
 * is an instance whose image is (or may be) Amazon Linux 2023, registered with `ImdsSupport: v2.0`.
 */
import type { EditValue } from '../../iac/editTypes';
import type { ParsedDocument, Resource } from '../../model/types';
import { bool, keyPath, prop, str, sym, val } from '../helpers/properties';
import { familyOf, type RuleContext, type RuleModule } from '../ruleTypes';
import { hasHidden } from '../helpers/hidden';

// A CDK aspect that rewrites every instance / launch template of the scope to require IMDSv2.
const CDK_ASPECT = /RequireImdsv2Aspect\b/;
// Amazon Linux 2023 AMIs are registered with ImdsSupport v2.0: their instances require IMDSv2 by default.
const AL2023 = /al2023|AmazonLinux2023|AMAZON_LINUX_2023|amazon_linux2023/i;

const rule: RuleModule = {
  meta: {
    id: 'ec2-imdsv2-required',
    category: 'security',
    defaultSeverity: 'warning',
    appliesTo: ['aws.ec2.instance', 'aws.ec2.launch-template', 'aws.autoscaling.launch-configuration'],
    formats: ['cloudformation', 'terraform', 'cdk'],
    knowledge: ['ec2-instance-metadata'],
    messages: {
      missing: {
        en: '{name} does not require IMDSv2. Unless its AMI defaults to IMDSv2 (ImdsSupport v2.0) or an account-level default requires it, the instance metadata service also answers IMDSv1 requests, which an SSRF flaw can use to read the role credentials.',
        ko: '{name}에 IMDSv2 필수 설정이 없습니다. AMI가 IMDSv2를 기본으로 하거나(ImdsSupport v2.0) 계정 수준 기본값이 요구하지 않는 한 인스턴스 메타데이터 서비스가 IMDSv1 요청에도 응답하며, SSRF 취약점으로 역할 자격 증명이 노출될 수 있습니다.',
      },
      optional: {
        en: '{name} sets HttpTokens to optional: the instance metadata service answers IMDSv1 requests without a session token, which an SSRF flaw can use to read the role credentials.',
        ko: '{name}의 HttpTokens가 optional입니다. 인스턴스 메타데이터 서비스가 세션 토큰 없는 IMDSv1 요청에도 응답하므로 SSRF 취약점으로 역할 자격 증명이 노출될 수 있습니다.',
      },
      fix: { en: 'Require IMDSv2', ko: 'IMDSv2 필수로 설정' },
    },
    why: {
      en: 'IMDSv1 answers any GET request from inside the instance, so a server-side request forgery bug in the application is enough to read the instance role\'s credentials. IMDSv2 needs a session token obtained with a PUT request and a hop limit, which stops that class of attack. AMIs registered with `ImdsSupport: v2.0` and an account-level default can require it without a template setting, but writing it down makes the instance safe whatever AMI or account it lands in.',
      ko: 'IMDSv1은 인스턴스 안에서 오는 GET 요청에 모두 응답하므로, 애플리케이션의 SSRF 취약점 하나로 인스턴스 역할의 자격 증명을 읽을 수 있습니다. IMDSv2는 PUT 요청으로 받은 세션 토큰과 홉 제한을 요구해 이런 공격을 막습니다. `ImdsSupport: v2.0`으로 등록된 AMI나 계정 수준 기본값으로도 강제할 수 있지만, 템플릿에 적어 두면 어떤 AMI나 계정에서 시작하든 안전합니다.',
    },
    howToFix: {
      en: 'CloudFormation: `MetadataOptions: { HttpTokens: required }` on the instance or launch configuration, `LaunchTemplateData.MetadataOptions.HttpTokens: required` on a launch template. Terraform: `metadata_options { http_tokens = "required" }`, or an account-wide `aws_ec2_instance_metadata_defaults`. CDK: `requireImdsv2: true` (or `httpTokens: ec2.HttpTokens.REQUIRED`), or the `InstanceRequireImdsv2Aspect`. Check first that your agents and SDKs are recent enough to use IMDSv2.',
      ko: 'CloudFormation: 인스턴스나 시작 구성에 `MetadataOptions: { HttpTokens: required }`, 시작 템플릿에는 `LaunchTemplateData.MetadataOptions.HttpTokens: required`. Terraform: `metadata_options { http_tokens = "required" }` 또는 계정 전체의 `aws_ec2_instance_metadata_defaults`. CDK: `requireImdsv2: true`(또는 `httpTokens: ec2.HttpTokens.REQUIRED`)나 `InstanceRequireImdsv2Aspect`. 먼저 에이전트와 SDK가 IMDSv2를 지원하는 버전인지 확인하세요.',
    },
    fixable: ['cloudformation', 'terraform', 'cdk'],
    examples: [
      {
        format: 'cloudformation',
        bad: 'Resources:\n  Web:\n    Type: AWS::EC2::Instance\n    Properties:\n      ImageId: ami-12345678\n      InstanceType: t3.micro\n',
        good: 'Resources:\n  Web:\n    Type: AWS::EC2::Instance\n    Properties:\n      ImageId: ami-12345678\n      InstanceType: t3.micro\n      MetadataOptions:\n        HttpTokens: required\n',
      },
      {
        format: 'terraform',
        bad: 'resource "aws_instance" "web" {\n  ami           = "ami-12345678"\n  instance_type = "t3.micro"\n}\n',
        good: 'resource "aws_instance" "web" {\n  ami           = "ami-12345678"\n  instance_type = "t3.micro"\n\n  metadata_options {\n    http_tokens = "required"\n  }\n}\n',
      },
      {
        format: 'cdk-typescript',
        bad: "import * as ec2 from 'aws-cdk-lib/aws-ec2';\nnew ec2.Instance(this, 'Web', { vpc, instanceType, machineImage });\n",
        good: "import * as ec2 from 'aws-cdk-lib/aws-ec2';\nnew ec2.Instance(this, 'Web', { vpc, instanceType, machineImage, requireImdsv2: true });\n",
      },
    ],
  },

  check(resource, context) {
    switch (familyOf(resource)) {
      case 'cloudformation':
        return checkTemplate(resource, context, resource.kind === 'aws.ec2.launch-template' ? 'LaunchTemplateData.MetadataOptions' : 'MetadataOptions');
      case 'terraform':
        if (accountRequiresTokens(context)) return;
        return checkTemplate(resource, context, 'metadata_options');
      case 'cdk':
        return checkCdk(resource, context);
    }
  },
};

/** A Terraform account-level default that requires (or may require) tokens for every new instance of the Region. */
const accountDefaults = new WeakMap<ParsedDocument, boolean>();

function accountRequiresTokens(context: RuleContext): boolean {
  // Asked for every instance and template: look once per document.
  let answer = accountDefaults.get(context.doc);
  if (answer === undefined) accountDefaults.set(context.doc, (answer = scanAccountDefaults(context)));
  return answer;
}

function scanAccountDefaults(context: RuleContext): boolean {
  return context.doc.resources.some(r => {
    if (r.type !== 'aws_ec2_instance_metadata_defaults' || r.role !== 'resource') return false;
    const tokens = val(r, 'http_tokens');
    return tokens !== undefined && (str(tokens) === 'required' || (tokens.kind !== 'string' && tokens.kind !== 'null'));
  });
}

function checkTemplate(resource: Resource, context: RuleContext, optionsPath: string): void {
  const family = familyOf(resource);
  if (resource.kind === 'aws.ec2.launch-template' && family !== 'terraform' && !prop(resource, 'LaunchTemplateData')) return;
  const options = prop(resource, optionsPath);
  // Without its own options, an instance launched from a launch template takes the template's (checked there).
  if (!options && resource.kind === 'aws.ec2.instance' && prop(resource, 'LaunchTemplate')) return;
  if (options && options.value.kind !== 'map') return; // an intrinsic, a dynamic block: cannot tell
  if (str(options?.value, 'HttpEndpoint') === 'disabled') return; // no metadata service at all
  const tokens = prop(options?.value, 'HttpTokens');
  const path = family === 'terraform' ? `${optionsPath}.http_tokens` : keyPath(resource, `${optionsPath}.HttpTokens`);
  const target = { text: context.text, doc: context.doc };
  const data = { name: resource.name };
  if (!tokens) {
    if (hasHidden(resource) || defaultsToV2(resource, context, family === 'cloudformation' && resource.kind === 'aws.ec2.launch-template' ? 'LaunchTemplateData.ImageId' : 'ImageId')) return;
    context.report({
      messageId: 'missing',
      data,
      range: options ? options.keyRange : resource.typeRange,
      fix: { messageId: 'fix', edits: () => context.edits.insertProperty(target, resource, path, 'required') },
    });
    return;
  }
  if (str(tokens.value) === 'optional') {
    context.report({
      messageId: 'optional',
      data,
      range: tokens.value.range,
      fix: { messageId: 'fix', edits: () => context.edits.setValue(target, resource, path, 'required') },
    });
  }
}

/**
 * The image is (or, read from a parameter / data source / variable, may be) Amazon Linux 2023,
 * whose AMIs default to IMDSv2: `{{resolve:ssm:/aws/service/ami-amazon-linux-latest/al2023-…}}`,
 * `data.aws_ami` filtered on `al2023-ami-*`, `ec2.MachineImage.latestAmazonLinux2023()`.
 */
function defaultsToV2(resource: Resource, context: RuleContext, path: string): boolean {
  const image = val(resource, familyOf(resource) === 'terraform' && resource.kind === 'aws.ec2.instance' ? 'ami' : path);
  // A CDK bastion host's default image is Amazon Linux 2023 or 2 depending on a feature flag.
  if (!image) return /(^|\.)BastionHostLinux$/.test(resource.type);
  const s = str(image);
  if (s !== undefined && image.kind === 'string') return AL2023.test(s);
  // Not a literal AMI id: the image comes from somewhere else in the file (a parameter default, a data source).
  return AL2023.test(context.text);
}

function checkCdk(resource: Resource, context: RuleContext): void {
  if (CDK_ASPECT.test(context.text)) return;
  if (bool(resource, 'httpEndpoint') === false) return;
  const require = prop(resource, 'requireImdsv2');
  const tokens = prop(resource, 'httpTokens');
  if (bool(require?.value) === true) return;
  const target = { text: context.text, doc: context.doc };
  const data = { name: resource.name };
  if (tokens) {
    const s = sym(tokens.value);
    if (s === undefined || !/HttpTokens\.OPTIONAL$/.test(s)) return; // REQUIRED, or a value we cannot read
    const required: EditValue = { $raw: s.replace(/OPTIONAL$/, 'REQUIRED') };
    context.report({
      messageId: 'optional',
      data,
      range: tokens.value.range,
      fix: { messageId: 'fix', edits: () => context.edits.setValue(target, resource, 'httpTokens', required) },
    });
    return;
  }
  if (require && bool(require.value) === undefined) return; // a prop we cannot read
  if (!require && hasHidden(resource)) return;
  if (defaultsToV2(resource, context, 'machineImage')) return;
  context.report({
    messageId: 'missing',
    data,
    range: require ? require.value.range : resource.typeRange,
    fix: {
      messageId: 'fix',
      edits: () => (require ? context.edits.setValue(target, resource, 'requireImdsv2', true) : context.edits.insertProperty(target, resource, 'requireImdsv2', true)),
    },
  });
}

export default rule;
