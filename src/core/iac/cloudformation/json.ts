/**
 * CloudFormation JSON → model, with jsonc-parser: offsets on every token, recovery from a missing
 * comma or a half-typed key, and about 8x faster than `yaml` on the same JSON.
 *
 * The tree is the one `parseTree` builds (same scanner, same error recovery; a test compares them),
 * recorded as parallel arrays of numbers instead of one object per node: `parseTree` spends most
 * of its time allocating nodes and the model allocates its own objects on top, so building the
 * model on `parseTree` cost 1.5-2.5x the bare parse. See scanJson.
 * CloudFormation accepts neither comments nor trailing commas, so both are reported.
 */
import { createScanner, printParseErrorCode, type ParseErrorCode } from 'jsonc-parser';
import type { ParsedDocument, ParseError } from '../../model/types';
import { Positions } from './positions';
import { buildTemplate, type CfnAdapter, type NodeKind } from './template';

/** What scanJson implements, as parseTree options (for the edits' parseTree and the benchmark's bare parse). */
export const JSON_OPTIONS = { disallowComments: true, allowTrailingComma: false, allowEmptyContent: true } as const;

const OBJECT = 0;
const ARRAY = 1;
const PROPERTY = 2;
const STRING = 3;
const NUMBER = 4;
const BOOLEAN = 5;
const NULL = 6;

const KINDS: NodeKind[] = ['map', 'seq', 'other', 'string', 'number', 'boolean', 'null'];
const NONE: number[] = [];

/**
 * The tree `parseTree` builds, node = index into typed arrays. A property node's offset/length are
 * its key token's, its value the key string and `target` its value node (-1 while missing).
 * `length` is -1 for a container that was never closed.
 */
export class FlatTree {
  type: Uint8Array;
  offset: Int32Array;
  length: Int32Array;
  target: Int32Array;
  /** Scalar values and property keys (holes elsewhere). */
  readonly value: unknown[] = [];
  /** Child nodes of containers (holes elsewhere). */
  readonly children: number[][] = [];
  count = 0;
  root = -1;

  constructor(capacity: number) {
    this.type = new Uint8Array(capacity);
    this.offset = new Int32Array(capacity);
    this.length = new Int32Array(capacity);
    this.target = new Int32Array(capacity);
  }

  add(type: number, offset: number, length: number, parent: number): number {
    const i = this.count++;
    if (i === this.type.length) this.grow();
    this.type[i] = type;
    this.offset[i] = offset;
    this.length[i] = length;
    this.target[i] = -1;
    if (type <= ARRAY) this.children[i] = [];
    if (parent < 0) {
      if (this.root < 0) this.root = i;
    } else if (this.type[parent] === PROPERTY) {
      this.target[parent] = i;
    } else {
      this.children[parent].push(i);
    }
    return i;
  }

  private grow(): void {
    const n = this.type.length * 2;
    const copy = <T extends Uint8Array | Int32Array>(from: T, to: T): T => {
      to.set(from);
      return to;
    };
    this.type = copy(this.type, new Uint8Array(n));
    this.offset = copy(this.offset, new Int32Array(n));
    this.length = copy(this.length, new Int32Array(n));
    this.target = copy(this.target, new Int32Array(n));
  }

  /** End offset of a node; an unclosed container ends with its last child. */
  end(n: number): number {
    if (this.type[n] === PROPERTY) {
      const t = this.target[n];
      return t >= 0 ? this.end(t) : this.offset[n] + this.length[n];
    }
    if (this.length[n] >= 0) return this.offset[n] + this.length[n];
    const kids = this.children[n];
    return kids !== undefined && kids.length > 0 ? this.end(kids[kids.length - 1]) : this.offset[n] + 1;
  }
}

