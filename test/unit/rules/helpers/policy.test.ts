import * as assert from 'node:assert/strict';
import { parseDocument } from '../../../../src/core/iac/parseDocument';
import type { ParsedDocument, SourceRange } from '../../../../src/core/model/types';
import {
  conditionValues,
  grantsAction,
  hasLiteral,
  matchesPattern,
  policiesOf,
  type HeldPolicy,
  type PolicyList,
} from '../../../../src/core/rules/helpers/policy';
import { dedent } from '../ruleTester';

async function held(name: string, file: string, code: string): Promise<{ doc: ParsedDocument; policies: HeldPolicy[] }> {
  const doc = await parseDocument(code, { uri: `file:///t/${file}` });
  assert.deepEqual(doc.parseErrors, []);
  const r = doc.resources.find(x => x.name === name);
  assert.ok(r, `no resource ${name}`);
  return { doc, policies: policiesOf(r, { doc, text: code }) };
}

/** 1-based `line:col-line:col`. */
function at(r: SourceRange): string {
  return `${r.start.line + 1}:${r.start.character + 1}-${r.end.line + 1}:${r.end.character + 1}`;
}

const values = (l: PolicyList | undefined) => l?.values;

describe('policy helper', () => {
  it('matches IAM wildcards without case', () => {
    assert.ok(matchesPattern('s3:Get*', 's3:GetObject'));
    assert.ok(matchesPattern('*', 'iam:CreateUser'));
    assert.ok(matchesPattern('IAM:*', 'iam:PassRole'));
    assert.ok(matchesPattern('iam:?assRole', 'iam:PassRole'));
    assert.ok(!matchesPattern('s3:Get*', 's3:PutObject'));
    assert.ok(!matchesPattern('s3.*', 's3:x'), 'a dot is literal');
  });

  it('CloudFormation: inline role policies, trust policy, single statement map, conditions', async () => {
    const { policies } = await held('Role', 'template.yaml', dedent(`
      Resources:
        Role:
          Type: AWS::IAM::Role
          Properties:
            AssumeRolePolicyDocument:
              Statement:
                - Effect: Allow
                  Principal: { Service: lambda.amazonaws.com }
                  Action: sts:AssumeRole
            Policies:
              - PolicyName: a
                PolicyDocument:
                  Statement:
                    Effect: Deny
                    NotAction: [iam:ChangePassword, !Ref Extra]
                    Resource: "*"
                    Condition:
                      BoolIfExists: { aws:MultiFactorAuthPresent: false }
              - !If [C, { PolicyName: b }, !Ref AWS::NoValue]
    `));
    assert.deepEqual(policies.map(p => [p.use, p.document?.complete]), [['identity', true], ['identity', undefined], ['trust', true]]);
    const [s] = policies[0].document!.statements;
    assert.equal(s.effect, 'Deny');
    assert.equal(s.notActions?.values, undefined, 'a !Ref item: the whole list cannot be told');
    assert.deepEqual(s.notActions?.items.map(i => i.value), ['iam:ChangePassword']);
    assert.equal(at(s.notActions!.items[0].range), '15:27-15:45');
    assert.deepEqual(s.conditions?.map(c => [c.operator, c.key, c.values]), [['BoolIfExists', 'aws:MultiFactorAuthPresent', ['false']]]);
    assert.equal(conditionValues(s, ['Bool', 'BoolIfExists'], 'AWS:multifactorauthpresent').length, 1);
    assert.equal(grantsAction(s, 'iam:ChangePassword'), false);
    assert.equal(grantsAction(s, 's3:GetObject'), undefined, 'the unknown item may be s3:GetObject');
    const trust = policies[2].document!.statements[0];
    assert.equal(trust.principal?.anyone, false);
    assert.deepEqual(trust.principal?.entries.map(e => [e.type, e.values.values]), [['Service', ['lambda.amazonaws.com']]]);
  });

  it('CloudFormation JSON: bucket policy with Principal "*" and AWS "*"', async () => {
    const code = '{"Resources": {"P": {"Type": "AWS::S3::BucketPolicy", "Properties": {"Bucket": "b", "PolicyDocument": {"Statement": [\n' +
      '{"Effect": "Allow", "Principal": "*", "Action": "s3:GetObject", "Resource": "arn:aws:s3:::b/*"},\n' +
      '{"Effect": "Allow", "Principal": {"AWS": ["arn:aws:iam::1:root", "*"]}, "Action": "s3:GetObject", "Resource": "arn:aws:s3:::b/*"},\n' +
      '{"Effect": "Allow", "Principal": {"AWS": {"Ref": "Who"}}, "Action": "s3:GetObject", "Resource": "arn:aws:s3:::b/*"}\n' +
      ']}}}}}';
    const { policies } = await held('P', 'template.json', code);
    assert.deepEqual(policies.map(p => p.use), ['resource']);
    assert.deepEqual(policies[0].document!.statements.map(s => s.principal?.anyone), [true, true, undefined]);
  });

  it('Terraform: jsonencode, heredoc with exact ranges, quoted JSON string, unknown', async () => {
    const code = dedent(`
      resource "aws_iam_policy" "a" {
        policy = jsonencode({
          Statement = [{ Effect = "Allow", Action = ["s3:*"], Resource = aws_s3_bucket.b.arn }]
        })
      }
      resource "aws_iam_policy" "h" {
        policy = <<EOF
      {
        "Statement": [{"Effect": "Allow", "Action": "*", "Resource": "*"}]
      }
      EOF
      }
      resource "aws_iam_policy" "q" {
        policy = "{\\"Statement\\": {\\"Effect\\": \\"Deny\\", \\"Action\\": \\"*\\", \\"Resource\\": \\"*\\"}}"
      }
      resource "aws_iam_policy" "v" {
        policy = var.policy
      }
    `);
    const a = (await held('aws_iam_policy.a', 'main.tf', code)).policies[0].document!.statements[0];
    assert.deepEqual([a.effect, values(a.actions), values(a.resources)], ['Allow', ['s3:*'], undefined]);
    const h = (await held('aws_iam_policy.h', 'main.tf', code)).policies[0].document!.statements[0];
    assert.deepEqual(values(h.actions), ['*']);
    assert.equal(at(h.actions!.items[0].range), '9:47-9:50', 'a heredoc is verbatim: exact range');
    const q = (await held('aws_iam_policy.q', 'main.tf', code)).policies[0];
    assert.equal(q.document!.statements[0].effect, 'Deny');
    assert.equal(at(q.document!.statements[0].actions!.items[0].range), at(q.range), 'escaped string: the whole value');
    const v = (await held('aws_iam_policy.v', 'main.tf', code)).policies[0];
    assert.equal(v.document, undefined);
  });

  it('Terraform: policy document data source, followed from a policy', async () => {
    const code = dedent(`
      data "aws_iam_policy_document" "d" {
        statement {
          effect      = "Deny"
          not_actions = ["iam:ChangePassword"]
          resources   = ["*"]
          condition {
            test     = "BoolIfExists"
            variable = "aws:MultiFactorAuthPresent"
            values   = ["false"]
          }
        }
        statement {
          actions   = ["s3:GetObject"]
          resources = ["*"]
          principals {
            type        = "AWS"
            identifiers = ["*"]
          }
        }
      }
      data "aws_iam_policy_document" "o" {
        override_policy_documents = [data.aws_iam_policy_document.d.json]
        statement {
          sid     = "A"
          actions = ["*"]
        }
        statement {
          actions = ["s3:*"]
        }
      }
      resource "aws_iam_user_policy" "p" {
        user   = "u"
        policy = data.aws_iam_policy_document.d.json
      }
    `);
    const { policies } = await held('aws_iam_user_policy.p', 'main.tf', code);
    const [deny, allow] = policies[0].document!.statements;
    assert.equal(deny.resource.name, 'data.aws_iam_policy_document.d');
    assert.equal(deny.effect, 'Deny');
    assert.deepEqual(deny.conditions?.map(c => [c.operator, c.key, c.values]), [['BoolIfExists', 'aws:MultiFactorAuthPresent', ['false']]]);
    assert.equal(allow.effect, 'Allow', 'effect defaults to Allow');
    assert.equal(allow.principal?.anyone, true);
    const o = (await held('data.aws_iam_policy_document.o', 'main.tf', code)).policies[0];
    assert.equal(o.use, 'document');
    assert.equal(o.document!.complete, false);
    assert.deepEqual(o.document!.statements.map(s => values(s.actions)), [['s3:*']], 'a statement with a sid may be overridden');
  });

  it('CDK TypeScript: statements with fill-in calls, linked from a policy', async () => {
    const code = dedent(`
      import { aws_iam as iam } from 'aws-cdk-lib';
      const s = new iam.PolicyStatement({ effect: iam.Effect.DENY, actions: ['s3:*'] });
      s.addResources('*');
      s.addAnyPrincipal();
      s.addCondition('Bool', 'aws:SecureTransport', false);
      const p = new iam.Policy(this, 'P', { statements: [s, new iam.PolicyStatement({ actions: ['*'], resources: ['*'] })] });
      const q = new iam.Policy(this, 'Q', { statements: props.statements });
    `);
    const { doc, policies } = await held('P', 'stack.ts', code);
    const [s, t] = policies[0].document!.statements;
    assert.equal(policies[0].document!.complete, true);
    assert.deepEqual([s.effect, values(s.actions), values(s.resources), s.principal?.anyone], ['Deny', ['s3:*'], ['*'], true]);
    assert.deepEqual(s.conditions?.map(c => [c.operator, c.key, c.values]), [['Bool', 'aws:SecureTransport', ['false']]]);
    assert.equal(at(s.resources!.items[0].range), '3:16-3:19');
    assert.deepEqual([t.effect, values(t.actions), t.principal], ['Allow', ['*'], undefined]);
    assert.ok(hasLiteral(t.resources, '*'));
    const q = policiesOf(doc.resources.find(r => r.name === 'Q')!, { doc, text: code });
    assert.deepEqual(q.map(h => h.document?.complete), [false]);
  });

  it('CDK Python: statements in a policy and a bucket resource policy', async () => {
    const code = dedent(`
      from aws_cdk import aws_iam as iam, aws_s3 as s3
      bucket = s3.Bucket(self, "B")
      bucket.add_to_resource_policy(iam.PolicyStatement(principals=[iam.AnyPrincipal()], actions=["s3:GetObject"], resources=["*"]))
      p = iam.Policy(self, "P", statements=[iam.PolicyStatement(effect=iam.Effect.DENY, not_actions=["iam:*"], resources=["*"])])
    `);
    const b = (await held('B', 'app.py', code)).policies;
    assert.deepEqual(b.map(h => h.use), ['resource']);
    assert.equal(b[0].document!.statements[0].principal?.anyone, true);
    const p = (await held('P', 'app.py', code)).policies[0].document!.statements[0];
    assert.deepEqual([p.effect, values(p.notActions), grantsAction(p, 'iam:CreateUser'), grantsAction(p, 's3:GetObject')], ['Deny', ['iam:*'], false, true]);
  });
});
