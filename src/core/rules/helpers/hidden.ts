/**
 * Properties a rule cannot see: a CDK spread (`{ ...props }`, `**kwargs`) or CloudFormation
 * `Properties` written as an intrinsic (`!If`, `Fn::Transform`) appear in the model as one `...`
 * entry. What is missing may be in there, and a spread written after a property may override it.
 */
import type { Property, Resource, Value } from '../../model/types';

function entries(owner: Resource | Value | undefined): readonly Property[] {
  if (!owner) return [];
  if ('properties' in owner && Array.isArray(owner.properties)) return owner.properties;
  return [];
}

/** Whether the resource (or a map value) has properties we cannot see into. */
export function hasHidden(owner: Resource | Value | undefined): boolean {
  return entries(owner).some(p => p.key === '...');
}

/** Whether a spread written after `property` in the same map may replace its value. */
export function mayBeOverridden(owner: Resource | Value | undefined, property: Property): boolean {
  const list = entries(owner);
  const at = list.indexOf(property);
  return at >= 0 && list.slice(at + 1).some(p => p.key === '...');
}
