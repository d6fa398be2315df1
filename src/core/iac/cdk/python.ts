/**
 * CDK Python: tree-sitter-python parses the document (syntax errors, incremental re-parse from the
 * previous tree); the model is read by pythonModel.ts from the text (see pythonScan.ts for why it
 * does not walk the tree). The returned state owns the new tree; the previous one is the caller's.
 */
import type { Node } from 'web-tree-sitter';
import type { TextChange } from '../../model/edits';
import { LineIndex } from '../../model/lineIndex';
import type { ParseError, ParsedDocument } from '../../model/types';
import { getParser } from '../treeSitter';
import { TreeSitterState } from '../treeSitterState';
import { CdkPythonModel } from './pythonModel';

/** A broken file can hold thousands of ERROR nodes; the first ones are what the author needs. */
const MAX_ERRORS = 100;

export async function parseCdkPython(
  text: string,
  incremental?: { previous: TreeSitterState; changes: readonly TextChange[] },
): Promise<{ doc: ParsedDocument; state: TreeSitterState }> {
  const parser = await getParser('python');
  const oldTree = incremental ? incremental.previous.applyChanges(incremental.changes) : undefined;
  const tree = parser.parse(text, oldTree) ?? parser.parse(text);
  if (!tree) throw new Error('tree-sitter-python returned no tree');
  const li = new LineIndex(text);
  const root = tree.rootNode;
  const parseErrors: ParseError[] = [];
  const hasError = root.hasError;
  if (hasError) collectErrors(root, text, li, parseErrors);
  const { resources, links, unclosed } = new CdkPythonModel(text, li).build(hasError);
  // tree-sitter flags the statement after an unclosed bracket; Python (and the author) want the bracket.
  if (hasError) {
    for (const o of unclosed) {
      if (parseErrors.length >= MAX_ERRORS) break;
      parseErrors.push({ message: `Syntax error: ${JSON.stringify(text[o])} was never closed`, range: li.range(o, o + 1), severity: 'error' });
    }
    parseErrors.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
  }
  return {
    doc: { format: 'cdk-python', syntax: 'python', resources, links, parseErrors },
    state: new TreeSitterState(tree, text),
  };
}

/**
 * ERROR and MISSING nodes, descending only into subtrees that contain one (each step is a wasm
 * call). An ERROR node can cover the rest of the file (tree-sitter wraps what it could not fit,
 * even the first comment); the errors inside it are where the author must look, so the ERROR
 * node itself is reported only when nothing inside it is.
 */
function collectErrors(root: Node, text: string, li: LineIndex, out: ParseError[]): void {
  const report = (n: Node): void => {
    if (out.length >= MAX_ERRORS) return;
    if (n.isMissing) {
      const at = li.positionAt(n.startIndex);
      out.push({ message: `Syntax error: missing ${JSON.stringify(n.type)}`, range: { start: at, end: at }, severity: 'error' });
      return;
    }
    // Squiggle the first line of the ERROR node only.
    const s = n.startIndex;
    const e = n.endIndex;
    let lineEnd = s;
    while (lineEnd < e && text.charCodeAt(lineEnd) !== 10 && text.charCodeAt(lineEnd) !== 13) lineEnd++;
    const snippet = text.slice(s, lineEnd).trim();
    const message = snippet && snippet.length <= 40 && lineEnd === e ? `Syntax error: unexpected ${JSON.stringify(snippet)}` : 'Syntax error';
    out.push({ message, range: li.range(s, lineEnd > s ? lineEnd : e), severity: 'error' });
  };
  /** Reports the errors inside `n`; returns how many. */
  const visit = (n: Node): number => {
    let count = 0;
    for (const c of n.children) {
      if (out.length >= MAX_ERRORS) break;
      if (!c) continue;
      if (c.isMissing) {
        report(c);
        count++;
      } else if (c.isError) {
        const inner = visit(c);
        if (inner === 0) report(c);
        count += Math.max(1, inner);
      } else if (c.hasError) count += visit(c);
    }
    return count;
  };
  if (visit(root) === 0 && root.isError) report(root);
}
