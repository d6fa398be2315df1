/**
 * The official documentation page of a resource type or property, in each format's own reference:
 * - CloudFormation: the Template Reference (`…/TemplateReference/aws-resource-s3-bucket.html`; the old
 *   `UserGuide/` addresses now only say "update your bookmarks"). Top-level properties have anchors
 *   `#cfn-<service>-<type>-<property>`, all lower case.
 * - SAM (`AWS::Serverless::*`): the SAM developer guide (`sam-resource-function.html#sam-function-runtime`).
 * - Terraform: the registry page of the resource or data source.
 * - CDK: the v2 API reference (`aws-cdk-lib.aws_s3.Bucket.html`), props on the `…Props` page.
 *
 * Nested properties link to their top-level property: the page of a nested property type is named
 * after the type (`Transitions` items are `Transition`), which the model does not know, while the
 * top-level anchor always exists and links on to it. Pure string functions, no I/O.
 */
import type { Resource } from '../model/types';
import { cdkTypeOf, type CdkType } from './cdkTypes';

export type DocsSource = 'cloudformation' | 'sam' | 'terraform' | 'cdk';

export interface DocsLink {
  source: DocsSource;
  /** What the page documents, as the user wrote it (`AWS::S3::Bucket`, `aws_s3_bucket.rule`). */
  title: string;
  url: string;
}

export const CLOUDFORMATION_REFERENCE = 'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/';
export const SAM_REFERENCE = 'https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/';
export const TERRAFORM_REGISTRY = 'https://registry.terraform.io/providers/hashicorp/';
export const CDK_REFERENCE = 'https://docs.aws.amazon.com/cdk/api/v2/docs/';

const PROPERTY_NAME = /^[A-Za-z0-9]+$/;

/** `AWS::S3::Bucket` (+ `VersioningConfiguration`) → its Template Reference page (+ anchor). SAM types go to the SAM guide. */
export function cloudFormationUrl(type: string, property?: string): string | undefined {
  const m = /^AWS::([A-Za-z0-9]+)::([A-Za-z0-9]+)$/.exec(type);
  if (!m) {
    // Every `Custom::Name` is an AWS::CloudFormation::CustomResource with free-form properties.
    return /^Custom::[A-Za-z0-9_@-]+$/.test(type) ? `${CLOUDFORMATION_REFERENCE}aws-resource-cloudformation-customresource.html` : undefined;
  }
  if (m[1] === 'Serverless') return samUrl(m[2], property);
  const service = m[1].toLowerCase();
  const name = m[2].toLowerCase();
  const page = `${CLOUDFORMATION_REFERENCE}aws-resource-${service}-${name}.html`;
  return property && PROPERTY_NAME.test(property) ? `${page}#cfn-${service}-${name}-${property.toLowerCase()}` : page;
}

/** `Function` (+ `Runtime`) → `sam-resource-function.html#sam-function-runtime`. */
export function samUrl(name: string, property?: string): string {
  const n = name.toLowerCase();
  const page = `${SAM_REFERENCE}sam-resource-${n}.html`;
  return property && PROPERTY_NAME.test(property) ? `${page}#sam-${n}-${property.toLowerCase()}` : page;
}

/**
 * `aws_s3_bucket` → `…/hashicorp/aws/latest/docs/resources/s3_bucket`; data blocks →
 * `…/data-sources/…`; `awscc_*` → the awscc provider. With `argumentsSection`, the page's
 * "Argument Reference" heading (arguments have no anchors of their own).
 */
export function terraformUrl(type: string, role: 'resource' | 'data' = 'resource', argumentsSection = false): string | undefined {
  const m = /^(aws|awscc)_([a-z0-9_]+)$/.exec(type);
  if (!m) return undefined;
  const page = `${TERRAFORM_REGISTRY}${m[1]}/latest/docs/${role === 'data' ? 'data-sources' : 'resources'}/${m[2]}`;
  return argumentsSection ? `${page}#argument-reference` : page;
}

