/**
 * Text edits for CloudFormation quick fixes, in YAML and JSON, in the file's own style: sibling
 * keys at their siblings' column, new levels at the file's indentation unit, YAML sequences
 * indented (or not) like the file's, strings quoted only when YAML needs it (then with the file's
 * usual quote), flow maps and lists edited in flow style, JSON with correct commas.
 *
 * Each call re-reads the syntax tree (cached per parsed document), checks that the model's
 * resource is still where the text has it, and returns [] whenever the change would not be safe:
 * the file has syntax errors, a step of the path is an intrinsic (`!If`) or a list, a key is
 * duplicated, the model is stale.
 */
import { parseTree, type Node as JNode, type ParseError as JParseError } from 'jsonc-parser';
import { isMap, isScalar, isSeq, parse as parseYamlValue, parseDocument, Scalar, type ParsedNode, type YAMLMap } from 'yaml';
import type { TextEdit } from '../../model/edits';
import { LineIndex } from '../../model/lineIndex';
import type { ParsedDocument, Resource } from '../../model/types';
import { isRaw, isRef, type EditTarget, type EditValue, type FormatEdits, type NewResource } from '../editTypes';
import { isIntrinsicKey, SHORT_FORMS } from './intrinsics';
import { JSON_OPTIONS } from './json';
import { YAML_OPTIONS, yamlKey, yamlNodeEnd, yamlNodeStart, type YPair } from './yaml';

/** Thrown inside the helpers when an edit would not be safe; the public functions return []. */
class Unsafe extends Error {}

function unsafe(why: string): never {
  throw new Unsafe(why);
}

function guarded(f: () => TextEdit[]): TextEdit[] {
  try {
    return f();
  } catch (e) {
    if (e instanceof Unsafe) return [];
    throw e;
  }
}

type EditMap = { [key: string]: EditValue };

function isEditMap(v: EditValue): v is EditMap {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && !isRef(v) && !isRaw(v);
}

function splitPath(path: string): string[] {
  const keys = path.split('.');
  if (keys.some(k => k === '')) unsafe(`bad path ${path}`);
  return keys;
}

/** `{ A: { B: value } }` for the keys still missing below an existing map. */
function nest(keys: string[], value: EditValue): EditValue {
  let v = value;
  for (let i = keys.length - 1; i >= 0; i--) v = { [keys[i]]: v };
  return v;
}

// ---------------------------------------------------------------- text helpers

function eolOf(text: string): string {
  return text.includes('\r\n') ? '\r\n' : '\n';
}

