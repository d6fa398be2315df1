/**
 * Runs the rules over one parsed document: each rule sees the resources of the kinds it asks for
 * (and, through the context, the whole model for links), reports findings, and the engine applies
 * severities, suppressions and the requested language. Plain data in, plain data out.
 */
import type { FormatEdits } from '../iac/editTypes';
import type { TextEdit } from '../model/edits';
import type { ParsedDocument, Resource, SourceRange, Syntax } from '../model/types';
import {
  familyOf,
  formatMessage,
  type FormatFamily,
  type Finding,
  type FixDescriptor,
  type FixResult,
  type Language,
  type ReportDescriptor,
  type RuleContext,
  type RuleMeta,
  type RuleModule,
  type Severity,
} from './ruleTypes';
import { commentPrefixes, findSuppressionComments, metadataSuppressions, SUPPRESSION_RULE, type Suppression } from './suppressions';

export type SeveritySetting = Severity | 'off';

export interface LintOptions {
  /** The rules to run (the registry by default, see index.ts). */
  rules: readonly RuleModule[];
  language?: Language;
  /** Per-rule severity from settings or `.aws-field-guide.yaml`; `off` disables the rule. */
  severityOf?: (ruleId: string) => SeveritySetting | undefined;
  /**
   * Build the fix edits now (tests, `--fix`-style callers), `lazy` to build them on request with
   * `resolveFixes(finding)` (the editor: a 1 MB template can have thousands of fixable findings, and
   * only the ones someone looks at need edits), or not at all (the CLI only says a fix exists).
   * Default true.
   */
  computeFixes?: boolean | 'lazy';
  /** YYYY-MM-DD; defaults to the current UTC date. */
  today?: string;
}

export interface SuppressedFinding {
  finding: Finding;
  suppression: Suppression;
}

export interface LintResult {
  findings: Finding[];
  suppressed: SuppressedFinding[];
  /** A rule that threw: reported, never fatal to the other rules. */
  ruleErrors: { ruleId: string; resource: string; message: string }[];
}

/** The edit helpers of a syntax, required on first use (the TypeScript ones pull in the compiler). */
export function editsFor(syntax: Syntax): FormatEdits {
  switch (syntax) {
    case 'yaml':
    case 'json':
      return (require('../iac/cloudformation/edits') as typeof import('../iac/cloudformation/edits')).cloudFormationEdits;
    case 'hcl':
      return (require('../iac/terraform/edits') as typeof import('../iac/terraform/edits')).terraformEdits;
    case 'typescript':
      return (require('../iac/cdk/typescriptEdits') as typeof import('../iac/cdk/typescriptEdits')).cdkTypeScriptEdits;
    case 'python':
      return (require('../iac/cdk/pythonEdits') as typeof import('../iac/cdk/pythonEdits')).cdkPythonEdits;
  }
}

export function todayUtc(): string {
  return new Date().toISOString().slice(0, 10);
}

/** Rules by the kinds they apply to, built once per rule list. */
const indexCache = new WeakMap<readonly RuleModule[], { byKind: Map<string, RuleModule[]>; everywhere: RuleModule[] }>();

function indexRules(rules: readonly RuleModule[]) {
  let index = indexCache.get(rules);
  if (!index) {
    const byKind = new Map<string, RuleModule[]>();
    const everywhere: RuleModule[] = [];
    for (const rule of rules) {
      for (const kind of rule.meta.appliesTo) {
        if (kind === '*') everywhere.push(rule);
        else byKind.set(kind, [...(byKind.get(kind) ?? []), rule]);
      }
    }
    index = { byKind, everywhere };
    indexCache.set(rules, index);
  }
  return index;
}

