/** A hover asked of the analysis service: answered from the model and findings of that exact version. */
import { hoverAt } from '../hover/hoverAt';
import { renderHoverMarkdown } from '../hover/renderMarkdown';
import type { Position, SourceRange } from '../model/types';
import type { Language } from '../rules/ruleTypes';
import type { AnalysisService } from './analysisService';

export interface RenderedHover {
  range: SourceRange;
  target: 'type' | 'property' | 'value';
  markdown: string;
}

/** Markdown for the hovered token, or undefined when nothing is hovered or the version is not the analysed one. */
export function hoverRequest(service: AnalysisService, uri: string, version: number, position: Position, language: Language): RenderedHover | undefined {
  const model = service.modelOf(uri, version);
  const knowledge = service.knowledgeBase;
  if (!model || !knowledge) return undefined;
  const content = hoverAt(model.doc, position, { knowledge, findings: model.findings, language });
  if (!content) return undefined;
  return { range: content.range, target: content.target, markdown: renderHoverMarkdown(content, language) };
}
