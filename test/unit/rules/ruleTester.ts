/**
 * A rule tester in the manner of eslint's RuleTester: valid cases must stay silent, invalid cases
 * must report exactly the listed findings (message id and range), and the text after applying the
 * fixes must be exactly `output`; that text must then parse cleanly and re-lint without those
 * findings. It also checks the rule's own coverage: a valid and an invalid case for every format
 * family the rule claims, and a fixed output for every family it claims to fix.
 *
 * Positions are 1-based like eslint's (`line`, `column`, `endLine`, `endColumn`), counted in
 * UTF-16 units, so `column: 3` is the model's character 2.
 */
import * as assert from 'node:assert/strict';
import { parseDocument } from '../../../src/core/iac/parseDocument';
import { applyEdits, type TextEdit } from '../../../src/core/model/edits';
import { LineIndex } from '../../../src/core/model/lineIndex';
import type { ParsedDocument } from '../../../src/core/model/types';
import { lint } from '../../../src/core/rules/engine';
import { familyOf, type Finding, type FormatFamily, type Language, type MessageData, type RuleModule, type Severity } from '../../../src/core/rules/ruleTypes';

export type CaseSyntax = 'yaml' | 'json' | 'terraform' | 'typescript' | 'python';

const FILE_NAMES: Record<CaseSyntax, string> = {
  yaml: 'template.yaml',
  json: 'template.json',
  terraform: 'main.tf',
  typescript: 'stack.ts',
  python: 'app.py',
};

export interface ValidCase {
  /** Shown in the test title. */
  name?: string;
  syntax: CaseSyntax;
  code: string;
  /** YYYY-MM-DD; default 2026-11-23, so date-based rules are deterministic. */
  today?: string;
  /** Half-typed input may be the point of the case. */
  allowParseErrors?: boolean;
}

export interface ExpectedFinding {
  messageId: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** When given, the message must equal the template filled with this data. */
  data?: MessageData;
  severity?: Severity;
}

export interface InvalidCase extends ValidCase {
  errors: ExpectedFinding[];
  /**
   * The text after applying every finding's fix (non-overlapping, in order, like eslint).
   * Required when a fix is offered; `null` asserts that no fix is offered.
   */
  output?: string | null;
}

export interface RuleCases {
  valid: ValidCase[];
  invalid: InvalidCase[];
}

export const TEST_TODAY = '2026-11-23';

/** Strips the first line break and the common indentation, so cases can be written indented. */
export function dedent(text: string): string {
  const body = text.replace(/^\r?\n/, '').replace(/\n[ \t]*$/, '\n');
  const lines = body.split('\n');
  const indents = lines.filter(l => l.trim().length > 0).map(l => /^[ \t]*/.exec(l)![0].length);
  const cut = indents.length > 0 ? Math.min(...indents) : 0;
  return lines.map(l => l.slice(cut)).join('\n');
}

async function parse(c: ValidCase, code = c.code): Promise<ParsedDocument> {
  const doc = await parseDocument(code, { uri: `file:///test/${FILE_NAMES[c.syntax]}` });
  assert.ok(doc.format, `the ${c.syntax} case was not recognised as IaC:\n${code}`);
  return doc;
}

function run(rule: RuleModule, doc: ParsedDocument, code: string, c: ValidCase, language: Language = 'en'): Finding[] {
  const result = lint(doc, code, { rules: [rule], language, today: c.today ?? TEST_TODAY });
  assert.deepEqual(result.ruleErrors, [], `rule ${rule.meta.id} threw`);
  return result.findings.filter(f => f.ruleId === rule.meta.id);
}

function title(kind: string, c: ValidCase, i: number): string {
  return `${kind} ${c.syntax} #${i + 1}${c.name ? `: ${c.name}` : ''}`;
}

function shape(f: Finding): ExpectedFinding {
  return {
    messageId: f.messageId,
    line: f.range.start.line + 1,
    column: f.range.start.character + 1,
    endLine: f.range.end.line + 1,
    endColumn: f.range.end.character + 1,
  };
}

/** Applies the fixes in document order, skipping one that overlaps an earlier one (eslint's single pass). */
export function applyFixes(text: string, findings: readonly Finding[]): string {
  const chosen: TextEdit[] = [];
  const taken: { start: number; end: number }[] = [];
  // The model's own position arithmetic (CRLF and lone CR included).
  const index = new LineIndex(text);
  const offset = (p: { line: number; character: number }) => index.offsetAt(p);
  for (const f of findings) {
    if (!f.fix) continue;
    const spans = f.fix.edits.map(e => ({ start: offset(e.range.start), end: offset(e.range.end) }));
    const overlaps = spans.some(s => taken.some(t => s.start < t.end && t.start < s.end) || (s.start === s.end && taken.some(t => t.start === s.start)));
    if (overlaps) continue;
    taken.push(...spans);
    chosen.push(...f.fix.edits);
  }
  return applyEdits(text, chosen);
}

