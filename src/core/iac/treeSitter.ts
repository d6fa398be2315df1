/**
 * One web-tree-sitter runtime and one parser per grammar, loaded on first use (the wasm heap
 * grows and never shrinks, so parsers are reused and old trees deleted by their owners).
 * The wasm files sit next to the bundle (esbuild.mjs copies them into dist/; keep its WASM_FILES
 * in step with GRAMMAR_FILES); from sources
 * (unit tests) they are resolved from node_modules.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Language, Parser } from 'web-tree-sitter';

export type Grammar = 'terraform' | 'python';

const GRAMMAR_FILES: Record<Grammar, { file: string; pkg: string }> = {
  terraform: { file: 'tree-sitter-terraform.wasm', pkg: '@tree-sitter-grammars/tree-sitter-hcl' },
  python: { file: 'tree-sitter-python.wasm', pkg: 'tree-sitter-python' },
};

let runtime: Promise<void> | undefined;
const parsers = new Map<Grammar, Promise<Parser>>();

function locate(file: string, pkg: string): string {
  const beside = path.join(__dirname, file);
  if (fs.existsSync(beside)) return beside;
  try {
    return require.resolve(`${pkg}/${file}`);
  } catch {
    return path.join(path.dirname(require.resolve(`${pkg}/package.json`)), file);
  }
}

export function getParser(grammar: Grammar): Promise<Parser> {
  let p = parsers.get(grammar);
  if (!p) {
    runtime ??= Parser.init({ locateFile: (f: string) => locate(f, 'web-tree-sitter') });
    const { file, pkg } = GRAMMAR_FILES[grammar];
    p = runtime.then(async () => {
      const parser = new Parser();
      parser.setLanguage(await Language.load(locate(file, pkg)));
      return parser;
    });
    parsers.set(grammar, p);
  }
  return p;
}
