/**
 * A small, error-tolerant Python tokenizer and expression parser, used to build the CDK model.
 *
 * Why not walk the tree-sitter tree: every node access in web-tree-sitter is a call into wasm.
 * Walking all nodes of a 1 MB stack (~280k nodes) costs 230-450 ms, more than the parse itself
 * (200-400 ms), and a query over keyword arguments alone ~240 ms; the model budget is 20 % of the
 * parse. Scanning the text in JS costs a fraction of that. tree-sitter still parses every document
 * (parse errors, incremental state); this scanner only reads what the model needs.
 *
 * It never throws and always advances: half-typed code yields partial nodes. When the file has
 * syntax errors, an unclosed bracket is closed at the next line that is not indented deeper than
 * the statement it belongs to (how people format Python), so constructs after a broken one survive.
 */

// Token kinds.
export const END = 0;
export const NAME = 1;
export const NUMBER = 2;
export const STRING = 3;
export const NEWLINE = 4;
export const LPAR = 5;
export const RPAR = 6;
export const LSQB = 7;
export const RSQB = 8;
export const LBRACE = 9;
export const RBRACE = 10;
export const COMMA = 11;
export const COLON = 12;
export const SEMI = 13;
export const DOT = 14;
export const EQUAL = 15;
export const STAR = 16;
export const DSTAR = 17;
export const ARROW = 18;
export const WALRUS = 19;
export const AUGASSIGN = 20;
export const OP = 21;
export const AT = 22;
export const ELLIPSIS = 23;
export const MINUS = 24;

// String token flags.
export const F_FSTRING = 1;
export const F_RAW = 2;
export const F_BYTES = 4;
export const F_UNTERMINATED = 8;
export const F_TRIPLE = 16;

export class Tokens {
  kind: Uint8Array;
  start: Int32Array;
  end: Int32Array;
  flags: Uint8Array;
  count = 0;
  /** Offsets of brackets closed by recovery or left open at the end (innermost of each statement). */
  readonly unclosed: number[] = [];

  constructor(capacity: number) {
    const n = Math.max(16, capacity);
    this.kind = new Uint8Array(n);
    this.start = new Int32Array(n);
    this.end = new Int32Array(n);
    this.flags = new Uint8Array(n);
  }

  push(kind: number, start: number, end: number, flags = 0): void {
    if (this.count === this.kind.length) this.grow();
    const i = this.count++;
    this.kind[i] = kind;
    this.start[i] = start;
    this.end[i] = end;
    this.flags[i] = flags;
  }

  private grow(): void {
    const n = this.kind.length * 2;
    const k = new Uint8Array(n); k.set(this.kind); this.kind = k;
    const s = new Int32Array(n); s.set(this.start); this.start = s;
    const e = new Int32Array(n); e.set(this.end); this.end = e;
    const f = new Uint8Array(n); f.set(this.flags); this.flags = f;
  }
}

function isIdentStart(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95 || c >= 128;
}

function isIdentPart(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || c >= 128;
}

function isStringPrefix(text: string, s: number, e: number): number {
  // r, u, b, f, t and their two-letter combinations (rb, br, fr, rf, tr, rt); returns flags + 64 when valid.
  const len = e - s;
  if (len > 2) return 0;
  let flags = 64;
  for (let i = s; i < e; i++) {
    const c = text.charCodeAt(i) | 32;
    if (c === 114) flags |= F_RAW; // r
    else if (c === 98) flags |= F_BYTES; // b
    else if (c === 102 || c === 116) flags |= F_FSTRING; // f, t (template strings behave alike here)
    else if (c !== 117) return 0; // u
  }
  return flags;
}

/**
 * Scans a string literal whose opening quote is at `q`. Returns the end offset and sets
 * `scanFlags` (F_TRIPLE / F_UNTERMINATED).
 */
let scanFlags = 0;
function scanString(text: string, q: number, to: number, fstring: boolean): number {
  const quote = text.charCodeAt(q);
  const triple = text.charCodeAt(q + 1) === quote && text.charCodeAt(q + 2) === quote;
  let i = q + (triple ? 3 : 1);
  let flags = triple ? F_TRIPLE : 0;
  while (i < to) {
    const c = text.charCodeAt(i);
    if (c === 92) { // backslash: the next character never ends the string (also in raw strings)
      i += 2;
      continue;
    }
    if (c === quote) {
      if (!triple) { scanFlags = flags; return i + 1; }
      if (text.charCodeAt(i + 1) === quote && text.charCodeAt(i + 2) === quote) { scanFlags = flags; return i + 3; }
    } else if ((c === 10 || c === 13) && !triple) {
      scanFlags = flags | F_UNTERMINATED;
      return i;
    } else if (c === 123 && fstring) { // {
      if (text.charCodeAt(i + 1) === 123) { i += 2; continue; }
      i = skipField(text, i + 1, to, triple);
      continue;
    }
    i++;
  }
  scanFlags = flags | F_UNTERMINATED;
  return Math.min(i, to);
}

/**
 * Skips an f-string replacement field from just after its `{` to just after its `}` (nested
 * brackets, nested strings — Python 3.12 allows the same quote inside — and format specs that hold
 * fields themselves). Stops at a line break of a single-quoted string (unterminated).
 */
