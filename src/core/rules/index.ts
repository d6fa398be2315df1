/**
 * The registry: every rule, listed explicitly and sorted by id (a unit test checks the order,
 * that every file under rules/<service>/ is listed, and that each has its own test file).
 */
import type { RuleModule } from './ruleTypes';
import s3VersioningEnabled from './s3/s3-versioning-enabled';

export const RULES: readonly RuleModule[] = [
  s3VersioningEnabled,
];

export function ruleById(id: string): RuleModule | undefined {
  return RULES.find(r => r.meta.id === id);
}
