// A tiny runner for UI flows: each step is timed, bounded, and screenshotted on failure. Once a
// step fails, the steps after it that depend on it are reported as failed too (not skipped): a
// broken flow must never look green.
import fs from 'node:fs';
import path from 'node:path';

export class StepRunner {
  /**
   * @param {object} o
   * @param {import('playwright-core').Page} o.page
   * @param {string} o.resultsDir   screenshots go here
   * @param {string} o.prefix       file name prefix, e.g. "ui"
   */
  constructor(o) {
    this.page = o.page;
    this.resultsDir = o.resultsDir;
    this.prefix = o.prefix;
    this.results = [];
    this.broken = null; // name of the first failed step, once one failed
    this.started = Date.now();
    fs.mkdirSync(this.resultsDir, { recursive: true });
  }

  log(...args) {
    console.log(`  [${((Date.now() - this.started) / 1000).toFixed(1)}s]`, ...args);
  }

  /** Saves a screenshot as <prefix>-<name>.png; returns its path. */
  async screenshot(name) {
    const file = path.join(this.resultsDir, `${this.prefix}-${name}.png`);
    await this.page.screenshot({ path: file, timeout: 15_000 });
    return file;
  }

  /**
   * Runs one step.
   * @param {string} name          e.g. "01-tree" (also the screenshot name)
   * @param {(s: StepRunner) => Promise<void>} fn
   * @param {{timeoutMs?: number, independent?: boolean}} [opts]
   *        independent: run even when an earlier step failed
   */
  async step(name, fn, opts = {}) {
    const t0 = Date.now();
    if (this.broken && !opts.independent) {
      this.results.push({ name, ok: false, ms: 0, error: `not run: step "${this.broken}" failed before it` });
      this.log('FAIL', name, `(not run: "${this.broken}" failed)`);
      return false;
    }
    const timeoutMs = opts.timeoutMs ?? 60_000;
    let timer;
    try {
      await Promise.race([
        fn(this),
        new Promise((_, reject) => (timer = setTimeout(() => reject(new Error(`step timed out after ${timeoutMs} ms`)), timeoutMs))),
      ]);
      const shot = await this.screenshot(name);
      this.results.push({ name, ok: true, ms: Date.now() - t0, screenshot: shot });
      this.log('ok  ', name, `${Date.now() - t0} ms`, '→', path.relative(process.cwd(), shot));
      return true;
    } catch (e) {
      const message = String(e?.message ?? e).split('\n').slice(0, 6).join('\n      ');
      let shot;
      try {
        shot = await this.screenshot(`${name}-FAILED`);
      } catch {
        /* the page may be gone */
      }
      this.results.push({ name, ok: false, ms: Date.now() - t0, error: message, screenshot: shot });
      this.log('FAIL', name, `${Date.now() - t0} ms\n      ${message}${shot ? `\n      screenshot: ${shot}` : ''}`);
      this.broken ??= name;
      return false;
    } finally {
      clearTimeout(timer);
    }
  }

  get passed() {
    return this.results.filter((r) => r.ok).length;
  }

  get failed() {
    return this.results.filter((r) => !r.ok).length;
  }
}