function skipField(text: string, i: number, to: number, triple: boolean): number {
  let depth = 0;
  while (i < to) {
    const c = text.charCodeAt(i);
    if (c === 39 || c === 34) {
      const f = i > 0 && (text.charCodeAt(i - 1) | 32) === 102;
      i = scanString(text, i, to, f);
      continue;
    }
    if (c === 40 || c === 91 || c === 123) depth++;
    else if (c === 41 || c === 93) depth = Math.max(0, depth - 1);
    else if (c === 125) {
      if (depth === 0) return i + 1;
      depth--;
    } else if (c === 58 && depth === 0) { // format spec: literal text with nested fields
      i++;
      while (i < to) {
        const d = text.charCodeAt(i);
        if (d === 125) return i + 1;
        if (d === 123) { i = skipField(text, i + 1, to, triple); continue; }
        if ((d === 10 || d === 13) && !triple) return i;
        i++;
      }
      return i;
    } else if ((c === 10 || c === 13) && !triple) return i;
    i++;
  }
  return i;
}

/** Replacement-field expression ranges of an f-string's content [s, e) (nested format-spec fields included). */
export function fstringFields(text: string, s: number, e: number, out: Array<[number, number]> = []): Array<[number, number]> {
  let i = s;
  while (i < e) {
    const c = text.charCodeAt(i);
    if (c === 92) { i += 2; continue; }
    if (c === 123) {
      if (text.charCodeAt(i + 1) === 123) { i += 2; continue; }
      i = fieldExpression(text, i + 1, e, out);
      continue;
    }
    i++;
  }
  return out;
}

function fieldExpression(text: string, i: number, to: number, out: Array<[number, number]>): number {
  const start = i;
  let depth = 0;
  let exprEnd = -1;
  while (i < to) {
    const c = text.charCodeAt(i);
    if (c === 39 || c === 34) {
      const f = i > 0 && (text.charCodeAt(i - 1) | 32) === 102;
      i = scanString(text, i, to, f);
      continue;
    }
    if (c === 40 || c === 91 || c === 123) depth++;
    else if (c === 41 || c === 93) depth = Math.max(0, depth - 1);
    else if (c === 125) {
      if (depth === 0) {
        out.push([start, exprEnd < 0 ? i : exprEnd]);
        return i + 1;
      }
      depth--;
    } else if (depth === 0 && exprEnd < 0 && c === 33 && text.charCodeAt(i + 1) !== 61) { // !r conversion
      exprEnd = i;
    } else if (depth === 0 && c === 61 && text.charCodeAt(i + 1) !== 61 && isSelfDocumenting(text, start, i)) {
      exprEnd = i; // f"{x=}"
    } else if (depth === 0 && c === 58) { // format spec
      if (exprEnd < 0) exprEnd = i;
      out.push([start, exprEnd]);
      i++;
      while (i < to) {
        const d = text.charCodeAt(i);
        if (d === 125) return i + 1;
        if (d === 123) { i = fieldExpression(text, i + 1, to, out); continue; }
        i++;
      }
      return i;
    }
    i++;
  }
  out.push([start, exprEnd < 0 ? i : exprEnd]);
  return i;
}

function isSelfDocumenting(text: string, start: number, eq: number): boolean {
  // `=` right before `}`, `!` or `:` (after optional spaces) and not part of ==, !=, <=, >=.
  const prev = text.charCodeAt(eq - 1);
  if (prev === 61 || prev === 33 || prev === 60 || prev === 62) return false;
  let j = eq + 1;
  while (text.charCodeAt(j) === 32) j++;
  const n = text.charCodeAt(j);
  return eq > start && (n === 125 || n === 33 || n === 58);
}

/** Column of offset `i` counted from its line start (tabs count as one: only compared with itself). */
function columnOf(text: string, i: number): number {
  let j = i;
  while (j > 0) {
    const c = text.charCodeAt(j - 1);
    if (c === 10 || c === 13) break;
    j--;
  }
  return i - j;
}

/**
 * Tokenizes text[from, to). `recovery`: close unclosed brackets at a line indented no deeper
 * than the statement (only used when tree-sitter found errors). `inner`: an f-string field or
 * other bracketed fragment — line breaks are whitespace there.
 */