export function lint(doc: ParsedDocument, text: string, options: LintOptions): LintResult {
  const result: LintResult = { findings: [], suppressed: [], ruleErrors: [] };
  if (!doc.format || !doc.syntax || doc.resources.length === 0) return result;
  const language = options.language ?? 'en';
  const today = options.today ?? todayUtc();
  const computeFixes = options.computeFixes ?? true;
  const { byKind, everywhere } = indexRules(options.rules);
  const raw: Finding[] = [];

  // One context per rule for the whole document (the resource being checked is swapped in): a
  // 1 MB template has thousands of resources, and a context per check was mostly garbage.
  const syntax = doc.syntax;
  let edits: FormatEdits | undefined;
  const contexts = new Map<RuleModule, { context: RuleContext; setResource(r: Resource): void } | null>();
  const contextOf = (rule: RuleModule) => {
    let entry = contexts.get(rule);
    if (entry === undefined) {
      const { meta } = rule;
      const configured = options.severityOf?.(meta.id);
      if (configured === 'off') entry = null;
      else {
        let current: Resource | undefined;
        const context: RuleContext = {
          doc,
          text,
          format: doc.format!,
          syntax,
          get edits() {
            return (edits ??= editsFor(syntax));
          },
          today,
          // A configured severity wins over the rule's own choice for this finding.
          report: d => raw.push(toFinding(meta, d, d.resource ?? current!, language, computeFixes, configured ?? d.severity ?? meta.defaultSeverity)),
        };
        entry = { context, setResource: r => (current = r) };
      }
      contexts.set(rule, entry);
    }
    return entry;
  };
  const run = (rule: RuleModule, resource: Resource, family: FormatFamily) => {
    const { meta } = rule;
    const everywhere = meta.appliesTo.includes('*');
    if (!everywhere && !meta.formats.includes(family)) return;
    if (!everywhere && resource.role !== 'resource' && resource.role !== 'data') return;
    const entry = contextOf(rule);
    if (!entry) return;
    entry.setResource(resource);
    try {
      rule.check(resource, entry.context);
    } catch (e) {
      result.ruleErrors.push({ ruleId: meta.id, resource: resource.name, message: e instanceof Error ? e.message : String(e) });
    }
  };

  for (const resource of doc.resources) {
    const family = familyOf(resource);
    for (const rule of everywhere) run(rule, resource, family);
    const forKind = byKind.get(resource.kind);
    if (forKind) for (const rule of forKind) run(rule, resource, family);
  }

  applySuppressions(doc, text, raw, result, options, language, today);
  result.findings.sort(byPosition);
  return result;
}

/** The fixes of findings linted with `computeFixes: 'lazy'`, built on first request. */
const lazyFixes = new WeakMap<Finding, () => Pick<Finding, 'fix' | 'suggestions'>>();

/** The fix and suggestions of a finding from a lazy lint (its own `fix` otherwise). */
export function resolveFixes(finding: Finding): Pick<Finding, 'fix' | 'suggestions'> {
  const build = lazyFixes.get(finding);
  if (!build) return { fix: finding.fix, suggestions: finding.suggestions };
  const built = build();
  lazyFixes.delete(finding);
  finding.fix = built.fix;
  finding.suggestions = built.suggestions;
  return built;
}

function toFinding(meta: RuleMeta, d: ReportDescriptor, resource: Resource, language: Language, computeFixes: boolean | 'lazy', severity: Severity): Finding {
  const message = (id: string, data: ReportDescriptor['data']) => {
    const m = meta.messages[id];
    if (!m) throw new Error(`rule ${meta.id} reported unknown messageId "${id}"`);
    return formatMessage(m[language], data);
  };
  const build = (f: FixDescriptor): FixResult | undefined => {
    let edits: TextEdit[];
    try {
      edits = f.edits();
    } catch {
      return undefined; // an edit helper that cannot do it safely gives no fix, never a broken one
    }
    return edits.length > 0 ? { title: message(f.messageId, f.data), edits } : undefined;
  };
  const now = computeFixes === true;
  const finding: Finding = {
    ruleId: meta.id,
    messageId: d.messageId,
    severity,
    message: message(d.messageId, d.data),
    range: d.range,
    resource: { type: resource.type, address: resource.name, kind: resource.kind, range: resource.range, typeRange: resource.typeRange },
    knowledge: meta.knowledge,
    fixable: d.fix !== undefined,
    fix: now && d.fix ? build(d.fix) : undefined,
    suggestions: now && d.suggest ? d.suggest.map(build).filter((f): f is FixResult => f !== undefined) : [],
    related: (d.related ?? []).map(r => ({ range: r.range, message: message(r.messageId, r.data) })),
  };
  if (computeFixes === 'lazy' && (d.fix || d.suggest?.length)) {
    lazyFixes.set(finding, () => ({
      fix: d.fix ? build(d.fix) : undefined,
      suggestions: (d.suggest ?? []).map(build).filter((f): f is FixResult => f !== undefined),
    }));
  }
  return finding;
}

