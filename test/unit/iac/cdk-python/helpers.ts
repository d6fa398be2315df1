import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseCdkPython } from '../../../../src/core/iac/cdk/python';
import type { MethodCall, ParsedDocument, Property, Resource, SourceRange, Value } from '../../../../src/core/model/types';

export const FIXTURES = path.resolve(__dirname, '../../../fixtures/cdk-python');

export function fixture(rel: string): string {
  return fs.readFileSync(path.join(FIXTURES, rel), 'utf8');
}

export async function parse(text: string): Promise<ParsedDocument> {
  const { doc, state } = await parseCdkPython(text);
  state.dispose();
  return doc;
}

/**
 * The range of the `nth` occurrence of `needle` (from `from`), computed independently of
 * LineIndex: split the prefix on line breaks and count UTF-16 code units, as VS Code does.
 */
export function at(text: string, needle: string, nth = 0, from = 0): SourceRange {
  let offset = text.indexOf(needle, from);
  for (let i = 0; i < nth && offset >= 0; i++) offset = text.indexOf(needle, offset + 1);
  assert.ok(offset >= 0, `"${needle}" not found`);
  return { start: pos(text, offset), end: pos(text, offset + needle.length) };
}

export function pos(text: string, offset: number): { line: number; character: number } {
  const lines = text.slice(0, offset).split(/\r\n|\r|\n/);
  return { line: lines.length - 1, character: lines[lines.length - 1].length };
}

/** From the start of `first` to the end of `last` (searched after `first`). */
export function span(text: string, first: string, last: string, nth = 0): SourceRange {
  const a = at(text, first, nth);
  const startOffset = offsetOf(text, a.start);
  const lastOffset = text.indexOf(last, startOffset);
  assert.ok(lastOffset >= 0, `"${last}" not found after "${first}"`);
  return { start: a.start, end: pos(text, lastOffset + last.length) };
}

function offsetOf(text: string, p: { line: number; character: number }): number {
  const lines = text.split(/(?<=\r\n|\r(?!\n)|\n)/);
  let o = 0;
  for (let i = 0; i < p.line; i++) o += lines[i].length;
  return o + p.character;
}

export function res(doc: ParsedDocument, name: string): Resource {
  const r = doc.resources.find(x => x.name === name);
  assert.ok(r, `resource ${name} not found; have ${doc.resources.map(x => x.name).join(', ')}`);
  return r;
}

export function prop(owner: Resource | Property[], key: string): Property {
  const props = Array.isArray(owner) ? owner : owner.properties;
  const p = props.find(x => x.key === key);
  assert.ok(p, `property ${key} not found; have ${props.map(x => x.key).join(', ')}`);
  return p;
}

/** The properties of a map value (fails the test when it is not a map). */
export function mapProps(v: Value): Property[] {
  assert.equal(v.kind, 'map');
  return v.kind === 'map' ? v.properties : [];
}

/** A value without ranges, for comparing shapes: literals as is, others tagged. */
export type Plain = string | number | boolean | null | Plain[] | { [k: string]: Plain };

export function plain(v: Value): Plain {
  switch (v.kind) {
    case 'string': case 'number': case 'boolean': return v.value;
    case 'null': return null;
    case 'list': return v.items.map(plain);
    case 'map': return Object.fromEntries(v.properties.map(p => [p.key, plain(p.value)]));
    case 'symbol': return { $symbol: v.value };
    case 'reference': return v.attribute === undefined ? { $ref: v.target, text: v.text } : { $ref: v.target, attribute: v.attribute, text: v.text };
    case 'unknown': return { $unknown: v.text };
  }
}

export function plainProps(props: Property[]): Array<[string, Plain]> {
  return props.map(p => [p.key, plain(p.value)]);
}

export function plainCall(c: MethodCall): { method: string; arguments: Plain[] } {
  return { method: c.method, arguments: c.arguments.map(plain) };
}

/** A resource without ranges: what must stay the same when an edit touches something else. */
export function plainResource(r: Resource): unknown {
  return { type: r.type, kind: r.kind, name: r.name, variable: r.variable, properties: plainProps(r.properties), calls: r.calls.map(plainCall) };
}