export function tokenize(text: string, from = 0, to = text.length, recovery = false, inner = false): Tokens {
  const tk = new Tokens(inner ? 16 : ((to - from) >> 2) + 16);
  let i = from;
  let depth = 0;
  let lineOpen = false;
  let lineIndent = 0;
  const opened: number[] = []; // offsets of the open brackets, innermost last
  while (i < to) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 9 || c === 12) { i++; continue; }
    if (c === 10 || c === 13) {
      const nl = i;
      i += c === 13 && text.charCodeAt(i + 1) === 10 ? 2 : 1;
      if (inner) continue;
      if (depth === 0) {
        if (lineOpen) { tk.push(NEWLINE, nl, nl); lineOpen = false; }
      } else if (recovery && lineOpen) {
        // Next non-blank, non-comment line: does it look like a new statement?
        let j = i;
        for (;;) {
          const lineStart = j;
          while (j < to && (text.charCodeAt(j) === 32 || text.charCodeAt(j) === 9)) j++;
          const d = j < to ? text.charCodeAt(j) : -1;
          if (d === 10 || d === 13) { j++; continue; }
          if (d === 35) { while (j < to && text.charCodeAt(j) !== 10 && text.charCodeAt(j) !== 13) j++; continue; }
          if (d !== -1 && j - lineStart <= lineIndent && d !== 41 && d !== 93 && d !== 125) {
            tk.push(NEWLINE, nl, nl);
            lineOpen = false;
            depth = 0;
            if (opened.length) tk.unclosed.push(opened[opened.length - 1]);
            opened.length = 0;
          }
          break;
        }
      }
      continue;
    }
    if (c === 35) { // comment
      while (i < to) {
        const d = text.charCodeAt(i);
        if (d === 10 || d === 13) break;
        i++;
      }
      continue;
    }
    if (c === 92) { // line continuation
      const d = text.charCodeAt(i + 1);
      if (d === 10) { i += 2; continue; }
      if (d === 13) { i += text.charCodeAt(i + 2) === 10 ? 3 : 2; continue; }
    }
    if (!lineOpen) {
      lineOpen = true;
      lineIndent = columnOf(text, i);
    }
    if (isIdentStart(c)) {
      const s = i;
      i++;
      while (i < to && isIdentPart(text.charCodeAt(i))) i++;
      const q = text.charCodeAt(i);
      if (q === 39 || q === 34) {
        const prefix = isStringPrefix(text, s, i);
        if (prefix) {
          i = scanString(text, i, to, (prefix & F_FSTRING) !== 0);
          tk.push(STRING, s, i, (prefix & 31) | scanFlags);
          continue;
        }
      }
      tk.push(NAME, s, i);
      continue;
    }
    if (c === 39 || c === 34) {
      const s = i;
      i = scanString(text, i, to, false);
      tk.push(STRING, s, i, scanFlags);
      continue;
    }
    if ((c >= 48 && c <= 57) || (c === 46 && text.charCodeAt(i + 1) >= 48 && text.charCodeAt(i + 1) <= 57)) {
      const s = i;
      i++;
      while (i < to) {
        const d = text.charCodeAt(i);
        if (isIdentPart(d) || d === 46) { i++; continue; }
        const p = text.charCodeAt(i - 1) | 32;
        if ((d === 43 || d === 45) && p === 101 && (text.charCodeAt(s + 1) | 32) !== 120) { i++; continue; } // 1e-5, not 0x1e-5
        break;
      }
      tk.push(NUMBER, s, i);
      continue;
    }
    const s = i;
    const n = text.charCodeAt(i + 1);
    switch (c) {
      case 40: depth++; opened.push(s); tk.push(LPAR, s, ++i); break;
      case 41: if (depth > 0) depth--; opened.pop(); tk.push(RPAR, s, ++i); break;
      case 91: depth++; opened.push(s); tk.push(LSQB, s, ++i); break;
      case 93: if (depth > 0) depth--; opened.pop(); tk.push(RSQB, s, ++i); break;
      case 123: depth++; opened.push(s); tk.push(LBRACE, s, ++i); break;
      case 125: if (depth > 0) depth--; opened.pop(); tk.push(RBRACE, s, ++i); break;
      case 44: tk.push(COMMA, s, ++i); break;
      case 59: tk.push(SEMI, s, ++i); break;
      case 58:
        if (n === 61) { i += 2; tk.push(WALRUS, s, i); } else tk.push(COLON, s, ++i);
        break;
      case 46:
        if (n === 46 && text.charCodeAt(i + 2) === 46) { i += 3; tk.push(ELLIPSIS, s, i); } else tk.push(DOT, s, ++i);
        break;
      case 61:
        if (n === 61) { i += 2; tk.push(OP, s, i); } else tk.push(EQUAL, s, ++i);
        break;
      case 42:
        if (n === 42) {
          if (text.charCodeAt(i + 2) === 61) { i += 3; tk.push(AUGASSIGN, s, i); } else { i += 2; tk.push(DSTAR, s, i); }
        } else if (n === 61) { i += 2; tk.push(AUGASSIGN, s, i); } else tk.push(STAR, s, ++i);
        break;
      case 45:
        if (n === 62) { i += 2; tk.push(ARROW, s, i); } else if (n === 61) { i += 2; tk.push(AUGASSIGN, s, i); } else tk.push(MINUS, s, ++i);
        break;
      case 64:
        if (n === 61) { i += 2; tk.push(AUGASSIGN, s, i); } else tk.push(AT, s, ++i);
        break;
      case 47: case 60: case 62: // / // < << > >>
        i += n === c ? 2 : 1;
        if (text.charCodeAt(i) === 61) { i++; tk.push(c === 60 || c === 62 ? (i - s === 2 ? OP : AUGASSIGN) : AUGASSIGN, s, i); } else tk.push(OP, s, i);
        break;
      case 33: // != or a stray !
        if (n === 61) { i += 2; tk.push(OP, s, i); } else tk.push(OP, s, ++i);
        break;
      case 43: case 37: case 38: case 124: case 94: // + % & | ^
        if (n === 61) { i += 2; tk.push(AUGASSIGN, s, i); } else tk.push(OP, s, ++i);
        break;
      default:
        tk.push(OP, s, ++i); // ~ and anything that is not Python
    }
  }
  if (lineOpen && !inner) tk.push(NEWLINE, to, to);
  if (opened.length && !inner) tk.unclosed.push(opened[opened.length - 1]);
  tk.push(END, to, to);
  return tk;
}

// ---------------------------------------------------------------------------------------------
// Syntax tree. Offsets are UTF-16 string offsets into the document text.