function cdkPage(module: string, name: string): string {
  if (module === 'core') return `${CDK_REFERENCE}aws-cdk-lib.${name}.html`;
  // Experimental modules are separate packages: @aws-cdk/aws-lambda-python-alpha.
  if (module.endsWith('-alpha')) return `${CDK_REFERENCE}@aws-cdk_aws-${module}.${name}.html`;
  return `${CDK_REFERENCE}aws-cdk-lib.aws_${module.replace(/-/g, '_')}.${name}.html`;
}

/** `{ s3, Bucket }` → `aws-cdk-lib.aws_s3.Bucket.html`. */
export function cdkClassUrl(t: CdkType): string {
  return cdkPage(t.module, t.className);
}

// Props interfaces whose name is not `<Class>Props`.
const PROPS_NAMES: Readonly<Record<string, string>> = { TableV2: 'TablePropsV2' };

/** The construct's props page, anchored at one prop (`BucketProps.html#lifecyclerules`). */
export function cdkPropsUrl(t: CdkType, prop?: string): string {
  const page = cdkPage(t.module, PROPS_NAMES[t.className] ?? `${t.className}Props`);
  return prop && PROPERTY_NAME.test(prop) ? `${page}#${prop.toLowerCase()}` : page;
}

/** The CloudFormation page behind an L1 construct: `{ s3, CfnBucket }` → `aws-resource-s3-bucket.html`. */
export function cdkL1CloudFormationUrl(t: CdkType, prop?: string): string | undefined {
  if (!/^Cfn[A-Z]/.test(t.className) || t.module === 'core') return undefined;
  const name = t.className.slice(3).toLowerCase();
  if (t.module === 'sam') return samUrl(t.className.slice(3), prop);
  const service = t.module.replace(/-/g, '');
  const page = `${CLOUDFORMATION_REFERENCE}aws-resource-${service}-${name}.html`;
  return prop && PROPERTY_NAME.test(prop) ? `${page}#cfn-${service}-${name}-${prop.toLowerCase()}` : page;
}

type LinkTarget = Pick<Resource, 'format' | 'role' | 'type' | 'kind'>;

/** The reference page(s) of a resource's type. An L1 construct also gets its CloudFormation page. */
export function resourceDocsLinks(resource: LinkTarget): DocsLink[] {
  return docsLinks(resource, []);
}

/**
 * The reference page(s) for a property at `path` (keys from the resource's properties, list
 * indices left out); the top-level key decides the anchor.
 */
export function propertyDocsLinks(resource: LinkTarget, path: readonly string[]): DocsLink[] {
  return docsLinks(resource, path);
}

function docsLinks(resource: LinkTarget, path: readonly string[]): DocsLink[] {
  if (resource.role !== 'resource' && resource.role !== 'data') return [];
  const top = path[0];
  const title = path.length > 0 ? `${resource.type}.${path.join('.')}` : resource.type;
  switch (resource.format) {
    case 'cloudformation': {
      const url = cloudFormationUrl(resource.type, top);
      return url ? [{ source: resource.type.startsWith('AWS::Serverless::') ? 'sam' : 'cloudformation', title, url }] : [];
    }
    case 'terraform': {
      const url = terraformUrl(resource.type, resource.role, top !== undefined);
      return url ? [{ source: 'terraform', title, url }] : [];
    }
    case 'cdk-typescript':
    case 'cdk-python': {
      const t = cdkTypeOf(resource);
      if (!t) return [];
      const links: DocsLink[] = [{ source: 'cdk', title, url: top === undefined ? cdkClassUrl(t) : cdkPropsUrl(t, top) }];
      const cfn = cdkL1CloudFormationUrl(t, top);
      if (cfn) links.push({ source: t.module === 'sam' ? 'sam' : 'cloudformation', title, url: cfn });
      return links;
    }
  }
}
