/**
 * A fix that adds several keys to one map (`MfaConfiguration` and `EnabledMfas`, four password
 * settings) cannot ask the edit helpers for each key against the same text: every answer would
 * create the same missing parent, or insert at the same place with its own comma and alignment.
 * Here each step sees the text the previous steps left, re-read synchronously, and the result is
 * one edit over the changed span.
 */
import type { EditTarget } from '../../iac/editTypes';
import { applyEdits, type TextEdit } from '../../model/edits';
import { LineIndex } from '../../model/lineIndex';
import type { ParsedDocument, Resource, Syntax } from '../../model/types';
import type { RuleContext } from '../ruleTypes';

export type EditStep = (target: EditTarget, resource: Resource) => TextEdit[];

/** The model of `text` in the same syntax, for the next step (undefined: cannot re-read it here). */
function reread(syntax: Syntax, text: string, previous: ParsedDocument): ParsedDocument | undefined {
  switch (syntax) {
    case 'yaml':
      return (require('../../iac/cloudformation/yaml') as typeof import('../../iac/cloudformation/yaml')).parseCloudFormationYaml(text);
    case 'json':
      return (require('../../iac/cloudformation/json') as typeof import('../../iac/cloudformation/json')).parseCloudFormationJson(text);
    case 'typescript':
      return (require('../../iac/cdk/typescript') as typeof import('../../iac/cdk/typescript')).parseCdkTypeScript(text);
    case 'hcl': {
      // The model is read from the text alone (tree-sitter only reports syntax errors).
      const { TerraformReader } = require('../../iac/terraform/reader') as typeof import('../../iac/terraform/reader');
      const resources = new TerraformReader(text).readAll().flatMap(b => (b.resource ? [b.resource] : []));
      return { ...previous, resources, links: [] };
    }
    case 'python':
      // The Python edit helpers re-scan the text and locate the call by where its callee starts,
      // which edits inside the call do not move: the previous model still serves.
      return previous;
  }
}

/** The same block in the re-read model: same name, type and role, and the same place among its namesakes (an added import moves lines). */
function sameResource(before: ParsedDocument, after: ParsedDocument, r: Resource): Resource | undefined {
  const like = (x: Resource) => x.name === r.name && x.type === r.type && x.role === r.role;
  const namesakes = before.resources.filter(like);
  const again = after.resources.filter(like);
  return namesakes.length === again.length ? again[namesakes.indexOf(r)] : undefined;
}

/** The steps applied one after another, as one edit; [] when any step cannot be done safely. */
export function sequenceEdits(context: RuleContext, resource: Resource, steps: readonly EditStep[]): TextEdit[] {
  let text = context.text;
  let doc = context.doc;
  let current: Resource | undefined = resource;
  for (let i = 0; i < steps.length; i++) {
    if (i > 0) {
      const next = reread(context.syntax, text, doc);
      current = next && sameResource(doc, next, current!);
      if (!next || !current || next.parseErrors.length > context.doc.parseErrors.length) return [];
      doc = next;
    }
    const edits = steps[i]({ text, doc }, current!);
    if (edits.length === 0) return [];
    text = applyEdits(text, edits);
  }
  return [spanEdit(context.text, text)];
}

/** One edit that turns `before` into `after`: the span between their common prefix and suffix. */
export function spanEdit(before: string, after: string): TextEdit {
  let start = 0;
  const max = Math.min(before.length, after.length);
  while (start < max && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  let end = 0;
  while (end < max - start && before.charCodeAt(before.length - 1 - end) === after.charCodeAt(after.length - 1 - end)) end++;
  // Never split a \r\n pair: a position between them is not a place in the editor.
  if (start > 0 && before.charCodeAt(start - 1) === 13 && before.charCodeAt(start) === 10) start--;
  if (end > 0 && before.charCodeAt(before.length - end - 1) === 13 && before.charCodeAt(before.length - end) === 10) end--;
  return { range: new LineIndex(before).range(start, before.length - end), newText: after.slice(start, after.length - end) };
}
