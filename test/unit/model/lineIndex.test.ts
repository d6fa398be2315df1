import * as assert from 'node:assert/strict';
import { applyEdits } from '../../../src/core/model/edits';
import { containsPosition, LineIndex } from '../../../src/core/model/lineIndex';

describe('LineIndex', () => {
  it('maps offsets to 0-based lines and UTF-16 columns, across \\n, \\r\\n and \\r', () => {
    const text = 'ab\ncd\r\nef\rgh';
    const idx = new LineIndex(text);
    assert.equal(idx.lineCount, 4);
    assert.deepEqual(idx.positionAt(0), { line: 0, character: 0 });
    assert.deepEqual(idx.positionAt(4), { line: 1, character: 1 });
    assert.deepEqual(idx.positionAt(text.indexOf('e')), { line: 2, character: 0 });
    assert.deepEqual(idx.positionAt(text.indexOf('h')), { line: 3, character: 1 });
    assert.deepEqual(idx.positionAt(999), { line: 3, character: 2 });
    assert.equal(idx.lineText(1), 'cd');
  });

  it('counts Korean as one unit and emoji as two (UTF-16), like vscode.Position', () => {
    const text = '# 한국어 🚀 설명\nBucket: x';
    const idx = new LineIndex(text);
    const offset = text.indexOf('설명');
    assert.deepEqual(idx.positionAt(offset), { line: 0, character: 9 });
    assert.equal(idx.offsetAt({ line: 0, character: 9 }), offset);
    assert.equal(idx.offsetAt({ line: 1, character: 0 }), text.indexOf('Bucket'));
    assert.equal(idx.offsetAt({ line: 0, character: 999 }), text.indexOf('\n'));
  });

  it('round-trips every offset', () => {
    const text = '가나\r\n🚀x\n\n끝';
    const idx = new LineIndex(text);
    for (let o = 0; o <= text.length; o++) {
      if (text[o - 1] === '\r' && text[o] === '\n') continue; // inside a CRLF: not a position
      assert.equal(idx.offsetAt(idx.positionAt(o)), o, `offset ${o}`);
    }
  });

  it('containsPosition is inclusive at both ends', () => {
    const r = { start: { line: 1, character: 2 }, end: { line: 3, character: 0 } };
    assert.ok(containsPosition(r, { line: 1, character: 2 }));
    assert.ok(containsPosition(r, { line: 2, character: 99 }));
    assert.ok(containsPosition(r, { line: 3, character: 0 }));
    assert.ok(!containsPosition(r, { line: 1, character: 1 }));
    assert.ok(!containsPosition(r, { line: 3, character: 1 }));
  });
});

describe('applyEdits', () => {
  it('applies edits in any order and refuses overlaps', () => {
    const at = (line: number, character: number) => ({ line, character });
    const text = 'one\ntwo\nthree';
    const out = applyEdits(text, [
      { range: { start: at(2, 0), end: at(2, 5) }, newText: '3' },
      { range: { start: at(0, 0), end: at(0, 3) }, newText: '1' },
      { range: { start: at(1, 3), end: at(1, 3) }, newText: '!' },
    ]);
    assert.equal(out, '1\ntwo!\n3');
    assert.throws(() => applyEdits(text, [
      { range: { start: at(0, 0), end: at(0, 3) }, newText: 'x' },
      { range: { start: at(0, 2), end: at(1, 1) }, newText: 'y' },
    ]), /overlapping/);
  });
});
