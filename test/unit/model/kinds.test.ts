import * as assert from 'node:assert/strict';
import { cdkKind, cloudFormationKind, kebab, terraformKind } from '../../../src/core/model/kinds';

describe('normalized kinds', () => {
  it('kebab-cases CloudFormation type names, acronyms included', () => {
    assert.equal(kebab('NetworkAclEntry'), 'network-acl-entry');
    assert.equal(kebab('DBInstance'), 'db-instance');
    assert.equal(kebab('VPCEndpoint'), 'vpc-endpoint');
    assert.equal(kebab('EIP'), 'eip');
  });

  it('gives one kind to the same thing in every format', () => {
    const same: [string, string, [string, string]][] = [
      ['AWS::S3::Bucket', 'aws_s3_bucket', ['s3', 'Bucket']],
      ['AWS::EC2::NetworkAclEntry', 'aws_network_acl_rule', ['ec2', 'NetworkAclEntry']],
      ['AWS::EC2::SecurityGroup', 'aws_security_group', ['ec2', 'SecurityGroup']],
      ['AWS::RDS::DBInstance', 'aws_db_instance', ['rds', 'DatabaseInstance']],
      ['AWS::IAM::AccessKey', 'aws_iam_access_key', ['iam', 'AccessKey']],
      ['AWS::ElasticLoadBalancingV2::LoadBalancer', 'aws_lb', ['elasticloadbalancingv2', 'ApplicationLoadBalancer']],
      ['AWS::Cognito::UserPool', 'aws_cognito_user_pool', ['cognito', 'UserPool']],
      ['AWS::CloudTrail::Trail', 'aws_cloudtrail', ['cloudtrail', 'Trail']],
    ];
    for (const [cfn, tf, [mod, cls]] of same) {
      const k = cloudFormationKind(cfn);
      assert.equal(terraformKind(tf), k, tf);
      assert.equal(cdkKind(mod, cls), k, `${mod}.${cls}`);
    }
  });

  it('maps CDK L1 constructs like their CloudFormation type', () => {
    assert.equal(cdkKind('ec2', 'CfnNetworkAcl'), cloudFormationKind('AWS::EC2::NetworkAcl'));
    assert.equal(cdkKind('elasticloadbalancingv2', 'CfnTargetGroup'), cloudFormationKind('AWS::ElasticLoadBalancingV2::TargetGroup'));
  });

  it('maps SAM resources to the resources they become', () => {
    assert.equal(cloudFormationKind('AWS::Serverless::Function'), cloudFormationKind('AWS::Lambda::Function'));
  });

  it('keeps unknown types recognisable and never throws', () => {
    assert.equal(terraformKind('aws_something_new'), 'tf.aws_something_new');
    assert.equal(terraformKind('google_storage_bucket'), 'unknown');
    assert.equal(cloudFormationKind('AWS::S3::'), 'unknown');
    assert.equal(cdkKind('s3', 'NotAConstruct'), 'unknown');
  });
});
