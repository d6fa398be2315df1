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

/** Links that point at `target` (e.g. the NACL entries of a NACL, the policies attached to a user). */
export function linksTo(doc: ParsedDocument, target: Resource): Link[] {
  return doc.links.filter(l => l.to === target.name);
}

/** Resources that refer to `target`, optionally only those of a kind. */
export function referrers(doc: ParsedDocument, target: Resource, kind?: string): Resource[] {
  const names = new Set(linksTo(doc, target).map(l => l.from));
  return doc.resources.filter(r => names.has(r.name) && (!kind || r.kind === kind));
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
