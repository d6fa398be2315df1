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
});
