/**
 * Build-time validation of knowledge topic files. Turns YAML + JSON Schema problems into
 * `file:line:col` messages so a bad entry is easy to find. Runs in the build and in unit tests,
 * never at extension run time (the extension loads the baked JSON).
 */
import Ajv, { type ErrorObject } from 'ajv';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import { TOPIC_KEY_ORDER, type Topic } from './types';

export interface SourceFile {
  /** Path relative to the knowledge folder, e.g. `storage/s3.yaml` (forward slashes). */
  path: string;
  text: string;
}

export interface Problem {
  file: string;
  line: number; // 1-based, for humans and editors' problem matchers
  column: number; // 1-based
  message: string;
}

export interface ValidationResult {
  topics: Topic[];
  problems: Problem[];
}

export interface ValidateOptions {
  /** Rule ids that exist; a topic's `rules` must name only these. */
  knownRuleIds: ReadonlySet<string>;
}

/** Longest English summary that still reads as a hover paragraph. */
export const MAX_SUMMARY_CHARS = 520;

export function formatProblem(p: Problem): string {
  return `${p.file}:${p.line}:${p.column}: ${p.message}`;
}

export function validateKnowledge(
  files: readonly SourceFile[],
  schema: object,
  options: ValidateOptions,
): ValidationResult {
  const ajv = new Ajv({ allErrors: true, strict: false });
  const validateSchema = ajv.compile(schema);
  const problems: Problem[] = [];
  const topics: Topic[] = [];
  const parsed: { file: SourceFile; doc: Document; lines: LineCounter; topic: Topic }[] = [];

  for (const file of files) {
    const lines = new LineCounter();
    const doc = parseDocument(file.text, { lineCounter: lines, prettyErrors: false });
    const at = (offset: number, message: string) => {
      const pos = lines.linePos(offset);
      problems.push({ file: file.path, line: pos.line, column: pos.col, message });
    };
    if (doc.errors.length > 0) {
      for (const e of doc.errors) at(e.pos[0], `YAML: ${e.message.split('\n')[0]}`);
      continue;
    }
    const value = doc.toJS() as unknown;
    if (!validateSchema(value)) {
      for (const err of validateSchema.errors ?? []) {
        const node = nodeAtPointer(doc, err.instancePath);
        at(node?.range?.[0] ?? 0, describeAjvError(err));
      }
      continue;
    }
    const topic = value as Topic;
    const keyOffset = (key: string) => {
      const root = doc.contents;
      if (isMap(root)) {
        const pair = root.items.find(p => isScalar(p.key) && p.key.value === key);
        if (pair && isScalar(pair.key)) return pair.key.range?.[0] ?? 0;
      }
      return 0;
    };

    const expectedId = file.path.replace(/^.*\//, '').replace(/\.yaml$/, '');
    const expectedCategory = file.path.includes('/') ? file.path.split('/')[0] : undefined;
    if (topic.id !== expectedId) at(keyOffset('id'), `id "${topic.id}" must equal the file name "${expectedId}"`);
    if (expectedCategory && topic.category !== expectedCategory) {
      at(keyOffset('category'), `category "${topic.category}" must equal the folder "${expectedCategory}"`);
    }
    const order = Object.keys(topic).map(k => TOPIC_KEY_ORDER.indexOf(k as keyof Topic));
    for (let i = 1; i < order.length; i++) {
      if (order[i] < order[i - 1]) {
        const key = Object.keys(topic)[i];
        at(keyOffset(key), `key "${key}" is out of order; expected order: ${TOPIC_KEY_ORDER.join(', ')}`);
        break;
      }
    }
    if (topic.summary.en.length > MAX_SUMMARY_CHARS) {
      at(keyOffset('summary'), `summary.en has ${topic.summary.en.length} characters; keep it under ${MAX_SUMMARY_CHARS} (it is shown in hovers)`);
    }
    if (!/[\uAC00-\uD7A3]/.test(topic.summary.ko) || !/[\uAC00-\uD7A3]/.test(topic.body.ko) || !/[\uAC00-\uD7A3]/.test(topic.title.ko)) {
      at(keyOffset('body'), 'title.ko, summary.ko and body.ko must be written in Korean');
    }
    if (topic.related.includes(topic.id)) at(keyOffset('related'), 'a topic must not list itself as related');
    for (const rule of topic.rules ?? []) {
      if (!options.knownRuleIds.has(rule)) at(keyOffset('rules'), `unknown rule id "${rule}"`);
    }
    parsed.push({ file, doc, lines, topic });
    topics.push(topic);
  }

  const ids = new Map<string, string>();
  for (const { file, topic } of parsed) {
    const other = ids.get(topic.id);
    if (other) problems.push({ file: file.path, line: 1, column: 1, message: `duplicate id "${topic.id}" (also in ${other})` });
    ids.set(topic.id, file.path);
  }
  for (const { file, doc, lines, topic } of parsed) {
    topic.related.forEach((rel, i) => {
      if (!ids.has(rel)) {
        const node = nodeAtPointer(doc, `/related/${i}`);
        const pos = lines.linePos(node?.range?.[0] ?? 0);
        problems.push({ file: file.path, line: pos.line, column: pos.col, message: `related topic "${rel}" does not exist` });
      }
    });
  }
  return { topics, problems };
}

/** Finds the YAML node an ajv `instancePath` (JSON pointer) points at, or its nearest parent. */
function nodeAtPointer(doc: Document, pointer: string): Node | undefined {
  let node: unknown = doc.contents;
  const parts = pointer.split('/').slice(1).map(p => p.replace(/~1/g, '/').replace(/~0/g, '~'));
  for (const part of parts) {
    if (isMap(node)) {
      const pair = node.items.find(p => isScalar(p.key) && String(p.key.value) === part);
      if (!pair) break;
      node = pair.value ?? pair.key;
    } else if (isSeq(node)) {
      const next = node.items[Number(part)];
      if (next === undefined) break;
      node = next;
    } else {
      break;
    }
  }
  return node as Node | undefined;
}

function describeAjvError(err: ErrorObject): string {
  const where = err.instancePath || '(root)';
  if (err.keyword === 'additionalProperties') {
    return `${where}: unknown key "${(err.params as { additionalProperty: string }).additionalProperty}"`;
  }
  if (err.keyword === 'enum') {
    return `${where}: ${err.message} (${(err.params as { allowedValues: unknown[] }).allowedValues.join(', ')})`;
  }
  return `${where}: ${err.message}`;
}
