/**
 * Text → model for any supported file. Detection is by content (detect.ts); the heavy parsers
 * (TypeScript compiler, tree-sitter grammars) are required only when a file of their format
 * shows up, so a workspace without CDK never loads the TypeScript compiler.
 */
import type { TextChange } from '../model/edits';
import type { ParsedDocument } from '../model/types';
import { detectFormat, type DetectInput } from './detect';
import type { TreeSitterState } from './treeSitterState';

export type ParseInput = DetectInput;

/** What a previous parse leaves behind for an incremental re-parse (tree-sitter formats only). */
export interface ParseState {
  tree?: TreeSitterState;
}

export interface ParseResult {
  doc: ParsedDocument;
  state: ParseState;
}

export const NOT_IAC: ParsedDocument = Object.freeze({ format: undefined, syntax: undefined, resources: [], links: [], parseErrors: [] }) as ParsedDocument;

/** Text → model, keeping no parser state (a tree-sitter tree lives in wasm memory until disposed). */
export async function parseDocument(text: string, input: ParseInput = {}): Promise<ParsedDocument> {
  const { doc, state } = await parseWithState(text, input);
  disposeState(state);
  return doc;
}

/**
 * Parses `text`; with the previous state and the changes since, tree-sitter formats re-parse
 * incrementally. The caller owns the returned state and must pass it to `disposeState` when done.
 */
export async function parseWithState(text: string, input: ParseInput, previous?: ParseState, changes?: readonly TextChange[]): Promise<ParseResult> {
  const detected = detectFormat(text, input);
  if (!detected) return { doc: NOT_IAC, state: {} };
  switch (detected.format) {
    case 'cloudformation': {
      if (detected.syntax === 'json') {
        const { parseCloudFormationJson } = require('./cloudformation/json') as typeof import('./cloudformation/json');
        return { doc: parseCloudFormationJson(text), state: {} };
      }
      const { parseCloudFormationYaml } = require('./cloudformation/yaml') as typeof import('./cloudformation/yaml');
      return { doc: parseCloudFormationYaml(text), state: {} };
    }
    case 'terraform': {
      const { parseTerraform } = require('./terraform/parse') as typeof import('./terraform/parse');
      const r = await parseTerraform(text, previous?.tree && changes ? { previous: previous.tree, changes } : undefined);
      return { doc: r.doc, state: { tree: r.state } };
    }
    case 'cdk-typescript': {
      const { parseCdkTypeScript } = require('./cdk/typescript') as typeof import('./cdk/typescript');
      return { doc: parseCdkTypeScript(text), state: {} };
    }
    case 'cdk-python': {
      const { parseCdkPython } = require('./cdk/python') as typeof import('./cdk/python');
      const r = await parseCdkPython(text, previous?.tree && changes ? { previous: previous.tree, changes } : undefined);
      return { doc: r.doc, state: { tree: r.state } };
    }
  }
}

export function disposeState(state: ParseState | undefined): void {
  state?.tree?.dispose();
}
