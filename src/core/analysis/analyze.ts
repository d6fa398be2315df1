/**
 * Text → model → findings for one file, the path every consumer takes (CLI, editor, benchmarks),
 * so they cannot disagree. Bad input never throws: a file that is too big or not text comes back
 * with one clear problem instead of a model.
 */
import { parseDocument, type ParseInput } from '../iac/parseDocument';
import type { ParsedDocument } from '../model/types';
import { lint, type LintOptions, type LintResult } from '../rules/engine';

export const DEFAULT_MAX_FILE_BYTES = 5 * 1024 * 1024;

export interface AnalyzeOptions extends Omit<LintOptions, 'rules'>, Partial<Pick<LintOptions, 'rules'>> {
  maxFileBytes?: number;
}

export interface FileAnalysis {
  doc: ParsedDocument | undefined;
  lint: LintResult;
  /** Why the file was not analysed (too big, binary); undefined when it was. */
  skipped?: string;
}

const EMPTY: LintResult = Object.freeze({ findings: [], suppressed: [], ruleErrors: [] }) as unknown as LintResult;

/** Whether the text looks like a binary file (a NUL in its first 8 KB). */
export function looksBinary(text: string): boolean {
  return text.slice(0, 8192).includes('\u0000');
}

export async function analyzeText(text: string, input: ParseInput, options: AnalyzeOptions): Promise<FileAnalysis> {
  const max = options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
  // UTF-16 length is a lower bound of the UTF-8 size and free to compute.
  if (text.length > max) return { doc: undefined, lint: EMPTY, skipped: `larger than the ${formatBytes(max)} size limit` };
  if (looksBinary(text)) return { doc: undefined, lint: EMPTY, skipped: 'binary file' };
  const doc = await parseDocument(text, input);
  const rules = options.rules ?? (require('../rules/index') as typeof import('../rules/index')).RULES;
  return { doc, lint: lint(doc, text, { ...options, rules }) };
}

export function formatBytes(n: number): string {
  return n >= 1024 * 1024 ? `${+(n / 1024 / 1024).toFixed(1)} MB` : `${Math.round(n / 1024)} KB`;
}
