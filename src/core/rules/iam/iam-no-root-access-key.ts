/**
 * Long-lived access keys created in IaC (`AWS::IAM::AccessKey`, `aws_iam_access_key`, CDK
 * `iam.AccessKey` / `iam.CfnAccessKey`): a warning, since a role hands out temporary credentials
 * instead. An error when the key is labelled as root: the user it belongs to is named `root`
 * (IaC cannot create keys for the account root user itself, so such a user stands in for it), or a
 * Terraform variable / provider argument carries credentials named as root ones. A key whose status
 * is Inactive signs nothing and is left alone; so is a user we cannot resolve.
 */
import { findResource } from '../../model/query';
import type { Resource, Value } from '../../model/types';
import { normKey, prop, str, sym, val } from '../helpers/properties';
import { familyOf, type RuleContext, type RuleModule } from '../ruleTypes';

// `root_access_key`, `RootSecretKey`, `aws_root_credentials`: root plus a credential word.
const ROOT_CREDENTIAL = /root/;
const CREDENTIAL_WORD = /accesskey|secretkey|secretaccesskey|credential|keyid/;
const PROVIDER_CREDENTIALS = new Set(['accesskey', 'secretkey', 'token']);

const rule: RuleModule = {
  meta: {
    id: 'iam-no-root-access-key',
    category: 'security',
    defaultSeverity: 'warning',
    // Every block: Terraform variables and providers carry root credentials too.
    appliesTo: ['*'],
    formats: ['cloudformation', 'terraform', 'cdk'],
    knowledge: ['iam-root-user', 'iam-roles-for-ec2'],
    messages: {
      accessKey: {
        en: 'Access key {name} is a long-lived credential for an IAM user: prefer a role, whose credentials are temporary and rotate themselves.',
        ko: '액세스 키 {name}: IAM 사용자의 장기 자격 증명입니다. 자격 증명이 임시이고 자동으로 교체되는 역할(Role)을 쓰세요.',
      },
      rootKey: {
        en: 'Access key {name} is for a user named "root": a long-lived key labelled as root is the most damaging credential to leak.',
        ko: '액세스 키 {name}: "root"라는 사용자의 키입니다. 루트로 표시된 장기 키는 유출될 때 피해가 가장 큰 자격 증명입니다.',
      },
      rootCredentials: {
        en: '{name} carries credentials labelled as root: never use root user access keys; give automation a role.',
        ko: '{name}에 루트로 표시된 자격 증명이 들어갑니다. 루트 사용자 액세스 키는 절대 쓰지 말고 자동화에는 역할을 주세요.',
      },
    },
    why: {
      en: 'Access keys never expire on their own: once copied into a CI secret, a laptop or a log they keep working until someone deletes them, and rotation is manual. Roles (instance profiles, task roles, OIDC federation for CI, IAM Roles Anywhere outside AWS) give temporary credentials instead. Root user access keys can do everything, cannot be limited by IAM policies and should not exist at all; a user or variable named as root usually stands for such access.',
      ko: '액세스 키는 스스로 만료되지 않습니다. CI 시크릿, 노트북, 로그에 한 번 복사되면 누군가 지울 때까지 계속 동작하고 교체도 수동입니다. 역할(인스턴스 프로파일, 태스크 역할, CI용 OIDC 페더레이션, AWS 밖에서는 IAM Roles Anywhere)은 임시 자격 증명을 줍니다. 루트 사용자 액세스 키는 모든 것을 할 수 있고 IAM 정책으로 제한할 수도 없으므로 아예 없어야 하며, 루트라는 이름의 사용자나 변수는 대개 그런 접근을 뜻합니다.',
    },
    howToFix: {
      en: 'Remove the access key and give the workload a role: an EC2 instance profile, an ECS task role, a Lambda execution role, OIDC federation for CI (GitHub Actions, GitLab), or IAM Roles Anywhere for servers outside AWS. Where a key is unavoidable (SES SMTP, a third-party tool), suppress this finding with the reason and keep the secret in Secrets Manager. Delete root user access keys in the console.',
      ko: '액세스 키를 없애고 워크로드에 역할을 주세요. EC2 인스턴스 프로파일, ECS 태스크 역할, Lambda 실행 역할, CI에는 OIDC 페더레이션(GitHub Actions, GitLab), AWS 밖 서버에는 IAM Roles Anywhere를 씁니다. 키가 꼭 필요하다면(SES SMTP, 외부 도구) 이유를 적어 이 항목을 억제하고 비밀 값은 Secrets Manager에 두세요. 루트 사용자 액세스 키는 콘솔에서 삭제하세요.',
    },
    // Replacing a key with a role changes how the workload authenticates: not a mechanical edit.
    fixable: [],
    examples: [
      {
        format: 'cloudformation',
        bad: 'Resources:\n  DeployKey:\n    Type: AWS::IAM::AccessKey\n    Properties:\n      UserName: deployer\n',
        good: 'Resources:\n  DeployKey:\n    Type: AWS::IAM::AccessKey\n    Properties:\n      UserName: deployer\n      Status: Inactive\n',
      },
      {
        format: 'terraform',
        bad: 'resource "aws_iam_access_key" "deploy" {\n  user = "root"\n}\n',
        good: 'resource "aws_iam_role" "deploy" {\n  name               = "deploy"\n  assume_role_policy = data.aws_iam_policy_document.ci.json\n}\n',
      },
      {
        format: 'cdk-typescript',
        bad: "import * as iam from 'aws-cdk-lib/aws-iam';\nconst user = new iam.User(this, 'Deployer');\nnew iam.AccessKey(this, 'DeployKey', { user });\n",
        good: "import * as iam from 'aws-cdk-lib/aws-iam';\nnew iam.Role(this, 'Deploy', { assumedBy: new iam.ServicePrincipal('codebuild.amazonaws.com') });\n",
      },
    ],
  },

  check(block, context) {
    if (block.kind === 'aws.iam.access-key') return checkAccessKey(block, context);
    if (block.format !== 'terraform') return;
    if (block.role === 'variable') {
      if (isRootCredentialName(block.name.replace(/^var\./, ''))) {
        context.report({ messageId: 'rootCredentials', data: { name: block.name }, range: block.nameRange, severity: 'error' });
      }
      return;
    }
    if (block.role !== 'provider') return;
    // A provider fed from root-named variables declared elsewhere (in this file, the variable is reported).
    for (const p of block.properties) {
      if (!PROVIDER_CREDENTIALS.has(normKey(p.key)) || p.value.kind !== 'reference') continue;
      const m = /^(var|local)\.(.+)$/.exec(p.value.target);
      if (!m || !isRootCredentialName(m[2])) continue;
      if (m[1] === 'var' && findResource(context.doc, p.value.target)) continue;
      context.report({ messageId: 'rootCredentials', data: { name: `${block.name}.${p.key}` }, range: p.value.range, severity: 'error' });
    }
  },
};

