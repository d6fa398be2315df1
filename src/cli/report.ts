/** What `lint` found in one file, before it is printed in one of the output formats. */
import type { IacFormat, ParseError } from '../core/model/types';
import type { SuppressedFinding } from '../core/rules/engine';
import type { Finding, Severity } from '../core/rules/ruleTypes';

export interface FileReport {
  /** Relative to the current folder, `/`-separated. */
  path: string;
  format: IacFormat | null;
  /** Parse errors; a file that could not be read or was skipped has one saying why. */
  parseErrors: ParseError[];
  findings: Finding[];
  suppressed: SuppressedFinding[];
}

export const SEVERITY_RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1, hint: 0 };

export function atOrAbove(severity: Severity, threshold: Severity): boolean {
  return SEVERITY_RANK[severity] >= SEVERITY_RANK[threshold];
}

/** A file-level problem (unreadable, binary, too big) as a parse error at the top of the file. */
export function fileProblem(message: string, severity: 'error' | 'warning' = 'error'): ParseError {
  return { message, severity, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } } };
}
