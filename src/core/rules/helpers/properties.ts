/**
 * Property access that works across the formats' key styles. CloudFormation writes
 * `PublicAccessBlockConfiguration.BlockPublicAcls`, CDK L1 `publicAccessBlockConfiguration.blockPublicAcls`
 * (Python's snake_case keywords are camelCase in the model), Terraform `http_tokens` for
 * `HttpTokens`: keys compare without case and underscores, so one rule reads all of them.
 * Values CloudFormation commonly quotes (`"22"`, `"true"`) are read as the numbers / booleans
 * AWS takes them for. Absent or not a literal → `undefined`: rules stay silent on what they cannot tell.
 */
import { snakeCase } from '../../iac/cdk/cdkCommon';
import type { Property, Resource, Value } from '../../model/types';

const normCache = new Map<string, string>();

/** `Block_Public_Acls`, `blockPublicAcls`, `BlockPublicAcls` → `blockpublicacls`. */
export function normKey(key: string): string {
  let n = normCache.get(key);
  if (n === undefined) {
    n = key.replace(/_/g, '').toLowerCase();
    if (normCache.size < 10000) normCache.set(key, n);
  }
  return n;
}

type Owner = Resource | readonly Property[] | Value | undefined;

function propertiesOf(owner: Owner): readonly Property[] {
  if (!owner) return [];
  if (Array.isArray(owner)) return owner as readonly Property[];
  if ('properties' in owner && Array.isArray(owner.properties)) return owner.properties;
  return [];
}

/** The property at a dotted path, matching keys in any style. A step into a list is not taken. */
export function prop(owner: Owner, path: string): Property | undefined {
  let properties = propertiesOf(owner);
  let found: Property | undefined;
  for (const step of path.split('.')) {
    // The key as written in the path is the common case (CloudFormation): no normalising needed then.
    found = properties.find(p => p.key === step);
    if (!found) {
      const n = normKey(step);
      found = properties.find(p => normKey(p.key) === n);
    }
    if (!found) return undefined;
    properties = found.value.kind === 'map' ? found.value.properties : [];
  }
  return found;
}

export function val(owner: Owner, path: string): Value | undefined {
  return prop(owner, path)?.value;
}

/** A string literal (numbers and booleans as their text), else undefined. */
export function str(owner: Owner | Value, path?: string): string | undefined {
  const v = path === undefined ? (owner as Value | undefined) : val(owner, path);
  if (!v) return undefined;
  if (v.kind === 'string') return v.value;
  if (v.kind === 'number' || v.kind === 'boolean') return String(v.value);
  return undefined;
}

/** A number, also from a numeric string (`"22"`), else undefined. */
export function num(owner: Owner | Value, path?: string): number | undefined {
  const v = path === undefined ? (owner as Value | undefined) : val(owner, path);
  if (!v) return undefined;
  if (v.kind === 'number') return v.value;
  if (v.kind === 'string' && /^\s*-?\d+(\.\d+)?\s*$/.test(v.value)) return Number(v.value);
  return undefined;
}

/** A boolean, also from `"true"` / `"false"` (any case), else undefined. */
export function bool(owner: Owner | Value, path?: string): boolean | undefined {
  const v = path === undefined ? (owner as Value | undefined) : val(owner, path);
  if (!v) return undefined;
  if (v.kind === 'boolean') return v.value;
  if (v.kind === 'string') {
    const s = v.value.trim().toLowerCase();
    if (s === 'true') return true;
    if (s === 'false') return false;
  }
  return undefined;
}

/** A CDK enum member or static call as canonical text (`s3.BlockPublicAccess.BLOCK_ALL`), else undefined. */
export function sym(owner: Owner | Value, path?: string): string | undefined {
  const v = path === undefined ? (owner as Value | undefined) : val(owner, path);
  return v?.kind === 'symbol' ? v.value : undefined;
}

/** The items of a list value; a single non-list value counts as one item (Terraform blocks written once). */
export function items(v: Value | undefined): Value[] {
  if (!v) return [];
  return v.kind === 'list' ? v.items : [v];
}

/** Whether the value is an expression we do not evaluate (or holds one at the top of a list). */
export function isUnknown(v: Value | undefined): boolean {
  return v !== undefined && v.kind === 'unknown';
}

/**
 * A CloudFormation property path (`VersioningConfiguration.Status`) in the resource's own key
 * style, for edits: PascalCase in CloudFormation, camelCase in CDK (the Python edit helpers write
 * snake_case themselves), snake_case in Terraform.
 */
export function keyPath(resource: Resource, cfnPath: string): string {
  const steps = cfnPath.split('.');
  switch (resource.format) {
    case 'cloudformation':
      return cfnPath;
    case 'terraform':
      return steps.map(snakeCase).join('.');
    default:
      return steps.map(s => s.charAt(0).toLowerCase() + s.slice(1)).join('.');
  }
}
