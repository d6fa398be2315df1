/**
 * Hover composition (DESIGN.md, "Editor features"): what to say about the token under a position,
 * as typed sections. The model comes from the analysis cache; knowledge lookups go through an
 * index built once per KnowledgeBase; findings of a resource are grouped once per findings array.
 */
import type { Topic } from '../knowledge/types';
import { snakeCase } from '../iac/cdk/cdkCommon';
import { kebab } from '../model/kinds';
import type { ParsedDocument, Position, Property, Resource, SourceRange, Value } from '../model/types';
import { ruleById } from '../rules/index';
import type { Finding, Localized } from '../rules/ruleTypes';
import { cdkTypeOf } from './cdkTypes';
import { propertyDocsLinks, resourceDocsLinks, type DocsLink } from './docsLinks';
import { ATTRIBUTES, FAMILIES, instanceTypeFromCdk, parseInstanceType, PREVIOUS_GENERATION } from './instanceTypes';
import {
  hasPropertyNotes,
  propertyNotesAt,
  resourceKeys,
  topicListsType,
  topicsForResource,
  valueNotesFor,
  type PropertyNoteEntry,
  type ResourceKeys,
} from './knowledgeIndex';
import { LAMBDA_RUNTIMES_URL, LATEST_BY_LANGUAGE, lambdaRuntime, runtimeFromCdkSymbol, runtimeLanguage } from './lambdaRuntimes';
import { locate, type Located } from './locate';
import { isStorageClassSymbol, STORAGE_CLASS_COLUMNS, STORAGE_CLASSES, STORAGE_CLASSES_CHECKED, storageClassOf } from './storageClasses';
import { docsLabel, hoverString } from './strings';
import type { HoverContent, HoverFinding, HoverLanguage, HoverLink, HoverOptions, HoverSection, NoteItem } from './types';

export const OPEN_TOPIC_COMMAND = 'awsFieldGuide.openTopic';

/** How many property notes a type hover lists, and how many other topics it links. */
const MAX_PROPERTY_NOTES = 6;
const MAX_RELATED = 4;

interface Context {
  options: HoverOptions;
  language: HoverLanguage;
  resource: Resource;
  keys: ResourceKeys;
}

export function hoverAt(doc: ParsedDocument, position: Position, options: HoverOptions): HoverContent | undefined {
  const located = locate(doc, position);
  if (!located) return undefined;
  const { resource } = located;
  // Variables, providers, outputs: their "type" token is a keyword, not an AWS type.
  if (resource.role !== 'resource' && resource.role !== 'data') return undefined;
  const ctx: Context = { options, language: options.language, resource, keys: resourceKeys(resource) };
  switch (located.target) {
    case 'type':
      return typeHover(ctx, located.range);
    case 'property':
      return propertyHover(ctx, located);
    case 'value':
      return valueHover(ctx, located);
  }
}

// ---- findings ----

const findingsByResource = new WeakMap<readonly Finding[], Map<string, Finding[]>>();

function resourceKey(address: string, typeRange: SourceRange): string {
  return `${typeRange.start.line}:${typeRange.start.character}:${address}`;
}

function findingsOf(findings: readonly Finding[], resource: Resource): Finding[] {
  let grouped = findingsByResource.get(findings);
  if (!grouped) {
    grouped = new Map();
    for (const f of findings) {
      if (!f.resource.type) continue; // suppression-comment hygiene findings belong to no resource
      const k = resourceKey(f.resource.address, f.resource.typeRange);
      const list = grouped.get(k);
      if (list) list.push(f);
      else grouped.set(k, [f]);
    }
    findingsByResource.set(findings, grouped);
  }
  return grouped.get(resourceKey(resource.name, resource.typeRange)) ?? [];
}

function before(a: Position, b: Position): boolean {
  return a.line < b.line || (a.line === b.line && a.character < b.character);
}

function overlaps(a: SourceRange, b: SourceRange): boolean {
  return !before(a.end, b.start) && !before(b.end, a.start);
}

function whyOf(ctx: Context, ruleId: string): string | undefined {
  const why: Localized | undefined = ctx.options.ruleWhy ? ctx.options.ruleWhy(ruleId) : ruleById(ruleId)?.meta.why;
  return why?.[ctx.language];
}

function findingsSection(ctx: Context, findings: readonly Finding[]): HoverSection[] {
  if (findings.length === 0) return [];
  const items: HoverFinding[] = findings.map(f => ({ ruleId: f.ruleId, severity: f.severity, message: f.message, why: whyOf(ctx, f.ruleId), range: f.range }));
  return [{ kind: 'findings', heading: hoverString('findings', ctx.language), items }];
}

// ---- links ----

