/**
 * RDS storage encryption covers the volume, automated backups, snapshots and replicas, and can
 * only be chosen when the database is created. Checked: DB instances (`StorageEncrypted` /
 * `storage_encrypted` / CDK `storageEncrypted`, all default false; CDK turns it on when a
 * `storageEncryptionKey` is given) and Multi-AZ DB clusters (a `mysql` / `postgres` DB cluster).
 * Not checked: Aurora. Its instances take encryption from the cluster, and every Aurora cluster
 * created since 18 February 2026 is encrypted at rest (with an AWS owned key unless one is given),
 * whatever `StorageEncrypted` says. Also not checked: read replicas and restores, which inherit
 * encryption from their source, an instance that names a KMS key, and RDS Custom (always encrypted).
 */
import type { Resource } from '../../model/types';
import { bool, prop, str } from '../helpers/properties';
import { familyOf, type RuleContext, type RuleModule } from '../ruleTypes';
import {
  CFN_CLUSTER_SOURCES,
  CFN_INSTANCE_SNAPSHOT,
  CFN_INSTANCE_SOURCES,
  engineText,
  has,
  hasAny,
  isAuroraEngine,
  isClusterMember,
  TF_CLUSTER_SOURCES,
  TF_INSTANCE_RESTORES,
  TF_INSTANCE_SOURCES,
} from '../helpers/rds';
import { writeFix } from '../helpers/fixPath';
import { hasHidden } from '../helpers/hidden';

