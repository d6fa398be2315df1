/**
 * The path a quick fix hands to the edit helpers, spelled the way the file spells it. Steps that
 * exist keep the key exactly as written (the edit helpers match keys literally, and a CDK Python
 * dict keeps its own keys). Missing steps get the key style of the construct:
 * CloudFormation PascalCase, Terraform snake_case, CDK L1 camelCase (`MultiAZ` → `multiAz`, as
 * jsii names it), CDK L2 camelCase in TypeScript and snake_case in Python (an L2 struct passed as
 * a dict is rebuilt with keyword arguments, so its keys must be the Python names).
 */
import { snakeCase } from '../../iac/cdk/cdkCommon';
import type { EditValue } from '../../iac/editTypes';
import type { Property, Resource } from '../../model/types';
import { isCdkL1, type FixDescriptor, type RuleContext } from '../ruleTypes';
import { normKey } from './properties';

/** jsii's camelCase of a CloudFormation name: `MultiAZ` → `multiAz`, `KMSKeyId` → `kmsKeyId`. */
export function jsiiCamel(name: string): string {
  const words = name.match(/[A-Z]+(?=[A-Z][a-z])|[A-Z]?[a-z0-9]+|[A-Z]+|[0-9]+/g) ?? [name];
  return words.map((w, i) => (i === 0 ? w.toLowerCase() : w.charAt(0).toUpperCase() + w.slice(1).toLowerCase())).join('');
}

function styled(resource: Resource, step: string): string {
  switch (resource.format) {
    case 'cloudformation':
      return step;
    case 'terraform':
      return snakeCase(step);
    case 'cdk-typescript':
      return jsiiCamel(step);
    case 'cdk-python':
      return isCdkL1(resource) ? jsiiCamel(step) : snakeCase(jsiiCamel(step));
  }
}

/**
 * `cfnPath` is dotted and may be written in any style (`PointInTimeRecoverySpecification.PointInTimeRecoveryEnabled`,
 * `backup.retention`); steps into lists are not supported.
 */
export function fixPath(resource: Resource, cfnPath: string): string {
  let properties: readonly Property[] = resource.properties;
  let missing = false;
  const out: string[] = [];
  for (const step of cfnPath.split('.')) {
    const found = missing ? undefined : properties.find(p => normKey(p.key) === normKey(step));
    if (found) {
      out.push(found.key);
      properties = found.value.kind === 'map' ? found.value.properties : [];
    } else {
      missing = true;
      out.push(styled(resource, step));
    }
  }
  return out.join('.');
}

/** A fix that writes `value` at `path` (inserting it, or replacing what is there). */
export function writeFix(context: RuleContext, resource: Resource, path: string, value: EditValue, messageId = 'fix'): FixDescriptor {
  return {
    messageId,
    edits: () => context.edits.insertProperty({ text: context.text, doc: context.doc }, resource, fixPath(resource, path), value),
  };
}
