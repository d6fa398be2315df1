import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseTerraform } from '../../../../src/core/iac/terraform/parse';
import type { TextChange } from '../../../../src/core/model/edits';
import { LineIndex } from '../../../../src/core/model/lineIndex';
import type { ParsedDocument, Property, Resource, SourceRange, Value } from '../../../../src/core/model/types';

export const FIXTURES = path.resolve(__dirname, '..', '..', '..', 'fixtures', 'terraform');

export function fixture(kind: 'good' | 'bad', name: string): string {
  return fs.readFileSync(path.join(FIXTURES, kind, name), 'utf8');
}

export function fixtureNames(kind: 'good' | 'bad'): string[] {
  return fs.readdirSync(path.join(FIXTURES, kind)).filter(f => f.endsWith('.tf')).sort();
}

/** Parses and frees the tree (tests that need the state call parseTerraform themselves). */
export async function parse(text: string): Promise<ParsedDocument> {
  const { doc, state } = await parseTerraform(text);
  state.dispose();
  return doc;
}

/** The source text a range covers. */
export function textAt(text: string, range: SourceRange): string {
  const index = new LineIndex(text);
  return text.slice(index.offsetAt(range.start), index.offsetAt(range.end));
}

export function resource(doc: ParsedDocument, name: string): Resource {
  const r = doc.resources.find(x => x.name === name);
  if (!r) throw new Error(`no resource ${name} in ${doc.resources.map(x => x.name).join(', ')}`);
  return r;
}

/** A value without ranges, for readable deep-equality: literals as themselves, the rest tagged. */
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
      return plainProps(v.properties);
    case 'reference':
      return { ref: v.target, ...(v.attribute !== undefined ? { attribute: v.attribute } : {}) };
    case 'symbol':
      return { symbol: v.value };
    case 'unknown':
      return { unknown: v.text };
  }
}

export function plainProps(props: Property[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const p of props) out[p.key] = plain(p.value);
  return out;
}

/** Everything about a document except positions: what an edit must leave unchanged. */
export function plainDoc(doc: ParsedDocument): unknown {
  return {
    resources: doc.resources.map(r => ({ role: r.role, type: r.type, kind: r.kind, name: r.name, repeated: r.repeated, properties: plainProps(r.properties) })),
    links: doc.links.map(l => `${l.from} -> ${l.to} @ ${l.path}`),
  };
}

/** A TextChange like the editor reports: replace [offset, offset + length) of `text` with `insert`. */
export function change(text: string, offset: number, length: number, insert: string): { next: string; change: TextChange } {
  const index = new LineIndex(text);
  return {
    next: text.slice(0, offset) + insert + text.slice(offset + length),
    change: { range: index.range(offset, offset + length), rangeOffset: offset, rangeLength: length, text: insert },
  };
}
