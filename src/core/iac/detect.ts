/**
 * Decides which format a file is, by content — cheaply, before any parser is loaded. A `.yaml`
 * without `Resources` / `AWSTemplateFormatVersion` is not CloudFormation; a `.ts` that does not
 * import aws-cdk-lib is not CDK. Everything else costs one or two regular-expression scans.
 */
import type { IacFormat, Syntax } from '../model/types';

export interface DetectInput {
  uri?: string;
  languageId?: string;
}

export interface Detected {
  format: IacFormat;
  syntax: Syntax;
}

const CFN_YAML = /^(AWSTemplateFormatVersion\s*:|Transform\s*:\s*['"]?AWS::Serverless)|^\s+Type\s*:\s*['"]?(AWS|Alexa)::[A-Za-z0-9]+::/m;
const CFN_YAML_RESOURCES = /^Resources\s*:/m;
const CFN_JSON_VERSION = /"AWSTemplateFormatVersion"\s*:/;
const CFN_JSON_TYPE = /"Type"\s*:\s*"(AWS|Alexa)::[A-Za-z0-9]+::/;
const CFN_JSON_RESOURCES = /"Resources"\s*:\s*\{/;
const CDK_TS = /(?:from\s+|require\s*\(\s*|import\s*\(\s*)['"](?:aws-cdk-lib(?:\/[\w-]+)*|@aws-cdk\/[\w-]+)['"]/;
const CDK_PY = /^\s*(?:from\s+aws_cdk(?:\.[\w]+)*\s+import\b|import\s+aws_cdk\b)/m;

function extensionOf(uri: string | undefined): string {
  const m = /\.([A-Za-z0-9]+)(?:[?#].*)?$/.exec(uri ?? '');
  return m ? m[1].toLowerCase() : '';
}

function kindOfFile(input: DetectInput): 'yaml' | 'json' | 'hcl' | 'ts' | 'py' | undefined {
  const lang = input.languageId?.toLowerCase();
  const ext = extensionOf(input.uri);
  if (lang === 'terraform' || lang === 'hcl' || lang === 'terraform-vars' || ext === 'tf' || ext === 'hcl') return 'hcl';
  if (lang === 'yaml' || ext === 'yaml' || ext === 'yml') return 'yaml';
  if (lang === 'json' || lang === 'jsonc' || ext === 'json') return 'json';
  if (lang === 'typescript' || lang === 'javascript' || lang === 'typescriptreact' || lang === 'javascriptreact' || ['ts', 'mts', 'cts', 'js', 'mjs', 'cjs', 'tsx', 'jsx'].includes(ext)) return 'ts';
  if (lang === 'python' || ext === 'py') return 'py';
  return undefined;
}

export function detectFormat(text: string, input: DetectInput = {}): Detected | undefined {
  const kind = kindOfFile(input);
  switch (kind) {
    case 'hcl':
      return { format: 'terraform', syntax: 'hcl' };
    case 'yaml':
      return looksLikeCfnYaml(text) ? { format: 'cloudformation', syntax: 'yaml' } : undefined;
    case 'json':
      return looksLikeCfnJson(text) ? { format: 'cloudformation', syntax: 'json' } : undefined;
    case 'ts':
      return CDK_TS.test(text) ? { format: 'cdk-typescript', syntax: 'typescript' } : undefined;
    case 'py':
      return CDK_PY.test(text) ? { format: 'cdk-python', syntax: 'python' } : undefined;
    default: {
      // `.template` / `.cfn` files and unknown extensions: JSON if it starts like an object, else YAML.
      const trimmed = text.trimStart();
      if (trimmed.startsWith('{')) return looksLikeCfnJson(text) ? { format: 'cloudformation', syntax: 'json' } : undefined;
      return looksLikeCfnYaml(text) ? { format: 'cloudformation', syntax: 'yaml' } : undefined;
    }
  }
}

function looksLikeCfnYaml(text: string): boolean {
  if (/^AWSTemplateFormatVersion\s*:/m.test(text)) return true;
  return CFN_YAML_RESOURCES.test(text) && CFN_YAML.test(text);
}

function looksLikeCfnJson(text: string): boolean {
  return CFN_JSON_VERSION.test(text) || (CFN_JSON_RESOURCES.test(text) && CFN_JSON_TYPE.test(text));
}
