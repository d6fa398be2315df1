import * as assert from 'node:assert/strict';
import { parseDocument } from '../../../../src/core/iac/parseDocument';
import type { Resource } from '../../../../src/core/model/types';
import { fixPath, jsiiCamel } from '../../../../src/core/rules/helpers/fixPath';
import { engineText, isAuroraEngine, isClusterMember } from '../../../../src/core/rules/helpers/rds';
import { dedent } from '../ruleTester';

async function resource(file: string, code: string, name: string): Promise<Resource> {
  const doc = await parseDocument(code, { uri: `file:///t/${file}` });
  assert.deepEqual(doc.parseErrors, []);
  const r = doc.resources.find(x => x.name === name);
  assert.ok(r, `no resource ${name}`);
  return r;
}

describe('fixPath helper', () => {
  it('names CloudFormation properties the way jsii does', () => {
    assert.equal(jsiiCamel('MultiAZ'), 'multiAz');
    assert.equal(jsiiCamel('KMSKeyId'), 'kmsKeyId');
    assert.equal(jsiiCamel('DBClusterIdentifier'), 'dbClusterIdentifier');
    assert.equal(jsiiCamel('PointInTimeRecoverySpecification'), 'pointInTimeRecoverySpecification');
    assert.equal(jsiiCamel('backupRetention'), 'backupRetention');
  });

  it('keeps existing keys as written and styles the missing ones per format', async () => {
    const yaml = await resource('t.yaml', dedent(`
      Resources:
        T:
          Type: AWS::DynamoDB::Table
          Properties:
            PointInTimeRecoverySpecification: {}
    `), 'T');
    assert.equal(fixPath(yaml, 'PointInTimeRecoverySpecification.PointInTimeRecoveryEnabled'), 'PointInTimeRecoverySpecification.PointInTimeRecoveryEnabled');

    const l1 = await resource('s.ts', "import * as rds from 'aws-cdk-lib/aws-rds';\nnew rds.CfnDBInstance(this, 'Db', {});\n", 'Db');
    assert.equal(fixPath(l1, 'MultiAZ'), 'multiAz');

    const pyL2 = await resource('a.py', dedent(`
      from aws_cdk import aws_rds as rds
      rds.DatabaseInstance(self, "Db", vpc_subnets={"subnet_type": x})
    `), 'Db');
    assert.equal(fixPath(pyL2, 'vpcSubnets.subnetType'), 'vpcSubnets.subnet_type');
    assert.equal(fixPath(pyL2, 'backup.retention'), 'backup.retention');
    assert.equal(fixPath(pyL2, 'pointInTimeRecoverySpecification.pointInTimeRecoveryEnabled'), 'point_in_time_recovery_specification.point_in_time_recovery_enabled');

    const pyL1 = await resource('a.py', dedent(`
      from aws_cdk import aws_dynamodb as dynamodb
      dynamodb.CfnTable(self, "T")
    `), 'T');
    assert.equal(fixPath(pyL1, 'PointInTimeRecoverySpecification.PointInTimeRecoveryEnabled'), 'pointInTimeRecoverySpecification.pointInTimeRecoveryEnabled');
  });
});

describe('rds helper', () => {
  it('reads the engine and tells Aurora and cluster members apart', async () => {
    assert.equal(isAuroraEngine('aurora-postgresql'), true);
    assert.equal(isAuroraEngine('Aurora'), true);
    assert.equal(isAuroraEngine('rds.DatabaseClusterEngine.auroraMysql({ version })'), true);
    assert.equal(isAuroraEngine('postgres'), false);
    assert.equal(isAuroraEngine(undefined), false);

    const member = await resource('t.tf', 'resource "aws_rds_cluster_instance" "i" {\n  cluster_identifier = "c"\n}\n', 'aws_rds_cluster_instance.i');
    assert.equal(isClusterMember(member), true);
    const db = await resource('t.yaml', 'Resources:\n  Db:\n    Type: AWS::RDS::DBInstance\n    Properties:\n      Engine: mysql\n', 'Db');
    assert.equal(engineText(db), 'mysql');
    assert.equal(isClusterMember(db), false);
  });
});
