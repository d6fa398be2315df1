/**
 * Automated backups give point-in-time restore for the retention period; below 7 days a problem
 * noticed after a long weekend may already be past recovery. CloudFormation / CDK L1
 * `BackupRetentionPeriod` (default 1 day, 0 turns backups off), Terraform `backup_retention_period`
 * (not set: the RDS default of 1 day), CDK `backupRetention` on `DatabaseInstance` and
 * `backup.retention` on `DatabaseCluster` (default 1 day). Not checked: instances of a DB cluster
 * (the cluster holds the setting) and read replicas; a restore from a snapshot or a point in time
 * inherits its source's retention, so only a value it sets is checked.
 */
import type { Resource } from '../../model/types';
import { num, prop, sym } from '../helpers/properties';
import { familyOf, type RuleContext, type RuleModule } from '../ruleTypes';
import {
  CFN_CLUSTER_SOURCES,
  CFN_INSTANCE_SNAPSHOT,
  CFN_INSTANCE_SOURCES,
  hasAny,
  isClusterMember,
  TF_CLUSTER_SOURCES,
  TF_INSTANCE_RESTORES,
  TF_INSTANCE_SOURCES,
} from '../helpers/rds';
import { writeFix } from '../helpers/fixPath';
import { hasHidden, mayBeOverridden } from '../helpers/hidden';

const MIN_DAYS = 7;

const rule: RuleModule = {
  meta: {
    id: 'rds-backup-retention',
    category: 'reliability',
    defaultSeverity: 'warning',
    appliesTo: ['aws.rds.db-instance', 'aws.rds.db-cluster'],
    formats: ['cloudformation', 'terraform', 'cdk'],
    knowledge: ['rds-backups', 'rds', 'aurora', 'reliability-pillar'],
    messages: {
      missing: {
        en: 'Database {name} keeps automated backups for the default 1 day only: set a retention of at least 7 days.',
        ko: '데이터베이스 {name}은(는) 자동 백업을 기본값인 1일만 보관합니다. 보존 기간을 7일 이상으로 설정하세요.',
      },
      disabled: {
        en: 'Database {name} has automated backups turned off (retention 0): no point-in-time restore is possible.',
        ko: '데이터베이스 {name}의 자동 백업이 꺼져 있습니다(보존 기간 0). 특정 시점으로 복원할 수 없습니다.',
      },
      short: {
        en: 'Database {name} keeps automated backups for {days} day(s) only: use at least 7 days.',
        ko: '데이터베이스 {name}은(는) 자동 백업을 {days}일만 보관합니다. 7일 이상으로 늘리세요.',
      },
      fix: { en: 'Keep backups for 7 days', ko: '백업을 7일 보관' },
    },
    why: {
      en: 'Automated backups (daily snapshots plus transaction logs) let you restore to any second within the retention period, up to 35 days. With the 1-day default, corruption or a bad deployment noticed after a weekend can no longer be undone; 0 disables backups and point-in-time restore entirely (and blocks read replicas). Backup storage up to the size of the database is free in the Region; longer retention costs only the extra storage.',
      ko: '자동 백업(일일 스냅샷과 트랜잭션 로그)이 있으면 보존 기간(최대 35일) 안의 어느 초로든 복원할 수 있습니다. 기본값 1일로는 주말이 지나서 발견한 데이터 손상이나 잘못된 배포를 되돌릴 수 없고, 0이면 백업과 특정 시점 복원이 아예 꺼집니다(읽기 복제본도 만들 수 없음). 데이터베이스 크기만큼의 백업 스토리지는 리전 내에서 무료이고, 보존 기간을 늘리면 늘어난 스토리지 비용만 듭니다.',
    },
    howToFix: {
      en: 'CloudFormation: `BackupRetentionPeriod: 7` (up to 35). Terraform: `backup_retention_period = 7`. CDK: `backupRetention: Duration.days(7)` on `DatabaseInstance`, `backup: { retention: Duration.days(7) }` on `DatabaseCluster`. Going from 0 to a positive value causes a brief outage on a DB instance; changing a positive value does not.',
      ko: 'CloudFormation: `BackupRetentionPeriod: 7`(최대 35). Terraform: `backup_retention_period = 7`. CDK: `DatabaseInstance`는 `backupRetention: Duration.days(7)`, `DatabaseCluster`는 `backup: { retention: Duration.days(7) }`. DB 인스턴스에서 0을 양수로 바꾸면 잠시 중단이 생기고, 양수끼리 바꿀 때는 중단이 없습니다.',
    },
    fixable: ['cloudformation', 'terraform', 'cdk'],
    examples: [
      {
        format: 'cloudformation',
        bad: 'Resources:\n  Db:\n    Type: AWS::RDS::DBInstance\n    Properties:\n      Engine: postgres\n',
        good: 'Resources:\n  Db:\n    Type: AWS::RDS::DBInstance\n    Properties:\n      Engine: postgres\n      BackupRetentionPeriod: 7\n',
      },
      {
        format: 'terraform',
        bad: 'resource "aws_db_instance" "db" {\n  engine = "postgres"\n}\n',
        good: 'resource "aws_db_instance" "db" {\n  engine                  = "postgres"\n  backup_retention_period = 7\n}\n',
      },
      {
        format: 'cdk-typescript',
        bad: "import { Duration } from 'aws-cdk-lib';\nimport * as rds from 'aws-cdk-lib/aws-rds';\nnew rds.DatabaseInstance(this, 'Db', { engine, vpc, backupRetention: Duration.days(1) });\n",
        good: "import { Duration } from 'aws-cdk-lib';\nimport * as rds from 'aws-cdk-lib/aws-rds';\nnew rds.DatabaseInstance(this, 'Db', { engine, vpc, backupRetention: Duration.days(7) });\n",
      },
    ],
  },

  check(db, context) {
    switch (familyOf(db)) {
      case 'cloudformation': {
        if (db.kind === 'aws.rds.db-instance') {
          if (isClusterMember(db) || hasAny(db, CFN_INSTANCE_SOURCES)) return;
          return checkDays(db, context, 'BackupRetentionPeriod', hasAny(db, CFN_INSTANCE_SNAPSHOT));
        }
        return checkDays(db, context, 'BackupRetentionPeriod', hasAny(db, CFN_CLUSTER_SOURCES));
      }
      case 'terraform': {
        if (db.type === 'aws_db_instance') {
          if (hasAny(db, TF_INSTANCE_SOURCES)) return;
          return checkDays(db, context, 'backup_retention_period', hasAny(db, TF_INSTANCE_RESTORES));
        }
        if (db.type !== 'aws_rds_cluster') return;
        return checkDays(db, context, 'backup_retention_period', hasAny(db, TF_CLUSTER_SOURCES));
      }
      case 'cdk':
        return checkDays(db, context, db.kind === 'aws.rds.db-instance' ? 'backupRetention' : 'backup.retention', false);
    }
  },
};

