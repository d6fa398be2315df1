import * as fs from 'node:fs';
import * as path from 'node:path';
import type { RuleInfo } from '../core/rules/ruleTypes';

/** Rule metadata baked at build time (dist/rules.json), read on first use: the host never loads the rules themselves. */
export class RuleCatalog {
  private rules: Map<string, RuleInfo> | undefined;

  constructor(private readonly distDir: string) {}

  private load(): Map<string, RuleInfo> {
    this.rules ??= new Map((JSON.parse(fs.readFileSync(path.join(this.distDir, 'rules.json'), 'utf8')) as RuleInfo[]).map(r => [r.id, r]));
    return this.rules;
  }

  get(id: string): RuleInfo | undefined {
    return this.load().get(id);
  }

  ids(): string[] {
    return [...this.load().keys()];
  }
}