const PLACEHOLDER = /\{\w+\}/;

export function runRuleTests(rule: RuleModule, cases: RuleCases): void {
  const { meta } = rule;
  describe(`rule ${meta.id}`, () => {
    const validFamilies = new Set<FormatFamily>();
    const invalidFamilies = new Set<FormatFamily>();
    const fixedFamilies = new Set<FormatFamily>();

    cases.valid.forEach((c, i) => {
      it(title('valid', c, i), async () => {
        const code = c.code;
        const doc = await parse(c);
        if (!c.allowParseErrors) assert.deepEqual(doc.parseErrors, [], 'the case should parse cleanly');
        for (const r of doc.resources) if (meta.appliesTo.includes(r.kind) || meta.appliesTo.includes('*')) validFamilies.add(familyOf(r));
        const findings = run(rule, doc, code, c);
        assert.deepEqual(findings.map(f => `${shape(f).line}:${shape(f).column} ${f.messageId}: ${f.message}`), [], 'expected no finding');
      });
    });

    cases.invalid.forEach((c, i) => {
      it(title('invalid', c, i), async () => {
        const doc = await parse(c);
        if (!c.allowParseErrors) assert.deepEqual(doc.parseErrors, [], 'the case should parse cleanly');
        const findings = run(rule, doc, c.code, c);
        assert.deepEqual(findings.map(shape), c.errors.map(e => ({ messageId: e.messageId, line: e.line, column: e.column, endLine: e.endLine, endColumn: e.endColumn })));
        findings.forEach((f, k) => {
          const e = c.errors[k];
          assert.doesNotMatch(f.message, PLACEHOLDER, `unfilled placeholder in "${f.message}"`);
          if (e.data) assert.equal(f.message, meta.messages[e.messageId].en.replace(/\{(\w+)\}/g, (_m, n: string) => String(e.data![n])));
          if (e.severity) assert.equal(f.severity, e.severity);
          const r = doc.resources.find(x => x.name === f.resource.address);
          if (r) invalidFamilies.add(familyOf(r));
        });
        const korean = run(rule, doc, c.code, c, 'ko');
        assert.equal(korean.length, findings.length);
        for (const f of korean) assert.doesNotMatch(f.message, PLACEHOLDER, `unfilled placeholder in "${f.message}"`);

        const fixed = findings.filter(f => f.fix);
        if (c.output === null) {
          assert.deepEqual(fixed.map(f => f.fix!.title), [], 'expected no fix');
          return;
        }
        if (fixed.length === 0) {
          assert.equal(c.output, undefined, 'the case expects an output but the rule offered no fix');
          return;
        }
        assert.notEqual(c.output, undefined, `the rule offered a fix ("${fixed[0].fix!.title}"): give the expected output (or null)`);
        for (const f of fixed) assert.doesNotMatch(f.fix!.title, PLACEHOLDER);
        const output = applyFixes(c.code, findings);
        assert.equal(output, c.output);
        const after = await parse(c, output);
        assert.deepEqual(after.parseErrors, doc.parseErrors.length > 0 ? after.parseErrors : [], 'the fixed text should parse cleanly');
        const again = run(rule, after, output, c);
        for (const f of fixed) {
          const still = again.filter(g => g.messageId === f.messageId && g.resource.address === f.resource.address && g.resource.type === f.resource.type);
          assert.deepEqual(still.map(g => g.message), [], `the fix did not remove "${f.message}"`);
        }
        for (const f of fixed) {
          const r = doc.resources.find(x => x.name === f.resource.address);
          if (r) fixedFamilies.add(familyOf(r));
        }
      });
    });

    after(function coverage() {
      // Only meaningful when every case ran (not under --grep).
      const total = cases.valid.length + cases.invalid.length;
      if (this.test?.parent?.tests.filter(t => t.state === 'passed').length !== total) return;
      for (const family of meta.formats) {
        assert.ok(validFamilies.has(family), `${meta.id}: no valid case covers ${family}`);
        assert.ok(invalidFamilies.has(family), `${meta.id}: no invalid case covers ${family}`);
      }
      for (const family of meta.fixable) assert.ok(fixedFamilies.has(family), `${meta.id}: claims a fix in ${family} but no case checks one`);
    });
  });
}
