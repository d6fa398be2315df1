/**
 * CDK import aliases in a TypeScript / JavaScript file, shared by the parser and the edit helpers.
 * Every local name that stands for something of aws-cdk-lib is mapped to an `Entity`: its
 * canonical module (`s3`, `ec2`, `core` for the root package) and the member path inside it, so
 * `s3.Bucket`, `aws_s3.Bucket`, `cdk.aws_s3.Bucket` and a named `Bucket` all resolve alike.
 */
import * as ts from 'typescript';
import { canonicalModule, moduleFromRootExport } from './cdkCommon';

// The compiler's namespace object exposes its members through getters once bundled; read the
// ones used per node into constants once, so the walk pays plain variable reads.
const {
  isCallExpression,
  isExternalModuleReference,
  isIdentifier,
  isImportDeclaration,
  isImportEqualsDeclaration,
  isNamedImports,
  isNamespaceImport,
  isNoSubstitutionTemplateLiteral,
  isObjectBindingPattern,
  isParenthesizedExpression,
  isPropertyAccessExpression,
  isStringLiteral,
  isVariableStatement,
} = ts;

export interface Entity {
  /** Canonical module: `s3`, `ec2`, `lambda-nodejs`, or `core` for the root package. */
  module: string;
  /** Members below the module: [] for the module itself, ['Bucket'], ['BlockPublicAccess', 'BLOCK_ALL']. */
  path: string[];
}

/** Local name → entity. Only CDK things are in it. */
export type Aliases = Map<string, Entity>;

/** One step down: `cdk` + `aws_s3` → the s3 module; `s3` + `Bucket` → s3.Bucket. */
export function member(e: Entity, name: string): Entity {
  if (e.module === 'core' && e.path.length === 0) {
    const m = moduleFromRootExport(name);
    if (m) return { module: m, path: [] };
  }
  return { module: e.module, path: [...e.path, name] };
}

/** Canonical text of an entity: `s3.BlockPublicAccess.BLOCK_ALL`; root exports without prefix: `Duration.days`. */
export function canonicalText(e: Entity): string {
  return e.module === 'core' ? e.path.join('.') : [e.module, ...e.path].join('.');
}

function stringArg(node: ts.Node | undefined): string | undefined {
  return node && (isStringLiteral(node) || isNoSubstitutionTemplateLiteral(node)) ? node.text : undefined;
}

/** `require('aws-cdk-lib/aws-s3')` → its module. */
function requiredModule(expr: ts.Expression): string | undefined {
  if (isCallExpression(expr) && isIdentifier(expr.expression) && expr.expression.text === 'require' && expr.arguments.length === 1) {
    const p = stringArg(expr.arguments[0]);
    return p === undefined ? undefined : canonicalModule(p);
  }
  return undefined;
}

/** Resolves an expression (`s3.Bucket`, `cdk.aws_s3.Bucket`, `Bucket`) to a CDK entity, or undefined. */
export function resolveEntity(expr: ts.Expression, aliases: Aliases): Entity | undefined {
  if (isIdentifier(expr)) return aliases.get(expr.text);
  if (isPropertyAccessExpression(expr)) {
    // `a.#private`, or a half-typed `s3.BucketEncryption.` whose member is still missing.
    if (!isIdentifier(expr.name) || expr.name.text === '') return undefined;
    const base = resolveEntity(expr.expression, aliases);
    return base && member(base, expr.name.text);
  }
  if (isParenthesizedExpression(expr)) return resolveEntity(expr.expression, aliases);
  return undefined;
}

/** The entity an initializer stands for: `require('…')` or an alias expression (`cdk.aws_s3`). */
function initializerEntity(init: ts.Expression, aliases: Aliases): Entity | undefined {
  const m = requiredModule(init);
  if (m) return { module: m, path: [] };
  return resolveEntity(init, aliases);
}

function bindPattern(name: ts.BindingName, entity: Entity, aliases: Aliases): void {
  if (isIdentifier(name)) {
    aliases.set(name.text, entity);
    return;
  }
  if (!isObjectBindingPattern(name)) return;
  for (const el of name.elements) {
    if (el.dotDotDotToken) continue;
    const prop = el.propertyName ?? (isIdentifier(el.name) ? el.name : undefined);
    const key = prop && (isIdentifier(prop) || isStringLiteral(prop)) ? prop.text : undefined;
    if (key !== undefined) bindPattern(el.name, member(entity, key), aliases);
  }
}

/**
 * Reads the CDK imports among the top-level statements (imports are hoisted; `require` is almost
 * always at the top level too). Forms: `import * as s3 from 'aws-cdk-lib/aws-s3'`,
 * `import { aws_s3 as s3, Duration } from 'aws-cdk-lib'`, `import { Bucket } from 'aws-cdk-lib/aws-s3'`,
 * `import cdk from 'aws-cdk-lib'`, `import s3 = require('…')`, `const s3 = require('…')`,
 * `const { aws_s3: s3 } = require('aws-cdk-lib')`, `const s3 = cdk.aws_s3`, `const { Bucket } = s3`.
 */
export function collectAliases(sf: ts.SourceFile): Aliases {
  const aliases: Aliases = new Map();
  for (const st of sf.statements) {
    if (isImportDeclaration(st)) {
      const path = stringArg(st.moduleSpecifier);
      const module = path === undefined ? undefined : canonicalModule(path);
      const clause = st.importClause;
      if (!module || !clause) continue;
      const root: Entity = { module, path: [] };
      if (clause.name) aliases.set(clause.name.text, root); // default import under esModuleInterop
      const nb = clause.namedBindings;
      if (nb && isNamespaceImport(nb)) aliases.set(nb.name.text, root);
      else if (nb && isNamedImports(nb)) {
        for (const spec of nb.elements) {
          const imported = (spec.propertyName ?? spec.name) as ts.Identifier | ts.StringLiteral;
          aliases.set(spec.name.text, member(root, imported.text));
        }
      }
    } else if (isImportEqualsDeclaration(st)) {
      const ref = st.moduleReference;
      if (isExternalModuleReference(ref)) {
        const path = stringArg(ref.expression);
        const module = path === undefined ? undefined : canonicalModule(path);
        if (module) aliases.set(st.name.text, { module, path: [] });
      }
    } else if (isVariableStatement(st)) {
      for (const decl of st.declarationList.declarations) {
        if (!decl.initializer) continue;
        const e = initializerEntity(decl.initializer, aliases);
        if (e) bindPattern(decl.name, e, aliases);
      }
    }
  }
  return aliases;
}
