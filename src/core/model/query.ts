/** Read helpers rules and hovers use on the model. They never guess: absent is `undefined`. */
import type { Link, ParsedDocument, Property, Resource, Value } from './types';

/**
 * The property at a dotted path (`PublicAccessBlockConfiguration.BlockPublicAcls`). A path step
 * into a list is not taken (lists need the caller to decide: any item or every item).
 * Terraform nested blocks are maps in the model, so `metadata_options.http_tokens` works too;
 * a block written more than once is a list of maps.
 */
export function getProperty(owner: Resource | Property[], path: string): Property | undefined {
  let properties = Array.isArray(owner) ? owner : owner.properties;
  let found: Property | undefined;
  for (const key of path.split('.')) {
    found = properties.find(p => p.key === key);
    if (!found) return undefined;
    properties = found.value.kind === 'map' ? found.value.properties : [];
  }
  return found;
}

export function getValue(owner: Resource | Property[], path: string): Value | undefined {
  return getProperty(owner, path)?.value;
}

/** Literal string / number / boolean at a path, or undefined when absent or not a literal. */
export function literalAt(owner: Resource | Property[], path: string): string | number | boolean | undefined {
  const v = getValue(owner, path);
  return v && (v.kind === 'string' || v.kind === 'number' || v.kind === 'boolean') ? v.value : undefined;
}

export function findResource(doc: ParsedDocument, name: string): Resource | undefined {
  return doc.resources.find(r => r.name === name || r.variable === name);
}

interface LinkIndex {
  to: Map<string, Link[]>;
  from: Map<string, Link[]>;
  byName: Map<string, Resource[]>;
  order: Map<Resource, number>;
}

// Rules ask per resource; a scan of every link per question made large files quadratic.
const linkIndexes = new WeakMap<ParsedDocument, LinkIndex>();

function linkIndex(doc: ParsedDocument): LinkIndex {
  let index = linkIndexes.get(doc);
  if (!index) {
    const to = new Map<string, Link[]>();
    const from = new Map<string, Link[]>();
    for (const l of doc.links) {
      const list = to.get(l.to);
      if (list) list.push(l);
      else to.set(l.to, [l]);
      const out = from.get(l.from);
      if (out) out.push(l);
      else from.set(l.from, [l]);
    }
    const byName = new Map<string, Resource[]>();
    const order = new Map<Resource, number>();
    for (const r of doc.resources) {
      order.set(r, order.size);
      const list = byName.get(r.name);
      if (list) list.push(r);
      else byName.set(r.name, [r]);
    }
    index = { to, from, byName, order };
    linkIndexes.set(doc, index);
  }
  return index;
}

/** Links that point at `target` (e.g. the NACL entries of a NACL, the policies attached to a user). */
export function linksTo(doc: ParsedDocument, target: Resource): Link[] {
  return linkIndex(doc).to.get(target.name) ?? [];
}

/** Links that start at `source` (what a resource refers to). */
export function linksFrom(doc: ParsedDocument, source: Resource): Link[] {
  return linkIndex(doc).from.get(source.name) ?? [];
}

/** The resources (usually one) with this name, in document order. */
export function resourcesNamed(doc: ParsedDocument, name: string): Resource[] {
  return linkIndex(doc).byName.get(name) ?? [];
}

/** Resources that refer to `target`, optionally only those of a kind (in document order). */
export function referrers(doc: ParsedDocument, target: Resource, kind?: string): Resource[] {
  const index = linkIndex(doc);
  const seen = new Set<Resource>();
  for (const l of index.to.get(target.name) ?? []) {
    for (const r of index.byName.get(l.from) ?? []) if (!kind || r.kind === kind) seen.add(r);
  }
  return seen.size <= 1 ? [...seen] : [...seen].sort((a, b) => index.order.get(a)! - index.order.get(b)!);
}

/** Depth-first walk over every value (for rules that look for a pattern anywhere, e.g. secrets). */
export function* walkValues(values: Iterable<Value>): Generator<Value> {
  for (const v of values) {
    yield v;
    if (v.kind === 'list') yield* walkValues(v.items);
    else if (v.kind === 'map') yield* walkValues(v.properties.map(p => p.value));
  }
}

/** A Terraform nested block written once is a map, written several times a list of maps: both as a list. */
export function asList(value: Value | undefined): Value[] {
  if (!value) return [];
  return value.kind === 'list' ? value.items : [value];
}
