/**
 * Rule ids a knowledge topic may reference in `rules:`. The rules engine does not exist yet
 * (issue "Best-practice rules"); when it lands, this returns the registry's ids instead.
 */
export const KNOWN_RULE_IDS: ReadonlySet<string> = new Set<string>();
