/**
 * The knowledge base seen from a resource: which topics apply to it, which property notes apply
 * at a path, which value notes apply to a value. Built once per KnowledgeBase (cached on the
 * instance) so a hover is a few map lookups.
 *
 * Topics name types in each format's own spelling (`AWS::ElasticLoadBalancingV2::LoadBalancer`,
 * `aws_lb`, `elbv2.ApplicationLoadBalancer`); the model names them as the file does. Both sides
 * are mapped to the normalized kind (`aws.elasticloadbalancingv2.load-balancer`), so any import
 * alias and any of the formats meet the same topics. A type the kinds table does not know keeps a
 * key of its own (`cdk:ecs.FargateService`), which the same type in a file also gets.
 */
import type { LocalizedText, Topic } from '../knowledge/types';
import { cdkKind, cloudFormationKind, terraformKind } from '../model/kinds';
import type { Resource } from '../model/types';
import { familyOf, type FormatFamily } from '../rules/ruleTypes';
import { canonicalCdkSymbol, cdkTypeOf, resolveCdkType } from './cdkTypes';
import type { KnowledgeLookup } from './types';

export interface PropertyNoteEntry {
  topic: Topic;
  /** The path as the note writes it, after the type (`LifecycleConfiguration.Rules.Transitions.StorageClass`). */
  path: string;
  note: LocalizedText;
}

export interface ValueNoteEntry {
  topic: Topic;
  /** The match entry as written in the topic. */
  match: string;
  note: LocalizedText;
  /** Property scopes (`family|key|path`) the note is limited to, when the topic lists some. */
  scopes?: ReadonlySet<string>;
  /** Specific enough to show on any resource (`s3.StorageClass.GLACIER`, `aws:SecureTransport`), unlike `STANDARD`. */
  distinctive: boolean;
}

/** How a resource is looked up: its key (kind, or a type key) and the family its properties are written in. */
export interface ResourceKeys {
  key: string;
  family: FormatFamily;
  /** CDK L1 constructs: CloudFormation properties in camelCase, compared case-insensitively. */
  l1: boolean;
  /** The type in the spelling topics use for "lists this exact type" (`cdk|elasticloadbalancingv2.ApplicationLoadBalancer`). */
  listedAs: string;
}

interface Index {
  topicsByKey: Map<string, Topic[]>;
  listed: Map<Topic, Set<string>>;
  propertyNotes: Map<string, PropertyNoteEntry[]>;
  notedKeys: Set<string>;
  valueNotes: Map<string, ValueNoteEntry[]>;
}

const cache = new WeakMap<KnowledgeLookup, Index>();

function typeKey(family: FormatFamily, type: string): { key: string; listedAs: string } {
  switch (family) {
    case 'cloudformation': {
      const k = cloudFormationKind(type);
      return { key: k !== 'unknown' ? k : `cfn:${type}`, listedAs: `cloudformation|${type}` };
    }
    case 'terraform': {
      const k = terraformKind(type);
      return { key: k !== 'unknown' ? k : `tf:${type}`, listedAs: `terraform|${type}` };
    }
    case 'cdk': {
      const t = resolveCdkType(type);
      if (!t) return { key: `cdk:${type}`, listedAs: `cdk|${type}` };
      const canonical = `${t.module}.${t.className}`;
      const k = cdkKind(t.module, t.className);
      return { key: k !== 'unknown' ? k : `cdk:${canonical}`, listedAs: `cdk|${canonical}` };
    }
  }
}

export function resourceKeys(resource: Resource): ResourceKeys {
  const cdk = resource.format === 'cdk-typescript' || resource.format === 'cdk-python';
  const family = familyOf(resource);
  let listedAs: string;
  let key = resource.kind;
  if (cdk) {
    const t = cdkTypeOf(resource);
    const canonical = t ? `${t.module}.${t.className}` : resource.type;
    listedAs = `cdk|${canonical}`;
    if (key === 'unknown') key = `cdk:${canonical}`;
  } else {
    listedAs = `${resource.format}|${resource.type}`;
    if (key === 'unknown') key = `${resource.format === 'terraform' ? 'tf' : 'cfn'}:${resource.type}`;
  }
  return { key, family, l1: cdk && family === 'cloudformation', listedAs };
}

/** Which family a note path is written in: `AWS::…` CloudFormation, `aws_…` Terraform, else CDK. */
function familyOfNotePath(path: string): FormatFamily {
  if (path.includes('::')) return 'cloudformation';
  if (/^(aws|awscc)_[a-z0-9_]+\./.test(path)) return 'terraform';
  return 'cdk';
}

/** `AWS::S3::Bucket.Versioning.Status` → type + path, for each family's spelling. */
function splitNotePath(family: FormatFamily, full: string): { type: string; path: string } | undefined {
  if (family === 'cloudformation') {
    const m = /^([A-Za-z0-9]+::[A-Za-z0-9]+::[A-Za-z0-9]+)\.(.+)$/.exec(full);
    return m ? { type: m[1], path: m[2] } : undefined;
  }
  if (family === 'terraform') {
    const dot = full.indexOf('.');
    return dot > 0 ? { type: full.slice(0, dot), path: full.slice(dot + 1) } : undefined;
  }
  // CDK: the class is the first segment that starts with a capital (`lambda-nodejs.NodejsFunction.x`).
  const parts = full.split('.');
  const cls = parts.findIndex(p => /^[A-Z]/.test(p));
  if (cls < 1 || cls === parts.length - 1) return undefined;
  return { type: parts.slice(0, cls + 1).join('.'), path: parts.slice(cls + 1).join('.') };
}

