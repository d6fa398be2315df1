import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseTree, type Node as JNode, type ParseError } from 'jsonc-parser';
import { FlatTree, JSON_OPTIONS, scanJson, type JsonSyntaxError } from '../../../../src/core/iac/cloudformation/json';
import { FIXTURES } from './helpers';

const TYPES = ['object', 'array', 'property', 'string', 'number', 'boolean', 'null'];

/** A comparable view of a node: containers' lengths only when closed (jsonc gives unclosed ones an end at the next token). */
function fromFlat(t: FlatTree, n: number): unknown {
  const type = TYPES[t.type[n]];
  if (type === 'property') {
    const v = t.target[n];
    return { key: t.value[n], at: t.offset[n], len: t.length[n], value: v >= 0 ? fromFlat(t, v) : undefined };
  }
  if (type === 'object' || type === 'array') {
    return { type, at: t.offset[n], len: t.length[n] >= 0 ? t.length[n] : 'open', children: (t.children[n] ?? []).map(c => fromFlat(t, c)) };
  }
  return { type, at: t.offset[n], len: t.length[n], value: t.value[n] };
}

function fromJsonc(n: JNode, open: Set<JNode>): unknown {
  if (n.type === 'property') {
    const [k, v] = n.children!;
    return { key: k.value, at: k.offset, len: k.length, value: v ? fromJsonc(v, open) : undefined };
  }
  if (n.type === 'object' || n.type === 'array') {
    return { type: n.type, at: n.offset, len: open.has(n) ? 'open' : n.length, children: (n.children ?? []).map(c => fromJsonc(c, open)) };
  }
  return { type: n.type, at: n.offset, len: n.length, value: n.value };
}

/**
 * Containers jsonc-parser left unclosed: it ends them at whatever token came next, so a container
 * is closed only when its last character is its own bracket, after the end of its last child.
 */
function unclosed(text: string, root: JNode | undefined): Set<JNode> {
  const open = new Set<JNode>();
  const end = (n: JNode): number => {
    if (n.type === 'property') {
      const [k, v] = n.children!;
      return v ? end(v) : k.offset + k.length;
    }
    if (n.type !== 'object' && n.type !== 'array') return n.offset + n.length;
    const kids = n.children ?? [];
    const inner = kids.length > 0 ? end(kids[kids.length - 1]) : n.offset + 1;
    const last = n.offset + n.length;
    const closed = last > inner && text[last - 1] === (n.type === 'object' ? '}' : ']');
    if (!closed) open.add(n);
    return closed ? last : inner;
  };
  if (root) end(root);
  return open;
}

function compare(text: string): void {
  const errors: JsonSyntaxError[] = [];
  const flat = scanJson(text, errors);
  const jErrors: ParseError[] = [];
  const root = parseTree(text, jErrors, JSON_OPTIONS);
  assert.deepEqual(errors, jErrors, `errors for ${JSON.stringify(text.slice(0, 80))}`);
  const mine = flat.root >= 0 ? fromFlat(flat, flat.root) : undefined;
  const theirs = root ? fromJsonc(root, unclosed(text, root)) : undefined;
  assert.deepEqual(mine, theirs, `tree for ${JSON.stringify(text)}`);
}

describe('CloudFormation JSON: the scanner builds the tree jsonc-parser parseTree builds', () => {
  const files = ['good', 'bad'].flatMap(dir => fs.readdirSync(path.join(FIXTURES, dir)).filter(f => f.endsWith('.json')).map(f => path.join(FIXTURES, dir, f)));

  it('on every JSON fixture, good and broken', () => {
    for (const f of files) compare(fs.readFileSync(f, 'utf8'));
  });

  it('on odd inputs: empty, scalars, nesting errors, bad numbers, comments, stray tokens', () => {
    for (const text of ['', ' ', '1', '"a"', 'null', '{', '[', '}', ']', '{"a"}', '{"a":}', '{"a" 1}', '{,}', '[,]', '[1 2]', '{"a":1,}', '[1,]', '{"a":01}', '{"a":-}', '[1e]', '{"a":"\\x"}', '{"a":"\\u12"}', '/* c */ {}', '{"a": 1} // c', '{"a": [1, {"b": }]}', '{} {}', '{"a": tru}', '{"a": "b": 1}', '@', '{"a":\n"b\n"}']) {
      compare(text);
    }
  });

  it('on every prefix and random mutations of a template', () => {
    const text = fs.readFileSync(path.join(FIXTURES, 'good/data-stack.json'), 'utf8');
    let seed = 3;
    const rand = (n: number) => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed % n;
    };
    for (let i = 0; i <= text.length; i += 3) compare(text.slice(0, i));
    for (let i = 0; i < 300; i++) {
      const at = rand(text.length);
      compare(text.slice(0, at) + text.slice(at + 1 + rand(4)));
      compare(text.slice(0, at) + '{}[],:"x1 /'[rand(11)] + text.slice(at));
    }
  });
});
