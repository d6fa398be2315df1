/**
 * The edit behind "Suppress '<rule>' for this resource…": a comment line above the resource in the
 * file's own comment syntax and indentation, or — for CloudFormation when preferred, and always
 * for JSON, which has no comments — a `Metadata: { aws-field-guide: { ignore, reason } }` entry.
 */
import type { TextEdit } from '../model/edits';
import { LineIndex } from '../model/lineIndex';
import type { ParsedDocument, Resource } from '../model/types';
import { commentPrefixes, SUPPRESSION_MARKER } from './suppressions';

export type SuppressionStyle = 'comment' | 'metadata';

export interface SuppressionRequest {
  ruleId: string;
  /** Logical id / address / construct id of the finding's resource. */
  resource: string;
  reason: string;
  until?: string;
  style?: SuppressionStyle;
}

/** One line, no comment terminator tricks: the reason is data, not syntax. */
function cleanReason(reason: string): string {
  return reason.replace(/[\r\n]+/g, ' ').replace(/\*\//g, '* /').trim();
}

export function suppressionEdits(text: string, doc: ParsedDocument, req: SuppressionRequest): TextEdit[] {
  const resource = doc.resources.find(r => r.name === req.resource);
  if (!resource || !doc.syntax) return [];
  const reason = cleanReason(req.reason);
  if (!reason) return [];
  const index = new LineIndex(text);
  if (doc.format === 'cloudformation' && (doc.syntax === 'json' || req.style === 'metadata')) {
    const edits = metadataEdits(text, index, doc.syntax, resource, req.ruleId, reason, req.until);
    if (edits.length > 0 || doc.syntax === 'json') return edits;
  }
  const line = resource.range.start.line;
  const lineText = index.lineText(line);
  const indent = /^[ \t]*/.exec(lineText)![0];
  const eol = /\r\n/.test(text) ? '\r\n' : '\n';
  const prefix = doc.syntax === 'hcl' ? (/^\s*\/\//m.test(text) && !/^\s*#/m.test(text) ? '//' : '#') : commentPrefixes(doc.syntax)[0];
  const until = req.until ? ` until=${req.until}` : '';
  return [{ range: { start: { line, character: 0 }, end: { line, character: 0 } }, newText: `${indent}${prefix} ${SUPPRESSION_MARKER} ${req.ruleId}${until} -- ${reason}${eol}` }];
}

function metadataEdits(text: string, index: LineIndex, syntax: 'yaml' | 'json' | string, resource: Resource, ruleId: string, reason: string, until: string | undefined): TextEdit[] {
  // An existing Metadata section is the author's: rewriting it safely is not a one-line edit.
  if (resource.metadata) return [];
  const typeLine = resource.typeRange.start.line;
  const lineText = index.lineText(typeLine);
  const indent = /^[ \t]*/.exec(lineText)![0];
  const eol = /\r\n/.test(text) ? '\r\n' : '\n';
  const end = { line: typeLine, character: resource.typeRange.end.character };
  if (syntax === 'json') {
    // Right after the Type string: `,` then our member keeps the object valid whether Type was last or not.
    const closing = text.charAt(index.offsetAt(end)) === '"' ? { line: end.line, character: end.character + 1 } : end;
    const entry = { ignore: [ruleId], reason, ...(until ? { until } : {}) };
    return [{ range: { start: closing, end: closing }, newText: `,${eol}${indent}"Metadata": ${JSON.stringify({ 'aws-field-guide': entry })}` }];
  }
  if (!/^\s*Type\s*:/.test(lineText) || resource.typeRange.start.line !== resource.typeRange.end.line) return [];
  const step = indent.includes('\t') ? '\t' : '  ';
  const q = (s: string) => JSON.stringify(s);
  const lines = [`${indent}Metadata:`, `${indent}${step}aws-field-guide:`, `${indent}${step}${step}ignore: [${ruleId}]`, `${indent}${step}${step}reason: ${q(reason)}`];
  if (until) lines.push(`${indent}${step}${step}until: ${q(until)}`);
  const at = { line: typeLine + 1, character: 0 };
  // The last line of the file may have no line break.
  if (typeLine + 1 >= index.lineCount || index.offsetAt(at) === text.length && !/\n$/.test(text)) {
    return [{ range: { start: { line: typeLine, character: lineText.length }, end: { line: typeLine, character: lineText.length } }, newText: `${eol}${lines.join(eol)}` }];
  }
  return [{ range: { start: at, end: at }, newText: `${lines.join(eol)}${eol}` }];
}
