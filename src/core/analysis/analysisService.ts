/**
 * The analysis every editor feature reads: one parse and one lint per document version, shared by
 * diagnostics, hovers, code actions and the "This file" view. It runs in a worker thread in the
 * editor (so typing never waits for a 5 MB template) and in-process as a fallback; either way the
 * API is plain data in, plain data out.
 */
import type { KnowledgeBase } from '../knowledge/knowledgeBase';
import type { TextChange, TextEdit } from '../model/edits';
import { suppressionEdits, type SuppressionRequest } from '../rules/suppressionEdits';
import type { IacFormat, ParsedDocument, ParseError, SourceRange } from '../model/types';
import type { SeveritySetting } from '../rules/engine';
import { lint, resolveFixes } from '../rules/engine';
import type { Finding, Language, RuleModule } from '../rules/ruleTypes';
import { detectFormat } from '../iac/detect';
import { DocumentCache } from './documentCache';
import { DEFAULT_MAX_FILE_BYTES, formatBytes, looksBinary } from './analyze';

export interface AnalysisSettings {
  language: Language;
  /** Rule id → severity from the settings and `.aws-field-guide.yaml` (settings win). */
  severities: Record<string, SeveritySetting>;
  /** Formats to analyse; the others get no findings. */
  formats: readonly IacFormat[];
  maxFileBytes: number;
}

export const DEFAULT_SETTINGS: AnalysisSettings = {
  language: 'en',
  severities: {},
  formats: ['cloudformation', 'terraform', 'cdk-typescript', 'cdk-python'],
  maxFileBytes: DEFAULT_MAX_FILE_BYTES,
};

export interface AnalyzeRequest {
  uri: string;
  version: number;
  text: string;
  languageId?: string;
  /** Edits from `fromVersion` (the previous request's version) to this one, for incremental re-parses. */
  changes?: { fromVersion: number; changes: readonly TextChange[] };
}

/** What the "This file" view shows of a resource. */
export interface ResourceSummary {
  name: string;
  type: string;
  kind: string;
  range: SourceRange;
  typeRange: SourceRange;
}

export type FindingFixes = Pick<Finding, 'fix' | 'suggestions'>;

export interface AnalysisResult {
  uri: string;
  version: number;
  format: IacFormat | undefined;
  /** Why the document was not analysed (size limit, binary, format turned off). */
  skipped?: string;
  parseErrors: ParseError[];
  findings: Finding[];
  resources: ResourceSummary[];
}

interface Analysed {
  version: number;
  text: string;
  doc: ParsedDocument | undefined;
  result: AnalysisResult;
  language: Language;
}

export class AnalysisService {
  private readonly cache = new DocumentCache();
  private readonly analysed = new Map<string, Analysed>();
  private settings: AnalysisSettings = DEFAULT_SETTINGS;

  constructor(
    private readonly rules: () => readonly RuleModule[],
    private readonly knowledge: () => KnowledgeBase | undefined,
  ) {}

  configure(settings: AnalysisSettings): void {
    this.settings = settings;
    // Findings depend on the settings: the next request re-lints (the parse stays cached).
    for (const a of this.analysed.values()) a.version = -1;
  }

  async analyze(req: AnalyzeRequest): Promise<AnalysisResult> {
    const s = this.settings;
    const known = this.analysed.get(req.uri);
    if (known && known.version === req.version && known.language === s.language) return known.result;
    const empty = (skipped?: string, format?: IacFormat): AnalysisResult => ({ uri: req.uri, version: req.version, format, skipped, parseErrors: [], findings: [], resources: [] });
    let result: AnalysisResult;
    let doc: ParsedDocument | undefined;
    if (req.text.length > s.maxFileBytes) {
      // Detection reads the head of the file only, so the message goes to IaC files alone.
      const format = detectFormat(req.text.slice(0, 256 * 1024), { uri: req.uri, languageId: req.languageId })?.format;
      result = empty(`larger than the ${formatBytes(s.maxFileBytes)} size limit (awsFieldGuide.maxFileSize)`, format);
    }
    else if (looksBinary(req.text)) result = empty('binary file');
    else {
      doc = await this.cache.get({ uri: req.uri, version: req.version, text: req.text, languageId: req.languageId }, req.changes);
      if (!doc.format) result = empty();
      else if (!s.formats.includes(doc.format)) {
        result = empty(`${doc.format} analysis is turned off (awsFieldGuide.formats)`, doc.format);
        doc = undefined;
      } else {
        const lintResult = lint(doc, req.text, { rules: this.rules(), language: s.language, severityOf: id => s.severities[id], computeFixes: 'lazy' });
        result = {
          uri: req.uri,
          version: req.version,
          format: doc.format,
          parseErrors: doc.parseErrors,
          findings: lintResult.findings,
          resources: doc.resources.filter(r => r.role === 'resource' || r.role === 'data').map(r => ({ name: r.name, type: r.type, kind: r.kind, range: r.range, typeRange: r.typeRange })),
        };
      }
    }
    this.analysed.set(req.uri, { version: req.version, text: req.text, doc, result, language: s.language });
    return result;
  }

  /** The model of the last analysed version, when it is `version` (hovers answer from it). */
  modelOf(uri: string, version: number): { doc: ParsedDocument; findings: Finding[] } | undefined {
    const a = this.analysed.get(uri);
    return a && a.result.version === version && a.doc ? { doc: a.doc, findings: a.result.findings } : undefined;
  }

  /**
   * The fixes of findings of the analysed version, by their index in its result (built now, on
   * request: the editor asks for the findings under the cursor, or all of one rule for "Fix all").
   * Undefined when the version moved on, so a fix is never applied to text it was not made for.
   */
  fixes(uri: string, version: number, indices: readonly number[]): FindingFixes[] | undefined {
    const a = this.analysed.get(uri);
    if (!a || a.result.version !== version) return undefined;
    return indices.map(i => {
      const f = a.result.findings[i];
      return f ? resolveFixes(f) : { suggestions: [] };
    });
  }

  /** The edits that suppress a finding of the analysed version (empty when the version moved on). */
  suppress(uri: string, version: number, request: SuppressionRequest): TextEdit[] {
    const a = this.analysed.get(uri);
    if (!a || a.result.version !== version || !a.doc) return [];
    return suppressionEdits(a.text, a.doc, request);
  }

  close(uri: string): void {
    this.analysed.delete(uri);
    this.cache.delete(uri);
  }

  get knowledgeBase(): KnowledgeBase | undefined {
    return this.knowledge();
  }
}
