/** Knowledge search through the test API and the Search Knowledge command, in English and Korean. */
import * as assert from 'assert';
import * as vscode from 'vscode';
import { api, HANGUL } from './helpers';

function top(ids: { id: string }[], n: number): string[] {
  return ids.slice(0, n).map(hit => hit.id);
}

suite('knowledge search', () => {
  test('a Korean query with a particle finds security groups in the top 3', async () => {
    const { knowledge } = await api();
    const hits = knowledge.search('보안그룹의', 'ko');
    assert.ok(top(hits, 3).includes('security-groups'), `top 3 for 보안그룹의: ${JSON.stringify(top(hits, 5))}`);
    const hit = hits.find(h => h.id === 'security-groups')!;
    assert.match(hit.title, HANGUL, 'the hit is titled in Korean');
    assert.ok(hit.summary.length > 0, 'the hit has a summary');
  });

  test('"storage class" finds S3 storage classes in the top 3', async () => {
    const { knowledge } = await api();
    const hits = knowledge.search('storage class', 'en');
    assert.ok(top(hits, 3).includes('s3-storage-classes'), `top 3 for "storage class": ${JSON.stringify(top(hits, 5))}`);
    const hit = hits.find(h => h.id === 's3-storage-classes')!;
    assert.strictEqual(hit.title, 'S3 storage classes');
    assert.strictEqual(hit.category, 'storage');
    assert.ok(hit.score > 0, 'a positive score');
  });

  test('results are sorted by score, best first', async () => {
    const { knowledge } = await api();
    const scores = knowledge.search('bucket', 'en').map(h => h.score);
    assert.ok(scores.length > 0, 'bucket finds something');
    assert.deepStrictEqual(scores, [...scores].sort((a, b) => b - a));
  });

  test('a query in one language finds topics in the other language too', async () => {
    const { knowledge } = await api();
    assert.ok(top(knowledge.search('security group', 'ko'), 3).includes('security-groups'), 'English words, Korean results');
    assert.ok(top(knowledge.search('스토리지 클래스', 'en'), 3).includes('s3-storage-classes'), 'Korean words, English results');
  });

  test('nonsense finds nothing', async () => {
    const { knowledge } = await api();
    assert.deepStrictEqual(top(knowledge.search('qqqzzzxxy', 'en'), 5), []);
  });

  test('the Search Knowledge command opens a quick pick and settles when it is dismissed', async () => {
    await api();
    let settled = false;
    const shown = Promise.resolve(vscode.commands.executeCommand('awsFieldGuide.searchKnowledge')).finally(() => {
      settled = true;
    });
    // The quick pick cannot be seen from here: close whatever quick input is open until the
    // command settles (it must, without an error, once its quick pick is dismissed).
    const end = Date.now() + 10_000;
    while (!settled) {
      assert.ok(Date.now() < end, 'the command did not settle after its quick pick was closed');
      await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
      await new Promise(resolve => setTimeout(resolve, 200));
    }
    await shown;
  });
});
