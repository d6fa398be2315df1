/**
 * Reads Terraform text into the common model, one top-level block at a time.
 *
 * Why a hand-written reader instead of walking the tree-sitter tree: every node access in
 * web-tree-sitter crosses into wasm, and a bare cursor walk over all nodes of a 1 MB file costs
 * about 0.8x the parse itself (measured), while the whole model may cost at most 0.2x. So
 * tree-sitter parses (incrementally) and reports syntax errors (parse.ts), and this reader,
 * working on plain string offsets, builds the model — its grammar follows tree-sitter-hcl's
 * (newlines are insignificant inside expressions, commas between object items optional).
 *
 * Recovery follows HCL's line structure, so half-typed input keeps everything around it:
 * - an attribute ends with its line; `key =` with nothing after it is an `unknown` empty value;
 * - a broken expression becomes `unknown` up to where its brackets balance or its line ends;
 * - a quoted string that reaches the end of its line is broken (HCL strings never span lines);
 * - a line at column 0 that starts a top-level block (`resource "x" "y" {`) closes every block
 *   still open above it (the usual result of a missing `}`).
 */
import { terraformKind } from '../../model/kinds';
import type { BlockRole, ListValue, MapValue, Position, Property, Resource, SourceRange, UnknownValue, Value } from '../../model/types';

/** A reference from somewhere in a block to a possible resource / data address, for links. */
export interface RefSite {
  target: string;
  path: string;
  range: SourceRange;
}

/** One top-level block: its extent, its model (for the roles we model) and the references in it. */
export interface TopBlock {
  start: number;
  end: number;
  startPos: Position;
  /** Closed by its own `}`: its model then depends only on text[start, end) and where it starts. */
  closed: boolean;
  resource?: Resource;
  refs: RefSite[];
}

/** Thrown inside an expression that cannot be read; `resume` says where reading may go on. */
class Bail {
  constructor(readonly at: number, readonly resume?: number) {}
}

const TAB = 9, LF = 10, CR = 13, SPACE = 32, BANG = 33, DQUOTE = 34, HASH = 35, DOLLAR = 36, PERCENT = 37,
  AMP = 38, LPAREN = 40, RPAREN = 41, STAR = 42, PLUS = 43, COMMA = 44, MINUS = 45, DOT = 46, SLASH = 47,
  D0 = 48, D9 = 57, COLON = 58, LT = 60, EQ = 61, GT = 62, QUESTION = 63, LBRACKET = 91, BACKSLASH = 92,
  RBRACKET = 93, UNDERSCORE = 95, LBRACE = 123, PIPE = 124, RBRACE = 125, TILDE = 126, BOM = 0xfeff;

const ID_START = /[\p{ID_Start}]/u;
const ID_CONTINUE = /[\p{ID_Continue}]/u;
const NUMBER = /[0-9]+(?:\.[0-9]+)?(?:[eE][-+]?[0-9]+)?/y;
// A line that opens a top-level block, as terraform fmt writes it (column 0, labels, `{` on the line).
const LABEL = '(?:"[^"\\r\\n]*"|[\\p{ID_Start}_][\\p{ID_Continue}-]*)';
const ANCHOR = new RegExp(
  `(?:(?:resource|data)[ \\t]+${LABEL}[ \\t]+${LABEL}|(?:module|output|variable|provider)[ \\t]+${LABEL}|locals|terraform)[ \\t]*\\{`,
  'uy',
);

/** Terraform resources have no CDK method calls; one shared (frozen) empty list for all of them. */
const NO_CALLS = Object.freeze([]) as unknown as Resource['calls'];

/** Roots of references that are not resource addresses (`var.x`, `each.value`…). */
const NON_RESOURCE_ROOTS = new Set(['var', 'local', 'module', 'each', 'count', 'self', 'path', 'terraform']);

interface Label {
  value: string;
  start: number;
  end: number;
}

/** One nested block while its body is read; blocks of the same type merge into one property. */
interface BlockEntry {
  key: string;
  keyStart: number;
  keyEnd: number;
  start: number;
  /** Past its `}`, or past its last statement when left open. */
  end: number;
  closed: boolean;
  braceStart: number;
  dynamic: boolean;
  map?: MapValue;
  refFrom: number;
  refTo: number;
}

interface BlockGroup {
  group: BlockEntry[];
}

/**
 * Offsets → 0-based line / UTF-16 column, with LineIndex's line breaks (\n, \r\n, lone \r).
 * The reader asks mostly in increasing order, so line starts are discovered as reading goes (no
 * separate pass over the text) and a lookup on the current line costs nothing; other offsets
 * binary-search the starts found so far.
 */
export class PositionCursor {
  /** Line starts found so far, in a typed array: copying them after an edit is one memcpy. */
  private starts = new Int32Array(1024);
  private count = 1;
  /** Every line break before this offset is in `starts`. */
  private scanned = 0;
  private line = 0;
  private lineStart = 0;
  private nextStart = -1;
  /** Without \r, line breaks are found with indexOf('\n'). */
  private readonly hasCR: boolean;

  constructor(private readonly text: string) {
    this.hasCR = text.includes('\r');
  }

  /**
   * A cursor for the text after one change, starting from the line starts `previous` found
   * (shifted past the change), so positions after an edit in a large file need no rescan.
   */
  static afterChange(previous: PositionCursor, change: { rangeOffset: number; rangeLength: number; text: string }, text: string): PositionCursor {
    const next = new PositionCursor(text);
    if (previous.hasCR || next.hasCR) return next;
    const from = change.rangeOffset;
    const to = from + change.rangeLength;
    const old = previous.starts;
    const n = previous.count;
    // Line starts up to the change stay; those after it move by the length difference.
    let keep = 0;
    for (let hi = n; keep < hi; ) {
      const mid = (keep + hi) >> 1;
      if (old[mid] <= from) keep = mid + 1;
      else hi = mid;
    }
    if (previous.scanned <= to) {
      next.starts = old.slice(0, Math.max(keep, 1024));
      next.count = keep;
      next.scanned = Math.min(previous.scanned, from);
      return next;
    }
    let after = keep;
    while (after < n && old[after] <= to) after++;
    const inserted: number[] = [];
    for (let k = change.text.indexOf('\n'); k >= 0; k = change.text.indexOf('\n', k + 1)) inserted.push(from + k + 1);
    const count = keep + inserted.length + (n - after);
    const starts = new Int32Array(Math.max(count * 2, 1024));
    starts.set(old.subarray(0, keep));
    for (let k = 0; k < inserted.length; k++) starts[keep + k] = inserted[k];
    const shifted = keep + inserted.length;
    starts.set(old.subarray(after, n), shifted);
    const delta = change.text.length - change.rangeLength;
    for (let k = shifted; k < count; k++) starts[k] += delta;
    next.starts = starts;
    next.count = count;
    next.scanned = previous.scanned + delta;
    return next;
  }