// jsonc-parser's token kinds and error codes (const enums, which isolatedModules cannot import).
const T_OPEN_BRACE = 1;
const T_CLOSE_BRACE = 2;
const T_OPEN_BRACKET = 3;
const T_CLOSE_BRACKET = 4;
const T_COMMA = 5;
const T_COLON = 6;
const T_NULL = 7;
const T_TRUE = 8;
const T_FALSE = 9;
const T_STRING = 10;
const T_NUMBER = 11;
const T_LINE_COMMENT = 12;
const T_BLOCK_COMMENT = 13;
const T_LINE_BREAK = 14;
const T_TRIVIA = 15;
const T_UNKNOWN = 16;
const T_EOF = 17;

const E_INVALID_SYMBOL = 1;
const E_INVALID_NUMBER = 2;
const E_PROPERTY_NAME_EXPECTED = 3;
const E_VALUE_EXPECTED = 4;
const E_COLON_EXPECTED = 5;
const E_COMMA_EXPECTED = 6;
const E_CLOSE_BRACE_EXPECTED = 7;
const E_CLOSE_BRACKET_EXPECTED = 8;
const E_EOF_EXPECTED = 9;
const E_COMMENT = 10;
const E_END_OF_STRING = 12;
const E_END_OF_NUMBER = 13;
const E_UNICODE = 14;
const E_ESCAPE = 15;
const E_CHARACTER = 16;

// Scanner errors → parse errors, as jsonc-parser's visit reports them (index = ScanError).
const SCAN_ERRORS = [0, 0, E_END_OF_STRING, E_END_OF_NUMBER, E_UNICODE, E_ESCAPE, E_CHARACTER];

export interface JsonSyntaxError {
  error: ParseErrorCode;
  offset: number;
  length: number;
}

/**
 * jsonc-parser's `visit` (the parser `parseTree` is built on) ported onto its own scanner, token for
 * token and with the same error recovery, writing the tree `parseTree` would build into a FlatTree.
 * `visit` allocates a path closure per callback and `parseTree` an object per node; this does
 * neither (a test checks the trees and errors match parseTree's). Comments are errors; trailing
 * commas are errors (CloudFormation accepts neither).
 */