function topicLink(topic: Topic, label: string): HoverLink {
  return { kind: 'command', label, command: { id: OPEN_TOPIC_COMMAND, args: [topic.id] } };
}

function docsHoverLinks(ctx: Context, links: readonly DocsLink[]): HoverLink[] {
  return links.map(l => ({ kind: 'url', label: docsLabel(l.source, l.title, ctx.language), url: l.url }));
}

function linksSection(links: HoverLink[]): HoverSection[] {
  return links.length > 0 ? [{ kind: 'links', links }] : [];
}

// ---- type ----

/** Every property path of the resource (keys joined by `.`, list indices left out), in document order. */
function collectPaths(properties: readonly Property[], prefix: string, out: Set<string>): void {
  for (const p of properties) {
    const path = prefix ? `${prefix}.${p.key}` : p.key;
    out.add(path);
    collectValuePaths(p.value, path, out);
  }
}

function collectValuePaths(value: Value, path: string, out: Set<string>): void {
  if (value.kind === 'map') collectPaths(value.properties, path, out);
  else if (value.kind === 'list') for (const item of value.items) collectValuePaths(item, path, out);
}

function usedPropertyNotes(ctx: Context): PropertyNoteEntry[] {
  const { knowledge } = ctx.options;
  if (!hasPropertyNotes(knowledge, ctx.keys)) return [];
  const paths = new Set<string>();
  collectPaths(ctx.resource.properties, '', paths);
  const out: PropertyNoteEntry[] = [];
  for (const path of paths) {
    for (const e of propertyNotesAt(knowledge, ctx.keys, path)) if (!out.includes(e)) out.push(e);
  }
  return out;
}

/** Names a topic would have if it were about exactly this type: `network-acl`, `nat-gateway`, `application-load-balancer`. */
function ownNames(resource: Resource): Set<string> {
  const names = new Set<string>();
  const parts = resource.kind.split('.');
  if (parts[0] === 'aws' && parts.length === 3) names.add(parts[2]);
  if (resource.format === 'cloudformation') {
    const m = /::([A-Za-z0-9]+)$/.exec(resource.type);
    if (m) names.add(kebab(m[1]));
  } else if (resource.format === 'terraform') {
    names.add(resource.type.replace(/^aws_/, '').replace(/_/g, '-'));
  } else {
    const t = cdkTypeOf(resource);
    if (t) names.add(kebab(t.className.replace(/^Cfn/, '')));
  }
  for (const n of [...names]) names.add(`${n}s`);
  return names;
}

/**
 * The topic to lead with, then the others. A topic named after the type (`network-acl`) or its
 * service (`s3`) is the general one; then topics listing this exact type, topics whose notes
 * cover properties the resource sets, and topics the findings point to.
 */
function rankTopics(ctx: Context, topics: readonly Topic[], notes: readonly PropertyNoteEntry[], findings: readonly Finding[]): Topic[] {
  if (topics.length <= 1) return [...topics];
  const names = ownNames(ctx.resource);
  const parts = ctx.resource.kind.split('.');
  const service = parts[0] === 'aws' ? parts[1] : undefined;
  const family = service && parts[2] ? `${service}-${parts[2]}` : undefined;
  const fromFindings = new Set(findings.flatMap(f => f.knowledge));
  const score = (t: Topic): number =>
    (names.has(t.id) ? 8 : 0) +
    (service !== undefined && t.id === service ? 6 : 0) +
    (topicListsType(ctx.options.knowledge, t, ctx.keys) ? 4 : 0) +
    (family !== undefined && t.id.startsWith(family) ? 2 : 0) +
    (fromFindings.has(t.id) ? 2 : 0) +
    notes.filter(n => n.topic === t).length;
  return topics
    .map((t, i) => ({ t, i, s: score(t) }))
    .sort((a, b) => b.s - a.s || a.i - b.i)
    .map(x => x.t);
}

function propertyNoteSections(ctx: Context, notes: readonly PropertyNoteEntry[]): HoverSection[] {
  return notes.map(n => ({ kind: 'propertyNote', path: n.path, markdown: n.note[ctx.language], topicId: n.topic.id, topicTitle: n.topic.title[ctx.language] }));
}

