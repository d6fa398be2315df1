/** Messages between the extension host and the analysis worker (plain, structured-clone data). */
import type { Position } from '../model/types';
import type { Language } from '../rules/ruleTypes';
import type { SuppressionRequest } from '../rules/suppressionEdits';
import type { AnalysisSettings, AnalyzeRequest } from './analysisService';

export type WorkerRequest =
  | { id: number; type: 'configure'; settings: AnalysisSettings }
  | { id: number; type: 'analyze'; request: AnalyzeRequest }
  | { id: number; type: 'hover'; uri: string; version: number; position: Position; language: Language }
  | { id: number; type: 'fixes'; uri: string; version: number; indices: number[] }
  | { id: number; type: 'suppress'; uri: string; version: number; request: SuppressionRequest }
  | { id: number; type: 'close'; uri: string };

/** A request without its id (the Omit distributes over the union). */
export type WorkerPayload = WorkerRequest extends infer R ? (R extends WorkerRequest ? Omit<R, 'id'> : never) : never;

export type WorkerResponse =
  | { id: number; ok: true; value: unknown }
  | { id: number; ok: false; error: string }
  /** A newer version of the same document arrived before this one started: nobody needs it. */
  | { id: number; ok: false; superseded: true };

export interface WorkerInit {
  /** Folder of dist/knowledge.json (hovers need the topics). */
  distDir: string;
}