export interface NameExpr { t: 'name'; s: number; e: number; id: string }
export interface AttrExpr { t: 'attr'; s: number; e: number; obj: Expr; name: string; ns: number }
export interface CallExpr { t: 'call'; s: number; e: number; fn: Expr; args: Arg[]; open: number; close: number; comp: boolean }
export interface StrExpr {
  t: 'str'; s: number; e: number;
  /** Decoded value; undefined with substitutions, for bytes and unterminated strings. */
  value: string | undefined;
  /** Content range of the first piece (without prefix and quotes), for nameRange. */
  cs: number; ce: number;
  /** Quote character of the first piece (`'` or `"`). */
  quote: string;
  fields: Expr[] | undefined;
}
export interface NumExpr { t: 'num'; s: number; e: number; value: number | undefined }
export interface ConstExpr { t: 'const'; s: number; e: number; value: boolean | null }
export interface SeqExpr { t: 'list' | 'tuple' | 'set'; s: number; e: number; items: Expr[]; close: number; comp: boolean }
export interface DictExpr { t: 'dict'; s: number; e: number; pairs: Pair[]; close: number; comp: boolean }
export interface StarExpr { t: 'star'; s: number; e: number; value: Expr | undefined; double: boolean }
/** Anything the model does not look into: operators, subscripts, lambdas, comprehension pieces. */
export interface OtherExpr { t: 'other'; s: number; e: number; kids: Expr[]; comp: boolean }

export type Expr = NameExpr | AttrExpr | CallExpr | StrExpr | NumExpr | ConstExpr | SeqExpr | DictExpr | StarExpr | OtherExpr;

export interface Arg {
  kind: 'pos' | 'kw' | 'star' | 'dstar';
  s: number;
  e: number;
  /** Keyword name and its start (kw only). */
  name: string | undefined;
  ns: number;
  value: Expr;
}

export interface Pair { s: number; e: number; key: Expr | undefined; value: Expr }

export interface ImportName { path: string; alias: string | undefined }

export type Stmt =
  | { t: 'assign'; s: number; e: number; targets: Expr[]; value: Expr | undefined; aug: boolean }
  | { t: 'expr'; s: number; e: number; exprs: Expr[] }
  | { t: 'import'; s: number; e: number; from: string | undefined; names: ImportName[] };

/** One logical line: its indentation and what it opens, if it is a compound-statement header. */
export interface Line {
  indent: number;
  s: number;
  /** End of the line's last token (before a trailing comment). */
  e: number;
  /** 'def' / 'class' open a scope; 'block' any other compound statement; undefined a simple line. */
  opens: 'def' | 'class' | 'block' | undefined;
  /** Names bound by the header (`for x in`, `with … as x`, a def's name, a class's name). */
  binds: string[];
  /** Expressions in the header worth scanning (`for b in [...]`, `with x`, `if cond`). */
  header: Expr[];
  /** Simple statements on this line (the whole line, or the body after the header's colon). */
  stmts: Stmt[];
}

const NONE: string[] = [];
const NONE_EXPR: Expr[] = [];

const KEYWORDS = new Set([
  'False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await', 'break', 'class', 'continue', 'def', 'del',
  'elif', 'else', 'except', 'finally', 'for', 'from', 'global', 'if', 'import', 'in', 'is', 'lambda', 'nonlocal',
  'not', 'or', 'pass', 'raise', 'return', 'try', 'while', 'with', 'yield',
]);
const BINARY_WORDS = new Set(['and', 'or', 'in', 'is', 'not', 'if', 'else', 'for', 'async']);
const COMPOUND = new Set(['if', 'elif', 'else', 'for', 'while', 'with', 'try', 'except', 'finally', 'def', 'class', 'async']);

const ESCAPES: Record<string, string> = { n: '\n', t: '\t', r: '\r', a: '\x07', b: '\b', f: '\f', v: '\v', '\\': '\\', "'": "'", '"': '"' };

/** Decodes Python escapes in text[s, e); undefined for an escape we do not evaluate (\N{...}). */
function decode(text: string, s: number, e: number, raw: boolean, fstring: boolean): string | undefined {
  let out = '';
  let last = s;
  for (let i = s; i < e; i++) {
    const c = text.charCodeAt(i);
    if (c === 92 && !raw) {
      out += text.slice(last, i);
      const d = text[i + 1];
      if (d === undefined) return undefined;
      if (d === '\n') { i += 1; last = i + 1; continue; }
      if (d === '\r') { i += text[i + 2] === '\n' ? 2 : 1; last = i + 1; continue; }
      const simple = ESCAPES[d];
      if (simple !== undefined) { out += simple; i += 1; last = i + 1; continue; }
      if (d >= '0' && d <= '7') {
        let j = i + 1;
        while (j < i + 4 && j < e && text[j] >= '0' && text[j] <= '7') j++;
        out += String.fromCharCode(parseInt(text.slice(i + 1, j), 8));
        i = j - 1; last = j; continue;
      }
      const hexLen = d === 'x' ? 2 : d === 'u' ? 4 : d === 'U' ? 8 : 0;
      if (hexLen) {
        const hex = text.slice(i + 2, i + 2 + hexLen);
        if (hex.length !== hexLen || !/^[0-9a-fA-F]+$/.test(hex)) return undefined;
        const cp = parseInt(hex, 16);
        if (cp > 0x10ffff) return undefined;
        out += String.fromCodePoint(cp);
        i += 1 + hexLen; last = i + 1; continue;
      }
      if (d === 'N') return undefined;
      // Unknown escape: Python keeps the backslash.
      out += '\\';
      last = i + 1;
      continue;
    }
    if (fstring && (c === 123 || c === 125) && text.charCodeAt(i + 1) === c) {
      out += text.slice(last, i + 1);
      i += 1;
      last = i + 1;
    }
  }
  return out + text.slice(last, e);
}

