/** Test helpers for the CDK TypeScript parser and edits: exact ranges and range-free model views. */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseCdkTypeScript } from '../../../../src/core/iac/cdk/typescript';
import { applyEdits, type TextEdit } from '../../../../src/core/model/edits';
import type { ParsedDocument, Property, Resource, SourceRange, Value } from '../../../../src/core/model/types';

export const FIXTURES = path.resolve(__dirname, '..', '..', '..', 'fixtures', 'cdk-typescript');

export function fixture(name: string): string {
  return fs.readFileSync(path.join(FIXTURES, name), 'utf8');
}

/** 0-based line / UTF-16 column of an offset, computed independently of LineIndex. */
function positionOf(text: string, offset: number): { line: number; character: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length - 1;
  return { line, character: offset - (before.lastIndexOf('\n') + 1) };
}

/**
 * Range of the `occurrence`-th `needle` in `text`. With `part`, the range of that substring
 * inside the match (e.g. the name inside its quotes).
 */
export function rangeOf(text: string, needle: string, occurrence = 0, part?: string): SourceRange {
  let at = -1;
  for (let i = 0; i <= occurrence; i++) {
    at = text.indexOf(needle, at + 1);
    assert.ok(at >= 0, `"${needle}" #${occurrence} not in text`);
  }
  let start = at;
  let end = at + needle.length;
  if (part !== undefined) {
    const inner = needle.indexOf(part);
    assert.ok(inner >= 0, `"${part}" not in "${needle}"`);
    start = at + inner;
    end = start + part.length;
  }
  return { start: positionOf(text, start), end: positionOf(text, end) };
}

export function resource(doc: ParsedDocument, name: string): Resource {
  const r = doc.resources.find(x => x.name === name);
  assert.ok(r, `no resource ${name}; have ${doc.resources.map(x => x.name).join(', ')}`);
  return r;
}

export function prop(owner: Resource | Property[], key: string): Property {
  const list = Array.isArray(owner) ? owner : owner.properties;
  const p = list.find(x => x.key === key);
  assert.ok(p, `no property ${key}; have ${list.map(x => x.key).join(', ')}`);
  return p;
}

/** A value without ranges, for comparing models. */
export type Plain = unknown;

export function plainValue(v: Value): Plain {
  switch (v.kind) {
    case 'string':
    case 'number':
    case 'boolean':
      return { kind: v.kind, value: v.value };
    case 'null':
      return { kind: 'null' };
    case 'list':
      return { kind: 'list', items: v.items.map(plainValue) };
    case 'map':
      return { kind: 'map', properties: plainProperties(v.properties) };
    case 'reference':
      return v.attribute === undefined ? { kind: 'reference', target: v.target, text: v.text } : { kind: 'reference', target: v.target, attribute: v.attribute, text: v.text };
    case 'symbol':
      return { kind: 'symbol', value: v.value };
    case 'unknown':
      return { kind: 'unknown', text: v.text };
  }
}

export function plainProperties(ps: Property[]): { key: string; value: Plain }[] {
  return ps.map(p => ({ key: p.key, value: plainValue(p.value) }));
}

export interface PlainResource {
  type: string;
  kind: string;
  name: string;
  variable?: string;
  properties: { key: string; value: Plain }[];
  calls: { method: string; arguments: Plain[] }[];
}

export interface PlainDoc {
  resources: PlainResource[];
  links: string[];
}

export function plainDoc(doc: ParsedDocument): PlainDoc {
  return {
    resources: doc.resources.map(r => ({
      type: r.type,
      kind: r.kind,
      name: r.name,
      ...(r.variable ? { variable: r.variable } : {}),
      properties: plainProperties(r.properties),
      calls: r.calls.map(c => ({ method: c.method, arguments: c.arguments.map(plainValue) })),
    })),
    links: doc.links.map(l => `${l.from} -> ${l.to} @${l.path}`).sort(),
  };
}

// Plain value builders.
export const str = (value: string) => ({ kind: 'string', value });
export const num = (value: number) => ({ kind: 'number', value });
export const bool = (value: boolean) => ({ kind: 'boolean', value });
export const sym = (value: string) => ({ kind: 'symbol', value });
export const unk = (text: string) => ({ kind: 'unknown', text });
export const ref = (target: string, text: string, attribute?: string) =>
  attribute === undefined ? { kind: 'reference', target, text } : { kind: 'reference', target, attribute, text };
export const list = (...items: Plain[]) => ({ kind: 'list', items });
export const map = (entries: Record<string, Plain>) => ({ kind: 'map', properties: Object.entries(entries).map(([key, value]) => ({ key, value })) });

/**
 * Applies `edits`, re-parses, and checks the new model is the old one changed by `change` (which
 * edits the plain view in place) and that the parse introduced no errors. Returns the new text.
 */
export function expectEdit(text: string, edits: TextEdit[], change: (doc: PlainDoc) => void, expectedText?: string): string {
  assert.ok(edits.length > 0, 'expected edits');
  const before = parseCdkTypeScript(text);
  const out = applyEdits(text, edits);
  if (expectedText !== undefined) assert.equal(out, expectedText);
  const after = parseCdkTypeScript(out);
  assert.deepEqual(after.parseErrors, [], `new parse errors in:\n${out}`);
  const expected = plainDoc(before);
  change(expected);
  expected.links.sort();
  assert.deepEqual(plainDoc(after), expected, out);
  return out;
}

export function plainResource(doc: PlainDoc, name: string): PlainResource {
  const r = doc.resources.find(x => x.name === name);
  assert.ok(r, `no resource ${name}`);
  return r;
}

/** The property list at a dotted path of a plain resource (creating nothing). */
export function plainPropsAt(doc: PlainDoc, name: string, path: string[]): { key: string; value: Plain }[] {
  let props = plainResource(doc, name).properties;
  for (const k of path) {
    const p = props.find(x => x.key === k);
    assert.ok(p, `no ${k}`);
    props = (p.value as { properties: { key: string; value: Plain }[] }).properties;
  }
  return props;
}
