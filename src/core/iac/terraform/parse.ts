/**
 * Terraform (HCL) → model.
 *
 * tree-sitter (web-tree-sitter + tree-sitter-hcl's terraform grammar) parses — incrementally when
 * the previous state and the edits since are given — and is the source of syntax errors; the model
 * is read from the text by reader.ts (walking the wasm tree node by node would cost more than the
 * parse; see there). On an incremental parse, top-level blocks the edits did not touch come from
 * the previous model (moved when lines were added or removed above them), so a keystroke in a
 * 1 MB file re-reads one block.
 */
import { Edit, type Tree } from 'web-tree-sitter';
import type { TextChange } from '../../model/edits';
import { LineIndex } from '../../model/lineIndex';
import type { Link, ParsedDocument, ParseError, Position, Property, Resource, SourceRange, Value } from '../../model/types';
import { getParser } from '../treeSitter';
import { TreeSitterState } from '../treeSitterState';
import { PositionCursor, TerraformReader, type RefSite, type TopBlock } from './reader';
import { syntaxErrors } from './syntaxErrors';

/** The tree-sitter state plus what the next incremental parse reuses: the line index and the blocks read. */
export class TerraformState extends TreeSitterState {
  constructor(tree: Tree, text: string, readonly positions: PositionCursor, readonly blocks: readonly TopBlock[]) {
    super(tree, text);
  }

  /**
   * One change (a keystroke, a paste) is edited into the tree with positions this version's read
   * already found, instead of indexing the whole document twice per change as the base class does.
   */
  override applyChanges(changes: readonly TextChange[]): Tree {
    const c = changes.length === 1 ? changes[0] : undefined;
    const startIndex = c?.rangeOffset ?? 0;
    const oldEndIndex = startIndex + (c?.rangeLength ?? 0);
    const t = this.text;
    // Line breaks at the edges could merge or split a \r\n pair: leave those to the general path.
    if (!c || c.text.includes('\r') || t.charCodeAt(startIndex - 1) === 13 || t.charCodeAt(oldEndIndex) === 10 || t.charCodeAt(oldEndIndex - 1) === 13) {
      return super.applyChanges(changes);
    }
    const start = this.positions.at(startIndex);
    const oldEnd = this.positions.at(oldEndIndex);
    const lastBreak = c.text.lastIndexOf('\n');
    let breaks = 0;
    for (let i = c.text.indexOf('\n'); i >= 0; i = c.text.indexOf('\n', i + 1)) breaks++;
    const newEnd = lastBreak < 0
      ? { row: start.line, column: start.character + c.text.length }
      : { row: start.line + breaks, column: c.text.length - lastBreak - 1 };
    this.tree.edit(new Edit({
      startIndex,
      oldEndIndex,
      newEndIndex: startIndex + c.text.length,
      startPosition: { row: start.line, column: start.character },
      oldEndPosition: { row: oldEnd.line, column: oldEnd.character },
      newEndPosition: newEnd,
    }));
    return this.tree;
  }
}

export async function parseTerraform(
  text: string,
  incremental?: { previous: TreeSitterState; changes: readonly TextChange[] },
): Promise<{ doc: ParsedDocument; state: TreeSitterState }> {
  const parser = await getParser('terraform');
  let oldTree: Tree | undefined;
  let moved: Map<number, MovedBlock> | undefined;
  let positions: PositionCursor | undefined;
  if (incremental) {
    const { previous, changes } = incremental;
    // Changes that do not lead from the previous text to this one would corrupt the old tree.
    const expected = previous.text.length + changes.reduce((n, c) => n + c.text.length - c.rangeLength, 0);
    if (expected === text.length) {
      oldTree = previous.applyChanges(changes);
      if (previous instanceof TerraformState) {
        moved = moveBlocks(previous.blocks, changes);
        if (changes.length === 1) positions = PositionCursor.afterChange(previous.positions, changes[0], text);
      }
    }
  }
  const tree = parser.parse(text, oldTree);
  if (!tree) throw new Error('tree-sitter returned no tree for a Terraform file');

  const reader = new TerraformReader(text, positions);
  const reuse = moved && ((start: number, at: Position) => reuseBlock(moved!.get(start), at));
  const blocks = reader.readAll(reuse);
  // A line index only for a file with syntax errors (the reader finds its positions as it reads).
  const errors = tree.rootNode.hasError ? syntaxErrors(tree.rootNode, new LineIndex(text)) : [];
  const doc = assemble(blocks, errors);
  return { doc, state: new TerraformState(tree, text, reader.cursor, blocks) };
}

