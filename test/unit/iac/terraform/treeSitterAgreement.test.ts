/**
 * The model is read from the text by reader.ts, not from the tree-sitter tree (see there why).
 * This checks the two agree on well-formed files: every resource, property, key and value range
 * equals the range of the matching tree-sitter node.
 */
import * as assert from 'node:assert/strict';
import type { Node } from 'web-tree-sitter';
import { parseTerraform } from '../../../../src/core/iac/terraform/parse';
import { LineIndex } from '../../../../src/core/model/lineIndex';
import type { Property, SourceRange, Value } from '../../../../src/core/model/types';
import { fixture, fixtureNames } from './helpers';

function children(n: Node, type: string): Node[] {
  return n.namedChildren.filter((c): c is Node => !!c && c.type === type);
}

function child(n: Node, type: string): Node | undefined {
  return children(n, type)[0];
}

async function check(text: string): Promise<number> {
  const { doc, state } = await parseTerraform(text);
  const index = new LineIndex(text);
  const range = (start: number, end: number): SourceRange => index.range(start, end);
  const node = (n: Node): SourceRange => range(n.startIndex, n.endIndex);
  let checked = 0;

  const label = (n: Node): SourceRange => (n.type === 'string_lit' ? range(n.startIndex + 1, n.endIndex - 1) : node(n));

  /** The expression under wrapper nodes (expression → collection_value → object). */
  const core = (n: Node): Node => {
    let c = n;
    while ((c.type === 'expression' || c.type === 'collection_value' || c.type === 'literal_value') && c.namedChildCount === 1) c = c.namedChildren[0]!;
    return c;
  };

  const compareValue = (expr: Node, v: Value, where: string): void => {
    assert.deepEqual(v.range, node(expr), `${where}: value range`);
    checked++;
    let c = core(expr);
    if (c.type === 'function_call' && c.namedChildren[0]!.text === 'jsonencode' && (v.kind === 'map' || v.kind === 'list')) {
      c = core(child(child(c, 'function_arguments')!, 'expression')!);
      const inner = v.kind === 'map' ? { ...v, range: node(c) } : { ...v, range: node(c) };
      compareValue(c, inner, `${where} (jsonencode)`);
      return;
    }
    if (v.kind === 'map') {
      assert.equal(c.type, 'object', `${where}: object`);
      const elems = children(c, 'object_elem');
      assert.equal(elems.length, v.properties.length, `${where}: element count`);
      elems.forEach((e, i) => {
        const p = v.properties[i];
        const key = e.childForFieldName('key')!;
        const keyCore = core(key);
        assert.deepEqual(p.keyRange, keyCore.type === 'string_lit' ? label(keyCore) : node(key), `${where}.${p.key}: key range`);
        assert.deepEqual(p.range, node(e), `${where}.${p.key}: property range`);
        compareValue(e.childForFieldName('val')!, p.value, `${where}.${p.key}`);
      });
    } else if (v.kind === 'list') {
      assert.equal(c.type, 'tuple', `${where}: tuple`);
      const items = children(c, 'expression');
      assert.equal(items.length, v.items.length, `${where}: item count`);
      items.forEach((e, i) => compareValue(e, v.items[i], `${where}[${i}]`));
    }
  };

  const compareBody = (body: Node | undefined, props: Property[], where: string): void => {
    const nodes = body ? body.namedChildren.filter((c): c is Node => !!c && (c.type === 'attribute' || c.type === 'block')) : [];
    // Blocks of one type merge into one property at the first one's place.
    const groups = new Map<string, Node[]>();
    const order: (Node | string)[] = [];
    for (const n of nodes) {
      if (n.type === 'attribute') order.push(n);
      else {
        const id = n.namedChildren[0]!.text;
        const key = id === 'dynamic' ? n.namedChildren[1]!.text.slice(1, -1) : id;
        if (!groups.has(key)) {
          groups.set(key, []);
          order.push(key);
        }
        groups.get(key)!.push(n);
      }
    }
    assert.equal(order.length, props.length, `${where}: property count`);
    order.forEach((o, i) => {
      const p = props[i];
      if (typeof o !== 'string') {
        assert.deepEqual(p.keyRange, node(o.namedChildren[0]!), `${where}.${p.key}: key range`);
        assert.deepEqual(p.range, node(o), `${where}.${p.key}: property range`);
        compareValue(child(o, 'expression')!, p.value, `${where}.${p.key}`);
        return;
      }
      const blocks = groups.get(o)!;
      const first = blocks[0];
      const last = blocks[blocks.length - 1];
      assert.equal(p.key, o);
      const dynamic = first.namedChildren[0]!.text === 'dynamic';
      assert.deepEqual(p.keyRange, dynamic ? label(first.namedChildren[1]!) : node(first.namedChildren[0]!), `${where}.${o}: key range`);
      assert.deepEqual(p.range, range(first.startIndex, last.endIndex), `${where}.${o}: property range`);
      const braces = (b: Node) => range(child(b, 'block_start')!.startIndex, child(b, 'block_end')!.endIndex);
      if (dynamic) {
        assert.equal(p.value.kind, 'unknown');
        assert.deepEqual(p.value.range, braces(first));
      } else if (blocks.length === 1) {
        assert.equal(p.value.kind, 'map');
        assert.deepEqual(p.value.range, braces(first), `${where}.${o}: block braces`);
        if (p.value.kind === 'map') compareBody(child(first, 'body'), p.value.properties, `${where}.${o}`);
      } else {
        assert.equal(p.value.kind, 'list');
        if (p.value.kind === 'list') {
          assert.equal(p.value.items.length, blocks.length);
          blocks.forEach((b, k) => {
            const item = (p.value as { items: Value[] }).items[k];
            assert.deepEqual(item.range, braces(b), `${where}.${o}[${k}]: block braces`);
            if (item.kind === 'map') compareBody(child(b, 'body'), item.properties, `${where}.${o}[${k}]`);
          });
        }
      }
      checked++;
    });
  };

  const top = child(state.tree.rootNode, 'body');
  const blocks = top ? children(top, 'block') : [];
  const modelled = blocks.filter(b => ['resource', 'data', 'provider', 'module', 'variable', 'output', 'locals'].includes(b.namedChildren[0]!.text));
  assert.equal(modelled.length, doc.resources.length, 'one resource per modelled top-level block');
  modelled.forEach((b, i) => {
    const res = doc.resources[i];
    assert.deepEqual(res.range, node(b), `${res.name}: range`);
    const labels = b.namedChildren.filter((c): c is Node => !!c && (c.type === 'string_lit' || c.type === 'identifier')).slice(1);
    if (res.role === 'resource' || res.role === 'data') {
      assert.deepEqual(res.typeRange, label(labels[0]), `${res.name}: type range`);
      assert.deepEqual(res.nameRange, label(labels[1]), `${res.name}: name range`);
    }
    compareBody(child(b, 'body'), res.properties, res.name);
  });
  state.dispose();
  return checked;
}

describe('terraform reader agrees with tree-sitter on well-formed files', () => {
  for (const name of fixtureNames('good')) {
    it(`good/${name}`, async () => {
      const n = await check(fixture('good', name));
      assert.ok(n > 50, `checked ${n} ranges`);
    });
  }

  it('the example workspace file', async () => {
    const fs = await import('node:fs');
    const path = await import('node:path');
    const text = fs.readFileSync(path.resolve(__dirname, '..', '..', '..', '..', 'examples', 'terraform', 'main.tf'), 'utf8');
    assert.ok((await check(text)) > 50);
  });
});
