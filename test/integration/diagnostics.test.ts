/** Live diagnostics in a real editor: on open, after an edit, cleared on close; codes link to the rule. */
import * as assert from 'assert';
import * as vscode from 'vscode';
import { api, closeAllEditors, codeOf, openWorkspaceFile, ourDiagnostics, setLanguage, waitFor } from './helpers';

const BUCKET = 'AWSTemplateFormatVersion: "2010-09-09"\nResources:\n  Logs:\n    Type: AWS::S3::Bucket\n    Properties:\n      BucketName: logs-예제-🚀\n';

suite('diagnostics', function () {
  // Analysis runs in a worker on a shared 2-core machine: allow for a busy CI.
  this.timeout(120_000);
  suiteSetup(() => setLanguage('en'));
  suiteTeardown(async () => {
    await setLanguage(undefined);
    await closeAllEditors();
  });

  test('a finding appears on open, in a worker, with source, code, link and exact range', async () => {
    const fieldGuide = await api();
    const doc = await openWorkspaceFile('diag/bucket.yaml', BUCKET);
    const diags = await ourDiagnostics(doc.uri, 'the versioning finding', d => d.some(x => codeOf(x) === 's3-versioning-enabled'));
    const d = diags.find(x => codeOf(x) === 's3-versioning-enabled')!;
    assert.strictEqual(d.severity, vscode.DiagnosticSeverity.Information);
    assert.deepStrictEqual([d.range.start.line, d.range.start.character, d.range.end.line, d.range.end.character], [3, 10, 3, 25]);
    assert.match(d.message, /Bucket Logs has no versioning/);
    const code = d.code as { value: string; target: vscode.Uri };
    assert.strictEqual(code.target.authority, 'fieldguide.aws-field-guide');
    assert.strictEqual(code.target.query, 'id=s3-versioning-enabled');
    assert.ok(fieldGuide.usesWorker(), 'analysis runs in a worker thread');
  });

  test('an edit updates the findings (debounced), a close clears them', async () => {
    const doc = await openWorkspaceFile('diag/edit.yaml', BUCKET);
    await ourDiagnostics(doc.uri, 'the first finding', d => d.some(x => codeOf(x) === 's3-versioning-enabled'));
    const editor = await vscode.window.showTextDocument(doc);
    await editor.edit(b => b.insert(new vscode.Position(6, 0), '      VersioningConfiguration:\n        Status: Enabled\n'));
    await ourDiagnostics(doc.uri, 'the versioning finding to go', d => !d.some(x => codeOf(x) === 's3-versioning-enabled'));
    await editor.edit(b => b.replace(new vscode.Range(7, 16, 7, 23), 'Suspended'));
    const again = await ourDiagnostics(doc.uri, 'the Suspended finding', d => d.some(x => codeOf(x) === 's3-versioning-enabled'));
    assert.match(again.find(x => codeOf(x) === 's3-versioning-enabled')!.message, /"Suspended"/);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    await waitFor('diagnostics to clear on close', () => vscode.languages.getDiagnostics(doc.uri).filter(x => x.source === 'AWS Field Guide').length === 0);
  });

  test('messages follow the language setting', async () => {
    const doc = await openWorkspaceFile('diag/ko.yaml', BUCKET);
    await ourDiagnostics(doc.uri, 'the English finding', d => d.some(x => /no versioning/.test(x.message)));
    await setLanguage('ko');
    await ourDiagnostics(doc.uri, 'the Korean finding', d => d.some(x => /버전 관리가 없습니다/.test(x.message)));
    await setLanguage('en');
  });

  test('files that are not IaC get nothing, and the status bar hides', async () => {
    const fieldGuide = await api();
    const doc = await openWorkspaceFile('diag/notes.yaml', 'title: not a template\nitems: [1, 2]\n');
    const analysed = await fieldGuide.analyzed(doc.uri);
    assert.strictEqual(analysed?.findings, 0);
    assert.deepStrictEqual(vscode.languages.getDiagnostics(doc.uri).filter(x => x.source === 'AWS Field Guide'), []);
    await waitFor('the status bar to hide', () => fieldGuide.statusBarText() === undefined);
  });

  test('the status bar counts the active file\'s findings', async () => {
    const fieldGuide = await api();
    const doc = await openWorkspaceFile('diag/status.yaml', BUCKET);
    await ourDiagnostics(doc.uri, 'the finding', d => d.length > 0);
    const text = await waitFor('the status bar text', () => fieldGuide.statusBarText());
    assert.match(text, /\$\(shield\) \$\(error\) \d+ \$\(warning\) \d+ \$\(info\) [1-9]/);
  });

  test('a file above the size limit is skipped with one clear message', async () => {
    await vscode.workspace.getConfiguration('awsFieldGuide').update('maxFileSize', 0.1, vscode.ConfigurationTarget.Global);
    try {
      const big = `${BUCKET}${'# padding line to pass the limit\n'.repeat(4000)}`;
      const doc = await openWorkspaceFile('diag/big.yaml', big);
      const diags = await ourDiagnostics(doc.uri, 'the skipped message', d => d.some(x => /skipped this file/.test(x.message)));
      assert.strictEqual(diags.length, 1);
      assert.match(diags[0].message, /larger than the 102 KB size limit/);
    } finally {
      await vscode.workspace.getConfiguration('awsFieldGuide').update('maxFileSize', undefined, vscode.ConfigurationTarget.Global);
    }
  });

  test('a rule set to off in the settings disappears; back to default it returns', async () => {
    const doc = await openWorkspaceFile('diag/off.yaml', BUCKET);
    await ourDiagnostics(doc.uri, 'the finding', d => d.some(x => codeOf(x) === 's3-versioning-enabled'));
    const config = vscode.workspace.getConfiguration('awsFieldGuide');
    await config.update('rules.s3-versioning-enabled.severity', 'off', vscode.ConfigurationTarget.Global);
    try {
      await ourDiagnostics(doc.uri, 'the finding to go', d => !d.some(x => codeOf(x) === 's3-versioning-enabled'));
      await config.update('rules.s3-versioning-enabled.severity', 'error', vscode.ConfigurationTarget.Global);
      const e = await ourDiagnostics(doc.uri, 'the finding as an error', d => d.some(x => codeOf(x) === 's3-versioning-enabled' && x.severity === vscode.DiagnosticSeverity.Error));
      assert.ok(e.length > 0);
    } finally {
      await config.update('rules.s3-versioning-enabled.severity', undefined, vscode.ConfigurationTarget.Global);
    }
  });
});
