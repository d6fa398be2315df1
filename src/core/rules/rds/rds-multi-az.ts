/**
 * A single-AZ DB instance goes down with its Availability Zone and during some maintenance.
 * CloudFormation / CDK L1 `MultiAZ`, Terraform `aws_db_instance.multi_az`, CDK L2 `multiAz`:
 * all default to false. Not checked: instances of a DB cluster (Aurora gets its availability from
 * replicas in other AZs, a Multi-AZ DB cluster is Multi-AZ by construction), read replicas and
 * restores from another instance (they are usually not the primary), SQL Server Express (no
 * Multi-AZ) and RDS Custom engines.
 */
import type { Resource } from '../../model/types';
import { bool, prop } from '../helpers/properties';
import { familyOf, type RuleContext, type RuleModule } from '../ruleTypes';
import {
  CFN_INSTANCE_SOURCES,
  engineText,
  has,
  hasAny,
  isClusterMember,
  TF_INSTANCE_SOURCES,
} from '../helpers/rds';
import { writeFix } from '../helpers/fixPath';
import { hasHidden } from '../helpers/hidden';

/** Engines that cannot run Multi-AZ (or run it under other rules): SQL Server Express, RDS Custom. */
function multiAzUnsupported(engine: string | undefined): boolean {
  if (engine === undefined) return false;
  const e = engine.toLowerCase().replace(/[_\s]/g, '');
  return e.startsWith('sqlserver-ex') || e.includes('sqlserverex') || e.startsWith('custom-');
}

const rule: RuleModule = {
  meta: {
    id: 'rds-multi-az',
    category: 'reliability',
    defaultSeverity: 'warning',
    appliesTo: ['aws.rds.db-instance'],
    formats: ['cloudformation', 'terraform', 'cdk'],
    knowledge: ['rds-multi-az', 'rds', 'reliability-pillar'],
    messages: {
      missing: {
        en: 'DB instance {name} is single-AZ (Multi-AZ is off by default): an Availability Zone outage takes the database down.',
        ko: 'DB 인스턴스 {name}은(는) 단일 AZ입니다(Multi-AZ는 기본적으로 꺼져 있음). 가용 영역 하나가 장애를 일으키면 데이터베이스가 멈춥니다.',
      },
      disabled: {
        en: 'DB instance {name} has Multi-AZ turned off: an Availability Zone outage takes the database down.',
        ko: 'DB 인스턴스 {name}의 Multi-AZ가 꺼져 있습니다. 가용 영역 하나가 장애를 일으키면 데이터베이스가 멈춥니다.',
      },
      fix: { en: 'Enable Multi-AZ', ko: 'Multi-AZ 활성화' },
    },
    why: {
      en: 'A Multi-AZ DB instance keeps a synchronous standby in another Availability Zone and fails over to it automatically (typically in one to two minutes) when the primary, its AZ or its storage fails, and during OS patching and instance scaling. A single-AZ instance has to be restored or repaired instead. Multi-AZ roughly doubles the instance cost, so it is the norm for production and optional for development. Aurora is not flagged: its availability comes from replicas in other AZs.',
      ko: 'Multi-AZ DB 인스턴스는 다른 가용 영역에 동기식 대기 인스턴스를 두고, 기본 인스턴스나 그 AZ, 스토리지에 장애가 나거나 OS 패치·인스턴스 크기 변경 중일 때 자동으로 장애 조치합니다(보통 1~2분). 단일 AZ 인스턴스는 복원하거나 복구할 때까지 멈춥니다. 인스턴스 비용이 약 두 배가 되므로 운영 환경에서는 기본, 개발 환경에서는 선택입니다. Aurora는 다른 AZ의 복제본으로 가용성을 얻으므로 검사하지 않습니다.',
    },
    howToFix: {
      en: 'CloudFormation: `MultiAZ: true`. Terraform: `multi_az = true`. CDK: `multiAz: true`. Remove a fixed `AvailabilityZone` first: a Multi-AZ instance cannot name one. Changing it on an existing instance causes no outage, but performance can dip while the standby is created.',
      ko: 'CloudFormation: `MultiAZ: true`. Terraform: `multi_az = true`. CDK: `multiAz: true`. 고정한 `AvailabilityZone`이 있으면 먼저 지우세요. Multi-AZ 인스턴스는 AZ를 지정할 수 없습니다. 기존 인스턴스를 바꿔도 중단은 없지만, 대기 인스턴스를 만드는 동안 성능이 잠시 떨어질 수 있습니다.',
    },
    fixable: ['cloudformation', 'terraform', 'cdk'],
    examples: [
      {
        format: 'cloudformation',
        bad: 'Resources:\n  Db:\n    Type: AWS::RDS::DBInstance\n    Properties:\n      Engine: postgres\n      DBInstanceClass: db.m7g.large\n',
        good: 'Resources:\n  Db:\n    Type: AWS::RDS::DBInstance\n    Properties:\n      Engine: postgres\n      DBInstanceClass: db.m7g.large\n      MultiAZ: true\n',
      },
      {
        format: 'terraform',
        bad: 'resource "aws_db_instance" "db" {\n  engine         = "postgres"\n  instance_class = "db.m7g.large"\n}\n',
        good: 'resource "aws_db_instance" "db" {\n  engine         = "postgres"\n  instance_class = "db.m7g.large"\n  multi_az       = true\n}\n',
      },
      {
        format: 'cdk-typescript',
        bad: "import * as rds from 'aws-cdk-lib/aws-rds';\nnew rds.DatabaseInstance(this, 'Db', { engine, vpc });\n",
        good: "import * as rds from 'aws-cdk-lib/aws-rds';\nnew rds.DatabaseInstance(this, 'Db', { engine, vpc, multiAz: true });\n",
      },
    ],
  },

  check(db, context) {
    const family = familyOf(db);
    if (family === 'terraform' && db.type !== 'aws_db_instance') return;
    // Props we cannot see may hold the engine or the setting itself.
    if (hasHidden(db) || isClusterMember(db) || multiAzUnsupported(engineText(db))) return;
    if (hasAny(db, family === 'terraform' ? TF_INSTANCE_SOURCES : CFN_INSTANCE_SOURCES)) return;
    report(db, context, family === 'terraform' ? 'multi_az' : family === 'cdk' ? 'multiAz' : 'MultiAZ');
  },
};

function report(db: Resource, context: RuleContext, path: string): void {
  const multiAz = prop(db, path);
  // A Multi-AZ instance cannot name an Availability Zone: the fix would break the template.
  const fix = has(db, 'AvailabilityZone') ? undefined : writeFix(context, db, path, true);
  const data = { name: db.name };
  if (!multiAz) context.report({ messageId: 'missing', data, range: db.typeRange, fix });
  else if (bool(multiAz.value) === false) context.report({ messageId: 'disabled', data, range: multiAz.value.range, fix });
}

export default rule;