export class PyParser {
  private i = 0;
  private end = 0;
  readonly tk: Tokens;

  constructor(readonly text: string, tokens: Tokens) {
    this.tk = tokens;
  }

  /** Logical lines of the whole token stream, one at a time (no retention: the caller consumes them). */
  *lines(): Generator<Line> {
    const tk = this.tk;
    while (this.i < tk.count && tk.kind[this.i] !== END) {
      // Find the end of this logical line.
      let j = this.i;
      while (tk.kind[j] !== NEWLINE && tk.kind[j] !== END) j++;
      if (j === this.i) { this.i++; continue; }
      this.end = j;
      yield this.line();
      this.i = j + 1;
    }
  }

  /** Parses one expression from a fragment's token stream (an f-string field). */
  parseFragment(): Expr | undefined {
    let j = 0;
    while (this.tk.kind[j] !== END) j++;
    this.i = 0;
    this.end = j;
    return this.exprList();
  }

  private k(): number {
    return this.i < this.end ? this.tk.kind[this.i] : END;
  }

  private word(): string | undefined {
    if (this.k() !== NAME) return undefined;
    return this.text.slice(this.tk.start[this.i], this.tk.end[this.i]);
  }

  private line(): Line {
    const tk = this.tk;
    const s = tk.start[this.i];
    const line: Line = { indent: columnOf(this.text, s), s, e: tk.end[this.end - 1], opens: undefined, binds: NONE, header: NONE_EXPR, stmts: [] };
    const w = this.word();
    if (tk.kind[this.i] === AT) { // decorator: nothing for the model
      this.i = this.end;
      return line;
    }
    if (w !== undefined && COMPOUND.has(w) && this.isCompoundHeader(w)) {
      this.header(w, line);
      if (this.i < this.end) this.simpleStatements(line.stmts);
      return line;
    }
    this.simpleStatements(line.stmts);
    return line;
  }

  /** A line starting with a compound keyword is a header, except `async` not before def/for/with (or half-typed `if = 1`). */
  private isCompoundHeader(w: string): boolean {
    const next = this.i + 1 < this.end ? this.tk.kind[this.i + 1] : END;
    if (next === EQUAL || next === DOT || next === AUGASSIGN) return false;
    if (w === 'async') {
      const n = this.i + 1 < this.end ? this.text.slice(this.tk.start[this.i + 1], this.tk.end[this.i + 1]) : '';
      return n === 'def' || n === 'for' || n === 'with';
    }
    return true;
  }

  private header(w: string, line: Line): void {
    this.i++;
    if (w === 'async') { w = this.word() ?? ''; this.i++; }
    line.binds = [];
    line.header = [];
    if (w === 'def' || w === 'class') {
      line.opens = w;
      const name = this.word();
      if (name !== undefined) { line.binds.push(name); this.i++; }
      this.skipToColon();
      return;
    }
    line.opens = 'block';
    if (w === 'for') {
      // Targets up to `in` are rebound by the loop.
      while (this.i < this.end) {
        const x = this.word();
        if (x === 'in') { this.i++; break; }
        if (x !== undefined && !KEYWORDS.has(x)) line.binds.push(x);
        if (this.k() === COLON) break;
        this.i++;
      }
      const iter = this.exprList();
      if (iter) line.header.push(iter);
    } else if (w === 'with') {
      while (this.i < this.end && this.k() !== COLON) {
        const before = this.i;
        const x = this.test();
        if (x) line.header.push(x);
        if (this.word() === 'as') {
          this.i++;
          const target = this.word();
          if (target !== undefined) line.binds.push(target);
          const t = this.test();
          if (!t && this.i === before) this.i++;
        }
        if (this.k() === COMMA) this.i++;
        else if (this.i === before) this.i++;
        else if (this.k() !== COLON) break;
      }
    } else if (w === 'if' || w === 'elif' || w === 'while') {
      const x = this.exprList();
      if (x) line.header.push(x);
    }
    this.skipToColon();
  }

  private skipToColon(): void {
    let depth = 0;
    const tk = this.tk;
    while (this.i < this.end) {
      const k = tk.kind[this.i++];
      if (k === LPAR || k === LSQB || k === LBRACE) depth++;
      else if (k === RPAR || k === RSQB || k === RBRACE) depth = Math.max(0, depth - 1);
      else if (k === COLON && depth === 0) return;
    }
  }

  private simpleStatements(out: Stmt[]): void {
    while (this.i < this.end) {
      const before = this.i;
      const st = this.simpleStatement();
      if (st) out.push(st);
      if (this.k() === SEMI) this.i++;
      else if (this.i < this.end) {
        // Something we could not parse: skip to the next `;` at depth 0 or the end of the line.
        let depth = 0;
        while (this.i < this.end) {
          const k = this.tk.kind[this.i];
          if (k === LPAR || k === LSQB || k === LBRACE) depth++;
          else if (k === RPAR || k === RSQB || k === RBRACE) depth = Math.max(0, depth - 1);
          else if (k === SEMI && depth === 0) break;
          this.i++;
        }
        if (this.k() === SEMI) this.i++;
      }
      if (this.i === before) this.i++;
    }
  }

