import * as assert from 'node:assert/strict';
import {
  cdkClassUrl,
  cdkL1CloudFormationUrl,
  cdkPropsUrl,
  cloudFormationUrl,
  propertyDocsLinks,
  resourceDocsLinks,
  samUrl,
  terraformUrl,
} from '../../../src/core/hover/docsLinks';
import { canonicalCdkSymbol, resolveCdkType } from '../../../src/core/hover/cdkTypes';
import type { Resource } from '../../../src/core/model/types';

const CFN = 'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/';
const SAM = 'https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/';
const TF = 'https://registry.terraform.io/providers/hashicorp/';
const CDK = 'https://docs.aws.amazon.com/cdk/api/v2/docs/';

type Target = Pick<Resource, 'format' | 'role' | 'type' | 'kind'>;
const res = (format: Resource['format'], type: string, kind: string, role: Resource['role'] = 'resource'): Target => ({ format, type, kind, role });

describe('hover docs links', () => {
  describe('CloudFormation', () => {
    it('links a type to its Template Reference page', () => {
      assert.equal(cloudFormationUrl('AWS::S3::Bucket'), `${CFN}aws-resource-s3-bucket.html`);
      assert.equal(cloudFormationUrl('AWS::EC2::VPCEndpoint'), `${CFN}aws-resource-ec2-vpcendpoint.html`);
      assert.equal(cloudFormationUrl('AWS::ElasticLoadBalancingV2::LoadBalancer'), `${CFN}aws-resource-elasticloadbalancingv2-loadbalancer.html`);
    });

    it('anchors a top-level property', () => {
      assert.equal(cloudFormationUrl('AWS::S3::Bucket', 'VersioningConfiguration'), `${CFN}aws-resource-s3-bucket.html#cfn-s3-bucket-versioningconfiguration`);
      assert.equal(cloudFormationUrl('AWS::EC2::Instance', 'InstanceType'), `${CFN}aws-resource-ec2-instance.html#cfn-ec2-instance-instancetype`);
    });

    it('sends SAM types to the SAM guide, with its own anchors', () => {
      assert.equal(cloudFormationUrl('AWS::Serverless::Function'), `${SAM}sam-resource-function.html`);
      assert.equal(cloudFormationUrl('AWS::Serverless::Function', 'Runtime'), `${SAM}sam-resource-function.html#sam-function-runtime`);
      assert.equal(samUrl('HttpApi'), `${SAM}sam-resource-httpapi.html`);
    });

    it('sends custom resources to the custom resource page and knows nothing else', () => {
      assert.equal(cloudFormationUrl('Custom::Seeder'), `${CFN}aws-resource-cloudformation-customresource.html`);
      assert.equal(cloudFormationUrl('Alexa::ASK::Skill'), undefined);
      assert.equal(cloudFormationUrl('NotAType'), undefined);
    });

    it('a nested property links to its top-level property (nested type pages are named after types the model does not know)', () => {
      const links = propertyDocsLinks(res('cloudformation', 'AWS::S3::Bucket', 'aws.s3.bucket'), ['LifecycleConfiguration', 'Rules', 'Transitions', 'StorageClass']);
      assert.deepEqual(links, [
        {
          source: 'cloudformation',
          title: 'AWS::S3::Bucket.LifecycleConfiguration.Rules.Transitions.StorageClass',
          url: `${CFN}aws-resource-s3-bucket.html#cfn-s3-bucket-lifecycleconfiguration`,
        },
      ]);
    });
  });

  describe('Terraform', () => {
    it('links resources and data sources of the aws and awscc providers', () => {
      assert.equal(terraformUrl('aws_s3_bucket'), `${TF}aws/latest/docs/resources/s3_bucket`);
      assert.equal(terraformUrl('aws_ami', 'data'), `${TF}aws/latest/docs/data-sources/ami`);
      assert.equal(terraformUrl('awscc_s3_bucket'), `${TF}awscc/latest/docs/resources/s3_bucket`);
      assert.equal(terraformUrl('google_storage_bucket'), undefined);
    });

    it('properties go to the Argument Reference heading of the page', () => {
      const [link] = propertyDocsLinks(res('terraform', 'aws_instance', 'aws.ec2.instance'), ['metadata_options', 'http_tokens']);
      assert.equal(link.url, `${TF}aws/latest/docs/resources/instance#argument-reference`);
      assert.equal(link.title, 'aws_instance.metadata_options.http_tokens');
    });

    it('data blocks link their data source page; providers and variables get nothing', () => {
      assert.deepEqual(resourceDocsLinks(res('terraform', 'aws_iam_policy_document', 'aws.iam.policy-document', 'data')).map(l => l.url), [
        `${TF}aws/latest/docs/data-sources/iam_policy_document`,
      ]);
      assert.deepEqual(resourceDocsLinks(res('terraform', 'aws', 'provider', 'provider')), []);
      assert.deepEqual(resourceDocsLinks(res('terraform', 'variable', 'variable', 'variable')), []);
    });
  });

  describe('CDK', () => {
    it('links L2 classes and their props page', () => {
      assert.equal(cdkClassUrl({ module: 's3', className: 'Bucket' }), `${CDK}aws-cdk-lib.aws_s3.Bucket.html`);
      assert.equal(cdkPropsUrl({ module: 's3', className: 'Bucket' }, 'lifecycleRules'), `${CDK}aws-cdk-lib.aws_s3.BucketProps.html#lifecyclerules`);
      assert.equal(cdkPropsUrl({ module: 'dynamodb', className: 'TableV2' }), `${CDK}aws-cdk-lib.aws_dynamodb.TablePropsV2.html`);
      assert.equal(cdkClassUrl({ module: 'lambda-nodejs', className: 'NodejsFunction' }), `${CDK}aws-cdk-lib.aws_lambda_nodejs.NodejsFunction.html`);
      assert.equal(cdkClassUrl({ module: 'core', className: 'Stack' }), `${CDK}aws-cdk-lib.Stack.html`);
      assert.equal(cdkClassUrl({ module: 'lambda-python-alpha', className: 'PythonFunction' }), `${CDK}@aws-cdk_aws-lambda-python-alpha.PythonFunction.html`);
    });

    it('links L1 classes to the CDK page and the CloudFormation page behind them', () => {
      assert.equal(cdkClassUrl({ module: 's3', className: 'CfnBucket' }), `${CDK}aws-cdk-lib.aws_s3.CfnBucket.html`);
      assert.equal(cdkL1CloudFormationUrl({ module: 's3', className: 'CfnBucket' }), `${CFN}aws-resource-s3-bucket.html`);
      assert.equal(cdkL1CloudFormationUrl({ module: 's3', className: 'CfnBucket' }, 'versioningConfiguration'), `${CFN}aws-resource-s3-bucket.html#cfn-s3-bucket-versioningconfiguration`);
      assert.equal(cdkL1CloudFormationUrl({ module: 'sam', className: 'CfnFunction' }), `${SAM}sam-resource-function.html`);
      assert.equal(cdkL1CloudFormationUrl({ module: 's3', className: 'Bucket' }), undefined);
      const links = resourceDocsLinks(res('cdk-typescript', 's3.CfnBucket', 'aws.s3.bucket'));
      assert.deepEqual(links.map(l => [l.source, l.url]), [
        ['cdk', `${CDK}aws-cdk-lib.aws_s3.CfnBucket.html`],
        ['cloudformation', `${CFN}aws-resource-s3-bucket.html`],
      ]);
    });

    it('resolves any import alias to the module (elbv2, _lambda, cdk.aws_s3, a named import via its kind)', () => {
      assert.deepEqual(resolveCdkType('elbv2.ApplicationLoadBalancer'), { module: 'elasticloadbalancingv2', className: 'ApplicationLoadBalancer' });
      assert.deepEqual(resolveCdkType('_lambda.Function'), { module: 'lambda', className: 'Function' });
      assert.deepEqual(resolveCdkType('cdk.aws_s3.Bucket'), { module: 's3', className: 'Bucket' });
      assert.deepEqual(resolveCdkType('Bucket', 'aws.s3.bucket'), { module: 's3', className: 'Bucket' });
      assert.equal(resolveCdkType('Bucket'), undefined);
      assert.equal(resolveCdkType('myLib.Bucket'), undefined);
      assert.deepEqual(
        resourceDocsLinks(res('cdk-python', '_lambda.Function', 'aws.lambda.function')).map(l => l.url),
        [`${CDK}aws-cdk-lib.aws_lambda.Function.html`],
      );
      assert.deepEqual(
        propertyDocsLinks(res('cdk-typescript', 'elbv2.ApplicationLoadBalancer', 'aws.elasticloadbalancingv2.load-balancer'), ['internetFacing']).map(l => l.url),
        [`${CDK}aws-cdk-lib.aws_elasticloadbalancingv2.ApplicationLoadBalancerProps.html#internetfacing`],
      );
    });

    it('canonicalizes symbols written with an alias', () => {
      assert.equal(canonicalCdkSymbol('elbv2.ApplicationProtocol.HTTPS'), 'elasticloadbalancingv2.ApplicationProtocol.HTTPS');
      assert.equal(canonicalCdkSymbol('cdk.RemovalPolicy.DESTROY'), 'RemovalPolicy.DESTROY');
      assert.equal(canonicalCdkSymbol('s3.StorageClass.GLACIER'), 's3.StorageClass.GLACIER');
      assert.equal(canonicalCdkSymbol('STANDARD_IA'), 'STANDARD_IA');
      assert.equal(canonicalCdkSymbol('arn:aws:iam::aws:policy/AdministratorAccess'), 'arn:aws:iam::aws:policy/AdministratorAccess');
    });
  });
});
