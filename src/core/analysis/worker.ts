/**
 * The analysis worker (dist/worker.js): parses and lints off the extension host's main thread.
 * Requests run one at a time in arrival order; an `analyze` still waiting when a newer version
 * of the same document arrives is answered `superseded` without running.
 */
import * as path from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import type { WorkerInit, WorkerRequest, WorkerResponse } from './workerProtocol';

const init = workerData as WorkerInit;
// The analysis bundle sits next to this file; a computed path keeps the bundler from inlining it.
const lib = require(path.join(init.distDir, 'analysis.js')) as typeof import('./library');
const service = lib.createAnalysisService(init.distDir);

const queue: WorkerRequest[] = [];
let running = false;
const port = parentPort!;

function reply(r: WorkerResponse): void {
  port.postMessage(r);
}

async function drain(): Promise<void> {
  if (running) return;
  running = true;
  while (queue.length > 0) {
    const req = queue.shift()!;
    try {
      reply({ id: req.id, ok: true, value: await lib.handleRequest(service, req) });
    } catch (e) {
      reply({ id: req.id, ok: false, error: e instanceof Error ? (e.stack ?? e.message) : String(e) });
    }
  }
  running = false;
}

port.on('message', (req: WorkerRequest) => {
  if (req.type === 'analyze') {
    for (let i = queue.length - 1; i >= 0; i--) {
      const q = queue[i];
      if (q.type === 'analyze' && q.request.uri === req.request.uri) {
        queue.splice(i, 1);
        reply({ id: q.id, ok: false, superseded: true });
      }
    }
  }
  queue.push(req);
  void drain();
});
