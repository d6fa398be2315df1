/** The Knowledge tree: categories first, topics under them, with tooltips; revealed in the side bar. */
import * as assert from 'assert';
import * as vscode from 'vscode';
import { api, itemsOf, labelOf, rootItems, setLanguage, tooltipOf } from './helpers';

suite('knowledge tree', () => {
  suiteSetup(() => setLanguage('en'));
  suiteTeardown(() => setLanguage(undefined));

  test('the first level are the categories, collapsible', async () => {
    const roots = await rootItems(await api());
    const labels = roots.map(r => labelOf(r.item));
    assert.ok(roots.length >= 5, `at least 5 categories, got ${JSON.stringify(labels)}`);
    for (const expected of ['Storage', 'Security & identity', 'Compute']) {
      assert.ok(labels.includes(expected), `category "${expected}" in ${JSON.stringify(labels)}`);
    }
    for (const { item } of roots) {
      assert.notStrictEqual(item.collapsibleState ?? vscode.TreeItemCollapsibleState.None, vscode.TreeItemCollapsibleState.None,
        `category "${labelOf(item)}" can expand`);
    }
  });

  test('a category expands to its topics, each with a tooltip', async () => {
    const fieldGuide = await api();
    const storage = (await rootItems(fieldGuide)).find(r => labelOf(r.item) === 'Storage');
    assert.ok(storage, 'Storage category');
    const topics = await itemsOf(fieldGuide, storage.node);
    const labels = topics.map(t => labelOf(t.item));
    assert.ok(labels.includes('S3 storage classes'), `S3 storage classes under Storage: ${JSON.stringify(labels)}`);
    for (const { item } of topics) {
      assert.ok(tooltipOf(item).trim().length > 0, `topic "${labelOf(item)}" has a tooltip`);
      assert.strictEqual(item.collapsibleState ?? vscode.TreeItemCollapsibleState.None, vscode.TreeItemCollapsibleState.None,
        `topic "${labelOf(item)}" is a leaf`);
    }
  });

  test('every topic appears in the tree exactly once', async () => {
    const fieldGuide = await api();
    let total = 0;
    for (const category of await rootItems(fieldGuide)) total += (await itemsOf(fieldGuide, category.node)).length;
    assert.strictEqual(total, fieldGuide.knowledge.size, 'topics under all categories == knowledge.size');
  });

  test('the view opens in the side bar', async () => {
    await vscode.commands.executeCommand('workbench.view.extension.awsFieldGuide');
    await vscode.commands.executeCommand('awsFieldGuide.knowledge.focus');
  });
});
