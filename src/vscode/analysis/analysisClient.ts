/**
 * The extension host's side of the analysis: a worker thread running dist/worker.js, so parsing a
 * large template never blocks typing. If the worker cannot start (a host without worker threads),
 * the same service runs in-process from dist/analysis.js. Results for a version older than the
 * latest requested one are dropped by the caller; the worker itself skips superseded requests.
 */
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { AnalysisResult, AnalysisService, AnalysisSettings, AnalyzeRequest, FindingFixes } from '../../core/analysis/analysisService';
import type { WorkerPayload, WorkerRequest, WorkerResponse } from '../../core/analysis/workerProtocol';
import type { RenderedHover } from '../../core/analysis/hoverRequest';
import type { TextEdit } from '../../core/model/edits';
import type { Position } from '../../core/model/types';
import type { SuppressionRequest } from '../../core/rules/suppressionEdits';
import type { Language } from '../../core/rules/ruleTypes';

/** Thrown for a request that a newer version of the same document made unnecessary. */
export class Superseded extends Error {
  constructor() {
    super('superseded');
  }
}

type Pending = { resolve: (v: unknown) => void; reject: (e: Error) => void };
type Payload = WorkerPayload;

export class AnalysisClient {
  private worker: Worker | undefined;
  private inProcess: { service: AnalysisService; lib: typeof import('../../core/analysis/library') } | undefined;
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;
  private settings: AnalysisSettings | undefined;
  private disposed = false;

  constructor(private readonly distDir: string, private readonly log: (message: string) => void) {}

  configure(settings: AnalysisSettings): Promise<unknown> {
    this.settings = settings;
    return this.send({ type: 'configure', settings });
  }

  analyze(request: AnalyzeRequest): Promise<AnalysisResult> {
    return this.send({ type: 'analyze', request }) as Promise<AnalysisResult>;
  }

  hover(uri: string, version: number, position: Position, language: Language): Promise<RenderedHover | undefined> {
    return this.send({ type: 'hover', uri, version, position, language }) as Promise<RenderedHover | undefined>;
  }

  /** Fixes of the findings at `indices` of that version's result; undefined when the version moved on. */
  fixes(uri: string, version: number, indices: number[]): Promise<FindingFixes[] | undefined> {
    return this.send({ type: 'fixes', uri, version, indices }) as Promise<FindingFixes[] | undefined>;
  }

  suppress(uri: string, version: number, request: SuppressionRequest): Promise<TextEdit[]> {
    return this.send({ type: 'suppress', uri, version, request }) as Promise<TextEdit[]>;
  }

  close(uri: string): void {
    void this.send({ type: 'close', uri }).catch(() => undefined);
  }

  /** Whether analysis runs in a worker thread (false after a fallback). */
  get usesWorker(): boolean {
    return this.inProcess === undefined;
  }

  private send(payload: Payload): Promise<unknown> {
    if (this.disposed) return Promise.reject(new Error('analysis client disposed'));
    if (this.inProcess) return this.runInProcess(payload);
    const worker = this.ensureWorker();
    if (!worker) return this.runInProcess(payload);
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      worker.postMessage({ ...payload, id } as WorkerRequest);
    });
  }

  private ensureWorker(): Worker | undefined {
    if (this.worker) return this.worker;
    try {
      const worker = new Worker(path.join(this.distDir, 'worker.js'), { workerData: { distDir: this.distDir } });
      worker.on('message', (r: WorkerResponse) => this.settle(r));
      worker.on('error', e => this.fail(e));
      worker.on('exit', code => {
        if (!this.disposed && code !== 0) this.fail(new Error(`analysis worker exited with code ${code}`));
      });
      // A worker that cannot run in the background must not keep the host alive.
      worker.unref();
      this.worker = worker;
      return worker;
    } catch (e) {
      this.log(`Analysis worker unavailable (${e instanceof Error ? e.message : String(e)}); analysing in-process.`);
      return undefined;
    }
  }

  private settle(r: WorkerResponse): void {
    const p = this.pending.get(r.id);
    if (!p) return;
    this.pending.delete(r.id);
    if (r.ok) p.resolve(r.value);
    else if ('superseded' in r) p.reject(new Superseded());
    else p.reject(new Error(r.error));
  }

  /** The worker died: fail what it held and continue in-process. */
  private fail(e: Error): void {
    this.log(`Analysis worker failed: ${e.message}. Continuing in-process.`);
    this.worker = undefined;
    for (const p of this.pending.values()) p.reject(new Superseded());
    this.pending.clear();
    this.loadInProcess();
  }

  private loadInProcess(): NonNullable<AnalysisClient['inProcess']> {
    if (!this.inProcess) {
      const lib = require(path.join(this.distDir, 'analysis.js')) as typeof import('../../core/analysis/library');
      const service = lib.createAnalysisService(this.distDir);
      if (this.settings) service.configure(this.settings);
      this.inProcess = { service, lib };
    }
    return this.inProcess;
  }

  private async runInProcess(req: Payload): Promise<unknown> {
    const { service, lib } = this.loadInProcess();
    return lib.handleRequest(service, req);
  }

  dispose(): void {
    this.disposed = true;
    for (const p of this.pending.values()) p.reject(new Superseded());
    this.pending.clear();
    void this.worker?.terminate();
    this.worker = undefined;
  }
}