export function scanJson(text: string, errors: JsonSyntaxError[]): FlatTree {
  // About one token per 12 characters in a pretty-printed template; the arrays grow if needed.
  const tree = new FlatTree(Math.max(64, text.length >> 3));
  const scanner = createScanner(text, false);
  let token = 0;

  const error = (code: number) => {
    errors.push({ error: code as ParseErrorCode, offset: scanner.getTokenOffset(), length: scanner.getTokenLength() });
  };
  const scanNext = (): number => {
    for (;;) {
      token = scanner.scan();
      const scanError = scanner.getTokenError() as number;
      if (scanError >= 2) error(SCAN_ERRORS[scanError]);
      switch (token) {
        case T_LINE_COMMENT:
        case T_BLOCK_COMMENT:
          error(E_COMMENT);
          break;
        case T_UNKNOWN:
          error(E_INVALID_SYMBOL);
          break;
        case T_TRIVIA:
        case T_LINE_BREAK:
          break;
        default:
          return token;
      }
    }
  };
  /** Reports, then skips tokens until one in `after` (consumed) or `until` (kept). */
  const fail = (code: number, after?: number, until1?: number, until2?: number) => {
    error(code);
    if (after === undefined && until1 === undefined) return;
    while (token !== T_EOF) {
      if (token === after) {
        scanNext();
        return;
      }
      if (token === until1 || token === until2) return;
      scanNext();
    }
  };
  const close = (n: number) => {
    // Closed only by its own bracket; at the end of the text it stays open (-1, see FlatTree.end).
    if (token === (tree.type[n] === OBJECT ? T_CLOSE_BRACE : T_CLOSE_BRACKET)) tree.length[n] = scanner.getTokenOffset() + 1 - tree.offset[n];
  };
  const parseValue = (parent: number): boolean => {
    switch (token) {
      case T_OPEN_BRACKET:
        return parseArray(parent);
      case T_OPEN_BRACE:
        return parseObject(parent);
      case T_STRING:
        tree.value[tree.add(STRING, scanner.getTokenOffset(), scanner.getTokenLength(), parent)] = scanner.getTokenValue();
        scanNext();
        return true;
      case T_NUMBER: {
        let value = Number(scanner.getTokenValue());
        const offset = scanner.getTokenOffset();
        const length = scanner.getTokenLength();
        if (isNaN(value)) {
          error(E_INVALID_NUMBER);
          value = 0;
        }
        tree.value[tree.add(NUMBER, offset, length, parent)] = value;
        scanNext();
        return true;
      }
      case T_NULL:
      case T_TRUE:
      case T_FALSE:
        tree.value[tree.add(token === T_NULL ? NULL : BOOLEAN, scanner.getTokenOffset(), scanner.getTokenLength(), parent)] = token === T_NULL ? null : token === T_TRUE;
        scanNext();
        return true;
      default:
        return false;
    }
  };
  const parseProperty = (object: number): boolean => {
    if (token !== T_STRING) {
      fail(E_PROPERTY_NAME_EXPECTED, undefined, T_CLOSE_BRACE, T_COMMA);
      return false;
    }
    const property = tree.add(PROPERTY, scanner.getTokenOffset(), scanner.getTokenLength(), object);
    tree.value[property] = scanner.getTokenValue();
    if (scanNext() === T_COLON) {
      scanNext();
      if (!parseValue(property)) fail(E_VALUE_EXPECTED, undefined, T_CLOSE_BRACE, T_COMMA);
    } else {
      fail(E_COLON_EXPECTED, undefined, T_CLOSE_BRACE, T_COMMA);
    }
    return true;
  };
  const parseObject = (parent: number): boolean => {
    const object = tree.add(OBJECT, scanner.getTokenOffset(), -1, parent);
    scanNext();
    let needsComma = false;
    while (token !== T_CLOSE_BRACE && token !== T_EOF) {
      if (token === T_COMMA) {
        if (!needsComma) fail(E_VALUE_EXPECTED);
        scanNext();
      } else if (needsComma) {
        fail(E_COMMA_EXPECTED);
      }
      if (!parseProperty(object)) fail(E_VALUE_EXPECTED, undefined, T_CLOSE_BRACE, T_COMMA);
      needsComma = true;
    }
    close(object);
    if (token !== T_CLOSE_BRACE) fail(E_CLOSE_BRACE_EXPECTED, T_CLOSE_BRACE);
    else scanNext();
    return true;
  };
  const parseArray = (parent: number): boolean => {
    const array = tree.add(ARRAY, scanner.getTokenOffset(), -1, parent);
    scanNext();
    let needsComma = false;
    while (token !== T_CLOSE_BRACKET && token !== T_EOF) {
      if (token === T_COMMA) {
        if (!needsComma) fail(E_VALUE_EXPECTED);
        scanNext();
      } else if (needsComma) {
        fail(E_COMMA_EXPECTED);
      }
      if (!parseValue(array)) fail(E_VALUE_EXPECTED, undefined, T_CLOSE_BRACKET, T_COMMA);
      needsComma = true;
    }
    close(array);
    if (token !== T_CLOSE_BRACKET) fail(E_CLOSE_BRACKET_EXPECTED, T_CLOSE_BRACKET);
    else scanNext();
    return true;
  };

  scanNext();
  if (token === T_EOF) return tree; // empty content is allowed
  if (!parseValue(-1)) fail(E_VALUE_EXPECTED);
  else if (token !== T_EOF) fail(E_EOF_EXPECTED);
  return tree;
}

