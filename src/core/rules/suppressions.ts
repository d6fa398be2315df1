/**
 * Suppressions, the same in the editor and the CLI (DESIGN.md, "Rules"):
 *   # aws-field-guide:ignore <rule-id>[,<rule-id>] [until=YYYY-MM-DD] -- <reason>
 * (`//` in HCL / TypeScript / JavaScript) on the line above the resource or the offending line,
 * or at the end of either line; and CloudFormation `Metadata: { aws-field-guide: { ignore: [...] } }`.
 * A suppression past its `until` date stops working and says so; one without a reason still works
 * but is reported, so reviewers can see who silenced what and why.
 */
import { LineIndex } from '../model/lineIndex';
import type { Property, Resource, SourceRange, Syntax } from '../model/types';
import type { RuleMeta } from './ruleTypes';

export const SUPPRESSION_MARKER = 'aws-field-guide:ignore';

export interface Suppression {
  ruleIds: string[];
  reason?: string;
  until?: string;
  /** The comment (or the Metadata entry) that says it. */
  range: SourceRange;
  source: 'comment' | 'metadata';
  /** For comments: the line the comment is on, and whether code comes before it on that line. */
  line: number;
  trailing: boolean;
  /** The text after the marker did not make sense (no rule id, bad date). */
  malformed?: string;
}

/** The comment syntaxes a file can hold a suppression in. */
export function commentPrefixes(syntax: Syntax | undefined): readonly string[] {
  switch (syntax) {
    case 'yaml':
    case 'python':
      return ['#'];
    case 'hcl':
      return ['#', '//'];
    case 'typescript':
    case 'json':
      return ['//'];
    default:
      return ['#', '//'];
  }
}

const RULE_LIST = /^([a-z0-9][a-z0-9-]*(?:\s*,\s*[a-z0-9][a-z0-9-]*)*)/;
const UNTIL = /^until=(\S*)/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Every suppression comment in the text, by line. Costs one `indexOf` scan when there is none. */
export function findSuppressionComments(text: string, syntax: Syntax | undefined): Map<number, Suppression> {
  const out = new Map<number, Suppression>();
  let at = text.indexOf(SUPPRESSION_MARKER);
  if (at < 0) return out;
  const index = new LineIndex(text);
  const prefixes = commentPrefixes(syntax);
  while (at >= 0) {
    const pos = index.positionAt(at);
    const lineText = index.lineText(pos.line);
    const before = lineText.slice(0, pos.character);
    const prefix = prefixes.find(p => before.trimEnd().endsWith(p));
    if (prefix !== undefined) {
      const commentStart = before.trimEnd().length - prefix.length;
      const s = parseSuppressionText(lineText.slice(pos.character + SUPPRESSION_MARKER.length));
      out.set(pos.line, {
        ...s,
        range: { start: { line: pos.line, character: commentStart }, end: { line: pos.line, character: lineText.length } },
        source: 'comment',
        line: pos.line,
        trailing: before.slice(0, commentStart).trim().length > 0,
      });
    }
    at = text.indexOf(SUPPRESSION_MARKER, at + SUPPRESSION_MARKER.length);
  }
  return out;
}

/** Parses ` id1,id2 until=2026-12-31 -- reason` (what follows the marker). */
export function parseSuppressionText(rest: string): Pick<Suppression, 'ruleIds' | 'reason' | 'until' | 'malformed'> {
  const dash = rest.indexOf('--');
  let head = (dash >= 0 ? rest.slice(0, dash) : rest).trim();
  // A block comment's closing `*/` is not part of the reason.
  const reason = dash >= 0 ? rest.slice(dash + 2).replace(/\*\/\s*$/, '').trim() || undefined : undefined;
  const ids = RULE_LIST.exec(head);
  if (!ids) return { ruleIds: [], reason, malformed: 'no rule id after aws-field-guide:ignore' };
  const ruleIds = ids[1].split(',').map(s => s.trim());
  head = head.slice(ids[0].length).trim();
  let until: string | undefined;
  let malformed: string | undefined;
  const u = UNTIL.exec(head);
  if (u) {
    until = u[1];
    if (!isValidDate(until)) malformed = `until=${until} is not a date (YYYY-MM-DD)`;
    head = head.slice(u[0].length).trim();
  }
  if (head.length > 0 && !malformed) malformed = `unexpected "${head}" (write the reason after --)`;
  return { ruleIds, reason, until, malformed };
}

