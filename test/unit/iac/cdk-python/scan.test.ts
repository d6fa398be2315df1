import * as assert from 'node:assert/strict';
import { fstringFields, scanLines, tokenize, NAME, NEWLINE, STRING, NUMBER, F_UNTERMINATED, F_TRIPLE } from '../../../../src/core/iac/cdk/pythonScan';

function fields(src: string): string[] {
  // src is the content between the quotes of an f-string
  return fstringFields(src, 0, src.length).map(([s, e]) => src.slice(s, e));
}

describe('cdk-python scanner', () => {
  it('f-string fields: escapes, conversions, format specs with nested fields, nested quotes (3.12), self-documenting =', () => {
    assert.deepEqual(fields('a {{not}} {x} {y!r} {z:>{width}} {d["k"]} {f"{inner}"} {a == b} {v=}'), ['x', 'y', 'z', 'width', 'd["k"]', 'f"{inner}"', 'a == b', 'v']);
    assert.deepEqual(fields('{a:{b}{c}}'), ['a', 'b', 'c']);
    assert.deepEqual(fields('{ {"k": 1}["k"] }'), [' {"k": 1}["k"] ']);
  });

  it('strings: prefixes, triple quotes, escaped quotes, unterminated single-line strings stop at the line end', () => {
    const text = `a = rb'x\\'y' + """one\n"two"\n""" + f"{x}" + "open\nb = 1\n`;
    const tk = tokenize(text);
    const strings: Array<[string, number]> = [];
    for (let i = 0; i < tk.count; i++) if (tk.kind[i] === STRING) strings.push([text.slice(tk.start[i], tk.end[i]), tk.flags[i] & (F_TRIPLE | F_UNTERMINATED)]);
    assert.deepEqual(strings, [[`rb'x\\'y'`, 0], ['"""one\n"two"\n"""', F_TRIPLE], ['f"{x}"', 0], ['"open', F_UNTERMINATED]]);
    assert.deepEqual(scanLines(text).map(l => l.s), [0, text.indexOf('b = 1')]);
  });

  it('numbers, line continuations and brackets across lines make one logical line', () => {
    const text = 'x = [1_000, 0x1F, 1e-3, .5,\n     2j] + \\\n    y\nz = 1\n';
    const tk = tokenize(text);
    const kinds: number[] = [];
    for (let i = 0; i < tk.count; i++) kinds.push(tk.kind[i]);
    assert.equal(kinds.filter(k => k === NEWLINE).length, 2);
    const numbers: string[] = [];
    for (let i = 0; i < tk.count; i++) if (tk.kind[i] === NUMBER) numbers.push(text.slice(tk.start[i], tk.end[i]));
    assert.deepEqual(numbers, ['1_000', '0x1F', '1e-3', '.5', '2j', '1']);
    const names: string[] = [];
    for (let i = 0; i < tk.count; i++) if (tk.kind[i] === NAME) names.push(text.slice(tk.start[i], tk.end[i]));
    assert.deepEqual(names, ['x', 'y', 'z']);
  });

  it('recovery closes a bracket at a line indented no deeper than its statement, only when asked', () => {
    const text = 'a = f(1,\nb = 2\n    c)\n';
    assert.deepEqual(scanLines(text, false).map(l => l.s), [0]);
    const recovered = scanLines(text, true);
    assert.deepEqual(recovered.map(l => l.s), [0, text.indexOf('b = 2'), text.indexOf('c)')]);
    assert.deepEqual(tokenize(text, 0, text.length, true).unclosed, [text.indexOf('(')]);
  });

  it('compound statements: headers, inline bodies, decorators, scopes', () => {
    const lines = scanLines('@dec\nclass A(B):\n    def f(self): return g()\n    for x, y in z: pass\n    with open(p) as fh, q as r:\n        pass\n');
    assert.deepEqual(lines.map(l => [l.indent, l.opens, l.binds, l.stmts.length]), [
      [0, undefined, [], 0],
      [0, 'class', ['A'], 0],
      [4, 'def', ['f'], 1],
      [4, 'block', ['x', 'y'], 1],
      [4, 'block', ['fh', 'r'], 0],
      [8, undefined, [], 1],
    ]);
  });
});