function makeAdapter(text: string, tree: FlatTree): CfnAdapter<number, number> {
  const { type, offset, length, value, children, target } = tree; // final arrays: the scan is over
  // A string token's inner end: before the closing quote when there is one (not when unterminated).
  const innerEnd = (n: number) => {
    const end = offset[n] + length[n];
    return length[n] >= 2 && text.charCodeAt(end - 1) === 34 ? end - 1 : end;
  };
  return {
    kind: (n: number) => KINDS[type[n]],
    intrinsicTag: () => undefined,
    scalar: (n: number) => value[n] as string | number | boolean | null,
    pairs: (n: number) => children[n] ?? NONE,
    items: (n: number) => children[n] ?? NONE,
    key: (p: number) => value[p] as string,
    keyStart: (p: number) => offset[p] + 1,
    keyEnd: innerEnd,
    keyTokenStart: (p: number) => offset[p],
    value: (p: number) => (target[p] >= 0 ? target[p] : undefined),
    start: (n: number) => offset[n],
    end: (n: number) => (length[n] >= 0 ? offset[n] + length[n] : tree.end(n)),
    innerStart: (n: number) => (type[n] === STRING ? offset[n] + 1 : offset[n]),
    innerEnd: (n: number) => (type[n] === STRING ? innerEnd(n) : length[n] >= 0 ? offset[n] + length[n] : tree.end(n)),
  };
}

export function parseCloudFormationJson(text: string): ParsedDocument {
  const errors: JsonSyntaxError[] = [];
  const parseErrors: ParseError[] = [];
  let tree: FlatTree | undefined;
  try {
    tree = scanJson(text, errors);
  } catch (e) {
    // The scanner does not throw on bad input; this guard keeps a surprise from breaking the editor.
    parseErrors.push({ message: `JSON parser failed: ${e instanceof Error ? e.message : String(e)}`, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, severity: 'error' });
  }
  // Parser errors come first and are few; the model walk gets its own forward-moving Positions.
  let positions: Positions | undefined;
  let lastOffset = -1;
  for (const e of errors) {
    positions ??= new Positions(text);
    // jsonc-parser reports a trailing comma as "property name / value expected" at the closing
    // bracket (often twice); say what it is, at the comma.
    if (e.error === E_PROPERTY_NAME_EXPECTED || e.error === E_VALUE_EXPECTED) {
      const comma = trailingComma(text, e.offset);
      if (comma >= 0) {
        if (comma !== lastOffset) parseErrors.push({ message: 'Trailing comma: CloudFormation JSON does not allow it.', range: positions.range(comma, comma + 1), severity: 'error' });
        lastOffset = comma;
        continue;
      }
    }
    parseErrors.push({ message: describe(e.error), range: positions.range(e.offset, e.offset + e.length), severity: 'error' });
  }
  if (!tree) return { format: 'cloudformation', syntax: 'json', resources: [], links: [], parseErrors };
  const root = tree.root >= 0 ? tree.root : undefined;
  const { resources, links } = buildTemplate(makeAdapter(text, tree), root, text, new Positions(text), parseErrors);
  return { format: 'cloudformation', syntax: 'json', resources, links, parseErrors };
}

/** The offset of the comma right before a closing `}` / `]` at `offset`, else -1. */
function trailingComma(text: string, offset: number): number {
  const c = text.charCodeAt(offset);
  if (c !== 125 && c !== 93) return -1;
  let i = offset - 1;
  while (i >= 0 && /\s/.test(text[i])) i--;
  return text.charCodeAt(i) === 44 ? i : -1;
}

const MESSAGES: Record<string, string> = {
  InvalidSymbol: 'Invalid symbol.',
  InvalidNumberFormat: 'Invalid number format.',
  PropertyNameExpected: 'Property name expected.',
  ValueExpected: 'Value expected.',
  ColonExpected: 'Colon expected.',
  CommaExpected: 'Comma expected.',
  CloseBraceExpected: 'Closing brace `}` expected.',
  CloseBracketExpected: 'Closing bracket `]` expected.',
  EndOfFileExpected: 'End of file expected.',
  InvalidCommentToken: 'Comments are not allowed in CloudFormation JSON.',
  UnexpectedEndOfComment: 'Unexpected end of comment.',
  UnexpectedEndOfString: 'Unterminated string.',
  UnexpectedEndOfNumber: 'Unexpected end of number.',
  InvalidUnicode: 'Invalid unicode escape.',
  InvalidEscapeCharacter: 'Invalid escape character.',
  InvalidCharacter: 'Invalid character.',
};

function describe(code: ParseErrorCode): string {
  const name = printParseErrorCode(code);
  return MESSAGES[name] ?? name;
}
