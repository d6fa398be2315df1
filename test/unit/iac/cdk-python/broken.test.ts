import * as assert from 'node:assert/strict';
import { at, fixture, parse, plain, prop, res } from './helpers';
import type { ParsedDocument } from '../../../../src/core/model/types';

function names(doc: ParsedDocument): string[] {
  return doc.resources.map(r => r.name);
}

function assertErrorsInside(doc: ParsedDocument, text: string): void {
  const lines = text.split(/\r\n|\r|\n/);
  assert.ok(doc.parseErrors.length > 0, 'expected parse errors');
  for (const e of doc.parseErrors) {
    assert.equal(e.severity, 'error');
    assert.match(e.message, /^Syntax error/);
    for (const p of [e.range.start, e.range.end]) {
      assert.ok(p.line >= 0 && p.line < lines.length, `line ${p.line} out of range`);
      assert.ok(p.character >= 0 && p.character <= lines[p.line].length, `character ${p.character} out of line ${p.line}`);
    }
  }
}

describe('cdk-python broken input', () => {
  it('an unclosed parenthesis: the constructs before, at and after it are found', async () => {
    const text = fixture('bad/unclosed_paren.py');
    const doc = await parse(text);
    assert.deepEqual(names(doc), ['First', 'Broken', 'Last']);
    assert.deepEqual(plain(prop(res(doc, 'Broken'), 'versioned').value), true);
    // The unclosed statement ends at its last token; the next line starts a statement of its own.
    assert.deepEqual(res(doc, 'Broken').range, { start: at(text, 'broken = ').start, end: at(text, 'versioned=True', 1).end });
    assert.deepEqual(plain(prop(res(doc, 'Last'), 'enforceSsl').value), true);
    assertErrorsInside(doc, text);
    // Python's own message at the bracket, and tree-sitter's where it noticed.
    assert.deepEqual(doc.parseErrors, [
      { message: 'Syntax error: "(" was never closed', range: at(text, '(', 0, text.indexOf('s3.Bucket(self, "Broken"')), severity: 'error' },
      { message: 'Syntax error: unexpected "last = s3"', range: at(text, 'last = s3'), severity: 'error' },
    ]);
  });

  it('half-typed keyword arguments, members and calls', async () => {
    const text = fixture('bad/half_typed.py');
    const doc = await parse(text);
    assert.deepEqual(names(doc), ['KwNoValue', 'HalfKey', 'HalfSymbol', 'Sg', 'AfterAll']);
    assert.deepEqual(plain(prop(res(doc, 'KwNoValue'), 'versioned').value), { $unknown: '' });
    assert.deepEqual(res(doc, 'HalfKey').properties, []);
    assert.deepEqual(plain(prop(res(doc, 'HalfSymbol'), 'blockPublicAccess').value), { $unknown: 's3.BlockPublicAccess.' });
    assert.deepEqual(res(doc, 'Sg').calls.map(c => c.method), ['addIngressRule']);
    assert.deepEqual(plain(prop(res(doc, 'AfterAll'), 'versioned').value), true);
    assertErrorsInside(doc, text);
    assert.deepEqual(doc.parseErrors[0], { message: 'Syntax error: unexpected "="', range: at(text, '=', 0, text.indexOf('versioned=)')), severity: 'error' });
  });

  it('an unclosed string: its construct keeps the raw id text, the next one is intact', async () => {
    const text = fixture('bad/unclosed_string.py');
    const doc = await parse(text);
    assert.deepEqual(names(doc), ['Ok', '"Unclosed, versioned=True)', 'Fine']);
    assert.deepEqual(plain(prop(res(doc, 'Fine'), 'versioned').value), true);
    assertErrorsInside(doc, text);
  });

  it('garbage lines inside and outside the class', async () => {
    const text = fixture('bad/garbage.py');
    const doc = await parse(text);
    assert.deepEqual(names(doc), ['One', 'Two', 'Three']);
    assert.deepEqual(plain(prop(res(doc, 'Two'), 'versioned').value), true);
    assertErrorsInside(doc, text);
    assert.ok(doc.parseErrors.some(e => e.range.start.line === 2), 'the garbage line after the imports is reported');
  });

  it('a missing closing bracket of a list and of a dict', async () => {
    const text = [
      'from aws_cdk import aws_s3 as s3',
      'a = s3.Bucket(app, "A", cors=[1, 2, versioned=True)',
      'b = s3.Bucket(app, "B", tags={"k": "v", versioned=True)',
      'c = s3.Bucket(app, "C")',
    ].join('\n');
    const doc = await parse(text);
    assert.deepEqual(names(doc), ['A', 'B', 'C']);
    assertErrorsInside(doc, text);
  });

  it('a missing `)` is reported as MISSING at a zero-width position when tree-sitter inserts one', async () => {
    const text = 'from aws_cdk import aws_s3 as s3\nx = s3.Bucket(app, "A"\n';
    const doc = await parse(text);
    assert.deepEqual(names(doc), ['A']);
    assertErrorsInside(doc, text);
  });

  it('never throws: every prefix of a realistic stack, and single-character deletions, parse', async () => {
    const text = fixture('good/web_stack.py');
    const full = names(await parse(text));
    for (let cut = 0; cut <= text.length; cut += 97) {
      const doc = await parse(text.slice(0, cut));
      // Every construct whose statement is complete before the cut is still found, with its name.
      const found = names(doc);
      for (const name of full) {
        const stmtEnd = text.indexOf('\n        )', text.indexOf(`"${name}"`));
        if (!name.includes('#') && text.indexOf(`"${name}"`) >= 0 && stmtEnd >= 0 && stmtEnd + 10 < cut && text.indexOf(`"${name}"`) < cut) {
          assert.ok(found.includes(name), `cut at ${cut}: ${name} missing`);
        }
      }
    }
    for (let i = 0; i < text.length; i += 53) {
      await parse(text.slice(0, i) + text.slice(i + 1));
    }
  });

  it('random bytes and odd Python never throw', async () => {
    const samples = [
      '', '\n\n', '(((', ')))', '"""', "'''unterminated", 'f"{', 'f"{x!r:>{width}}"', '\\', 'lambda', 'if', 'class', 'def f(:',
      'from aws_cdk import', 'from aws_cdk import (', 'import aws_cdk as', 'x = s3.Bucket(self, "B", **)', '@', '@decorator\nclass A: pass',
      'async def f(): await s3.Bucket(self, "B")', 'match x:\n    case 1: pass', 'x: int', 'a, *b = c', 'x = [*]', '{**}', 'x = (yield)',
      '\u0000\u0001\u0002', '🚀🚀🚀 = 1', '한국어 = s3.Bucket(self, "한")', 'x = 1if y else 2', 'print(f"{x=}")', 'x = 0x', 'x = 1e', '...',
    ];
    let seed = 7;
    for (let i = 0; i < 40; i++) {
      let s = '';
      for (let j = 0; j < 200; j++) {
        seed = (seed * 1103515245 + 12345) & 0x7fffffff;
        s += '()[]{}:=,."\'\\#\n  abcxyz_019fr+-*/@🚀한'[seed % 36];
      }
      samples.push(s);
    }
    for (const s of samples) {
      const doc = await parse(`from aws_cdk import aws_s3 as s3\n${s}\n`);
      assert.ok(Array.isArray(doc.resources));
    }
  });
});
