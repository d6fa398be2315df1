/**
 * The one resource model every format parses into (DESIGN.md, "Common model"). Plain data with
 * exact source ranges: 0-based line and UTF-16 column, like `vscode.Position`.
 */

export type IacFormat = 'cloudformation' | 'terraform' | 'cdk-typescript' | 'cdk-python';

export interface Position {
  line: number;
  character: number;
}

export interface SourceRange {
  start: Position;
  end: Position;
}

interface ValueBase {
  range: SourceRange;
}

/** A literal the author wrote. */
export interface StringValue extends ValueBase { kind: 'string'; value: string }
export interface NumberValue extends ValueBase { kind: 'number'; value: number }
export interface BooleanValue extends ValueBase { kind: 'boolean'; value: boolean }
export interface NullValue extends ValueBase { kind: 'null' }
export interface ListValue extends ValueBase { kind: 'list'; items: Value[] }
export interface MapValue extends ValueBase { kind: 'map'; properties: Property[] }
/**
 * A reference to another thing in the file: `!Ref Bucket`, `!GetAtt Role.Arn`,
 * `aws_s3_bucket.logs.id`, a CDK variable. `target` is that thing's name (logical id, Terraform
 * address, CDK variable) — or a parameter / variable / pseudo parameter that is not a resource.
 */
export interface ReferenceValue extends ValueBase { kind: 'reference'; target: string; attribute?: string; text: string }
/** A named constant whose meaning is known: a CDK enum member such as `s3.BlockPublicAccess.BLOCK_ALL`. */
export interface SymbolValue extends ValueBase { kind: 'symbol'; value: string }
/** An expression we do not evaluate (`!Sub`, `!If`, `"${var.x}-y"`, a function call). Rules stay silent on it. */
export interface UnknownValue extends ValueBase { kind: 'unknown'; text: string }

export type Value =
  | StringValue | NumberValue | BooleanValue | NullValue | ListValue | MapValue
  | ReferenceValue | SymbolValue | UnknownValue;

export interface Property {
  key: string;
  keyRange: SourceRange;
  value: Value;
  /** Key through value. */
  range: SourceRange;
}

/** What a top-level block is. CloudFormation resources and Terraform `resource` blocks are `resource`. */
export type BlockRole = 'resource' | 'data' | 'provider' | 'module' | 'variable' | 'locals' | 'output' | 'parameter';

/** A security-relevant method call on a CDK construct variable (`sg.addIngressRule(...)`). */
export interface MethodCall {
  method: string;
  arguments: Value[];
  range: SourceRange;
  nameRange: SourceRange;
}

export interface Resource {
  format: IacFormat;
  role: BlockRole;
  /** The type as written: `AWS::S3::Bucket`, `aws_s3_bucket`, `s3.Bucket`. */
  type: string;
  /** Normalized across formats: `aws.s3.bucket`. `unknown` when the type is not recognised. */
  kind: string;
  /** Logical id, Terraform address (`aws_s3_bucket.logs`), CDK construct id. */
  name: string;
  /** The CDK variable holding the construct, when there is one. */
  variable?: string;
  range: SourceRange;
  typeRange: SourceRange;
  nameRange: SourceRange;
  properties: Property[];
  /** CloudFormation only: the resource's `Metadata` map (suppressions live there). */
  metadata?: Property[];
  /** CDK only: method calls on this construct's variable. */
  calls: MethodCall[];
  /** Terraform meta-arguments and `dynamic` blocks that make the resource repeat or vary. */
  repeated?: 'count' | 'for_each';
}

/** `from` refers to `to` through the property at `path` (e.g. `NetworkAclId`, `bucket`). */
export interface Link {
  from: string;
  to: string;
  path: string;
  range: SourceRange;
}

export interface ParseError {
  message: string;
  range: SourceRange;
  severity: 'error' | 'warning';
}

/** The surface syntax, which edit helpers need (CloudFormation comes as YAML or JSON). */
export type Syntax = 'yaml' | 'json' | 'hcl' | 'typescript' | 'python';

export interface ParsedDocument {
  /** `undefined` when the file is none of the formats (then it has no resources). */
  format: IacFormat | undefined;
  syntax: Syntax | undefined;
  resources: Resource[];
  links: Link[];
  parseErrors: ParseError[];
}
