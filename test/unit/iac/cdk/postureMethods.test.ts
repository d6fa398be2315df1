/** The posture methods both CDK languages attach to the construct they are called on. */
import * as assert from 'node:assert/strict';
import { parseCdkPython } from '../../../../src/core/iac/cdk/python';
import { parseCdkTypeScript } from '../../../../src/core/iac/cdk/typescript';

const TS = `import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as iam from 'aws-cdk-lib/aws-iam';
const fn = new lambda.Function(this, 'Fn', { runtime: lambda.Runtime.NODEJS_20_X, handler: 'i.h', code: lambda.Code.fromInline('x') });
fn.addToRolePolicy(new iam.PolicyStatement({ actions: ['s3:*'], resources: ['*'] }));
`;

const PY = `from aws_cdk import aws_lambda as _lambda, aws_iam as iam
fn = _lambda.Function(self, "Fn", runtime=_lambda.Runtime.NODEJS_20_X, handler="i.h", code=_lambda.Code.from_inline("x"))
fn.add_to_role_policy(iam.PolicyStatement(actions=["s3:*"], resources=["*"]))
`;

describe('CDK posture methods', () => {
  it('addToRolePolicy is recorded on the function, in TypeScript and Python alike', async () => {
    const ts = parseCdkTypeScript(TS);
    const py = (await parseCdkPython(PY)).doc;
    for (const doc of [ts, py]) {
      const fn = doc.resources.find(r => r.name === 'Fn');
      assert.deepEqual(fn?.calls.map(c => c.method), ['addToRolePolicy'], doc.format);
      assert.equal(fn?.kind, 'aws.lambda.function');
      const statement = doc.resources.find(r => r.kind === 'aws.iam.policy-statement');
      assert.ok(statement, `${doc.format}: the inline statement is a resource`);
      assert.ok(doc.links.some(l => l.from === 'Fn' && l.to === statement!.name && l.path === 'calls.addToRolePolicy'), `${doc.format}: linked`);
    }
  });

  it('load balancer and distribution methods: TypeScript argument order, Python keywords as the options map', async () => {
    const ts = parseCdkTypeScript(`import * as elbv2 from 'aws-cdk-lib/aws-elasticloadbalancingv2';
import * as cloudfront from 'aws-cdk-lib/aws-cloudfront';
const alb = new elbv2.ApplicationLoadBalancer(this, 'Alb', { vpc });
alb.addListener('Http', { port: 80 });
alb.addRedirect();
alb.logAccessLogs(bucket, 'alb');
const d = new cloudfront.Distribution(this, 'D', { defaultBehavior: { origin } });
d.addBehavior('/api/*', origin, { viewerProtocolPolicy: cloudfront.ViewerProtocolPolicy.HTTPS_ONLY });
`);
    const py = (await parseCdkPython(`from aws_cdk import aws_elasticloadbalancingv2 as elbv2, aws_cloudfront as cloudfront
alb = elbv2.ApplicationLoadBalancer(self, "Alb", vpc=vpc)
alb.add_listener("Http", port=80)
alb.add_redirect()
alb.log_access_logs(bucket, prefix="alb")
d = cloudfront.Distribution(self, "D", default_behavior=cloudfront.BehaviorOptions(origin=origin))
d.add_behavior("/api/*", origin, viewer_protocol_policy=cloudfront.ViewerProtocolPolicy.HTTPS_ONLY)
`)).doc;
    for (const doc of [ts, py]) {
      const plain = (name: string) => doc.resources.find(r => r.name === name)?.calls.map(c => [c.method, c.arguments.map(a =>
        a.kind === 'map' ? Object.fromEntries(a.properties.map(p => [p.key, p.value.kind === 'symbol' ? p.value.value : p.value.kind === 'number' ? p.value.value : p.value.kind])) : a.kind === 'string' ? a.value : a.kind)]);
      assert.deepEqual(plain('Alb'), [
        ['addListener', ['Http', { port: 80 }]],
        ['addRedirect', []],
        ['logAccessLogs', ['unknown', 'alb']],
      ], doc.format);
      assert.deepEqual(plain('D'), [['addBehavior', ['/api/*', 'unknown', { viewerProtocolPolicy: 'cloudfront.ViewerProtocolPolicy.HTTPS_ONLY' }]]], doc.format);
    }
  });
});