export function isValidDate(s: string): boolean {
  const m = DATE.exec(s);
  if (!m) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.getUTCMonth() + 1 === Number(m[2]) && d.getUTCDate() === Number(m[3]);
}

/** CloudFormation `Metadata: { aws-field-guide: { ignore: [ids] | [{ id, reason, until }], reason, until } }`. */
export function metadataSuppressions(resource: Resource): Suppression[] {
  const section = resource.metadata?.find(p => p.key === 'aws-field-guide');
  if (!section || section.value.kind !== 'map') return [];
  const props = section.value.properties;
  const str = (ps: readonly Property[], key: string) => {
    const v = ps.find(p => p.key === key)?.value;
    return v?.kind === 'string' ? v.value : undefined;
  };
  const ignore = props.find(p => p.key === 'ignore');
  if (!ignore) return [];
  const sharedReason = str(props, 'reason');
  const sharedUntil = str(props, 'until');
  const items = ignore.value.kind === 'list' ? ignore.value.items : [ignore.value];
  const out: Suppression[] = [];
  const base = { source: 'metadata' as const, line: ignore.range.start.line, trailing: false };
  for (const item of items) {
    if (item.kind === 'string') {
      out.push({ ...base, ruleIds: [item.value], reason: sharedReason, until: sharedUntil, range: item.range, malformed: badUntil(sharedUntil) });
    } else if (item.kind === 'map') {
      const id = str(item.properties, 'id');
      const until = str(item.properties, 'until') ?? sharedUntil;
      out.push({
        ...base,
        ruleIds: id ? [id] : [],
        reason: str(item.properties, 'reason') ?? sharedReason,
        until,
        range: item.range,
        malformed: id ? badUntil(until) : 'an ignore entry needs an id',
      });
    }
  }
  return out;
}

function badUntil(until: string | undefined): string | undefined {
  return until !== undefined && !isValidDate(until) ? `until=${until} is not a date (YYYY-MM-DD)` : undefined;
}

/** The pseudo-rule under which suppression problems are reported (and configured: `off` hides them). */
export const SUPPRESSION_RULE: RuleMeta = {
  id: 'suppression-hygiene',
  category: 'operations',
  defaultSeverity: 'info',
  appliesTo: [],
  formats: ['cloudformation', 'terraform', 'cdk'],
  knowledge: [],
  messages: {
    missingReason: {
      en: 'Suppression of {rules} has no reason. Add one after "--" so reviewers know why.',
      ko: '{rules} 억제에 사유가 없습니다. 검토자가 알 수 있도록 "--" 뒤에 사유를 적으세요.',
    },
    expired: {
      en: 'Suppression of {rules} expired on {until}; the finding is reported again.',
      ko: '{rules} 억제가 {until}에 만료되어 다시 보고됩니다.',
    },
    malformed: {
      en: 'Suppression comment is not understood: {problem}.',
      ko: '억제 주석을 해석할 수 없습니다: {problem}.',
    },
    unknownRule: {
      en: 'Suppression names an unknown rule: {rules}.',
      ko: '억제 주석에 알 수 없는 규칙이 있습니다: {rules}.',
    },
  },
  why: {
    en: 'A suppression is a decision someone made. Without a reason or an expiry date, nobody can tell later whether it still holds.',
    ko: '억제는 누군가 내린 결정입니다. 사유나 만료일이 없으면 나중에 그 결정이 아직 유효한지 알 수 없습니다.',
  },
  howToFix: {
    en: 'Write `aws-field-guide:ignore <rule-id> until=YYYY-MM-DD -- <reason>`.',
    ko: '`aws-field-guide:ignore <rule-id> until=YYYY-MM-DD -- <사유>` 형식으로 적으세요.',
  },
  fixable: [],
  examples: [],
};
