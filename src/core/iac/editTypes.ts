/**
 * What a quick fix asks a format's edit helpers for. Values are plain data; each format renders
 * them in its own syntax, with the file's own indentation, quoting and key style.
 */
import type { TextEdit } from '../model/edits';
import type { ParsedDocument, Resource } from '../model/types';

/** A reference to another resource / variable, rendered per format (`!Ref X`, `{"Ref": "X"}`, `aws_x.y.id`, a CDK variable). */
export interface RefInput {
  $ref: string;
  attribute?: string;
}

/** Source text inserted as is, for expressions the caller has already written in the target syntax. */
export interface RawInput {
  $raw: string;
}

export type EditValue = string | number | boolean | null | EditValue[] | { [key: string]: EditValue } | RefInput | RawInput;

export function isRef(v: EditValue): v is RefInput {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && typeof (v as RefInput).$ref === 'string';
}

export function isRaw(v: EditValue): v is RawInput {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && typeof (v as RawInput).$raw === 'string';
}

export interface EditTarget {
  text: string;
  doc: ParsedDocument;
}

export interface NewResource {
  /** The type in the target format (`AWS::IAM::Policy`, `aws_iam_policy`, `iam.Policy`). */
  type: string;
  /** Logical id / Terraform name / CDK construct id. */
  name: string;
  properties: { [key: string]: EditValue };
}

/** Every format implements these; each returns edits, or [] when the change would not be safe. */
export interface FormatEdits {
  /** Replace the value at `path` (dotted, from the resource's properties). */
  setValue(target: EditTarget, resource: Resource, path: string, value: EditValue): TextEdit[];
  /** Insert a property at `path`, creating missing parent maps / blocks; replaces the value if it exists. */
  insertProperty(target: EditTarget, resource: Resource, path: string, value: EditValue): TextEdit[];
  /** Remove the property at `path` (and nothing else). */
  removeProperty(target: EditTarget, resource: Resource, path: string): TextEdit[];
  /** Add a new resource after `after` (or at the end of the resources). */
  addResource(target: EditTarget, resource: NewResource, after?: Resource): TextEdit[];
}
