/**
 * CloudFormation YAML → model, with `yaml` (eemeli, v2). Every short-form intrinsic is a custom
 * tag for scalar, sequence and map whose resolve returns the node itself, so the tag and range
 * survive (without them every `!Ref` is an "Unresolved tag" warning). `uniqueKeys: false` because
 * yaml's own duplicate-key check is quadratic per map; template.ts reports duplicates instead.
 */
import { isAlias, isMap, isScalar, isSeq, parseDocument, Scalar, type CollectionTag, type Node, type Pair, type ParsedNode, type ScalarTag, type YAMLMap, type YAMLSeq } from 'yaml';
import type { ParsedDocument, ParseError } from '../../model/types';
import { SHORT_FORMS } from './intrinsics';
import { Positions } from './positions';
import { buildTemplate, type CfnAdapter, type ExtraSection, type NodeKind } from './template';

type YNode = ParsedNode;
export type YPair = Pair<ParsedNode, ParsedNode | null>;

const identity = <T>(v: T): T => v;

/** One tag per short form and node shape; shared by the parser and the benchmark's bare parse. */
export const CLOUDFORMATION_TAGS: (ScalarTag | CollectionTag)[] = [...SHORT_FORMS.keys()].flatMap(tag => [
  { tag, resolve: identity } as ScalarTag,
  { tag, collection: 'seq', resolve: identity } as CollectionTag,
  { tag, collection: 'map', resolve: identity } as CollectionTag,
]);

/** The options the parser uses; exported so the benchmark times the bare parse with the same ones. */
export const YAML_OPTIONS = { customTags: CLOUDFORMATION_TAGS, uniqueKeys: false, prettyErrors: false } as const;

// A plain scalar is a number only when written like one in JSON: `012345678901` (an account id),
// `0x1F`, `.inf` or `1_000` stay strings as written rather than being reinterpreted.
const DECIMAL = /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][-+]?[0-9]+)?$/;

function isQuoted(n: Scalar): boolean {
  return n.type === Scalar.QUOTE_DOUBLE || n.type === Scalar.QUOTE_SINGLE;
}

function isBlockScalar(n: Scalar): boolean {
  return n.type === Scalar.BLOCK_LITERAL || n.type === Scalar.BLOCK_FOLDED;
}

function isWhitespace(c: number): boolean {
  return c === 32 || c === 10 || c === 13 || c === 9;
}

function trimEnd(text: string, offset: number, floor: number): number {
  let e = offset;
  while (e > floor && isWhitespace(text.charCodeAt(e - 1))) e--;
  return e;
}

/** Where a node's text starts: its intrinsic tag included (yaml leaves the tag out of `range`). */
export function yamlNodeStart(text: string, n: ParsedNode): number {
  const s = n.range[0];
  const tag = n.tag;
  if (tag === undefined || !SHORT_FORMS.has(tag)) return s;
  let t = s;
  while (t > 0 && isWhitespace(text.charCodeAt(t - 1))) t--;
  return text.startsWith(tag, t - tag.length) ? t - tag.length : s;
}

/**
 * Where a node's text ends: a block collection's range runs on to the next token (blank lines and
 * comments included), so it ends with its last value; a block scalar ends at its last character.
 */
export function yamlNodeEnd(text: string, n: ParsedNode): number {
  if (isScalar(n)) return isBlockScalar(n) ? trimEnd(text, n.range[1], n.range[0]) : n.range[1];
  if (isMap(n) || isSeq(n)) {
    if (n.flow) return n.range[1];
    const items = n.items as unknown[];
    const last = items[items.length - 1];
    if (isMap(n) && last) {
      const p = last as YPair;
      if (p.value) return Math.max(yamlNodeEnd(text, p.value), p.key ? p.key.range[1] : 0);
      if (p.key) return p.key.range[1];
    } else if (last) {
      return yamlNodeEnd(text, last as ParsedNode);
    }
    return trimEnd(text, n.range[1], n.range[0]);
  }
  return isAlias(n) ? n.range[1] : trimEnd(text, (n as Node).range![1], (n as Node).range![0]);
}

