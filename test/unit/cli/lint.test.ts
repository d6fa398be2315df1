/** `aws-field-guide lint` through the real bundle (dist/cli.js), on files written to a temp folder. */
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import Ajv from 'ajv-draft-04';
import type { Log } from 'sarif';

const CLI = path.resolve(__dirname, '..', '..', '..', 'dist', 'cli.js');

function lint(cwd: string, ...args: string[]) {
  const r = spawnSync(process.execPath, [CLI, 'lint', ...args], { encoding: 'utf8', cwd });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

function workspace(files: Record<string, string | Buffer>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'afg-lint-'));
  for (const [name, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), content);
  }
  return dir;
}

const BUCKET_YAML = 'Resources:\n  Logs:\n    Type: AWS::S3::Bucket\n';
const BUCKET_TF = 'resource "aws_s3_bucket" "logs" {\n  bucket = "logs"\n}\n';

describe('aws-field-guide lint (dist/cli.js)', () => {
  before(function () {
    if (!fs.existsSync(CLI)) throw new Error(`${CLI} is missing: run "node esbuild.mjs" first`);
  });

  it('walks folders, prints file:line:col, rule id and message, and a summary', () => {
    const dir = workspace({ 'cfn/app.yaml': BUCKET_YAML, 'tf/main.tf': BUCKET_TF, 'notes.yaml': 'name: not a template\n', 'node_modules/x/t.yaml': BUCKET_YAML });
    const r = lint(dir);
    assert.equal(r.code, 0, r.err); // info findings are below the default threshold (warning)
    const lines = r.out.trim().split('\n');
    assert.ok(lines.includes('cfn/app.yaml:3:11: info: Bucket Logs has no versioning: an overwrite or a delete cannot be undone. [s3-versioning-enabled]'), r.out);
    assert.ok(lines.some(l => l.startsWith('tf/main.tf:1:11: info: ')), r.out);
    assert.ok(!r.out.includes('node_modules'), 'node_modules is not walked');
    assert.match(lines.at(-1)!, /^\d+ findings \(\d+ info\) in 2 IaC files\.$/);
  });

  it('exits 1 when a finding reaches the threshold; messages in Korean on request', () => {
    const dir = workspace({ 'app.yaml': BUCKET_YAML });
    const r = lint(dir, '--severity-threshold', 'info', '--language', 'ko');
    assert.equal(r.code, 1);
    assert.match(r.out, /버킷 Logs에 버전 관리가 없습니다/);
  });

  it('--format json keeps the documented shape', () => {
    const dir = workspace({ 'app.yaml': BUCKET_YAML });
    const r = lint(dir, '--format', 'json');
    assert.equal(r.code, 0, r.err);
    const json = JSON.parse(r.out) as { files: { path: string; format: string; parseErrors: unknown[]; findings: { ruleId: string }[] }[] };
    assert.deepEqual(Object.keys(json), ['files']);
    assert.equal(json.files.length, 1);
    const [file] = json.files;
    assert.deepEqual(Object.keys(file), ['path', 'format', 'parseErrors', 'findings']);
    assert.deepEqual([file.path, file.format, file.parseErrors], ['app.yaml', 'cloudformation', []]);
    for (const f of file.findings) assert.deepEqual(Object.keys(f), ['ruleId', 'severity', 'message', 'resource', 'range', 'fixable']);
    assert.deepEqual(file.findings.find(f => f.ruleId === 's3-versioning-enabled'), {
      ruleId: 's3-versioning-enabled',
      severity: 'info',
      message: 'Bucket Logs has no versioning: an overwrite or a delete cannot be undone.',
      resource: { type: 'AWS::S3::Bucket', address: 'Logs' },
      range: { start: { line: 2, character: 10 }, end: { line: 2, character: 25 } },
      fixable: true,
    });
  });

  it('--format sarif validates against the SARIF 2.1.0 schema', () => {
    const dir = workspace({ 'app.yaml': BUCKET_YAML, 'main.tf': BUCKET_TF, 'broken.json': '{"Resources": {"A": {"Type": "AWS::S3::Bucket",}' });
    const r = lint(dir, '--format', 'sarif');
    const log = JSON.parse(r.out) as Log;
    const schema = JSON.parse(fs.readFileSync(require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8'));
    // The schema's language pattern is not valid in unicode mode; the spec means the plain reading.
    const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
    const validate = ajv.compile(schema);
    assert.ok(validate(log), JSON.stringify(validate.errors, null, 2));
    const run = log.runs[0];
    assert.ok(run.tool.driver.rules?.some(d => d.id === 's3-versioning-enabled' && d.helpUri?.endsWith('docs/rules.md#s3-versioning-enabled')));
    const results = (run.results ?? []).map(x => `${x.locations?.[0].physicalLocation?.artifactLocation?.uri}:${x.locations?.[0].physicalLocation?.region?.startLine} ${x.ruleId}`);
    assert.ok(results.includes('app.yaml:3 s3-versioning-enabled') && results.includes('main.tf:1 s3-versioning-enabled'), results.join('\n'));
    for (const x of run.results ?? []) assert.equal(run.tool.driver.rules?.[x.ruleIndex!].id, x.ruleId, 'ruleIndex points at the rule');
    assert.ok(run.invocations?.[0].toolExecutionNotifications?.some(n => n.message.text?.startsWith('broken.json:')), 'parse errors become notifications');
  });

  it('honours .aws-field-guide.yaml: severities and ignored paths', () => {
    const dir = workspace({
      '.aws-field-guide.yaml': 'rules:\n  s3-versioning-enabled: error\nignore:\n  - legacy/\n',
      'app.yaml': BUCKET_YAML,
      'legacy/old.yaml': BUCKET_YAML,
    });
    const r = lint(dir);
    assert.equal(r.code, 1);
    assert.match(r.out, /^app\.yaml:3:11: error: /m);
    assert.ok(!r.out.includes('legacy/'));
    const off = workspace({ '.aws-field-guide.yaml': 'rules:\n  s3-versioning-enabled: off\n', 'app.yaml': BUCKET_YAML });
    const offOut = lint(off).out;
    assert.ok(!offOut.includes('[s3-versioning-enabled]'), offOut);
    assert.match(offOut, /in 1 IaC file\.$/m);
  });

  it('a bad config is reported with file:line:col and exits 2 instead of linting with other settings', () => {
    const dir = workspace({ '.aws-field-guide.yaml': 'rules:\n  s3-versioning-enabled: loud\n', 'app.yaml': BUCKET_YAML });
    const r = lint(dir);
    assert.equal(r.code, 2);
    assert.match(r.err, /^\.aws-field-guide\.yaml:2:26: error: rule "s3-versioning-enabled": severity must be one of/m);
    assert.equal(lint(dir, '--config', 'missing.yaml').code, 2);
  });

  it('every config problem is reported with file:line:col: errors stop the run, warnings do not, an unreadable file is an error', () => {
    const syntax = lint(workspace({ '.aws-field-guide.yaml': 'rules:\n  s3-versioning-enabled: [off\n', 'app.yaml': BUCKET_YAML }));
    assert.equal(syntax.code, 2);
    assert.match(syntax.err, /^\.aws-field-guide\.yaml:\d+:\d+: error: \S/m);
    assert.match(syntax.err, /nothing was linted/);
    assert.equal(syntax.out, '', 'no findings printed from a run with a broken config');

    const duplicate = lint(workspace({ '.aws-field-guide.yaml': 'rules:\n  s3-versioning-enabled: off\n  s3-versioning-enabled: error\n', 'app.yaml': BUCKET_YAML }));
    assert.equal(duplicate.code, 2);
    assert.match(duplicate.err, /^\.aws-field-guide\.yaml:3:3: error: /m);

    const typo = lint(workspace({ '.aws-field-guide.yaml': 'rules:\n  s3-versioning-enabld: off\n', 'app.yaml': BUCKET_YAML }));
    assert.equal(typo.code, 0, typo.err);
    assert.match(typo.err, /^\.aws-field-guide\.yaml:2:3: warning: unknown rule "s3-versioning-enabld"$/m);
    assert.match(typo.out, /\[s3-versioning-enabled\]/, 'a misspelt id turns nothing off');

    const nested = workspace({ 'ci/lint.yaml': 'language: fr\n', 'app.yaml': BUCKET_YAML });
    const explicit = lint(nested, '--config', 'ci/lint.yaml');
    assert.equal(explicit.code, 2);
    assert.match(explicit.err, /^ci\/lint\.yaml:1:11: error: language must be "en" or "ko"$/m);

    const folder = lint(workspace({ '.aws-field-guide.yaml/keep': '', 'app.yaml': BUCKET_YAML }));
    assert.equal(folder.code, 2);
    assert.match(folder.err, /^aws-field-guide: cannot read config file \.aws-field-guide\.yaml: EISDIR$/m);
    assert.doesNotMatch(folder.err, /internal error/);
  });

  it('unreadable, binary, too big and unparsable files are reported and the run goes on', () => {
    const dir = workspace({
      'bin.json': Buffer.from([0x7b, 0x00, 0x01, 0x02]),
      'big.yaml': `Resources:\n${'  # padding\n'.repeat(120000)}`,
      'half.yaml': 'Resources:\n  Logs:\n    Type: AWS::S3::Bucket\n    Properties: {\n',
      'ok.tf': BUCKET_TF,
    });
    const r = lint(dir, '--max-file-size', '1', 'bin.json', 'big.yaml', 'half.yaml', 'ok.tf', 'missing.tf');
    assert.equal(r.code, 1, r.out + r.err);
    assert.match(r.out, /^bin\.json:1:1: warning: skipped: binary file \[parse\]$/m);
    assert.match(r.out, /^big\.yaml:1:1: warning: skipped: larger than the 1 MB size limit \(--max-file-size\) \[parse\]$/m);
    assert.match(r.out, /^half\.yaml:\d+:\d+: error: .+\[parse\]$/m);
    assert.match(r.out, /^missing\.tf:1:1: error: not read: no such file or folder \[parse\]$/m);
    assert.match(r.out, /^ok\.tf:1:11: info: /m);
  });

  it('usage errors exit 2 with the usage text', () => {
    const r = lint(os.tmpdir(), '--format', 'xml');
    assert.equal(r.code, 2);
    assert.match(r.err, /--format must be text, json or sarif/);
    assert.match(r.err, /Usage:/);
  });

  it('--show-suppressed lists suppressed findings with their reason', () => {
    const dir = workspace({ 'app.yaml': 'Resources:\n  # aws-field-guide:ignore s3-versioning-enabled -- temp data\n  Logs:\n    Type: AWS::S3::Bucket\n' });
    const r = lint(dir, '--show-suppressed');
    assert.match(r.out, /^app\.yaml:4:11: suppressed: .+ \[s3-versioning-enabled\] -- temp data$/m);
    assert.ok(!/info: .*\[s3-versioning-enabled\]/.test(r.out), 'the suppressed finding is not listed as a finding');
    assert.match(r.out, /in 1 IaC file, 1 suppressed\.$/m);
  });
});