function lineStartOf(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

/** End of the line holding `offset`, before its line break. */
function lineEndOf(text: string, offset: number): number {
  const nl = text.indexOf('\n', offset);
  if (nl < 0) return text.length;
  return nl > 0 && text.charCodeAt(nl - 1) === 13 ? nl - 1 : nl;
}

/** Start of the next line, or the end of the text. */
function nextLineStart(text: string, offset: number): number {
  const nl = text.indexOf('\n', offset);
  return nl < 0 ? text.length : nl + 1;
}

function indentOfLine(text: string, offset: number): string {
  const start = lineStartOf(text, offset);
  let e = start;
  while (e < text.length && (text[e] === ' ' || text[e] === '\t')) e++;
  return text.slice(start, e);
}

function isBlankBefore(text: string, offset: number): boolean {
  return text.slice(lineStartOf(text, offset), offset).trim() === '';
}

function edit(index: LineIndex, start: number, end: number, newText: string): TextEdit {
  return { range: index.range(start, end), newText };
}

function refName(name: string): string {
  if (!/^[A-Za-z0-9:_.-]+$/.test(name)) unsafe(`not a reference name: ${name}`);
  return name;
}

/** Parsed syntax trees per model, so many fixes on one version share one parse. */
const cache = new WeakMap<ParsedDocument, { text: string; file: YamlFile | JsonFile }>();

function fileFor<T extends YamlFile | JsonFile>(target: EditTarget, make: (text: string) => T): T {
  const hit = cache.get(target.doc);
  if (hit && hit.text === target.text) return hit.file as T;
  const file = make(target.text);
  cache.set(target.doc, { text: target.text, file });
  return file;
}

// ---------------------------------------------------------------- YAML

interface YamlFile {
  text: string;
  index: LineIndex;
  eol: string;
  root: YMap | undefined;
  errors: boolean;
  /** Spaces per level, column offset of `- ` under its key, preferred quote. */
  unit: number;
  seqIndent: number;
  quote: "'" | '"';
}

type YMap = YAMLMap.Parsed<ParsedNode, ParsedNode | null>;

function readYaml(text: string): YamlFile {
  const doc = parseDocument(text, YAML_OPTIONS);
  const index = new LineIndex(text);
  const root = isMap(doc.contents) ? (doc.contents as YMap) : undefined;
  const file: YamlFile = { text, index, eol: eolOf(text), root, errors: doc.errors.length > 0, unit: 2, seqIndent: -1, quote: "'" };
  let singles = 0;
  let doubles = 0;
  const col = (offset: number) => offset - lineStartOf(text, offset);
  const walk = (n: ParsedNode | null | undefined, depth: number): void => {
    if (!n || depth > 64) return;
    if (isScalar(n)) {
      if (n.type === Scalar.QUOTE_SINGLE) singles++;
      else if (n.type === Scalar.QUOTE_DOUBLE) doubles++;
    } else if (isMap(n)) {
      for (const p of n.items as YPair[]) {
        const v = p.value;
        if (file.seqIndent < 0 && !n.flow && v && isSeq(v) && !v.flow && p.key) file.seqIndent = col(v.range[0]) - col(p.key.range[0]);
        walk(v, depth + 1);
      }
    } else if (isSeq(n)) {
      for (const item of n.items as ParsedNode[]) walk(item, depth + 1);
    }
  };
  walk(root, 0);
  file.quote = doubles > singles ? '"' : "'";
  // The unit: how far a resource's attributes sit from its logical id (else the ids from `Resources:`).
  const resources = root ? uniquePair(root, 'Resources', true) : undefined;
  const section = resources?.value;
  if (resources?.key && section && isMap(section) && !section.flow) {
    const first = (section.items as YPair[])[0];
    const body = first?.value;
    if (first?.key && body && isMap(body) && !body.flow && body.items.length > 0) {
      const u = col((body.items[0] as YPair).key!.range[0]) - col(first.key.range[0]);
      if (u > 0) file.unit = u;
    } else if (first?.key) {
      const u = col(first.key.range[0]) - col(resources.key.range[0]);
      if (u > 0) file.unit = u;
    }
  }
  if (file.seqIndent < 0) file.seqIndent = file.unit;
  return file;
}

function uniquePair(map: YMap, key: string, lenient = false): YPair | undefined {
  let found: YPair | undefined;
  for (const p of map.items as YPair[]) {
    if (yamlKey(p) !== key) continue;
    if (found) return lenient ? undefined : unsafe(`duplicate key ${key}`);
    found = p;
  }
  return found;
}

function isIntrinsicNode(n: ParsedNode): boolean {
  if (n.tag !== undefined && SHORT_FORMS.has(n.tag)) return true;
  return isMap(n) && n.items.length === 1 && isIntrinsicKey(yamlKey(n.items[0] as YPair));
}

/** A plain map we can edit inside (not an intrinsic, not an alias). */
function asYamlMap(n: ParsedNode | null | undefined): YMap | undefined {
  return n && isMap(n) && !isIntrinsicNode(n) && n.tag === undefined ? (n as YMap) : undefined;
}

function isEmptyYamlValue(n: ParsedNode | null | undefined): boolean {
  return !n || (isScalar(n) && n.value === null && n.tag === undefined);
}

function yamlResource(f: YamlFile, resource: Resource): { pair: YPair; body: YMap } {
  if (!f.root || f.errors) unsafe('YAML has errors');
  const section = asYamlMap(uniquePair(f.root, 'Resources')?.value);
  if (!section) unsafe('no Resources map');
  const pair = uniquePair(section, resource.name);
  if (!pair?.key) unsafe('resource not found');
  const k = pair.key as Scalar;
  const keyStart = k.type === Scalar.QUOTE_DOUBLE || k.type === Scalar.QUOTE_SINGLE ? k.range![0] + 1 : k.range![0];
  if (keyStart !== f.index.offsetAt(resource.nameRange.start)) unsafe('model is stale');
  const body = asYamlMap(pair.value);
  if (!body) unsafe('resource body is not a map');
  return { pair, body };
}

interface YamlWalk {
  /** The deepest map reached, the pair holding it (undefined for the resource body) and the keys used. */
  map: YMap;
  holder: YPair | undefined;
  found: number;
  /** The pair for keys[found] when it exists but is not a map (or is the last key). */
  pair: YPair | undefined;
}

function yamlWalk(start: YMap, keys: string[]): YamlWalk {
  let map = start;
  let holder: YPair | undefined;
  for (let i = 0; i < keys.length; i++) {
    const pair = uniquePair(map, keys[i]);
    if (!pair) return { map, holder, found: i, pair: undefined };
    const next = i < keys.length - 1 ? asYamlMap(pair.value) : undefined;
    if (!next) return { map, holder, found: i, pair };
    map = next;
    holder = pair;
  }
  return { map, holder, found: keys.length, pair: undefined };
}

class YamlWriter {
  constructor(private readonly f: YamlFile) {}

  pad(n: number): string {
    return ' '.repeat(n);
  }

  /** A string as a plain scalar when YAML reads it back as the same string, else quoted. */
  scalar(s: string, flow: boolean): string {
    if (isPlainSafe(s, flow)) return s;
    // eslint-disable-next-line no-control-regex
    if (this.f.quote === '"' || /[\u0000-\u001f\u007f]/.test(s)) return JSON.stringify(s);
    return `'${s.replace(/'/g, "''")}'`;
  }

  key(k: string): string {
    return this.scalar(k, true);
  }

  inline(v: EditValue, flow: boolean): string {
    if (v === null) return 'null';
    if (typeof v === 'boolean') return String(v);
    if (typeof v === 'number') return Number.isFinite(v) ? String(v) : unsafe('not a finite number');
    if (typeof v === 'string') return this.scalar(v, flow);
    if (isRef(v)) return v.attribute ? `!GetAtt ${refName(v.$ref)}.${refName(v.attribute)}` : `!Ref ${refName(v.$ref)}`;
    if (isRaw(v)) return v.$raw;
    if (Array.isArray(v)) return v.length === 0 ? '[]' : `[${v.map(x => this.inline(x, true)).join(', ')}]`;
    const entries = Object.entries(v);
    return entries.length === 0 ? '{}' : `{ ${entries.map(([k, x]) => `${this.key(k)}: ${this.inline(x, true)}`).join(', ')} }`;
  }

  /** What follows `key:` in block style: ` value`, or nested lines one level in. */
  afterKey(v: EditValue, keyColumn: number): string {
    const { eol, unit, seqIndent } = this.f;
    if (isEditMap(v) && Object.keys(v).length > 0) return eol + this.entries(v, keyColumn + unit);
    if (Array.isArray(v) && v.length > 0) return eol + v.map(item => this.item(item, keyColumn + seqIndent)).join(eol);
    return ` ${this.inline(v, false)}`;
  }

  /** `key: value` lines at `column`, joined; the first line starts with its indentation. */
  entries(v: EditMap, column: number): string {
    return Object.entries(v)
      .map(([k, x]) => `${this.pad(column)}${this.key(k)}:${this.afterKey(x, column)}`)
      .join(this.f.eol);
  }

  /** One `- item` at `column` (a map item's first key on the dash line). */
  item(v: EditValue, column: number): string {
    if (isEditMap(v) && Object.keys(v).length > 0) return `${this.pad(column)}- ${this.entries(v, column + 2).slice(column + 2)}`;
    return `${this.pad(column)}- ${this.inline(v, Array.isArray(v))}`;
  }
}

// Words and numbers a YAML 1.1 reader (CloudFormation's own) would not read as a string.
const YAML11_WORDS = /^(?:y|n|yes|no|on|off|true|false|null|~)$/i;
const NUMBER_LIKE = /^[-+.]?[0-9][0-9_.:eE+-]*$/;
const DATE_LIKE = /^[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}/;

function isPlainSafe(s: string, flow: boolean): boolean {
  if (s === '' || s !== s.trim()) return false;
  if (/^[-?:,[\]{}#&*!|>'"%@`]/.test(s)) return false;
  if (/: |\s#|:$|[\t\n\r]/.test(s)) return false;
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f\ufeff]/.test(s)) return false;
  if (flow && /[,[\]{}]/.test(s)) return false;
  if (YAML11_WORDS.test(s) || NUMBER_LIKE.test(s) || DATE_LIKE.test(s)) return false;
  try {
    return parseYamlValue(s) === s;
  } catch {
    return false;
  }
}

function keyColumn(f: YamlFile, pair: YPair): number {
  const s = pair.key!.range![0];
  return s - lineStartOf(f.text, s);
}

/** The offset just after `key:` of a block pair. */
function afterColon(f: YamlFile, pair: YPair): number {
  let i = pair.key!.range![1];
  while (i < f.text.length && (f.text[i] === ' ' || f.text[i] === '\t')) i++;
  if (f.text[i] !== ':') unsafe('no colon after key');
  return i + 1;
}

function yamlReplaceValue(f: YamlFile, map: YMap, pair: YPair, value: EditValue): TextEdit[] {
  const w = new YamlWriter(f);
  const v = pair.value;
  if (map.flow) {
    if (!v) unsafe('flow pair without value');
    return [edit(f.index, yamlNodeStart(f.text, v), yamlNodeEnd(f.text, v), w.inline(value, true))];
  }
  const from = afterColon(f, pair);
  // An empty value (`Key:` or `Key: # note`) ends where it starts; keep any comment after it.
  const to = isEmptyYamlValue(v) ? from : Math.max(from, yamlNodeEnd(f.text, v!));
  return [edit(f.index, from, to, w.afterKey(value, keyColumn(f, pair)))];
}

function yamlInsertEntry(f: YamlFile, map: YMap, key: string, value: EditValue): TextEdit[] {
  const w = new YamlWriter(f);
  const pairs = map.items as YPair[];
  if (map.flow) {
    if (pairs.length === 0) return [edit(f.index, map.range[0], map.range[1], w.inline({ [key]: value }, true))];
    const last = pairs[pairs.length - 1];
    const end = last.value ? yamlNodeEnd(f.text, last.value) : last.key!.range![1];
    return [edit(f.index, end, end, `, ${w.key(key)}: ${w.inline(value, true)}`)];
  }
  const last = pairs[pairs.length - 1];
  const column = keyColumn(f, pairs[0]);
  // After the last value's line (its trailing comment stays with it).
  const at = lineEndOf(f.text, last.value ? yamlNodeEnd(f.text, last.value) : last.key!.range![1]);
  return [edit(f.index, at, at, `${f.eol}${w.pad(column)}${w.key(key)}:${w.afterKey(value, column)}`)];
}

function yamlSet(f: YamlFile, resource: Resource, path: string, value: EditValue, create: boolean): TextEdit[] {
  const { body } = yamlResource(f, resource);
  const keys = ['Properties', ...splitPath(path)];
  const walk = yamlWalk(body, keys);
  if (walk.found === keys.length) unsafe('unreachable');
  const rest = keys.slice(walk.found + 1);
  if (walk.pair) {
    // The key exists: the last key → replace its value; an empty step (`Properties:`) → fill it in.
    if (rest.length === 0) return yamlReplaceValue(f, walk.map, walk.pair, value);
    if (create && isEmptyYamlValue(walk.pair.value)) return yamlReplaceValue(f, walk.map, walk.pair, nest(rest, value));
    return unsafe('a step of the path is not a map');
  }
  if (!create) return unsafe('property not found');
  return yamlInsertEntry(f, walk.map, keys[walk.found], nest(rest, value));
}

function yamlRemove(f: YamlFile, resource: Resource, path: string): TextEdit[] {
  const { body } = yamlResource(f, resource);
  const keys = ['Properties', ...splitPath(path)];
  const walk = yamlWalk(body, keys);
  if (!walk.pair || walk.found !== keys.length - 1) return unsafe('property not found');
  const { map, pair, holder } = walk;
  const pairs = map.items as YPair[];
  const i = pairs.indexOf(pair);
  const text = f.text;
  const valueEnd = pair.value ? Math.max(yamlNodeEnd(text, pair.value), pair.key!.range![1]) : pair.key!.range![1];
  if (pairs.length === 1) {
    // Removing the only key would turn the map into null: leave an empty map instead.
    if (map.flow || !holder) return [edit(f.index, map.range[0], yamlNodeEnd(text, map), '{}')];
    return [edit(f.index, afterColon(f, holder), yamlNodeEnd(text, map), ' {}')];
  }
  const keyStart = pair.key!.range![0];
  if (map.flow) {
    if (i < pairs.length - 1) return [edit(f.index, keyStart, pairs[i + 1].key!.range![0], '')];
    const prev = pairs[i - 1];
    const prevEnd = prev.value ? yamlNodeEnd(text, prev.value) : prev.key!.range![1];
    return [edit(f.index, prevEnd, valueEnd, '')];
  }
  if (!isBlankBefore(text, keyStart)) {
    // The first key of a list item (`- Key: a`): keep the dash, start the item at the next key.
    if (i < pairs.length - 1) return [edit(f.index, keyStart, pairs[i + 1].key!.range![0], '')];
    return unsafe('key shares its line');
  }
  const from = lineStartOf(text, keyStart);
  const to = nextLineStart(text, valueEnd);
  if (to === text.length && !text.endsWith('\n')) {
    // Last line of a file without a final newline: take the line break before it instead.
    const before = from > 1 && text[from - 2] === '\r' ? from - 2 : Math.max(0, from - 1);
    return [edit(f.index, before, to, '')];
  }
  return [edit(f.index, from, to, '')];
}

function yamlAddResource(f: YamlFile, res: NewResource, after: Resource | undefined): TextEdit[] {
  if (!f.root || f.errors) unsafe('YAML has errors');
  const w = new YamlWriter(f);
  const sectionPair = uniquePair(f.root, 'Resources');
  if (!sectionPair) unsafe('no Resources section');
  const section = sectionPair.value;
  if (section && isMap(section) && (section as YMap).items.some(p => yamlKey(p as YPair) === res.name)) unsafe('name taken');
  const attributes: EditMap = { Type: res.type };
  if (Object.keys(res.properties).length > 0) attributes.Properties = res.properties;
  if (isEmptyYamlValue(section)) return yamlReplaceValue(f, f.root, sectionPair, { [res.name]: attributes });
  const map = asYamlMap(section);
  if (!map || map.flow) unsafe('Resources is not a block map');
  const pairs = map.items as YPair[];
  const anchor = after ? uniquePair(map, after.name) : pairs[pairs.length - 1];
  if (!anchor) unsafe('anchor resource not found');
  const column = keyColumn(f, pairs[0]);
  // Keep the file's rhythm: a blank line between resources if the first two are separated by one.
  let gap = '';
  if (pairs.length > 1 && pairs[0].value) {
    const between = f.text.slice(nextLineStart(f.text, yamlNodeEnd(f.text, pairs[0].value)), pairs[1].key!.range![0]);
    if (/^[ \t]*\r?\n/.test(between)) gap = f.eol;
  }
  const at = lineEndOf(f.text, anchor.value ? yamlNodeEnd(f.text, anchor.value) : anchor.key!.range![1]);
  const text = `${f.eol}${gap}${w.pad(column)}${w.key(res.name)}:${w.afterKey(attributes, column)}`;
  return [edit(f.index, at, at, text)];
}

// ---------------------------------------------------------------- JSON

interface JsonFile {
  text: string;
  index: LineIndex;
  eol: string;
  root: JNode | undefined;
  errors: boolean;
  unit: string;
}

function readJson(text: string): JsonFile {
  const errors: JParseError[] = [];
  const root = parseTree(text, errors, JSON_OPTIONS);
  const m = /^([ \t]+)"/m.exec(text);
  return { text, index: new LineIndex(text), eol: eolOf(text), root, errors: errors.length > 0, unit: m ? m[1] : '  ' };
}

function jsonProperty(obj: JNode, key: string): JNode | undefined {
  let found: JNode | undefined;
  for (const p of obj.children ?? []) {
    if (p.children?.[0]?.value !== key) continue;
    if (found) unsafe(`duplicate key ${key}`);
    found = p;
  }
  return found;
}

function isJsonIntrinsic(n: JNode): boolean {
  return n.type === 'object' && n.children?.length === 1 && isIntrinsicKey(n.children[0].children?.[0]?.value as string | undefined);
}

function asJsonObject(n: JNode | undefined): JNode | undefined {
  return n && n.type === 'object' && !isJsonIntrinsic(n) ? n : undefined;
}

function jsonResource(f: JsonFile, resource: Resource): JNode {
  if (!f.root || f.errors || f.root.type !== 'object') unsafe('JSON has errors');
  const section = asJsonObject(jsonProperty(f.root, 'Resources')?.children?.[1]);
  if (!section) unsafe('no Resources object');
  const prop = jsonProperty(section, resource.name);
  if (!prop) unsafe('resource not found');
  if (prop.offset + 1 !== f.index.offsetAt(resource.nameRange.start)) unsafe('model is stale');
  const body = asJsonObject(prop.children?.[1]);
  if (!body) unsafe('resource body is not an object');
  return body;
}

class JsonWriter {
  constructor(private readonly f: JsonFile) {}

  /** A value starting on a line indented by `indent`: nested maps and lists one level in per line. */
  render(v: EditValue, indent: string, inline = false): string {
    if (v === null || typeof v === 'boolean' || typeof v === 'string') return JSON.stringify(v);
    if (typeof v === 'number') return Number.isFinite(v) ? String(v) : unsafe('not a finite number');
    if (isRef(v)) return v.attribute ? `{"Fn::GetAtt": [${JSON.stringify(v.$ref)}, ${JSON.stringify(v.attribute)}]}` : `{"Ref": ${JSON.stringify(v.$ref)}}`;
    if (isRaw(v)) return v.$raw;
    const { eol, unit } = this.f;
    const inner = indent + unit;
    if (Array.isArray(v)) {
      if (v.length === 0) return '[]';
      if (inline) return `[${v.map(x => this.render(x, indent, true)).join(', ')}]`;
      return `[${eol}${v.map(x => inner + this.render(x, inner)).join(`,${eol}`)}${eol}${indent}]`;
    }
    const entries = Object.entries(v);
    if (entries.length === 0) return '{}';
    if (inline) return `{${entries.map(([k, x]) => `${JSON.stringify(k)}: ${this.render(x, indent, true)}`).join(', ')}}`;
    return `{${eol}${entries.map(([k, x]) => `${inner}${JSON.stringify(k)}: ${this.render(x, inner)}`).join(`,${eol}`)}${eol}${indent}}`;
  }
}

interface JsonWalk {
  obj: JNode;
  found: number;
  prop: JNode | undefined;
}

function jsonWalk(start: JNode, keys: string[]): JsonWalk {
  let obj = start;
  for (let i = 0; i < keys.length; i++) {
    const prop = jsonProperty(obj, keys[i]);
    if (!prop) return { obj, found: i, prop: undefined };
    const next = i < keys.length - 1 ? asJsonObject(prop.children?.[1]) : undefined;
    if (!next) return { obj, found: i, prop };
    obj = next;
  }
  return { obj, found: keys.length, prop: undefined };
}

function isOneLine(f: JsonFile, n: JNode): boolean {
  return f.text.slice(n.offset, n.offset + n.length).indexOf('\n') < 0;
}

function jsonReplaceValue(f: JsonFile, obj: JNode, prop: JNode, value: EditValue): TextEdit[] {
  const v = prop.children?.[1];
  if (!v) unsafe('property without value');
  const w = new JsonWriter(f);
  const text = w.render(value, indentOfLine(f.text, prop.offset), isOneLine(f, obj));
  return [edit(f.index, v.offset, v.offset + v.length, text)];
}

function jsonInsertEntry(f: JsonFile, obj: JNode, key: string, value: EditValue): TextEdit[] {
  const w = new JsonWriter(f);
  const props = obj.children ?? [];
  const k = JSON.stringify(key);
  if (props.length === 0) {
    const outer = indentOfLine(f.text, obj.offset);
    const inner = outer + f.unit;
    return [edit(f.index, obj.offset + 1, obj.offset + obj.length - 1, `${f.eol}${inner}${k}: ${w.render(value, inner)}${f.eol}${outer}`)];
  }
  const last = props[props.length - 1];
  const end = last.offset + last.length;
  if (isOneLine(f, obj)) return [edit(f.index, end, end, `, ${k}: ${w.render(value, '', true)}`)];
  const indent = indentOfLine(f.text, last.offset);
  return [edit(f.index, end, end, `,${f.eol}${indent}${k}: ${w.render(value, indent)}`)];
}

function jsonSet(f: JsonFile, resource: Resource, path: string, value: EditValue, create: boolean): TextEdit[] {
  const body = jsonResource(f, resource);
  const keys = ['Properties', ...splitPath(path)];
  const walk = jsonWalk(body, keys);
  const rest = keys.slice(walk.found + 1);
  if (walk.prop) {
    if (rest.length === 0) return jsonReplaceValue(f, walk.obj, walk.prop, value);
    if (create && walk.prop.children?.[1]?.type === 'null') return jsonReplaceValue(f, walk.obj, walk.prop, nest(rest, value));
    return unsafe('a step of the path is not an object');
  }
  if (!create || walk.found === keys.length) return unsafe('property not found');
  return jsonInsertEntry(f, walk.obj, keys[walk.found], nest(rest, value));
}

function jsonRemove(f: JsonFile, resource: Resource, path: string): TextEdit[] {
  const body = jsonResource(f, resource);
  const keys = ['Properties', ...splitPath(path)];
  const walk = jsonWalk(body, keys);
  if (!walk.prop || walk.found !== keys.length - 1) return unsafe('property not found');
  const props = walk.obj.children!;
  const i = props.indexOf(walk.prop);
  const p = walk.prop;
  if (props.length === 1) return [edit(f.index, walk.obj.offset + 1, walk.obj.offset + walk.obj.length - 1, '')];
  if (i < props.length - 1) return [edit(f.index, p.offset, props[i + 1].offset, '')];
  const prev = props[i - 1];
  return [edit(f.index, prev.offset + prev.length, p.offset + p.length, '')];
}

function jsonAddResource(f: JsonFile, res: NewResource, after: Resource | undefined): TextEdit[] {
  if (!f.root || f.errors || f.root.type !== 'object') unsafe('JSON has errors');
  const section = asJsonObject(jsonProperty(f.root, 'Resources')?.children?.[1]);
  if (!section) unsafe('no Resources object');
  if (jsonProperty(section, res.name)) unsafe('name taken');
  const attributes: EditMap = { Type: res.type };
  if (Object.keys(res.properties).length > 0) attributes.Properties = res.properties;
  const props = section.children ?? [];
  if (props.length === 0 || !after) return jsonInsertEntry(f, section, res.name, attributes);
  const anchor = jsonProperty(section, after.name);
  if (!anchor) unsafe('anchor resource not found');
  const w = new JsonWriter(f);
  const end = anchor.offset + anchor.length;
  const indent = indentOfLine(f.text, anchor.offset);
  return [edit(f.index, end, end, `,${f.eol}${indent}${JSON.stringify(res.name)}: ${w.render(attributes, indent)}`)];
}

// ---------------------------------------------------------------- entry points

function dispatch<T>(target: EditTarget, yaml: (f: YamlFile) => T, json: (f: JsonFile) => T): T {
  if (target.doc.format !== 'cloudformation') unsafe('not CloudFormation');
  if (target.doc.syntax === 'json') return json(fileFor(target, readJson));
  if (target.doc.syntax === 'yaml') return yaml(fileFor(target, readYaml));
  return unsafe('unknown syntax');
}

export const cloudFormationEdits: FormatEdits = {
  setValue: (target, resource, path, value) =>
    guarded(() => dispatch(target, f => yamlSet(f, resource, path, value, false), f => jsonSet(f, resource, path, value, false))),
  insertProperty: (target, resource, path, value) =>
    guarded(() => dispatch(target, f => yamlSet(f, resource, path, value, true), f => jsonSet(f, resource, path, value, true))),
  removeProperty: (target, resource, path) => guarded(() => dispatch(target, f => yamlRemove(f, resource, path), f => jsonRemove(f, resource, path))),
  addResource: (target, resource, after) =>
    guarded(() => dispatch(target, f => yamlAddResource(f, resource, after), f => jsonAddResource(f, resource, after))),
};