function assemble(blocks: readonly TopBlock[], parseErrors: ParseError[]): ParsedDocument {
  const resources: Resource[] = [];
  for (const b of blocks) if (b.resource) resources.push(b.resource);
  const targets = new Set<string>();
  const declared = new Map<string, Resource>();
  for (const r of resources) {
    if (r.role === 'resource' || r.role === 'data') targets.add(r.name);
    if (r.role === 'locals') continue;
    const first = declared.get(r.name);
    if (first) {
      parseErrors.push({
        message: `Duplicate ${r.role} \`${r.name}\`: it is already declared on line ${first.range.start.line + 1}`,
        range: r.nameRange,
        severity: 'error',
      });
    } else declared.set(r.name, r);
  }
  const links: Link[] = [];
  for (const b of blocks) {
    const from = b.resource?.name;
    if (!from) continue;
    for (const ref of b.refs) {
      if (ref.target !== from && targets.has(ref.target)) links.push({ from, to: ref.target, path: ref.path, range: ref.range });
    }
  }
  return { format: 'terraform', syntax: 'hcl', resources, links, parseErrors };
}

// ------------------------------------------------------------------ reuse across versions

interface MovedBlock {
  block: TopBlock;
  start: number;
  end: number;
}

/**
 * Where each closed block of the previous version starts now, for blocks no change touched
 * (changes apply in order, each to the text the previous one left). A change that ends exactly
 * where a block starts touches it (typing just before `resource`), one that starts exactly where
 * a block ends does not (its text, up to its `}`, is intact).
 */
function moveBlocks(blocks: readonly TopBlock[], changes: readonly TextChange[]): Map<number, MovedBlock> {
  let live: MovedBlock[] = [];
  for (const block of blocks) if (block.closed) live.push({ block, start: block.start, end: block.end });
  for (const c of changes) {
    const from = c.rangeOffset;
    const to = c.rangeOffset + c.rangeLength;
    const delta = c.text.length - c.rangeLength;
    const next: MovedBlock[] = [];
    for (const m of live) {
      if (m.end <= from) next.push(m);
      else if (m.start > to) next.push({ block: m.block, start: m.start + delta, end: m.end + delta });
    }
    live = next;
  }
  return new Map(live.map(m => [m.start, m]));
}

function reuseBlock(m: MovedBlock | undefined, at: Position): TopBlock | undefined {
  if (!m) return undefined;
  const b = m.block;
  if (at.line === b.startPos.line && at.character === b.startPos.character) {
    return m.start === b.start ? b : { ...b, start: m.start, end: m.end };
  }
  const lines = at.line - b.startPos.line;
  const chars = at.character - b.startPos.character;
  const firstLine = b.startPos.line;
  const pos = (p: Position): Position => ({ line: p.line + lines, character: p.line === firstLine ? p.character + chars : p.character });
  const range = (r: SourceRange): SourceRange => ({ start: pos(r.start), end: pos(r.end) });
  const value = (v: Value): Value => {
    switch (v.kind) {
      case 'list':
        return { kind: 'list', items: v.items.map(value), range: range(v.range) };
      case 'map':
        return { kind: 'map', properties: v.properties.map(property), range: range(v.range) };
      default:
        return { ...v, range: range(v.range) };
    }
  };
  const property = (p: Property): Property => ({ key: p.key, keyRange: range(p.keyRange), value: value(p.value), range: range(p.range) });
  const ref = (r: RefSite): RefSite => ({ target: r.target, path: r.path, range: range(r.range) });
  let resource: Resource | undefined;
  if (b.resource) {
    const r = b.resource;
    resource = { ...r, range: range(r.range), typeRange: range(r.typeRange), nameRange: range(r.nameRange), properties: r.properties.map(property) };
  }
  return { start: m.start, end: m.end, startPos: at, closed: true, resource, refs: b.refs.map(ref) };
}
