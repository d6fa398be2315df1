/** Shared setup for the hover tests: the real knowledge topics, parsing, and positions by text. */
import * as assert from 'node:assert/strict';
import { parse as parseYaml } from 'yaml';
import { KnowledgeBase } from '../../../src/core/knowledge/knowledgeBase';
import type { Topic } from '../../../src/core/knowledge/types';
import { parseDocument } from '../../../src/core/iac/parseDocument';
import type { ParsedDocument, Position, SourceRange } from '../../../src/core/model/types';
import { hoverAt } from '../../../src/core/hover/hoverAt';
import type { HoverContent, HoverOptions, HoverSection } from '../../../src/core/hover/types';
import type { Finding } from '../../../src/core/rules/ruleTypes';
import { readKnowledgeSources } from '../../../scripts/knowledgeSources';

let kb: KnowledgeBase | undefined;

/**
 * The knowledge base built from the real knowledge/**.yaml (no ../shared, no build step). The
 * knowledge tests validate the files; here they are only read, which is seconds faster.
 */
export function knowledge(): KnowledgeBase {
  kb ??= KnowledgeBase.fromTopics(readKnowledgeSources().map(f => parseYaml(f.text) as Topic));
  return kb;
}

export function parse(text: string, languageId?: string): Promise<ParsedDocument> {
  return parseDocument(text, languageId ? { languageId } : {});
}

/** 0-based line / UTF-16 column of an offset, computed independently of the model's LineIndex. */
export function positionOf(text: string, offset: number): Position {
  const before = text.slice(0, offset);
  const line = before.split(/\r\n|\r|\n/).length - 1;
  const lineStart = Math.max(before.lastIndexOf('\n'), before.lastIndexOf('\r')) + 1;
  return { line, character: offset - lineStart };
}

function find(text: string, needle: string, occurrence: number): number {
  let at = -1;
  for (let i = 0; i <= occurrence; i++) {
    at = text.indexOf(needle, at + 1);
    assert.ok(at >= 0, `"${needle}" #${occurrence} not in text`);
  }
  return at;
}

/** Range of the `occurrence`-th `needle`; with `part`, of that substring inside it. */
export function rangeOf(text: string, needle: string, occurrence = 0, part?: string): SourceRange {
  const at = find(text, needle, occurrence);
  const inner = part === undefined ? 0 : needle.indexOf(part);
  assert.ok(inner >= 0, `"${part}" not in "${needle}"`);
  const length = part === undefined ? needle.length : part.length;
  return { start: positionOf(text, at + inner), end: positionOf(text, at + inner + length) };
}

/** A position `into` characters inside the `occurrence`-th `needle` (default: its middle). */
export function at(text: string, needle: string, occurrence = 0, into?: number): Position {
  const start = find(text, needle, occurrence);
  return positionOf(text, start + (into ?? Math.floor(needle.length / 2)));
}

export const TODAY = '2026-02-01';

export function options(language: 'en' | 'ko' = 'en', findings: Finding[] = [], extra: Partial<HoverOptions> = {}): HoverOptions {
  return { knowledge: knowledge(), findings, language, today: TODAY, ...extra };
}

export function hover(doc: ParsedDocument, p: Position, language: 'en' | 'ko' = 'en', findings: Finding[] = []): HoverContent | undefined {
  return hoverAt(doc, p, options(language, findings));
}

export function sectionsOf<K extends HoverSection['kind']>(content: HoverContent | undefined, kind: K): Extract<HoverSection, { kind: K }>[] {
  assert.ok(content, 'expected a hover');
  return content.sections.filter((s): s is Extract<HoverSection, { kind: K }> => s.kind === kind);
}

export function urls(content: HoverContent | undefined): string[] {
  return sectionsOf(content, 'links').flatMap(s => s.links.flatMap(l => (l.kind === 'url' ? [l.url] : [])));
}

export function topicCommands(content: HoverContent | undefined): string[] {
  return sectionsOf(content, 'links').flatMap(s => s.links.flatMap(l => (l.kind === 'command' ? [String(l.command.args[0])] : [])));
}

// Building the knowledge base (search index included) takes a few seconds on a busy machine: do
// it once, up front, with room to spare, rather than inside the first test's time budget.
if (typeof before === 'function') {
  before(function () {
    this.timeout(120_000);
    knowledge();
  });
}