/** For a quoted scalar: start / end of the text between the quotes. */
function quotedInner(text: string, n: Scalar): [number, number] {
  const [s, e] = n.range!;
  return [s + 1, e - s >= 2 && text.charCodeAt(e - 1) === text.charCodeAt(s) ? e - 1 : e];
}

function makeAdapter(text: string): CfnAdapter<YNode, YPair> {
  return {
    kind(n: YNode): NodeKind {
      if (isScalar(n)) {
        const tag = n.tag;
        // An unknown local tag (`!Foo`, a typo of an intrinsic) means something we cannot read.
        if (tag !== undefined && tag.charCodeAt(0) === 33 /* ! */ && !SHORT_FORMS.has(tag) && !tag.startsWith('!!')) return 'other';
        const v = n.value;
        switch (typeof v) {
          case 'string':
            return 'string';
          case 'number':
            return n.type === Scalar.PLAIN && !DECIMAL.test(String(n.source)) ? 'string' : 'number';
          case 'boolean':
            return 'boolean';
          default:
            return v === null ? 'null' : 'other';
        }
      }
      if (isMap(n)) return 'map';
      if (isSeq(n)) return 'seq';
      return 'other';
    },
    intrinsicTag(n: YNode): string | undefined {
      const tag = n.tag;
      return tag === undefined ? undefined : SHORT_FORMS.get(tag);
    },
    scalar(n: YNode): string | number | boolean | null {
      const s = n as Scalar;
      const v = s.value;
      if (typeof v === 'number' && s.type === Scalar.PLAIN && !DECIMAL.test(String(s.source))) return String(s.source);
      return v as string | number | boolean | null;
    },
    pairs: (n: YNode) => (n as YAMLMap<ParsedNode, ParsedNode | null>).items as YPair[],
    items: (n: YNode) => (n as YAMLSeq<ParsedNode>).items,
    key: yamlKey,
    keyStart(p: YPair): number {
      const k = p.key!;
      return isScalar(k) && isQuoted(k) ? k.range[0] + 1 : k.range[0];
    },
    keyEnd(p: YPair): number {
      const k = p.key!;
      return isScalar(k) && isQuoted(k) ? quotedInner(text, k)[1] : k.range[1];
    },
    keyTokenStart: (p: YPair) => p.key!.range[0],
    value: (p: YPair) => p.value ?? undefined,
    start: (n: YNode) => yamlNodeStart(text, n),
    end: (n: YNode) => yamlNodeEnd(text, n),
    innerStart: (n: YNode) => (isScalar(n) && isQuoted(n) ? n.range[0] + 1 : n.range[0]),
    innerEnd: (n: YNode) => (isScalar(n) && isQuoted(n) ? quotedInner(text, n)[1] : yamlNodeEnd(text, n)),
    // The document is ours alone: let the GC take each resource's nodes once it is in the model
    // (a 5 MB template is ~300 MB of yaml nodes; the model is built while they are alive).
    release: (p: YPair) => {
      p.value = null;
    },
  };
}

/** A pair's key as written; undefined when it is not a scalar. */
export function yamlKey(p: YPair): string | undefined {
  const k = p.key;
  if (!k || !isScalar(k)) return undefined;
  const v = k.source ?? k.value;
  return v === null || v === undefined ? undefined : String(v);
}

export function parseCloudFormationYaml(text: string): ParsedDocument {
  const parseErrors: ParseError[] = [];
  let root: YNode | undefined;
  try {
    const doc = parseDocument(text, YAML_OPTIONS);
    if (doc.errors.length + doc.warnings.length > 0) {
      // Parser errors come first and are few; the model walk gets its own forward-moving Positions.
      const index = new Positions(text);
      for (const e of doc.errors) parseErrors.push({ message: e.message, range: index.range(e.pos[0], e.pos[1]), severity: 'error' });
      for (const w of doc.warnings) parseErrors.push({ message: w.message, range: index.range(w.pos[0], w.pos[1]), severity: 'warning' });
    }
    root = (doc.contents as YNode | null) ?? undefined;
  } catch (e) {
    // yaml does not throw on bad input; this is only a guard so a half-typed file never breaks the editor.
    const start = { line: 0, character: 0 };
    parseErrors.push({ message: `YAML parser failed: ${e instanceof Error ? e.message : String(e)}`, range: { start, end: start }, severity: 'error' });
  }
  const extra = parseErrors.some(e => e.severity === 'error') ? recoverResources(text, root) : [];
  const { resources, links } = buildTemplate(makeAdapter(text), root, text, new Positions(text), parseErrors, extra);
  return { format: 'cloudformation', syntax: 'yaml', resources, links, parseErrors };
}