  at(offset: number): Position {
    const o = offset < 0 ? 0 : offset > this.text.length ? this.text.length : offset;
    if (o >= this.lineStart && o < this.nextStart) return { line: this.line, character: o - this.lineStart };
    this.discover(o);
    const starts = this.starts;
    const count = this.count;
    let lo: number;
    if (this.line + 2 < count && o >= starts[this.line + 1] && o < starts[this.line + 2]) lo = this.line + 1;
    else {
      lo = 0;
      let hi = count - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (starts[mid] <= o) lo = mid;
        else hi = mid - 1;
      }
    }
    this.line = lo;
    this.lineStart = starts[lo];
    this.nextStart = lo + 1 < count ? starts[lo + 1] : Infinity;
    return { line: lo, character: o - this.lineStart };
  }

  private push(start: number): void {
    if (this.count === this.starts.length) {
      const grown = new Int32Array(this.starts.length * 2);
      grown.set(this.starts);
      this.starts = grown;
    }
    this.starts[this.count++] = start;
  }

  /** Finds line starts until the line holding `o` is complete (its next start known, or the end). */
  private discover(o: number): void {
    const t = this.text;
    const len = t.length;
    let i = this.scanned;
    if (this.starts[this.count - 1] > o || i >= len) return;
    if (!this.hasCR) {
      for (;;) {
        const e = t.indexOf('\n', i);
        if (e < 0) {
          this.scanned = len;
          return;
        }
        this.push(e + 1);
        i = e + 1;
        if (i > o) {
          this.scanned = i;
          return;
        }
      }
    }
    for (; i < len; i++) {
      const c = t.charCodeAt(i);
      if (c === LF || c === CR) {
        if (c === CR && t.charCodeAt(i + 1) === LF) i++;
        this.push(i + 1);
        if (i + 1 > o) {
          i++;
          break;
        }
      }
    }
    this.scanned = i;
  }
}

export class TerraformReader {
  private pos = 0;
  private readonly len: number;
  private refs: RefSite[] = [];
  private readonly segs: string[] = [];
  /** End of the last statement read in the innermost body (for blocks left open). */
  private lastEnd = 0;
  /** End of the value readValueOrRecover returned. */
  private valueEnd = 0;
  private readonly positions: PositionCursor;
  private readonly names = new Map<number, string>();

  constructor(private readonly text: string, positions?: PositionCursor) {
    this.len = text.length;
    this.positions = positions ?? new PositionCursor(text);
  }

  /** Positions in this text (kept by the parse state for the next incremental parse). */
  get cursor(): PositionCursor {
    return this.positions;
  }

  /**
   * Reads every top-level block. `reuse(start)` may hand back a block from the previous parse that
   * starts at this offset and is unchanged; reading then jumps past it.
   */
  readAll(reuse?: (start: number, at: Position) => TopBlock | undefined): TopBlock[] {
    const blocks: TopBlock[] = [];
    this.pos = 0;
    for (;;) {
      this.skipAll();
      if (this.pos >= this.len) break;
      const start = this.pos;
      const cached = reuse?.(start, this.positions.at(start));
      if (cached) {
        blocks.push(cached);
        this.pos = cached.end;
        continue;
      }
      const block = this.readTopItem();
      if (block) blocks.push(block);
      if (this.pos <= start) this.pos = start + 1; // always make progress, whatever the input
    }
    return blocks;
  }

  // ---------------------------------------------------------------- top level and bodies

  private readTopItem(): TopBlock | undefined {
    const start = this.pos;
    const kwEnd = this.identEnd(start);
    if (kwEnd < 0) {
      this.pos = this.skipBalanced(start, false);
      return undefined;
    }
    const keyword = this.intern(start, kwEnd);
    this.pos = kwEnd;
    this.skipInline();
    this.refs = [];
    this.segs.length = 0;
    if (this.code() === EQ && this.code(this.pos + 1) !== EQ) {
      // A top-level attribute (a .tfvars file): read past it, model nothing.
      this.pos++;
      this.skipInline();
      if (!this.atLineEnd()) {
        this.segs.push(keyword);
        this.readValueOrRecover(this.pos);
        this.segs.pop();
      }
      this.refs = [];
      return undefined;
    }
    const labels = this.readLabels();
    if (!labels) {
      this.pos = this.skipBalanced(start, false);
      return undefined;
    }
    const headerEnd = this.pos;
    const body = this.readBody();
    const end = body.closed ? this.pos : Math.max(headerEnd, this.lastEnd);
    const resource = this.makeResource(keyword, labels, start, kwEnd, end, body.properties);
    return { start, end, startPos: this.positions.at(start), closed: body.closed, resource, refs: this.refs };
  }

  /** Labels up to and past the `{` on the same line; undefined when the header is not a block header. */
  private readLabels(): Label[] | undefined {
    const labels: Label[] = [];
    for (;;) {
      this.skipInline();
      const c = this.code();
      if (c === LBRACE) {
        this.pos++;
        return labels;
      }
      if (c === DQUOTE) {
        const s = this.pos + 1;
        let p = s;
        let escaped = false;
        while (p < this.len) {
          const d = this.text.charCodeAt(p);
          if (d === DQUOTE || d === LF || d === CR) break;
          if (d === BACKSLASH) {
            escaped = true;
            p++;
          }
          p++;
        }
        if (this.text.charCodeAt(p) !== DQUOTE) return undefined;
        labels.push({ value: escaped ? unescapeQuoted(this.text.slice(s, p)) : this.intern(s, p), start: s, end: p });
        this.pos = p + 1;
        continue;
      }
      const e = this.identEnd(this.pos);
      if (e < 0) return undefined;
      labels.push({ value: this.intern(this.pos, e), start: this.pos, end: e });
      this.pos = e;
    }
  }