function checkAccessKey(key: Resource, context: RuleContext): void {
  const family = familyOf(key);
  const status = family === 'cdk' ? sym(key, 'status') : str(key, 'Status');
  if (status !== undefined && /(^|\.)inactive$/i.test(status)) return;
  const user = val(key, family === 'cloudformation' ? 'UserName' : 'user');
  if (user && userName(user, context)?.toLowerCase() === 'root') {
    context.report({ messageId: 'rootKey', data: { name: key.name }, range: user.range, severity: 'error' });
    return;
  }
  context.report({ messageId: 'accessKey', data: { name: key.name }, range: key.typeRange, severity: 'warning' });
}

/** The user name a key is for: a literal, or the name of the user resource it refers to. */
function userName(v: Value, context: RuleContext): string | undefined {
  const literal = str(v);
  if (literal !== undefined) return literal;
  if (v.kind !== 'reference') return undefined;
  const user = findResource(context.doc, v.target);
  if (!user || user.kind !== 'aws.iam.user') return undefined;
  return str(prop(user, user.format === 'terraform' ? 'name' : 'UserName')?.value);
}

function isRootCredentialName(name: string): boolean {
  const n = normKey(name).replace(/-/g, '');
  return ROOT_CREDENTIAL.test(n) && CREDENTIAL_WORD.test(n);
}

export default rule;
