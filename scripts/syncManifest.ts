/**
 * npm run sync:manifest — one `awsFieldGuide.rules.<id>.severity` setting per rule in package.json,
 * described in package.nls.json / package.nls.ko.json from the rule's own `why`. The unit tests
 * fail when package.json or the nls files lag behind the registry.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { RULES } from '../src/core/rules/index';
import type { RuleMeta } from '../src/core/rules/ruleTypes';
import { SUPPRESSION_RULE } from '../src/core/rules/suppressions';

const ROOT = path.resolve(__dirname, '..');
type Json = Record<string, unknown>;

function firstSentence(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  const m = /^(.+?[.!?。])(\s|$)/.exec(flat);
  return m ? m[1] : flat;
}

export function allRuleMetas(): RuleMeta[] {
  return [...RULES.map(r => r.meta), SUPPRESSION_RULE];
}

/** The manifest and nls files as they should be. */
export function expectedManifest(pkg: Json, nlsEn: Json, nlsKo: Json): { pkg: Json; nlsEn: Json; nlsKo: Json } {
  const contributes = pkg.contributes as { configuration: { properties: Record<string, unknown> } };
  const properties: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(contributes.configuration.properties)) if (!/^awsFieldGuide\.rules\./.test(k)) properties[k] = v;
  const en: Json = {};
  const ko: Json = {};
  for (const [k, v] of Object.entries(nlsEn)) if (!k.startsWith('config.rules.')) en[k] = v;
  for (const [k, v] of Object.entries(nlsKo)) if (!k.startsWith('config.rules.')) ko[k] = v;
  en['config.rules.severity.default'] = "The rule's own severity";
  ko['config.rules.severity.default'] = '규칙의 기본 심각도';
  for (const m of allRuleMetas()) {
    properties[`awsFieldGuide.rules.${m.id}.severity`] = {
      type: 'string',
      enum: ['default', 'error', 'warning', 'info', 'hint', 'off'],
      enumDescriptions: ['%config.rules.severity.default%', '', '', '', '', ''],
      default: 'default',
      markdownDescription: `%config.rules.${m.id}%`,
      scope: 'resource',
    };
    en[`config.rules.${m.id}`] = `Severity of \`${m.id}\` (default: ${m.defaultSeverity}; \`off\` turns it off). ${firstSentence(m.why.en)}`;
    ko[`config.rules.${m.id}`] = `\`${m.id}\`의 심각도(기본값: ${m.defaultSeverity}, \`off\`이면 끔). ${firstSentence(m.why.ko)}`;
  }
  return { pkg: { ...pkg, contributes: { ...(pkg.contributes as Json), configuration: { ...contributes.configuration, properties } } }, nlsEn: en, nlsKo: ko };
}

export const MANIFEST_FILES = { pkg: path.join(ROOT, 'package.json'), nlsEn: path.join(ROOT, 'package.nls.json'), nlsKo: path.join(ROOT, 'package.nls.ko.json') };

export function serialize(j: Json): string {
  return `${JSON.stringify(j, null, 2)}\n`;
}

if (require.main === module) {
  const read = (f: string) => JSON.parse(fs.readFileSync(f, 'utf8')) as Json;
  const next = expectedManifest(read(MANIFEST_FILES.pkg), read(MANIFEST_FILES.nlsEn), read(MANIFEST_FILES.nlsKo));
  fs.writeFileSync(MANIFEST_FILES.pkg, serialize(next.pkg));
  fs.writeFileSync(MANIFEST_FILES.nlsEn, serialize(next.nlsEn));
  fs.writeFileSync(MANIFEST_FILES.nlsKo, serialize(next.nlsKo));
  console.log(`sync:manifest: ${allRuleMetas().length} rule severity settings`);
}
