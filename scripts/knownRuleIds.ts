/** Rule ids a knowledge topic may reference in `rules:`: the registry's, plus the suppression pseudo-rule. */
import { RULES } from '../src/core/rules/index';
import { SUPPRESSION_RULE } from '../src/core/rules/suppressions';

export const KNOWN_RULE_IDS: ReadonlySet<string> = new Set<string>([...RULES.map(r => r.meta.id), SUPPRESSION_RULE.id]);