function typeHover(ctx: Context, range: SourceRange): HoverContent | undefined {
  const { knowledge, findings: allFindings } = ctx.options;
  const lang = ctx.language;
  const findings = findingsOf(allFindings, ctx.resource);
  const notes = usedPropertyNotes(ctx);
  const topics = rankTopics(ctx, topicsForResource(knowledge, ctx.keys), notes, findings);
  const primary = topics[0];
  const sections: HoverSection[] = [];
  if (primary) {
    sections.push({ kind: 'title', text: primary.title[lang], detail: ctx.resource.type });
    sections.push({ kind: 'summary', markdown: primary.summary[lang] });
  } else {
    sections.push({ kind: 'title', text: ctx.resource.type });
  }
  sections.push(...findingsSection(ctx, findings));
  sections.push(...propertyNoteSections(ctx, notes.slice(0, MAX_PROPERTY_NOTES)));
  const links: HoverLink[] = [];
  if (primary) links.push(topicLink(primary, hoverString('openInFieldGuide', lang)));
  for (const t of topics.slice(1, 1 + MAX_RELATED)) links.push(topicLink(t, hoverString('relatedTopics', lang, t.title[lang])));
  links.push(...docsHoverLinks(ctx, resourceDocsLinks(ctx.resource)));
  sections.push(...linksSection(links));
  // A type nobody documents (not AWS, no topic, no finding) gets no hover rather than a bare title.
  if (sections.length === 1) return undefined;
  return { range, target: 'type', sections };
}

// ---- property ----

/** The path as the file spells it: Python keyword arguments are snake_case (the model keeps camelCase). */
function displayPath(ctx: Context, path: readonly string[]): string {
  return (ctx.resource.format === 'cdk-python' ? path.map(snakeCase) : path).join('.');
}

function propertyHover(ctx: Context, located: Extract<Located, { target: 'property' }>): HoverContent | undefined {
  const lang = ctx.language;
  const path = located.path.join('.');
  const notes = propertyNotesAt(ctx.options.knowledge, ctx.keys, path);
  const findings = findingsOf(ctx.options.findings, ctx.resource).filter(f => overlaps(f.range, located.property.range));
  const sections: HoverSection[] = [{ kind: 'title', text: displayPath(ctx, located.path), detail: ctx.resource.type }];
  sections.push(...propertyNoteSections(ctx, notes));
  sections.push(...findingsSection(ctx, findings));
  const links: HoverLink[] = [];
  const seen = new Set<string>();
  for (const n of notes) {
    if (seen.has(n.topic.id)) continue;
    seen.add(n.topic.id);
    links.push(topicLink(n.topic, hoverString('openTopic', lang, n.topic.title[lang])));
  }
  links.push(...docsHoverLinks(ctx, propertyDocsLinks(ctx.resource, located.path)));
  sections.push(...linksSection(links));
  if (sections.length === 1) return undefined;
  return { range: located.range, target: 'property', sections };
}

// ---- value ----

/** The text a value note or a table can match: literals, CDK symbols, the type inside a CDK InstanceType expression. */
function valueText(value: Value): string | undefined {
  switch (value.kind) {
    case 'string':
    case 'symbol':
      return value.value;
    case 'number':
      return String(value.value);
    case 'boolean':
      return String(value.value);
    case 'unknown':
      return value.text;
    default:
      return undefined;
  }
}

function storageClassSections(ctx: Context, value: Value, text: string, path: readonly string[]): HoverSection[] {
  const facts = storageClassOf(text);
  if (!facts) return [];
  // A bare `GLACIER` / `STANDARD` names a storage class only in a storage-class slot or on an S3 resource.
  const key = path[path.length - 1] ?? '';
  const slot = /storage_?class/i.test(key) || ctx.resource.kind.startsWith('aws.s3.');
  const applies = value.kind === 'symbol' ? isStorageClassSymbol(text) : value.kind === 'string' && slot;
  if (!applies) return [];
  const lang = ctx.language;
  return [
    {
      kind: 'table',
      caption: hoverString('storageClassCaption', lang),
      columns: [...STORAGE_CLASS_COLUMNS[lang]],
      rows: STORAGE_CLASSES.map(c => [c.name, c.availabilityZones[lang], c.minimumDuration[lang], c.minimumBillableSize[lang], c.retrieval[lang], c.typicalUse[lang]]),
      highlightedRow: STORAGE_CLASSES.indexOf(facts),
      footnote: hoverString('storageClassFootnote', lang, STORAGE_CLASSES_CHECKED),
    },
  ];
}

