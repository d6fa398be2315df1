import * as assert from 'node:assert/strict';
import { parseDocument } from '../../../src/core/iac/parseDocument';

describe('parseDocument', () => {
  it('frees the tree-sitter tree: many parses of a large Terraform file do not exhaust wasm memory', async function () {
    this.timeout(120_000);
    const block = (i: number) => `resource "aws_s3_bucket" "b${i}" {\n  bucket = "bucket-${i}"\n  tags = { Name = "b${i}" }\n}\n\n`;
    const text = Array.from({ length: 6000 }, (_, i) => block(i)).join('');
    assert.ok(text.length > 400_000);
    // Without disposing, wasm memory grows by the tree each time and tree-sitter aborts well before this.
    for (let i = 0; i < 60; i++) {
      const doc = await parseDocument(text, { uri: 'file:///big/main.tf' });
      assert.equal(doc.resources.length, 6000);
    }
  });
});