  private simpleStatement(): Stmt | undefined {
    const tk = this.tk;
    const s = tk.start[this.i];
    const w = this.word();
    if (w === 'import' || w === 'from') return this.importStatement(w, s);
    if (w === 'return' || w === 'yield' || w === 'raise' || w === 'assert' || w === 'del' || w === 'global' || w === 'nonlocal' || w === 'pass' || w === 'break' || w === 'continue') {
      this.i++;
      const exprs: Expr[] = [];
      if (w !== 'global' && w !== 'nonlocal') {
        while (this.i < this.end && this.k() !== SEMI) {
          const before = this.i;
          const x = this.test();
          if (x) exprs.push(x);
          if (this.k() === COMMA || this.word() === 'from') this.i++;
          else if (this.i === before) break;
          else if (!x) break;
        }
      } else {
        while (this.i < this.end && this.k() !== SEMI) this.i++;
      }
      return { t: 'expr', s, e: tk.end[this.i - 1], exprs };
    }
    const first = this.exprList();
    if (!first) return undefined;
    let k = this.k();
    if (k === COLON) { // annotation
      this.i++;
      this.test();
      k = this.k();
      if (k !== EQUAL) return { t: 'assign', s, e: tk.end[this.i - 1], targets: [first], value: undefined, aug: false };
    }
    if (k === EQUAL) {
      const targets: Expr[] = [first];
      let value: Expr | undefined;
      while (this.k() === EQUAL) {
        this.i++;
        value = this.exprList();
        if (!value) break;
        if (this.k() === EQUAL) targets.push(value);
      }
      return { t: 'assign', s, e: tk.end[this.i - 1], targets, value: value && targets[targets.length - 1] !== value ? value : undefined, aug: false };
    }
    if (k === AUGASSIGN) {
      this.i++;
      const value = this.exprList();
      return { t: 'assign', s, e: tk.end[this.i - 1], targets: [first], value, aug: true };
    }
    return { t: 'expr', s, e: first.e, exprs: [first] };
  }

  private dotted(): string {
    let out = '';
    while (this.i < this.end) {
      const k = this.k();
      if (k === DOT) out += '.';
      else if (k === ELLIPSIS) out += '...';
      else if (k === NAME) {
        const w = this.word()!;
        if (w === 'import' || w === 'as') break;
        out += w;
      } else break;
      this.i++;
    }
    return out;
  }

  private importStatement(w: string, s: number): Stmt {
    this.i++;
    let from: string | undefined;
    const names: ImportName[] = [];
    if (w === 'from') {
      from = this.dotted();
      if (this.word() === 'import') this.i++;
    }
    let paren = false;
    if (this.k() === LPAR) { paren = true; this.i++; }
    while (this.i < this.end) {
      const k = this.k();
      if (k === SEMI) break;
      if (k === RPAR && paren) { this.i++; break; }
      if (k === COMMA) { this.i++; continue; }
      if (k === STAR) { names.push({ path: '*', alias: undefined }); this.i++; continue; }
      if (k !== NAME) { this.i++; continue; }
      const path = this.dotted();
      let alias: string | undefined;
      if (this.word() === 'as') {
        this.i++;
        alias = this.word();
        if (alias !== undefined) this.i++;
      }
      if (path) names.push({ path, alias });
    }
    return { t: 'import', s, e: this.tk.end[this.i - 1], from, names };
  }

  /** `a, b` → tuple; a single expression as is. */
  private exprList(): Expr | undefined {
    const first = this.test();
    if (!first || this.k() !== COMMA) return first;
    const items: Expr[] = [first];
    let comp = isComp(first);
    while (this.k() === COMMA) {
      this.i++;
      const x = this.test();
      if (!x) break;
      if (isComp(x)) comp = true;
      items.push(x);
    }
    return { t: 'tuple', s: first.s, e: this.tk.end[this.i - 1], items, close: -1, comp };
  }

  /** An expression with binary operators, ternaries, comprehension clauses and lambdas. */
  private test(): Expr | undefined {
    const tk = this.tk;
    if (this.word() === 'lambda') {
      const s = tk.start[this.i];
      this.i++;
      let depth = 0;
      while (this.i < this.end) {
        const k = tk.kind[this.i];
        if (k === LPAR || k === LSQB || k === LBRACE) depth++;
        else if (k === RPAR || k === RSQB || k === RBRACE) { if (depth === 0) break; depth--; }
        else if (k === COLON && depth === 0) break;
        this.i++;
      }
      if (this.k() === COLON) this.i++;
      const body = this.test();
      return { t: 'other', s, e: body ? body.e : tk.end[this.i - 1], kids: body ? [body] : [], comp: false };
    }
    let left = this.unary();
    if (!left) return undefined;
    for (;;) {
      const k = this.k();
      let w: string | undefined;
      if (k === NAME) {
        w = this.word()!;
        if (!BINARY_WORDS.has(w)) break;
      } else if (k !== OP && k !== MINUS && k !== STAR && k !== DSTAR && k !== AT && k !== WALRUS) break;
      const opEnd = tk.end[this.i];
      this.i++;
      if (w === 'not' || w === 'is') {
        const n = this.word();
        if (n === 'in' || n === 'not') this.i++;
      }
      const right = this.word() === 'lambda' ? this.test() : this.unary();
      left = { t: 'other', s: left.s, e: right ? right.e : opEnd, kids: right ? [left, right] : [left], comp: w === 'for' || isComp(left) || (right !== undefined && isComp(right)) };
      if (!right) break;
    }
    return left;
  }

