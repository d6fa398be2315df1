import * as assert from 'node:assert/strict';
import { Positions } from '../../../../src/core/iac/cloudformation/positions';
import { LineIndex } from '../../../../src/core/model/lineIndex';

describe('CloudFormation Positions (forward-moving offset → position)', () => {
  it('agrees with LineIndex for forward walks, steps back, \\r\\n, lone \\r, Korean and emoji', () => {
    let seed = 11;
    const rand = (n: number) => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed % n;
    };
    const pieces = ['a', ' ', '한', '🚀', '\n', '\r\n', '"', ':'];
    for (let round = 0; round < 40; round++) {
      // Every fourth text has a lone \r somewhere: then Positions uses the line table throughout.
      let text = '';
      for (let i = 0; i < 200; i++) text += pieces[rand(pieces.length)];
      if (round % 4 === 0) text += 'x\ry';
      const index = new LineIndex(text);
      const positions = new Positions(text);
      let offset = 0;
      for (let i = 0; i < 300; i++) {
        offset = rand(10) === 0 ? rand(text.length + 2) : Math.min(text.length + 1, offset + rand(5));
        assert.deepEqual(positions.at(offset), index.positionAt(offset), `offset ${offset} in round ${round}`);
      }
    }
  });

  it('clamps offsets outside the text', () => {
    const p = new Positions('ab\ncd');
    assert.deepEqual(p.at(-3), { line: 0, character: 0 });
    assert.deepEqual(p.at(99), { line: 1, character: 2 });
    assert.deepEqual(new Positions('').at(0), { line: 0, character: 0 });
  });
});