function instanceTypeSections(ctx: Context, value: Value, text: string): HoverSection[] {
  const name = value.kind === 'string' ? text : value.kind === 'symbol' || value.kind === 'unknown' ? instanceTypeFromCdk(text) : undefined;
  const info = name !== undefined ? parseInstanceType(name) : undefined;
  if (!info) return [];
  const lang = ctx.language;
  const items: NoteItem[] = [];
  const familyGen = `${info.family}${info.generation}`;
  if (PREVIOUS_GENERATION.has(familyGen)) items.push({ markdown: hoverString('previousGeneration', lang, familyGen.toUpperCase()), tone: 'warning' });
  items.push({ markdown: hoverString('family', lang, info.family.toUpperCase(), FAMILIES[info.family][lang]) });
  items.push({ markdown: hoverString('generation', lang, info.generation) });
  for (const letter of info.attributes) {
    const a = ATTRIBUTES[letter];
    if (a) items.push({ markdown: hoverString('attribute', lang, letter, a[lang]) });
  }
  for (const option of info.options) {
    const a = ATTRIBUTES[option];
    if (a) items.push({ markdown: hoverString('attribute', lang, option, a[lang]) });
  }
  if (info.attributes.includes('g')) items.push({ markdown: hoverString('graviton', lang) });
  if (info.family === 't') items.push({ markdown: hoverString('burstable', lang) });
  items.push({ markdown: hoverString('size', lang, info.size) });
  return [{ kind: 'notes', heading: hoverString('instanceType', lang, info.type), items }];
}

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

function todayUtc(): string {
  return new Date().toISOString().slice(0, 10);
}

function lambdaRuntimeSections(ctx: Context, value: Value, text: string, path: readonly string[]): HoverSection[] {
  let id: string | undefined;
  if (value.kind === 'symbol') id = runtimeFromCdkSymbol(text);
  else if (value.kind === 'string') {
    // Only claim a runtime id in a runtime slot or on a Lambda resource.
    const key = path[path.length - 1] ?? '';
    if (/runtime/i.test(key) || ctx.resource.kind.startsWith('aws.lambda.')) id = text;
  }
  const runtime = id !== undefined ? lambdaRuntime(id) : undefined;
  if (!runtime) return [];
  const lang = ctx.language;
  const days = daysBetween(ctx.options.today ?? todayUtc(), runtime.deprecation);
  const items: NoteItem[] = [];
  if (days <= 0) items.push({ markdown: hoverString('runtimeDeprecated', lang, runtime.name, runtime.id, runtime.deprecation), tone: 'warning' });
  else if (days <= 180) items.push({ markdown: hoverString('runtimeSoon', lang, runtime.name, runtime.id, runtime.deprecation, days), tone: 'warning' });
  else items.push({ markdown: hoverString('runtimeSupported', lang, runtime.name, runtime.id, runtime.deprecation) });
  const latest = LATEST_BY_LANGUAGE[runtimeLanguage(runtime.id)];
  if (latest && latest !== runtime.id) items.push({ markdown: hoverString('runtimeUpgrade', lang, latest) });
  return [{ kind: 'notes', heading: hoverString('lambdaRuntime', lang, runtime.id), items }];
}

function valueHover(ctx: Context, located: Extract<Located, { target: 'value' }>): HoverContent | undefined {
  const { value, path } = located;
  const text = valueText(value);
  if (text === undefined) return undefined;
  const lang = ctx.language;
  const { knowledge } = ctx.options;
  const table = storageClassSections(ctx, value, text, path);
  const instance = instanceTypeSections(ctx, value, text);
  const runtime = lambdaRuntimeSections(ctx, value, text, path);
  // An unknown expression is only read for the CDK InstanceType forms above, never matched as a value.
  const notes = value.kind === 'unknown' ? [] : valueNotesFor(knowledge, ctx.keys, path.join('.'), text);
  const findings = findingsOf(ctx.options.findings, ctx.resource).filter(f => overlaps(f.range, value.range));
  const body: HoverSection[] = [
    ...table,
    ...instance,
    ...runtime,
    ...notes.map((n): HoverSection => ({ kind: 'valueNote', value: text, markdown: n.note[lang], topicId: n.topic.id, topicTitle: n.topic.title[lang] })),
    ...findingsSection(ctx, findings),
  ];
  if (body.length === 0) return undefined;

  const links: HoverLink[] = [];
  const seen = new Set<string>();
  const addTopic = (topic: Topic | undefined) => {
    if (!topic || seen.has(topic.id)) return;
    seen.add(topic.id);
    links.push(topicLink(topic, hoverString('openTopic', lang, topic.title[lang])));
  };
  if (table.length > 0) addTopic(knowledge.topic('s3-storage-classes'));
  if (instance.length > 0) addTopic(knowledge.topic('ec2-instance-types'));
  if (runtime.length > 0) addTopic(knowledge.topic('lambda'));
  for (const n of notes) addTopic(n.topic);
  if (runtime.length > 0) links.push({ kind: 'url', label: hoverString('runtimeDates', lang), url: LAMBDA_RUNTIMES_URL });
  return { range: located.range, target: 'value', sections: [{ kind: 'title', text, detail: displayPath(ctx, path) }, ...body, ...linksSection(links)] };
}
