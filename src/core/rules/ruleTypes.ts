/**
 * What a rule is (DESIGN.md, "Rules"): one module per file with `meta` and `check`, in the
 * manner of eslint's rule modules. Plain data in, plain data out; no editor types.
 */
import type { FormatEdits } from '../iac/editTypes';
import type { TextEdit } from '../model/edits';
import type { IacFormat, ParsedDocument, Resource, SourceRange, Syntax } from '../model/types';

export type Language = 'en' | 'ko';
export type Severity = 'error' | 'warning' | 'info' | 'hint';
export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info', 'hint'];
/** The Well-Architected pillars. */
export type RuleCategory = 'security' | 'reliability' | 'cost' | 'performance' | 'operations' | 'sustainability';
/**
 * The three families a rule can cover. `cloudformation` also covers CDK L1 constructs (`s3.CfnBucket`:
 * CloudFormation properties in camelCase); `cdk` means the L2 constructs (`s3.Bucket`).
 */
export type FormatFamily = 'cloudformation' | 'terraform' | 'cdk';
export const FORMAT_FAMILIES: readonly FormatFamily[] = ['cloudformation', 'terraform', 'cdk'];

export interface Localized {
  en: string;
  ko: string;
}

export type MessageData = Record<string, string | number>;

/** A small good/bad pair shown in docs/rules.md and checked by one shared test (the bad one fires, the good one stays silent). */
export interface RuleExample {
  /** `cloudformation` examples are YAML. */
  format: 'cloudformation' | 'terraform' | 'cdk-typescript' | 'cdk-python';
  bad: string;
  good: string;
}

export interface RuleMeta {
  /** kebab-case, equal to the file name, never changes. */
  id: string;
  category: RuleCategory;
  defaultSeverity: Severity;
  /** Model kinds the rule is called for (`aws.s3.bucket`); `*` for every block of the file. */
  appliesTo: readonly string[];
  formats: readonly FormatFamily[];
  /** Knowledge topic ids that explain the finding. */
  knowledge: readonly string[];
  /** Message templates by id, with `{placeholders}` filled from the report's data. */
  messages: Record<string, Localized>;
  /** Short markdown: why this matters. */
  why: Localized;
  /** Short markdown: what to change. */
  howToFix: Localized;
  /** The formats in which the rule offers a mechanical fix. */
  fixable: readonly FormatFamily[];
  examples: readonly RuleExample[];
}

/** A fix or suggestion as the rule describes it; the edits are built only when asked for. */
export interface FixDescriptor {
  messageId: string;
  data?: MessageData;
  edits: () => TextEdit[];
}

export interface RelatedDescriptor {
  range: SourceRange;
  messageId: string;
  data?: MessageData;
}

export interface ReportDescriptor {
  messageId: string;
  data?: MessageData;
  range: SourceRange;
  /** Defaults to meta.defaultSeverity; a rule with two levels (root key: error, other keys: warning) sets it. */
  severity?: Severity;
  fix?: FixDescriptor;
  suggest?: FixDescriptor[];
  /** Other places that explain the finding (the NACL entry missing its twin). */
  related?: RelatedDescriptor[];
  /** Resource the finding belongs to when it is not the one being checked (a finding found through a link). */
  resource?: Resource;
}

export interface RuleContext {
  readonly doc: ParsedDocument;
  readonly text: string;
  readonly format: IacFormat;
  readonly syntax: Syntax;
  /** The file's edit helpers (CloudFormation YAML/JSON, HCL, TypeScript, Python). */
  readonly edits: FormatEdits;
  /** Today, as YYYY-MM-DD (injectable for tests: deprecation dates, suppression expiry). */
  readonly today: string;
  report(descriptor: ReportDescriptor): void;
}

/** Rule metadata the editor shows (explanations, suppress titles) without loading the rules: dist/rules.json. */
export type RuleInfo = Pick<RuleMeta, 'id' | 'category' | 'defaultSeverity' | 'formats' | 'knowledge' | 'why' | 'howToFix' | 'fixable'>;

export interface RuleModule {
  meta: RuleMeta;
  check(resource: Resource, context: RuleContext): void;
}

export interface FixResult {
  title: string;
  edits: TextEdit[];
}

export interface RelatedInfo {
  range: SourceRange;
  message: string;
}

export interface Finding {
  ruleId: string;
  /** Which of the rule's messages (tests and code actions key on it). */
  messageId: string;
  severity: Severity;
  message: string;
  range: SourceRange;
  resource: { type: string; address: string; kind: string; range: SourceRange; typeRange: SourceRange };
  knowledge: readonly string[];
  /** Whether the rule offered a fix for this finding (true even when fixes were not computed). */
  fixable: boolean;
  fix?: FixResult;
  suggestions: FixResult[];
  related: RelatedInfo[];
}

/** The family a resource is checked as: CDK L1 constructs count as CloudFormation. */
export function familyOf(resource: Resource): FormatFamily {
  if (resource.format === 'cloudformation' || resource.format === 'terraform') return resource.format;
  return isCdkL1(resource) ? 'cloudformation' : 'cdk';
}

/** `s3.CfnBucket`, `CfnBucket`: an L1 construct, whose props are the CloudFormation properties. */
export function isCdkL1(resource: Resource): boolean {
  return (resource.format === 'cdk-typescript' || resource.format === 'cdk-python') && /(^|\.)Cfn[A-Z]/.test(resource.type);
}

/** `{name}` placeholders filled in; a missing one stays visible rather than silently empty. */
export function formatMessage(template: string, data: MessageData | undefined): string {
  if (!data) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in data ? String(data[name]) : whole));
}