// ---- recovery: resources a syntax error hid ----

const RESOURCES_LINE = /^Resources[ \t]*:[ \t]*(?:#[^\r\n]*)?\r?$/m;
const TOP_LEVEL_LINE = /^[^\s#]/m;

/**
 * An unclosed quote, a tab or a garbage line makes yaml swallow or drop everything after it, so
 * while typing in one resource all the later ones would vanish from hovers and diagnostics.
 * When the document has errors, each logical id the parse lost (a `  Name:` line at the resource
 * indentation under `Resources:`) is parsed again on its own, as the text from its line to the
 * next one, and its resource is added with ranges in the whole text. Linear: each line is parsed
 * at most twice.
 */
function recoverResources(text: string, root: YNode | undefined): ExtraSection[] {
  const header = RESOURCES_LINE.exec(text);
  if (!header) return [];
  const bodyStart = header.index + header[0].length;
  TOP_LEVEL_LINE.lastIndex = 0;
  const rest = text.slice(bodyStart + 1);
  const next = TOP_LEVEL_LINE.exec(rest);
  const sectionEnd = next ? bodyStart + 1 + next.index : text.length;
  const section = text.slice(bodyStart, sectionEnd);
  const indent = /\n( +)[^\s#]/.exec(section);
  if (!indent) return [];
  const keyLine = new RegExp(`\\n${indent[1]}([^\\s#'"\\-:?][^:#]*?|"[^"\\n]*"|'[^'\\n]*')[ \\t]*:(?:[ \\t]|\\r?$)`, 'gm');
  const starts: { name: string; at: number }[] = [];
  for (let m = keyLine.exec(section); m; m = keyLine.exec(section)) {
    const raw = m[1].trim();
    starts.push({ name: /^["']/.test(raw) ? raw.slice(1, -1) : raw, at: bodyStart + m.index + 1 });
  }
  const known = new Set<string>();
  if (root && isMap(root)) {
    for (const p of root.items as YPair[]) {
      if (yamlKey(p) !== 'Resources' || !p.value || !isMap(p.value)) continue;
      for (const r of p.value.items as YPair[]) {
        const k = yamlKey(r);
        if (k !== undefined) known.add(k);
      }
    }
  }
  const extra: ExtraSection[] = [];
  for (let i = 0; i < starts.length; i++) {
    if (known.has(starts[i].name)) continue;
    const from = starts[i].at;
    const to = i + 1 < starts.length ? starts[i + 1].at - 1 : sectionEnd;
    const chunk = text.slice(from, to);
    const doc = parseDocument(chunk, YAML_OPTIONS);
    if (!doc.contents || !isMap(doc.contents)) continue;
    extra.push({ adapter: shifted(makeAdapter(chunk), from) as CfnAdapter<unknown, unknown>, map: doc.contents });
  }
  return extra;
}

/** An adapter whose offsets are `delta` further on: a chunk parsed alone, placed back in the whole text. */
function shifted<N, P>(a: CfnAdapter<N, P>, delta: number): CfnAdapter<N, P> {
  return {
    ...a,
    keyStart: p => a.keyStart(p) + delta,
    keyEnd: p => a.keyEnd(p) + delta,
    keyTokenStart: p => a.keyTokenStart(p) + delta,
    start: n => a.start(n) + delta,
    end: n => a.end(n) + delta,
    innerStart: n => a.innerStart(n) + delta,
    innerEnd: n => a.innerEnd(n) + delta,
  };
}