function scopeKeysOf(family: FormatFamily, full: string): string[] {
  const split = splitNotePath(family, full);
  if (!split) return [];
  const { key } = typeKey(family, split.type);
  const keys = [`${family}|${key}|${split.path}`];
  if (family === 'cloudformation') keys.push(`cfnlc|${key}|${split.path.toLowerCase()}`);
  return keys;
}

function isDistinctive(match: string): boolean {
  return /[.:/*$]/.test(match) || (/[_-]/.test(match) && match.length >= 8);
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function build(knowledge: KnowledgeLookup): Index {
  const index: Index = { topicsByKey: new Map(), listed: new Map(), propertyNotes: new Map(), notedKeys: new Set(), valueNotes: new Map() };
  for (const topic of knowledge.all()) {
    const a = topic.appliesTo;
    if (!a) continue;
    const keys = new Set<string>();
    const listed = new Set<string>();
    const add = (family: FormatFamily, types: readonly string[] | undefined) => {
      for (const type of types ?? []) {
        const k = typeKey(family, type);
        keys.add(k.key);
        listed.add(k.listedAs);
      }
    };
    add('cloudformation', a.cloudformation);
    add('terraform', a.terraform);
    add('cdk', a.cdk);
    for (const k of keys) push(index.topicsByKey, k, topic);
    index.listed.set(topic, listed);

    for (const p of a.properties ?? []) {
      for (const family of ['cloudformation', 'terraform', 'cdk'] as const) {
        const full = p[family];
        if (!full) continue;
        const split = splitNotePath(family, full);
        if (!split) continue;
        const { key } = typeKey(family, split.type);
        const entry: PropertyNoteEntry = { topic, path: split.path, note: p.note };
        push(index.propertyNotes, `${family}|${key}|${split.path}`, entry);
        index.notedKeys.add(`${family}|${key}`);
        if (family === 'cloudformation') {
          push(index.propertyNotes, `cfnlc|${key}|${split.path.toLowerCase()}`, entry);
          index.notedKeys.add(`cfnlc|${key}`);
        }
      }
    }

    for (const v of a.values ?? []) {
      const scopes = v.properties?.length ? new Set(v.properties.flatMap(p => scopeKeysOf(familyOfNotePath(p), p))) : undefined;
      for (const match of v.match) {
        const entry: ValueNoteEntry = { topic, match, note: v.note, scopes, distinctive: isDistinctive(match) };
        push(index.valueNotes, match, entry);
        const canonical = canonicalCdkSymbol(match);
        if (canonical !== match) push(index.valueNotes, canonical, entry);
      }
    }
  }
  return index;
}

function indexOf(knowledge: KnowledgeLookup): Index {
  let index = cache.get(knowledge);
  if (!index) {
    index = build(knowledge);
    cache.set(knowledge, index);
  }
  return index;
}

/** Builds the index now (it is built on first use otherwise). */
export function prepareKnowledgeIndex(knowledge: KnowledgeLookup): void {
  indexOf(knowledge);
}

/** Topics whose `appliesTo` names this resource's type in any format, in knowledge base order. */
export function topicsForResource(knowledge: KnowledgeLookup, keys: ResourceKeys): readonly Topic[] {
  return indexOf(knowledge).topicsByKey.get(keys.key) ?? [];
}

/** Whether the topic lists the resource's exact type (not only another type of the same kind). */
export function topicListsType(knowledge: KnowledgeLookup, topic: Topic, keys: ResourceKeys): boolean {
  return indexOf(knowledge).listed.get(topic)?.has(keys.listedAs) ?? false;
}

/** Whether any property note exists for this resource's type (lets a caller skip walking its properties). */
export function hasPropertyNotes(knowledge: KnowledgeLookup, keys: ResourceKeys): boolean {
  const { notedKeys } = indexOf(knowledge);
  if (keys.l1) return notedKeys.has(`cfnlc|${keys.key}`) || notedKeys.has(`cdk|${keys.key}`);
  return notedKeys.has(`${keys.family}|${keys.key}`);
}

function scopeKeys(keys: ResourceKeys, path: string): string[] {
  if (keys.l1) return [`cfnlc|${keys.key}|${path.toLowerCase()}`, `cdk|${keys.key}|${path}`];
  return [`${keys.family}|${keys.key}|${path}`];
}

/** Property notes for the property at `path` (keys joined by `.`, list indices left out). */
export function propertyNotesAt(knowledge: KnowledgeLookup, keys: ResourceKeys, path: string): PropertyNoteEntry[] {
  const { propertyNotes } = indexOf(knowledge);
  const out: PropertyNoteEntry[] = [];
  for (const k of scopeKeys(keys, path)) {
    for (const e of propertyNotes.get(k) ?? []) if (!out.includes(e)) out.push(e);
  }
  return out;
}

/**
 * Value notes for `value` held by the property at `path`. A note limited to properties applies
 * only there; an unlimited one applies where its topic covers the resource, or anywhere when the
 * match is distinctive (`STANDARD` alone must not annotate every `STANDARD` in a file).
 */
export function valueNotesFor(knowledge: KnowledgeLookup, keys: ResourceKeys, path: string, value: string): ValueNoteEntry[] {
  const index = indexOf(knowledge);
  const candidates = index.valueNotes.get(value);
  if (!candidates) return [];
  const scopes = scopeKeys(keys, path);
  const topics = index.topicsByKey.get(keys.key) ?? [];
  const out: ValueNoteEntry[] = [];
  for (const e of candidates) {
    const applies = e.scopes ? scopes.some(s => e.scopes!.has(s)) : e.distinctive || topics.includes(e.topic);
    if (applies && !out.some(o => o.topic === e.topic && o.note === e.note)) out.push(e);
  }
  return out;
}
