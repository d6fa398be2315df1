/**
 * Syntax errors of a Terraform file from its tree-sitter tree: one per ERROR node and one per
 * MISSING node. Only subtrees that contain an error are visited, so an error-free 1 MB file costs
 * one `hasError` call.
 */
import type { Node } from 'web-tree-sitter';
import type { LineIndex } from '../../model/lineIndex';
import type { ParseError, SourceRange } from '../../model/types';

/** A file of garbage should not produce thousands of diagnostics. */
const MAX_ERRORS = 100;

const CLOSERS: Record<string, string> = {
  '}': '}',
  ']': ']',
  ')': ')',
  '"': '"',
  '{': '{',
  '[': '[',
  '(': '(',
  '=': '=',
  ':': ':',
  block_end: '}',
  object_end: '}',
  tuple_end: ']',
  quoted_template_end: '"',
  template_interpolation_end: '}',
  template_directive_end: '}',
  block_start: '{',
  object_start: '{',
  tuple_start: '[',
  identifier: 'a name',
  expression: 'a value',
  heredoc_identifier: 'the heredoc end marker',
};

const OPENED: Record<string, string> = { block: 'block', object: 'object', tuple: 'list', function_call: 'call' };

export function syntaxErrors(root: Node, index: LineIndex): ParseError[] {
  if (!root.hasError) return [];
  const errors: ParseError[] = [];
  const stack: Node[] = [root];
  while (stack.length > 0 && errors.length < MAX_ERRORS) {
    const node = stack.pop()!;
    if (node.isError) {
      errors.push(unexpected(node, index));
      continue;
    }
    if (node.isMissing) {
      errors.push(missing(node, index));
      continue;
    }
    if (!node.hasError) continue;
    const children = node.children;
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]);
  }
  return errors.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
}

/**
 * An ERROR node. Its range is cut at the end of its first line: after an unclosed string
 * tree-sitter may wrap the rest of the file in one ERROR, which would underline everything.
 */
function unexpected(node: Node, index: LineIndex): ParseError {
  const start = index.positionAt(node.startIndex);
  let end = index.positionAt(node.endIndex);
  if (end.line > start.line) end = { line: start.line, character: index.lineText(start.line).length };
  const first = node.text.split(/\r?\n|\r/, 1)[0].trim();
  const snippet = first.length > 40 ? `${first.slice(0, 40)}…` : first;
  return {
    message: snippet ? `Syntax error: unexpected \`${snippet}\`` : 'Syntax error',
    range: { start, end },
    severity: 'error',
  };
}

/** A MISSING node: what is missing, placed on the construct it should have closed when it is a closer. */
function missing(node: Node, index: LineIndex): ParseError {
  const what = CLOSERS[node.type] ?? `\`${node.type}\``;
  const token = what.length === 1 ? `\`${what}\`` : what;
  // The opened construct: climb past the zero-width wrappers (block_end → block).
  let owner: Node | null = node.parent;
  while (owner && owner.startIndex === owner.endIndex) owner = owner.parent;
  if (owner && (what === '}' || what === ']' || what === ')') && OPENED[owner.type] && owner.startIndex < node.startIndex) {
    return { message: `Missing ${token} to close this ${OPENED[owner.type]}`, range: headerRange(owner, index), severity: 'error' };
  }
  const at = index.positionAt(node.startIndex);
  return { message: `Missing ${token}`, range: { start: at, end: at }, severity: 'error' };
}

/** The opening line of a construct (e.g. `resource "aws_s3_bucket" "b" {`). */
function headerRange(node: Node, index: LineIndex): SourceRange {
  const start = index.positionAt(node.startIndex);
  const end = index.positionAt(node.endIndex);
  return { start, end: end.line > start.line ? { line: start.line, character: index.lineText(start.line).length } : end };
}