/** Lines whose suppression comments can apply to a finding that starts at `line`. */
function* candidateLines(lines: readonly string[], line: number, prefixes: readonly string[]): Generator<number> {
  yield line; // a trailing comment on the line itself
  for (let l = line - 1; l >= 0; l--) {
    const t = lines[l]?.trim() ?? '';
    if (!prefixes.some(p => t.startsWith(p))) break; // only the comment block directly above
    yield l;
  }
}

function applySuppressions(
  doc: ParsedDocument,
  text: string,
  raw: Finding[],
  result: LintResult,
  options: LintOptions,
  language: Language,
  today: string,
): void {
  const comments = findSuppressionComments(text, doc.syntax);
  const hasMetadata = doc.format === 'cloudformation' && doc.resources.some(r => r.metadata);
  const known = new Set(options.rules.map(r => r.meta.id));
  const hygiene: { suppression: Suppression; messageId: string; data: Record<string, string> }[] = [];
  const reported = new Set<Suppression>();
  const check = (s: Suppression): boolean => {
    if (reported.has(s)) return s.malformed === undefined && !(s.until !== undefined && s.until < today);
    reported.add(s);
    const rules = s.ruleIds.join(', ');
    if (s.malformed) {
      hygiene.push({ suppression: s, messageId: 'malformed', data: { problem: s.malformed } });
      return false;
    }
    const unknown = s.ruleIds.filter(id => !known.has(id));
    if (unknown.length > 0) hygiene.push({ suppression: s, messageId: 'unknownRule', data: { rules: unknown.join(', ') } });
    if (s.until !== undefined && s.until < today) {
      hygiene.push({ suppression: s, messageId: 'expired', data: { rules, until: s.until } });
      return false;
    }
    if (!s.reason) hygiene.push({ suppression: s, messageId: 'missingReason', data: { rules } });
    return true;
  };
  // Every suppression is checked, even one that silences nothing today.
  for (const s of comments.values()) check(s);
  const metadataOf = new Map<string, Suppression[]>();
  if (hasMetadata) {
    for (const r of doc.resources) {
      const list = metadataSuppressions(r);
      if (list.length > 0) metadataOf.set(r.name, list);
      list.forEach(check);
    }
  }

  if (raw.length > 0 && (comments.size > 0 || metadataOf.size > 0)) {
    const lines = comments.size > 0 ? text.split(/\r\n|\r|\n/) : [];
    const prefixes = commentPrefixes(doc.syntax);
    for (const f of raw) {
      const applies = (s: Suppression | undefined) => s !== undefined && s.ruleIds.includes(f.ruleId) && check(s);
      let by: Suppression | undefined = metadataOf.get(f.resource.address)?.find(applies);
      if (!by && comments.size > 0) {
        for (const start of new Set([f.resource.range.start.line, f.range.start.line])) {
          for (const l of candidateLines(lines, start, prefixes)) {
            const s = comments.get(l);
            if (s && (l !== start || s.trailing) && applies(s)) {
              by = s;
              break;
            }
          }
          if (by) break;
        }
      }
      if (by) result.suppressed.push({ finding: f, suppression: by });
      else result.findings.push(f);
    }
  } else {
    result.findings.push(...raw);
  }

  const severity = options.severityOf?.(SUPPRESSION_RULE.id) ?? SUPPRESSION_RULE.defaultSeverity;
  if (severity === 'off') return;
  for (const h of hygiene) {
    result.findings.push({
      ruleId: SUPPRESSION_RULE.id,
      messageId: h.messageId,
      severity,
      message: formatMessage(SUPPRESSION_RULE.messages[h.messageId][language], h.data),
      range: h.suppression.range,
      resource: { type: '', address: '', kind: '', range: h.suppression.range, typeRange: h.suppression.range },
      knowledge: [],
      fixable: false,
      suggestions: [],
      related: [],
    });
  }
}

function byPosition(a: { range: SourceRange; ruleId: string }, b: { range: SourceRange; ruleId: string }): number {
  return (
    a.range.start.line - b.range.start.line ||
    a.range.start.character - b.range.start.character ||
    (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0)
  );
}
