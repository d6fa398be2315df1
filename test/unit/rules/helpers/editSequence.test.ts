import * as assert from 'node:assert/strict';
import { parseDocument } from '../../../../src/core/iac/parseDocument';
import { applyEdits } from '../../../../src/core/model/edits';
import { editsFor } from '../../../../src/core/rules/engine';
import { sequenceEdits, spanEdit } from '../../../../src/core/rules/helpers/editSequence';
import type { RuleContext } from '../../../../src/core/rules/ruleTypes';

async function contextFor(text: string, file: string): Promise<RuleContext> {
  const doc = await parseDocument(text, { uri: `file:///t/${file}` });
  return { doc, text, format: doc.format!, syntax: doc.syntax!, edits: editsFor(doc.syntax!), today: '2026-11-23', report: () => undefined };
}

describe('editSequence', () => {
  describe('spanEdit', () => {
    for (const [before, after] of [
      ['abc', 'abc'],
      ['abc', 'aXbc'],
      ['abc', 'abcX'],
      ['abc', 'Xabc'],
      ['a\r\nb', 'a\r\nX\r\nb'],
      ['a\r\nb', 'a\nb'],
      ['키: 🙂\r\n', '키: 🙂\r\nX: 1\r\n'],
    ]) {
      it(`${JSON.stringify(before)} → ${JSON.stringify(after)}`, () => {
        const e = spanEdit(before, after);
        assert.equal(applyEdits(before, [e]), after);
      });
    }

    it('never starts or ends between \\r and \\n', () => {
      const e = spanEdit('a\r\nb', 'a\r\r\nb');
      assert.equal(applyEdits('a\r\nb', [e]), 'a\r\r\nb');
      assert.ok(!(e.range.start.line === 0 && e.range.start.character === 2), JSON.stringify(e.range));
    });
  });

  describe('sequenceEdits', () => {
    it('adds two keys to a CloudFormation resource without Properties, keeping CRLF', async () => {
      const text = 'Resources:\r\n  Pool:\r\n    Type: AWS::Cognito::UserPool\r\n';
      const ctx = await contextFor(text, 'template.yaml');
      const pool = ctx.doc.resources[0];
      const edits = sequenceEdits(ctx, pool, [
        (t, r) => ctx.edits.insertProperty(t, r, 'MfaConfiguration', 'OPTIONAL'),
        (t, r) => ctx.edits.insertProperty(t, r, 'EnabledMfas', ['SOFTWARE_TOKEN_MFA']),
      ]);
      assert.equal(edits.length, 1);
      assert.equal(
        applyEdits(text, edits),
        'Resources:\r\n  Pool:\r\n    Type: AWS::Cognito::UserPool\r\n    Properties:\r\n      MfaConfiguration: OPTIONAL\r\n      EnabledMfas:\r\n        - SOFTWARE_TOKEN_MFA\r\n',
      );
    });

    it('finds the resource again when an earlier step added an import line', async () => {
      const text = "import { UserPool } from 'aws-cdk-lib/aws-cognito';\nnew UserPool(this, 'A');\nnew UserPool(this, 'B');\n";
      const ctx = await contextFor(text, 'stack.ts');
      const b = ctx.doc.resources[1];
      const edits = sequenceEdits(ctx, b, [
        (t, r) => ctx.edits.insertProperty(t, r, 'mfa', { $raw: 'cognito.Mfa.OPTIONAL' }),
        (t, r) => ctx.edits.insertProperty(t, r, 'mfaSecondFactor', { sms: false, otp: true }),
      ]);
      assert.match(applyEdits(text, edits), /new UserPool\(this, 'B', \{ mfa: cognito\.Mfa\.OPTIONAL, mfaSecondFactor: \{ sms: false, otp: true \} \}\);\n$/);
    });

    it('gives nothing when a step cannot be done', async () => {
      const text = 'resource "aws_cognito_user_pool" "p" { name = "p" }\n';
      const ctx = await contextFor(text, 'main.tf');
      const edits = sequenceEdits(ctx, ctx.doc.resources[0], [
        (t, r) => ctx.edits.insertProperty(t, r, 'mfa_configuration', 'OPTIONAL'),
        (t, r) => ctx.edits.insertProperty(t, r, 'software_token_mfa_configuration', { enabled: true }),
      ]);
      assert.deepEqual(edits, []);
    });
  });
});
