import * as assert from 'node:assert/strict';
import { parseDocument } from '../../../src/core/iac/parseDocument';
import { lint } from '../../../src/core/rules/engine';
import s3Versioning from '../../../src/core/rules/s3/s3-versioning-enabled';
import { findSuppressionComments, parseSuppressionText } from '../../../src/core/rules/suppressions';
import { dedent } from './ruleTester';

async function run(code: string, file: string, today = '2026-11-23', severityOf?: (id: string) => 'off' | undefined) {
  const doc = await parseDocument(code, { uri: `file:///t/${file}` });
  assert.deepEqual(doc.parseErrors, []);
  return lint(doc, code, { rules: [s3Versioning], today, severityOf });
}

const ids = (r: Awaited<ReturnType<typeof run>>) => r.findings.map(f => `${f.range.start.line + 1}:${f.ruleId}:${f.messageId}`);

describe('suppressions', () => {
  it('parses rule lists, expiry and reason', () => {
    assert.deepEqual(parseSuppressionText(' a-b, c-d until=2027-01-31 -- legacy bucket, see JIRA-1'), {
      ruleIds: ['a-b', 'c-d'],
      reason: 'legacy bucket, see JIRA-1',
      until: '2027-01-31',
      malformed: undefined,
    });
    assert.equal(parseSuppressionText(' -- why').malformed, 'no rule id after aws-field-guide:ignore');
    assert.equal(parseSuppressionText(' a-b until=2027-02-30 -- x').malformed, 'until=2027-02-30 is not a date (YYYY-MM-DD)');
    assert.match(parseSuppressionText(' a-b because -- x').malformed!, /unexpected "because"/);
  });

  it('a comment above the resource silences it in YAML, and says nothing else', async () => {
    const r = await run(dedent(`
      Resources:
        # aws-field-guide:ignore s3-versioning-enabled -- scratch bucket, recreated daily
        Logs:
          Type: AWS::S3::Bucket
        Other:
          Type: AWS::S3::Bucket
    `), 'a.yaml');
    assert.deepEqual(ids(r), ['6:s3-versioning-enabled:missing']);
    assert.equal(r.suppressed.length, 1);
    assert.equal(r.suppressed[0].suppression.reason, 'scratch bucket, recreated daily');
  });

  it('on the offending line, trailing, or in a comment block above it; not two lines away', async () => {
    const r = await run(dedent(`
      Resources:
        Logs:
          Type: AWS::S3::Bucket # aws-field-guide:ignore s3-versioning-enabled -- trailing
        Far:
          # aws-field-guide:ignore s3-versioning-enabled -- blank line breaks the block

          Type: AWS::S3::Bucket
    `), 'a.yaml');
    assert.deepEqual(ids(r), ['7:s3-versioning-enabled:missing']);
  });

  it('// comments in Terraform and TypeScript, # in Python and Terraform', async () => {
    const tf = await run('// aws-field-guide:ignore s3-versioning-enabled -- tf\nresource "aws_s3_bucket" "a" {}\n# aws-field-guide:ignore s3-versioning-enabled -- hash\nresource "aws_s3_bucket" "b" {}\n', 'main.tf');
    assert.deepEqual(ids(tf), []);
    const ts = await run("import * as s3 from 'aws-cdk-lib/aws-s3';\n// aws-field-guide:ignore s3-versioning-enabled -- ts\nnew s3.Bucket(this, 'A');\n", 'stack.ts');
    assert.deepEqual(ids(ts), []);
    const py = await run('from aws_cdk import aws_s3 as s3\n# aws-field-guide:ignore s3-versioning-enabled -- py\ns3.Bucket(self, "A")\n', 'app.py');
    assert.deepEqual(ids(py), []);
    // A `#` comment is not a comment in TypeScript.
    const wrong = await run("import * as s3 from 'aws-cdk-lib/aws-s3';\nconst x = '# aws-field-guide:ignore s3-versioning-enabled -- no';\nnew s3.Bucket(this, 'A');\n", 'stack.ts');
    assert.deepEqual(ids(wrong), ['3:s3-versioning-enabled:missing']);
  });

  it('expires after its until date and says so; a missing reason is reported but still works', async () => {
    const code = dedent(`
      Resources:
        # aws-field-guide:ignore s3-versioning-enabled until=2026-06-30 -- until the migration
        Old:
          Type: AWS::S3::Bucket
        # aws-field-guide:ignore s3-versioning-enabled
        NoReason:
          Type: AWS::S3::Bucket
    `);
    const before = await run(code, 'a.yaml', '2026-06-30');
    assert.deepEqual(ids(before), ['5:suppression-hygiene:missingReason']);
    const after = await run(code, 'a.yaml', '2026-07-01');
    assert.deepEqual(ids(after), ['2:suppression-hygiene:expired', '4:s3-versioning-enabled:missing', '5:suppression-hygiene:missingReason']);
    assert.match(after.findings[0].message, /expired on 2026-06-30/);
  });

  it('unknown rule ids and malformed comments are reported', async () => {
    const r = await run('# aws-field-guide:ignore s3-versioning-enabld -- typo\nResources:\n  A:\n    Type: AWS::S3::Bucket # aws-field-guide:ignore\n', 'a.yaml');
    assert.deepEqual(ids(r), ['1:suppression-hygiene:unknownRule', '4:s3-versioning-enabled:missing', '4:suppression-hygiene:malformed']);
  });

  it('CloudFormation Metadata, with ids or entries with their own reason and expiry', async () => {
    const r = await run(dedent(`
      Resources:
        A:
          Type: AWS::S3::Bucket
          Metadata:
            aws-field-guide:
              ignore: [s3-versioning-enabled]
              reason: build cache, disposable
        B:
          Type: AWS::S3::Bucket
          Metadata:
            aws-field-guide:
              ignore:
                - id: s3-versioning-enabled
                  until: 2026-01-01
                  reason: old
        C:
          Type: AWS::S3::Bucket
          Metadata:
            aws-field-guide:
              ignore: [s3-versioning-enabled]
    `), 'a.yaml');
    assert.deepEqual(ids(r), ['9:s3-versioning-enabled:missing', '13:suppression-hygiene:expired', '20:suppression-hygiene:missingReason']);
    assert.deepEqual(r.suppressed.map(s => s.finding.resource.address), ['A', 'C']);
  });

  it('the hygiene pseudo-rule can be turned off like any rule', async () => {
    const r = await run('Resources:\n  A:\n    Type: AWS::S3::Bucket # aws-field-guide:ignore s3-versioning-enabled\n', 'a.yaml', '2026-11-23', id => (id === 'suppression-hygiene' ? 'off' : undefined));
    assert.deepEqual(ids(r), []);
  });

  it('finds nothing, cheaply, in a file without the marker', () => {
    assert.equal(findSuppressionComments('Resources: {}\n'.repeat(1000), 'yaml').size, 0);
  });
});

