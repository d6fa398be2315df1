/** `.aws-field-guide.yaml` in a real editor: problems on their line, and a bad entry never turns linting off. */
import * as assert from 'assert';
import * as vscode from 'vscode';
import { api, closeAllEditors, codeOf, openWorkspaceFile, ourDiagnostics, setLanguage, waitFor } from './helpers';

const BUCKET = 'AWSTemplateFormatVersion: "2010-09-09"\nResources:\n  Logs:\n    Type: AWS::S3::Bucket\n';

function configUri(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the tests run with a workspace folder');
  return vscode.Uri.joinPath(folder.uri, '.aws-field-guide.yaml');
}

async function writeConfig(text: string): Promise<void> {
  await vscode.workspace.fs.writeFile(configUri(), new TextEncoder().encode(text));
}

suite('workspace config file', function () {
  this.timeout(120_000);
  suiteSetup(() => setLanguage('en'));
  suiteTeardown(async () => {
    await vscode.workspace.fs.delete(configUri()).then(undefined, () => undefined);
    await setLanguage(undefined);
    await closeAllEditors();
  });

  test('a bad entry is an error on its line, the status bar says so, and the rules still run', async () => {
    const fieldGuide = await api();
    assert.ok(vscode.workspace.isTrusted, 'the test workspace is trusted');
    await writeConfig('rules:\n  s3-versioning-enabled: loud\n  s3-enforce-tls: off\n');
    const problems = await ourDiagnostics(configUri(), 'the config error', d => d.some(x => x.severity === vscode.DiagnosticSeverity.Error), 30_000);
    const error = problems.find(x => x.severity === vscode.DiagnosticSeverity.Error)!;
    assert.deepStrictEqual([error.range.start.line, error.range.start.character], [1, 25]);
    assert.match(error.message, /severity must be one of/);

    const doc = await openWorkspaceFile('config/bucket.yaml', BUCKET);
    const findings = await ourDiagnostics(doc.uri, 'findings under the partly valid config', d => d.some(x => codeOf(x) === 's3-versioning-enabled') && !d.some(x => codeOf(x) === 's3-enforce-tls'), 30_000);
    assert.ok(findings.length > 0);
    const tooltip = await waitFor('the status bar to mention the config problems', () => {
      const t = fieldGuide.statusBarTooltip();
      return t && /\.aws-field-guide\.yaml: 1 error\(s\), 0 warning\(s\)/.test(t) ? t : undefined;
    }, 30_000);
    assert.match(tooltip, /valid entries still apply/);
  });

  test('fixing the file clears its problems and applies it', async () => {
    await writeConfig('rules:\n  s3-versioning-enabled: off\n');
    await ourDiagnostics(configUri(), 'the config problems to clear', d => d.length === 0, 30_000);
    const doc = await openWorkspaceFile('config/bucket2.yaml', BUCKET);
    await ourDiagnostics(doc.uri, 'the rule turned off by the config', d => d.length > 0 && !d.some(x => codeOf(x) === 's3-versioning-enabled'), 30_000);
  });

  test('deleting the file brings back the defaults', async () => {
    await vscode.workspace.fs.delete(configUri());
    const doc = await openWorkspaceFile('config/bucket3.yaml', BUCKET);
    await ourDiagnostics(doc.uri, 'the default rules again', d => d.some(x => codeOf(x) === 's3-versioning-enabled'), 30_000);
  });
});
