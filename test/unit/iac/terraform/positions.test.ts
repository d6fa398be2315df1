import * as assert from 'node:assert/strict';
import { parseTerraform } from '../../../../src/core/iac/terraform/parse';
import { PositionCursor } from '../../../../src/core/iac/terraform/reader';
import { LineIndex } from '../../../../src/core/model/lineIndex';
import { change, fixture } from './helpers';

let seed = 11;
const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)];

function randomText(n: number, breaks: readonly string[]): string {
  const parts = ['a', 'b', ' ', '한', '🚀', '"', '{', '}', ...breaks, ...breaks];
  let s = '';
  while (s.length < n) s += pick(parts);
  return s;
}

describe('terraform position cursor', () => {
  it('gives LineIndex positions for \\n, \\r\\n and lone \\r, in any order of lookups', () => {
    for (const breaks of [['\n'], ['\r\n'], ['\r'], ['\n', '\r\n', '\r']]) {
      const text = randomText(3000, breaks);
      const index = new LineIndex(text);
      const cursor = new PositionCursor(text);
      // Mostly forward, as the reader asks, with jumps back and past the end.
      for (let o = 0; o <= text.length + 2; o += 1 + Math.floor(random() * 5)) {
        assert.deepEqual(cursor.at(o), index.positionAt(o), `offset ${o}`);
        if (random() < 0.1) {
          const back = Math.floor(random() * o);
          assert.deepEqual(cursor.at(back), index.positionAt(back), `back to ${back}`);
        }
      }
      assert.deepEqual(cursor.at(-1), index.positionAt(0));
    }
  });

  it('after a change, starts from the line starts found before and still agrees with LineIndex', () => {
    for (let round = 0; round < 200; round++) {
      const text = randomText(400, ['\n']);
      const previous = new PositionCursor(text);
      // The previous cursor has looked at a random part of its text.
      previous.at(Math.floor(random() * text.length));
      const from = Math.floor(random() * text.length);
      const length = Math.floor(random() * 20);
      const insert = pick(['', 'x', '\n', 'ab\ncd\n', '한🚀\n\n', '\n\n\n']);
      const { next, change: c } = change(text, from, Math.min(length, text.length - from), insert);
      const cursor = PositionCursor.afterChange(previous, c, next);
      const index = new LineIndex(next);
      for (let k = 0; k < 40; k++) {
        const o = Math.floor(random() * (next.length + 1));
        assert.deepEqual(cursor.at(o), index.positionAt(o), `round ${round}, offset ${o}`);
      }
    }
  });

  it('incremental parses of CRLF files (general and fast paths) equal fresh parses', async () => {
    const text = fixture('good', 'compute.tf').replace(/\n/g, '\r\n');
    const edits = [
      change(text, text.indexOf('"t3.micro"') + 2, 0, 'x'), // inside a line
      change(text, text.indexOf('resource "aws_iam_role"'), 0, 'resource "aws_s3_bucket" "new" {\r\n  bucket = "n"\r\n}\r\n\r\n'), // adds CRLF lines
      change(text, text.indexOf('\r\n'), 1, ''), // splits a CRLF pair
    ];
    for (const { next, change: c } of edits) {
      const before = await parseTerraform(text);
      const after = await parseTerraform(next, { previous: before.state, changes: [c] });
      const fresh = await parseTerraform(next);
      assert.deepEqual(after.doc, fresh.doc);
      for (const s of [before.state, after.state, fresh.state]) s.dispose();
    }
  });
});
