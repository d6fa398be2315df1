/**
 * Finds, in JavaScript or TypeScript source, the ways code could reach the network, start a
 * process or evaluate a string: imports of the Node modules that do so, references to the global
 * `fetch` / `XMLHttpRequest` / `WebSocket` / `eval`, `Function(...)` calls and `require` of a
 * computed path. Works on the syntax tree, so strings (URLs in links, rule examples such as
 * `new lambda.Function(...)`), comments and method names (`map.fetch(key)`) never count.
 */
import * as ts from 'typescript';

/** Node modules that open sockets, start processes or compile code. */
export const FORBIDDEN_MODULES: readonly string[] = ['http', 'https', 'http2', 'net', 'tls', 'dgram', 'dns', 'child_process', 'cluster', 'vm'];

/** Globals that make requests or evaluate code; any reference to one counts, not only a call. */
const FORBIDDEN_GLOBALS: readonly string[] = ['fetch', 'XMLHttpRequest', 'WebSocket', 'EventSource', 'eval', 'importScripts'];

/** Names the global object goes by, for `globalThis.fetch` and `window['eval']`. */
const GLOBAL_OBJECTS: readonly string[] = ['globalThis', 'window', 'self', 'global'];

export interface Hazard {
  /** `module:http`, `fetch`, `eval`, `Function`, `dynamic-require`, … */
  kind: string;
  /** 0-based, in the scanned text. */
  line: number;
  character: number;
  /** The expression, as written (cut to 200 characters). */
  text: string;
  /**
   * The code around it, outermost first: `then: <condition>` / `else: <condition>` for each
   * enclosing if, `function <name>`, `method <name>`, `property <name>`.
   */
  within: string[];
}

function moduleName(specifier: string): string | undefined {
  const name = specifier.replace(/^node:/, '').split('/')[0];
  return FORBIDDEN_MODULES.includes(name) ? name : undefined;
}

/** Whether an identifier is a member or declaration name rather than a reference to a binding. */
function isNameOnly(id: ts.Identifier, parent: ts.Node | undefined): boolean {
  if (!parent) return false;
  if (ts.isPropertyAccessExpression(parent) || ts.isQualifiedName(parent)) return (ts.isPropertyAccessExpression(parent) ? parent.name : parent.right) === id;
  if (
    ts.isPropertyAssignment(parent) ||
    ts.isMethodDeclaration(parent) ||
    ts.isPropertyDeclaration(parent) ||
    ts.isGetAccessorDeclaration(parent) ||
    ts.isSetAccessorDeclaration(parent) ||
    ts.isPropertySignature(parent) ||
    ts.isMethodSignature(parent) ||
    ts.isEnumMember(parent)
  ) {
    return parent.name === id;
  }
  if (ts.isImportSpecifier(parent) || ts.isExportSpecifier(parent)) return parent.propertyName === id;
  // A type reference (`typeof fetch` in a .d.ts-style annotation) runs nothing.
  return ts.isTypeReferenceNode(parent) || ts.isTypeQueryNode(parent);
}

function describe(node: ts.Node, child: ts.Node | undefined, sf: ts.SourceFile): string | undefined {
  const text = (n: ts.Node) => n.getText(sf).replace(/\s+/g, ' ');
  if (ts.isIfStatement(node)) {
    const cond = text(node.expression);
    if (child === node.thenStatement) return `then: ${cond}`;
    if (child === node.elseStatement) return `else: ${cond}`;
    return `condition: ${cond}`;
  }
  if ((ts.isFunctionDeclaration(node) || ts.isFunctionExpression(node)) && node.name) return `function ${node.name.text}`;
  if (ts.isMethodDeclaration(node) && node.name) return `method ${text(node.name)}`;
  if (ts.isPropertyAssignment(node) && child === node.initializer) return `property ${text(node.name)}`;
  return undefined;
}

export function scanSource(fileName: string, source: string, kind: ts.ScriptKind = ts.ScriptKind.JS): Hazard[] {
  const sf = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, false, kind);
  const hazards: Hazard[] = [];
  const path: ts.Node[] = [];
  const report = (hazardKind: string, node: ts.Node) => {
    const { line, character } = sf.getLineAndCharacterOfPosition(node.getStart(sf));
    const within: string[] = [];
    for (let i = 0; i < path.length; i++) {
      const d = describe(path[i], path[i + 1] ?? node, sf);
      if (d) within.push(d);
    }
    hazards.push({ kind: hazardKind, line, character, text: node.getText(sf).slice(0, 200), within });
  };
  const literal = (n: ts.Node | undefined) => (n && ts.isStringLiteralLike(n) ? n.text : undefined);

  const visit = (node: ts.Node): void => {
    const parent = path[path.length - 1];
    if (ts.isCallExpression(node)) {
      const callee = node.expression;
      const isRequire = ts.isIdentifier(callee) && callee.text === 'require';
      const isImport = callee.kind === ts.SyntaxKind.ImportKeyword;
      if (isRequire || isImport) {
        const specifier = literal(node.arguments[0]);
        if (specifier === undefined) report('dynamic-require', node);
        else if (moduleName(specifier)) report(`module:${moduleName(specifier)}`, node);
      }
      if (ts.isIdentifier(callee) && callee.text === 'Function') report('Function', node);
    } else if (ts.isNewExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'Function') {
      report('Function', node);
    } else if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier) {
      const name = moduleName(literal(node.moduleSpecifier) ?? '');
      if (name) report(`module:${name}`, node);
    } else if (ts.isExternalModuleReference(node)) {
      const name = moduleName(literal(node.expression) ?? '');
      if (name) report(`module:${name}`, node);
    } else if (ts.isIdentifier(node) && FORBIDDEN_GLOBALS.includes(node.text) && !isNameOnly(node, parent)) {
      report(node.text, node);
    } else if (ts.isPropertyAccessExpression(node) && ts.isIdentifier(node.expression) && GLOBAL_OBJECTS.includes(node.expression.text)) {
      const name = node.name.text;
      if (FORBIDDEN_GLOBALS.includes(name) || name === 'Function') report(name, node);
    } else if (ts.isElementAccessExpression(node) && ts.isIdentifier(node.expression) && GLOBAL_OBJECTS.includes(node.expression.text)) {
      const name = literal(node.argumentExpression);
      if (name === undefined || FORBIDDEN_GLOBALS.includes(name) || name === 'Function') report(name ?? 'dynamic-global', node);
    }
    path.push(node);
    ts.forEachChild(node, visit);
    path.pop();
  };
  visit(sf);
  return hazards;
}