const rule: RuleModule = {
  meta: {
    id: 'rds-storage-encrypted',
    category: 'security',
    defaultSeverity: 'warning',
    appliesTo: ['aws.rds.db-instance', 'aws.rds.db-cluster'],
    formats: ['cloudformation', 'terraform', 'cdk'],
    knowledge: ['rds', 'kms', 'aurora'],
    messages: {
      missing: {
        en: 'Storage of database {name} is not encrypted (encryption is off by default), nor are its backups and snapshots.',
        ko: '데이터베이스 {name}의 스토리지가 암호화되지 않습니다(기본값이 꺼짐). 백업과 스냅샷도 마찬가지입니다.',
      },
      disabled: {
        en: 'Database {name} has storage encryption turned off: its volume, backups and snapshots are not encrypted.',
        ko: '데이터베이스 {name}의 스토리지 암호화가 꺼져 있습니다. 볼륨, 백업, 스냅샷이 암호화되지 않습니다.',
      },
      fix: { en: 'Enable storage encryption (replaces an existing database)', ko: '스토리지 암호화 활성화(기존 데이터베이스는 교체됨)' },
    },
    why: {
      en: 'Encryption at rest protects the volume, automated backups, snapshots and read replicas with an AWS KMS key, at no extra cost with the AWS managed key and with negligible performance impact; many compliance regimes require it. It can only be chosen at creation: AWS cannot encrypt an existing DB instance in place, so turning it on for a deployed database **replaces** it (a new, empty instance) unless you migrate through an encrypted snapshot copy. Aurora is not flagged: every Aurora cluster created since 18 February 2026 is encrypted by default.',
      ko: '저장 데이터 암호화는 볼륨, 자동 백업, 스냅샷, 읽기 복제본을 AWS KMS 키로 보호합니다. AWS 관리형 키를 쓰면 추가 비용이 없고 성능 영향도 거의 없으며, 여러 규정 준수 기준이 이를 요구합니다. 암호화는 생성할 때만 정할 수 있습니다. AWS는 기존 DB 인스턴스를 제자리에서 암호화하지 못하므로, 배포된 데이터베이스에서 켜면 **교체**됩니다(비어 있는 새 인스턴스). 암호화된 스냅샷 복사본으로 옮기는 방법을 쓰세요. Aurora는 2026년 2월 18일 이후 만든 모든 클러스터가 기본으로 암호화되므로 검사하지 않습니다.',
    },
    howToFix: {
      en: 'New database: CloudFormation `StorageEncrypted: true` (optionally `KmsKeyId`), Terraform `storage_encrypted = true` (optionally `kms_key_id`), CDK `storageEncrypted: true` or `storageEncryptionKey`. Existing database: take a snapshot, copy it with encryption enabled, restore the copy, switch the application over, then update the template to match; changing the property alone replaces the instance.',
      ko: '새 데이터베이스: CloudFormation `StorageEncrypted: true`(선택적으로 `KmsKeyId`), Terraform `storage_encrypted = true`(선택적으로 `kms_key_id`), CDK `storageEncrypted: true` 또는 `storageEncryptionKey`. 기존 데이터베이스: 스냅샷을 찍고, 암호화를 켜서 복사하고, 그 복사본을 복원해 애플리케이션을 옮긴 뒤 템플릿을 맞추세요. 속성만 바꾸면 인스턴스가 교체됩니다.',
    },
    fixable: ['cloudformation', 'terraform', 'cdk'],
    examples: [
      {
        format: 'cloudformation',
        bad: 'Resources:\n  Db:\n    Type: AWS::RDS::DBInstance\n    Properties:\n      Engine: postgres\n      DBInstanceClass: db.m7g.large\n',
        good: 'Resources:\n  Db:\n    Type: AWS::RDS::DBInstance\n    Properties:\n      Engine: postgres\n      DBInstanceClass: db.m7g.large\n      StorageEncrypted: true\n',
      },
      {
        format: 'terraform',
        bad: 'resource "aws_db_instance" "db" {\n  engine         = "postgres"\n  instance_class = "db.m7g.large"\n}\n',
        good: 'resource "aws_db_instance" "db" {\n  engine            = "postgres"\n  instance_class    = "db.m7g.large"\n  storage_encrypted = true\n}\n',
      },
      {
        format: 'cdk-typescript',
        bad: "import * as rds from 'aws-cdk-lib/aws-rds';\nnew rds.DatabaseInstance(this, 'Db', { engine, vpc });\n",
        good: "import * as rds from 'aws-cdk-lib/aws-rds';\nnew rds.DatabaseInstance(this, 'Db', { engine, vpc, storageEncrypted: true });\n",
      },
    ],
  },

  check(db, context) {
    // Props we cannot see may hold the engine, a source, a key or the setting itself.
    if (hasHidden(db)) return;
    switch (familyOf(db)) {
      case 'cloudformation':
        if (db.kind === 'aws.rds.db-instance') {
          if (isClusterMember(db) || isCustomEngine(db) || hasAny(db, [...CFN_INSTANCE_SOURCES, ...CFN_INSTANCE_SNAPSHOT])) return;
          return report(db, context, 'StorageEncrypted', 'KmsKeyId');
        }
        if (!isMultiAzCluster(db) || hasAny(db, CFN_CLUSTER_SOURCES)) return;
        return report(db, context, 'StorageEncrypted', 'KmsKeyId');
      case 'terraform':
        if (db.type === 'aws_db_instance') {
          if (isClusterMember(db) || isCustomEngine(db) || hasAny(db, [...TF_INSTANCE_SOURCES, ...TF_INSTANCE_RESTORES])) return;
          return report(db, context, 'storage_encrypted', 'kms_key_id');
        }
        if (db.type !== 'aws_rds_cluster' || !isMultiAzCluster(db) || hasAny(db, TF_CLUSTER_SOURCES)) return;
        return report(db, context, 'storage_encrypted', 'kms_key_id');
      case 'cdk':
        // rds.DatabaseCluster is Aurora only; a storageEncryptionKey turns encryption on.
        if (db.kind !== 'aws.rds.db-instance' || has(db, 'storageEncryptionKey')) return;
        return report(db, context, 'storageEncrypted', undefined);
    }
  },
};

/** RDS Custom (`custom-oracle-ee`, `custom-sqlserver-se`) is always encrypted: leaving the flag unset is how it is written. */
function isCustomEngine(db: Resource): boolean {
  return /^custom-/i.test(engineText(db)?.trim() ?? '');
}

/** A Multi-AZ DB cluster: a DB cluster whose engine is written and is not Aurora (`mysql`, `postgres`). */
function isMultiAzCluster(cluster: Resource): boolean {
  const engine = str(prop(cluster, 'Engine')?.value);
  return engine !== undefined && engine.trim() !== '' && !isAuroraEngine(engine);
}

function report(db: Resource, context: RuleContext, path: string, keyPath: string | undefined): void {
  const encrypted = prop(db, path);
  const data = { name: db.name };
  if (!encrypted) {
    // A KMS key without the flag shows the intent to encrypt: not second-guessed.
    if (keyPath && has(db, keyPath)) return;
    context.report({ messageId: 'missing', data, range: db.typeRange, fix: writeFix(context, db, path, true) });
  } else if (bool(encrypted.value) === false) {
    context.report({ messageId: 'disabled', data, range: encrypted.value.range, fix: writeFix(context, db, path, true) });
  }
}

export default rule;
