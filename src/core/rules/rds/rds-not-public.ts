/**
 * A publicly accessible database gets a public IP and a DNS name that resolves to it from the
 * internet. CloudFormation / CDK L1 / Terraform: `PubliclyAccessible` / `publicly_accessible`
 * explicitly true (an absent value depends on the VPC's internet gateway, which the file does not
 * show: not guessed). CDK L2: `publiclyAccessible: true`, or public subnets chosen with
 * `vpcSubnets: { subnetType: ec2.SubnetType.PUBLIC }` and no `publiclyAccessible`, since the
 * construct then defaults it to true (`DatabaseInstance`, and `DatabaseCluster.instanceProps`).
 */
import type { Property, Resource } from '../../model/types';
import { bool, prop, sym, val } from '../helpers/properties';
import { familyOf, type RuleContext, type RuleModule } from '../ruleTypes';
import { writeFix } from '../helpers/fixPath';
import { hasHidden, mayBeOverridden } from '../helpers/hidden';

const PUBLIC_SUBNETS = 'ec2.SubnetType.PUBLIC';

const rule: RuleModule = {
  meta: {
    id: 'rds-not-public',
    category: 'security',
    defaultSeverity: 'error',
    appliesTo: ['aws.rds.db-instance', 'aws.rds.db-cluster'],
    formats: ['cloudformation', 'terraform', 'cdk'],
    knowledge: ['rds', 'security-groups'],
    messages: {
      public: {
        en: 'Database {name} is publicly accessible: it gets a public IP address reachable from the internet.',
        ko: '데이터베이스 {name}이(가) 퍼블릭 액세스 가능으로 설정되어 있습니다. 인터넷에서 닿는 퍼블릭 IP 주소를 받습니다.',
      },
      publicSubnets: {
        en: 'Database {name} is placed in public subnets without `publiclyAccessible`, so CDK makes it publicly accessible.',
        ko: '데이터베이스 {name}이(가) `publiclyAccessible` 없이 퍼블릭 서브넷에 배치되어, CDK가 퍼블릭 액세스 가능으로 만듭니다.',
      },
      fix: { en: 'Make the database private (publicly accessible: false)', ko: '데이터베이스를 비공개로 설정(퍼블릭 액세스: false)' },
    },
    why: {
      en: 'A publicly accessible DB instance has a public IP and an endpoint that resolves to it from outside the VPC, so only its security group stands between the database and the internet; one broad ingress rule exposes it to password guessing and engine exploits. Keep databases in private subnets and reach them from the application tier, a bastion / Session Manager, a VPN or RDS Proxy.',
      ko: '퍼블릭 액세스가 가능한 DB 인스턴스는 퍼블릭 IP를 받고, VPC 밖에서도 엔드포인트가 그 IP로 풀립니다. 인터넷과 데이터베이스 사이에 보안 그룹 하나만 남게 되어, 넓은 인바운드 규칙 하나로 비밀번호 대입이나 엔진 취약점 공격에 노출됩니다. 데이터베이스는 프라이빗 서브넷에 두고 애플리케이션 계층, 배스천·Session Manager, VPN, RDS Proxy를 통해 접근하세요.',
    },
    howToFix: {
      en: 'CloudFormation: `PubliclyAccessible: false`. Terraform: `publicly_accessible = false`. CDK: `publiclyAccessible: false`, and place the database in private or isolated subnets (`vpcSubnets: { subnetType: ec2.SubnetType.PRIVATE_ISOLATED }`). The change applies immediately, without replacing the instance.',
      ko: 'CloudFormation: `PubliclyAccessible: false`. Terraform: `publicly_accessible = false`. CDK: `publiclyAccessible: false`로 두고, 데이터베이스를 프라이빗·격리 서브넷에 배치하세요(`vpcSubnets: { subnetType: ec2.SubnetType.PRIVATE_ISOLATED }`). 이 변경은 인스턴스를 교체하지 않고 즉시 적용됩니다.',
    },
    fixable: ['cloudformation', 'terraform', 'cdk'],
    examples: [
      {
        format: 'cloudformation',
        bad: 'Resources:\n  Db:\n    Type: AWS::RDS::DBInstance\n    Properties:\n      Engine: postgres\n      PubliclyAccessible: true\n',
        good: 'Resources:\n  Db:\n    Type: AWS::RDS::DBInstance\n    Properties:\n      Engine: postgres\n      PubliclyAccessible: false\n',
      },
      {
        format: 'terraform',
        bad: 'resource "aws_db_instance" "db" {\n  engine              = "postgres"\n  publicly_accessible = true\n}\n',
        good: 'resource "aws_db_instance" "db" {\n  engine              = "postgres"\n  publicly_accessible = false\n}\n',
      },
      {
        format: 'cdk-typescript',
        bad: "import * as ec2 from 'aws-cdk-lib/aws-ec2';\nimport * as rds from 'aws-cdk-lib/aws-rds';\nnew rds.DatabaseInstance(this, 'Db', { engine, vpc, vpcSubnets: { subnetType: ec2.SubnetType.PUBLIC } });\n",
        good: "import * as ec2 from 'aws-cdk-lib/aws-ec2';\nimport * as rds from 'aws-cdk-lib/aws-rds';\nnew rds.DatabaseInstance(this, 'Db', { engine, vpc, vpcSubnets: { subnetType: ec2.SubnetType.PRIVATE_ISOLATED } });\n",
      },
    ],
  },

  check(db, context) {
    if (familyOf(db) !== 'cdk') {
      checkFlag(db, context, prop(db, 'PubliclyAccessible'), 'PubliclyAccessible');
      return;
    }
    if (db.kind === 'aws.rds.db-instance') checkCdk(db, context, '');
    else checkCdk(db, context, 'instanceProps.');
  },
};

function checkFlag(db: Resource, context: RuleContext, flag: Property | undefined, path: string): boolean {
  if (!flag || bool(flag.value) !== true || mayBeOverridden(db, flag)) return false;
  context.report({ messageId: 'public', data: { name: db.name }, range: flag.value.range, fix: writeFix(context, db, path, false) });
  return true;
}

/** `prefix` is `instanceProps.` for a `DatabaseCluster` (the legacy instance settings), '' for a `DatabaseInstance`. */
function checkCdk(db: Resource, context: RuleContext, prefix: string): void {
  const flag = prop(db, `${prefix}publiclyAccessible`);
  if (flag) {
    // Inside `instanceProps` a later spread in that map could replace it; at the top, one in the props.
    if (!prefix || !mayBeOverridden(val(db, 'instanceProps'), flag)) checkFlag(db, context, flag, `${prefix}publiclyAccessible`);
    return;
  }
  // `publiclyAccessible: false` may be hidden in a spread.
  if (hasHidden(db) || (prefix && hasHidden(val(db, 'instanceProps')))) return;
  // `vpcPlacement` is the deprecated name of `vpcSubnets` on DatabaseInstance.
  const subnets = val(db, `${prefix}vpcSubnets`) ?? (prefix ? undefined : val(db, 'vpcPlacement'));
  const subnetType = prop(subnets, 'subnetType');
  if (subnetType && sym(subnetType.value) === PUBLIC_SUBNETS && !mayBeOverridden(subnets, subnetType)) {
    context.report({
      messageId: 'publicSubnets',
      data: { name: db.name },
      range: subnetType.value.range,
      fix: writeFix(context, db, `${prefix}publiclyAccessible`, false),
    });
  }
}

export default rule;
