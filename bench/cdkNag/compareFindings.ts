/**
 * Findings of both tools on one template, compared per rule pair at the resource level: a resource
 * counts once per tool however many findings it has (IAM5 reports each wildcard separately).
 */
import type { NagViolation } from './nagRunner';
import type { RulePair } from './rulePairs';

export interface OurFinding {
  ruleId: string;
  /** Logical id for CloudFormation. */
  address: string;
}

export interface PairResult {
  both: string[];
  oursOnly: string[];
  nagOnly: string[];
  /** Resources where the cdk-nag rule threw on an intrinsic it could not evaluate (reported by cdk-nag as a violation). */
  nagRuleErrors: string[];
}

export function comparePair(pair: RulePair, ours: readonly OurFinding[], nag: readonly NagViolation[]): PairResult {
  const ourSet = new Set(ours.filter(f => pair.ours.includes(f.ruleId)).map(f => f.address));
  const matching = nag.filter(v => v.rule === pair.nag && (!pair.nagFinding || (v.finding !== undefined && pair.nagFinding.test(v.finding))));
  const nagSet = new Set(matching.filter(v => !v.ruleError).map(v => v.logicalId));
  // A rule error carries no finding id, so for a filtered rule it cannot be told apart: count it for the pair anyway.
  const errors = new Set(nag.filter(v => v.rule === pair.nag && v.ruleError).map(v => v.logicalId));
  return {
    both: [...ourSet].filter(a => nagSet.has(a)).sort(),
    oursOnly: [...ourSet].filter(a => !nagSet.has(a)).sort(),
    nagOnly: [...nagSet].filter(a => !ourSet.has(a)).sort(),
    nagRuleErrors: [...errors].sort(),
  };
}