  private unary(): Expr | undefined {
    const tk = this.tk;
    const k = this.k();
    const s = tk.start[this.i];
    if (k === MINUS || (k === OP && (this.text.charCodeAt(s) === 43 || this.text.charCodeAt(s) === 126))) {
      this.i++;
      const x = this.unary();
      if (x && x.t === 'num' && k === MINUS && x.value !== undefined) return { t: 'num', s, e: x.e, value: -x.value };
      return { t: 'other', s, e: x ? x.e : tk.end[this.i - 1], kids: x ? [x] : [], comp: false };
    }
    if (k === STAR || k === DSTAR) {
      this.i++;
      const x = this.test();
      return { t: 'star', s, e: x ? x.e : tk.end[this.i - 1], value: x, double: k === DSTAR };
    }
    if (k === NAME) {
      const w = this.word()!;
      if (w === 'not' || w === 'await' || w === 'yield') {
        this.i++;
        if (w === 'yield' && this.word() === 'from') this.i++;
        const x = w === 'yield' ? this.exprList() : this.unary();
        return { t: 'other', s, e: x ? x.e : tk.end[this.i - 1], kids: x ? [x] : [], comp: false };
      }
    }
    let x = this.atom();
    if (!x) return undefined;
    // Trailers: .name (call) [subscript]
    for (;;) {
      const t = this.k();
      if (t === DOT) {
        const dotEnd = tk.end[this.i];
        this.i++;
        if (this.k() === NAME) {
          const ns = tk.start[this.i];
          const name = this.word()!;
          this.i++;
          x = { t: 'attr', s: x.s, e: tk.end[this.i - 1], obj: x, name, ns };
        } else {
          x = { t: 'other', s: x.s, e: dotEnd, kids: [x], comp: false };
          break;
        }
      } else if (t === LPAR) {
        x = this.call(x);
      } else if (t === LSQB) {
        this.i++;
        const kids: Expr[] = [x];
        const close = this.items(RSQB, kids, true);
        x = { t: 'other', s: x.s, e: close >= 0 ? close + 1 : this.lastEnd(x.e), kids, comp: false };
      } else break;
    }
    return x;
  }

  private lastEnd(fallback: number): number {
    return this.i > 0 ? Math.max(fallback, this.tk.end[this.i - 1]) : fallback;
  }

  private atom(): Expr | undefined {
    const tk = this.tk;
    const k = this.k();
    const s = tk.start[this.i];
    const e = tk.end[this.i];
    switch (k) {
      case NAME: {
        const w = this.word()!;
        if (w === 'True' || w === 'False' || w === 'None') {
          this.i++;
          return { t: 'const', s, e, value: w === 'None' ? null : w === 'True' };
        }
        if (KEYWORDS.has(w)) return undefined;
        this.i++;
        return { t: 'name', s, e, id: w };
      }
      case NUMBER: {
        this.i++;
        return { t: 'num', s, e, value: numberValue(this.text.slice(s, e)) };
      }
      case STRING:
        return this.strings();
      case ELLIPSIS:
        this.i++;
        return { t: 'other', s, e, kids: [], comp: false };
      case LPAR: {
        this.i++;
        const items: Expr[] = [];
        const before = this.i;
        const close = this.items(RPAR, items, false);
        const end = close >= 0 ? close + 1 : this.lastEnd(e);
        const commas = this.hasCommaBetween(before, items);
        if (items.length === 1 && !commas && items[0].t !== 'star') {
          // Parenthesized expression: keep the node, widen its range to the parentheses.
          return { ...items[0], s, e: end };
        }
        return { t: 'tuple', s, e: end, items, close, comp: items.some(isComp) };
      }
      case LSQB: {
        this.i++;
        const items: Expr[] = [];
        const close = this.items(RSQB, items, false);
        return { t: 'list', s, e: close >= 0 ? close + 1 : this.lastEnd(e), items, close, comp: items.some(isComp) };
      }
      case LBRACE:
        this.i++;
        return this.dictOrSet(s, e);
      default:
        return undefined;
    }
  }

  private hasCommaBetween(from: number, items: Expr[]): boolean {
    if (items.length !== 1) return items.length > 1;
    for (let j = from; j < this.i; j++) {
      if (this.tk.kind[j] === COMMA && this.tk.start[j] >= items[0].e) return true;
    }
    return false;
  }

  /**
   * Comma-separated items up to `closer`; returns the closer's offset, or -1 when unclosed
   * (end of line, or a closer of another kind, which is left for the enclosing bracket).
   * `slices`: subscripts also allow `:` between items.
   */
  private items(closer: number, out: Expr[], slices: boolean): number {
    const tk = this.tk;
    for (;;) {
      const k = this.k();
      if (k === closer) { this.i++; return tk.start[this.i - 1]; }
      if (k === END) return -1;
      if (k === RPAR || k === RSQB || k === RBRACE) return -1;
      if (k === COMMA || (slices && k === COLON)) { this.i++; continue; }
      const before = this.i;
      const x = this.test();
      if (x) out.push(x);
      if (this.i === before) this.i++; // not an expression: skip the token
    }
  }

