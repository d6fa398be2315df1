/** The "This file" view, the rule link handler and the workspace scan, in a real editor. */
import * as assert from 'assert';
import * as vscode from 'vscode';
import { api, closeAllEditors, openWorkspaceFile, ourDiagnostics, setLanguage, waitFor } from './helpers';

suite('this file view and workspace', function () {
  // Analysis runs in a worker on a shared 2-core machine: allow for a busy CI.
  this.timeout(120_000);
  suiteSetup(() => setLanguage('en'));
  suiteTeardown(async () => {
    await setLanguage(undefined);
    await closeAllEditors();
  });

  test('lists the resources of the active file, their findings and the topics behind them', async () => {
    const fieldGuide = await api();
    const doc = await openWorkspaceFile('view/main.tf', 'resource "aws_s3_bucket" "logs" {\n  bucket = "logs"\n}\n\nresource "aws_sqs_queue" "jobs" {}\n');
    await ourDiagnostics(doc.uri, 'findings', d => d.length > 0);
    await waitFor('the view to show the file', () => fieldGuide.thisFile.current()?.uri === doc.uri.toString());
    const roots = (await fieldGuide.thisFile.getChildren()) ?? [];
    const items = await Promise.all(roots.map(r => fieldGuide.thisFile.getTreeItem(r)));
    assert.deepStrictEqual(items.map(i => `${i.label} ${i.description}`), ['aws_s3_bucket.logs aws_s3_bucket', 'aws_sqs_queue.jobs aws_sqs_queue']);
    const findings = (await fieldGuide.thisFile.getChildren(roots[0])) ?? [];
    const findingItems = await Promise.all(findings.map(f => fieldGuide.thisFile.getTreeItem(f)));
    assert.ok(findingItems.some(i => i.description === 's3-versioning-enabled'));
    const versioning = findings[findingItems.findIndex(i => i.description === 's3-versioning-enabled')];
    assert.strictEqual(findingItems[0].command?.command, 'vscode.open');
    const topics = (await fieldGuide.thisFile.getChildren(versioning)) ?? [];
    const topicItem = await fieldGuide.thisFile.getTreeItem(topics[0]);
    assert.strictEqual(topicItem.command?.command, 'awsFieldGuide.openTopic');
    assert.deepStrictEqual(topicItem.command?.arguments, ['s3-versioning']);
  });

  test('follows the active editor; empty for a file that is not IaC', async () => {
    const fieldGuide = await api();
    await openWorkspaceFile('view/readme.json', '{"name": "not a template"}\n');
    await waitFor('the view to empty', () => fieldGuide.thisFile.current() === undefined);
  });

  test('a diagnostic code link opens the rule in its topic, highlighted', async () => {
    const fieldGuide = await api();
    assert.strictEqual(await vscode.commands.executeCommand('awsFieldGuide.openRule', 's3-versioning-enabled'), true);
    const state = await waitFor('the topic panel', () => fieldGuide.topicPanel.current());
    assert.strictEqual(state.topicId, 's3-versioning');
    assert.match(state.html, /class="rule highlighted" id="rule-s3-versioning-enabled"/);
  });

  test('Scan Workspace lints files that are not open, honouring .aws-field-guide.yaml ignores', async () => {
    const fieldGuide = await api();
    const folder = vscode.workspace.workspaceFolders![0].uri;
    const write = (p: string, text: string) => vscode.workspace.fs.writeFile(vscode.Uri.joinPath(folder, p), new TextEncoder().encode(text));
    await write('scan/a/bucket.yaml', 'Resources:\n  Logs:\n    Type: AWS::S3::Bucket\n');
    await write('scan/legacy/bucket.yaml', 'Resources:\n  Old:\n    Type: AWS::S3::Bucket\n');
    await write('.aws-field-guide.yaml', 'ignore:\n  - scan/legacy/\n');
    try {
      const summary = await vscode.commands.executeCommand<{ iacFiles: number; findings: number; cancelled: boolean }>('awsFieldGuide.scanWorkspace');
      assert.ok(summary && !summary.cancelled && summary.iacFiles >= 1);
      const scanned = vscode.Uri.joinPath(folder, 'scan/a/bucket.yaml');
      const ignored = vscode.Uri.joinPath(folder, 'scan/legacy/bucket.yaml');
      assert.ok(fieldGuide.workspaceDiagnostics.get(scanned)?.some(d => d.message.includes('Bucket Logs has no versioning')));
      assert.strictEqual(fieldGuide.workspaceDiagnostics.get(ignored)?.length ?? 0, 0);
      // Opened in the editor, an ignored file stays silent too (as in the CLI).
      const doc = await vscode.workspace.openTextDocument(ignored);
      await vscode.window.showTextDocument(doc);
      assert.strictEqual(await fieldGuide.analyzed(doc.uri), undefined);
      assert.deepStrictEqual(vscode.languages.getDiagnostics(doc.uri).filter(d => d.source === 'AWS Field Guide'), []);
    } finally {
      await vscode.workspace.fs.delete(vscode.Uri.joinPath(folder, '.aws-field-guide.yaml'));
    }
  });
});