/** Days from a literal number, or from CDK `Duration.days(n)`; undefined when it cannot be read. */
function daysOf(db: Resource, path: string): number | undefined {
  const v = prop(db, path)?.value;
  if (!v) return undefined;
  const s = sym(v);
  if (s === undefined) return num(v);
  const m = /^Duration\.days\(\s*(\d+)\s*\)$/.exec(s);
  return m ? Number(m[1]) : undefined;
}

/** `inherits`: a restore, which takes its source's retention when none is written. */
function checkDays(db: Resource, context: RuleContext, path: string, inherits: boolean): void {
  const isCdk = familyOf(db) === 'cdk';
  const fix = writeFix(context, db, path, isCdk ? { $raw: 'Duration.days(7)' } : MIN_DAYS);
  const data = { name: db.name };
  const retention = prop(db, path);
  // `backup.retention`: the map that holds it; a spread there or in the props may hide or replace it.
  const holder = path.includes('.') ? prop(db, path.split('.')[0])?.value : db;
  if (!retention) {
    if (holder && holder !== db && holder.kind !== 'map') return; // `backup: props.backup`: not guessed
    // `backup: { preferredWindow }` without a retention keeps the default too.
    if (!inherits && !hasHidden(db) && !hasHidden(holder)) context.report({ messageId: 'missing', data, range: db.typeRange, fix });
    return;
  }
  if (mayBeOverridden(holder, retention) || (holder !== db && mayBeOverridden(db, prop(db, path.split('.')[0])!))) return;
  const days = daysOf(db, path);
  if (days === undefined || days >= MIN_DAYS) return;
  if (days === 0) context.report({ messageId: 'disabled', data, range: retention.value.range, fix });
  else context.report({ messageId: 'short', data: { ...data, days }, range: retention.value.range, fix });
}

export default rule;
