/**
 * What the RDS rules share: the engine as written, and which DB instances are cluster members,
 * read replicas or restores (they take encryption, backups and availability from elsewhere).
 */
import type { Resource } from '../../model/types';
import { prop, str } from './properties';

/** The engine: a literal (`postgres`), a CDK engine expression's text, or undefined when not written / not readable. */
export function engineText(resource: Resource): string | undefined {
  const v = prop(resource, 'Engine')?.value;
  if (!v) return undefined;
  if (v.kind === 'symbol') return v.value;
  if (v.kind === 'unknown') return v.text;
  return str(v);
}

/** `aurora-mysql`, `aurora-postgresql`, `aurora` (the old MySQL 5.6 one); CDK `DatabaseClusterEngine.auroraMysql(…)`. */
export function isAuroraEngine(engine: string | undefined): boolean {
  return engine !== undefined && /^aurora|\baurora/i.test(engine.trim());
}

export function has(resource: Resource, path: string): boolean {
  return prop(resource, path) !== undefined;
}

export function hasAny(resource: Resource, paths: readonly string[]): boolean {
  return paths.some(p => has(resource, p));
}

/** A DB instance that is a member of a DB cluster (Aurora, or a Multi-AZ DB cluster's instance). */
export function isClusterMember(resource: Resource): boolean {
  if (resource.type === 'aws_rds_cluster_instance') return true;
  return has(resource, 'DBClusterIdentifier') || isAuroraEngine(engineText(resource));
}

/** CloudFormation / CDK L1 read replicas and point-in-time restores of another instance or cluster. */
export const CFN_INSTANCE_SOURCES = ['SourceDBInstanceIdentifier', 'SourceDBClusterIdentifier', 'SourceDbiResourceId', 'SourceDBInstanceAutomatedBackupsArn'];
/** CloudFormation DB instance restored from a snapshot. */
export const CFN_INSTANCE_SNAPSHOT = ['DBSnapshotIdentifier', 'DBClusterSnapshotIdentifier'];
/** CloudFormation DB cluster restored from a snapshot or a point in time, or replicating another source. */
export const CFN_CLUSTER_SOURCES = ['SnapshotIdentifier', 'SourceDBClusterIdentifier', 'RestoreType', 'ReplicationSourceIdentifier'];
export const TF_INSTANCE_SOURCES = ['replicate_source_db'];
export const TF_INSTANCE_RESTORES = ['snapshot_identifier', 'restore_to_point_in_time', 's3_import'];
export const TF_CLUSTER_SOURCES = ['snapshot_identifier', 'restore_to_point_in_time', 'replication_source_identifier', 's3_import'];
