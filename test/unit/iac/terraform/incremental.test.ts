import * as assert from 'node:assert/strict';
import type { Node, Tree } from 'web-tree-sitter';
import { DocumentCache } from '../../../../src/core/analysis/documentCache';
import { disposeState, parseWithState } from '../../../../src/core/iac/parseDocument';
import { parseTerraform } from '../../../../src/core/iac/terraform/parse';
import type { TreeSitterState } from '../../../../src/core/iac/treeSitterState';
import { LineIndex } from '../../../../src/core/model/lineIndex';
import type { TextChange } from '../../../../src/core/model/edits';
import { change, fixture } from './helpers';

const KOREAN = [
  '# 한국어 설명 🚀🚀 — 아래 리소스',
  'resource "aws_s3_bucket" "logs" { # 버킷 🪣',
  '  bucket = "로그-🚀-bucket"',
  '  tags   = { 이름 = "값🚀" }',
  '}',
  '',
  'resource "aws_s3_bucket_public_access_block" "logs" {',
  '  bucket            = aws_s3_bucket.logs.id',
  '  block_public_acls = true',
  '}',
  '',
].join('\n');

/** Every node of two trees, side by side: type, indices and row / column positions. */
function sameTree(a: Tree, b: Tree): void {
  const walk = (x: Node, y: Node, path: string): void => {
    const describe = (n: Node) => `${n.type} ${n.startIndex}-${n.endIndex} ${n.startPosition.row}:${n.startPosition.column}-${n.endPosition.row}:${n.endPosition.column}`;
    assert.equal(describe(x), describe(y), path);
    assert.equal(x.childCount, y.childCount, path);
    for (let i = 0; i < x.childCount; i++) walk(x.child(i)!, y.child(i)!, `${path}/${x.child(i)!.type}`);
  };
  walk(a.rootNode, b.rootNode, '');
}

async function fresh(text: string) {
  const r = await parseTerraform(text);
  return r;
}

/** Applies `changes` incrementally to the state of `text` and checks model and tree against a fresh parse. */
async function incrementalEqualsFresh(text: string, changes: TextChange[], next: string): Promise<void> {
  const before = await parseTerraform(text);
  const after = await parseTerraform(next, { previous: before.state, changes });
  const reference = await fresh(next);
  assert.deepEqual(after.doc, reference.doc);
  sameTree(after.state.tree, reference.state.tree);
  before.state.dispose();
  after.state.dispose();
  reference.state.dispose();
}