  /** Reads a block body after its `{`, through its `}` (closed) or until it cannot go on (open). */
  private readBody(): { properties: Property[]; closed: boolean } {
    const out: (Property | BlockGroup)[] = [];
    let groups: Map<string, BlockGroup> | undefined;
    let closed = false;
    this.lastEnd = this.pos;
    for (;;) {
      this.skipAll();
      if (this.pos >= this.len) break;
      const c = this.code();
      if (c === RBRACE) {
        this.pos++;
        closed = true;
        break;
      }
      if (this.isAnchorAt(this.pos)) break; // a top-level block starts here: ours was left open
      const start = this.pos;
      const keyEnd = this.identEnd(start);
      if (keyEnd < 0) {
        this.junk(start);
        continue;
      }
      const key = this.intern(start, keyEnd);
      this.pos = keyEnd;
      this.skipInline();
      const d = this.code();
      if (d === EQ && this.code(this.pos + 1) !== EQ) {
        out.push(this.readAttribute(key, start, keyEnd));
        continue;
      }
      if (d === LBRACE || d === DQUOTE || this.identEnd(this.pos) >= 0) {
        const entry = this.readNestedBlock(key, start, keyEnd);
        if (!entry) {
          this.junk(start);
          continue;
        }
        groups ??= new Map();
        let g = groups.get(entry.key);
        if (!g) {
          g = { group: [] };
          groups.set(entry.key, g);
          out.push(g);
        }
        g.group.push(entry);
        if (!entry.closed) break; // left open: so is every block around it
        continue;
      }
      this.junk(start);
    }
    if (!groups) return { properties: out as Property[], closed };
    const properties: Property[] = [];
    for (const item of out) properties.push('group' in item ? this.groupProperty(item.group) : item);
    return { properties, closed };
  }

  private readAttribute(key: string, start: number, keyEnd: number): Property {
    this.pos++; // '='
    const eqEnd = this.pos;
    this.skipInline();
    const keyRange = this.range(start, keyEnd);
    let value: Value;
    this.segs.push(key);
    if (this.atLineEnd() || this.code() === RBRACE) {
      value = this.unknownAt(eqEnd, eqEnd, this.refs.length); // `key =` with nothing after it
      this.valueEnd = eqEnd;
    } else {
      value = this.readValueOrRecover(this.pos);
    }
    this.segs.pop();
    this.lastEnd = this.valueEnd;
    // A property's range shares its Position objects with the key and value ranges: the model is
    // read-only data, and on a large file every object kept is one more for the GC to copy.
    return { key, keyRange, value, range: { start: keyRange.start, end: value.range.end } };
  }

  /** An attribute value through its line end; anything broken becomes `unknown` and reading goes on. */
  private readValueOrRecover(valueStart: number): Value {
    const mark = this.refs.length;
    let failure: Bail | undefined;
    try {
      const value = this.expr();
      this.valueEnd = this.pos;
      this.skipInline();
      if (this.atLineEnd() || this.code() === RBRACE) return value;
      failure = new Bail(this.pos); // junk after the value
    } catch (e) {
      if (!(e instanceof Bail)) throw e;
      failure = e;
    }
    let end = failure.resume ?? Math.max(this.skipBalanced(valueStart, true), failure.at);
    end = Math.min(end, this.len);
    this.pos = end;
    end = this.trimEnd(valueStart, end);
    this.valueEnd = end;
    return this.unknownAt(valueStart, end, mark);
  }

  private readNestedBlock(key: string, start: number, keyEnd: number): BlockEntry | undefined {
    const labels = this.readLabels();
    if (!labels) return undefined;
    const braceStart = this.pos - 1;
    const dynamic = key === 'dynamic' && labels.length === 1;
    const name = dynamic ? labels[0].value : key;
    this.segs.push(name);
    const refFrom = this.refs.length;
    const body = this.readBody();
    this.segs.pop();
    const end = body.closed ? this.pos : Math.max(braceStart + 1, this.lastEnd);
    this.lastEnd = end;
    return {
      key: name,
      keyStart: dynamic ? labels[0].start : start,
      keyEnd: dynamic ? labels[0].end : keyEnd,
      start,
      end,
      closed: body.closed,
      braceStart,
      dynamic,
      map: dynamic ? undefined : { kind: 'map', properties: body.properties, range: this.range(braceStart, end) },
      refFrom,
      refTo: this.refs.length,
    };
  }

  /** A block written once is a map, several times a list of maps; any `dynamic` makes it unknown. */
  private groupProperty(group: BlockEntry[]): Property {
    const first = group[0];
    const last = group[group.length - 1];
    const lastEnd = last.end;
    const keyRange = this.range(first.keyStart, first.keyEnd);
    const startPos = first.dynamic ? this.positions.at(first.start) : keyRange.start;
    if (group.some(g => g.dynamic)) {
      const path = [...this.segs, first.key].join('.');
      for (const g of group) for (let i = g.refFrom; i < g.refTo; i++) this.refs[i].path = path;
      const value: UnknownValue = { kind: 'unknown', text: this.text.slice(first.braceStart, lastEnd), range: this.range(first.braceStart, lastEnd) };
      return { key: first.key, keyRange, value, range: { start: startPos, end: value.range.end } };
    }
    if (group.length === 1) return { key: first.key, keyRange, value: first.map!, range: { start: startPos, end: first.map!.range.end } };
    const list: ListValue = { kind: 'list', items: group.map(g => g.map!), range: { start: first.map!.range.start, end: last.map!.range.end } };
    return { key: first.key, keyRange, value: list, range: { start: startPos, end: list.range.end } };
  }

