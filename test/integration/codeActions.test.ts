/**
 * Quick fixes in a real editor: for every rule with a fix, its bad example (per fixable format)
 * gets a preferred fix through vscode.executeCodeActionProvider; applying it removes the finding.
 * Suppress writes a comment that silences the finding; Learn why opens the topic; Fix all works.
 */
import * as assert from 'assert';
import * as vscode from 'vscode';
import { RULES } from '../../src/core/rules/index';
import type { RuleExample } from '../../src/core/rules/ruleTypes';
import { api, closeAllEditors, codeOf, openWorkspaceFile, ourDiagnostics, setLanguage, waitFor } from './helpers';

const FILE: Record<RuleExample['format'], string> = { cloudformation: 'template.yaml', terraform: 'main.tf', 'cdk-typescript': 'stack.ts', 'cdk-python': 'app.py' };
const FAMILY: Record<RuleExample['format'], string> = { cloudformation: 'cloudformation', terraform: 'terraform', 'cdk-typescript': 'cdk', 'cdk-python': 'cdk' };

async function actionsFor(uri: vscode.Uri, d: vscode.Diagnostic): Promise<vscode.CodeAction[]> {
  // The last argument asks the editor to resolve the actions, as it does when one is chosen ("fix all" builds its edits then).
  return (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, d.range, vscode.CodeActionKind.QuickFix.value, 100)) ?? [];
}

suite('code actions', function () {
  // Analysis runs in a worker on a shared 2-core machine: allow for a busy CI.
  this.timeout(120_000);
  suiteSetup(() => setLanguage('en'));
  suiteTeardown(async () => {
    await setLanguage(undefined);
    await closeAllEditors();
  });

  for (const rule of RULES) {
    for (const [i, example] of rule.meta.examples.entries()) {
      if (!rule.meta.fixable.includes(FAMILY[example.format] as never)) continue;
      test(`${rule.meta.id}: the fix for the ${example.format} example removes the finding`, async () => {
        const doc = await openWorkspaceFile(`fixes/${rule.meta.id}-${i}/${FILE[example.format]}`, example.bad);
        const diags = await ourDiagnostics(doc.uri, `a ${rule.meta.id} finding`, d => d.some(x => codeOf(x) === rule.meta.id), 30_000);
        const d = diags.find(x => codeOf(x) === rule.meta.id)!;
        const actions = await actionsFor(doc.uri, d);
        // Other rules may report at the same range, and the editor's copies of code actions drop their
        // diagnostics: take the preferred fix whose title is one of this rule's own messages.
        const titles = Object.values(rule.meta.messages).map(m => new RegExp(`^${m.en.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\\\{\w+\\\}/g, '.*')}$`));
        const fix = actions.find(a => a.isPreferred && a.edit && titles.some(t => t.test(a.title)));
        assert.ok(fix, `no preferred fix among: ${actions.map(a => a.title).join(' | ')}`);
        assert.ok(await vscode.workspace.applyEdit(fix.edit!));
        const before = diags.filter(x => codeOf(x) === rule.meta.id).length;
        await ourDiagnostics(doc.uri, `one ${rule.meta.id} finding fewer`, now => now.filter(x => codeOf(x) === rule.meta.id).length < before, 30_000);
        await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
      });
    }
  }

  test('suppress asks for a reason and writes a comment that silences the finding', async () => {
    const doc = await openWorkspaceFile('fixes/suppress/template.yaml', 'Resources:\n  Logs:\n    Type: AWS::S3::Bucket\n');
    const diags = await ourDiagnostics(doc.uri, 'the finding', d => d.some(x => codeOf(x) === 's3-versioning-enabled'));
    const d = diags.find(x => codeOf(x) === 's3-versioning-enabled')!;
    const suppress = (await actionsFor(doc.uri, d)).find(a => a.title === "Suppress 's3-versioning-enabled' for this resource…");
    assert.ok(suppress?.command, 'a suppress action');
    const [args] = suppress.command.arguments as [Record<string, unknown>];
    // The test gives the reason the input box would ask for.
    assert.strictEqual(await vscode.commands.executeCommand(suppress.command.command, { ...args, reason: 'scratch bucket' }), true);
    assert.strictEqual(doc.lineAt(1).text, '  # aws-field-guide:ignore s3-versioning-enabled -- scratch bucket');
    await ourDiagnostics(doc.uri, 'the finding to be suppressed', now => !now.some(x => codeOf(x) === 's3-versioning-enabled'));
  });

  test('learn why opens the explaining topic; fix all fixes every finding of a rule', async () => {
    const fieldGuide = await api();
    const doc = await openWorkspaceFile('fixes/all/template.yaml', 'Resources:\n  A:\n    Type: AWS::S3::Bucket\n  B:\n    Type: AWS::S3::Bucket\n');
    const diags = await ourDiagnostics(doc.uri, 'two findings', d => d.filter(x => codeOf(x) === 's3-versioning-enabled').length === 2);
    const actions = await actionsFor(doc.uri, diags.find(x => codeOf(x) === 's3-versioning-enabled')!);
    const learn = actions.find(a => a.title.startsWith('Learn why: ') && a.command?.arguments?.[0] === 's3-versioning');
    assert.ok(learn?.command);
    await vscode.commands.executeCommand(learn.command.command, ...(learn.command.arguments ?? []));
    await waitFor('the topic panel', () => fieldGuide.topicPanel.current()?.topicId === 's3-versioning');
    const all = actions.find(a => a.title === "Fix all 's3-versioning-enabled' in file");
    assert.ok(all?.edit);
    await vscode.window.showTextDocument(doc);
    assert.ok(await vscode.workspace.applyEdit(all.edit));
    await ourDiagnostics(doc.uri, 'no versioning finding left', now => !now.some(x => codeOf(x) === 's3-versioning-enabled'));
    assert.strictEqual((doc.getText().match(/Status: Enabled/g) ?? []).length, 2);
  });

  test('the source action fixes all findings at once', async () => {
    const doc = await openWorkspaceFile('fixes/source/template.yaml', 'Resources:\n  A:\n    Type: AWS::S3::Bucket\n');
    const before = (await ourDiagnostics(doc.uri, 'findings', d => d.length > 0)).length;
    const actions = (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, new vscode.Range(0, 0, 0, 0), 'source.fixAll.awsFieldGuide', 10)) ?? [];
    const fixAll = actions.find(a => a.title === 'Fix all AWS Field Guide findings');
    assert.ok(fixAll?.edit);
    assert.ok(await vscode.workspace.applyEdit(fixAll.edit));
    // Fixes that touch the same lines wait for the next run (as with eslint --fix): fewer findings now.
    await ourDiagnostics(doc.uri, 'fewer findings', now => now.length < before);
    assert.match(doc.getText(), /VersioningConfiguration|PublicAccessBlockConfiguration|LifecycleConfiguration/);
  });
});
