import * as assert from 'node:assert/strict';
import { DocumentCache } from '../../../src/core/analysis/documentCache';
import { parseDocument } from '../../../src/core/iac/parseDocument';
import type { TextChange } from '../../../src/core/model/edits';
import { LineIndex } from '../../../src/core/model/lineIndex';

const TF = `# 한국어 주석 🚀
resource "aws_s3_bucket" "logs" {
  bucket = "logs"
}

resource "aws_s3_bucket_public_access_block" "logs" {
  bucket              = aws_s3_bucket.logs.id
  block_public_acls   = true
}
`;

function change(text: string, offset: number, deleteCount: number, insert: string): TextChange {
  const idx = new LineIndex(text);
  return { range: idx.range(offset, offset + deleteCount), rangeOffset: offset, rangeLength: deleteCount, text: insert };
}

describe('DocumentCache', () => {
  it('parses a version once, however many features ask', async () => {
    const cache = new DocumentCache();
    const snapshot = { uri: 'file:///w/main.tf', version: 1, text: TF, languageId: 'terraform' };
    const [a, b] = await Promise.all([cache.get(snapshot), cache.get(snapshot)]);
    const c = await cache.get(snapshot);
    assert.equal(cache.parseCount, 1);
    assert.equal(a, b);
    assert.equal(a, c);
    assert.equal(a.resources.length, 2);
  });

  it('re-parses Terraform incrementally to the same model a fresh parse gives', async () => {
    const cache = new DocumentCache();
    const uri = 'file:///w/main.tf';
    await cache.get({ uri, version: 1, text: TF, languageId: 'terraform' });
    const offset = TF.indexOf('true');
    const edit = change(TF, offset, 4, 'false');
    const next = TF.slice(0, offset) + 'false' + TF.slice(offset + 4);
    const incremental = await cache.get({ uri, version: 2, text: next, languageId: 'terraform' }, { fromVersion: 1, changes: [edit] });
    assert.equal(cache.parseCount, 2);
    assert.deepEqual(incremental, await parseDocument(next, { uri, languageId: 'terraform' }));
    const pab = incremental.resources.find(r => r.type === 'aws_s3_bucket_public_access_block');
    assert.equal(pab?.properties.find(p => p.key === 'block_public_acls')?.value.kind, 'boolean');
  });

  it('falls back to a full parse when the changes do not start from the cached version', async () => {
    const cache = new DocumentCache();
    const uri = 'file:///w/main.tf';
    await cache.get({ uri, version: 1, text: TF, languageId: 'terraform' });
    const next = TF.replace('"logs"', '"audit"');
    const doc = await cache.get({ uri, version: 5, text: next, languageId: 'terraform' }, { fromVersion: 3, changes: [] });
    assert.deepEqual(doc, await parseDocument(next, { uri, languageId: 'terraform' }));
  });

  it('files that are not IaC cost a detection only and have no resources', async () => {
    const cache = new DocumentCache();
    const doc = await cache.get({ uri: 'file:///w/ci.yml', version: 1, text: 'on: push\njobs: {}\n', languageId: 'yaml' });
    assert.equal(doc.format, undefined);
    assert.deepEqual(doc.resources, []);
  });

  it('evicts the oldest documents beyond its size and forgets deleted ones', async () => {
    const cache = new DocumentCache(2);
    for (let i = 0; i < 3; i++) await cache.get({ uri: `file:///w/${i}.tf`, version: 1, text: TF, languageId: 'terraform' });
    const before = cache.parseCount;
    await cache.get({ uri: 'file:///w/2.tf', version: 1, text: TF, languageId: 'terraform' });
    assert.equal(cache.parseCount, before);
    await cache.get({ uri: 'file:///w/0.tf', version: 1, text: TF, languageId: 'terraform' });
    assert.equal(cache.parseCount, before + 1);
    cache.delete('file:///w/2.tf');
    await cache.get({ uri: 'file:///w/2.tf', version: 1, text: TF, languageId: 'terraform' });
    assert.equal(cache.parseCount, before + 2);
  });
});
