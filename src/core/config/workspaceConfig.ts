/**
 * `.aws-field-guide.yaml`, the optional workspace file shared by the editor and the CLI:
 *
 *   rules:                       # per-rule severity: error | warning | info | hint | off
 *     s3-versioning-enabled: off
 *     iam-mfa-required: error
 *   ignore:                      # .gitignore-style paths, relative to this file's folder
 *     - legacy/
 *     - "**\/*.generated.yaml"
 *   language: ko                 # optional: en | ko (the CLI's default --language)
 *
 * Every problem is reported with its line and column; a bad entry is skipped, the rest still
 * applies, so a typo never turns linting off silently.
 */
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node, type Pair } from 'yaml';
import type { Severity } from '../rules/ruleTypes';
import type { SeveritySetting } from '../rules/engine';
import { emptyConfig, type WorkspaceConfig } from './configFile';

export { CONFIG_FILE_NAME, emptyConfig, type WorkspaceConfig } from './configFile';

export interface ConfigProblem {
  message: string;
  /** 0-based, like every position in the core. */
  line: number;
  character: number;
  severity: 'error' | 'warning';
}

export interface ConfigResult {
  config: WorkspaceConfig;
  problems: ConfigProblem[];
}

const SEVERITY_SETTINGS: readonly SeveritySetting[] = ['error', 'warning', 'info', 'hint', 'off'];
const TOP_KEYS = ['rules', 'ignore', 'language'];

/** Parses and validates the file's text. `knownRuleIds` turns unknown ids into warnings (a typo would otherwise do nothing). */
export function parseWorkspaceConfig(text: string, knownRuleIds?: ReadonlySet<string>): ConfigResult {
  const config = emptyConfig();
  const problems: ConfigProblem[] = [];
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  const at = (offset: number | undefined, message: string, severity: 'error' | 'warning' = 'error') => {
    const p = lines.linePos(offset ?? 0);
    problems.push({ message, line: p.line - 1, character: p.col - 1, severity });
  };
  for (const e of doc.errors) at(e.pos[0], e.message.split('\n')[0]);
  if (doc.errors.length > 0) return { config, problems };
  // toJS is never called, so aliases are not expanded (no alias bomb).
  const root = doc.contents;
  if (root === null || (isScalar(root) && (root.value === null || root.value === ''))) return { config, problems };
  if (!isMap(root)) {
    at(root.range?.[0], 'the file must be a map with the keys rules, ignore and language');
    return { config, problems };
  }
  for (const pair of root.items as Pair<Node, Node>[]) {
    const key = isScalar(pair.key) ? String(pair.key.value) : undefined;
    const keyOffset = pair.key?.range?.[0];
    const value = pair.value;
    if (key === 'rules') readRules(value, config, at, knownRuleIds, keyOffset);
    else if (key === 'ignore') readIgnore(value, config, at, keyOffset);
    else if (key === 'language') {
      const v = isScalar(value) ? value.value : undefined;
      if (v === 'en' || v === 'ko') config.language = v;
      else at(value?.range?.[0] ?? keyOffset, 'language must be "en" or "ko"');
    } else at(keyOffset, `unknown key "${key}" (expected one of: ${TOP_KEYS.join(', ')})`, 'warning');
  }
  return { config, problems };
}

type At = (offset: number | undefined, message: string, severity?: 'error' | 'warning') => void;

function readRules(value: Node | null, config: WorkspaceConfig, at: At, known: ReadonlySet<string> | undefined, keyOffset: number | undefined): void {
  if (value === null || (isScalar(value) && value.value === null)) return;
  if (!isMap(value)) {
    at(value.range?.[0] ?? keyOffset, 'rules must be a map of rule id → error | warning | info | hint | off');
    return;
  }
  for (const pair of value.items as Pair<Node, Node>[]) {
    const id = isScalar(pair.key) ? String(pair.key.value) : undefined;
    if (!id) {
      at(pair.key?.range?.[0] ?? keyOffset, 'a rule id must be a plain string');
      continue;
    }
    const v = pair.value;
    // `off` and `false` both disable; YAML 1.2 reads `off` as a string, YAML 1.1 users write `false`.
    const raw = isScalar(v) ? (v.value === false ? 'off' : v.value) : undefined;
    const severity = typeof raw === 'string' ? raw.toLowerCase() : undefined;
    if (!severity || !SEVERITY_SETTINGS.includes(severity as SeveritySetting)) {
      at(v?.range?.[0] ?? pair.key.range?.[0], `rule "${id}": severity must be one of ${SEVERITY_SETTINGS.join(', ')}`);
      continue;
    }
    if (known && !known.has(id)) at(pair.key.range?.[0], `unknown rule "${id}"`, 'warning');
    config.rules[id] = severity as Severity | 'off';
  }
}

function readIgnore(value: Node | null, config: WorkspaceConfig, at: At, keyOffset: number | undefined): void {
  if (value === null || (isScalar(value) && value.value === null)) return;
  if (!isSeq(value)) {
    at(value.range?.[0] ?? keyOffset, 'ignore must be a list of paths (.gitignore style)');
    return;
  }
  for (const item of value.items as Node[]) {
    if (isScalar(item) && typeof item.value === 'string' && item.value.trim()) config.ignore.push(item.value);
    else at(item?.range?.[0] ?? keyOffset, 'each ignore entry must be a non-empty string');
  }
}

/** `file:line:col: severity: message`, 1-based for people. */
export function formatConfigProblem(file: string, p: ConfigProblem): string {
  return `${file}:${p.line + 1}:${p.character + 1}: ${p.severity}: ${p.message}`;
}
