/**
 * The registry: every rule, listed explicitly and sorted by id (a unit test checks the order,
 * that every file under rules/<service>/ is listed, and that each has its own test file).
 * Written by `npm run sync:registry`.
 */
import type { RuleModule } from './ruleTypes';
import albDropInvalidHeaders from './elb/alb-drop-invalid-headers';
import autoscalingElbHealthCheck from './autoscaling/autoscaling-elb-health-check';
import cloudfrontHttpsOnly from './cloudfront/cloudfront-https-only';
import cloudtrailKmsEncryption from './cloudtrail/cloudtrail-kms-encryption';
import cloudtrailLogFileValidation from './cloudtrail/cloudtrail-log-file-validation';
import cloudtrailMultiRegion from './cloudtrail/cloudtrail-multi-region';
import cognitoMfaEnabled from './cognito/cognito-mfa-enabled';
import dynamodbPitrEnabled from './dynamodb/dynamodb-pitr-enabled';
import ebsEncryptionEnabled from './ebs/ebs-encryption-enabled';
import ebsSnapshotLifecycle from './ebs/ebs-snapshot-lifecycle';
import ec2CurrentGeneration from './ec2/ec2-current-generation';
import ec2EipUnattached from './ec2/ec2-eip-unattached';
import ec2Imdsv2Required from './ec2/ec2-imdsv2-required';
import ec2SgNoOpenAdminPorts from './ec2/ec2-sg-no-open-admin-ports';
import ec2SgNoOpenAllPorts from './ec2/ec2-sg-no-open-all-ports';
import elbAccessLogs from './elb/elb-access-logs';
import elbClassicLegacy from './elb/elb-classic-legacy';
import elbHttpsListener from './elb/elb-https-listener';
import iamMfaRequired from './iam/iam-mfa-required';
import iamNoAdminWildcard from './iam/iam-no-admin-wildcard';
import iamNoHardcodedCredentials from './iam/iam-no-hardcoded-credentials';
import iamNoRootAccessKey from './iam/iam-no-root-access-key';
import iamNoUserAttachedPolicies from './iam/iam-no-user-attached-policies';
import iamNoWildcardServiceActions from './iam/iam-no-wildcard-service-actions';
import iamPasswordPolicyStrength from './iam/iam-password-policy-strength';
import lambdaProvisionedConcurrencyQualifier from './lambda/lambda-provisioned-concurrency-qualifier';
import lambdaRuntimeSupported from './lambda/lambda-runtime-supported';
import rdsBackupRetention from './rds/rds-backup-retention';
import rdsMultiAz from './rds/rds-multi-az';
import rdsNotPublic from './rds/rds-not-public';
import rdsStorageEncrypted from './rds/rds-storage-encrypted';
import s3BlockPublicAccessExplicit from './s3/s3-block-public-access-explicit';
import s3EnforceTls from './s3/s3-enforce-tls';
import s3LifecycleConfigured from './s3/s3-lifecycle-configured';
import s3LifecycleTransitionValid from './s3/s3-lifecycle-transition-valid';
import s3NoPublicAccess from './s3/s3-no-public-access';
import s3VersioningEnabled from './s3/s3-versioning-enabled';
import vpcFlowLogsEnabled from './vpc/vpc-flow-logs-enabled';
import vpcNaclNoOpenAdminPorts from './vpc/vpc-nacl-no-open-admin-ports';
import vpcNaclReturnTraffic from './vpc/vpc-nacl-return-traffic';

export const RULES: readonly RuleModule[] = [
  albDropInvalidHeaders,
  autoscalingElbHealthCheck,
  cloudfrontHttpsOnly,
  cloudtrailKmsEncryption,
  cloudtrailLogFileValidation,
  cloudtrailMultiRegion,
  cognitoMfaEnabled,
  dynamodbPitrEnabled,
  ebsEncryptionEnabled,
  ebsSnapshotLifecycle,
  ec2CurrentGeneration,
  ec2EipUnattached,
  ec2Imdsv2Required,
  ec2SgNoOpenAdminPorts,
  ec2SgNoOpenAllPorts,
  elbAccessLogs,
  elbClassicLegacy,
  elbHttpsListener,
  iamMfaRequired,
  iamNoAdminWildcard,
  iamNoHardcodedCredentials,
  iamNoRootAccessKey,
  iamNoUserAttachedPolicies,
  iamNoWildcardServiceActions,
  iamPasswordPolicyStrength,
  lambdaProvisionedConcurrencyQualifier,
  lambdaRuntimeSupported,
  rdsBackupRetention,
  rdsMultiAz,
  rdsNotPublic,
  rdsStorageEncrypted,
  s3BlockPublicAccessExplicit,
  s3EnforceTls,
  s3LifecycleConfigured,
  s3LifecycleTransitionValid,
  s3NoPublicAccess,
  s3VersioningEnabled,
  vpcFlowLogsEnabled,
  vpcNaclNoOpenAdminPorts,
  vpcNaclReturnTraffic,
];

export function ruleById(id: string): RuleModule | undefined {
  return RULES.find(r => r.meta.id === id);
}
