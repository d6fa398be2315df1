/** The extension loads in a real editor, contributes its commands and ships its knowledge base. */
import * as assert from 'assert';
import * as vscode from 'vscode';
import { api, EXTENSION_ID } from './helpers';

const COMMANDS = [
  'awsFieldGuide.searchKnowledge',
  'awsFieldGuide.openTopic',
  'awsFieldGuide.filterKnowledge',
  'awsFieldGuide.clearKnowledgeFilter',
  'awsFieldGuide.showLog',
];

suite('activation', () => {
  test('the extension is installed and activates with a test API', async () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension, `${EXTENSION_ID} is loaded`);
    const fieldGuide = await api();
    assert.ok(extension.isActive, 'isActive after activate()');
    for (const key of ['knowledge', 'knowledgeTree', 'topicPanel', 'language'] as const) {
      assert.ok(fieldGuide[key], `test API has ${key}`);
    }
    // A measurement for the notes and README, not an assertion (timings are for benchmarks).
    assert.equal(typeof fieldGuide.activationMs, 'number');
    console.log(`      activate() took ${fieldGuide.activationMs.toFixed(1)} ms in the real extension host`);
  });

  test('the manifest contributes the commands, view container, view and setting', () => {
    const manifest = vscode.extensions.getExtension(EXTENSION_ID)!.packageJSON;
    const declared: string[] = manifest.contributes.commands.map((c: { command: string }) => c.command);
    for (const command of COMMANDS) assert.ok(declared.includes(command), `package.json declares ${command}`);
    const containers = manifest.contributes.viewsContainers.activitybar.map((c: { id: string }) => c.id);
    assert.ok(containers.includes('awsFieldGuide'), 'activity-bar container awsFieldGuide');
    assert.ok(manifest.contributes.views.awsFieldGuide.some((v: { id: string }) => v.id === 'awsFieldGuide.knowledge'), 'view awsFieldGuide.knowledge');
    const language = vscode.workspace.getConfiguration('awsFieldGuide').inspect('language');
    assert.strictEqual(language?.defaultValue, 'auto', 'awsFieldGuide.language defaults to auto');
  });

  test('every contributed command is registered after activation', async () => {
    await api();
    const registered = new Set(await vscode.commands.getCommands(true));
    const missing = COMMANDS.filter(c => !registered.has(c));
    assert.deepStrictEqual(missing, [], 'commands without a handler');
  });

  test('the knowledge base has at least 100 topics', async () => {
    const { knowledge } = await api();
    assert.ok(knowledge.size >= 100, `knowledge.size is ${knowledge.size}`);
    const topic = knowledge.topic('s3-storage-classes');
    assert.ok(topic, 'topic s3-storage-classes exists');
    assert.strictEqual(topic.title.en, 'S3 storage classes');
    assert.strictEqual(knowledge.topic('no-such-topic'), undefined);
  });

  test('the language follows the setting', async () => {
    const fieldGuide = await api();
    const setting = vscode.workspace.getConfiguration('awsFieldGuide').get<string>('language');
    const expected = setting === 'en' || setting === 'ko' ? setting : vscode.env.language.toLowerCase().startsWith('ko') ? 'ko' : 'en';
    assert.strictEqual(fieldGuide.language(), expected);
  });
});