  private makeResource(keyword: string, labels: Label[], start: number, kwEnd: number, end: number, properties: Property[]): Resource | undefined {
    let role: BlockRole;
    let type: string;
    let name: string;
    let typeRange: SourceRange;
    let nameRange: SourceRange;
    switch (keyword) {
      case 'resource':
      case 'data': {
        if (labels.length !== 2) return undefined;
        role = keyword === 'resource' ? 'resource' : 'data';
        type = labels[0].value;
        name = `${role === 'data' ? 'data.' : ''}${type}.${labels[1].value}`;
        typeRange = this.range(labels[0].start, labels[0].end);
        nameRange = this.range(labels[1].start, labels[1].end);
        break;
      }
      case 'provider': {
        if (labels.length !== 1) return undefined;
        role = 'provider';
        type = labels[0].value;
        typeRange = this.range(labels[0].start, labels[0].end);
        const alias = properties.find(p => p.key === 'alias');
        if (alias && alias.value.kind === 'string') {
          name = `provider.${type}.${alias.value.value}`;
          const r = alias.value.range; // a one-line quoted string: its text without the quotes
          nameRange = { start: { line: r.start.line, character: r.start.character + 1 }, end: { line: r.end.line, character: r.end.character - 1 } };
        } else {
          name = `provider.${type}`;
          nameRange = typeRange;
        }
        break;
      }
      case 'module':
      case 'variable':
      case 'output': {
        if (labels.length !== 1) return undefined;
        role = keyword;
        type = keyword;
        name = `${keyword === 'variable' ? 'var' : keyword}.${labels[0].value}`;
        typeRange = this.range(start, kwEnd);
        nameRange = this.range(labels[0].start, labels[0].end);
        break;
      }
      case 'locals': {
        if (labels.length !== 0) return undefined;
        role = 'locals';
        type = 'locals';
        name = 'locals';
        typeRange = this.range(start, kwEnd);
        nameRange = typeRange;
        break;
      }
      default:
        return undefined;
    }
    const resource: Resource = {
      format: 'terraform',
      role,
      type,
      kind: role === 'resource' || role === 'data' ? terraformKind(type) : role,
      name,
      range: this.range(start, end),
      typeRange,
      nameRange,
      properties,
      calls: NO_CALLS,
    };
    if (role === 'resource' || role === 'data' || role === 'module') {
      const meta = properties.find(p => p.key === 'count' || p.key === 'for_each');
      if (meta) resource.repeated = meta.key as 'count' | 'for_each';
    }
    return resource;
  }

  // ---------------------------------------------------------------- expressions

  /** An expression: a term, or terms joined by operators / a conditional (then unknown). */
  private expr(): Value {
    const start = this.pos;
    const mark = this.refs.length;
    const first = this.unary();
    let compound = false;
    for (;;) {
      const save = this.pos;
      this.skipAll();
      const n = this.operatorLength();
      if (n > 0) {
        this.pos += n;
        this.skipAll();
        this.unary();
        compound = true;
        continue;
      }
      if (this.code() === QUESTION) {
        this.pos++;
        this.skipAll();
        this.expr();
        this.skipAll();
        if (this.code() !== COLON) throw new Bail(this.pos);
        this.pos++;
        this.skipAll();
        this.expr();
        return this.unknownAt(start, this.pos, mark);
      }
      this.pos = save;
      break;
    }
    return compound ? this.unknownAt(start, this.pos, mark) : first;
  }

  private operatorLength(): number {
    const c = this.code();
    const d = this.code(this.pos + 1);
    switch (c) {
      case PIPE:
        return d === PIPE ? 2 : 0;
      case AMP:
        return d === AMP ? 2 : 0;
      case EQ:
        return d === EQ ? 2 : 0;
      case BANG:
        return d === EQ ? 2 : 0;
      case LT:
      case GT:
        return d === EQ ? 2 : 1;
      case PLUS:
      case MINUS:
      case STAR:
      case SLASH:
      case PERCENT:
        return 1;
      default:
        return 0;
    }
  }

  private unary(): Value {
    const c = this.code();
    if (c === MINUS || c === BANG) {
      const start = this.pos;
      const mark = this.refs.length;
      this.pos++;
      this.skipInline();
      const operand = this.unary();
      // `-5` is how HCL writes a negative number: a literal, not an operation.
      if (c === MINUS && operand.kind === 'number') {
        return { kind: 'number', value: -operand.value, range: this.range(start, this.pos) };
      }
      return this.unknownAt(start, this.pos, mark);
    }
    return this.term();
  }

  private term(): Value {
    const start = this.pos;
    const mark = this.refs.length;
    const c = this.code();
    let base: Value;
    if (c === DQUOTE) base = this.quoted();
    else if (c === LT && this.code(this.pos + 1) === LT) base = this.heredoc();
    else if (c >= D0 && c <= D9) base = this.number();
    else if (c === LBRACKET) base = this.tuple();
    else if (c === LBRACE) base = this.object();
    else if (c === LPAREN) {
      this.pos++;
      this.skipAll();
      this.expr();
      this.skipAll();
      if (this.code() !== RPAREN) throw new Bail(this.pos);
      this.pos++;
      base = this.unknownAt(start, this.pos, mark);
    } else {
      const e = this.identEnd(start);
      if (e < 0) throw new Bail(start);
      const name = this.intern(start, e);
      this.pos = e;
      if (name === 'true' || name === 'false') base = { kind: 'boolean', value: name === 'true', range: this.range(start, e) };
      else if (name === 'null') base = { kind: 'null', range: this.range(start, e) };
      else if (this.nextInlineIs(LPAREN)) base = this.call(name, start);
      else return this.postfix(undefined, start, mark, name); // a traversal: `var.x`, `aws_s3_bucket.b.id`
    }
    return this.postfix(base, start, mark, undefined);
  }

  private nextInlineIs(code: number): boolean {
    let p = this.pos;
    while (p < this.len && (this.text.charCodeAt(p) === SPACE || this.text.charCodeAt(p) === TAB)) p++;
    if (this.text.charCodeAt(p) === code) {
      this.pos = p;
      return true;
    }
    return false;
  }

