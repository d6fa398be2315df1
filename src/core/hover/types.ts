/**
 * What a hover says, as plain data (DESIGN.md, "Editor features"): typed sections, not markdown.
 * `renderHoverMarkdown` turns them into markdown; the editor adapter only wraps that string.
 *
 * Text fields are of two kinds, and the renderer treats them differently:
 * - `markdown`: written by us (knowledge notes, a rule's `why`), rendered as markdown.
 * - everything else (`text`, `label`, `value`, table cells, paths): plain text that may come from
 *   the user's file, escaped when rendered.
 */
import type { Topic } from '../knowledge/types';
import type { Position, SourceRange } from '../model/types';
import type { Finding, Localized, Severity } from '../rules/ruleTypes';

export type HoverLanguage = 'en' | 'ko';

/** The part of a KnowledgeBase the hover reads; the index over it is built once per instance. */
export interface KnowledgeLookup {
  all(): readonly Topic[];
  topic(id: string): Topic | undefined;
}

export interface HoverOptions {
  knowledge: KnowledgeLookup;
  /** Findings of the same document version (the analysis cache has them). */
  findings: readonly Finding[];
  language: HoverLanguage;
  /** A rule's `why` by id; defaults to the rule registry. */
  ruleWhy?: (ruleId: string) => Localized | undefined;
  /** YYYY-MM-DD, for runtime deprecation status; defaults to today (UTC). */
  today?: string;
}

export interface CommandTarget {
  /** Only our own commands are rendered as links (see renderMarkdown.ts). */
  id: string;
  args: readonly (string | number | boolean)[];
}

export type HoverLink =
  | { kind: 'url'; label: string; url: string }
  | { kind: 'command'; label: string; command: CommandTarget };

export interface HoverFinding {
  ruleId: string;
  severity: Severity;
  /** Plain text: rule messages carry names and values from the file. */
  message: string;
  /** The rule's `why`, markdown. */
  why?: string;
  range: SourceRange;
}

export interface NoteItem {
  markdown: string;
  /** `warning` items are rendered with a warning marker (deprecated runtime, previous generation). */
  tone?: 'info' | 'warning';
}

export type HoverSection =
  /** `text`: topic title or the hovered property path; `detail`: the type / value as written. */
  | { kind: 'title'; text: string; detail?: string }
  | { kind: 'summary'; markdown: string }
  | { kind: 'findings'; heading: string; items: HoverFinding[] }
  /** A knowledge note on a property; `path` is the property path it applies to. */
  | { kind: 'propertyNote'; path: string; markdown: string; topicId: string; topicTitle: string }
  /** A knowledge note on a value; `value` is the value as matched. */
  | { kind: 'valueNote'; value: string; markdown: string; topicId: string; topicTitle: string }
  | { kind: 'table'; caption: string; columns: string[]; rows: string[][]; highlightedRow?: number; footnote?: string }
  | { kind: 'notes'; heading: string; items: NoteItem[] }
  | { kind: 'links'; links: HoverLink[] };

export type HoverSectionKind = HoverSection['kind'];

export interface HoverContent {
  /** The hovered token: type token, key token or value token. */
  range: SourceRange;
  /** What was hovered, for adapters and tests. */
  target: 'type' | 'property' | 'value';
  sections: HoverSection[];
}

export type { Position, SourceRange };