  private dictOrSet(s: number, e: number): Expr {
    const tk = this.tk;
    const pairs: Pair[] = [];
    const items: Expr[] = [];
    let dict: boolean | undefined;
    let comp = false;
    let close = -1;
    for (;;) {
      const k = this.k();
      if (k === RBRACE) { close = tk.start[this.i]; this.i++; break; }
      if (k === END || k === RPAR || k === RSQB) break;
      if (k === COMMA) { this.i++; continue; }
      const before = this.i;
      if (k === DSTAR) {
        dict = true;
        const x = this.unary()!;
        pairs.push({ s: x.s, e: x.e, key: undefined, value: x.t === 'star' && x.value ? x.value : x });
        if (this.i === before) this.i++;
        continue;
      }
      const key = this.test();
      if (key && isComp(key)) comp = true;
      if (this.k() === COLON && dict !== false) {
        dict = true;
        this.i++;
        const value = this.test();
        if (value && isComp(value)) comp = true;
        const v: Expr = value ?? { t: 'other', s: tk.end[this.i - 1], e: tk.end[this.i - 1], kids: [], comp: false };
        if (key) pairs.push({ s: key.s, e: v.e, key, value: v });
        else pairs.push({ s: v.s, e: v.e, key: undefined, value: v });
      } else if (key) {
        if (dict === undefined) dict = false;
        items.push(key);
      }
      if (this.i === before) this.i++;
    }
    const end = close >= 0 ? close + 1 : this.lastEnd(e);
    if (dict === false) return { t: 'set', s, e: end, items, close, comp: comp || items.some(isComp) };
    return { t: 'dict', s, e: end, pairs, close, comp };
  }

  private call(fn: Expr): CallExpr {
    const tk = this.tk;
    const open = tk.start[this.i];
    this.i++;
    const args: Arg[] = [];
    let close = -1;
    let comp = false;
    for (;;) {
      const k = this.k();
      if (k === RPAR) { close = tk.start[this.i]; this.i++; break; }
      if (k === END || k === RSQB || k === RBRACE) break;
      if (k === COMMA) { this.i++; continue; }
      const before = this.i;
      const s = tk.start[this.i];
      if (k === NAME && this.i + 1 < this.end && tk.kind[this.i + 1] === EQUAL) {
        const name = this.word()!;
        const eqEnd = tk.end[this.i + 1];
        this.i += 2;
        const v = this.test();
        // `versioned=` with nothing yet: an empty unknown value right after the `=`.
        const value: Expr = v ?? { t: 'other', s: eqEnd, e: eqEnd, kids: [], comp: false };
        args.push({ kind: 'kw', s, e: value.e, name, ns: s, value });
      } else if (k === STAR || k === DSTAR) {
        const x = this.unary()!;
        args.push({ kind: k === STAR ? 'star' : 'dstar', s, e: x.e, name: undefined, ns: s, value: x.t === 'star' && x.value ? x.value : x });
      } else {
        const x = this.test();
        if (x) {
          if (isComp(x)) comp = true;
          args.push({ kind: 'pos', s, e: x.e, name: undefined, ns: s, value: x });
        }
      }
      if (this.i === before) this.i++;
    }
    return { t: 'call', s: fn.s, e: close >= 0 ? close + 1 : this.lastEnd(open + 1), fn, args, open, close, comp };
  }

  /** Adjacent string literals concatenate (`"a" "b"`). */
  private strings(): StrExpr {
    const tk = this.tk;
    const text = this.text;
    const s = tk.start[this.i];
    let value: string | undefined = '';
    let fields: Expr[] | undefined;
    let cs = 0;
    let ce = 0;
    let quote = '"';
    let first = true;
    while (this.k() === STRING) {
      const ts = tk.start[this.i];
      const te = tk.end[this.i];
      const flags = tk.flags[this.i];
      this.i++;
      let q = ts;
      while (text.charCodeAt(q) !== 39 && text.charCodeAt(q) !== 34) q++;
      const ql = flags & F_TRIPLE ? 3 : 1;
      const contentStart = q + ql;
      const contentEnd = flags & F_UNTERMINATED ? te : Math.max(contentStart, te - ql);
      if (first) { cs = contentStart; ce = contentEnd; quote = text[q]; first = false; }
      if (flags & (F_UNTERMINATED | F_BYTES)) { value = undefined; continue; }
      const fstring = (flags & F_FSTRING) !== 0;
      if (fstring) {
        const ranges = fstringFields(text, contentStart, contentEnd);
        if (ranges.length) {
          value = undefined;
          fields ??= [];
          for (const [fs, fe] of ranges) {
            const x = parseFragment(text, fs, fe);
            if (x) fields.push(x);
          }
          continue;
        }
      }
      if (value !== undefined) {
        const piece = decode(text, contentStart, contentEnd, (flags & F_RAW) !== 0, fstring);
        value = piece === undefined ? undefined : value + piece;
      }
    }
    return { t: 'str', s, e: tk.end[this.i - 1], value, cs, ce, quote, fields };
  }
}

/** A comprehension clause (`x for x in y`) makes the enclosing list / dict / call something we do not evaluate. */
function isComp(x: Expr): boolean {
  return x.t === 'other' && x.comp;
}

/** Parses text[s, e) as one expression (an f-string field). */
export function parseFragment(text: string, s: number, e: number): Expr | undefined {
  const tk = tokenize(text, s, e, false, true);
  return new PyParser(text, tk).parseFragment();
}

function numberValue(raw: string): number | undefined {
  const last = raw.charCodeAt(raw.length - 1) | 32;
  if (last === 106 && !/^0x/i.test(raw)) return undefined; // complex
  const clean = raw.indexOf('_') >= 0 ? raw.replace(/_/g, '') : raw;
  if (/^0[0-9]+$/.test(clean) && /[1-9]/.test(clean)) return undefined; // 017 is not Python 3
  const n = Number(clean);
  return Number.isFinite(n) ? n : undefined;
}

/** Convenience for edits and tests: every logical line of a text. */
export function scanLines(text: string, recovery = false): Line[] {
  const parser = new PyParser(text, tokenize(text, 0, text.length, recovery));
  return [...parser.lines()];
}