  /**
   * Attribute access, indexes and splats after a term. With a variable root this is a reference
   * (`aws_s3_bucket.b.id` → target `aws_s3_bucket.b`, attribute `id`); with a splat or any other
   * root it is unknown.
   */
  private postfix(base: Value | undefined, start: number, mark: number, root: string | undefined): Value {
    const next = this.code();
    if (base && next !== DOT && next !== LBRACKET) return base; // most terms: nothing follows
    // Only the first three parts decide the target (`data.t.n[0]`): kept in locals, not arrays.
    let parts = 0;
    let end0 = 0;
    let end1 = 0;
    let end2 = 0;
    let index0 = false;
    let index1 = false;
    let index2 = false;
    let splat = false;
    for (;;) {
      let isIndex = false;
      const c = this.code();
      if (c === DOT) {
        const d = this.code(this.pos + 1);
        if (d === STAR) {
          this.pos += 2;
          splat = true;
          continue;
        }
        if (d >= D0 && d <= D9) {
          this.pos++;
          while (this.code() >= D0 && this.code() <= D9) this.pos++;
          isIndex = true;
        } else {
          const e = this.identEnd(this.pos + 1);
          if (e < 0) break; // `...` after a function argument, or broken input
          this.pos = e;
        }
      } else if (c === LBRACKET) {
        if (this.code(this.pos + 1) === STAR && this.code(this.pos + 2) === RBRACKET) {
          this.pos += 3;
          splat = true;
          continue;
        }
        this.pos++;
        this.skipAll();
        this.expr();
        this.skipAll();
        if (this.code() !== RBRACKET) throw new Bail(this.pos);
        this.pos++;
        isIndex = true;
      } else break;
      if (parts === 0) {
        index0 = isIndex;
        end0 = this.pos;
      } else if (parts === 1) {
        index1 = isIndex;
        end1 = this.pos;
      } else if (parts === 2) {
        index2 = isIndex;
        end2 = this.pos;
      }
      parts++;
    }
    const end = this.pos;
    if (root === undefined) return parts > 0 || splat || !base ? this.unknownAt(start, end, mark) : base;

    // Which parts make the target: `var.x`, `module.x`, `data.t.n`, `aws_t.n`, `each.value`.
    const isData = root === 'data';
    const ok = isData ? parts >= 2 && !index0 && !index1 : parts >= 1 && !index0;
    // The address as written (a traversal has no spaces inside): one string, not a concatenation.
    let restStart = !ok ? start + root.length : isData ? end1 : end0;
    const target = this.text.slice(start, restStart);
    // An instance key right after a resource / data / module address (`aws_instance.web[0].id`).
    if (ok && (isData || root === 'module' || !NON_RESOURCE_ROOTS.has(root)) && (isData ? parts > 2 && index2 : parts > 1 && index1)) {
      restStart = isData ? end2 : end1;
    }
    const range = this.range(start, end);
    if (ok && (isData || !NON_RESOURCE_ROOTS.has(root))) {
      this.refs.push({ target, path: this.path(), range });
    }
    if (splat) return this.unknownAt(start, end, mark);
    let attribute = this.text.slice(restStart, end);
    if (attribute.charCodeAt(0) === DOT) attribute = attribute.slice(1);
    const text = this.text.slice(start, end);
    return attribute ? { kind: 'reference', target, attribute, text, range } : { kind: 'reference', target, text, range };
  }

  /** A function call; `jsonencode({...})` / `jsonencode([...])` is the map / list it encodes. */
  private call(name: string, start: number): Value {
    const mark = this.refs.length;
    this.pos++; // '('
    const args: Value[] = [];
    let ellipsis = false;
    for (;;) {
      this.skipAll();
      if (this.code() === RPAREN) {
        this.pos++;
        break;
      }
      args.push(this.expr());
      this.skipAll();
      const c = this.code();
      if (c === COMMA) {
        this.pos++;
        continue;
      }
      if (c === DOT && this.code(this.pos + 1) === DOT && this.code(this.pos + 2) === DOT) {
        this.pos += 3;
        ellipsis = true;
        this.skipAll();
        if (this.code() === RPAREN) {
          this.pos++;
          break;
        }
      }
      if (this.code() === RPAREN) {
        this.pos++;
        break;
      }
      throw new Bail(this.pos);
    }
    if (name === 'jsonencode' && args.length === 1 && !ellipsis && (args[0].kind === 'map' || args[0].kind === 'list')) {
      return { ...args[0], range: this.range(start, this.pos) };
    }
    return this.unknownAt(start, this.pos, mark);
  }

  private number(): Value {
    const start = this.pos;
    NUMBER.lastIndex = start;
    NUMBER.test(this.text);
    this.pos = NUMBER.lastIndex;
    return { kind: 'number', value: Number(this.text.slice(start, this.pos)), range: this.range(start, this.pos) };
  }

  private tuple(): Value {
    const start = this.pos;
    const mark = this.refs.length;
    this.pos++;
    this.skipAll();
    if (this.isKeyword('for')) {
      this.forExpr(RBRACKET);
      return this.unknownAt(start, this.pos, mark);
    }
    const items: Value[] = [];
    for (;;) {
      this.skipAll();
      const c = this.code();
      if (c === RBRACKET) {
        this.pos++;
        break;
      }
      if (this.pos >= this.len) throw new Bail(this.pos);
      items.push(this.expr());
      this.skipAll();
      const d = this.code();
      if (d === COMMA) this.pos++;
      else if (d !== RBRACKET) throw new Bail(this.pos);
    }
    return { kind: 'list', items, range: this.range(start, this.pos) };
  }