describe('terraform incremental parsing', () => {
  it('web-tree-sitter counts indices and columns in UTF-16 code units, like our positions', async () => {
    const { state } = await parseTerraform(KOREAN);
    const index = new LineIndex(KOREAN);
    const stack: Node[] = [state.tree.rootNode];
    let seen = 0;
    while (stack.length) {
      const n = stack.pop()!;
      const p = index.positionAt(n.startIndex);
      assert.deepEqual({ line: n.startPosition.row, character: n.startPosition.column }, p, n.type);
      const e = index.positionAt(n.endIndex);
      assert.deepEqual({ line: n.endPosition.row, character: n.endPosition.column }, e, n.type);
      seen++;
      for (const c of n.children) if (c) stack.push(c);
    }
    assert.ok(seen > 50);
    // `  bucket = "로그-🚀-bucket"`: the value starts at column 11 and is 14 code units long
    // (the emoji is two); indices given to tree-sitter are code units too.
    const at = KOREAN.indexOf('"로그');
    const value = state.tree.rootNode.descendantForIndex(at, at + 13)!;
    assert.equal(value.type, 'string_lit');
    assert.equal(value.startPosition.column, 11);
    assert.equal(value.endPosition.column, 25);
    assert.equal(value.endIndex - value.startIndex, 14);
    state.dispose();
  });

  it('a one-character edit after Korean text and emoji gives the fresh tree and model', async () => {
    const positions = [
      KOREAN.indexOf('bucket"') + 3, // inside a string after emoji on the line
      KOREAN.indexOf('값') + 1, // between a Hangul syllable and an emoji
      KOREAN.indexOf('block_public_acls') + 5, // inside a key of the next resource
      KOREAN.indexOf('true'), // a boolean becomes an identifier
      KOREAN.indexOf('# 버킷'), // a trailing comment
    ];
    for (const at of positions) {
      const { next, change: c } = change(KOREAN, at, 0, 'x');
      await incrementalEqualsFresh(KOREAN, [c], next);
      const deleted = change(KOREAN, at, 1, '');
      await incrementalEqualsFresh(KOREAN, [deleted.change], deleted.next);
    }
  });

  it('an edit that adds a resource gives the fresh model; the blocks after it move down', async () => {
    const text = fixture('good', 'storage.tf');
    const at = text.indexOf('resource "aws_s3_bucket_versioning"');
    const added = 'resource "aws_s3_bucket_ownership_controls" "flow_logs" {\n  bucket = aws_s3_bucket.flow_logs.id\n  rule {\n    object_ownership = "BucketOwnerEnforced" # 🚀\n  }\n}\n\n';
    const { next, change: c } = change(text, at, 0, added);
    await incrementalEqualsFresh(text, [c], next);
    const before = await parseTerraform(text);
    const after = await parseTerraform(next, { previous: before.state, changes: [c] });
    assert.ok(after.doc.resources.some(x => x.name === 'aws_s3_bucket_ownership_controls.flow_logs'));
    assert.ok(after.doc.links.some(l => l.from === 'aws_s3_bucket_ownership_controls.flow_logs' && l.to === 'aws_s3_bucket.flow_logs'));
    before.state.dispose();
    after.state.dispose();
  });

  it('removing lines, replacing a block and pasting over several lines give the fresh model', async () => {
    const text = fixture('good', 'network.tf');
    const start = text.indexOf('resource "aws_network_acl" "private"');
    const end = text.indexOf('# 설명');
    await incrementalEqualsFresh(text, [change(text, start, end - start, '').change], change(text, start, end - start, '').next);
    const sg = text.indexOf('  egress {');
    const paste = change(text, sg, 40, '  egress {\n    from_port = 443 # 한국어\n');
    await incrementalEqualsFresh(text, [paste.change], paste.next);
  });

  it('several changes in one event apply in order', async () => {
    const text = KOREAN;
    const first = change(text, text.indexOf('true'), 4, 'false');
    const second = change(first.next, first.next.indexOf('로그'), 0, '새 ');
    await incrementalEqualsFresh(text, [first.change, second.change], second.next);
  });

  it('typing a new attribute character by character stays equal to a fresh parse (errors included)', async () => {
    let text = fixture('good', 'compute.tf');
    const typed = '\n  ebs_optimized = true';
    let at = text.indexOf('  instance_type = "t3.micro"') + '  instance_type = "t3.micro"'.length;
    let state: TreeSitterState = (await parseTerraform(text)).state;
    for (const ch of typed) {
      const { next, change: c } = change(text, at, 0, ch);
      const r = await parseTerraform(next, { previous: state, changes: [c] });
      const reference = await fresh(next);
      assert.deepEqual(r.doc, reference.doc, JSON.stringify(next.slice(at - 20, at + 5)));
      reference.state.dispose();
      state.dispose();
      state = r.state;
      text = next;
      at++;
    }
    state.dispose();
  });

  it('reuses the untouched blocks of the previous model', async () => {
    const text = fixture('good', 'compute.tf');
    const before = await parseTerraform(text);
    const at = text.indexOf('"handler-role"') + 3;
    const { next, change: c } = change(text, at, 0, 'x');
    const after = await parseTerraform(next, { previous: before.state, changes: [c] });
    const same = after.doc.resources.filter(x => before.doc.resources.includes(x)).map(x => x.name);
    assert.ok(same.includes('module.vpc') && same.includes('aws_lambda_function.handler'));
    assert.ok(!same.includes('aws_iam_role.lambda'));
    before.state.dispose();
    after.state.dispose();
  });

  it('changes that do not lead to the new text fall back to a full parse', async () => {
    const before = await parseTerraform(KOREAN);
    const next = KOREAN.replace('true', 'false');
    const wrong = change(KOREAN, 0, 0, 'zz').change; // says two characters were added: the length disagrees
    const after = await parseTerraform(next, { previous: before.state, changes: [wrong] });
    const reference = await fresh(next);
    assert.deepEqual(after.doc, reference.doc);
    before.state.dispose();
    after.state.dispose();
    reference.state.dispose();
  });

  it('goes through parseWithState and the document cache', async () => {
    const text = fixture('good', 'storage.tf');
    const first = await parseWithState(text, { uri: 'file:///s.tf' });
    const { next, change: c } = change(text, text.indexOf('"Enabled"') + 1, 1, 'D');
    const second = await parseWithState(next, { uri: 'file:///s.tf' }, first.state, [c]);
    const reference = await fresh(next);
    assert.deepEqual(second.doc, reference.doc);
    disposeState(first.state);
    disposeState(second.state);
    reference.state.dispose();

    const cache = new DocumentCache();
    const v1 = await cache.get({ uri: 'file:///c.tf', version: 1, text });
    assert.equal(v1.resources.length, 11);
    const v2 = await cache.get({ uri: 'file:///c.tf', version: 2, text: next }, { fromVersion: 1, changes: [c] });
    const ref2 = await fresh(next);
    assert.deepEqual(v2, ref2.doc);
    ref2.state.dispose();
    cache.delete('file:///c.tf');
  });
});

describe('terraform incremental parsing under random edits', () => {
  it('a chain of random edits (insertions, deletions, new lines, pastes) always equals a fresh parse, errors included', async function () {
    this.timeout(120_000);
    let seed = 5;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const snippets = ['x', '\n', '}', '{', '"', ' = ', '#', '\n\n', 'resource "aws_s3_bucket" "z" {\n  bucket = "z"\n}\n', '한🚀', '${', ')'];
    for (const name of ['network.tf', 'storage.tf', 'compute.tf']) {
      let text = fixture('good', name);
      let state: TreeSitterState = (await parseTerraform(text)).state;
      for (let step = 0; step < 60; step++) {
        const at = Math.floor(random() * text.length);
        const length = random() < 0.4 ? Math.floor(random() * 6) : 0;
        const insert = random() < 0.3 ? '' : snippets[Math.floor(random() * snippets.length)];
        const { next, change: c } = change(text, at, Math.min(length, text.length - at), insert || (length === 0 ? 'y' : ''));
        const r = await parseTerraform(next, { previous: state, changes: [c] });
        const reference = await parseTerraform(next);
        assert.deepEqual(r.doc, reference.doc, `${name} step ${step}`);
        reference.state.dispose();
        state.dispose();
        state = r.state;
        text = next;
      }
      state.dispose();
    }
  });
});
