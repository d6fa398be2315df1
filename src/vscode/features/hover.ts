/**
 * Hovers on resource types, property keys and values in every format, answered by the analysis
 * (worker) from the model of the current version. The markdown is trusted for our own
 * `awsFieldGuide.openTopic` command only; file text in it is escaped by the core renderer.
 */
import * as vscode from 'vscode';
import type { RenderedHover } from '../../core/analysis/hoverRequest';
import { HOVER_COMMANDS } from '../../core/hover/renderMarkdown';
import type { AnalysisClient } from '../analysis/analysisClient';
import type { DocumentAnalyzer } from '../analysis/documentAnalyzer';
import type { LanguageSetting } from '../languageSetting';
import { toRange } from './diagnostics';

/** The only command URIs a hover may run: the same list the core renderer links to. */
export const TRUSTED_COMMANDS: readonly string[] = [...HOVER_COMMANDS];

export class HoverFeature implements vscode.HoverProvider {
  constructor(
    private readonly analyzer: DocumentAnalyzer,
    private readonly client: AnalysisClient,
    private readonly language: LanguageSetting,
  ) {}

  async provideHover(document: vscode.TextDocument, position: vscode.Position): Promise<vscode.Hover | undefined> {
    const result = await this.analyzer.ensure(document);
    if (!result?.format || result.version !== document.version) return undefined;
    const hover = (await this.client.hover(document.uri.toString(), document.version, { line: position.line, character: position.character }, this.language.current())) as RenderedHover | undefined;
    if (!hover) return undefined;
    const md = new vscode.MarkdownString(hover.markdown);
    md.isTrusted = { enabledCommands: [...TRUSTED_COMMANDS] };
    md.supportHtml = false;
    return new vscode.Hover(md, toRange(hover.range));
  }
}
