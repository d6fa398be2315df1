/**
 * What is under a position: a resource's type token, a property key, or a value, with the
 * property path that leads to it. Resources are found by binary search over a per-model index
 * (built on the first hover of a model, cached on the model object), then the one resource's
 * property tree is walked, pruned by ranges.
 */
import { containsPosition } from '../model/lineIndex';
import type { MethodCall, ParsedDocument, Position, Property, Resource, SourceRange, Value } from '../model/types';

export type Located =
  | { target: 'type'; resource: Resource; range: SourceRange }
  | { target: 'property'; resource: Resource; property: Property; path: string[]; range: SourceRange }
  /** `path` is the path of the property holding the value (a method name for a CDK call argument). */
  | { target: 'value'; resource: Resource; value: Value; path: string[]; range: SourceRange; viaMethod?: string };

interface Spanned {
  range: SourceRange;
}

/** Items sorted by start, with `maxEnd[i]` the furthest end among items[0..i], so a backward scan knows when to stop. */
interface SortedSpans<T extends Spanned> {
  sorted: T[];
  maxEnd: Position[];
}

interface CallSite {
  resource: Resource;
  call: MethodCall;
  range: SourceRange;
}

interface ResourceIndex {
  resources: SortedSpans<Resource>;
  /** CDK method calls are statements of their own, outside the construct's range. */
  calls: SortedSpans<CallSite>;
}

const indexes = new WeakMap<ParsedDocument, ResourceIndex>();

function compare(a: Position, b: Position): number {
  return a.line - b.line || a.character - b.character;
}

function sortSpans<T extends Spanned>(items: T[]): SortedSpans<T> {
  const sorted = items.sort((a, b) => compare(a.range.start, b.range.start));
  const maxEnd: Position[] = [];
  let max: Position | undefined;
  for (const item of sorted) {
    if (!max || compare(item.range.end, max) > 0) max = item.range.end;
    maxEnd.push(max);
  }
  return { sorted, maxEnd };
}

function resourceIndex(doc: ParsedDocument): ResourceIndex {
  let index = indexes.get(doc);
  if (!index) {
    const calls: CallSite[] = [];
    for (const resource of doc.resources) for (const call of resource.calls) calls.push({ resource, call, range: call.range });
    index = { resources: sortSpans([...doc.resources]), calls: sortSpans(calls) };
    indexes.set(doc, index);
  }
  return index;
}

/** The innermost item whose range holds `p` (CDK constructs can be nested in another's props). */
function innermost<T extends Spanned>({ sorted, maxEnd }: SortedSpans<T>, p: Position): T | undefined {
  // Last item starting at or before p.
  let lo = 0;
  let hi = sorted.length - 1;
  let last = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (compare(sorted[mid].range.start, p) <= 0) {
      last = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  for (let i = last; i >= 0; i--) {
    if (compare(maxEnd[i], p) < 0) break; // nothing at or before i reaches p
    if (containsPosition(sorted[i].range, p)) return sorted[i];
  }
  return undefined;
}

export function resourceAt(doc: ParsedDocument, p: Position): Resource | undefined {
  return innermost(resourceIndex(doc).resources, p);
}

function inValue(resource: Resource, value: Value, path: string[], p: Position, viaMethod?: string): Located | undefined {
  if (value.kind === 'map') return inProperties(resource, value.properties, path, p);
  if (value.kind === 'list') {
    for (const item of value.items) {
      if (containsPosition(item.range, p)) return inValue(resource, item, path, p, viaMethod);
    }
    return undefined;
  }
  return { target: 'value', resource, value, path, range: value.range, viaMethod };
}

function inProperties(resource: Resource, properties: readonly Property[], path: string[], p: Position): Located | undefined {
  for (const property of properties) {
    if (!containsPosition(property.range, p) && !containsPosition(property.keyRange, p)) continue;
    const here = [...path, property.key];
    if (containsPosition(property.keyRange, p)) return { target: 'property', resource, property, path: here, range: property.keyRange };
    if (containsPosition(property.value.range, p)) return inValue(resource, property.value, here, p);
  }
  return undefined;
}

export function locate(doc: ParsedDocument, p: Position): Located | undefined {
  const index = resourceIndex(doc);
  const resource = innermost(index.resources, p);
  if (resource) {
    if (containsPosition(resource.typeRange, p)) return { target: 'type', resource, range: resource.typeRange };
    const inProps = inProperties(resource, resource.properties, [], p);
    if (inProps) return inProps;
  }
  const site = index.calls.sorted.length > 0 ? innermost(index.calls, p) : undefined;
  if (site) {
    for (const arg of site.call.arguments) {
      if (containsPosition(arg.range, p)) return inValue(site.resource, arg, [site.call.method], p, site.call.method);
    }
  }
  return undefined;
}
