import * as assert from 'node:assert/strict';
import { parseDocument } from '../../../../src/core/iac/parseDocument';
import type { ParsedDocument, Resource, Value } from '../../../../src/core/model/types';
import { attachmentsOf, awsManagedPolicyName, groupsOf, identityStatements, membersOf } from '../../../../src/core/rules/helpers/iam';
import { dedent } from '../ruleTester';

const range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
const s = (value: string): Value => ({ kind: 'string', value, range });
const u = (text: string): Value => ({ kind: 'unknown', text, range });

async function load(file: string, code: string): Promise<{ doc: ParsedDocument; text: string; get: (n: string) => Resource }> {
  const doc = await parseDocument(code, { uri: `file:///t/${file}` });
  assert.deepEqual(doc.parseErrors, []);
  return { doc, text: code, get: n => doc.resources.find(r => r.name === n)! };
}

describe('IAM helper', () => {
  it('names AWS managed policies from ARNs in every spelling', () => {
    assert.equal(awsManagedPolicyName(s('arn:aws:iam::aws:policy/AdministratorAccess')), 'AdministratorAccess');
    assert.equal(awsManagedPolicyName(s('arn:aws-us-gov:iam::aws:policy/job-function/ViewOnlyAccess')), 'ViewOnlyAccess');
    assert.equal(awsManagedPolicyName(s('arn:aws:iam::111122223333:policy/AdministratorAccess')), undefined, 'a customer policy of that name');
    assert.equal(awsManagedPolicyName(u('!Sub arn:${AWS::Partition}:iam::aws:policy/IAMFullAccess')), 'IAMFullAccess');
    assert.equal(awsManagedPolicyName(u('!Sub "arn:${AWS::Partition}:iam::${AWS::AccountId}:policy/X"')), undefined);
    assert.equal(awsManagedPolicyName(u('{"Fn::Sub": "arn:${AWS::Partition}:iam::aws:policy/AdministratorAccess"}')), 'AdministratorAccess');
    assert.equal(awsManagedPolicyName(u('"arn:${data.aws_partition.current.partition}:iam::aws:policy/AdministratorAccess"')), 'AdministratorAccess');
    assert.equal(awsManagedPolicyName(u('"arn:${var.partition}:iam::aws:policy/AdministratorAccess"')), undefined);
    assert.equal(awsManagedPolicyName({ kind: 'symbol', value: "iam.ManagedPolicy.fromAwsManagedPolicyName('ReadOnlyAccess')", range }), 'ReadOnlyAccess');
    assert.equal(awsManagedPolicyName(u("iam.ManagedPolicy.fromManagedPolicyArn(this, 'A', 'arn:aws:iam::aws:policy/AdministratorAccess')")), 'AdministratorAccess');
  });

  it('CloudFormation: attachments by reference and by name, membership, unresolved names', async () => {
    const { doc, text, get } = await load('template.yaml', dedent(`
      Parameters:
        Who:
          Type: CommaDelimitedList
      Resources:
        Staff:
          Type: AWS::IAM::Group
          Properties:
            GroupName: staff
        Alice:
          Type: AWS::IAM::User
          Properties:
            UserName: alice
            Groups: [staff, outside]
            ManagedPolicyArns: [arn:aws:iam::aws:policy/ReadOnlyAccess, !Ref Custom]
        Custom:
          Type: AWS::IAM::ManagedPolicy
          Properties:
            Users: [alice]
            PolicyDocument: { Statement: [{ Effect: Allow, Action: s3:GetObject, Resource: "*" }] }
        Other:
          Type: AWS::IAM::Policy
          Properties:
            PolicyName: o
            Users: !Ref Who
            PolicyDocument: { Statement: [] }
    `));
    const ctx = { doc, text };
    const a = attachmentsOf(get('Alice'), ctx);
    assert.deepEqual(a.policies.map(p => [p.via.name, p.awsManaged, p.source?.name, p.opaque]), [
      ['Alice', 'ReadOnlyAccess', undefined, false],
      ['Alice', undefined, 'Custom', false],
    ], 'Custom named by ARN and by user name: once');
    assert.equal(a.unresolved, true, 'Users: !Ref Who may name alice');
    const g = groupsOf(get('Alice'), ctx);
    assert.deepEqual([g.resources.map(r => r.name), g.unresolved], [['Staff'], true]);
    assert.deepEqual(membersOf(get('Staff'), ctx).resources.map(r => r.name), ['Alice']);
  });

  it('Terraform: a permissions boundary policy has no identity statements to report', async () => {
    const { doc, text, get } = await load('main.tf', dedent(`
      resource "aws_iam_policy" "boundary" {
        policy = jsonencode({ Statement = [{ Effect = "Allow", Action = "*", Resource = "*" }] })
      }
      resource "aws_iam_role" "r" {
        assume_role_policy   = "{}"
        permissions_boundary = aws_iam_policy.boundary.arn
      }
    `));
    assert.deepEqual(identityStatements(get('aws_iam_policy.boundary'), { doc, text }), []);
  });
});