  private object(): Value {
    const start = this.pos;
    const mark = this.refs.length;
    this.pos++;
    this.skipAll();
    if (this.isKeyword('for')) {
      this.forExpr(RBRACE);
      return this.unknownAt(start, this.pos, mark);
    }
    const properties: Property[] = [];
    for (;;) {
      this.skipAll();
      const c = this.code();
      if (c === RBRACE) {
        this.pos++;
        break;
      }
      if (this.pos >= this.len || this.isAnchorAt(this.pos)) throw new Bail(this.pos);
      const keyStart = this.pos;
      let key: string;
      let keyRange: SourceRange;
      let startPos: Position;
      const e = this.identEnd(keyStart);
      if (e >= 0 && this.isSeparatorAfter(e)) {
        key = this.intern(keyStart, e);
        keyRange = this.range(keyStart, e);
        startPos = keyRange.start;
        this.pos = e;
      } else {
        const k = this.expr();
        startPos = k.range.start;
        if (k.kind === 'string') {
          key = k.value;
          keyRange = this.range(keyStart + 1, this.pos - 1); // a quoted key: its text without the quotes
        } else {
          key = this.text.slice(keyStart, this.pos);
          keyRange = k.range;
        }
      }
      this.skipInline();
      const sep = this.code();
      if (!((sep === EQ && this.code(this.pos + 1) !== EQ && this.code(this.pos + 1) !== GT) || sep === COLON)) throw new Bail(this.pos);
      this.pos++;
      const sepEnd = this.pos;
      this.skipInline();
      let value: Value;
      this.segs.push(key);
      if (this.atLineEnd() || this.code() === RBRACE || this.code() === COMMA) value = this.unknownAt(sepEnd, sepEnd, this.refs.length);
      else value = this.expr();
      this.segs.pop();
      properties.push({ key, keyRange, value, range: { start: startPos, end: value.range.end } });
      this.skipInline();
      if (this.code() === COMMA) this.pos++;
    }
    return { kind: 'map', properties, range: this.range(start, this.pos) };
  }

  private isSeparatorAfter(p: number): boolean {
    while (p < this.len && (this.text.charCodeAt(p) === SPACE || this.text.charCodeAt(p) === TAB)) p++;
    const c = this.text.charCodeAt(p);
    return (c === EQ && this.text.charCodeAt(p + 1) !== EQ) || c === COLON;
  }

  private isKeyword(word: string): boolean {
    const e = this.identEnd(this.pos);
    return e === this.pos + word.length && this.text.startsWith(word, this.pos);
  }

  /** `for k, v in coll : value` (`=> value ...` for objects) `if cond`, through the closer. */
  private forExpr(closer: number): void {
    this.pos += 3;
    this.skipAll();
    this.expectIdent();
    this.skipAll();
    if (this.code() === COMMA) {
      this.pos++;
      this.skipAll();
      this.expectIdent();
      this.skipAll();
    }
    if (!this.isKeyword('in')) throw new Bail(this.pos);
    this.pos += 2;
    this.skipAll();
    this.expr();
    this.skipAll();
    if (this.code() !== COLON) throw new Bail(this.pos);
    this.pos++;
    this.skipAll();
    this.expr();
    this.skipAll();
    if (closer === RBRACE) {
      if (!(this.code() === EQ && this.code(this.pos + 1) === GT)) throw new Bail(this.pos);
      this.pos += 2;
      this.skipAll();
      this.expr();
      this.skipAll();
      if (this.text.startsWith('...', this.pos)) {
        this.pos += 3;
        this.skipAll();
      }
    }
    if (this.isKeyword('if')) {
      this.pos += 2;
      this.skipAll();
      this.expr();
      this.skipAll();
    }
    if (this.code() !== closer) throw new Bail(this.pos);
    this.pos++;
  }

  private expectIdent(): void {
    const e = this.identEnd(this.pos);
    if (e < 0) throw new Bail(this.pos);
    this.pos = e;
  }

  /** A quoted string: a string literal, or unknown when it interpolates (`"${var.x}-logs"`). */
  private quoted(): Value {
    const start = this.pos;
    const mark = this.refs.length;
    this.pos++;
    let template = false;
    let escapes = false;
    const t = this.text;
    for (;;) {
      // Fast path: letters, digits and most punctuation are above `%` (37); `\\` is 92.
      let c = t.charCodeAt(this.pos);
      while (c > PERCENT && c !== BACKSLASH) c = t.charCodeAt(++this.pos);
      if (this.pos >= this.len) throw new Bail(this.pos);
      if (c === DQUOTE) {
        this.pos++;
        break;
      }
      if (c === LF || c === CR) throw new Bail(this.pos); // HCL strings end with their line
      if (c === BACKSLASH) {
        escapes = true;
        const d = this.code(this.pos + 1);
        this.pos += d === LF || d === CR ? 1 : 2;
        continue;
      }
      if (c === DOLLAR || c === PERCENT) {
        const d = this.code(this.pos + 1);
        if (d === LBRACE) {
          template = true;
          if (c === DOLLAR) this.interpolation();
          else this.directive();
          continue;
        }
        if (d === c && this.code(this.pos + 2) === LBRACE) {
          escapes = true;
          this.pos += 3;
          continue;
        }
      }
      this.pos++;
    }
    if (template) return this.unknownAt(start, this.pos, mark);
    const value = escapes ? unescapeQuoted(this.text.slice(start + 1, this.pos - 1)) : this.pos - start <= 34 ? this.intern(start + 1, this.pos - 1) : this.text.slice(start + 1, this.pos - 1);
    return { kind: 'string', value, range: this.range(start, this.pos) };
  }

  private interpolation(): void {
    this.pos += 2;
    this.skipAll();
    if (this.code() === TILDE) this.pos++;
    this.skipAll();
    if (this.code() !== RBRACE) {
      this.expr();
      this.skipAll();
      if (this.code() === TILDE) this.pos++;
      this.skipAll();
    }
    if (this.code() !== RBRACE) throw new Bail(this.pos);
    this.pos++;
  }

