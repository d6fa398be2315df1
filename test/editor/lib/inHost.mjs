// Runs mocha suites inside the real extension host of a code-server workbench: the page is opened
// with extensionTestsPath in its payload; the workbench calls window.codeAutomationLog for every
// console line of the tests and window.codeAutomationExit(code) when run() settles.
import util from 'node:util';
import { launchBrowser, WORKBENCH_NOISE } from './browser.mjs';
import { workbenchUrl } from './workbench.mjs';

/**
 * @param {object} o
 * @param {object} o.server            from startCodeServer()
 * @param {string} o.chromium
 * @param {string} o.extensionDevelopmentPath
 * @param {string} o.extensionTestsPath  bundled index.js exporting run()
 * @param {string} o.folder            workspace folder for the tests
 * @param {number} [o.timeoutMs]
 * @param {(line:string, isError:boolean)=>void} [o.onLine]
 * @returns {Promise<{exitCode:number|null, passed:number, failed:number, timedOut:boolean, ms:number, output:string[]}>}
 */
export async function runInHostSuites(o) {
  const started = Date.now();
  const output = [];
  const print = o.onLine ?? ((line, isError) => (isError ? console.error : console.log)(`  │ ${line}`));
  const browser = await launchBrowser({ chromium: o.chromium });
  try {
    const { page } = browser;
    let settle;
    const exited = new Promise((resolve) => (settle = resolve));
    await page.exposeFunction('codeAutomationLog', (type, args) => {
      const text = util.format(...(Array.isArray(args) ? args : [args]));
      if (WORKBENCH_NOISE.test(text)) return;
      for (const line of text.split('\n')) {
        output.push(line);
        print(line, type === 'error');
      }
    });
    await page.exposeFunction('codeAutomationExit', (code) => settle(code));
    // A workbench that fails to start never calls codeAutomationExit: report its page errors.
    page.on('pageerror', (e) => output.push(`pageerror: ${e.message}`));

    await page.goto(workbenchUrl(o.server, o), { timeout: 60_000 });
    const timeoutMs = o.timeoutMs ?? 120_000;
    let timer;
    const result = await Promise.race([
      exited,
      new Promise((resolve) => (timer = setTimeout(() => resolve('timeout'), timeoutMs))),
    ]);
    clearTimeout(timer);
    const timedOut = result === 'timeout';
    const exitCode = timedOut ? null : Number(result);

    // index.ts prints "N passed, N failed" as its last word; count individual tests from it.
    const counts = [...output].reverse().map((l) => /(\d+) passed, (\d+) failed/.exec(l)).find(Boolean);
    let passed = counts ? Number(counts[1]) : 0;
    let failed = counts ? Number(counts[2]) : 0;
    if (timedOut || exitCode !== 0) {
      // A crash, a timeout or a failing run() with no failure counted must still count as failed.
      if (failed === 0) failed = 1;
      if (timedOut) print(`in-host suites did not finish within ${timeoutMs} ms`, true);
    }
    if (!timedOut && exitCode === 0 && !counts) {
      print('in-host suites exited 0 but printed no "N passed, N failed" line', true);
      failed += 1;
    }
    if (!timedOut && exitCode === 0 && counts && passed === 0) {
      print('in-host suites ran no test', true);
      failed += 1;
    }
    return { exitCode, passed, failed, timedOut, ms: Date.now() - started, output };
  } finally {
    await browser.close();
  }
}