describe('engine', () => {
  it('a configured severity wins; off disables the rule', async () => {
    const code = 'Resources:\n  A:\n    Type: AWS::S3::Bucket\n';
    const doc = await parseDocument(code, { uri: 'file:///t/a.yaml' });
    assert.equal(lint(doc, code, { rules: [s3Versioning], severityOf: () => 'error' }).findings[0].severity, 'error');
    assert.deepEqual(lint(doc, code, { rules: [s3Versioning], severityOf: () => 'off' }).findings, []);
  });

  it('messages follow the language; fixes are computed only when asked', async () => {
    const code = 'Resources:\n  A:\n    Type: AWS::S3::Bucket\n';
    const doc = await parseDocument(code, { uri: 'file:///t/a.yaml' });
    const ko = lint(doc, code, { rules: [s3Versioning], language: 'ko' }).findings[0];
    assert.match(ko.message, /버전 관리/);
    assert.equal(ko.fix?.title, '버전 관리 활성화');
    const lazy = lint(doc, code, { rules: [s3Versioning], computeFixes: false }).findings[0];
    assert.equal(lazy.fix, undefined);
    assert.equal(lazy.fixable, true);
  });

  it('a rule that throws is reported and the others still run', async () => {
    const code = 'Resources:\n  A:\n    Type: AWS::S3::Bucket\n';
    const doc = await parseDocument(code, { uri: 'file:///t/a.yaml' });
    const broken = { meta: { ...s3Versioning.meta, id: 'broken-rule' }, check: () => { throw new Error('boom'); } };
    const r = lint(doc, code, { rules: [broken, s3Versioning] });
    assert.deepEqual(r.ruleErrors, [{ ruleId: 'broken-rule', resource: 'A', message: 'boom' }]);
    assert.equal(r.findings.length, 1);
  });

  it('files that are not IaC cost nothing', async () => {
    const doc = await parseDocument('name: x\n', { uri: 'file:///t/a.yaml' });
    assert.deepEqual(lint(doc, 'name: x\n', { rules: [s3Versioning] }).findings, []);
  });
});