  private directive(): void {
    this.pos += 2;
    this.skipAll();
    if (this.code() === TILDE) this.pos++;
    this.skipAll();
    const e = this.identEnd(this.pos);
    if (e < 0) throw new Bail(this.pos);
    const word = this.text.slice(this.pos, e);
    this.pos = e;
    this.skipAll();
    if (word === 'if') this.expr();
    else if (word === 'for') {
      this.expectIdent();
      this.skipAll();
      if (this.code() === COMMA) {
        this.pos++;
        this.skipAll();
        this.expectIdent();
        this.skipAll();
      }
      if (!this.isKeyword('in')) throw new Bail(this.pos);
      this.pos += 2;
      this.skipAll();
      this.expr();
    } else if (word !== 'else' && word !== 'endif' && word !== 'endfor') throw new Bail(this.pos);
    this.skipAll();
    if (this.code() === TILDE) this.pos++;
    this.skipAll();
    if (this.code() !== RBRACE) throw new Bail(this.pos);
    this.pos++;
  }

  /** `<<EOT` / `<<-EOT` through the closing marker line: a string, or unknown with interpolation. */
  private heredoc(): Value {
    const start = this.pos;
    const mark = this.refs.length;
    this.pos += 2;
    const indented = this.code() === MINUS;
    if (indented) this.pos++;
    const idEnd = this.identEnd(this.pos);
    if (idEnd < 0) throw new Bail(this.pos);
    const marker = this.text.slice(this.pos, idEnd);
    this.pos = idEnd;
    while (this.code() === SPACE || this.code() === TAB || this.code() === CR) this.pos++;
    if (this.code() !== LF) throw new Bail(this.pos);
    const contentStart = this.pos + 1;
    // The closing marker: a line that is the marker alone, maybe indented.
    let p = contentStart;
    let contentEnd = -1;
    let closeEnd = -1;
    while (p <= this.len) {
      let e = this.text.indexOf('\n', p);
      if (e < 0) e = this.len;
      let s = p;
      while (s < e && (this.text.charCodeAt(s) === SPACE || this.text.charCodeAt(s) === TAB)) s++;
      let t = e;
      while (t > s && (this.text.charCodeAt(t - 1) === CR || this.text.charCodeAt(t - 1) === SPACE || this.text.charCodeAt(t - 1) === TAB)) t--;
      if (t - s === marker.length && this.text.startsWith(marker, s)) {
        contentEnd = p;
        closeEnd = t;
        break;
      }
      if (e >= this.len) break;
      p = e + 1;
    }
    if (contentEnd < 0) {
      // Never closed: unknown through the next top-level block (or the end of the file).
      let q = contentStart;
      let resume = this.len;
      while (q < this.len) {
        if (this.isAnchorAt(q)) {
          resume = q;
          break;
        }
        const e = this.text.indexOf('\n', q);
        if (e < 0) break;
        q = e + 1;
      }
      throw new Bail(this.pos, resume);
    }
    let template = false;
    let escapes = false;
    for (let i = contentStart; i < contentEnd; i++) {
      const c = this.text.charCodeAt(i);
      if ((c === DOLLAR || c === PERCENT) && i + 1 < contentEnd) {
        const d = this.text.charCodeAt(i + 1);
        if (d === LBRACE) {
          template = true;
          this.pos = i;
          if (c === DOLLAR) this.interpolation();
          else this.directive();
          if (this.pos > contentEnd) throw new Bail(this.pos);
          i = this.pos - 1;
        } else if (d === c && this.text.charCodeAt(i + 2) === LBRACE) {
          escapes = true;
          i += 2;
        }
      }
    }
    this.pos = closeEnd;
    if (template) return this.unknownAt(start, closeEnd, mark);
    let value = this.text.slice(contentStart, contentEnd);
    if (indented) value = flushHeredoc(value);
    if (escapes) value = value.replace(/\$\$\{/g, '${').replace(/%%\{/g, '%{');
    return { kind: 'string', value, range: this.range(start, closeEnd) };
  }

  // ---------------------------------------------------------------- scanning helpers

  /**
   * text[s, e) as a string, the same string object for the same short text: keys, attribute names
   * and enum-like values repeat thousands of times in a large file, and every string kept is one
   * more object for the garbage collector to copy.
   */
  private intern(s: number, e: number): string {
    const t = this.text;
    let h = e - s;
    for (let i = s; i < e; i++) h = (Math.imul(h, 31) + t.charCodeAt(i)) | 0;
    const hit = this.names.get(h);
    if (hit !== undefined && hit.length === e - s && t.startsWith(hit, s)) return hit;
    const v = t.slice(s, e);
    this.names.set(h, v);
    return v;
  }

  private path(): string {
    return this.segs.length === 1 ? this.segs[0] : this.segs.join('.');
  }

  private code(p = this.pos): number {
    return p < this.len ? this.text.charCodeAt(p) : -1;
  }

  private range(start: number, end: number): SourceRange {
    return { start: this.positions.at(start), end: this.positions.at(end) };
  }

  /** Unknown over [start, end); references read inside it now belong to the enclosing property. */
  private unknownAt(start: number, end: number, mark: number): UnknownValue {
    if (mark < this.refs.length) {
      const path = this.path();
      for (let i = mark; i < this.refs.length; i++) this.refs[i].path = path;
    }
    return { kind: 'unknown', text: this.text.slice(start, end), range: this.range(start, end) };
  }

  private trimEnd(start: number, end: number): number {
    while (end > start) {
      const c = this.text.charCodeAt(end - 1);
      if (c === SPACE || c === TAB || c === LF || c === CR) end--;
      else break;
    }
    return end;
  }

  /** The end of an identifier starting at p (HCL: ID_Start, then ID_Continue, `-` and `::`), or -1. */
  private identEnd(p: number): number {
    if (p >= this.len) return -1;
    let c = this.text.charCodeAt(p);
    if (!((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === UNDERSCORE)) {
      if (c < 128) return -1;
      const cp = this.text.codePointAt(p)!;
      if (!ID_START.test(String.fromCodePoint(cp))) return -1;
      p += cp > 0xffff ? 2 : 1;
    } else p++;
    while (p < this.len) {
      c = this.text.charCodeAt(p);
      if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= D0 && c <= D9) || c === UNDERSCORE || c === MINUS) p++;
      else if (c === COLON && this.text.charCodeAt(p + 1) === COLON && this.identStartAt(p + 2)) p += 2;
      else if (c >= 128) {
        const cp = this.text.codePointAt(p)!;
        if (!ID_CONTINUE.test(String.fromCodePoint(cp))) break;
        p += cp > 0xffff ? 2 : 1;
      } else break;
    }
    return p;
  }

  private identStartAt(p: number): boolean {
    const c = this.text.charCodeAt(p);
    return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === UNDERSCORE;
  }

  /** Spaces, tabs and comments, not line breaks (a `/* … *\/` comment may span lines). */
  private skipInline(): void {
    const t = this.text;
    while (this.pos < this.len) {
      const c = t.charCodeAt(this.pos);
      if (c === SPACE || c === TAB || c === BOM) this.pos++;
      else if (c === HASH || (c === SLASH && t.charCodeAt(this.pos + 1) === SLASH)) this.skipToLineEnd();
      else if (c === SLASH && t.charCodeAt(this.pos + 1) === STAR) {
        const e = t.indexOf('*/', this.pos + 2);
        this.pos = e < 0 ? this.len : e + 2;
      } else break;
    }
  }

  private skipAll(): void {
    const t = this.text;
    while (this.pos < this.len) {
      const c = t.charCodeAt(this.pos);
      if (c === SPACE || c === LF || c === TAB || c === CR || c === BOM) this.pos++;
      else if (c === HASH || (c === SLASH && t.charCodeAt(this.pos + 1) === SLASH)) this.skipToLineEnd();
      else if (c === SLASH && t.charCodeAt(this.pos + 1) === STAR) {
        const e = t.indexOf('*/', this.pos + 2);
        this.pos = e < 0 ? this.len : e + 2;
      } else break;
    }
  }

  private skipToLineEnd(): void {
    const t = this.text;
    while (this.pos < this.len) {
      const c = t.charCodeAt(this.pos);
      if (c === LF || c === CR) break;
      this.pos++;
    }
  }

  private atLineEnd(): boolean {
    const c = this.code();
    return c === -1 || c === LF || c === CR;
  }

  /** Whether a top-level block header starts at p, at column 0. */
  private isAnchorAt(p: number): boolean {
    if (p > 0) {
      const prev = this.text.charCodeAt(p - 1);
      if (prev !== LF && prev !== CR) return false;
    }
    const c = this.text.charCodeAt(p);
    // r(esource) d(ata) m(odule) o(utput) v(ariable) p(rovider) l(ocals) t(erraform)
    if (c !== 114 && c !== 100 && c !== 109 && c !== 111 && c !== 118 && c !== 112 && c !== 108 && c !== 116) return false;
    ANCHOR.lastIndex = p;
    return ANCHOR.test(this.text);
  }

  /** Skips a junk line in a body (balanced brackets; stops before the `}` that closes the body). */
  private junk(start: number): void {
    let end = this.skipBalanced(start, true);
    if (end <= start) end = start + 1;
    this.pos = end;
    this.lastEnd = this.trimEnd(start, end);
  }

  /**
   * From `from` to the end of the line, or further while brackets opened on the way are still open
   * (stopping at a top-level block header). Strings and comments are skipped as such. With
   * `stopAtClose`, a `}` that closes nothing opened here ends the scan (it closes the body).
   */
  private skipBalanced(from: number, stopAtClose: boolean): number {
    const t = this.text;
    let p = from;
    let depth = 0;
    while (p < this.len) {
      const c = t.charCodeAt(p);
      if (c === LF || c === CR) {
        if (depth === 0) return p;
        p++;
        if (c === CR && t.charCodeAt(p) === LF) p++;
        if (this.isAnchorAt(p)) return p;
        continue;
      }
      if (c === DQUOTE) {
        p++;
        while (p < this.len) {
          const d = t.charCodeAt(p);
          if (d === DQUOTE) {
            p++;
            break;
          }
          if (d === LF || d === CR) break;
          p += d === BACKSLASH ? 2 : 1;
        }
        continue;
      }
      if (c === HASH || (c === SLASH && t.charCodeAt(p + 1) === SLASH)) {
        while (p < this.len && t.charCodeAt(p) !== LF && t.charCodeAt(p) !== CR) p++;
        continue;
      }
      if (c === SLASH && t.charCodeAt(p + 1) === STAR) {
        const e = t.indexOf('*/', p + 2);
        p = e < 0 ? this.len : e + 2;
        continue;
      }
      if (c === LBRACE || c === LBRACKET || c === LPAREN) depth++;
      else if (c === RBRACE || c === RBRACKET || c === RPAREN) {
        if (depth > 0) depth--;
        else if (c === RBRACE && stopAtClose) return p;
      }
      p++;
    }
    return p;
  }
}

/** HCL quoted-string escapes: \n \r \t \" \\ \uNNNN \UNNNNNNNN, and $${ / %%{ for literal ${ / %{. */
function unescapeQuoted(raw: string): string {
  return raw.replace(/\\(u[0-9A-Fa-f]{4}|U[0-9A-Fa-f]{8}|.)|\$\$\{|%%\{/g, (m, e: string | undefined) => {
    if (m === '$${') return '${';
    if (m === '%%{') return '%{';
    switch (e![0]) {
      case 'n':
        return '\n';
      case 'r':
        return '\r';
      case 't':
        return '\t';
      case 'u':
      case 'U':
        return String.fromCodePoint(parseInt(e!.slice(1), 16));
      default:
        return e!;
    }
  });
}

/**
 * `<<-` heredocs drop the smallest leading whitespace of their non-blank lines from every
 * non-blank line (HCL's flushHeredocTemplateParts).
 */
function flushHeredoc(content: string): string {
  const lines = content.split(/(?<=\n)/);
  let min = Infinity;
  for (const line of lines) {
    const trimmed = line.replace(/^[ \t]+/, '');
    if (trimmed.trim() === '' && line.endsWith('\n')) continue;
    min = Math.min(min, line.length - trimmed.length);
  }
  if (!isFinite(min) || min === 0) return content;
  return lines.map(line => (line.trim() === '' && line.endsWith('\n') ? line : line.slice(min))).join('');
}
