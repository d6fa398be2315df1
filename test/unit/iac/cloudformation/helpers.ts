import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Link, ParsedDocument, Position, Property, Resource, SourceRange, Value } from '../../../../src/core/model/types';
import { getProperty } from '../../../../src/core/model/query';

export const FIXTURES = path.join(__dirname, '../../../fixtures/cloudformation');

export function fixture(rel: string): string {
  return fs.readFileSync(path.join(FIXTURES, rel), 'utf8');
}

/**
 * Where the `nth` occurrence of `needle` sits, found line by line (independently of LineIndex):
 * 0-based line and UTF-16 column, like the model.
 */
export function posOf(text: string, needle: string, nth = 0, delta = 0): Position {
  const lines = text.split(/\r\n|\n|\r/);
  let seen = 0;
  for (let line = 0; line < lines.length; line++) {
    let from = 0;
    for (;;) {
      const at = lines[line].indexOf(needle.split('\n')[0], from);
      if (at < 0) break;
      if (seen++ === nth) return { line, character: at + delta };
      from = at + 1;
    }
  }
  throw new Error(`'${needle}' #${nth} not found`);
}

/** The range of the `nth` occurrence of `needle` (which may span lines). */
export function spanOf(text: string, needle: string, nth = 0): SourceRange {
  const start = posOf(text, needle, nth);
  const parts = needle.split('\n');
  const end = parts.length === 1 ? { line: start.line, character: start.character + needle.length } : { line: start.line + parts.length - 1, character: parts[parts.length - 1].length };
  return { start, end };
}

/** Range from the start of `first` to the end of `last` (the first occurrence of `last` after `first`). */
export function between(text: string, first: string, last: string, nth = 0): SourceRange {
  const start = posOf(text, first, nth);
  const lines = text.split(/\r\n|\n|\r/);
  for (let line = start.line; line < lines.length; line++) {
    const at = lines[line].indexOf(last, line === start.line ? start.character : 0);
    if (at >= 0) return { start, end: { line, character: at + last.length } };
  }
  throw new Error(`'${last}' not found after '${first}'`);
}

export function resource(doc: ParsedDocument, name: string): Resource {
  const r = doc.resources.find(x => x.name === name);
  assert.ok(r, `resource ${name} not found; have ${doc.resources.map(x => x.name).join(', ')}`);
  return r;
}

export function prop(owner: Resource | Property[], path: string): Property {
  const p = getProperty(owner, path);
  assert.ok(p, `property ${path} not found`);
  return p;
}

export function value(owner: Resource | Property[], path: string): Value {
  return prop(owner, path).value;
}

/** Links as `from->to@path` strings, for compact assertions. */
export function linkList(doc: ParsedDocument): string[] {
  return doc.links.map((l: Link) => `${l.from}->${l.to}@${l.path}`);
}

/** Plain JS view of a value (literals, refs as {ref, att}, unknown as {unknown: text}), ranges dropped. */
export function plain(v: Value): unknown {
  switch (v.kind) {
    case 'string':
    case 'number':
    case 'boolean':
      return v.value;
    case 'null':
      return null;
    case 'list':
      return v.items.map(plain);
    case 'map':
      return Object.fromEntries(v.properties.map(p => [p.key, plain(p.value)]));
    case 'reference':
      return v.attribute === undefined ? { ref: v.target } : { ref: v.target, att: v.attribute };
    case 'symbol':
      return { symbol: v.value };
    case 'unknown':
      return { unknown: v.text };
  }
}

export function plainProps(r: Resource): Record<string, unknown> {
  return Object.fromEntries(r.properties.map(p => [p.key, plain(p.value)]));
}

/** Every range in the model, checked to lie inside the text and to start before it ends. */
export function assertRangesSane(text: string, doc: ParsedDocument): void {
  const lines = text.split(/\r\n|\n|\r/);
  const ok = (r: SourceRange, what: string) => {
    for (const p of [r.start, r.end]) {
      assert.ok(p.line >= 0 && p.line < lines.length, `${what}: line ${p.line} out of range`);
      assert.ok(p.character >= 0 && p.character <= lines[p.line].length, `${what}: column ${p.character} out of range on line ${p.line}`);
    }
    assert.ok(r.start.line < r.end.line || (r.start.line === r.end.line && r.start.character <= r.end.character), `${what}: starts after it ends`);
  };
  const walk = (ps: Property[], where: string) => {
    for (const p of ps) {
      ok(p.range, `${where}.${p.key}`);
      ok(p.keyRange, `${where}.${p.key} key`);
      const v = p.value;
      ok(v.range, `${where}.${p.key} value`);
      if (v.kind === 'map') walk(v.properties, `${where}.${p.key}`);
    }
  };
  for (const r of doc.resources) {
    ok(r.range, r.name);
    ok(r.nameRange, `${r.name} name`);
    ok(r.typeRange, `${r.name} type`);
    walk(r.properties, r.name);
  }
  for (const l of doc.links) ok(l.range, `link ${l.from}->${l.to}`);
  for (const e of doc.parseErrors) ok(e.range, `error ${e.message}`);
}
